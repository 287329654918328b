// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/clientconnection.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace portico::http {

namespace {

// RFC 9110 §9.2.2.
bool isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "TRACE" || method == "PUT" ||
        method == "DELETE";
}
} // namespace

ClientConnection::ClientConnection(const QString &hostKey, HttpClient *client)
    : QObject(client)
    , m_client(client)
    , m_socket(new QSslSocket(this))
    , m_hostKey(hostKey)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fail(tr("The backend did not answer in time."), true); });
    connect(m_socket, &QSslSocket::readyRead, this, &ClientConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &ClientConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_state == State::Connecting)
            fail(m_socket->errorString());
        else if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (m_pending.request.url.scheme() != u"https" && m_state == State::Connecting)
            writeRequest();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_state == State::Connecting)
            writeRequest();
    });
}

ClientConnection::~ClientConnection() = default;

bool ClientConnection::isOpen() const
{
    return m_state == State::Idle && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ClientConnection::start(HttpClient::Pending pending)
{
    m_pending = std::move(pending);
    m_receivedAny = false;
    ResponseParser::Limits limits;
    limits.maxBodyBytes = m_client->maxResponseBytes();
    m_parser.start(m_pending.request.method == "HEAD", limits);
    m_timer.start(m_pending.request.timeoutMs);
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_reused = true;
        writeRequest();
        return;
    }
    m_reused = false;
    m_state = State::Connecting;
    const QUrl &url = m_pending.request.url;
    if (url.scheme() == u"https")
        m_socket->connectToHostEncrypted(url.host(), quint16(url.port(443)));
    else
        m_socket->connectToHost(url.host(), quint16(url.port(80)));
}

void ClientConnection::writeRequest()
{
    const HttpClient::Request &r = m_pending.request;
    QByteArray target = r.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty() || target.startsWith('?'))
        target.prepend('/');
    QByteArray out;
    out.reserve(512 + r.body.size());
    QByteArray host = r.url.host(QUrl::FullyEncoded).toUtf8();
    // QUrl::host() gives an IPv6 literal without the brackets the Host header needs.
    if (host.contains(':'))
        host = '[' + host + ']';
    out += r.method + ' ' + target + " HTTP/1.1\r\nHost: " + host;
    const int defaultPort = r.url.scheme() == u"https" ? 443 : 80;
    if (r.url.port(defaultPort) != defaultPort)
        out += ':' + QByteArray::number(r.url.port());
    out += "\r\n";
    for (const auto &f : r.headers.fields()) {
        if (f.first.compare("Host", Qt::CaseInsensitive) == 0 ||
            f.first.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
            f.first.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 ||
            f.first.compare("Connection", Qt::CaseInsensitive) == 0)
            continue;
        out += f.first + ": " + f.second + "\r\n";
    }
    const bool bodyExpected = !r.body.isEmpty() || r.method == "POST" || r.method == "PUT" || r.method == "PATCH";
    if (bodyExpected)
        out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    out += "\r\n";
    out += r.body;
    m_state = State::Reading;
    m_socket->write(out);
}

void ClientConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_state == State::Idle || m_state == State::Closed)
        return; // nothing asked: a misbehaving server; dropped
    m_receivedAny = true;
    m_buffer += data;
    if (m_state == State::Reading)
        parse();
}

void ClientConnection::parse()
{
    switch (m_parser.feed(m_buffer)) {
    case ResponseParser::Status::NeedMore:
        return;
    case ResponseParser::Status::Done:
        complete();
        return;
    case ResponseParser::Status::Error:
        fail(m_parser.error());
        return;
    }
}

void ClientConnection::complete()
{
    m_timer.stop();
    HttpClient::Callback done = std::move(m_pending.done);
    HttpClient::Response response = m_parser.takeResponse();
    m_pending = HttpClient::Pending();
    const bool reusable =
        m_parser.keepAlive() && m_buffer.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState;
    m_state = reusable ? State::Idle : State::Closed;
    if (!reusable)
        m_socket->abort();
    m_client->connectionFinished(this, reusable);
    done(std::move(response));
}

void ClientConnection::fail(const QString &error, bool timedOut)
{
    if (m_state == State::Closed || m_state == State::Idle)
        return;
    m_timer.stop();
    HttpClient::Response response;
    response.error = error;
    response.timedOut = timedOut;
    // A reused connection the server closed before any answer: it may have closed it just as
    // the request went out, or after acting on it. Only a request that may be applied twice
    // is sent again, and only once (RFC 9112 §9.3.1).
    const bool retry =
        m_reused && !m_receivedAny && !timedOut && m_pending.attempts == 0 && isIdempotent(m_pending.request.method);
    m_state = State::Closed;
    m_socket->abort();
    m_client->connectionFailed(this, std::move(m_pending), response, retry);
}

void ClientConnection::onDisconnected()
{
    switch (m_state) {
    case State::Reading:
        if (m_parser.endsAtClose())
            complete();
        else
            fail(tr("The backend closed the connection before its answer was complete."));
        return;
    case State::Idle:
        m_state = State::Closed;
        m_client->idleConnectionClosed(this);
        return;
    case State::Connecting:
        fail(tr("The backend closed the connection before its answer was complete."));
        return;
    case State::Closed:
        return;
    }
}

} // namespace portico::http
