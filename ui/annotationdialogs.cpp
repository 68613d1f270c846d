#include "annotationdialogs.h"
#include "comparestyle.h"
#include "listkeys.h"

#include "annotation/namematcher.h"
#include "models/annotationmodels.h"
#include "project/project.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
QIcon swatch(const QString &color)
{
    QPixmap pm(14, 14);
    pm.fill(QColor(color));
    QPainter p(&pm);
    p.setPen(QColor(0x33, 0x33, 0x33));
    p.drawRect(0, 0, 13, 13);
    return QIcon(pm);
}
} // namespace

TagDialog::TagDialog(const Core::Project &project, const QString &selectedText, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_selected(selectedText.simplified())
    , m_filter(new QLineEdit(this))
    , m_name(new QLineEdit(m_selected, this))
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Tag as"));
    m_filter->setPlaceholderText(tr("Type to filter entities and types"));
    forwardListKeys(m_filter, m_list);
    auto *form = new QFormLayout;
    form->addRow(tr("&Filter:"), m_filter);
    form->addRow(tr("&Name of a new entity:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_filter, &QLineEdit::textChanged, this, &TagDialog::refilter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 380);
    refilter();
    m_filter->setFocus();
}

void TagDialog::refilter()
{
    m_list->clear();
    const QString needle = m_filter->text().trimmed();
    Core::Annotation::NameMatcher matcher;
    // Registry entities: those the selection names (any spelling), then those the filter finds.
    QList<const Core::Entity *> matches;
    for (const Core::Entity &e : m_project.entities()) {
        bool named = !m_selected.isEmpty() && matcher.sameName(e.name, m_selected);
        for (const QString &a : e.aliases)
            named = named || (!m_selected.isEmpty() && matcher.sameName(a, m_selected));
        const bool filtered =
            !needle.isEmpty() && (e.name.contains(needle, Qt::CaseInsensitive) ||
                                  e.aliases.join(u' ').contains(needle, Qt::CaseInsensitive));
        if ((needle.isEmpty() && named) || filtered ||
            (named && !needle.isEmpty() && m_selected.contains(needle, Qt::CaseInsensitive)))
            matches << &e;
    }
    std::sort(matches.begin(), matches.end(), [](const Core::Entity *a, const Core::Entity *b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    for (const Core::Entity *e : matches) {
        const Core::EntityType *t = m_project.entityType(e->type);
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %n mention(s)", nullptr, int(m_project.mentionsOf(e->id).size()))
                .arg(e->name, t ? t->name : QString()),
            m_list);
        if (t)
            item->setIcon(swatch(t->color));
        item->setData(Qt::UserRole, e->id);
    }
    for (const Core::EntityType &t : m_project.entityTypes()) {
        if (!needle.isEmpty() && !t.name.contains(needle, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(tr("New %1").arg(t.name), m_list);
        item->setIcon(swatch(t.color));
        item->setData(Qt::UserRole, qint64(0));
        item->setData(Qt::UserRole + 1, t.id);
    }
    m_list->setCurrentRow(0);
}

qint64 TagDialog::entity() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

qint64 TagDialog::type() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole + 1).toLongLong() : 0;
}

QString TagDialog::name() const
{
    return m_name->text().simplified();
}

LinkDialog::LinkDialog(const Core::Project &project, const Core::Link &link, QWidget *parent)
    : QDialog(parent)
    , m_link(link)
    , m_relation(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_note(new QPlainTextEdit(link.note, this))
{
    setWindowTitle(link.id ? tr("Edit Link") : tr("Record a Link"));
    m_relation->addItem(Core::LinkListModel::relationLabel(Core::Link::Relation::Contradicts),
                        int(Core::Link::Relation::Contradicts));
    m_relation->addItem(Core::LinkListModel::relationLabel(Core::Link::Relation::Corroborates),
                        int(Core::Link::Relation::Corroborates));
    m_relation->setCurrentIndex(m_relation->findData(int(link.relation)));
    for (const QString &t : Core::Link::typeNames())
        m_type->addItem(Core::LinkListModel::typeLabel(t), t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(link.type)));
    for (int s = 1; s <= 3; ++s)
        m_severity->addItem(Core::LinkListModel::severityLabel(s), s);
    m_severity->setCurrentIndex(m_severity->findData(link.severity));
    for (auto s : {Core::Link::Status::Open, Core::Link::Status::Confirmed,
                   Core::Link::Status::Resolved, Core::Link::Status::Dismissed})
        m_status->addItem(Core::LinkListModel::statusLabel(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(link.status)));
    m_note->setTabChangesFocus(true);

    const auto quote = [&project](Core::SourceId id, Core::Span span) {
        const Core::Source s = project.source(id);
        auto *l =
            new QLabel(QStringLiteral("“%1” — %2")
                           .arg(project.sourceText(id).mid(span.start, span.length()).simplified(),
                                s.meta.outlet.isEmpty() ? s.meta.title : s.meta.outlet));
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Passage A:"), quote(link.sourceA, link.spanA));
    form->addRow(tr("Passage B:"), quote(link.sourceB, link.spanB));
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 420);
    m_type->setFocus();
}

Core::Link LinkDialog::link() const
{
    Core::Link l = m_link;
    l.relation = Core::Link::Relation(m_relation->currentData().toInt());
    l.type = m_type->currentData().toString();
    l.severity = m_severity->currentData().toInt();
    l.status = Core::Link::Status(m_status->currentData().toInt());
    l.note = m_note->toPlainText().trimmed();
    return l;
}

NoteDialog::NoteDialog(const QString &what, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(text, this))
{
    setWindowTitle(tr("Note"));
    auto *label =
        new QLabel(tr("Note on %1 (empty deletes it; Ctrl+Return saves):").arg(what), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(save, &QShortcut::activated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(buttons);
    resize(480, 300);
    m_edit->setFocus();
}

QString NoteDialog::text() const
{
    return m_edit->toPlainText().trimmed();
}

EntityDialog::EntityDialog(const Core::Project &project, const Core::Entity &entity,
                           QWidget *parent)
    : QDialog(parent)
    , m_entity(entity)
    , m_name(new QLineEdit(entity.name, this))
    , m_type(new QComboBox(this))
    , m_aliases(new QPlainTextEdit(entity.aliases.join(u'\n'), this))
{
    setWindowTitle(tr("Edit Entity"));
    for (const Core::EntityType &t : project.entityTypes())
        m_type->addItem(swatch(t.color), t.name, t.id);
    m_type->setCurrentIndex(std::max(0, m_type->findData(entity.type)));
    m_aliases->setTabChangesFocus(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Aliases (one per line):"), m_aliases);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_name->selectAll();
    m_name->setFocus();
}

Core::Entity EntityDialog::entity() const
{
    Core::Entity e = m_entity;
    e.name = m_name->text().simplified();
    e.type = m_type->currentData().toLongLong();
    e.aliases = m_aliases->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (QString &a : e.aliases)
        a = a.simplified();
    return e;
}

EntityTypesDialog::EntityTypesDialog(Core::Project &project, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_color(new QLineEdit(this))
{
    setWindowTitle(tr("Entity Types"));
    m_color->setPlaceholderText(QStringLiteral("#rrggbb"));
    auto *pick = new QPushButton(tr("&Pick…"), this);
    auto *apply = new QPushButton(tr("&Apply"), this);
    auto *add = new QPushButton(tr("A&dd Type"), this);
    auto *remove = new QPushButton(tr("&Remove Type"), this);
    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(pick);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Colour:"), colorRow);
    form->addRow(tr("&Nested under:"), m_parent);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(apply);
    buttonsRow->addWidget(add);
    buttonsRow->addWidget(remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttonsRow);
    layout->addWidget(close);
    resize(420, 460);

    const auto report = [this](bool ok, const QString &error) {
        if (!ok)
            QMessageBox::warning(this, windowTitle(), error);
        reload();
    };
    connect(m_list, &QListWidget::currentRowChanged, this, &EntityTypesDialog::showCurrent);
    connect(pick, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_color->text()), this);
        if (c.isValid())
            m_color->setText(c.name());
    });
    connect(apply, &QPushButton::clicked, this, [this, report] {
        const Core::EntityType *t = m_project.entityType(currentType());
        if (!t)
            return;
        Core::EntityType changed = *t;
        changed.name = m_name->text().simplified();
        changed.color =
            QColor(m_color->text()).isValid() ? QColor(m_color->text()).name() : t->color;
        changed.parent = m_parent->currentData().toLongLong();
        QString error;
        report(m_project.editEntityType(changed, &error), error);
    });
    connect(add, &QPushButton::clicked, this, [this, report] {
        QString error;
        const QString color = QColor(m_color->text()).isValid() ? QColor(m_color->text()).name()
                                                                : QStringLiteral("#999999");
        report(m_project.addEntityType(m_name->text(), color, m_parent->currentData().toLongLong(),
                                       &error) != 0,
               error);
    });
    connect(remove, &QPushButton::clicked, this, [this, report] {
        QString error;
        report(m_project.removeEntityType(currentType(), &error), error);
    });
    reload();
}

qint64 EntityTypesDialog::currentType() const
{
    const QListWidgetItem *i = m_list->currentItem();
    return i ? i->data(Qt::UserRole).toLongLong() : 0;
}

void EntityTypesDialog::showCurrent()
{
    const Core::EntityType *t = m_project.entityType(currentType());
    if (!t)
        return;
    m_name->setText(t->name);
    m_color->setText(t->color);
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(t->parent)));
}

void EntityTypesDialog::reload()
{
    const qint64 keep = currentType();
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), qint64(0));
    for (const Core::EntityType &t : m_project.entityTypes()) {
        int depth = 0;
        for (qint64 p = t.parent; p && depth < 8; ++depth)
            p = m_project.entityType(p) ? m_project.entityType(p)->parent : 0;
        auto *item =
            new QListWidgetItem(swatch(t.color), QString(depth * 4, u' ') + t.name, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.id == keep)
            m_list->setCurrentItem(item);
        m_parent->addItem(t.name, t.id);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    showCurrent();
}

} // namespace Crosscheck::Ui
