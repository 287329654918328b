// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The batch CSV reader (first byte picks the delimiter). Records come with a line that
// never goes back, the count agrees with the records read, and errors name their line.
#include "fuzzinput.h"

#include "sandbox/batch/csvreader.h"

#include <QBuffer>

using namespace portico;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const char delimiters[] = {',', ';', '\t', '|'};
    const char delimiter = delimiters[data[0] % 4];
    QByteArray input = fuzz::bytes(data + 1, size - 1);

    QBuffer device(&input);
    device.open(QIODevice::ReadOnly);
    sandbox::CsvReader reader(&device, delimiter);
    qint64 records = 0;
    qint64 lastLine = 0;
    sandbox::CsvReader::Status status;
    while ((status = reader.next()) == sandbox::CsvReader::Status::Record) {
        ++records;
        fuzz::require(reader.recordLine() > lastLine, "each record starts on a later line");
        lastLine = reader.recordLine();
        qsizetype bytesInFields = 0;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            bytesInFields += reader.field(i).size();
        fuzz::require(bytesInFields <= input.size(), "fields hold no more than the input");
    }
    if (status == sandbox::CsvReader::Status::Error) {
        fuzz::require(!reader.errorString().isEmpty(), "an error says where");
        return 0;
    }
    QBuffer again(&input);
    again.open(QIODevice::ReadOnly);
    fuzz::require(sandbox::CsvReader::countRecords(&again) == records, "the quick count agrees with the reader");
    return 0;
}
