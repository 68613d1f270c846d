// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Review mode's groups: one suggested name's occurrences are one item with their count, walked
// one by one on G, skipped together, and a type's suggestions decided at once.
#include "isolatedsettings.h"
#include "reviewpanel.h"

#include <core/project/project.h>
#include <core/project/sampleproject.h>
#include <core/project/undostack.h>
#include <core/util/appinit.h>

#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Crosscheck;
using Core::Annotation::ReviewItem;

class TestReviewGroups : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Core::Project> m_project;
    std::unique_ptr<Ui::ReviewPanel> m_panel;

    /// The sizes of the queue's runs of one group, from the current item on.
    int runAt(int i) const
    {
        int end = i;
        const auto &items = m_panel->items();
        while (end < int(items.size()) && items[size_t(end)].group == items[size_t(i)].group)
            ++end;
        return end - i;
    }
    /// Steps with J to the first entity item whose name occurs \a least times or more.
    bool toGroupOf(int least)
    {
        for (int steps = 0; steps < m_panel->count(); ++steps) {
            const ReviewItem *item = m_panel->current();
            if (item && item->kind == ReviewItem::Kind::Entity &&
                runAt(m_panel->position()) >= least)
                return true;
            m_panel->next();
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        // English plural forms, as the app shows them.
        Core::installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
    }
    void init()
    {
        Core::Storage::OpenStatus status;
        m_project = Core::SampleProject::create(
            m_dir.filePath(QStringLiteral("g%1.crosscheck").arg(++m_files)), &status);
        QVERIFY2(m_project, qPrintable(status.message));
        m_project->setAuthor(QStringLiteral("analyst"));
        m_panel = std::make_unique<Ui::ReviewPanel>();
        m_panel->setProject(m_project.get());
        m_panel->resize(800, 600);
        m_panel->QWidget::show();
        m_panel->rebuild();
        QVERIFY(m_panel->count() > 20);
    }
    void cleanup()
    {
        m_panel.reset();
        m_project.reset();
    }

    void aNameIsOneItemWithItsCount()
    {
        QVERIFY(toGroupOf(2));
        const int head = m_panel->position(), size = runAt(head);
        QVERIFY2(m_panel->progressText().contains(
                     QStringLiteral("%1 occurrences of this name").arg(size)),
                 qPrintable(m_panel->progressText()));
        // The others are listed under the first, with their sources.
        const QString context =
            m_panel->findChild<QTextBrowser *>(QStringLiteral("reviewContext"))->toPlainText();
        QVERIFY2(context.contains(QStringLiteral("Also suggested %1 more time").arg(size - 1)),
                 qPrintable(context));
        // Each line quotes the text as it is: no space slipped in before the name's punctuation.
        const QString name = m_panel->current()->entity.text;
        for (const QChar p : {u',', u'.', u'\'', u')'})
            QVERIFY2(!context.contains(name + u' ' + p), qPrintable(context));
        // J steps over the name's occurrences, K comes back to its first.
        m_panel->next();
        QCOMPARE(m_panel->position(), head + size);
        m_panel->previous();
        QCOMPARE(m_panel->position(), head);
        // "Item n of m" counts the name once; G unfolds it into one item per occurrence, and
        // J and K walk them one by one; G again folds them from anywhere.
        const int items = m_panel->itemCount();
        QVERIFY(items < m_panel->count());
        QVERIFY2(m_panel->progressText().contains(QStringLiteral(" of %1 ").arg(items)),
                 qPrintable(m_panel->progressText()));
        m_panel->toggleGroup();
        QCOMPARE(m_panel->itemCount(), items + size - 1);
        m_panel->next();
        QCOMPARE(m_panel->position(), head + 1);
        QVERIFY2(m_panel->progressText().contains(QStringLiteral("occurrence 2 of %1").arg(size)),
                 qPrintable(m_panel->progressText()));
        m_panel->previous();
        QCOMPARE(m_panel->position(), head);
        m_panel->next();
        m_panel->toggleGroup();
        QCOMPARE(m_panel->position(), head);
        m_panel->next();
        QCOMPARE(m_panel->position(), head + size);
    }

    void acceptingOneLeavesTheRest()
    {
        QVERIFY(toGroupOf(3));
        const int head = m_panel->position(), size = runAt(head);
        const QString group = m_panel->current()->group;
        const size_t mentions = m_project->mentions().size();
        m_panel->accept();
        QCOMPARE(m_project->mentions().size(), mentions + 1);
        QCOMPARE(m_panel->current()->group, group);
        QCOMPARE(runAt(m_panel->position()), size - 1);
    }

    void skipMovesTheWholeName()
    {
        QVERIFY(toGroupOf(2));
        const int size = runAt(m_panel->position());
        const QString group = m_panel->current()->group;
        const int count = m_panel->count();
        m_panel->skip();
        QCOMPARE(m_panel->count(), count);
        QVERIFY(m_panel->current()->group != group);
        for (int i = count - size; i < count; ++i)
            QCOMPARE(m_panel->items()[size_t(i)].group, group);
    }

    void aTypeIsDecidedAtOnce()
    {
        QVERIFY(toGroupOf(1));
        const QString type = m_panel->current()->entity.typeName;
        int ofType = 0;
        for (const ReviewItem &i : m_panel->items())
            ofType += i.kind == ReviewItem::Kind::Entity && i.entity.typeName == type;
        const int count = m_panel->count();
        const size_t mentions = m_project->mentions().size();
        const int steps = m_project->undoStack()->count();
        m_panel->decideType(true);
        QCOMPARE(m_project->undoStack()->count(), steps + 1);
        QCOMPARE(m_project->mentions().size(), mentions + size_t(ofType));
        QCOMPARE(m_panel->count(), count - ofType);
        for (const ReviewItem &i : m_panel->items())
            QVERIFY(i.kind != ReviewItem::Kind::Entity || i.entity.typeName != type);
        // One undo brings them all back into the queue.
        QVERIFY(m_project->undoStack()->undo());
        QTRY_COMPARE(m_panel->count(), count);
    }
};

QTEST_MAIN(TestReviewGroups)
#include "tst_reviewgroups.moc"
