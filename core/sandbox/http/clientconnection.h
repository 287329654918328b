// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One keep-alive connection of HttpClient: writes a request, feeds what the socket reads to
// a ResponseParser and hands the answer back.

#include "sandbox/http/httpclient.h"
#include "sandbox/http/responseparser.h"

#include <QObject>
#include <QTimer>

class QSslSocket;

namespace portico::http {

class ClientConnection : public QObject
{
    Q_OBJECT
public:
    ClientConnection(const QString &hostKey, HttpClient *client);
    QString hostKey() const { return m_hostKey; }
    ~ClientConnection() override;

    void start(HttpClient::Pending pending);
    bool isIdle() const { return m_state == State::Idle; }
    bool isOpen() const;

private:
    enum class State { Idle, Connecting, Reading, Closed };

    void writeRequest();
    void onReadyRead();
    void parse();
    void complete();
    void fail(const QString &error, bool timedOut = false);
    void onDisconnected();

    HttpClient *m_client;
    QSslSocket *m_socket;
    QString m_hostKey;
    State m_state = State::Idle;
    HttpClient::Pending m_pending;
    ResponseParser m_parser;
    QByteArray m_buffer;
    bool m_reused = false;
    bool m_receivedAny = false;
    QTimer m_timer;
};

} // namespace portico::http
