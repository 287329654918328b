// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/httpserver.h"

#include "sandbox/http/httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttp, "portico.sandbox.http")

using namespace Qt::StringLiterals;

namespace portico::http {

namespace {
constexpr int kRefusedGraceMs = 2'000;
} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    // Qt listens with a backlog of 50: a burst of clients beyond that has its SYNs dropped and
    // each one waits a whole retransmission (a second) before the server even sees it.
    m_server.setListenBacklogSize(std::max(m_limits.maxConnections, 128));
    return m_server.listen(address, port);
}

void HttpServer::close()
{
    m_server.close();
    for (const QPointer<HttpConnection> &c : std::as_const(m_connections)) {
        if (c)
            c->deleteLater();
    }
    m_connections.clear();
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.removeIf([](const QPointer<HttpConnection> &c) { return c.isNull(); });
        if (m_connections.size() >= m_limits.maxConnections) {
            qCWarning(lcHttp) << "refusing a connection: already" << m_connections.size() << "open";
            refuse(socket);
            continue;
        }
        m_connections.append(new HttpConnection(socket, this));
    }
}

void HttpServer::refuse(QTcpSocket *socket)
{
    // A 503 the client can read, rather than a reset: the answer is written, then only the
    // sending side is shut, and whatever the client sends meanwhile is read and dropped (closing
    // with unread bytes would turn into a reset that can discard the answer). The client's close,
    // or a short grace period, ends it.
    socket->setParent(this);
    HttpResponse response = errorResponse(503, tr("The server is busy: too many open connections. Try again shortly."));
    QByteArray out = "HTTP/1.1 503 " + reasonPhrase(503) + "\r\n";
    response.headers.remove("Content-Length");
    response.headers.remove("Connection");
    response.headers.set("Retry-After", "1");
    for (const HttpHeaders::Field &field : response.headers.fields())
        out += field.first + ": " + field.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += response.body;
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
        if (socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    });
    QTimer::singleShot(kRefusedGraceMs, socket, [socket] { socket->disconnectFromHost(); });
    socket->write(out);
}

int HttpServer::connectionCount() const
{
    // The list is only pruned on accept, so it still holds connections that have since gone.
    return int(std::count_if(m_connections.cbegin(), m_connections.cend(),
                             [](const QPointer<HttpConnection> &c) { return !c.isNull(); }));
}

HttpResponse HttpServer::errorResponse(int status, const QString &message) const
{
    if (m_errorFormatter)
        return m_errorFormatter(status, message);
    const QJsonObject body{{u"statusCode"_s, status}, {u"message"_s, message}};
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void HttpServer::dispatch(HttpConnection *connection, const HttpRequest &request, quint64 serial)
{
    QPointer<HttpConnection> guard(connection);
    m_handler(request, [guard, serial](HttpResponse response) {
        if (guard)
            guard->respond(serial, std::move(response));
    });
}

} // namespace portico::http
