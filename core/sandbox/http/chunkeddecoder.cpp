// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/chunkeddecoder.h"

#include <QCoreApplication>

#include <algorithm>

namespace portico::http {

namespace {
constexpr qsizetype kMaxChunkLine = 1024;
constexpr qsizetype kMaxTrailerBytes = 16 * 1024;

// How long a line that has no CRLF yet is at least: all of buffer, but a last '\r' may be
// the start of the CRLF.
qsizetype openLineLength(const QByteArray &buffer)
{
    return buffer.endsWith('\r') ? buffer.size() - 1 : buffer.size();
}
} // namespace

ChunkedDecoder::Status ChunkedDecoder::fail(const QString &why)
{
    m_error = why;
    return Status::Error;
}

qsizetype ChunkedDecoder::findLineEnd(const QByteArray &buffer)
{
    // The bytes before m_scanned were searched by an earlier call: a line that arrives a
    // byte at a time costs its length, not its length squared.
    const qsizetype eol = buffer.indexOf("\r\n", m_scanned);
    m_scanned = eol < 0 ? std::max<qsizetype>(0, buffer.size() - 1) : 0;
    return eol;
}

ChunkedDecoder::Status ChunkedDecoder::feed(QByteArray &buffer, QByteArray &body, qsizetype maxBody)
{
    for (;;) {
        switch (m_state) {
        case State::Size: {
            // The limit is on the line, so it holds however the line's bytes were split into
            // reads: a line still open is at least as long as what has arrived of it.
            const qsizetype eol = findLineEnd(buffer);
            if ((eol < 0 ? openLineLength(buffer) : eol) > kMaxChunkLine)
                return fail(QCoreApplication::translate("ChunkedDecoder", "A chunk-size line is malformed."));
            if (eol < 0)
                return Status::NeedMore;
            QByteArray field = buffer.left(eol);
            const qsizetype ext = field.indexOf(';');
            if (ext >= 0)
                field.truncate(ext);
            field = field.trimmed();
            bool ok = !field.isEmpty() && field.size() <= 15;
            // toLongLong() would also take a sign or a "0x" prefix, which other parsers read differently.
            for (char c : std::as_const(field))
                ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
            const qlonglong size = ok ? field.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0)
                return fail(QCoreApplication::translate("ChunkedDecoder", "A chunk-size line is malformed."));
            buffer.remove(0, eol + 2);
            if (size == 0) {
                m_state = State::Trailer;
                break;
            }
            if (body.size() + size > maxBody)
                return Status::TooLarge;
            m_remaining = size;
            m_state = State::Data;
            break;
        }
        case State::Data:
            if (buffer.size() < m_remaining + 2)
                return Status::NeedMore;
            if (buffer.at(m_remaining) != '\r' || buffer.at(m_remaining + 1) != '\n')
                return fail(QCoreApplication::translate("ChunkedDecoder", "A chunk is not terminated by CRLF."));
            body.append(buffer.constData(), m_remaining);
            buffer.remove(0, m_remaining + 2);
            m_remaining = 0;
            m_state = State::Size;
            break;
        case State::Trailer: {
            // The limit is on the trailer fields with their CRLFs, not the blank line that
            // ends them; like the chunk-size line's it does not depend on how reads split them.
            const qsizetype eol = findLineEnd(buffer);
            const qsizetype line = eol < 0 ? openLineLength(buffer) : eol;
            if (line > 0 && m_trailerBytes + line + 2 > kMaxTrailerBytes)
                return fail(QCoreApplication::translate("ChunkedDecoder", "The chunked trailer is too large."));
            if (eol < 0)
                return Status::NeedMore;
            buffer.remove(0, eol + 2);
            if (eol == 0)
                return Status::Done;
            m_trailerBytes += eol + 2;
            break;
        }
        }
    }
}

} // namespace portico::http
