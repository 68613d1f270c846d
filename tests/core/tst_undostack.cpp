// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/project/undostack.h>

#include <QSignalSpy>
#include <QTest>

using namespace Crosscheck::Core;

namespace {
// Appends to / removes from a shared log; can be told to fail.
class AppendCommand final : public UndoCommand
{
public:
    AppendCommand(QStringList *log, QString item, bool *failRedo = nullptr,
                  bool *failUndo = nullptr)
        : UndoCommand(QStringLiteral("Append ") + item)
        , m_log(log)
        , m_item(std::move(item))
        , m_failRedo(failRedo)
        , m_failUndo(failUndo)
    {}
    bool redo(QString *error) override
    {
        if (m_failRedo && *m_failRedo) {
            *error = QStringLiteral("disk full");
            return false;
        }
        m_log->append(m_item);
        return true;
    }
    bool undo(QString *error) override
    {
        if (m_failUndo && *m_failUndo) {
            *error = QStringLiteral("disk full");
            return false;
        }
        m_log->removeLast();
        return true;
    }

private:
    QStringList *m_log;
    QString m_item;
    bool *m_failRedo;
    bool *m_failUndo;
};
} // namespace

class TestUndoStack : public QObject
{
    Q_OBJECT
private slots:
    void pushUndoRedo()
    {
        QStringList log;
        UndoStack stack;
        QSignalSpy index(&stack, &UndoStack::indexChanged);
        QVERIFY(stack.push(std::make_unique<AppendCommand>(&log, QStringLiteral("a"))));
        QVERIFY(stack.push(std::make_unique<AppendCommand>(&log, QStringLiteral("b"))));
        QCOMPARE(log, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(stack.undoText(), QStringLiteral("Append b"));
        QVERIFY(stack.undo());
        QCOMPARE(log, QStringList({QStringLiteral("a")}));
        QCOMPARE(stack.redoText(), QStringLiteral("Append b"));
        QVERIFY(stack.redo());
        QCOMPARE(log.size(), 2);
        QVERIFY(!stack.redo());
        QCOMPARE(index.count(), 4);
        // A new edit after an undo drops the redo branch.
        QVERIFY(stack.undo());
        QVERIFY(stack.push(std::make_unique<AppendCommand>(&log, QStringLiteral("c"))));
        QCOMPARE(stack.count(), 2);
        QVERIFY(!stack.canRedo());
        QCOMPARE(log, QStringList({QStringLiteral("a"), QStringLiteral("c")}));
    }

    void failedCommandLeavesStackAlone()
    {
        QStringList log;
        bool fail = false;
        UndoStack stack;
        QSignalSpy failed(&stack, &UndoStack::failed);
        QVERIFY(
            stack.push(std::make_unique<AppendCommand>(&log, QStringLiteral("a"), nullptr, &fail)));
        fail = true;
        QString error;
        QVERIFY(!stack.undo(&error));
        QCOMPARE(error, QStringLiteral("disk full"));
        QCOMPARE(stack.index(), 1);
        QCOMPARE(log.size(), 1);
        bool failRedo = true;
        QVERIFY(!stack.push(std::make_unique<AppendCommand>(&log, QStringLiteral("b"), &failRedo)));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(failed.count(), 2);
    }

    void macroIsOneStep()
    {
        QStringList log;
        UndoStack stack;
        stack.beginMacro(QStringLiteral("Import files"));
        QVERIFY(!stack.canUndo()); // nothing half-done can be undone
        for (const char *item : {"a", "b", "c"})
            stack.push(std::make_unique<AppendCommand>(&log, QString::fromLatin1(item)));
        stack.endMacro();
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Import files"));
        QVERIFY(stack.undo());
        QVERIFY(log.isEmpty());
        QVERIFY(stack.redo());
        QCOMPARE(log.size(), 3);
        // An empty macro leaves no step; a single-command macro is that command.
        stack.beginMacro(QStringLiteral("nothing"));
        stack.endMacro();
        QCOMPARE(stack.count(), 1);
        stack.beginMacro(QStringLiteral("one"));
        stack.push(std::make_unique<AppendCommand>(&log, QStringLiteral("d")));
        stack.endMacro();
        QCOMPARE(stack.undoText(), QStringLiteral("Append d"));
    }
};

QTEST_GUILESS_MAIN(TestUndoStack)
#include "tst_undostack.moc"
