// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One keep-alive connection of HttpClient: writes a request, parses the answer (length,
// chunked or close-delimited body; 1xx interim answers skipped) and hands it back.

#include "sandbox/http/chunkeddecoder.h"
#include "sandbox/http/httpclient.h"

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
    enum class State { Idle, Connecting, Head, Body, Chunked, UntilClose, Done, Closed };

    void writeRequest();
    void onReadyRead();
    void parse();
    bool parseHead(qsizetype headEnd);
    void complete();
    void fail(const QString &error, bool timedOut = false);
    void onDisconnected();
    static QString tooLarge(qsizetype limit);

    HttpClient *m_client;
    QSslSocket *m_socket;
    QString m_hostKey;
    State m_state = State::Idle;
    HttpClient::Pending m_pending;
    HttpClient::Response m_response;
    QByteArray m_buffer;
    qsizetype m_remaining = 0;
    ChunkedDecoder m_chunked;
    bool m_reused = false;
    bool m_keepAlive = true;
    bool m_receivedAny = false;
    QTimer m_timer;
};

} // namespace portico::http
