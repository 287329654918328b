#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
"""Times scikit-learn's HashingVectorizer on a Col2 CSV, as the baseline the sandbox's
feature hashing throughput is compared against.

Usage: sklearn_hashing.py FILE

FILE is a CSV with the header row "Col2" and one text per row (as make_rows.py writes).
Prints one JSON line: {"rows": N, "seconds": S, "seconds_with_io": T, "rows_per_second": R}
where S covers transform() only and T also covers reading the file.
"""

import csv
import json
import sys
import time


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: sklearn_hashing.py FILE\n")
        return 2
    path = argv[1]

    try:
        from sklearn.feature_extraction.text import HashingVectorizer
    except ImportError as error:
        sys.stderr.write(f"scikit-learn is not importable ({error}); "
                         "install the Debian package python3-sklearn\n")
        return 3

    # Same settings as the AzureML module in the sandbox: 3 bits, uni+bigrams, case kept,
    # whitespace tokens, raw counts. Its bucket values differ (sklearn hashes joined
    # n-gram strings), so this measures throughput only, not parity.
    vectorizer = HashingVectorizer(n_features=8, ngram_range=(1, 2), lowercase=False,
                                   token_pattern=r"(?u)\S+", alternate_sign=False, norm=None)

    started = time.perf_counter()
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != ["Col2"]:
            sys.stderr.write(f"{path}: expected header row 'Col2', got {header!r}\n")
            return 1
        rows = [row[0] if row else "" for row in reader]
    read_done = time.perf_counter()

    vectorizer.transform(rows)
    finished = time.perf_counter()

    seconds = finished - read_done
    print(json.dumps({
        "rows": len(rows),
        "seconds": round(seconds, 6),
        "seconds_with_io": round(finished - started, 6),
        "rows_per_second": round(len(rows) / seconds, 1) if seconds > 0 else None,
    }, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
