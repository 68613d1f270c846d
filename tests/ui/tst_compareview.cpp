// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The compare view, driven from the keyboard in the main window on the sample project: every
// overlap of a pair stepped through with Alt+Down/Alt+Up, differences with Alt+Right, panes
// swapped and switched, a verdict given with one key and undone, the other source chosen by
// typing, the family and the source matrix opened.
#include "actionregistry.h"
#include "actions/fileactions.h"
#include "comparepane.h"
#include "compareview.h"
#include "connectorband.h"
#include "familyview.h"
#include "isolatedsettings.h"
#include "mainwindow.h"
#include "mainwindowfixture.h"
#include "navigator.h"
#include "overlapspanel.h"
#include "overviewruler.h"
#include "projectsession.h"
#include "sourcechooser.h"
#include "sourcelistpanel.h"
#include "sourcematrixview.h"

#include <core/models/familymodels.h>
#include <core/models/overlaplistmodel.h>
#include <core/models/sourcepairmodel.h>
#include <core/project/overlapindex.h>
#include <core/project/overlapindexcache.h>
#include <core/project/project.h>
#include <core/project/undostack.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Crosscheck;
using Core::Analysis::Span;

class TestCompareView : public QObject
{
    Q_OBJECT
private:
    TestData::IsolatedSettings m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::CompareView *view() const { return m_window->views().compare; }
    Core::Project *project() const { return m_window->session()->project(); }
    void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(k), mods);
    }
    /// True when text position \a pos is on screen in \a pane.
    static bool visible(Ui::ComparePane *pane, int pos)
    {
        QTextCursor c(pane->document());
        c.setPosition(pos);
        const QRect r = pane->cursorRect(c);
        return r.top() >= 0 && r.bottom() <= pane->viewport()->height();
    }
    void checkCurrent(int k)
    {
        QCOMPARE(view()->currentPassage(), k);
        const Ui::CompareView::Passage &p = view()->passages()[size_t(k)];
        for (Ui::ComparePane *pane : {view()->leftPane(), view()->rightPane()}) {
            const Span span = pane == view()->leftPane() ? p.left : p.right;
            QCOMPARE(pane->currentPassage(), k);
            QCOMPARE(pane->textCursor().position(), int(span.start));
            QVERIFY2(visible(pane, span.start),
                     qPrintable(QStringLiteral("passage %1 start off screen").arg(k)));
        }
        QVERIFY(view()->statusText().startsWith(
            QStringLiteral("Passage %1 of %2").arg(k + 1).arg(view()->passages().size())));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("CrosscheckCompareTest"));
    }

    void init()
    {
        m_window = TestData::sampleWindow();
        QVERIFY(m_window);
        QVERIFY(project()->isAnalysisCurrent());
    }
    void cleanup() { m_window.reset(); }

    void stepsThroughEveryOverlapByKeyboard()
    {
        // Alt+Down with no pair open, from the source list, opens the first passage of the
        // project.
        QVERIFY(!view()->leftSource());
        key(Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(m_window->views().tabs->currentWidget(), view());
        QVERIFY(view()->leftSource() && view()->rightSource());
        const int n = int(view()->passages().size());
        QVERIFY(n >= 4);
        QCOMPARE(view()->currentPassage(), 0);
        // Passages are in reading order of the left source.
        for (int k = 1; k < n; ++k)
            QVERIFY(view()->passages()[size_t(k - 1)].left.start <=
                    view()->passages()[size_t(k)].left.start);
        checkCurrent(0);
        for (int k = 1; k < n; ++k) {
            key(Qt::Key_Down, Qt::AltModifier);
            checkCurrent(k);
            QTRY_VERIFY(view()->band()->drawnLinks() > 0); // ribbons of what is on screen
        }
        key(Qt::Key_Down, Qt::AltModifier); // at the end: stays, says so
        checkCurrent(n - 1);
        for (int k = n - 2; k >= 0; --k) {
            key(Qt::Key_Up, Qt::AltModifier);
            checkCurrent(k);
        }
        // A moved passage: its ribbon crosses others. The sample moves the booms paragraph.
        const auto moved = std::find_if(view()->passages().begin(), view()->passages().end(),
                                        [](const Ui::CompareView::Passage &p) { return p.moved; });
        QVERIFY(moved != view()->passages().end());
    }

    void stepsThroughDifferencesAndFramesThem()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        // Find an edited passage with differences.
        int total = 0;
        for (int k = 0; k < int(view()->passages().size()); ++k)
            total += view()->differenceCount(k);
        QVERIFY(total > 3);
        int seen = 0;
        int lastPassage = -1, lastDiff = -1;
        while (true) {
            key(Qt::Key_Right, Qt::AltModifier);
            if (view()->currentPassage() == lastPassage && view()->currentDifference() == lastDiff)
                break; // no further difference
            lastPassage = view()->currentPassage();
            lastDiff = view()->currentDifference();
            ++seen;
            QVERIFY(lastDiff >= 0);
            // Both sides frame the run; the caret sits at its start, on screen.
            const Span l = view()->leftPane()->focusSpan(), r = view()->rightPane()->focusSpan();
            QVERIFY(l.start >= 0 && r.start >= 0);
            QVERIFY(l.isValid() || r.isValid());
            QCOMPARE(view()->leftPane()->textCursor().position(), int(l.start));
            QCOMPARE(view()->rightPane()->textCursor().position(), int(r.start));
            QVERIFY(visible(view()->leftPane(), l.start));
            QVERIFY(visible(view()->rightPane(), r.start));
            QVERIFY(view()->statusText().contains(
                QStringLiteral("difference %1 of").arg(lastDiff + 1)));
            QVERIFY(seen <= total);
        }
        QCOMPARE(seen, total);
        key(Qt::Key_Left, Qt::AltModifier);
        QVERIFY(view()->currentDifference() >= 0);
        QVERIFY(view()->currentPassage() < lastPassage ||
                view()->currentDifference() == lastDiff - 1);
    }

    void swapsAndSwitchesPanes()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        key(Qt::Key_Down, Qt::AltModifier);
        const Core::SourceId left = view()->leftSource(), right = view()->rightSource();
        const int global = view()->passages()[size_t(view()->currentPassage())].global;
        key(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view()->leftSource(), right);
        QCOMPARE(view()->rightSource(), left);
        QCOMPARE(view()->passages()[size_t(view()->currentPassage())].global, global);
        checkCurrent(view()->currentPassage());
        QApplication::setActiveWindow(m_window.get());
        view()->leftPane()->setFocus();
        key(Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), view()->rightPane());
        key(Qt::Key_F6);
        QCOMPARE(QApplication::focusWidget(), view()->leftPane());
    }

    void clickingAPassageRevealsItsCounterpart()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        const int n = int(view()->passages().size());
        const int k = n - 1;
        const Ui::CompareView::Passage &p = view()->passages()[size_t(k)];
        // Bring the last passage into the right pane, then click into it there.
        view()->rightPane()->scrollToPosition(p.right.start, 0.3);
        const int pos = (p.right.start + p.right.end) / 2;
        QTextCursor c(view()->rightPane()->document());
        c.setPosition(pos);
        const QRect r = view()->rightPane()->cursorRect(c);
        QTest::mouseClick(view()->rightPane()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(view()->currentPassage(), k);
        QCOMPARE(view()->leftPane()->textCursor().position(), int(p.left.start));
        QVERIFY(visible(view()->leftPane(), p.left.start));
        // The ruler jumps too: Home on the focused ruler goes to the first passage.
        view()->leftRuler()->setFocus();
        key(Qt::Key_Home);
        checkCurrent(0);
    }

    void scrollingKeepsPassagesInStep()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        // Scroll the left pane so a later passage sits mid-screen: the right pane follows by
        // passage, so the counterpart is on screen too.
        const auto &ps = view()->passages();
        const Ui::CompareView::Passage &p = ps[ps.size() / 2];
        if (p.moved)
            QSKIP("middle passage is a moved one");
        view()->leftPane()->scrollToPosition((p.left.start + p.left.end) / 2, 0.5);
        QVERIFY(visible(view()->rightPane(), (p.right.start + p.right.end) / 2) ||
                visible(view()->rightPane(), p.right.start));
        // Scrolling the right pane drives the left.
        const Ui::CompareView::Passage &q = ps.front();
        view()->rightPane()->scrollToPosition(q.right.start, 0.5);
        QVERIFY(visible(view()->leftPane(), q.left.start));
    }

    void verdictWithOneKeyAndUndo()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        view()->leftPane()->setFocus();
        const int global = view()->passages()[size_t(view()->currentPassage())].global;
        const auto index = m_window->navigator()->overlapIndex();
        const auto keyOf = Core::Analysis::keyOf(index->passages()[size_t(global)]);
        key(Qt::Key_A);
        QCOMPARE(project()->reviewStatus(keyOf), Core::Analysis::ReviewStatus::Confirmed);
        QVERIFY(view()->statusText().contains(QStringLiteral("confirmed")));
        key(Qt::Key_X);
        QCOMPARE(project()->reviewStatus(keyOf), Core::Analysis::ReviewStatus::Dismissed);
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(project()->reviewStatus(keyOf), Core::Analysis::ReviewStatus::Confirmed);
        key(Qt::Key_U);
        QCOMPARE(project()->reviewStatus(keyOf), Core::Analysis::ReviewStatus::Unreviewed);
        // Single keys do nothing while typing in the source filter.
        key(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        key(Qt::Key_A);
        QCOMPARE(project()->reviewStatus(keyOf), Core::Analysis::ReviewStatus::Unreviewed);
    }

    void choosesTheOtherSourceByTyping()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        const Core::SourceId left = view()->leftSource();
        Core::SourceId euro = 0;
        for (const Core::Source &s : project()->sources()) {
            if (s.meta.outlet == QLatin1String("EuroBrief"))
                euro = s.id;
        }
        QVERIFY(euro && euro != left);
        bool typed = false;
        QTimer::singleShot(0, this, [&] {
            auto *chooser = qobject_cast<Ui::SourceChooser *>(QApplication::activeModalWidget());
            QVERIFY(chooser);
            QTest::keyClicks(chooser->filterEdit(), QStringLiteral("eurob"));
            QCOMPARE(chooser->chosen(), euro);
            QTest::keyClick(chooser->filterEdit(), Qt::Key_Return);
            typed = true;
        });
        key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(typed);
        QCOMPARE(view()->leftSource(), left);
        QCOMPARE(view()->rightSource(), euro);
        QVERIFY(!view()->passages().empty());
        checkCurrent(0);
    }

    void comparesTheSelectedSource()
    {
        // The second source in the list, as an analyst picks an article and asks to compare it.
        const QVector<Core::Source> sources = project()->sources();
        QVERIFY(sources.size() >= 3);
        const Core::SourceId chosen = sources.at(1).id;
        m_window->views().sources->selectSource(chosen);
        m_window->views().sources->focusList();
        key(Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(m_window->views().tabs->currentWidget(), view());
        QCOMPARE(view()->leftSource(), chosen);
        const auto index = m_window->session()->overlaps()->cached();
        QVERIFY(index);
        for (const Core::Source &s : sources)
            if (s.id != chosen)
                QVERIFY(index->shareOf(chosen, view()->rightSource()) >=
                        index->shareOf(chosen, s.id));
        QVERIFY(!view()->passages().empty());
        // Compare With keeps the selected source on the left and offers every other one.
        bool listed = false;
        const Core::SourceId first = sources.at(0).id, last = sources.last().id;
        QTimer::singleShot(0, this, [&] {
            auto *chooser = qobject_cast<Ui::SourceChooser *>(QApplication::activeModalWidget());
            QVERIFY(chooser);
            auto *list = chooser->findChild<QListWidget *>();
            QVERIFY(list);
            QCOMPARE(list->count(), int(sources.size() - 1));
            QSet<qint64> offered;
            for (int i = 0; i < list->count(); ++i)
                offered.insert(list->item(i)->data(Qt::UserRole).toLongLong());
            QVERIFY(!offered.contains(chosen));
            QVERIFY(offered.contains(first));
            // Each is listed under its number in the list of sources; typing it picks it.
            const QString number = QString::number(sources.size());
            QTest::keyClicks(chooser->filterEdit(), number);
            QCOMPARE(chooser->chosen(), last);
            QVERIFY(chooser->list()->currentItem()->text().startsWith(number + u' '));
            chooser->filterEdit()->clear();
            while (chooser->chosen() != last)
                QTest::keyClick(chooser->filterEdit(), Qt::Key_Down);
            QTest::keyClick(chooser->filterEdit(), Qt::Key_Return);
            listed = true;
        });
        key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(listed);
        QCOMPARE(view()->leftSource(), chosen);
        QCOMPARE(view()->rightSource(), last);
    }

    void mentionsAreBracketedNotLined()
    {
        // In the compare view a line or a tint means a difference between the sources; a
        // tagged name is marked with corner brackets instead.
        key(Qt::Key_Down, Qt::AltModifier);
        Ui::ComparePane *left = view()->leftPane();
        const Core::SourceId source = view()->leftSource();
        const Span passage = view()->passages().front().left;
        const QString text = project()->sourceText(source);
        // A capitalised word inside the passage on screen, tagged as a new entity.
        int at = passage.start;
        while (at < passage.end &&
               !(text.at(at).isUpper() && (at == 0 || text.at(at - 1).isSpace())))
            ++at;
        int end = at;
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        QVERIFY(end > at);
        QString error;
        QVERIFY2(project()->tagNewEntity(source, {at, end}, text.mid(at, end - at),
                                         project()->entityTypes().front().id, &error),
                 qPrintable(error));
        QTRY_VERIFY(left->drawnMentions() > 0);
        for (const QTextEdit::ExtraSelection &sel : left->extraSelections())
            QVERIFY(!sel.format.fontOverline());
        if (qEnvironmentVariableIsSet("CROSSCHECK_GRAB_DIR"))
            view()->grab().save(qEnvironmentVariable("CROSSCHECK_GRAB_DIR") +
                                QStringLiteral("/compare-mentions.png"));
    }

    void opensTheFamily()
    {
        key(Qt::Key_Down, Qt::AltModifier);
        view()->leftPane()->setFocus();
        const auto index = m_window->navigator()->overlapIndex();
        const int global = view()->passages()[size_t(view()->currentPassage())].global;
        const int family = index->familyOf(global);
        QVERIFY(family >= 0);
        key(Qt::Key_F);
        QCOMPARE(m_window->views().tabs->currentWidget(), m_window->views().families);
        QCOMPARE(m_window->views().families->currentFamily(), family);
        Core::FamilyAlignmentModel *model = m_window->views().families->alignmentModel();
        QCOMPARE(model->columnCount(), int(index->families()[size_t(family)].members.size()));
        QVERIFY(!model->variationRows().empty());
        QVERIFY(m_window->views().families->originHint().contains(
            QStringLiteral("Nordic Wire Service")));
        // Alt+Right walks the variation rows.
        QTableView *table = m_window->views().families->alignmentView();
        key(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(table->currentIndex().row(), model->variationRows().front());
        key(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(table->currentIndex().row(), model->variationRows()[1]);
    }

    void matrixCellOpensThePair()
    {
        key(Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(m_window->views().tabs->currentWidget(), m_window->views().matrix);
        QTableView *table = m_window->views().matrix->table();
        QCOMPARE(QApplication::focusWidget(), table);
        table->setCurrentIndex(table->model()->index(0, 0));
        key(Qt::Key_Right);
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        const QModelIndex cell = table->currentIndex();
        QCOMPARE(cell.row(), 2);
        QCOMPARE(cell.column(), 1);
        key(Qt::Key_Return);
        QCOMPARE(m_window->views().tabs->currentWidget(), view());
        QCOMPARE(view()->leftSource(), project()->sourceAt(2).id);
        QCOMPARE(view()->rightSource(), project()->sourceAt(1).id);
    }

    void overlapsPanelFiltersAndOpens()
    {
        key(Qt::Key_4, Qt::ControlModifier);
        Ui::OverlapsPanel *panel = m_window->views().overlaps;
        QCOMPARE(m_window->views().tabs->currentWidget(), panel);
        QCOMPARE(QApplication::focusWidget(), panel->passageView());
        const int all = panel->filterModel()->rowCount();
        panel->kindFilter()->setCurrentIndex(
            panel->kindFilter()->findData(QStringLiteral("moved")));
        QVERIFY(panel->filterModel()->rowCount() > 0 && panel->filterModel()->rowCount() < all);
        panel->passageView()->setCurrentIndex(panel->filterModel()->index(0, 0));
        const int chosen = panel->currentPassage();
        // A verdict from the list with one key.
        key(Qt::Key_X);
        const auto index = m_window->navigator()->overlapIndex();
        QCOMPARE(project()->reviewStatus(Core::Analysis::keyOf(index->passages()[size_t(chosen)])),
                 Core::Analysis::ReviewStatus::Dismissed);
        key(Qt::Key_Return);
        QCOMPARE(m_window->views().tabs->currentWidget(), view());
        const int k = view()->currentPassage();
        QVERIFY(k >= 0);
        QCOMPARE(view()->passages()[size_t(k)].global, chosen);
        QVERIFY(view()->passages()[size_t(k)].moved);
        checkCurrent(k);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
