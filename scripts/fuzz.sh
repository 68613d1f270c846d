#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Crosscheck authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes every importer with libFuzzer (clang, address and undefined-behaviour sanitizers):
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 60)
# Builds build-fuzz/, seeds each target with the project's own fixtures, runs it, and prints per
# target the runs, the CPU time and the findings (crash-*, leak-*, timeout-*, oom-* files in
# build-fuzz/findings/TARGET/). Exit status 1 when anything was found.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCROSSCHECK_FUZZ=ON -DCROSSCHECK_GUI=OFF -DCROSSCHECK_BUILD_TESTS=OFF >/dev/null
targets=(html markdown text pdf w3c qdpx)
cmake --build build-fuzz --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"
found=0
for t in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$t findings=build-fuzz/findings/$t
    mkdir -p "$corpus" "$findings"
    case $t in
    html) cp resources/sample/*.html "$corpus/"; find tests/data -name '*.html' -exec cp {} "$corpus/" \; ;;
    markdown) cp resources/sample/*.md "$corpus/" ;;
    text) find tests/data -name '*.txt' -size -64k -exec cp {} "$corpus/" \; ;;
    pdf) find tests/data -name '*.pdf' -size -256k -exec cp {} "$corpus/" \; ;;
    w3c) find tests/data -name '*.jsonld' -exec cp {} "$corpus/" \; ;;
    qdpx) find tests/data -name '*.qd*' -size -512k -exec cp {} "$corpus/" \; ;;
    esac
    start=$(date +%s.%N)
    log=build-fuzz/findings/$t.log
    ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen \
        ./build-fuzz/tests/fuzz/fuzz_$t "$corpus" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1 || true
    cpu=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')
    runs=$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    n=$(find "$findings" -maxdepth 1 -type f | wc -l)
    found=$((found + n))
    where=""; [ "$n" -gt 0 ] && where=" in $findings"
    echo "fuzz_$t: ${runs:-0} runs in ${cpu} s, $n finding(s)$where"
done
[ "$found" -eq 0 ]
