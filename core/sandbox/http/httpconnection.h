// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One client connection of HttpServer: parses requests off the socket one at a time
// (pipelined requests wait their turn), enforces the limits and writes the answers.

#include "sandbox/http/chunkeddecoder.h"
#include "sandbox/http/httpmessage.h"
#include "sandbox/http/httpserver.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace portico::http {

class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    // Writes the answer to the request numbered serial, if it is still the one waiting.
    void respond(quint64 serial, HttpResponse response);

private:
    enum class State { Headers, Body, Chunked, Waiting, Draining, Closed };

    void onReadyRead();
    void process();
    bool parseHead(qsizetype headEnd);
    bool parseChunks();
    void finishRequest();
    void fail(int status, const QString &message, bool drainBody = false);
    void writeResponse(HttpResponse &response, bool close);
    void closeSoon();
    void armTimer();
    void onTimeout();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    QByteArray m_buffer;
    State m_state = State::Headers;
    HttpRequest m_request;
    qsizetype m_bodyRemaining = 0;
    qsizetype m_drainRemaining = 0;
    bool m_keepAlive = true;
    bool m_inProcess = false;
    bool m_headRequest = false;
    bool m_http10 = false;
    ChunkedDecoder m_chunked;
    quint64 m_serial = 0;
    QTimer m_timer;
};

} // namespace portico::http
