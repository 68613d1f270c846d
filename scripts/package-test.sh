#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package as an IT department installs it: cpack builds it from build/ (made by
# `bash scripts/quickstart.sh test`), apt installs it with its dependencies, both programs run
# from /usr, the desktop sees the launcher, file type and icon, then apt removes it and nothing
# it installed stays behind. Changes the system: CI runs it (.ci/run), or run it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
apt_env=(env DEBIAN_FRONTEND=noninteractive)

echo "=== Debian package ==="
rm -f build/crosscheck_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/crosscheck_*.deb)
dpkg-deb --field "$deb" Package Version Depends
"${sudo_cmd[@]}" "${apt_env[@]}" apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
installed=$(dpkg-query -L crosscheck)
fail() { echo "package test: $*" >&2; exit 1; }

[ "$(command -v crosscheck)" = /usr/bin/crosscheck ] || fail "crosscheck is not on the PATH"
crosscheck-cli --version
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM crosscheck --version
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The GUI from the package on the bundled sample, offscreen, with a picture of its window.
HOME=$scratch XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data QT_QPA_PLATFORM=offscreen \
    crosscheck --sample --screenshot "$scratch/window.png"
[ -s "$scratch/window.png" ] || fail "the GUI drew no window"
echo "GUI: $(stat -c %s "$scratch/window.png") bytes of window picture"
# What the desktop reads, as installed.
desktop-file-validate /usr/share/applications/org.crosscheck.Crosscheck.desktop
cli=$(crosscheck-cli new "$scratch/p.crosscheck" >/dev/null && echo "$scratch/p.crosscheck")
# A project renamed without its suffix is still known by its content (SQLite's application_id).
cp "$cli" "$scratch/renamed"
if command -v gio >/dev/null; then
    type=$(gio info -a standard::content-type "$scratch/renamed" | sed -n 's/.*content-type: //p')
    [ "$type" = application/x-crosscheck ] || fail "a renamed project is $type"
    echo "MIME: a renamed project is $type (gio)"
fi
if [ -d /usr/share/mime/application ] && [ -f /usr/share/mime/application/x-crosscheck.xml ]; then
    echo "MIME: application/x-crosscheck is in the system database"
else
    fail "update-mime-database did not take application/x-crosscheck"
fi
if grep -q '^/usr/share/man/man1/crosscheck-cli.1' <<<"$installed"; then
    man -w crosscheck-cli
fi

"${sudo_cmd[@]}" "${apt_env[@]}" apt-get remove --purge -y -qq crosscheck >/dev/null
left=()
while IFS= read -r f; do
    [ -e "$f" ] && [ ! -d "$f" ] && left+=("$f")
done <<<"$installed"
[ ${#left[@]} -eq 0 ] || fail "left behind after removal: ${left[*]}"
[ ! -e /usr/share/mime/application/x-crosscheck.xml ] || fail "the MIME type outlived the package"
echo "package: installed, ran and removed cleanly ($(wc -l <<<"$installed") paths)"
