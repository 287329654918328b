// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The batch job's work proper, run on a worker pool: reads the input CSV (or TSV) as a
// stream, hashes its Col2 column exactly as the request-response endpoint does, and writes
// the scored table in each requested output format. Reports progress through atomics and
// stops when asked.

#include "sandbox/scoring/rrsscorer.h"

#include <QString>

#include <atomic>
#include <functional>
#include <map>

namespace portico::sandbox {

// Shared between the pool task and whoever watches or cancels it.
struct JobProgress
{
    std::atomic<qint64> rowsDone{0};
    std::atomic<qint64> rowsTotal{-1}; // -1 until counted
    std::atomic<bool> cancel{false};
    // When set, called on the worker each time rowsDone moves on, before the worker looks
    // at cancel. It may hold the worker there (a test or a demonstration pacing the job).
    std::function<void(qint64 rowsDone)> step;
};

class CsvHasher
{
public:
    enum class OutputFormat { Csv, Tsv, Arff };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString details; // why it failed, naming the line when a row is to blame
        qint64 rows = 0;
    };

    // By the blob name's extension; false for anything but .csv, .tsv and .arff.
    static bool formatFor(const QString &blobName, OutputFormat *format);

    // delimiter: ',' for CSV input, '\t' for TSV. outputs maps each format to a file.
    static Result run(const QString &inputPath, char delimiter, const std::map<OutputFormat, QString> &outputs,
                      const HashingParameters &parameters, JobProgress *progress);
};

} // namespace portico::sandbox
