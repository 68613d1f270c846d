// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The install tree as a desktop and a package manager see it: `cmake --install` into a
// temporary DESTDIR, the files it holds, Debian's validators for the launcher and the
// metainfo, the file type known by its content, the man pages, the shell completion, and the
// installed binaries answering --help and --version without a display.
#include <QDirIterator>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <version.h>

class TestInstall : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dest;
    QString m_root; // the prefix inside DESTDIR

    static Run run(const QString &program, const QStringList &arguments,
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// A tool from Debian's packages; without it the check is skipped, except in CI.
    static QString tool(const QString &name)
    {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty() && qEnvironmentVariable("CI") == u"true")
            qFatal("CI needs %s (see scripts/quickstart.sh)", qPrintable(name));
        return path;
    }

    QString installed(const QString &relative) const { return m_root + u'/' + relative; }

    /// The commands crosscheck-cli --help lists (two spaces, a name, a space or the end).
    static QStringList cliCommands()
    {
        const Run r = run(QStringLiteral(CROSSCHECK_CLI), {QStringLiteral("--help")});
        QStringList commands;
        static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]+)(?: |$)"),
                                             QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(r.out); it.hasNext();)
            commands << it.next().captured(1);
        return commands;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dest.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DESTDIR"), m_dest.path());
        const Run r = run(QStringLiteral(CROSSCHECK_CMAKE),
                          {QStringLiteral("--install"), QStringLiteral(CROSSCHECK_BUILD_DIR),
                           QStringLiteral("--prefix"), QStringLiteral("/usr")},
                          env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_root = m_dest.filePath(QStringLiteral("usr"));
    }

    void installsTheExpectedFiles()
    {
        QStringList files;
        for (QDirIterator it(m_root, QDir::Files | QDir::System, QDirIterator::Subdirectories);
             it.hasNext();)
            files << QDir(m_root).relativeFilePath(it.next());
        QFile list(QStringLiteral(CROSSCHECK_SOURCE_DIR "/tests/install/expected-files.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList unexpected = files, missing;
        for (const QString &raw : QString::fromUtf8(list.readAll()).split(u'\n')) {
            if (raw.isEmpty() || raw.startsWith(u'#'))
                continue;
            const bool optional = raw.startsWith(u'?');
            const QString pattern = optional ? raw.mid(1) : raw;
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                pattern, QRegularExpression::UnanchoredWildcardConversion));
            const QRegularExpression anchored(u'^' + re.pattern() + u'$');
            unexpected.removeIf([&](const QString &f) { return anchored.match(f).hasMatch(); });
            const bool found = std::any_of(files.begin(), files.end(), [&](const QString &f) {
                return anchored.match(f).hasMatch();
            });
            if (!found && !optional)
                missing << pattern;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing: " + missing.join(u", ")));
        QVERIFY2(unexpected.isEmpty(), qPrintable(u"not in the list: " + unexpected.join(u", ")));
    }

    void launcherIsValid()
    {
        const QString validate = tool(QStringLiteral("desktop-file-validate"));
        if (validate.isEmpty())
            QSKIP("desktop-file-validate is not installed (desktop-file-utils)");
        const QString desktop =
            installed(QStringLiteral("share/applications/org.crosscheck.Crosscheck.desktop"));
        const Run r = run(validate, {desktop});
        QVERIFY2(r.code == 0 && !r.out.contains(QStringLiteral("error")), qPrintable(r.out));
        QFile f(desktop);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // What opens a project with a double click, in the user's language.
        for (const QString &line :
             {QStringLiteral("Exec=crosscheck %f"),
              QStringLiteral("MimeType=application/x-crosscheck;"),
              QStringLiteral("Icon=org.crosscheck.Crosscheck"), QStringLiteral("GenericName[de]="),
              QStringLiteral("GenericName[uk]="), QStringLiteral("Comment[de]="),
              QStringLiteral("Comment[uk]=")})
            QVERIFY2(text.contains(line), qPrintable(line));
    }

    void metainfoIsValid()
    {
        const QString appstream = tool(QStringLiteral("appstreamcli"));
        if (appstream.isEmpty())
            QSKIP("appstreamcli is not installed (appstream)");
        const QString metainfo =
            installed(QStringLiteral("share/metainfo/org.crosscheck.Crosscheck.metainfo.xml"));
        const Run r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                      QStringLiteral("--explain"), metainfo});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile f(metainfo);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("<release version=\"" CROSSCHECK_VERSION "\"")));
        QVERIFY(text.contains(QStringLiteral("<project_license>GPL-3.0-or-later<")));
        // Every screenshot named is one of docs/screenshots/.
        static const QRegularExpression image(QStringLiteral("<image>[^<]*/([^/<]+)</image>"));
        int shots = 0;
        for (auto it = image.globalMatch(text); it.hasNext(); ++shots) {
            const QString name = it.next().captured(1);
            QVERIFY2(
                QFile::exists(QStringLiteral(CROSSCHECK_SOURCE_DIR "/docs/screenshots/") + name),
                qPrintable(name));
        }
        QVERIFY(shots >= 3);
    }

    void aProjectIsKnownByItsContent()
    {
        // As on an installed system: the package's type beside freedesktop.org's, one cache
        // built by update-mime-database, and no other data directory.
        const QString update = tool(QStringLiteral("update-mime-database"));
        const QString fdo =
            QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                   QStringLiteral("mime/packages/freedesktop.org.xml"));
        if (update.isEmpty() || fdo.isEmpty())
            QSKIP("shared-mime-info is not installed");
        QTemporaryDir data;
        QVERIFY(QDir(data.path()).mkpath(QStringLiteral("mime/packages")));
        QVERIFY(
            QFile::copy(fdo, data.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))));
        QVERIFY(QFile::copy(
            installed(QStringLiteral("share/mime/packages/org.crosscheck.Crosscheck.xml")),
            data.filePath(QStringLiteral("mime/packages/org.crosscheck.Crosscheck.xml"))));
        QCOMPARE(run(update, {data.filePath(QStringLiteral("mime"))}).code, 0);
        qputenv("XDG_DATA_DIRS", data.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", data.filePath(QStringLiteral("home")).toLocal8Bit());

        // A project renamed without its suffix, and a plain SQLite database beside it.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.crosscheck"));
        QCOMPARE(run(QStringLiteral(CROSSCHECK_CLI), {QStringLiteral("new"), project}).code, 0);
        QVERIFY(QFile::rename(project, dir.filePath(QStringLiteral("renamed"))));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(dir.filePath(QStringLiteral("other.db")));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        QMimeDatabase mime;
        const QMimeType ours = mime.mimeTypeForFile(dir.filePath(QStringLiteral("renamed")),
                                                    QMimeDatabase::MatchContent);
        QCOMPARE(ours.name(), QStringLiteral("application/x-crosscheck"));
        QVERIFY(ours.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(mime.mimeTypeForFile(dir.filePath(QStringLiteral("other.db")),
                                      QMimeDatabase::MatchContent)
                     .name(),
                 QStringLiteral("application/vnd.sqlite3"));
        QCOMPARE(
            mime.mimeTypeForFile(QStringLiteral("story.crosscheck"), QMimeDatabase::MatchExtension)
                .name(),
            QStringLiteral("application/x-crosscheck"));
    }

    void manPagesRenderWithoutWarnings()
    {
        const QString man = tool(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is not installed (man-db)");
        for (const QString &page :
             {QStringLiteral("crosscheck"), QStringLiteral("crosscheck-cli")}) {
            const QString file = installed(QStringLiteral("share/man/man1/%1.1").arg(page));
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
            const Run r = run(man,
                              {QStringLiteral("--warnings"), QStringLiteral("-E"),
                               QStringLiteral("UTF-8"), QStringLiteral("-l"), file},
                              env);
            QVERIFY2(r.code == 0 && r.err.isEmpty(), qPrintable(page + u": " + r.err));
            QVERIFY(r.out.contains(QStringLiteral("SYNOPSIS")));
        }
        // The CLI's page describes each of its commands.
        QFile f(installed(QStringLiteral("share/man/man1/crosscheck-cli.1")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll()).remove(u'\\');
        const QStringList commands = cliCommands();
        QVERIFY(commands.size() >= 10);
        for (const QString &c : commands)
            QVERIFY2(text.contains(QStringLiteral(".BI ") + c) ||
                         text.contains(QStringLiteral(".B ") + c),
                     qPrintable(c));
    }

    void completionKnowsEveryCommand()
    {
        const QString bash = tool(QStringLiteral("bash"));
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        const QString script =
            installed(QStringLiteral("share/bash-completion/completions/crosscheck-cli"));
        const auto complete = [&](const QString &line) {
            const QString code =
                QStringLiteral(
                    "source '%1'; COMP_WORDS=(%2); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
                    "_crosscheck_cli; printf '%s\\n' \"${COMPREPLY[@]}\"")
                    .arg(script, line);
            return run(bash, {QStringLiteral("-c"), code}).out.split(u'\n', Qt::SkipEmptyParts);
        };
        const QStringList all = complete(QStringLiteral("crosscheck-cli ''"));
        for (const QString &c : cliCommands())
            QVERIFY2(all.contains(c), qPrintable(c));
        QCOMPARE(complete(QStringLiteral("crosscheck-cli ex")),
                 QStringList{QStringLiteral("export")});
        QVERIFY(complete(QStringLiteral("crosscheck-cli export p.crosscheck --f"))
                    .contains(QStringLiteral("--format")));
        QVERIFY(complete(QStringLiteral("crosscheck-cli export p.crosscheck --format ''"))
                    .contains(QStringLiteral("qdpx")));
        const QString zsh = QStandardPaths::findExecutable(QStringLiteral("zsh"));
        if (!zsh.isEmpty())
            QCOMPARE(run(zsh, {QStringLiteral("-n"),
                               installed(
                                   QStringLiteral("share/zsh/vendor-completions/_crosscheck-cli"))})
                         .code,
                     0);
    }

    void installedBinariesAnswerWithoutADisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(v));
        const Run version =
            run(installed(QStringLiteral("bin/crosscheck")), {QStringLiteral("--version")}, env);
        QVERIFY2(version.code == 0, qPrintable(version.err));
        QCOMPARE(version.out.trimmed(), QStringLiteral("Crosscheck " CROSSCHECK_VERSION));
        const Run help =
            run(installed(QStringLiteral("bin/crosscheck")), {QStringLiteral("--help")}, env);
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("--read-only")));
        const Run cli = run(installed(QStringLiteral("bin/crosscheck-cli")),
                            {QStringLiteral("--version")}, env);
        QCOMPARE(cli.code, 0);
        QVERIFY(cli.out.contains(QStringLiteral(CROSSCHECK_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
