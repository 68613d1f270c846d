#include "appinit.h"
#include "qtcompat.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

// rcc-generated initialisers of resources in this static library; called once at load time
// so that every program linking the core sees the schema, sample and translations.
static void initCrosscheckCoreResources()
{
    Q_INIT_RESOURCE(core);
    Q_INIT_RESOURCE(translations);
}

namespace {
struct ResourceInit
{
    ResourceInit() { initCrosscheckCoreResources(); }
} s_resourceInit;
} // namespace

namespace Crosscheck::Core {

QStringList availableTranslations()
{
    QStringList langs;
    for (const QString &f : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("crosscheck_*.qm")})) {
        langs << f.mid(11, f.size() - 14);
    }
    return langs;
}

QString installTranslations(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (language == QLatin1String("en"))
        return QStringLiteral("en");
    auto *ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("crosscheck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    app->installTranslator(ours);
    // Qt's own strings (standard dialog buttons) when the qttranslations package is there.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), Compat::qtTranslationsPath()))
        app->installTranslator(qt);
    else
        delete qt;
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    return locale.name().left(2);
}

} // namespace Crosscheck::Core
