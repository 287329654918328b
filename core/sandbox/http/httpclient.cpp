// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/httpclient.h"

#include "sandbox/http/clientconnection.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portico::http {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
{ }

HttpClient::~HttpClient() = default;

QString HttpClient::hostKey(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return url.scheme() + u"://"_s + url.host() + u':' + QString::number(port);
}

int HttpClient::openConnections() const
{
    int n = 0;
    for (int busy : m_busy)
        n += busy;
    for (const auto &idle : m_idle)
        n += int(idle.size());
    return n;
}

void HttpClient::send(Request request, Callback done)
{
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        Response r;
        r.error = QCoreApplication::translate("HttpClient", "'%1' is not an http or https URL.")
                      .arg(request.url.toDisplayString());
        QTimer::singleShot(0, this, [done = std::move(done), r] { done(r); });
        return;
    }
    const QString key = hostKey(request.url);
    m_waiting[key].enqueue(Pending{std::move(request), std::move(done), 0});
    dispatch(key);
}

void HttpClient::dispatch(const QString &key)
{
    QQueue<Pending> &waiting = m_waiting[key];
    QList<ClientConnection *> &idle = m_idle[key];
    while (!waiting.isEmpty()) {
        ClientConnection *connection = nullptr;
        while (!idle.isEmpty() && !connection) {
            ClientConnection *c = idle.takeLast();
            if (c->isOpen())
                connection = c;
            else
                c->deleteLater();
        }
        if (!connection) {
            if (m_busy.value(key) + idle.size() >= m_maxPerHost)
                return;
            connection = new ClientConnection(key, this);
        }
        startOn(connection, waiting.dequeue());
    }
}

void HttpClient::startOn(ClientConnection *connection, Pending pending)
{
    ++m_busy[connection->hostKey()];
    connection->start(std::move(pending));
}

void HttpClient::connectionFinished(ClientConnection *connection, bool reusable)
{
    const QString key = connection->hostKey();
    --m_busy[key];
    if (reusable)
        m_idle[key].append(connection);
    else
        connection->deleteLater();
    dispatch(key);
}

void HttpClient::idleConnectionClosed(ClientConnection *connection)
{
    m_idle[connection->hostKey()].removeAll(connection);
    connection->deleteLater();
}

void HttpClient::connectionFailed(ClientConnection *connection, Pending pending, Response response, bool retry)
{
    const QString key = connection->hostKey();
    --m_busy[key];
    m_idle[key].removeAll(connection);
    connection->deleteLater();
    if (retry) {
        // An idempotent request on a kept-alive connection the server closed without a
        // word: sending it again on a fresh one cannot do harm a second time.
        ++pending.attempts;
        m_waiting[key].prepend(std::move(pending));
    } else {
        pending.done(response);
    }
    dispatch(key);
}

} // namespace portico::http
