#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# `make test`: every test, on a private D-Bus session with an unlocked gnome-keyring
# (see with-keyring.sh). Fails when no test ran.
set -euo pipefail
build_dir=$(realpath "${1:-build}")
shift || true
exec "$(dirname "$0")/with-keyring.sh" ctest --test-dir "$build_dir" --output-on-failure --no-tests=error -j "$(nproc)" "$@"
