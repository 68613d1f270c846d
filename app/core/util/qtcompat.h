#pragma once
// The one place where C++ code differs between the Qt 5 and Qt 6 flavours (the build-level
// differences live in cmake/CrosscheckQt.cmake).

#include <QLibraryInfo>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <memory>

namespace Crosscheck::Compat {

// Poppler's Qt 6 binding returns std::unique_ptr, its Qt 5 binding raw owning pointers:
// owned() turns either into a std::unique_ptr.
template<typename T>
std::unique_ptr<T> owned(std::unique_ptr<T> p)
{
    return p;
}
template<typename T>
std::unique_ptr<T> owned(T *p)
{
    return std::unique_ptr<T>(p);
}

inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

// A null integer value to bind in SQL (NULL of type qint64).
inline QVariant nullInt64()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QVariant(QMetaType::fromType<qint64>());
#else
    return QVariant(QVariant::LongLong);
#endif
}

// Where a mouse event happened, in the receiving widget's coordinates.
inline QPointF eventPos(const QMouseEvent *event)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return event->position();
#else
    return event->localPos();
#endif
}

} // namespace Crosscheck::Compat
