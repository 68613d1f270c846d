// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "undostack.h"

namespace Crosscheck::Core {

/// The commands of one beginMacro()/endMacro() bracket, already executed when pushed.
class UndoStack::Macro final : public UndoCommand
{
public:
    using UndoCommand::UndoCommand;
    std::vector<std::unique_ptr<UndoCommand>> children;

    bool redo(QString *error) override
    {
        for (size_t i = 0; i < children.size(); ++i) {
            if (!children[i]->redo(error)) {
                QString ignored;
                for (size_t j = i; j-- > 0;)
                    children[j]->undo(&ignored);
                return false;
            }
        }
        return true;
    }
    bool undo(QString *error) override
    {
        for (size_t i = children.size(); i-- > 0;) {
            if (!children[i]->undo(error)) {
                QString ignored;
                for (size_t j = i + 1; j < children.size(); ++j)
                    children[j]->redo(&ignored);
                return false;
            }
        }
        return true;
    }
};

UndoStack::UndoStack(QObject *parent)
    : QObject(parent)
{}

UndoStack::~UndoStack() = default;

bool UndoStack::push(std::unique_ptr<UndoCommand> command, QString *error)
{
    QString err;
    if (!command->redo(&err)) {
        if (error)
            *error = err;
        emit failed(err);
        return false;
    }
    if (m_macro) {
        m_macro->children.push_back(std::move(command));
        return true;
    }
    m_commands.erase(m_commands.begin() + m_index, m_commands.end());
    m_commands.push_back(std::move(command));
    m_index = int(m_commands.size());
    emit indexChanged(m_index);
    return true;
}

void UndoStack::beginMacro(const QString &text)
{
    Q_ASSERT(!m_macro);
    m_macro = std::make_unique<Macro>(text);
}

void UndoStack::endMacro()
{
    Q_ASSERT(m_macro);
    std::unique_ptr<Macro> macro = std::move(m_macro);
    if (macro->children.empty())
        return;
    m_commands.erase(m_commands.begin() + m_index, m_commands.end());
    if (macro->children.size() == 1) // a one-command macro is that command, under its name
        m_commands.push_back(std::move(macro->children.front()));
    else
        m_commands.push_back(std::move(macro));
    m_index = int(m_commands.size());
    emit indexChanged(m_index);
}

bool UndoStack::undo(QString *error)
{
    if (!canUndo())
        return false;
    QString err;
    if (!m_commands[size_t(m_index - 1)]->undo(&err)) {
        if (error)
            *error = err;
        emit failed(err);
        return false;
    }
    --m_index;
    emit indexChanged(m_index);
    return true;
}

bool UndoStack::redo(QString *error)
{
    if (!canRedo())
        return false;
    QString err;
    if (!m_commands[size_t(m_index)]->redo(&err)) {
        if (error)
            *error = err;
        emit failed(err);
        return false;
    }
    ++m_index;
    emit indexChanged(m_index);
    return true;
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[size_t(m_index - 1)]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[size_t(m_index)]->text() : QString();
}

QString UndoStack::text(int i) const
{
    return i >= 0 && i < count() ? m_commands[size_t(i)]->text() : QString();
}

void UndoStack::clear()
{
    m_macro.reset();
    m_commands.clear();
    m_index = 0;
    emit indexChanged(m_index);
}

} // namespace Crosscheck::Core
