# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Qt 6 (Debian 12 has 6.4.2), Poppler's Qt 6 binding and the translation helper.
# Sets QT_VERSION, CROSSCHECK_POPPLER_TARGET/VERSION and crosscheck_add_translations().
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Network Test LinguistTools)
set(QT_VERSION ${Qt6_VERSION})

pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler-qt6)
set(CROSSCHECK_POPPLER_TARGET PkgConfig::POPPLER)
set(CROSSCHECK_POPPLER_VERSION ${POPPLER_VERSION})

get_target_property(CROSSCHECK_LRELEASE Qt6::lrelease IMPORTED_LOCATION)
get_target_property(CROSSCHECK_LUPDATE Qt6::lupdate IMPORTED_LOCATION)

# Compiles TS_FILES with lrelease into .qm files embedded in TARGET under :/i18n/.
function(crosscheck_add_translations TARGET)
    cmake_parse_arguments(ARG "" "" "TS_FILES" ${ARGN})
    set(qrc "${CMAKE_CURRENT_BINARY_DIR}/translations.qrc")
    set(qrc_body "<RCC><qresource prefix=\"/i18n\">\n")
    set(qm_files "")
    foreach(ts ${ARG_TS_FILES})
        get_filename_component(base ${ts} NAME_WE)
        set(qm "${CMAKE_CURRENT_BINARY_DIR}/${base}.qm")
        add_custom_command(OUTPUT ${qm}
            COMMAND ${CROSSCHECK_LRELEASE} -silent ${ts} -qm ${qm}
            DEPENDS ${ts} VERBATIM)
        list(APPEND qm_files ${qm})
        string(APPEND qrc_body "  <file>${base}.qm</file>\n")
    endforeach()
    string(APPEND qrc_body "</qresource></RCC>\n")
    file(WRITE ${qrc} "${qrc_body}")
    set_source_files_properties(${qrc} PROPERTIES OBJECT_DEPENDS "${qm_files}")
    target_sources(${TARGET} PRIVATE ${qrc} ${qm_files})
endfunction()
