// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamconnectdialog.h"

#include "teampasswords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Crosscheck::Ui {

namespace {
/// The sslmodes offered, strongest first.
const QStringList kModes{QStringLiteral("verify-full"), QStringLiteral("require"),
                         QStringLiteral("prefer"), QStringLiteral("disable")};
} // namespace

TeamConnectDialog::TeamConnectDialog(Purpose purpose, const Core::Storage::TeamUrl &proposed,
                                     QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    setWindowTitle(purpose == Purpose::Publish ? tr("Publish to Team Server")
                   : purpose == Purpose::Open  ? tr("Open Team Project")
                                               : tr("Clone Team Project"));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("db.desk.example, or localhost"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_database = new QLineEdit(this);
    m_user = new QLineEdit(this);
    m_project = new QLineEdit(this);
    m_project->setPlaceholderText(purpose == Purpose::Publish
                                      ? tr("the name the team will see")
                                      : tr("leave empty to choose from the server's list"));
    m_security = new QComboBox(this);
    m_security->addItem(tr("Verify the server's certificate and name (verify-full)"), kModes[0]);
    m_security->addItem(tr("Encrypt, without checking the certificate (require)"), kModes[1]);
    m_security->addItem(tr("Encrypt when the server offers it (prefer)"), kModes[2]);
    m_security->addItem(tr("Do not encrypt (disable)"), kModes[3]);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from the keyring or ~/.pgpass"));
    m_remember = new QCheckBox(tr("&Remember the password in the desktop's keyring"), this);
    m_remember->setEnabled(TeamPasswords::available());
    if (!TeamPasswords::available())
        m_remember->setToolTip(tr("This build of Crosscheck has no keyring support; use "
                                  "~/.pgpass to avoid typing the password."));
    m_urlText = new QLineEdit(this);
    m_urlText->setToolTip(tr("The same as a URL, to paste one or pass it on (without the "
                             "password): postgresql://user@host:port/database?project=NAME"));
    const std::pair<QWidget *, const char *> names[] = {
        {m_host, "teamHost"},         {m_port, "teamPort"},         {m_database, "teamDatabase"},
        {m_user, "teamUser"},         {m_project, "teamProject"},   {m_security, "teamSecurity"},
        {m_password, "teamPassword"}, {m_remember, "teamRemember"}, {m_urlText, "teamUrl"}};
    for (const auto &[w, name] : names)
        w->setObjectName(QLatin1String(name));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teamConnectProblem"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Analyst (login):"), m_user);
    form->addRow(tr("&Team project:"), m_project);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&URL:"), m_urlText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Publish ? tr("Publish")
                  : purpose == Purpose::Open  ? tr("Open")
                                              : tr("Clone"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *e : {m_database, m_user, m_project})
        connect(e, &QLineEdit::textEdited, this, &TeamConnectDialog::fieldsEdited);
    connect(m_host, &QLineEdit::textEdited, this, &TeamConnectDialog::hostEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamConnectDialog::fieldsEdited);
    connect(m_security, &QComboBox::activated, this, [this] {
        m_securityChosen = true;
        fieldsEdited();
    });
    connect(m_urlText, &QLineEdit::textEdited, this, &TeamConnectDialog::urlEdited);
    setFields(proposed);
    m_securityChosen = !proposed.sslmode.isEmpty();
    // Publishing names a project; otherwise the server is what changes most.
    QLineEdit *first = purpose == Purpose::Publish || !proposed.host.isEmpty() ? m_project : m_host;
    first->setFocus();
    first->selectAll();
    setMinimumWidth(520);
}

Core::Storage::TeamUrl TeamConnectDialog::fromFields() const
{
    Core::Storage::TeamUrl u;
    u.host = m_host->text().trimmed();
    u.port = m_port->value();
    u.database = m_database->text().trimmed();
    u.user = m_user->text().trimmed();
    u.project = m_project->text().trimmed();
    // The mode the server's place implies is left out of the URL.
    const QString mode = m_security->currentData().toString();
    const QString byPlace = u.isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    if (mode != byPlace)
        u.sslmode = mode;
    return u;
}

Core::Storage::TeamUrl TeamConnectDialog::url() const
{
    Core::Storage::TeamUrl u = fromFields();
    u.password = m_password->text();
    return u;
}

bool TeamConnectDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked() && !m_password->text().isEmpty();
}

void TeamConnectDialog::setFields(const Core::Storage::TeamUrl &url, bool typedUrl)
{
    m_syncing = true;
    m_host->setText(url.host);
    m_port->setValue(url.port);
    m_database->setText(url.database);
    m_user->setText(url.user);
    m_project->setText(url.project);
    const QString mode =
        url.effectiveSslMode().isEmpty() ? QStringLiteral("prefer") : url.effectiveSslMode();
    const int at = m_security->findData(mode);
    m_security->setCurrentIndex(at >= 0 ? at : 0);
    if (!url.password.isEmpty())
        m_password->setText(url.password);
    if (!typedUrl)
        m_urlText->setText(fromFields().display());
    m_syncing = false;
    validate();
}

void TeamConnectDialog::hostEdited()
{
    // A new place implies its mode until the analyst picks one.
    if (!m_securityChosen) {
        Core::Storage::TeamUrl u;
        u.host = m_host->text().trimmed();
        const int at = m_security->findData(u.isLocal() ? QStringLiteral("prefer")
                                                        : QStringLiteral("verify-full"));
        m_security->setCurrentIndex(at);
    }
    fieldsEdited();
}

void TeamConnectDialog::fieldsEdited()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_urlText->setText(fromFields().display());
    m_syncing = false;
    validate();
}

void TeamConnectDialog::urlEdited()
{
    if (m_syncing)
        return;
    QString error;
    const std::optional<Core::Storage::TeamUrl> u =
        Core::Storage::TeamUrl::parse(m_urlText->text().trimmed(), &error);
    if (!u) {
        m_problem->setText(tr("That is not a team project URL: %1").arg(error));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_securityChosen = !u->sslmode.isEmpty();
    setFields(*u, true);
}

void TeamConnectDialog::validate()
{
    QString problem;
    if (m_host->text().trimmed().isEmpty())
        problem = tr("Name the server (its host name, or localhost).");
    else if (m_database->text().trimmed().isEmpty())
        problem = tr("Name the database on the server.");
    else if (m_user->text().trimmed().isEmpty())
        problem = tr("Give the analyst's login on the server.");
    else if (m_purpose == Purpose::Publish && m_project->text().trimmed().isEmpty())
        problem = tr("Give the team project a name.");
    else if (m_security->currentData().toString() != QLatin1String("verify-full") &&
             !fromFields().isLocal())
        problem = tr("The server's certificate will not be checked: anyone between this "
                     "computer and the server could read the project and the password.");
    m_problem->setText(problem);
    const bool blocking =
        !problem.isEmpty() &&
        (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
         m_user->text().trimmed().isEmpty() ||
         (m_purpose == Purpose::Publish && m_project->text().trimmed().isEmpty()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
}

} // namespace Crosscheck::Ui
