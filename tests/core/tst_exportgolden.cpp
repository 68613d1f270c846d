// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files: every export format of the annotated sample, compared byte for byte with the
// files in tests/data/golden (the times of "now" replaced by <now>). A change to what a format
// writes shows up here as a diff to review; CROSSCHECK_UPDATE_GOLDEN=1 rewrites the files.
#include "annotatedsample.h"

#include <core/formats/bratexport.h>
#include <core/formats/csvexport.h>
#include <core/formats/qdpx/qdpx.h>
#include <core/formats/report.h>
#include <core/formats/webannotation.h>
#include <core/util/appinit.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Crosscheck::Core;

class TestExportGolden : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    const QString m_golden = QStringLiteral(CROSSCHECK_TEST_DATA "/golden");

    static QByteArray normalised(QByteArray bytes)
    {
        // Timestamps of edits made while the test ran (ISO 8601 with milliseconds, UTC).
        static const QRegularExpression now(
            QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{3})?Z"));
        // Pictures depend on the fonts installed; their presence is checked in tst_report.
        static const QRegularExpression png(
            QStringLiteral("data:image/png;base64,[A-Za-z0-9+/=]+"));
        QString text = QString::fromUtf8(bytes);
        text.replace(now, QStringLiteral("<now>"));
        text.replace(png, QStringLiteral("data:image/png;base64,<picture>"));
        return text.toUtf8();
    }

    void compare(const QString &name, const QByteArray &actual)
    {
        const QByteArray got = normalised(actual);
        const QString path = m_golden + u'/' + name;
        if (qEnvironmentVariableIsSet("CROSSCHECK_UPDATE_GOLDEN")) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(got);
            return;
        }
        QFile f(path);
        QVERIFY2(
            f.open(QIODevice::ReadOnly),
            qPrintable(path + QStringLiteral(" is missing; run with CROSSCHECK_UPDATE_GOLDEN=1")));
        const QByteArray want = f.readAll();
        if (got != want) {
            const QList<QByteArray> a = got.split('\n'), b = want.split('\n');
            for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
                if (a.at(i) != b.at(i))
                    QFAIL(qPrintable(
                        QStringLiteral("%1:%2 differs\n  golden: %3\n  actual: %4")
                            .arg(name)
                            .arg(i + 1)
                            .arg(QString::fromUtf8(b.at(i)), QString::fromUtf8(a.at(i)))));
            }
            QFAIL(qPrintable(
                QStringLiteral("%1: %2 lines, golden %3").arg(name).arg(a.size()).arg(b.size())));
        }
    }

private slots:
    void initTestCase()
    {
        // English plural forms, as the app and the command line show them.
        Crosscheck::Core::installTranslations(QCoreApplication::instance(), QStringLiteral("en"));
        m_project = TestData::annotatedSample(m_dir.filePath(QStringLiteral("golden.crosscheck")));
        QVERIFY(m_project);
    }

    void w3c()
    {
        compare(QStringLiteral("w3c.jsonld"), Formats::WebAnnotation::collection(*m_project));
    }

    void csv()
    {
        compare(QStringLiteral("csv/mentions.csv"), Formats::Csv::mentions(*m_project, false));
        compare(QStringLiteral("csv/links.csv"), Formats::Csv::links(*m_project, false));
    }

    void brat()
    {
        const QString out = m_dir.filePath(QStringLiteral("brat"));
        QString error;
        QVERIFY2(Formats::Brat::write(*m_project, out, &error), qPrintable(error));
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QVERIFY(files.contains(QStringLiteral("annotation.conf")));
        for (const QString &name : files) {
            if (name.endsWith(QLatin1String(".txt")))
                continue; // the source texts themselves
            QFile f(QDir(out).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            compare(QStringLiteral("brat/") + name, f.readAll());
        }
    }

    void qdpx() { compare(QStringLiteral("project.qde"), Formats::Qdpx::projectXml(*m_project)); }

    void reportHtml()
    {
        Formats::Report::Options o;
        o.generated = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
        compare(QStringLiteral("report.html"),
                Formats::Report::html(Formats::Report::build(*m_project, o)));
    }
};

QTEST_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
