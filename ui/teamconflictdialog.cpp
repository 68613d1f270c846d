// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconflictdialog.h"

#include <core/project/project.h>
#include <core/project/teamsession.h>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

TeamConflictDialog::TeamConflictDialog(Core::TeamSession &team, const Core::Project &project,
                                       QString key, QWidget *parent)
    : QDialog(parent)
    , m_team(&team)
    , m_project(project)
    , m_key(std::move(key))
{
    setWindowTitle(tr("Edit Not Applied"));
    const auto conflicts = team.conflicts();
    const auto it = std::find_if(conflicts.begin(), conflicts.end(),
                                 [this](const auto &e) { return e.key == m_key; });
    const QString label = it == conflicts.end() ? QString() : it->label;
    const QString why =
        it == conflicts.end() ? QString() : Core::TeamSync::describeConflict(it->conflict);
    auto *intro = new QLabel(tr("Not applied: %1, because %2.").arg(label, why), this);
    intro->setWordWrap(true);
    m_hint = new QLabel(tr("The team's version is shown now. Choose, for each field, which "
                           "value to keep:"),
                        this);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_hint);
    m_grid = new QGridLayout;
    auto *inner = new QWidget(this);
    inner->setLayout(m_grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_scroll = scroll;
    layout->addWidget(scroll);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *applyButton =
        buttons->addButton(tr("&Apply Choices"), QDialogButtonBox::AcceptRole);
    m_apply = applyButton;
    QPushButton *mine = buttons->addButton(tr("Keep All &Mine"), QDialogButtonBox::ActionRole);
    QPushButton *theirsAll =
        buttons->addButton(tr("Keep All &Theirs"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    applyButton->setDefault(true);
    connect(applyButton, &QPushButton::clicked, this, [this] {
        QString error;
        const bool ok = apply(&error);
        finishWith(ok, error);
    });
    connect(mine, &QPushButton::clicked, this, [this] {
        QString error;
        const bool ok = m_team && m_team->keepMine(m_key, &error);
        finishWith(ok, error);
    });
    connect(theirsAll, &QPushButton::clicked, this, [this] {
        QString error;
        const bool ok = m_team && m_team->keepTheirs(m_key, &error);
        finishWith(ok, error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
    rebuild();
    // The team's rows arrive after the refusal, and may change again while this is open: the
    // fields follow, the choices made stay.
    const auto later = [this] {
        QMetaObject::invokeMethod(this, &TeamConflictDialog::rebuild, Qt::QueuedConnection);
    };
    connect(&project, &Core::Project::annotationsChanged, this, later);
    connect(&project, &Core::Project::sourceChanged, this, later);
    connect(&project, &Core::Project::reviewsChanged, this, later);
}

void TeamConflictDialog::rebuild()
{
    if (!m_team)
        return;
    QSet<QString> theirs;
    for (size_t i = 0; i < m_fields.size(); ++i)
        if (m_choices[i]->checkedId() == 1)
            theirs.insert(m_fields[i].id);
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QButtonGroup *g : m_choices)
        g->deleteLater();
    m_choices.clear();
    m_fields = m_team->conflictFields(m_key);
    const bool any = !m_fields.empty();
    m_hint->setVisible(any);
    m_scroll->setVisible(any);
    m_apply->setVisible(any);
    if (!any)
        return;
    m_grid->addWidget(new QLabel(tr("<b>Field</b>"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("<b>Yours</b>"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("<b>Theirs</b>"), this), 0, 2);
    for (int i = 0; i < int(m_fields.size()); ++i) {
        const Core::ConflictField &f = m_fields[size_t(i)];
        auto *yours = new QRadioButton(describeValue(f, f.mine, true), this);
        auto *other = new QRadioButton(describeValue(f, f.theirs, false), this);
        yours->setObjectName(QStringLiteral("yours%1").arg(i));
        other->setObjectName(QStringLiteral("theirs%1").arg(i));
        auto *group = new QButtonGroup(this);
        group->addButton(yours, 0);
        group->addButton(other, 1);
        (theirs.contains(f.id) ? other : yours)->setChecked(true);
        m_choices.push_back(group);
        auto *name = new QLabel(describeField(f), this);
        name->setBuddy(yours);
        m_grid->addWidget(name, i + 1, 0);
        m_grid->addWidget(yours, i + 1, 1);
        m_grid->addWidget(other, i + 1, 2);
    }
}

void TeamConflictDialog::chooseTheirs(int field, bool theirs)
{
    m_choices.at(size_t(field))->button(theirs ? 1 : 0)->setChecked(true);
}

bool TeamConflictDialog::apply(QString *error)
{
    QSet<QString> theirs;
    for (size_t i = 0; i < m_fields.size(); ++i)
        if (m_choices[i]->checkedId() == 1)
            theirs.insert(m_fields[i].id);
    return m_team && m_team->resolve(m_key, theirs, error);
}

void TeamConflictDialog::finishWith(bool ok, const QString &error)
{
    if (ok) {
        accept();
        return;
    }
    m_problem->setText(error);
    m_problem->show();
}

QString TeamConflictDialog::describeField(const Core::ConflictField &f) const
{
    const qint64 id = f.row.section(u'|', 1, 1).toLongLong();
    QString row;
    if (f.table == QLatin1String("entity"))
        row =
            m_project.entity(id) ? tr("Entity “%1”").arg(m_project.entity(id)->name) : tr("Entity");
    else if (f.table == QLatin1String("entity_type"))
        row = m_project.entityType(id) ? tr("Type “%1”").arg(m_project.entityType(id)->name)
                                       : tr("Type");
    else if (f.table == QLatin1String("mention"))
        row = tr("Mention");
    else if (f.table == QLatin1String("link"))
        row = tr("Link");
    else if (f.table == QLatin1String("note"))
        row = tr("Note");
    else if (f.table == QLatin1String("source"))
        row = m_project.rowOf(id) >= 0 ? tr("Source “%1”").arg(m_project.source(id).meta.title)
                                       : tr("Source");
    else if (f.table == QLatin1String("passage_review"))
        row = tr("Verdict on a passage");
    else
        row = tr("Decision on a suggestion");
    static const QHash<QString, const char *> columns{
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("type_id"), QT_TR_NOOP("type")},
        {QStringLiteral("aliases"), QT_TR_NOOP("aliases")},
        {QStringLiteral("entity_id"), QT_TR_NOOP("entity")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("outlet"), QT_TR_NOOP("outlet")},
        {QStringLiteral("url"), QT_TR_NOOP("address")},
        {QStringLiteral("published"), QT_TR_NOOP("publication date")},
        {QStringLiteral("language"), QT_TR_NOOP("language")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("relation"), QT_TR_NOOP("relation")},
        {QStringLiteral("severity"), QT_TR_NOOP("severity")},
        {QStringLiteral("color"), QT_TR_NOOP("colour")},
        {QStringLiteral("decision"), QT_TR_NOOP("decision")}};
    if (f.column.isEmpty())
        return row;
    const auto c = columns.constFind(f.column);
    return tr("%1: %2").arg(row, c == columns.cend() ? f.column : tr(*c));
}

QString TeamConflictDialog::describeValue(const Core::ConflictField &f, const QJsonValue &v,
                                          bool mine) const
{
    if (f.column.isEmpty()) {
        if (v.isNull())
            return mine ? tr("Remove it") : tr("Gone (removed by the team)");
        return mine ? tr("Write it again") : tr("Keep it as the team has it");
    }
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &x : v.toArray())
            items << x.toString();
        return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
    }
    if (f.column == QLatin1String("type_id") || f.column == QLatin1String("parent_id")) {
        const Core::EntityType *t = m_project.entityType(v.toInteger());
        return t ? t->name : tr("(none)");
    }
    if (f.column == QLatin1String("entity_id")) {
        const Core::Entity *e = m_project.entity(v.toInteger());
        return e ? e->name : tr("(removed)");
    }
    if (v.isNull())
        return tr("(none)");
    const QString text = v.isString() ? v.toString() : QString::number(v.toDouble());
    return text.isEmpty() ? tr("(empty)") : text;
}

} // namespace Crosscheck::Ui
