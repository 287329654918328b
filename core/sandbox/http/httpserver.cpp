// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/httpserver.h"

#include "sandbox/http/httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHttp, "portico.sandbox.http")

using namespace Qt::StringLiterals;

namespace portico::http {

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
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
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.append(new HttpConnection(socket, this));
    }
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
