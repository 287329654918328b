// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/chunkeddecoder.h"

#include <QCoreApplication>

namespace portico::http {

namespace {
constexpr qsizetype kMaxChunkLine = 1024;
constexpr qsizetype kMaxTrailerBytes = 16 * 1024;
} // namespace

ChunkedDecoder::Status ChunkedDecoder::fail(const QString &why)
{
    m_error = why;
    return Status::Error;
}

ChunkedDecoder::Status ChunkedDecoder::feed(QByteArray &buffer, QByteArray &body, qsizetype maxBody)
{
    for (;;) {
        switch (m_state) {
        case State::Size: {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0) {
                if (buffer.size() > kMaxChunkLine)
                    return fail(QCoreApplication::translate("ChunkedDecoder", "A chunk-size line is malformed."));
                return Status::NeedMore;
            }
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
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_trailerBytes + buffer.size() > kMaxTrailerBytes)
                    return fail(QCoreApplication::translate("ChunkedDecoder", "The chunked trailer is too large."));
                return Status::NeedMore;
            }
            m_trailerBytes += eol + 2;
            buffer.remove(0, eol + 2);
            if (eol == 0)
                return Status::Done;
            if (m_trailerBytes > kMaxTrailerBytes)
                return fail(QCoreApplication::translate("ChunkedDecoder", "The chunked trailer is too large."));
            break;
        }
        }
    }
}

} // namespace portico::http
