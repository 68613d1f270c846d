#pragma once

#include <QString>
#include <QStringList>

namespace Crosscheck::Core::Text {

/// Function words of \a language (primary tag, lower case), after the Snowball project's lists;
/// empty for languages without a list.
QStringList stopwords(const QString &language);

} // namespace Crosscheck::Core::Text
