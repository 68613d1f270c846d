// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "teampasswords.h"

#ifdef CROSSCHECK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>
#endif

namespace Crosscheck::Ui {

namespace {
#ifdef CROSSCHECK_HAVE_KEYCHAIN
const QString kService = QStringLiteral("Crosscheck team server");
/// How long a keyring may take to answer (it may ask the user to unlock it).
constexpr int kKeyringWaitMs = 30000;

/// Runs \a job to its end in a local event loop; false with \a why on an error.
bool finish(QKeychain::Job &job, QString *why)
{
    job.setAutoDelete(false);
    // A plain-text file is no place for a password: no insecure fallback.
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeyringWaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    if (!done) {
        if (why)
            *why = TeamPasswords::tr("the keyring did not answer");
        return false;
    }
    if (job.error() == QKeychain::NoError)
        return true;
    if (why) {
        switch (job.error()) {
        case QKeychain::EntryNotFound:
            *why = TeamPasswords::tr("no password is kept for this login");
            break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            *why = TeamPasswords::tr("the keyring refused access");
            break;
        default:
            // QtKeychain says little more than "Unknown error" without a Secret Service or
            // KWallet on the session bus: say what that means.
            *why = TeamPasswords::tr("no keyring answers in this desktop session (%1)")
                       .arg(job.errorString());
            break;
        }
    }
    return false;
}
#else
QString noKeyring()
{
    return TeamPasswords::tr("this build of Crosscheck has no keyring support");
}
#endif
} // namespace

bool TeamPasswords::available()
{
#ifdef CROSSCHECK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString TeamPasswords::keyOf(const Core::Storage::TeamUrl &url)
{
    return url.user + u'@' + url.host + u':' + QString::number(url.port) + u'/' + url.database;
}

std::optional<QString> TeamPasswords::read(const Core::Storage::TeamUrl &url, QString *why)
{
#ifdef CROSSCHECK_HAVE_KEYCHAIN
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(keyOf(url));
    if (!finish(job, why))
        return std::nullopt;
    return job.textData();
#else
    Q_UNUSED(url);
    if (why)
        *why = noKeyring();
    return std::nullopt;
#endif
}

bool TeamPasswords::write(const Core::Storage::TeamUrl &url, const QString &password, QString *why)
{
#ifdef CROSSCHECK_HAVE_KEYCHAIN
    QKeychain::WritePasswordJob job(kService);
    job.setKey(keyOf(url));
    job.setTextData(password);
    return finish(job, why);
#else
    Q_UNUSED(url);
    Q_UNUSED(password);
    if (why)
        *why = noKeyring();
    return false;
#endif
}

} // namespace Crosscheck::Ui
