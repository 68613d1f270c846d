// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Crosscheck::Core {

/// One reversible edit. redo()/undo() write to the project file and report failure (a full
/// disk, a lost file) instead of pretending to have worked.
class UndoCommand
{
public:
    explicit UndoCommand(QString text)
        : m_text(std::move(text))
    {}
    virtual ~UndoCommand() = default;
    QString text() const { return m_text; }
    virtual bool redo(QString *error) = 0;
    virtual bool undo(QString *error) = 0;

private:
    QString m_text;
};

/// Undo history of a project. Unlike QUndoStack (a QtWidgets class in Qt 5) it lives in the
/// core and a command that fails leaves the stack where it was.
class UndoStack final : public QObject
{
    Q_OBJECT
public:
    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    /// Runs \a command and records it; on failure it is dropped and false returned.
    bool push(std::unique_ptr<UndoCommand> command, QString *error = nullptr);
    /// Groups the commands pushed until endMacro() into one undo step named \a text.
    void beginMacro(const QString &text);
    void endMacro();
    bool isInMacro() const { return m_macro != nullptr; }

    bool undo(QString *error = nullptr);
    bool redo(QString *error = nullptr);
    bool canUndo() const { return !m_macro && m_index > 0; }
    bool canRedo() const { return !m_macro && m_index < int(m_commands.size()); }
    QString undoText() const;
    QString redoText() const;
    int count() const { return int(m_commands.size()); }
    int index() const { return m_index; }
    QString text(int i) const;
    void clear();

signals:
    void indexChanged(int index);
    void failed(const QString &message);

private:
    class Macro;
    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
    std::unique_ptr<Macro> m_macro;
};

} // namespace Crosscheck::Core
