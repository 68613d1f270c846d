# The one place where the Qt 5 and Qt 6 flavours differ at build level.
# Sets: QT (Qt5/Qt6), QT_VERSION, CROSSCHECK_KSH_TARGET/STATUS, CROSSCHECK_POPPLER_TARGET,
# and the helper crosscheck_add_translations().
if(NOT QT_MAJOR_VERSION MATCHES "^(5|6)$")
    message(FATAL_ERROR "QT_MAJOR_VERSION must be 5 or 6, got '${QT_MAJOR_VERSION}'")
endif()
set(QT Qt${QT_MAJOR_VERSION})

if(QT_MAJOR_VERSION EQUAL 6)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Test LinguistTools)
    set(QT_VERSION ${Qt6_VERSION})
else()
    find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets Sql Test LinguistTools)
    set(QT_VERSION ${Qt5_VERSION})
endif()

# KSyntaxHighlighting: KF5 for Qt 5; KF6 (needs Qt >= 6.5) for Qt 6 when it is installed.
find_package(KF${QT_MAJOR_VERSION}SyntaxHighlighting QUIET)
if(KF${QT_MAJOR_VERSION}SyntaxHighlighting_FOUND)
    set(CROSSCHECK_KSH_TARGET KF${QT_MAJOR_VERSION}::SyntaxHighlighting)
    set(CROSSCHECK_KSH_STATUS "KF${QT_MAJOR_VERSION} ${KF${QT_MAJOR_VERSION}SyntaxHighlighting_VERSION}")
else()
    set(CROSSCHECK_KSH_TARGET "")
    set(CROSSCHECK_KSH_STATUS "not found, built-in fallback")
endif()

pkg_check_modules(POPPLER REQUIRED IMPORTED_TARGET poppler-qt${QT_MAJOR_VERSION})
set(CROSSCHECK_POPPLER_TARGET PkgConfig::POPPLER)
set(CROSSCHECK_POPPLER_VERSION ${POPPLER_VERSION})

get_target_property(CROSSCHECK_LRELEASE ${QT}::lrelease IMPORTED_LOCATION)
get_target_property(CROSSCHECK_LUPDATE ${QT}::lupdate IMPORTED_LOCATION)

# Compiles TS_FILES with lrelease into .qm files embedded in TARGET under :/i18n/.
# Done by hand (not qt_add_translations) so that both flavours behave the same.
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
