// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// crosscheck-cli: headless commands over the core library (no Qt Widgets).
#include "cli.h"
#include "version.h"

#include <core/util/appinit.h>

#include <QGuiApplication>

namespace {
QtMessageHandler defaultHandler = nullptr;

/// Drops Qt's note about an unset XDG_RUNTIME_DIR (nothing here uses it), so that stderr holds
/// only progress and problems.
void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    defaultHandler = qInstallMessageHandler(messageHandler);
    // The report's pictures are painted, which needs a QGuiApplication; the command line never
    // shows a window, so it always runs on the offscreen platform (no display needed).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QCoreApplication::setApplicationName(QStringLiteral("crosscheck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));
    Crosscheck::Core::installTranslations(&app, qEnvironmentVariable("CROSSCHECK_LANG"));
    return Crosscheck::Cli::run(QCoreApplication::arguments().mid(1));
}
