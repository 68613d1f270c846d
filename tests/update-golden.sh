#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates every golden file (tests/data/golden, tests/data/diff/*.expected) from the current
# build, as KSyntaxHighlighting's update-reference-data.sh does: review the diff before committing.
# Usage: tests/update-golden.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target tst_exportgolden tst_worddiff
for t in tst_exportgolden tst_worddiff; do
    CROSSCHECK_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$build/tests/$t" >/dev/null
done
git status --short tests/data
