// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Mention lookups and F3 stepping: reading order across sources, wrap-around at both ends.
#include <core/project/mentionnavigator.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

class TestMentionNavigation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_p;
    qint64 m_entity = 0;

    Span spanOf(SourceId id, const QString &word, int nth = 0) const
    {
        const QString text = m_p->sourceText(id);
        qsizetype at = -1;
        for (int i = 0; i <= nth; ++i)
            at = text.indexOf(word, at + 1);
        return {int(at), int(at + word.size())};
    }

private slots:
    void init()
    {
        Storage::OpenStatus status;
        m_p.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("m.crosscheck")));
        m_p = SampleProject::create(m_dir.filePath(QStringLiteral("m.crosscheck")), &status);
        QVERIFY(m_p);
        const SourceId first = m_p->sourceAt(0).id;
        m_entity = m_p->tagNewEntity(first, spanOf(first, QStringLiteral("Solberg")),
                                     QStringLiteral("Ingrid Solberg"), 1);
        QVERIFY(m_entity);
        QVERIFY(m_p->tagAllOccurrences(m_entity) > 1);
    }

    void stepsInReadingOrderAndWraps()
    {
        const std::vector<Mention> all = m_p->mentionsOf(m_entity);
        const MentionNavigator nav(*m_p);
        // From the very start: the first mention of the first source.
        const SourceId first = m_p->sourceAt(0).id;
        auto step = nav.step(all, first, -1, 1);
        QVERIFY(step);
        QCOMPARE(step->index, 0);
        QCOMPARE(step->count, int(all.size()));
        QCOMPARE(step->mention.source, first);
        // Forward through every mention visits each once, in (row, position) order.
        std::pair<int, int> previous{-1, -1};
        SourceId here = first;
        int pos = -1;
        for (int i = 0; i < int(all.size()); ++i) {
            step = nav.step(all, here, pos, 1);
            QCOMPARE(step->index, i);
            const std::pair<int, int> key{m_p->rowOf(step->mention.source),
                                          step->mention.span.start};
            QVERIFY(key > previous);
            previous = key;
            here = step->mention.source;
            pos = step->mention.span.start;
        }
        // Past the last: around to the first; before the first: around to the last.
        QCOMPARE(nav.step(all, here, pos, 1)->index, 0);
        QCOMPARE(nav.step(all, first, -1, -1)->index, int(all.size()) - 1);
        QVERIFY(!nav.step({}, first, 0, 1));
    }

    void mentionAtAndOverlapping()
    {
        const SourceId first = m_p->sourceAt(0).id;
        const Span s = spanOf(first, QStringLiteral("Solberg"));
        const Mention *m = m_p->mentionAt(first, s.start + 2);
        QVERIFY(m);
        QCOMPARE(m->entity, m_entity);
        QVERIFY(m_p->mentionAt(first, s.end)); // the ends count
        QVERIFY(!m_p->mentionAt(first, s.end + 3));
        QCOMPARE(m_p->mentionsOverlapping(first, {s.start - 10, s.start + 1}).size(), 1);
        QVERIFY(m_p->mentionsOverlapping(first, {s.end + 2, s.end + 4}).isEmpty());
    }

    void groupsByWrittenText()
    {
        const QMap<QString, QVector<qint64>> groups = m_p->mentionGroupsByText(m_entity);
        int total = 0;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            for (qint64 id : it.value()) {
                const Mention *m = m_p->mention(id);
                QCOMPARE(m_p->sourceText(m->source).mid(m->span.start, m->span.length()), it.key());
            }
            total += int(it.value().size());
        }
        QCOMPARE(total, int(m_p->mentionsOf(m_entity).size()));
    }

    void totalWordCount()
    {
        qint64 words = 0;
        for (const Source &s : m_p->sources())
            words += s.wordCount;
        QVERIFY(words > 0);
        QCOMPARE(m_p->totalWordCount(), words);
    }
};

QTEST_GUILESS_MAIN(TestMentionNavigation)
#include "tst_mentionnavigation.moc"
