// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "actions/fileactions.h"
#include "mainwindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Crosscheck::Ui {

bool CommandLine::parse(const QStringList &arguments, CommandLine *out, QString *error,
                        QString *helpText)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Crosscheck::Ui::CommandLine", "Compare news articles about one event."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sample(
        QStringLiteral("sample"), QCoreApplication::translate("Crosscheck::Ui::CommandLine",
                                                              "Open the bundled sample project."));
    const QCommandLineOption readOnly(
        QStringLiteral("read-only"),
        QCoreApplication::translate("Crosscheck::Ui::CommandLine",
                                    "Open the project read-only: nothing is written to it."));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("Crosscheck::Ui::CommandLine",
                                    "Interface language (en, de, uk)."),
        QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Crosscheck::Ui::CommandLine",
                                    "Save a picture of the window to FILE and quit."),
        QStringLiteral("file"));
    parser.addOptions({sample, readOnly, language, screenshot});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("Crosscheck::Ui::CommandLine",
                                                             "A .crosscheck project to open."));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    out->language = parser.value(language); // --help in that language too
    if (parser.isSet(help) || parser.isSet(version)) {
        *helpText = parser.isSet(help) ? parser.helpText()
                                       : QCoreApplication::applicationName() + u' ' +
                                             QCoreApplication::applicationVersion() + u'\n';
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (parser.isSet(sample) && !positional.isEmpty())) {
        *error = QCoreApplication::translate("Crosscheck::Ui::CommandLine",
                                             "Give one project, or --sample.");
        return false;
    }
    if (parser.isSet(readOnly) && positional.isEmpty()) {
        *error = QCoreApplication::translate("Crosscheck::Ui::CommandLine",
                                             "--read-only needs a project to open.");
        return false;
    }
    out->sample = parser.isSet(sample);
    out->readOnly = parser.isSet(readOnly);
    out->screenshot = parser.value(screenshot);
    out->project = positional.value(0);
    return true;
}

bool CommandLine::apply(MainWindow &window) const
{
    if (sample)
        return window.fileActions()->openSample();
    if (!project.isEmpty())
        return window.fileActions()->openProject(project, readOnly);
    return true;
}

} // namespace Crosscheck::Ui
