// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Crosscheck::Ui {

/// A typed settings key with its default, declared next to its use (Tiled's SessionOption).
template<typename T>
class Setting
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {}
    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace Crosscheck::Ui
