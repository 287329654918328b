#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
"""Writes an AzureML RRS answer of about SIZE bytes: one "output1" table with the nine
columns of the feature hashing service, whose Values hold texts and hashing counts.

Usage: make_azureml_json.py FILE SIZE

Each table row is on a line of its own. A compact answer is a single line, which the Raw
view shows as one cut-short row with nothing to index; one row per line is how a
re-indented or pretty-printing server's answer arrives, and about a million lines at
100 MB is the harder case for every view. The file ends at the last row boundary within
SIZE, so it is a few dozen bytes under, never over: a "1 MiB" body is not a few bytes past
a limit that a reader applies at exactly 1 MiB.
"""

import random
import sys

from make_rows import VOCABULARY

COLUMNS = ["Col2"] + [f"Col2 - Hashing feature {i}" for i in range(1, 9)]
TYPES = ["String"] + ["Int32"] * 8
# Rows are drawn from a pool rather than one by one: Python's random module would take
# longer than everything the benchmark measures; no reader keeps or compares whole rows.
POOL_ROWS = 65_536


def quoted(items):
    return ",".join('"' + item + '"' for item in items)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: make_azureml_json.py FILE SIZE\n")
        return 2
    path, size = argv[1], int(argv[2])
    rng = random.Random(42)
    pool = []
    for _ in range(POOL_ROWS):
        text = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(3, 12)))
        counts = [str(rng.choice((0, 0, 0, 1, 1, 2, 3))) for _ in range(8)]
        pool.append(("[" + quoted([text] + counts) + "]").encode("utf-8"))

    head = ('{"Results":{"output1":{"type":"table","value":{"ColumnNames":[' + quoted(COLUMNS)
            + '],"ColumnTypes":[' + quoted(TYPES) + '],"Values":[\n').encode("utf-8")
    tail = b"\n]}}}}\n"
    written = len(head) + len(tail)
    rows = 0
    with open(path, "wb") as f:
        f.write(head)
        chunk = []
        while True:
            row = pool[rows % POOL_ROWS]
            separator = b",\n" if rows else b""
            if rows and written + len(separator) + len(row) > size:
                break
            chunk.append(separator + row)
            written += len(separator) + len(row)
            rows += 1
            if len(chunk) >= 8192:
                f.write(b"".join(chunk))
                chunk.clear()
        f.write(b"".join(chunk))
        f.write(tail)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
