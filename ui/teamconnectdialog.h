// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <core/storage/teamserver.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Crosscheck::Ui {

/// Where a team project is: server, port, database, analyst's login, project, how the
/// connection is secured, and a password for this session (or kept in the keyring). The
/// fields and a connection URL stay in step, so a URL from a colleague can be pasted. A server
/// on the network is verified by its certificate (verify-full) unless the analyst chooses
/// otherwise.
class TeamConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose { Publish, Open, Clone };
    TeamConnectDialog(Purpose purpose, const Core::Storage::TeamUrl &proposed, QWidget *parent);

    /// The team project chosen, with the password when one was typed.
    Core::Storage::TeamUrl url() const;
    /// Whether the typed password is to be kept in the keyring once the server took it.
    bool rememberPassword() const;

private:
    /// Fills the fields from \a url; the URL field too unless the analyst is typing there.
    void setFields(const Core::Storage::TeamUrl &url, bool typedUrl = false);
    void fieldsEdited();
    void urlEdited();
    void hostEdited();
    void validate();
    /// The URL of the fields, without the password.
    Core::Storage::TeamUrl fromFields() const;

    Purpose m_purpose;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_project = nullptr;
    QComboBox *m_security = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_urlText = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_securityChosen = false; // the analyst picked a mode: a new host does not reset it
    bool m_syncing = false;
};

} // namespace Crosscheck::Ui
