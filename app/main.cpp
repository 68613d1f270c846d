// crosscheck: the GUI. Parses arguments, installs translations, builds the main window (the
// composition root) and opens a project if asked to.
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "projectcontroller.h"

#include "util/appinit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace Crosscheck;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Crosscheck"));
    QApplication::setApplicationName(QStringLiteral("Crosscheck"));
    QApplication::setApplicationVersion(QStringLiteral(CROSSCHECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Compare news articles about one event."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sample(QStringLiteral("sample"),
                                    QStringLiteral("Open the bundled sample project."));
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      QStringLiteral("Open the project read-only."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("Interface language (en, de, uk)."),
                                      QStringLiteral("code"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE and quit."), QStringLiteral("file"));
    parser.addOptions({sample, readOnly, language, screenshot});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QStringLiteral("A .crosscheck project to open."));
    parser.process(app);

    const QString lang =
        parser.isSet(language) ? parser.value(language) : Ui::PreferencesDialog::languageSetting();
    Core::installTranslations(&app, lang);

    Ui::MainWindow window;
    window.show();
    if (parser.isSet(sample))
        window.controller()->openSample();
    else if (!parser.positionalArguments().isEmpty())
        window.controller()->openProject(parser.positionalArguments().first());

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(800, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
