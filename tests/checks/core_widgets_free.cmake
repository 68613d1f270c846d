# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when app/core mentions Qt Widgets or when crosscheck-cli (core only) links it.
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp" "${CORE_DIR}/CMakeLists.txt")
foreach(f ${sources})
    file(STRINGS "${f}" hits REGEX "#include <Qt?Widgets|#include <QWidget|#include <QApplication>|#include <QAction>|Qt6?::Widgets|#include <QUndoStack")
    if(hits)
        message(FATAL_ERROR "${f} depends on Qt Widgets: ${hits}")
    endif()
endforeach()
find_program(LDD ldd)
if(LDD)
    execute_process(COMMAND ${LDD} ${CLI} OUTPUT_VARIABLE libs)
    if(libs MATCHES "Widgets")
        message(FATAL_ERROR "crosscheck-cli links Qt Widgets:\n${libs}")
    endif()
endif()
message(STATUS "app/core and crosscheck-cli are free of Qt Widgets")
