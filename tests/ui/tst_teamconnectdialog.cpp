// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The team connection dialog: fields and URL in step, verify-full by default for a server on the
// network, a warning when the certificate is not checked, nothing accepted without what a
// connection needs; and the keyring: without one, no password and a reason, never a file.
#include "teststrings.h"

#include <teamconnectdialog.h>
#include <teampasswords.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUuid>

using namespace Crosscheck;
using Core::Storage::TeamUrl;
using TestData::S;

class TestTeamConnectDialog : public QObject
{
    Q_OBJECT

    static TeamUrl local()
    {
        TeamUrl u;
        u.host = S("localhost");
        u.database = S("crosscheck");
        u.user = S("ana");
        return u;
    }
    template<typename W>
    static W *field(QDialog &d, const char *name)
    {
        W *w = d.findChild<W *>(QString::fromLatin1(name));
        Q_ASSERT(w);
        return w;
    }
    static QPushButton *ok(QDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QString problem(QDialog &d)
    {
        return d.findChild<QLabel *>(S("teamConnectProblem"))->text();
    }

private slots:
    void aServerOnTheNetworkIsVerifiedByDefault()
    {
        Ui::TeamConnectDialog d(Ui::TeamConnectDialog::Purpose::Open, local(), nullptr);
        auto *security = field<QComboBox>(d, "teamSecurity");
        QCOMPARE(security->currentData().toString(), S("prefer"));
        QCOMPARE(d.url().sslmode, QString());
        QLineEdit *host = field<QLineEdit>(d, "teamHost");
        host->selectAll();
        QTest::keyClicks(host, S("db.desk.example"));
        QCOMPARE(security->currentData().toString(), S("verify-full"));
        QCOMPARE(d.url().effectiveSslMode(), S("verify-full"));
        QCOMPARE(field<QLineEdit>(d, "teamUrl")->text(),
                 S("postgresql://ana@db.desk.example:5432/crosscheck"));
        QVERIFY(problem(d).isEmpty());
        QVERIFY(ok(d)->isEnabled());
        // Choosing not to check the certificate is allowed, and said plainly.
        security->setCurrentIndex(security->findData(S("require")));
        emit security->activated(security->currentIndex());
        QCOMPARE(d.url().sslmode, S("require"));
        QVERIFY(problem(d).contains(S("certificate")));
        QVERIFY(ok(d)->isEnabled());
        QVERIFY(field<QLineEdit>(d, "teamUrl")->text().endsWith(S("sslmode=require")));
        // A new host keeps the analyst's choice.
        host->selectAll();
        QTest::keyClicks(host, S("db2.desk.example"));
        QCOMPARE(d.url().sslmode, S("require"));
    }

    void aPastedUrlFillsTheFields()
    {
        Ui::TeamConnectDialog d(Ui::TeamConnectDialog::Purpose::Clone, local(), nullptr);
        QLineEdit *url = field<QLineEdit>(d, "teamUrl");
        url->selectAll();
        QTest::keyClicks(url, S("postgresql://ben@db.example:6543/desk?project=Kano%20floods"));
        QCOMPARE(field<QLineEdit>(d, "teamHost")->text(), S("db.example"));
        QCOMPARE(field<QSpinBox>(d, "teamPort")->value(), 6543);
        QCOMPARE(field<QLineEdit>(d, "teamDatabase")->text(), S("desk"));
        QCOMPARE(field<QLineEdit>(d, "teamUser")->text(), S("ben"));
        QCOMPARE(field<QLineEdit>(d, "teamProject")->text(), S("Kano floods"));
        QCOMPARE(field<QComboBox>(d, "teamSecurity")->currentData().toString(), S("verify-full"));
        const TeamUrl u = d.url();
        QCOMPARE(u.project, S("Kano floods"));
        QCOMPARE(u.port, 6543);
        // Something that is not a URL says why and cannot be accepted.
        url->selectAll();
        QTest::keyClicks(url, S("http://example.org"));
        QVERIFY(!ok(d)->isEnabled());
        QVERIFY(problem(d).contains(S("not a team project URL")));
    }

    void nothingIsAcceptedWithoutWhatAConnectionNeeds()
    {
        TeamUrl u = local();
        Ui::TeamConnectDialog publish(Ui::TeamConnectDialog::Purpose::Publish, u, nullptr);
        QVERIFY(!ok(publish)->isEnabled()); // a published project needs a name
        QTest::keyClicks(field<QLineEdit>(publish, "teamProject"), S("Kano floods"));
        QVERIFY(ok(publish)->isEnabled());
        field<QLineEdit>(publish, "teamUser")->clear();
        QTest::keyClicks(field<QLineEdit>(publish, "teamUser"), S("x"));
        QTest::keyClick(field<QLineEdit>(publish, "teamUser"), Qt::Key_Backspace);
        QVERIFY(!ok(publish)->isEnabled());
        QVERIFY(problem(publish).contains(S("login")));
        // Opening may leave the project empty: the server's list is offered then.
        Ui::TeamConnectDialog open(Ui::TeamConnectDialog::Purpose::Open, u, nullptr);
        QVERIFY(ok(open)->isEnabled());
    }

    void aTypedPasswordIsKeptOnlyWhenAsked()
    {
        Ui::TeamConnectDialog d(Ui::TeamConnectDialog::Purpose::Open, local(), nullptr);
        QTest::keyClicks(field<QLineEdit>(d, "teamPassword"), S("s3cret"));
        QCOMPARE(d.url().password, S("s3cret"));
        // The URL shown never carries it.
        QVERIFY(!field<QLineEdit>(d, "teamUrl")->text().contains(S("s3cret")));
        QVERIFY(!d.rememberPassword());
        auto *remember = field<QCheckBox>(d, "teamRemember");
        QCOMPARE(remember->isEnabled(), Ui::TeamPasswords::available());
        remember->setChecked(true);
        QCOMPARE(d.rememberPassword(), Ui::TeamPasswords::available());
    }

    void withoutAKeyringThereIsNoPasswordAndAReason()
    {
        TeamUrl u = local();
        u.user = S("nobody-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(Ui::TeamPasswords::keyOf(u), u.user + S("@localhost:5432/crosscheck"));
        QString why;
        QElapsedTimer timer;
        timer.start();
        // No password is kept for a login never seen, whether or not a keyring runs here.
        QVERIFY(!Ui::TeamPasswords::read(u, &why));
        QVERIFY(!why.isEmpty());
        qInfo("keyring read: %s after %lld ms", qPrintable(why), timer.elapsed());
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            // No desktop session (CI): nothing is stored anywhere, and it says so.
            QVERIFY(!Ui::TeamPasswords::write(u, S("s3cret"), &why));
            QVERIFY(!why.isEmpty());
            QVERIFY(!Ui::TeamPasswords::read(u));
        }
    }
};

QTEST_MAIN(TestTeamConnectDialog)
#include "tst_teamconnectdialog.moc"
