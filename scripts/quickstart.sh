#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Crosscheck on a fresh Debian 12 machine.
#   bash scripts/quickstart.sh sample   install what is needed, build (Qt 6), open the sample project
#   bash scripts/quickstart.sh test     install what is needed, build with warnings as errors, run all tests
# Installing is idempotent (apt-get only installs what is missing). The build goes to build/ in this
# script's project. Set CROSSCHECK_SKIP_APT=1 to skip the package step.
# KSyntaxHighlighting: a system KF6SyntaxHighlighting when there is one; otherwise CMake builds
# 5.103.0 for Qt 6 from ../shared/third_party/ when that copy is beside the project (machines
# without a network), else from upstream (see cmake/CrosscheckKSyntaxHighlighting.cmake).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in sample | test) ;; *) echo "usage: bash scripts/quickstart.sh sample|test" >&2; exit 2 ;; esac

packages=(
    build-essential cmake ninja-build pkg-config git python3 perl xz-utils
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    extra-cmake-modules qtkeychain-qt6-dev
    libicu-dev libgumbo-dev libmd4c-dev libsqlite3-dev sqlite3 libpoppler-qt6-dev libstemmer-dev libcld2-dev libzip-dev zlib1g-dev
    fonts-dejavu-core qt6-translations-l10n
)
if [ "$mode" = test ]; then
    packages+=(clang-format python3-jsonschema libxml2-utils poppler-utils wordnet-base postgresql-15 libqt6sql6-psql
        desktop-file-utils appstream man-db shared-mime-info zsh libglib2.0-bin)
fi
if [ "$mode" = sample ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    packages+=(xvfb xauth)
fi

if [ "${CROSSCHECK_SKIP_APT:-0}" != 1 ]; then
    missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo_cmd=()
        [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
        echo "Installing: ${missing[*]}"
        "${sudo_cmd[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
fi

jobs=$(nproc)
ksh_args=()
ksh_tarball=../shared/third_party/syntax-highlighting-5.103.0.tar.xz
if [ -f "$ksh_tarball" ]; then
    ksh_args=(-DCROSSCHECK_KSH_SOURCE="$(cd "$(dirname "$ksh_tarball")" && pwd)/$(basename "$ksh_tarball")")
fi
build() { # build [extra cmake args...]
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release "${ksh_args[@]}" "$@"
    cmake --build build --parallel "$jobs"
}

if [ "$mode" = sample ]; then
    build -DCROSSCHECK_BUILD_TESTS=OFF -DCROSSCHECK_WERROR=OFF
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec ./build/app/crosscheck --sample
    fi
    echo "No display found: running Crosscheck inside a virtual X server (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1280x800x24" ./build/app/crosscheck --sample
fi

# test: formatting, the build with warnings as errors, the sanitizer stage, then ctest.
if command -v clang-format >/dev/null; then
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
    echo "clang-format: clean"
fi
build -DCROSSCHECK_BUILD_TESTS=ON -DCROSSCHECK_WERROR=ON

# The reliability harness's quick mode again, on crosscheck-cli built with AddressSanitizer and
# UndefinedBehaviorSanitizer (core and CLI only): kills, mutated project files, hostile inputs.
echo "=== crosscheck-cli under ASan/UBSan: reliability harness, quick mode ==="
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O0 -g1" \
    -DCROSSCHECK_GUI=OFF -DCROSSCHECK_BUILD_TESTS=OFF -DCROSSCHECK_SANITIZE=address,undefined >/dev/null
cmake --build build-asan --parallel "$jobs" --target crosscheck-cli
ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:abort_on_error=1 \
    python3 tests/reliability/harness.py --cli build-asan/app/crosscheck-cli --quick --seed 1 \
    --no-memory-limit

# Every test of the build (the harness's quick mode among them), last.
echo "=== ctest ==="
cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs"
