// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OverlapIndexCache: built when asked for, stale at once after a change, one settled() per
// burst of changes.
#include <core/importers/documentimporter.h>
#include <core/project/overlapindex.h>
#include <core/project/overlapindexcache.h>
#include <core/project/project.h>
#include <core/project/sampleproject.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

class TestOverlapIndexCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void buildsOnDemandAndGoesStaleOnChange()
    {
        Storage::OpenStatus status;
        auto p = SampleProject::create(m_dir.filePath(QStringLiteral("c.crosscheck")), &status);
        QVERIFY(p);
        OverlapIndexCache cache;
        QSignalSpy built(&cache, &OverlapIndexCache::indexChanged);
        QSignalSpy settled(&cache, &OverlapIndexCache::settled);
        cache.setProject(p.get());
        // A new project settles later, like any change: its listeners hear of it first.
        QCOMPARE(settled.count(), 0);
        QVERIFY(settled.wait(2000));
        QVERIFY(cache.isStale());
        QVERIFY(!cache.cached());
        const auto index = cache.index();
        QVERIFY(index);
        QCOMPARE(index->passages().size(), p->passages().size());
        QCOMPARE(built.count(), 1);
        QCOMPARE(cache.index(), index); // no second build
        QCOMPARE(built.count(), 1);

        // A burst of edits: stale at once, one settled() after it.
        settled.clear();
        for (int i = 0; i < 3; ++i) {
            SourceMetadata meta = p->sourceAt(0).meta;
            meta.title += QStringLiteral(" (edited)");
            QVERIFY(p->setSourceMetadata(p->sourceAt(0).id, meta));
            QVERIFY(cache.isStale());
            QVERIFY(!cache.cached());
        }
        QVERIFY(settled.wait(2000));
        QTest::qWait(400);
        QCOMPARE(settled.count(), 1);
        QVERIFY(cache.index() != index);

        // No project: no index.
        cache.setProject(nullptr);
        QVERIFY(!cache.index());
    }
};

QTEST_GUILESS_MAIN(TestOverlapIndexCache)
#include "tst_overlapindexcache.moc"
