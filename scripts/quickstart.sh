#!/usr/bin/env bash
# Crosscheck on a fresh Debian 12 machine.
#   bash scripts/quickstart.sh sample   install what is needed, build (Qt 6), open the sample project
#   bash scripts/quickstart.sh test     install what is needed, build Qt 6 and Qt 5 flavours, run all tests
# Installing is idempotent (apt-get only installs what is missing). Builds go to build-qt6/ and
# build-qt5/ beside this script's project. Set CROSSCHECK_SKIP_APT=1 to skip the package step.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in sample | test) ;; *) echo "usage: bash scripts/quickstart.sh sample|test" >&2; exit 2 ;; esac

packages=(
    build-essential cmake ninja-build pkg-config git python3
    qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    libicu-dev libgumbo-dev libmd4c-dev libsqlite3-dev sqlite3 libpoppler-qt6-dev libstemmer-dev libzip-dev
    fonts-dejavu-core qt6-translations-l10n
)
if [ "$mode" = test ]; then
    # The Qt 5.15 flavour (with KSyntaxHighlighting from KDE Frameworks 5) and a display for GUI runs.
    packages+=(qtbase5-dev libqt5sql5-sqlite qttools5-dev qttools5-dev-tools libkf5syntaxhighlighting-dev
               libpoppler-qt5-dev qttranslations5-l10n clang-format python3-jsonschema
               libxml2-utils poppler-utils)
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
build() { # build DIR QT_MAJOR_VERSION [extra cmake args...]
    local dir=$1 qt=$2
    shift 2
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQT_MAJOR_VERSION="$qt" "$@"
    cmake --build "$dir" --parallel "$jobs"
}

if [ "$mode" = sample ]; then
    build build-qt6 6 -DCROSSCHECK_BUILD_TESTS=OFF
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec ./build-qt6/app/crosscheck --sample
    fi
    echo "No display found: running Crosscheck inside a virtual X server (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1280x800x24" ./build-qt6/app/crosscheck --sample
fi

# test: formatting, then both flavours with warnings as errors, each through ctest.
if command -v clang-format >/dev/null; then
    git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
    echo "clang-format: clean"
fi
status=0
for qt in 6 5; do
    echo "=== Qt $qt flavour ==="
    build "build-qt$qt" "$qt" -DCROSSCHECK_WERROR=ON
    (cd "build-qt$qt" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs") || status=1
done
exit $status
