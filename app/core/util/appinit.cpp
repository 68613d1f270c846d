// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinit.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

// rcc-generated initialisers of the resources in this static library (schema, sample,
// translations). A static initialiser object would be dropped by the linker when nothing
// references its file, so every user of a resource calls ensureResources() instead.
static void initCrosscheckCoreResources()
{
    Q_INIT_RESOURCE(core);
    Q_INIT_RESOURCE(translations);
}

namespace Crosscheck::Core {

void ensureResources()
{
    static const bool done = [] {
        initCrosscheckCoreResources();
        return true;
    }();
    Q_UNUSED(done);
}

QStringList availableTranslations()
{
    ensureResources();
    QStringList langs;
    for (const QString &f :
         QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("crosscheck_*.qm")})) {
        const QString code = f.mid(11, f.size() - 14);
        if (code != QLatin1String("en")) // English is the source language; its .qm has plurals only
            langs << code;
    }
    return langs;
}

QString installTranslations(QCoreApplication *app, const QString &language)
{
    ensureResources();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("crosscheck"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        // Unsupported languages fall back to English, whose catalogue holds the plural forms
        // ("1 source", "2 sources") of the untranslated strings.
        if (!ours->load(QStringLiteral(":/i18n/crosscheck_en.qm"))) {
            delete ours;
            return QStringLiteral("en");
        }
        app->installTranslator(ours);
        return QStringLiteral("en");
    }
    app->installTranslator(ours);
    // Qt's own strings (standard dialog buttons) when the qttranslations package is there.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    return locale.name().left(2);
}

} // namespace Crosscheck::Core
