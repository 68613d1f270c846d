#pragma once

#include "model/annotation.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace Crosscheck::Core {
class Project;
}

namespace Crosscheck::Ui {

/// "Tag as…": type to filter; the list offers the registry entities that match the selected
/// text (tag as one of them) and the entity types (tag as a new entity of that type, named in
/// the Name field). Up/Down move, Enter tags.
class TagDialog final : public QDialog
{
    Q_OBJECT
public:
    TagDialog(const Core::Project &project, const QString &selectedText, QWidget *parent = nullptr);
    /// The chosen registry entity, or 0 for a new one.
    qint64 entity() const;
    /// For a new entity: its type and name.
    qint64 type() const;
    QString name() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

private:
    void refilter();
    const Core::Project &m_project;
    QString m_selected;
    QLineEdit *m_filter;
    QLineEdit *m_name;
    QListWidget *m_list;
};

/// Records or edits a contradiction or corroboration: relation, type, severity, status, note.
class LinkDialog final : public QDialog
{
    Q_OBJECT
public:
    LinkDialog(const Core::Project &project, const Core::Link &link, QWidget *parent = nullptr);
    Core::Link link() const;
    QComboBox *relationBox() const { return m_relation; }
    QComboBox *typeBox() const { return m_type; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    Core::Link m_link;
    QComboBox *m_relation;
    QComboBox *m_type;
    QComboBox *m_severity;
    QComboBox *m_status;
    QPlainTextEdit *m_note;
};

/// A note's text (Ctrl+Return saves).
class NoteDialog final : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &what, const QString &text, QWidget *parent = nullptr);
    QString text() const;
    QPlainTextEdit *edit() const { return m_edit; }

private:
    QPlainTextEdit *m_edit;
};

/// An entity's canonical name, type and aliases (one per line).
class EntityDialog final : public QDialog
{
    Q_OBJECT
public:
    EntityDialog(const Core::Project &project, const Core::Entity &entity,
                 QWidget *parent = nullptr);
    Core::Entity entity() const;

private:
    Core::Entity m_entity;
    QLineEdit *m_name;
    QComboBox *m_type;
    QPlainTextEdit *m_aliases;
};

/// The entity types: add, rename, recolour, nest (parent), remove unused ones.
class EntityTypesDialog final : public QDialog
{
    Q_OBJECT
public:
    EntityTypesDialog(Core::Project &project, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

private:
    void reload();
    void showCurrent();
    qint64 currentType() const;
    Core::Project &m_project;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QLineEdit *m_color;
};

} // namespace Crosscheck::Ui
