#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Portico authors
"""Start-up time as a user sees it: from launching a program to its first painted window.

Usage: startup.py RUNS PROGRAM [PROGRAM...]

Each PROGRAM is started RUNS times with a fresh, empty data directory as its only argument,
the programs taking turns so that a noisy moment on the machine hits all of them alike. A
program prints "painted MS" once its window has painted (MS: milliseconds since its main()
began) and then exits. Prints one JSON line: per program, every launch's time and medians.

The clock runs here, in the parent, from just before the program is spawned to the moment its
line arrives. That covers what the program cannot time itself (exec, loading and relocating
its shared libraries, static initialisers) at sub-millisecond resolution; the process start
time in /proc/<pid>/stat would too, but only in clock ticks of 10 ms. Tear-down after the line
is not counted: a user has the window by then.
"""

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TIMEOUT_S = 60


def launch(program):
    data_dir = tempfile.mkdtemp(prefix="portico-startup.")
    try:
        with tempfile.TemporaryFile() as errors:
            start = time.perf_counter_ns()
            child = subprocess.Popen([program, data_dir], stdout=subprocess.PIPE, stderr=errors)
            line = child.stdout.readline()
            elapsed_ms = (time.perf_counter_ns() - start) / 1e6
            try:
                child.wait(timeout=TIMEOUT_S)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            words = line.split()
            if len(words) != 2 or words[0] != b"painted" or child.returncode != 0:
                errors.seek(0)
                sys.stderr.write(f"{program} did not report its first paint (exit status {child.returncode}):\n")
                sys.stderr.write(errors.read().decode("utf-8", "replace"))
                sys.exit(1)
            return elapsed_ms, float(words[1])
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: startup.py RUNS PROGRAM [PROGRAM...]\n")
        return 2
    runs, programs = int(argv[1]), argv[2:]
    results = {p: {"total_ms": [], "in_process_ms": []} for p in programs}
    for _ in range(runs):
        for program in programs:
            total, in_process = launch(program)
            results[program]["total_ms"].append(round(total, 1))
            results[program]["in_process_ms"].append(round(in_process, 1))
    out = []
    for program in programs:
        r = results[program]
        out.append({"program": program, "total_ms": r["total_ms"], "in_process_ms": r["in_process_ms"],
                    "median_ms": statistics.median(r["total_ms"]),
                    "median_in_process_ms": statistics.median(r["in_process_ms"])})
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
