#include "preferencesdialog.h"
#include "actionregistry.h"
#include "settings.h"

#include "util/appinit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
const Setting<QString> kLanguage("Ui/language", QString());
const Setting<QString> kAuthor("Project/author", QString());
constexpr int IdRole = Qt::UserRole + 1;
} // namespace

QString PreferencesDialog::languageSetting()
{
    return kLanguage.value();
}

QString PreferencesDialog::authorSetting()
{
    return kAuthor.value();
}

PreferencesDialog::PreferencesDialog(ActionRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Preferences"));
    resize(640, 520);
    auto *tabs = new QTabWidget(this);

    auto *general = new QWidget(tabs);
    auto *form = new QFormLayout(general);
    m_language = new QComboBox(general);
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
    m_language->setCurrentIndex(std::max(0, m_language->findData(kLanguage.value())));
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies the next time Crosscheck starts."), general);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    m_author = new QLineEdit(kAuthor.value(), general);
    m_author->setPlaceholderText(tr("Your login name"));
    form->addRow(tr("&Your name (edit log):"), m_author);
    tabs->addTab(general, tr("&General"));

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
    tabs->addTab(keyboard, tr("&Keyboard"));

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

void PreferencesDialog::accept()
{
    if (!m_conflict->text().isEmpty()) {
        m_conflict->setText(m_conflict->text() + u'\n' +
                            tr("Resolve the conflicts before saving."));
        return;
    }
    kLanguage.setValue(m_language->currentData().toString());
    kAuthor.setValue(m_author->text().trimmed());
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value() != m_registry->shortcuts(it.key()))
            m_registry->setShortcuts(it.key(), it.value());
    }
    QDialog::accept();
}

} // namespace Crosscheck::Ui
