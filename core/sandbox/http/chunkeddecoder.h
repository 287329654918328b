// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Decodes an HTTP/1.1 chunked body (RFC 9112 §7.1) incrementally, for both the server's
// requests and the gateway's backend responses. Chunk extensions and trailers are dropped.

#include <QByteArray>
#include <QString>

namespace portico::http {

class ChunkedDecoder
{
public:
    enum class Status { NeedMore, Done, Error, TooLarge };

    // Consumes what it can from the front of buffer, appending chunk data to body. Stops at
    // the end of the body (Done), leaving any following bytes in buffer. Between calls the
    // caller only appends to buffer.
    Status feed(QByteArray &buffer, QByteArray &body, qsizetype maxBody);
    QString error() const { return m_error; }
    void reset() { *this = ChunkedDecoder(); }

private:
    enum class State { Size, Data, Trailer };
    Status fail(const QString &why);
    qsizetype findLineEnd(const QByteArray &buffer);

    State m_state = State::Size;
    qsizetype m_remaining = 0;
    qsizetype m_trailerBytes = 0;
    qsizetype m_scanned = 0; // where the search for the open line's CRLF goes on
    QString m_error;
};

} // namespace portico::http
