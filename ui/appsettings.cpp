// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "settings.h"

namespace Crosscheck::Ui {

namespace {
const Setting<QString> kLanguage("Ui/language", QString());
const Setting<QString> kAuthor("Project/author", QString());
} // namespace

AppSettings &AppSettings::instance()
{
    static AppSettings settings;
    return settings;
}

QString AppSettings::language() const
{
    return kLanguage.value();
}

void AppSettings::setLanguage(const QString &language)
{
    kLanguage.setValue(language);
}

QString AppSettings::author() const
{
    return kAuthor.value();
}

void AppSettings::setAuthor(const QString &author)
{
    if (author == kAuthor.value())
        return;
    kAuthor.setValue(author);
    emit authorChanged(author);
}

} // namespace Crosscheck::Ui
