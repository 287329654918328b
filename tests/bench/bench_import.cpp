// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Imports one API description, as File > Import does off the UI thread, once per process so
// the peak memory is that import's alone. Prints one JSON line:
//   ms          reading the file and importing it (parse, $refs, operations, samples)
//   operations  how many operations the import found
//   bytes       the file's size
//   peakRssKb   VmHWM after the import; baselineRssKb the same before reading the file
//   bench_import FILE
#include "client/interop/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

long vmHwmKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_import FILE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const long baseline = vmHwmKb();
    QElapsedTimer timer;
    timer.start();
    const portico::client::ImportResult result = portico::client::importFile(path);
    const qint64 ms = timer.elapsed();
    if (!result.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    std::printf("{\"ms\": %lld, \"operations\": %d, \"bytes\": %lld, \"peakRssKb\": %ld, \"baselineRssKb\": %ld}\n",
                static_cast<long long>(ms), result.operationCount(), static_cast<long long>(QFile(path).size()),
                vmHwmKb(), baseline);
    return 0;
}
