// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck: the GUI. Parses arguments, installs translations, builds the main window (the
// composition root) and opens a project if asked to.
#include "appsettings.h"
#include "commandline.h"
#include "mainwindow.h"
#include "version.h"

#include <core/util/appinit.h>

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Crosscheck;

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("crosscheck.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Crosscheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));
}

/// --help and --version, answered before the window system is needed (over ssh, in a
/// package's test, on a server without a display); false when the GUI should start.
bool answeredOnTheTerminal(int argc, char *argv[])
{
    QCoreApplication console(argc, argv);
    describeApplication();
    Ui::CommandLine options;
    QString error, helpText;
    // A usage error is left to the GUI's own parse, after Qt took its options (-platform …).
    if (!Ui::CommandLine::parse(console.arguments(), &options, &error, &helpText) ||
        helpText.isEmpty())
        return false;
    Core::installTranslations(&console, options.language.isEmpty()
                                            ? Ui::AppSettings::instance().language()
                                            : options.language);
    Ui::CommandLine::parse(console.arguments(), &options, &error, &helpText);
    std::fputs(qPrintable(helpText), stdout);
    return true;
}

QIcon applicationIcon()
{
    QIcon fallback;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        fallback.addFile(QStringLiteral(":/crosscheck/icons/%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("org.crosscheck.Crosscheck"), fallback);
}
} // namespace

int main(int argc, char *argv[])
{
    if (answeredOnTheTerminal(argc, argv))
        return 0;
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.crosscheck.Crosscheck"));
    QApplication::setWindowIcon(applicationIcon());

    Ui::CommandLine options;
    QString error;
    QString helpText;
    const bool parsed = Ui::CommandLine::parse(app.arguments(), &options, &error, &helpText);
    Core::installTranslations(&app, options.language.isEmpty()
                                        ? Ui::AppSettings::instance().language()
                                        : options.language);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    if (!helpText.isEmpty()) {
        std::fputs(qPrintable(helpText), stdout);
        return 0;
    }

    Ui::MainWindow window;
    window.show();
    options.apply(window);

    if (!options.screenshot.isEmpty()) {
        const QString file = options.screenshot;
        QTimer::singleShot(800, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
