// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A small HTTP/1.1 server on QTcpServer for the sandbox's listeners. It exists instead of
// Qt 6.4's QHttpServer (a preview API there) because the sandbox must refuse an oversized
// body before buffering it (413), bound header size (431), time out truncated requests
// (408) and answer asynchronously, none of which the preview API lets us control.

#include "sandbox/http/httpmessage.h"

#include <QObject>
#include <QPointer>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace portico::http {

class HttpConnection;

class HttpServer : public QObject
{
    Q_OBJECT
public:
    // Call exactly once, from the server's thread, now or later; calling it after the
    // client went away is harmless.
    using Responder = std::function<void(HttpResponse)>;
    using Handler = std::function<void(const HttpRequest &, Responder)>;
    // Shapes the server's own error answers (400, 408, 413, 431, ...) in the dialect of
    // the service behind it.
    using ErrorFormatter = std::function<HttpResponse(int status, const QString &message)>;

    struct Limits
    {
        qsizetype maxHeaderBytes = 64 * 1024;
        qsizetype maxBodyBytes = 16 * 1024 * 1024;
        int requestTimeoutMs = 30'000; // no progress on a started request
        int idleTimeoutMs = 120'000;   // an idle keep-alive connection
        int maxConnections = 1024;
    };

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const Limits &limits) { m_limits = limits; }
    const Limits &limits() const { return m_limits; }
    void setErrorFormatter(ErrorFormatter formatter) { m_errorFormatter = std::move(formatter); }

    bool listen(const QHostAddress &address, quint16 port = 0);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    QString errorString() const { return m_server.errorString(); }
    int connectionCount() const;
    // Bytes read from clients so far, over every connection: a client can wait until the
    // server has taken in what it sent before it looks at what the server made of it.
    qint64 bytesRead() const { return m_bytesRead; }

    // Used by connections.
    HttpResponse errorResponse(int status, const QString &message) const;
    void dispatch(HttpConnection *connection, const HttpRequest &request, quint64 serial);
    void countRead(qint64 bytes) { m_bytesRead += bytes; }

private:
    void acceptPending();
    // Over maxConnections: answers 503 and closes, so the client learns why.
    void refuse(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    ErrorFormatter m_errorFormatter;
    qint64 m_bytesRead = 0;
    Limits m_limits;
    QList<QPointer<HttpConnection>> m_connections;
};

} // namespace portico::http
