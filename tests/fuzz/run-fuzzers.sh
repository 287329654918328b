#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# `make fuzz`: configures and builds the libFuzzer targets (clang-14, ASan + UBSan) in their
# own build folder, runs each for FUZZ_SECONDS on a copy of its seed corpus, and prints per
# target the executions, exec/s, coverage (cov/ft) and any finding. Exit status 1 when any
# target finds a crash, leak, hang or undefined behaviour, or when no fuzzer was built.
set -uo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath -m "${1:-build-fuzz}")
seconds=${FUZZ_SECONDS:-60}
if [ ! -f "$build/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPORTICO_FUZZ=ON || exit 1
fi
nice -n 5 cmake --build "$build" || exit 1
failed=0
printf '%-22s %12s %10s %8s %8s  %s\n' target executions exec/s cov ft result
ran=0
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    # Only the fuzzers themselves, not the build's folders that share their prefix.
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=${fuzzer##*/fuzz_}
    # FUZZ_TARGETS="csvreader redactor" runs only those.
    if [ -n "${FUZZ_TARGETS:-}" ] && [[ " $FUZZ_TARGETS " != *" $name "* ]]; then
        continue
    fi
    ran=$((ran + 1))
    work="$build/fuzz-runs/$name"
    # A finding of an earlier run must not be reported, nor hide one of this run.
    rm -rf "$work/artifacts"
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -r "$src/tests/fuzz/corpus/$name/." "$work/corpus/" 2>/dev/null
    [ -d "$src/tests/fuzz/regressions/$name" ] && cp -r "$src/tests/fuzz/regressions/$name/." "$work/corpus/"
    log="$work/log.txt"
    nice -n 5 "$fuzzer" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/" "$work/corpus" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$')
    last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov:' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' <<<"$last" | grep -o '[0-9]*')
    ft=$(grep -o 'ft: [0-9]*' <<<"$last" | grep -o '[0-9]*')
    result=ok
    # libFuzzer exits non-zero on a crash, leak, timeout or out-of-memory; an artifact left
    # behind counts too, whatever the exit status says.
    finding=$(ls "$work/artifacts" | head -1)
    if [ $rc -ne 0 ] || [ -n "$finding" ]; then
        failed=1
        result="FOUND: ${finding:-exit status $rc} (log: $log)"
    fi
    printf '%-22s %12s %10s %8s %8s  %s\n' "$name" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
if [ $ran -eq 0 ]; then
    echo "no fuzzers in $build/tests/fuzz" >&2
    exit 1
fi
exit $failed
