// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A lean HTTP/1.1 client with per-host keep-alive connection pools, for the gateway's calls
// to its backends. It runs on the caller's thread with no per-request objects beyond a
// socket's parser state, which is what lets the gateway forward at close to the backend's
// own rate (QNetworkAccessManager moves all of one manager's HTTP work to a single thread of
// its own and back, and builds a reply object per request).
// A request whose kept-alive connection the server closed unanswered is sent again once on
// a fresh connection only if its method is idempotent; a POST fails instead, since the
// backend may already have acted on it.

#include "sandbox/http/httpmessage.h"

#include <QHash>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <functional>

namespace portico::http {

class ClientConnection;

class HttpClient : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url; // http or https
        HttpHeaders headers;
        QByteArray body;
        int timeoutMs = 120'000; // no answer complete in this time: timedOut
    };
    struct Response
    {
        int status = 0; // 0: no answer; error says why
        HttpHeaders headers;
        QByteArray body;
        QString error;
        bool timedOut = false;
    };
    using Callback = std::function<void(Response)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    // The callback runs exactly once, on this object's thread, never inside send().
    void send(Request request, Callback done);

    void setMaxConnectionsPerHost(int n) { m_maxPerHost = n; }
    void setMaxResponseBytes(qsizetype n) { m_maxResponseBytes = n; }
    qsizetype maxResponseBytes() const { return m_maxResponseBytes; }
    int openConnections() const;

    // Used by connections.
    struct Pending
    {
        Request request;
        Callback done;
        int attempts = 0;
    };
    void connectionFinished(ClientConnection *connection, bool reusable);
    void idleConnectionClosed(ClientConnection *connection);
    void connectionFailed(ClientConnection *connection, Pending pending, Response response, bool retry);

private:
    static QString hostKey(const QUrl &url);
    void dispatch(const QString &key);
    void startOn(ClientConnection *connection, Pending pending);

    QHash<QString, QList<ClientConnection *>> m_idle;
    QHash<QString, int> m_busy;
    QHash<QString, QQueue<Pending>> m_waiting;
    int m_maxPerHost = 32;
    qsizetype m_maxResponseBytes = 256 * 1024 * 1024;
};

} // namespace portico::http
