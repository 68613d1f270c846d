#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README screenshots as a user would see them: the app in a virtual X server with a
# window manager, driven by real key presses (xdotool). Needs a build in build/
# (bash scripts/quickstart.sh sample builds it). Writes docs/screenshots/*.png.
set -euo pipefail
cd "$(dirname "$0")/.."
need=(xvfb xauth openbox xdotool imagemagick)
missing=()
for p in "${need[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
app=${1:-build/app/crosscheck}
cli=$(dirname "$app")/crosscheck-cli
out=docs/screenshots
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# The seeds (../shared/seeds, five real articles about one story) as a project, analysed.
seeds=""
if [ -d ../shared/seeds ]; then
    seeds=$scratch/seeds.crosscheck
    "$cli" new "$seeds" >/dev/null
    "$cli" import "$seeds" ../shared/seeds >/dev/null
    "$cli" analyze "$seeds" >/dev/null
fi
cat > "$scratch/session.sh" <<SESSION
set -e
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data
openbox >/dev/null 2>&1 &
sleep 1
"$PWD/$app" --sample --lang en >/dev/null 2>&1 &
sleep 3
xdotool key Down Down
import -window root "$PWD/$out/main-window.png"
xdotool key ctrl+shift+l
sleep 1
import -window root "$PWD/$out/reading-lens.png"
xdotool key ctrl+shift+l
xdotool key F1
sleep 1
import -window root "$PWD/$out/shortcut-overlay.png"
xdotool key Escape ctrl+4
sleep 1
import -window root "$PWD/$out/overlaps.png"
# The compare view: the pair with the moved paragraph, stepped to its third passage and to a
# difference inside it.
xdotool key alt+Down alt+Down alt+Down alt+Right alt+Right
sleep 1
import -window root "$PWD/$out/compare-view.png"
xdotool key ctrl+5 alt+Right
sleep 1
import -window root "$PWD/$out/family-view.png"
# Review mode: accept three contradiction candidates, then the first entity suggestions.
xdotool key ctrl+9
sleep 1
xdotool key a a a
sleep 1
import -window root "$PWD/$out/review-mode.png"
for i in \$(seq 1 30); do xdotool key j; done
xdotool key a a a a a a a a
sleep 1
xdotool key ctrl+7 Down
sleep 1
import -window root "$PWD/$out/entities.png"
xdotool key ctrl+8
sleep 1
import -window root "$PWD/$out/links.png"
# Two notes written from the keyboard (Ctrl+Shift+N, Ctrl+Return saves), then the Notes tab.
xdotool key ctrl+1 Down ctrl+2 ctrl+Home shift+ctrl+Right shift+ctrl+Right shift+ctrl+Right
xdotool key ctrl+shift+n
sleep 1
xdotool type --delay 20 "Check the tonnage against the port authority's log"
xdotool key ctrl+Return
sleep 1
xdotool key ctrl+1 Down Down ctrl+2 ctrl+End shift+ctrl+Left shift+ctrl+Left shift+ctrl+Left
xdotool key ctrl+shift+n
sleep 1
xdotool type --delay 20 "Only this outlet quotes the insurer: ask for the source"
xdotool key ctrl+Return
sleep 1
xdotool key ctrl+alt+n
sleep 1
import -window root "$PWD/$out/notes.png"
# File › Export…: End picks the PDF report; Return writes it beside the project.
xdotool key ctrl+shift+o
sleep 1
xdotool key End
sleep 1
import -window root "$PWD/$out/export-dialog.png"
xdotool key Return
sleep 3
kill %2
sleep 1
if [ -n "$seeds" ]; then
    "$PWD/$app" --lang en "$seeds" >/dev/null 2>&1 &
    seedsApp=\$!
    sleep 3
    xdotool key ctrl+6
    sleep 1
    import -window root "$PWD/$out/source-matrix-seeds.png"
    # The claims the five real articles disagree on, the first opened.
    xdotool key ctrl+0
    sleep 3
    import -window root "$PWD/$out/claims-seeds.png"
    xdotool key ctrl+9
    sleep 2
    import -window root "$PWD/$out/review-mode-seeds.png"
    # Search: a name in three spellings across four of the five articles.
    xdotool key ctrl+shift+f
    sleep 1
    xdotool type --delay 20 "Zelensky"
    xdotool key Return
    sleep 2
    import -window root "$PWD/$out/search-seeds.png"
    kill \$seedsApp
fi
kill %1
SESSION
xvfb-run -a -s "-screen 0 1280x800x24" bash "$scratch/session.sh"

# Colour themes: a dark and a light one of KSyntaxHighlighting's repository, chosen as
# Preferences › Appearance stores them (DARK_THEME / LIGHT_THEME pick others).
theme_app=$app
dark_theme=${DARK_THEME:-Breeze Dark}
light_theme=${LIGHT_THEME:-Solarized Light}
for variant in dark light; do
    name=$dark_theme; [ "$variant" = light ] && name=$light_theme
    conf=$scratch/theme-$variant/config/Crosscheck
    mkdir -p "$conf"
    printf '[Ui]\ntheme=%s\n' "$name" > "$conf/Crosscheck.conf"
    cat > "$scratch/theme-$variant.sh" <<SESSION
set -e
export XDG_CONFIG_HOME=$scratch/theme-$variant/config XDG_DATA_HOME=$scratch/theme-$variant/data
openbox >/dev/null 2>&1 &
sleep 1
"$PWD/$theme_app" --sample --lang en >/dev/null 2>&1 &
sleep 3
# The second source was imported from HTML: its original markup (Ctrl+U).
xdotool key Down ctrl+u
sleep 1
[ "$variant" = dark ] && import -window root "$PWD/$out/markup-view.png"
xdotool key ctrl+u ctrl+4
sleep 1
xdotool key alt+Down alt+Down alt+Down alt+Right alt+Right
sleep 1
import -window root "$PWD/$out/theme-$variant.png"
# File › Export… previews what it would write: the REFI-QDA project.qde (fourth format).
xdotool key ctrl+shift+o
sleep 1
xdotool key Down Down Down
sleep 2
[ "$variant" = light ] && import -window root "$PWD/$out/export-preview.png"
xdotool key Escape
kill %2
kill %1
SESSION
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$scratch/theme-$variant.sh"
done
# The second page of the analyst report written from the dialog (matrix, families, links).
report=$(find "$scratch" -name '*-report.pdf' | head -1)
if [ -n "$report" ] && command -v pdftoppm >/dev/null; then
    pdftoppm -f 2 -l 2 -r 80 -png -singlefile "$report" "$out/report-page-2"
fi
echo "wrote $out/*.png"
