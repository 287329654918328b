#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
# Q_ASSERT is compiled out of an optimised build unless QT_FORCE_ASSERTS is defined: a library
# whose asserts are live calls qt_assert. Fails naming each product library that does not.
set -euo pipefail
status=0
for lib in "$@"; do
    # A library nm cannot read is a failure that says so, not a library without asserts.
    if ! symbols=$(nm -u "$lib" 2>&1); then
        echo "cannot read the symbols of $lib: $symbols"
        status=1
        continue
    fi
    if ! grep -q 'qt_assert' <<<"$symbols"; then
        echo "Q_ASSERT is compiled out of $lib: build it with QT_FORCE_ASSERTS (see cmake/PorticoSettings.cmake)"
        status=1
    fi
done
exit $status
