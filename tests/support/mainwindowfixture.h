// SPDX-FileCopyrightText: 2026 The Crosscheck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A main window on a fresh copy of the sample project, shown, active and 1280×800, as the
// whole-window UI tests start.
#pragma once

#include "actions/fileactions.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "projectsession.h"

#include <QApplication>
#include <QFile>
#include <QTest>

#include <memory>

namespace TestData {

/// Opens the sample in a new window; nullptr (with a test failure) when it cannot.
inline std::unique_ptr<Crosscheck::Ui::MainWindow> sampleWindow()
{
    using namespace Crosscheck;
    QFile::remove(Ui::ProjectSession::samplePath()); // every window starts from a fresh sample
    // A named analyst: the window asks an unnamed one for a name before the first edit.
    Ui::AppSettings::instance().setAuthor(QStringLiteral("Test Analyst"));
    auto window = std::make_unique<Ui::MainWindow>();
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()) || !window->fileActions()->openSample()) {
        QTest::qFail("the sample project did not open in a window", __FILE__, __LINE__);
        return nullptr;
    }
    return window;
}

} // namespace TestData
