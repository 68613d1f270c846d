// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/importers/documentimporter.h>

#include <QTest>

using namespace Crosscheck::Core;

class TestMarkdownImporter : public QObject
{
    Q_OBJECT
private slots:
    void frontMatterAndText()
    {
        const QByteArray md = R"(---
title: "Front-matter title"
outlet: Test Wire
author: 'A. Writer'
date: 2026-03-10T11:20:00+01:00
url: https://wire.example/a
lang: en-GB
---

# The headline

Some *emphasis*, a [link](https://example.com/x) and `code` &amp; an entity.
Soft break here.

![remote image](https://tracker.example/pixel.png)

- first item
- second item

> A quoted line.
)";
        const ImportedDocument doc = MarkdownImporter().parse(md);
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QCOMPARE(doc.meta.title, QStringLiteral("Front-matter title"));
        QCOMPARE(doc.meta.outlet, QStringLiteral("Test Wire"));
        QCOMPARE(doc.meta.author, QStringLiteral("A. Writer"));
        QCOMPARE(doc.meta.published, QStringLiteral("2026-03-10T11:20:00+01:00"));
        QCOMPARE(doc.meta.url, QStringLiteral("https://wire.example/a"));
        QCOMPARE(doc.meta.language, QStringLiteral("en"));
        QCOMPARE(doc.text,
                 QStringLiteral("The headline\n\n"
                                "Some emphasis, a link and code & an entity. Soft break here.\n\n"
                                "\u2022 first item\n\u2022 second item\n\n"
                                "A quoted line."));
        QVERIFY(!doc.text.contains(QLatin1String("tracker.example")));
        QVERIFY(!doc.text.contains(QLatin1String("---")));
    }

    void titleFromFirstHeading()
    {
        const ImportedDocument doc =
            MarkdownImporter().parse("Intro line.\n\n## Second level\n\n# Main title\n\nBody.\n");
        QCOMPARE(doc.meta.title, QStringLiteral("Main title"));
        const ImportedDocument noH1 = MarkdownImporter().parse("## Only level two\n\nBody.\n");
        QCOMPARE(noH1.meta.title, QStringLiteral("Only level two"));
    }

    void orderedListsAndRawHtmlDropped()
    {
        const ImportedDocument doc = MarkdownImporter().parse(
            "3. three\n4. four\n\n<div class=\"ad\">Buy now</div>\n\nText <b>bold</b> end.\n");
        QCOMPARE(doc.text, QStringLiteral("3. three\n4. four\n\nText bold end."));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
