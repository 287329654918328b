// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Streams RFC 4180 records out of a file or any QIODevice: quoted fields with "" escapes,
// delimiters and CR/LF inside quotes, an optional UTF-8 byte order mark. Reads in chunks,
// so a file of any size costs one chunk and one record of memory.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

class QIODevice;

namespace portico::sandbox {

class CsvReader
{
public:
    enum class Status { Record, End, Error };

    explicit CsvReader(QIODevice *device, char delimiter = ',');

    // Reads the next record. After Error, errorString() names the line and the reason.
    Status next();
    qsizetype fieldCount() const { return qsizetype(m_spans.size()); }
    // Valid until the next call to next().
    QByteArrayView field(qsizetype i) const
    {
        const auto &[from, length] = m_spans[size_t(i)];
        return QByteArrayView(m_record.constData() + from, length);
    }
    // The 1-based line on which the current record starts (quoted line breaks count).
    qint64 recordLine() const { return m_recordLine; }
    QString errorString() const { return m_error; }

    // Counts the records left in the device, header included, without keeping any: a
    // quick pass that only tracks quotes, for progress totals.
    static qint64 countRecords(QIODevice *device);

private:
    bool fill();
    int get();
    int peek();
    Status fail(const QString &reason);

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_started = false;
    QByteArray m_record;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    QString m_error;
};

} // namespace portico::sandbox
