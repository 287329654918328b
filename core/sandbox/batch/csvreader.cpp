// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/batch/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

constexpr qsizetype kChunk = 1 << 20;

} // namespace

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
    , m_buffer(kChunk, Qt::Uninitialized)
{ }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const qint64 n = m_device->read(m_buffer.data(), m_buffer.size());
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_pos = 0;
    m_end = qsizetype(n);
    if (!m_started) {
        m_started = true;
        if (m_end >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0)
            m_pos = 3;
    }
    return m_pos < m_end || fill();
}

inline int CsvReader::get()
{
    if (m_pos == m_end && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

inline int CsvReader::peek()
{
    if (m_pos == m_end && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

CsvReader::Status CsvReader::fail(const QString &reason)
{
    m_error = QCoreApplication::translate("CsvReader", "line %1: %2").arg(m_line).arg(reason);
    return Status::Error;
}

CsvReader::Status CsvReader::next()
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    m_record.resize(0); // keeps the capacity, unlike clear()
    m_spans.clear();
    m_recordLine = m_line;
    State state = State::FieldStart;
    qsizetype fieldFrom = 0;
    qint64 quoteLine = m_line;
    bool any = false;
    auto endField = [&] {
        m_spans.emplace_back(fieldFrom, m_record.size() - fieldFrom);
        fieldFrom = m_record.size();
    };
    auto endLine = [&](int c) {
        if (c == '\r' && peek() == '\n')
            ++m_pos;
        ++m_line;
        endField();
    };

    for (;;) {
        // Ordinary bytes are copied a run at a time; only the bytes that change the state
        // (delimiters, quotes, line breaks) and the buffer's end go the slow way below.
        if (state == State::Unquoted || state == State::Quoted) {
            const char *const from = m_buffer.constData() + m_pos;
            const char *const end = m_buffer.constData() + m_end;
            const char *p = from;
            if (state == State::Unquoted) {
                while (p != end && *p != m_delimiter && *p != '\n' && *p != '\r' && *p != '"')
                    ++p;
            } else {
                while (p != end && *p != '"' && *p != '\n' && *p != '\r')
                    ++p;
            }
            if (p != from) {
                m_record.append(from, p - from);
                m_pos += p - from;
            }
        }
        const int c = get();
        if (c < 0) {
            if (state == State::Quoted) {
                m_line = quoteLine;
                return fail(QCoreApplication::translate("CsvReader", "a quoted field is never closed"));
            }
            if (!any)
                return Status::End;
            endField();
            return Status::Record;
        }
        any = true;
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endLine(c);
                return Status::Record;
            } else if (c == '"') {
                if (state == State::Unquoted)
                    return fail(QCoreApplication::translate("CsvReader",
                                                            "a quote inside an unquoted field (quote the whole "
                                                            "field and double the quote)"));
                state = State::Quoted;
                quoteLine = m_line;
            } else {
                m_record.append(char(c));
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == '"') {
                state = State::QuoteInQuoted;
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n'))
                    ++m_line;
                m_record.append(char(c));
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_record.append('"');
                state = State::Quoted;
            } else if (c == m_delimiter) {
                endField();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                endLine(c);
                return Status::Record;
            } else {
                return fail(
                    QCoreApplication::translate("CsvReader", "unexpected text after the closing quote of a field"));
            }
            break;
        }
    }
}

qint64 CsvReader::countRecords(QIODevice *device)
{
    // The same record ends as next(): LF, CRLF or a lone CR outside quotes; and a leading
    // byte order mark, which next() skips, is no record of its own.
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 records = 0;
    bool inQuotes = false;
    bool lineHasData = false;
    bool afterCr = false;
    bool first = true;
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        const char *p = buffer.constData();
        const char *const end = p + n;
        if (first && n >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
        first = false;
        for (; p != end; ++p) {
            const char c = *p;
            const bool lfOfCrLf = afterCr && c == '\n';
            afterCr = false;
            if (c == '"') {
                inQuotes = !inQuotes;
                lineHasData = true;
            } else if ((c == '\n' || c == '\r') && !inQuotes) {
                if (!lfOfCrLf)
                    ++records;
                lineHasData = false;
                afterCr = c == '\r';
            } else {
                lineHasData = true;
            }
        }
    }
    return records + (lineHasData ? 1 : 0);
}

} // namespace portico::sandbox
