// crosscheck-cli: headless commands over the core library (no Qt Widgets).
#include "cli.h"

#include "util/appinit.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QCoreApplication::setApplicationName(QStringLiteral("crosscheck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));
    Crosscheck::Core::installTranslations(&app, qEnvironmentVariable("CROSSCHECK_LANG"));
    return Crosscheck::Cli::run(QCoreApplication::arguments().mid(1));
}
