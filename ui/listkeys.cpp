// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listkeys.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace Crosscheck::Ui {

namespace {
class Forwarder final : public QObject
{
public:
    Forwarder(QLineEdit *field, QAbstractItemView *list)
        : QObject(field)
        , m_list(list)
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
                key == Qt::Key_PageUp) {
                QKeyEvent copy(QEvent::KeyPress, key, Qt::NoModifier);
                QCoreApplication::sendEvent(m_list, &copy);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_list;
};
} // namespace

void forwardListKeys(QLineEdit *field, QAbstractItemView *list)
{
    field->installEventFilter(new Forwarder(field, list));
}

} // namespace Crosscheck::Ui
