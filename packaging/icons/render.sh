#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNGs from the SVGs (rsvg-convert, Debian's librsvg2-bin). The PNGs are
# committed, so a build needs no SVG renderer; run this after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")"
for svg in org.crosscheck.Crosscheck.svg application-x-crosscheck.svg; do
    for size in 16 22 24 32 48 64 128 256; do
        mkdir -p "hicolor/${size}x${size}"
        rsvg-convert -w "$size" -h "$size" "$svg" -o "hicolor/${size}x${size}/${svg%.svg}.png"
    done
done
