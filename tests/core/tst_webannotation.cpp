// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotation export and import: selectors in code points, the W3C test suite's "must"
// assertions on every exported annotation, and export -> import into a fresh project giving the
// same annotations back.
#include "annotatedsample.h"

#include <core/formats/webannotation.h>
#include <core/importers/documentimporter.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;
using Formats::WebAnnotation;

namespace {
using TestData::spanOf;

/// Mentions and links in a form that does not depend on ids or the project.
QStringList recorded(const Project &p)
{
    QStringList out;
    for (const Mention &m : p.mentions()) {
        const Entity *e = p.entity(m.entity);
        out << QStringLiteral("M %1 %2-%3 %4 %5")
                   .arg(p.source(m.source).contentHash)
                   .arg(m.span.start)
                   .arg(m.span.end)
                   .arg(e->name, p.entityType(e->type)->name);
    }
    for (const Link &l : p.links())
        out << QStringLiteral("L %1 %2-%3 %4 %5-%6 %7 %8 %9 %10 %11")
                   .arg(p.source(l.sourceA).contentHash)
                   .arg(l.spanA.start)
                   .arg(l.spanA.end)
                   .arg(p.source(l.sourceB).contentHash)
                   .arg(l.spanB.start)
                   .arg(l.spanB.end)
                   .arg(Link::relationName(l.relation), l.type, Link::statusName(l.status))
                   .arg(l.severity)
                   .arg(l.note);
    out.sort();
    return out;
}
} // namespace

class TestWebAnnotation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<Project> annotatedSample(const QString &name)
    {
        return TestData::annotatedSample(m_dir.filePath(name));
    }

private slots:
    void selectorsCountCodePoints()
    {
        auto p = TestData::emojiProject();
        QVERIFY(p && p->mentions().size() == 1);
        const QString text = p->sourceText(p->sourceAt(0).id);
        const QJsonArray all = WebAnnotation::annotations(*p);
        QCOMPARE(all.size(), 1);
        const QJsonArray selectors = all[0]
                                         .toObject()[QStringLiteral("target")]
                                         .toObject()[QStringLiteral("selector")]
                                         .toArray();
        const QJsonObject quote = selectors[0].toObject(), position = selectors[1].toObject();
        QCOMPARE(quote[QStringLiteral("exact")].toString(), QStringLiteral("Kari Nesse"));
        QVERIFY(
            quote[QStringLiteral("prefix")].toString().endsWith(QStringLiteral("👩‍🚒 ")));
        QCOMPARE(quote[QStringLiteral("suffix")].toString(), QStringLiteral(" spoke."));
        // Code points, as Python counts them: 2 + 1 + 5 (Cafe + combining acute) + 7 + 3 + 1.
        const QVector<uint> cps = text.toUcs4();
        const int start = position[QStringLiteral("start")].toInt();
        QCOMPARE(start, 19);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + start), 10),
                 QStringLiteral("Kari Nesse"));
        QCOMPARE(position[QStringLiteral("end")].toInt(), 29);
    }

    void passesTheW3CSuite()
    {
        const QString tests =
            QStringLiteral(CROSSCHECK_SHARED_DIR "/schemas/web-annotation/web-annotation-tests");
        const QString runner = QStringLiteral(CROSSCHECK_SHARED_DIR "/tools/run_w3c_anno_tests.py");
        if (!QFileInfo::exists(tests) || !QFileInfo::exists(runner))
            QSKIP("../shared (W3C web-annotation-tests) is absent");
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema")});
        if (python.isEmpty() || !probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("python3 with jsonschema is not installed (apt-get install python3-jsonschema)");
        auto p = annotatedSample(QStringLiteral("w3c.crosscheck"));
        const QJsonArray all = WebAnnotation::annotations(*p);
        QVERIFY(all.size() >= 6);
        QStringList files;
        QDir out(m_dir.filePath(QStringLiteral("w3c")));
        out.mkpath(QStringLiteral("."));
        for (int i = 0; i < all.size(); ++i) {
            QFile f(out.filePath(QStringLiteral("a%1.json").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(all[i].toObject()).toJson());
            files << f.fileName();
        }
        QProcess run;
        run.start(python, QStringList{runner, tests} + files);
        QVERIFY(run.waitForFinished(120000));
        const QString output = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(run.exitCode() == 0,
                 qPrintable(output + QString::fromUtf8(run.readAllStandardError())));
        QCOMPARE(output.count(QStringLiteral(": PASS")), all.size());
    }

    void roundTripGivesTheSameAnnotations()
    {
        auto source = annotatedSample(QStringLiteral("from.crosscheck"));
        const QStringList before = recorded(*source);
        QCOMPARE(before.size(), 4 + 1 + 2); // Solberg x4, the company, two links
        Storage::OpenStatus status;
        auto fresh =
            SampleProject::create(m_dir.filePath(QStringLiteral("to.crosscheck")), &status);
        // The collection form, an array and JSON lines all import the same.
        const QByteArray collection = WebAnnotation::collection(*source);
        const auto report = WebAnnotation::import(*fresh, collection, nullptr);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(report.mentions, 5);
        QCOMPARE(report.links, 2);
        QCOMPARE(recorded(*fresh), before);
        QCOMPARE(fresh->undoStack()->count(), 1); // one step
        QVERIFY(fresh->undoStack()->undo());
        QVERIFY(recorded(*fresh).isEmpty());

        QByteArray lines;
        for (const QJsonValue &v : WebAnnotation::annotations(*source))
            lines += QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) + '\n';
        const auto again = WebAnnotation::import(*fresh, lines, nullptr);
        QCOMPARE(again.mentions + again.links, 7);
        QCOMPARE(recorded(*fresh), before);
        // Importing again adds nothing.
        const auto twice = WebAnnotation::import(
            *fresh, QJsonDocument(WebAnnotation::annotations(*source)).toJson(), nullptr);
        QCOMPARE(twice.mentions + twice.links, 0);
    }

    void namesTheArticleAndTheSeverity()
    {
        auto source = annotatedSample(QStringLiteral("named.crosscheck"));
        const QJsonArray all = WebAnnotation::annotations(*source);
        QVERIFY(!all.isEmpty());
        QJsonArray older; // as files written before named their sources by URN only
        int severities = 0;
        for (const QJsonValue &v : all) {
            QJsonObject a = v.toObject();
            QJsonObject target = a.value(QStringLiteral("target")).toObject();
            const QJsonObject described = target.value(QStringLiteral("source")).toObject();
            const QString urn = described.value(QStringLiteral("id")).toString();
            const auto it =
                std::find_if(source->sources().begin(), source->sources().end(),
                             [&](const Source &s) { return WebAnnotation::sourceUrn(s) == urn; });
            QVERIFY(it != source->sources().end());
            // A reader of the file sees which article it is.
            QCOMPARE(described.value(QStringLiteral("dc:title")).toString(), it->meta.title);
            QCOMPARE(described.value(QStringLiteral("dcterms:source")).toString(), it->fileName);
            QVERIFY(!it->fileName.isEmpty());
            target.insert(QStringLiteral("source"), urn);
            a.insert(QStringLiteral("target"), target);
            QJsonArray body = a.value(QStringLiteral("body")).toArray();
            for (int i = 0; i < body.size(); ++i) {
                QJsonObject b = body.at(i).toObject();
                const QString value = b.value(QStringLiteral("value")).toString();
                if (!value.startsWith(QLatin1String("crosscheck:severity=")))
                    continue;
                ++severities;
                const QString name = value.mid(20);
                QVERIFY2(name == u"minor" || name == u"notable" || name == u"major",
                         qPrintable(value));
                b.insert(
                    QStringLiteral("value"),
                    QStringLiteral("crosscheck:severity=%1").arg(Link::severityFromName(name)));
                body.replace(i, b);
            }
            a.insert(QStringLiteral("body"), body);
            older.append(a);
        }
        QCOMPARE(severities, 2);
        // The older form still imports, to the same annotations.
        Storage::OpenStatus status;
        auto fresh =
            SampleProject::create(m_dir.filePath(QStringLiteral("older.crosscheck")), &status);
        const auto report = WebAnnotation::import(*fresh, QJsonDocument(older).toJson(), nullptr);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QCOMPARE(recorded(*fresh), recorded(*source));
    }

    void reanchorsByQuoteAndReportsWhatItCannot()
    {
        auto source = annotatedSample(QStringLiteral("q.crosscheck"));
        QJsonArray all = WebAnnotation::annotations(*source);
        // An unknown source URN and a wrong position: the quote with its context still finds it.
        QJsonObject a = all[0].toObject();
        QJsonObject target = a[QStringLiteral("target")].toObject();
        target[QStringLiteral("source")] = QStringLiteral("urn:crosscheck:source:sha256:unknown");
        QJsonArray selectors = target[QStringLiteral("selector")].toArray();
        QJsonObject position = selectors[1].toObject();
        position[QStringLiteral("start")] = 0;
        position[QStringLiteral("end")] = 3;
        selectors[1] = position;
        target[QStringLiteral("selector")] = selectors;
        target.remove(QStringLiteral("scope"));
        a[QStringLiteral("target")] = target;
        // One whose quote is nowhere.
        QJsonObject lost = all[1].toObject();
        QJsonObject lostTarget = lost[QStringLiteral("target")].toObject();
        QJsonArray lostSelectors = lostTarget[QStringLiteral("selector")].toArray();
        QJsonObject quote = lostSelectors[0].toObject();
        quote[QStringLiteral("exact")] = QStringLiteral("Dmitri Ivanov");
        lostSelectors[0] = quote;
        lostSelectors.removeAt(1);
        lostTarget[QStringLiteral("selector")] = lostSelectors;
        lostTarget[QStringLiteral("source")] =
            QStringLiteral("urn:crosscheck:source:sha256:unknown");
        lost[QStringLiteral("target")] = lostTarget;
        Storage::OpenStatus status;
        auto fresh =
            SampleProject::create(m_dir.filePath(QStringLiteral("q2.crosscheck")), &status);
        const auto report =
            WebAnnotation::import(*fresh, QJsonDocument(QJsonArray{a, lost}).toJson(), nullptr);
        QCOMPARE(report.mentions, 1);
        QCOMPARE(report.problems.size(), 1);
        QVERIFY(report.problems.first().contains(QStringLiteral("Dmitri Ivanov")));
        QCOMPARE(fresh->mentions().front().span, source->mentions().front().span);
        QString error;
        const auto broken = WebAnnotation::import(*fresh, QByteArray("{not json\n"), &error);
        QVERIFY(!error.isEmpty());
        QCOMPARE(broken.mentions, 0);
    }
};

QTEST_GUILESS_MAIN(TestWebAnnotation)
#include "tst_webannotation.moc"
