# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# KSyntaxHighlighting for the Qt 6 build, always the real library:
#   1. a system KF6SyntaxHighlighting (Debian 13, Ubuntu 24.04, Fedora, Arch, KDE's Flatpak runtime);
#   2. otherwise KSyntaxHighlighting 5.103.0 (the last release that builds against Qt < 6.5) built
#      from source for Qt 6 at configure time into a private prefix in the build tree, from
#      CROSSCHECK_KSH_SOURCE (a local copy of the source) or downloaded by FetchContent (the
#      upstream repository at the release's commit, which pins the content).
# There is no fallback: without either, configuring fails and says what to do. Debian's
# libkf5syntaxhighlighting-dev (built for Qt 5) is never looked for, and whatever is found is
# checked to link Qt 6 and no Qt 5 library.
# Sets CROSSCHECK_KSH_TARGET (an imported target), CROSSCHECK_KSH_STATUS (what and where from)
# and CROSSCHECK_KSH_LIBRARY_DIR (the private prefix's library folder, empty for a system one).

set(CROSSCHECK_KSH_SOURCE "" CACHE STRING
    "KSyntaxHighlighting 5.103.0 source to build when no system KF6SyntaxHighlighting is found: \
the release tarball (checked against its SHA-256) or an unpacked source folder; empty downloads it")
option(CROSSCHECK_KSH_FROM_SOURCE
       "Build KSyntaxHighlighting 5.103.0 from source even when a system KF6SyntaxHighlighting exists" OFF)

set(_ksh_version 5.103.0)
set(_ksh_commit fc939afbcff2d475384b8fa27ff2ec4a7654abd3) # tag v5.103.0
set(_ksh_repository https://invent.kde.org/frameworks/syntax-highlighting.git)
# `git archive --prefix=syntax-highlighting-5.103.0/ v5.103.0 | xz`, as kept in ../shared/third_party.
set(_ksh_tarball_sha256 5b03d2a4373913184e2e9c0e2fc527ee98e8b7705fd8a72e4b3a021f1973c2ee)

if(NOT CROSSCHECK_KSH_FROM_SOURCE)
    find_package(KF6SyntaxHighlighting 6 QUIET)
endif()

if(KF6SyntaxHighlighting_FOUND)
    set(CROSSCHECK_KSH_TARGET KF6::SyntaxHighlighting)
    set(CROSSCHECK_KSH_STATUS
        "system KF6 ${KF6SyntaxHighlighting_VERSION} (${KF6SyntaxHighlighting_DIR})")
    set(CROSSCHECK_KSH_LIBRARY_DIR "")
else()
    find_package(ECM ${_ksh_version} QUIET NO_MODULE)
    if(NOT ECM_FOUND)
        message(FATAL_ERROR
            "KSyntaxHighlighting: no system KF6SyntaxHighlighting, and building ${_ksh_version} from "
            "source needs extra-cmake-modules >= ${_ksh_version} (Debian: apt install extra-cmake-modules).")
    endif()

    # 1. The source: a local copy, or FetchContent from upstream.
    include(FetchContent)
    set(_ksh_src "")
    if(CROSSCHECK_KSH_SOURCE)
        get_filename_component(_ksh_local "${CROSSCHECK_KSH_SOURCE}" ABSOLUTE)
        if(IS_DIRECTORY "${_ksh_local}")
            if(NOT EXISTS "${_ksh_local}/src/lib/repository.cpp")
                message(FATAL_ERROR "CROSSCHECK_KSH_SOURCE=${_ksh_local} is not a KSyntaxHighlighting source folder")
            endif()
            set(_ksh_src "${_ksh_local}")
            set(_ksh_from "${_ksh_local}")
        elseif(EXISTS "${_ksh_local}")
            FetchContent_Declare(crosscheck_ksh
                URL "${_ksh_local}"
                URL_HASH SHA256=${_ksh_tarball_sha256}
                DOWNLOAD_EXTRACT_TIMESTAMP TRUE)
            set(_ksh_from "${_ksh_local} (SHA-256 checked)")
        else()
            message(FATAL_ERROR "CROSSCHECK_KSH_SOURCE=${CROSSCHECK_KSH_SOURCE} does not exist")
        endif()
    else()
        FetchContent_Declare(crosscheck_ksh
            GIT_REPOSITORY ${_ksh_repository}
            GIT_TAG ${_ksh_commit})
        set(_ksh_from "${_ksh_repository} at ${_ksh_commit}")
    endif()
    if(NOT _ksh_src)
        FetchContent_GetProperties(crosscheck_ksh)
        if(NOT crosscheck_ksh_POPULATED)
            message(STATUS "KSyntaxHighlighting: fetching ${_ksh_version} from ${_ksh_from}")
            FetchContent_Populate(crosscheck_ksh)
        endif()
        set(_ksh_src "${crosscheck_ksh_SOURCE_DIR}")
    endif()

    # 2. Built once per build tree (about 35 s on two cores) into a private prefix, isolated from
    #    this project's settings (its warnings-as-errors, its definitions, its install rules).
    set(_ksh_build "${CMAKE_BINARY_DIR}/_deps/ksyntaxhighlighting-build")
    set(_ksh_prefix "${CMAKE_BINARY_DIR}/_deps/ksyntaxhighlighting")
    set(_ksh_stamp "${_ksh_prefix}/crosscheck-build.stamp")
    set(_ksh_key "${_ksh_version};${_ksh_src};${CMAKE_CXX_COMPILER};${Qt6_DIR}")
    set(_ksh_done "")
    if(EXISTS "${_ksh_stamp}")
        file(READ "${_ksh_stamp}" _ksh_done)
    endif()
    if(NOT _ksh_done STREQUAL _ksh_key)
        message(STATUS "KSyntaxHighlighting: building ${_ksh_version} for Qt 6 into ${_ksh_prefix}")
        file(REMOVE_RECURSE "${_ksh_build}" "${_ksh_prefix}")
        set(_ksh_log "${CMAKE_BINARY_DIR}/_deps/ksyntaxhighlighting-build.log")
        execute_process(
            COMMAND ${CMAKE_COMMAND} -S "${_ksh_src}" -B "${_ksh_build}" -G "${CMAKE_GENERATOR}"
                    -DCMAKE_BUILD_TYPE=Release
                    -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
                    -DCMAKE_INSTALL_PREFIX=${_ksh_prefix}
                    -DKDE_INSTALL_LIBDIR=lib
                    -DCMAKE_PREFIX_PATH=${CMAKE_PREFIX_PATH}
                    -DQt6_DIR=${Qt6_DIR}
                    -DQT_MAJOR_VERSION=6
                    -DBUILD_TESTING=OFF -DBUILD_QCH=OFF
                    -DBUILD_codeeditor=OFF -DBUILD_codepdfprinter=OFF -DBUILD_minimaltest=OFF
                    -DCMAKE_DISABLE_FIND_PACKAGE_Qt6Quick=ON
            RESULT_VARIABLE _ksh_rc OUTPUT_FILE "${_ksh_log}" ERROR_FILE "${_ksh_log}")
        if(_ksh_rc EQUAL 0)
            execute_process(COMMAND ${CMAKE_COMMAND} --build "${_ksh_build}" --target install
                            RESULT_VARIABLE _ksh_rc OUTPUT_FILE "${_ksh_log}" ERROR_FILE "${_ksh_log}")
        endif()
        if(NOT _ksh_rc EQUAL 0)
            file(READ "${_ksh_log}" _ksh_err)
            string(LENGTH "${_ksh_err}" _ksh_len)
            if(_ksh_len GREATER 4000)
                math(EXPR _ksh_from_char "${_ksh_len} - 4000")
                string(SUBSTRING "${_ksh_err}" ${_ksh_from_char} -1 _ksh_err)
            endif()
            message(FATAL_ERROR "KSyntaxHighlighting ${_ksh_version} failed to build; the end of ${_ksh_log}:\n${_ksh_err}")
        endif()
        file(WRITE "${_ksh_stamp}" "${_ksh_key}")
    endif()
    find_package(KF5SyntaxHighlighting ${_ksh_version} EXACT REQUIRED NO_MODULE
                 PATHS "${_ksh_prefix}" NO_DEFAULT_PATH)
    set(CROSSCHECK_KSH_TARGET KF5::SyntaxHighlighting)
    set(CROSSCHECK_KSH_STATUS "${_ksh_version} built for Qt 6 from ${_ksh_from}")
    set(CROSSCHECK_KSH_LIBRARY_DIR "${_ksh_prefix}/lib")
endif()

# Whatever was found must link Qt 6 and nothing of Qt 5.
get_target_property(_ksh_real ${CROSSCHECK_KSH_TARGET} ALIASED_TARGET)
if(NOT _ksh_real)
    set(_ksh_real ${CROSSCHECK_KSH_TARGET})
endif()
get_target_property(_ksh_links ${_ksh_real} INTERFACE_LINK_LIBRARIES)
if(NOT "${_ksh_links}" MATCHES "Qt6::" OR "${_ksh_links}" MATCHES "Qt5")
    message(FATAL_ERROR "${CROSSCHECK_KSH_TARGET} does not link Qt 6 only (it links: ${_ksh_links})")
endif()
