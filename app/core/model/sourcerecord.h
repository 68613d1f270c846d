#pragma once

#include "source.h"

#include <QByteArray>
#include <QString>

namespace Crosscheck::Core {

/// Everything stored for one source: what an import writes and what undoing a removal restores.
struct SourceRecord
{
    Source source;
    QString text;
    QByteArray original;
};

} // namespace Crosscheck::Core
