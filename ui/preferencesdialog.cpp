// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "actionregistry.h"
#include "appsettings.h"
#include "settings.h"
#include "theme.h"

#include <core/util/appinit.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSyntaxHighlighter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

PreferencesDialog::PreferencesDialog(ActionRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Preferences"));
    resize(640, 520);
    auto *tabs = new QTabWidget(this);

    tabs->addTab(generalTab(tabs), tr("&General"));
    tabs->addTab(appearanceTab(tabs), tr("A&ppearance"));
    showThemeSample();
    tabs->addTab(keyboardTab(tabs), tr("&Keyboard"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    for (const QString &id : m_registry->ids())
        m_pending.insert(id, m_registry->shortcuts(id));
    loadShortcutRows();
}

QWidget *PreferencesDialog::generalTab(QWidget *tabs)
{
    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("languageBox"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default")
                                                 : tr("System default (%1)").arg(systemLanguage),
                        QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : Core::availableTranslations()) {
        const QLocale l(code);
        QString name = l.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(AppSettings::instance().language())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Crosscheck starts."), general);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    m_author = new QLineEdit(AppSettings::instance().author(), general);
    m_author->setPlaceholderText(tr("Your login name"));
    form->addRow(tr("&Your name (edit log):"), m_author);
    return general;
}

QWidget *PreferencesDialog::appearanceTab(QWidget *tabs)
{
    auto *appearance = new QWidget(tabs);
    auto *al = new QFormLayout(appearance);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    const Highlighting &highlighting = Highlighting::instance();
    m_theme->addItem(tr("Follow the system (%1)").arg(ThemeManager::systemTheme()), QString());
    for (const QString &name : highlighting.themeNames())
        m_theme->addItem(name, name);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(ThemeManager::setting())));
    al->addRow(tr("Colour &theme:"), m_theme);
    auto *themeNote = new QLabel(
        tr("The reader, the compare view, entity tags, differences and the reading lens take "
           "their colours from the theme; text keeps a contrast of at least 4.5:1 on every "
           "highlight. Themes from %1.")
            .arg(highlighting.backend()),
        appearance);
    themeNote->setWordWrap(true);
    al->addRow(QString(), themeNote);
    m_themeSample = new QPlainTextEdit(appearance);
    m_themeSample->setObjectName(QStringLiteral("themeSample"));
    m_themeSample->setReadOnly(true);
    m_themeSample->setTextInteractionFlags(Qt::TextSelectableByKeyboard |
                                           Qt::TextSelectableByMouse);
    auto *sampleLabel = new QLabel(tr("Sa&mple:"), appearance);
    sampleLabel->setBuddy(m_themeSample);
    al->addRow(sampleLabel, m_themeSample);
    connect(m_theme, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &PreferencesDialog::showThemeSample);
    return appearance;
}

QWidget *PreferencesDialog::keyboardTab(QWidget *tabs)
{
    auto *keyboard = new QWidget(tabs);
    auto *kl = new QVBoxLayout(keyboard);
    m_actions = new QTreeWidget(keyboard);
    m_actions->setObjectName(QStringLiteral("shortcutTable"));
    m_actions->setHeaderLabels({tr("Action"), tr("Category"), tr("Shortcut")});
    m_actions->setRootIsDecorated(false);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    kl->addWidget(m_actions);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Shortcut:"), keyboard);
    m_sequence = new QKeySequenceEdit(keyboard);
    m_sequence->setObjectName(QStringLiteral("shortcutEdit"));
    label->setBuddy(m_sequence);
    auto *clear = new QPushButton(tr("&Clear"), keyboard);
    auto *reset = new QPushButton(tr("&Reset"), keyboard);
    auto *resetAll = new QPushButton(tr("Reset &All"), keyboard);
    row->addWidget(label);
    row->addWidget(m_sequence, 1);
    row->addWidget(clear);
    row->addWidget(reset);
    row->addWidget(resetAll);
    kl->addLayout(row);
    m_conflict = new QLabel(keyboard);
    m_conflict->setWordWrap(true);
    kl->addWidget(m_conflict);

    connect(m_actions, &QTreeWidget::currentItemChanged, this,
            &PreferencesDialog::onCurrentActionChanged);
    connect(m_sequence, &QKeySequenceEdit::editingFinished, this,
            &PreferencesDialog::onSequenceEdited);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (currentId().isEmpty())
            return;
        m_pending[currentId()] = {};
        loadShortcutRows();
    });
    connect(reset, &QPushButton::clicked, this, [this] {
        if (currentId().isEmpty())
            return;
        m_pending[currentId()] = m_registry->defaultShortcuts(currentId());
        loadShortcutRows();
    });
    connect(resetAll, &QPushButton::clicked, this, [this] {
        for (const QString &id : m_registry->ids())
            m_pending[id] = m_registry->defaultShortcuts(id);
        loadShortcutRows();
    });
    return keyboard;
}

QString PreferencesDialog::currentId() const
{
    const QTreeWidgetItem *item = m_actions->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void PreferencesDialog::loadShortcutRows()
{
    const QString keep = currentId();
    m_actions->clear();
    QStringList conflicts;
    for (const QString &id : m_registry->ids()) {
        auto *item = new QTreeWidgetItem(m_actions);
        item->setText(0, m_registry->text(id));
        item->setText(1, m_registry->category(id));
        item->setText(2, ActionRegistry::format(m_pending.value(id), QKeySequence::NativeText));
        item->setData(0, IdRole, id);
        for (const QKeySequence &seq : m_pending.value(id)) {
            for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
                if (it.key() != id && it.value().contains(seq))
                    conflicts << tr("%1 is used by both “%2” and “%3”.")
                                     .arg(seq.toString(QKeySequence::NativeText),
                                          m_registry->text(id), m_registry->text(it.key()));
            }
        }
        if (id == keep)
            m_actions->setCurrentItem(item);
    }
    conflicts.removeDuplicates();
    m_conflict->setText(conflicts.join(u'\n'));
}

void PreferencesDialog::onCurrentActionChanged()
{
    const QList<QKeySequence> seqs = m_pending.value(currentId());
    m_sequence->setKeySequence(seqs.isEmpty() ? QKeySequence() : seqs.first());
}

void PreferencesDialog::onSequenceEdited()
{
    if (currentId().isEmpty())
        return;
    const QKeySequence seq = m_sequence->keySequence();
    QList<QKeySequence> list = m_pending.value(currentId());
    if (list.isEmpty())
        list << seq;
    else
        list[0] = seq; // the first shortcut is the one edited; further defaults stay
    if (seq.isEmpty())
        list.removeFirst();
    m_pending[currentId()] = list;
    loadShortcutRows();
}

void PreferencesDialog::showThemeSample()
{
    const QString chosen = m_theme->currentData().toString();
    const Theme theme(chosen.isEmpty() ? ThemeManager::systemTheme() : chosen);
    theme.applyTo(m_themeSample);
    // A legend line of every highlight, then a sentence for the reading lens, built from parts
    // so the highlights stay on the right words in every language.
    using Kind = Core::Analysis::DiffRun::Kind;
    const QString person = tr("Ingrid Solberg");
    const std::vector<std::pair<QString, QTextCharFormat>> parts{
        {tr("shared words"), theme.passageFormat(false)},
        {QStringLiteral(" "), {}},
        {tr("current passage"), theme.passageFormat(true)},
        {QStringLiteral(" · "), {}},
        {tr("deleted"), theme.runFormat(Kind::Delete, false, true)},
        {QStringLiteral(" "), {}},
        {tr("inserted"), theme.runFormat(Kind::Insert, false, false)},
        {QStringLiteral(" "), {}},
        {tr("replaced"), theme.runFormat(Kind::Replace, false, true)},
        {QStringLiteral(" "), {}},
        {tr("moved"), theme.runFormat(Kind::Equal, true, true)},
        {QStringLiteral(" · "), {}},
        {person, theme.mentionFormat(QColor(0x00, 0x72, 0xB2), false)},
        {QStringLiteral("\n"), {}},
        {tr("The coast guard said on Tuesday that 1,200 tonnes had leaked. “We are working "
            "around the clock,” %1 told reporters.")
             .arg(person),
         {}},
    };
    delete m_sampleLens; // its formats go with it
    m_sampleLens = nullptr;
    QString text;
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[part, format] : parts)
        text += part;
    m_themeSample->setPlainText(text);
    int pos = 0;
    for (const auto &[part, format] : parts) {
        if (format.background().style() != Qt::NoBrush) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(m_themeSample->document());
            sel.cursor.setPosition(pos);
            sel.cursor.setPosition(pos + int(part.size()), QTextCursor::KeepAnchor);
            sel.format = format;
            selections << sel;
        }
        pos += int(part.size());
    }
    m_themeSample->setExtraSelections(selections);
    m_sampleLens = Highlighting::instance().createLens(m_themeSample->document(), {person},
                                                       theme.name(), theme.contrastFloor());
}

void PreferencesDialog::accept()
{
    if (!m_conflict->text().isEmpty()) {
        m_conflict->setText(m_conflict->text() + u'\n' +
                            tr("Resolve the conflicts before saving."));
        return;
    }
    AppSettings::instance().setLanguage(m_language->currentData().toString());
    AppSettings::instance().setAuthor(m_author->text().trimmed());
    ThemeManager::setSetting(m_theme->currentData().toString());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value() != m_registry->shortcuts(it.key()))
            m_registry->setShortcuts(it.key(), it.value());
    }
    QDialog::accept();
}

} // namespace Crosscheck::Ui
