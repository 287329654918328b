// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Parses one HTTP/1.1 answer as its bytes arrive, for the gateway's keep-alive client: the
// status line and header fields, then a body framed by Content-Length, by chunks or by the
// backend closing the connection; 1xx interim answers are skipped. No sockets: the caller
// feeds what it read and hands the answer on.

#include "sandbox/http/chunkeddecoder.h"
#include "sandbox/http/httpclient.h"

#include <QByteArray>
#include <QString>

namespace portico::http {

class ResponseParser
{
public:
    enum class Status { NeedMore, Done, Error };
    struct Limits
    {
        qsizetype maxHeadBytes = 64 * 1024; // status line, fields and the blank line
        qsizetype maxBodyBytes = 256 * 1024 * 1024;
    };

    // Starts on a new answer; one to a HEAD request has no body whatever its fields say.
    void start(bool headRequest, const Limits &limits);
    // Consumes from the front of buffer what belongs to the answer; bytes after a complete
    // one stay there. Once Done or Error, the same again. Between calls the caller only
    // appends to buffer.
    Status feed(QByteArray &buffer);
    // The connection closed: whether that completes the answer (a close-delimited body).
    bool endsAtClose() const { return m_state == State::UntilClose; }

    bool keepAlive() const { return m_keepAlive; }
    QString error() const { return m_error; }
    HttpClient::Response takeResponse();

private:
    enum class State { Head, Body, Chunked, UntilClose, Done, Failed };

    bool parseHead(QByteArray &buffer, qsizetype headEnd);
    bool startBody(int status, const HttpHeaders &headers);
    Status fail(const QString &error);
    bool refuse(const QString &error);
    QString tooLarge() const;

    Limits m_limits;
    State m_state = State::Head;
    bool m_headRequest = false;
    bool m_keepAlive = true;
    qsizetype m_remaining = 0;
    qsizetype m_headScanned = 0; // where the search for the head's end goes on
    ChunkedDecoder m_chunked;
    HttpClient::Response m_response;
    QString m_error;
};

} // namespace portico::http
