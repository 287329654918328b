// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/batch/csvhasher.h"

#include "sandbox/batch/csvreader.h"
#include "sandbox/hashing/featurehasher.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

const QByteArray kColumn = "Col2"_ba;
constexpr qsizetype kFlushBytes = 1 << 20;
constexpr qint64 kProgressEvery = 512;

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvHasher", text);
}

void appendCount(QByteArray &out, quint32 n)
{
    char buf[12];
    char *p = buf + sizeof buf;
    do {
        *--p = char('0' + n % 10);
        n /= 10;
    } while (n);
    out.append(p, buf + sizeof buf - p);
}

// One output file in one format; buffers rows and writes them in large pieces.
class TableWriter
{
public:
    TableWriter(CsvHasher::OutputFormat format, const QString &path)
        : m_format(format)
        , m_file(path)
    {
        m_buffer.reserve(kFlushBytes + 64 * 1024);
    }

    bool open() { return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate); }
    QString errorString() const { return m_file.errorString(); }

    void writeHeader(int bits)
    {
        const quint32 buckets = quint32(1) << bits;
        if (m_format == CsvHasher::OutputFormat::Arff) {
            m_buffer += "@RELATION output1\n\n@ATTRIBUTE Col2 STRING\n";
            for (quint32 k = 1; k <= buckets; ++k)
                m_buffer += "@ATTRIBUTE 'Col2 - Hashing feature " + QByteArray::number(k) + "' NUMERIC\n";
            m_buffer += "\n@DATA\n";
            return;
        }
        const char separator = m_format == CsvHasher::OutputFormat::Tsv ? '\t' : ',';
        m_buffer += kColumn;
        for (quint32 k = 1; k <= buckets; ++k)
            m_buffer += separator + "Col2 - Hashing feature "_ba + QByteArray::number(k);
        m_buffer += lineEnd();
    }

    bool writeRow(QByteArrayView text, const std::vector<quint32> &counts)
    {
        const char separator = m_format == CsvHasher::OutputFormat::Tsv ? '\t' : ',';
        if (m_format == CsvHasher::OutputFormat::Arff)
            appendArffString(text);
        else
            appendQuoted(text, separator);
        for (quint32 c : counts) {
            m_buffer += separator;
            appendCount(m_buffer, c);
        }
        m_buffer += lineEnd();
        return m_buffer.size() < kFlushBytes || flush();
    }

    bool flush()
    {
        if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
            return false;
        m_buffer.clear();
        return true;
    }

    bool close()
    {
        const bool ok = flush();
        m_file.close();
        return ok && m_file.error() == QFileDevice::NoError;
    }

private:
    QByteArrayView lineEnd() const
    {
        // RFC 4180 ends CSV records with CRLF; TSV and ARFF readers expect plain LF.
        return m_format == CsvHasher::OutputFormat::Csv ? QByteArrayView("\r\n") : QByteArrayView("\n");
    }

    void appendQuoted(QByteArrayView text, char separator)
    {
        bool quote = false;
        for (char c : text) {
            if (c == separator || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            m_buffer += text;
            return;
        }
        m_buffer += '"';
        for (char c : text) {
            if (c == '"')
                m_buffer += '"';
            m_buffer += c;
        }
        m_buffer += '"';
    }

    void appendArffString(QByteArrayView text)
    {
        m_buffer += '\'';
        for (char c : text) {
            switch (c) {
            case '\'':
                m_buffer += "\\'";
                break;
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            default:
                m_buffer += c;
                break;
            }
        }
        m_buffer += '\'';
    }

    CsvHasher::OutputFormat m_format;
    QFile m_file;
    QByteArray m_buffer;
};

CsvHasher::Result failure(const QString &details)
{
    CsvHasher::Result r;
    r.details = details;
    return r;
}

} // namespace

bool CsvHasher::formatFor(const QString &blobName, OutputFormat *format)
{
    if (blobName.endsWith(u".csv"_s, Qt::CaseInsensitive))
        *format = OutputFormat::Csv;
    else if (blobName.endsWith(u".tsv"_s, Qt::CaseInsensitive))
        *format = OutputFormat::Tsv;
    else if (blobName.endsWith(u".arff"_s, Qt::CaseInsensitive))
        *format = OutputFormat::Arff;
    else
        return false;
    return true;
}

CsvHasher::Result CsvHasher::run(const QString &inputPath, char delimiter,
                                 const std::map<OutputFormat, QString> &outputs, const HashingParameters &parameters,
                                 JobProgress *progress)
{
    QFile input(inputPath);
    if (!input.open(QIODevice::ReadOnly))
        return failure(tr("The downloaded input cannot be read: %1").arg(input.errorString()));
    progress->rowsTotal = std::max<qint64>(0, CsvReader::countRecords(&input) - 1);
    if (progress->cancel)
        return Result{false, true, {}, 0};
    input.seek(0);

    CsvReader reader(&input, delimiter);
    const CsvReader::Status headerStatus = reader.next();
    if (headerStatus == CsvReader::Status::Error)
        return failure(tr("The input is not valid CSV: %1.").arg(reader.errorString()));
    if (headerStatus == CsvReader::Status::End)
        return failure(tr("The input is empty: a header row naming the column Col2 is expected."));
    qsizetype column = -1;
    QStringList header;
    for (qsizetype i = 0; i < reader.fieldCount(); ++i) {
        header.append(QString::fromUtf8(reader.field(i)));
        if (column < 0 && reader.field(i) == kColumn)
            column = i;
    }
    if (column < 0) {
        return failure(tr("The input has no column named Col2; its header row (line 1) names: %1.")
                           .arg(header.join(u", "_s).left(300)));
    }
    const qsizetype width = reader.fieldCount();

    std::vector<std::unique_ptr<TableWriter>> writers;
    for (const auto &[format, path] : outputs) {
        auto writer = std::make_unique<TableWriter>(format, path);
        if (!writer->open())
            return failure(tr("Cannot write the output file %1: %2").arg(path, writer->errorString()));
        writer->writeHeader(parameters.bits);
        writers.push_back(std::move(writer));
    }

    const hashing::FeatureHasher hasher(parameters.bits, parameters.ngrams);
    std::vector<quint32> counts(hasher.bucketCount(), 0);
    qint64 rows = 0;
    for (;;) {
        const CsvReader::Status status = reader.next();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            return failure(tr("Row %1 of the input is not valid CSV: %2.").arg(rows + 1).arg(reader.errorString()));
        if (reader.fieldCount() != width) {
            return failure(tr("Row %1 of the input (line %2) has %3 fields where the header row has %4.")
                               .arg(rows + 1)
                               .arg(reader.recordLine())
                               .arg(reader.fieldCount())
                               .arg(width));
        }
        const QByteArrayView text = reader.field(column);
        std::fill(counts.begin(), counts.end(), 0);
        hasher.countInto(text, counts.data());
        for (auto &writer : writers) {
            if (!writer->writeRow(text, counts))
                return failure(tr("Cannot write the output: %1").arg(writer->errorString()));
        }
        ++rows;
        if (rows % kProgressEvery == 0) {
            progress->rowsDone.store(rows, std::memory_order_relaxed);
            if (progress->step)
                progress->step(rows);
            if (progress->cancel.load(std::memory_order_relaxed))
                return Result{false, true, {}, rows};
        }
    }
    for (auto &writer : writers) {
        if (!writer->close())
            return failure(tr("Cannot write the output: %1").arg(writer->errorString()));
    }
    progress->rowsDone = rows;
    progress->rowsTotal = rows;
    return Result{true, false, {}, rows};
}

} // namespace portico::sandbox
