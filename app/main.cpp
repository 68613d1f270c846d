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
#include <QTimer>

#include <cstdio>

using namespace Crosscheck;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QApplication::setApplicationName(QStringLiteral("Crosscheck"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));

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
