// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The source list as an analyst reads it at a laptop's width: headlines get the room, columns
// nobody filled are hidden until someone fills them, every source shows its number (the one
// the matrix and the report use), and column widths set by hand are kept for next time.
#include "isolatedsettings.h"
#include "sourcelistpanel.h"

#include <core/importers/documentimporter.h>
#include <core/models/sourcelistmodel.h>
#include <core/project/project.h>

#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace Crosscheck;
using Core::SourceListModel;

namespace {
Core::ImportedDocument article(const QString &title, int n)
{
    Core::ImportedDocument d;
    d.text = title + QStringLiteral("\nThe body of article %1 says what happened.").arg(n);
    d.meta.title = title;
    d.format = QStringLiteral("txt");
    Core::Importers::finish(d);
    return d;
}
} // namespace

class TestSourceListPanel : public QObject
{
    Q_OBJECT
    TestData::IsolatedSettings m_settings;

private slots:
    void initTestCase() { QCoreApplication::setApplicationName(QStringLiteral("ListTest")); }

    void headlinesGetTheRoomAndEmptyColumnsHide()
    {
        auto project = Core::Project::createInMemory();
        // Plain-text articles as analysts paste them: no outlet, no date.
        const QStringList titles{
            QStringLiteral("Trump Eyes Peace Talks with Putin Amid Ongoing Ukraine Conflict"),
            QStringLiteral("Trump admits to talking directly with Putin about ending invasion"),
            QStringLiteral("Trump Eyes Peace Talks with Putin as Kremlin Signals Readiness")};
        QVector<Core::ImportedDocument> docs;
        for (int i = 0; i < titles.size(); ++i)
            docs.push_back(article(titles.at(i), i));
        project->addDocuments(docs);
        SourceListModel model;
        model.setProject(project.get());
        Ui::SourceListPanel panel(&model);
        panel.resize(440, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QHeaderView *header = panel.view()->header();
        QVERIFY(header->isSectionHidden(SourceListModel::OutletColumn));
        QVERIFY(header->isSectionHidden(SourceListModel::DateColumn));
        QVERIFY(!header->isSectionHidden(SourceListModel::NumberColumn));
        // One language for all: the column says nothing the reader's header does not.
        QVERIFY(header->isSectionHidden(SourceListModel::LanguageColumn));
        // The title takes most of the width: two headlines that start alike can be told apart.
        const int title = header->sectionSize(SourceListModel::TitleColumn);
        QVERIFY2(title * 10 >= panel.view()->viewport()->width() * 6,
                 qPrintable(QStringLiteral("title %1 of %2")
                                .arg(title)
                                .arg(panel.view()->viewport()->width())));
        const QString shown =
            panel.view()->fontMetrics().elidedText(titles.at(0), Qt::ElideRight, title - 8);
        QVERIFY2(shown.size() >= 40, qPrintable(shown));
        QCOMPARE(panel.view()->model()->index(2, SourceListModel::NumberColumn).data().toInt(), 3);

        // An outlet filled in: its column comes back.
        Core::SourceMetadata meta = project->sourceAt(1).meta;
        meta.outlet = QStringLiteral("Kyiv Independent");
        QVERIFY(project->setSourceMetadata(project->sourceAt(1).id, meta));
        QVERIFY(!header->isSectionHidden(SourceListModel::OutletColumn));
        QVERIFY(header->sectionSize(SourceListModel::OutletColumn) >=
                panel.fontMetrics().horizontalAdvance(meta.outlet.left(10)));
        QVERIFY(header->sectionSize(SourceListModel::TitleColumn) >
                header->sectionSize(SourceListModel::OutletColumn));

        // Widths the panel chose are not taken for the analyst's.
        QVERIFY(QSettings()
                    .value(QStringLiteral("Ui/sourceListColumnWidths"))
                    .toStringList()
                    .join(QString())
                    .remove(u'0')
                    .isEmpty());
        // A width set by hand is the width next time.
        header->resizeSection(SourceListModel::WordsColumn, 97);
        Ui::SourceListPanel again(&model);
        QCOMPARE(again.view()->header()->sectionSize(SourceListModel::WordsColumn), 97);
    }
};

QTEST_MAIN(TestSourceListPanel)
#include "tst_sourcelistpanel.moc"
