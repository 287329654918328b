#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# `make test-stress`: the whole suite three times in a row, twice as many tests at once as
# there are cores, while stress-ng keeps every core busy beside it. A test that depends on
# how fast the machine is shows up here. Same private D-Bus session and keyring as
# `make test` (run-tests.sh).
set -euo pipefail
build_dir=$(realpath "${1:-build}")
shift || true
rounds=${PORTICO_STRESS_ROUNDS:-3}
cores=$(nproc)

stress-ng --cpu "$cores" --timeout 0 --quiet &
stress_pid=$!
trap 'kill "$stress_pid" 2>/dev/null; wait "$stress_pid" 2>/dev/null || true' EXIT

failed=0
for round in $(seq 1 "$rounds"); do
    echo "== round $round of $rounds: ctest -j$((2 * cores)) beside stress-ng --cpu $cores"
    if ! "$(dirname "$0")/run-tests.sh" "$build_dir" -j "$((2 * cores))" "$@"; then
        echo "== round $round failed"
        failed=1
    fi
done
exit "$failed"
