// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/clientconnection.h"

#include "sandbox/http/headerparser.h"

#include <QLocale>
#include <QSslSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::http {

namespace {
constexpr qsizetype kMaxResponseHead = 64 * 1024;

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
    m_response = HttpClient::Response();
    m_receivedAny = false;
    m_keepAlive = true;
    m_chunked.reset();
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
    m_state = State::Head;
    m_socket->write(out);
}

void ClientConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_state == State::Idle || m_state == State::Closed || m_state == State::Done)
        return; // nothing asked: a misbehaving server; dropped
    m_receivedAny = true;
    m_buffer += data;
    parse();
}

QString ClientConnection::tooLarge(qsizetype limit)
{
    return tr("The backend's answer is larger than %1.")
        .arg(QLocale::c().formattedDataSize(limit, limit % (1024 * 1024) == 0 ? 0 : 1));
}

void ClientConnection::parse()
{
    const qsizetype maxBody = m_client->maxResponseBytes();
    for (;;) {
        switch (m_state) {
        case State::Head: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            // A whole head can arrive in one read, so its end does not make it small enough.
            if ((end < 0 ? m_buffer.size() : end + 4) > kMaxResponseHead) {
                fail(tr("The backend's answer has a header section that is too large."));
                return;
            }
            if (end < 0)
                return;
            if (!parseHead(end))
                return;
            continue;
        }
        case State::Body: {
            const qsizetype take = qMin(m_remaining, m_buffer.size());
            m_response.body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining == 0)
                complete();
            return;
        }
        case State::Chunked:
            switch (m_chunked.feed(m_buffer, m_response.body, maxBody)) {
            case ChunkedDecoder::Status::NeedMore:
                return;
            case ChunkedDecoder::Status::Done:
                complete();
                return;
            case ChunkedDecoder::Status::TooLarge:
                fail(tooLarge(maxBody));
                return;
            case ChunkedDecoder::Status::Error:
                fail(m_chunked.error());
                return;
            }
            return;
        case State::UntilClose:
            m_response.body += m_buffer;
            m_buffer.clear();
            if (m_response.body.size() > maxBody)
                fail(tooLarge(maxBody));
            return;
        default:
            return;
        }
    }
}

bool ClientConnection::parseHead(qsizetype headEnd)
{
    const QByteArrayView head(m_buffer.constData(), headEnd);
    const qsizetype eol = head.indexOf("\r\n");
    const QByteArrayView statusLine = eol < 0 ? head : head.first(eol);
    // "HTTP/1.1 200 OK"
    const bool shapeOk = statusLine.size() >= 12 && statusLine.startsWith("HTTP/1.") && statusLine.at(8) == ' ' &&
        (statusLine.size() == 12 || statusLine.at(12) == ' ');
    bool ok = false;
    const int status = shapeOk ? statusLine.sliced(9, 3).toInt(&ok) : 0;
    if (!ok || status < 100 || status > 999) {
        fail(tr("The backend's answer is not HTTP/1.x."));
        return false;
    }
    HttpHeaders headers;
    QString error;
    if (!parseHeaderFields(eol < 0 ? QByteArrayView() : head.sliced(eol + 2), &headers, &error)) {
        fail(tr("The backend's answer is malformed: %1").arg(error));
        return false;
    }
    m_buffer.remove(0, headEnd + 4);
    if (status >= 100 && status < 200 && status != 101)
        return true; // an interim answer; the real one follows

    m_response.status = status;
    m_response.headers = headers;
    const QByteArray connection = headers.value("Connection").toLower();
    const bool http10 = statusLine.at(7) == '0';
    m_keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    const bool noBody = m_pending.request.method == "HEAD" || status == 204 || status == 304;
    const QByteArray te = headers.value("Transfer-Encoding").trimmed().toLower();
    const QByteArray length = headers.value("Content-Length").trimmed();
    if (noBody) {
        complete();
    } else if (te == "chunked") {
        m_state = State::Chunked;
    } else if (!te.isEmpty()) {
        // Passing a body on still encoded would hand the client bytes it cannot read.
        fail(tr("The backend's answer uses a transfer coding the gateway cannot decode (%1).")
                 .arg(QString::fromLatin1(te)));
        return false;
    } else if (headers.contains("Content-Length")) {
        // Only plain digits, the same in every field: toLongLong() would also take a sign, and
        // a framing that another parser could read differently is how answers get smuggled.
        bool lengthOk = !length.isEmpty() &&
            std::all_of(length.cbegin(), length.cend(), [](char c) { return c >= '0' && c <= '9'; });
        for (const auto &f : headers.fields()) {
            if (f.first.compare("Content-Length", Qt::CaseInsensitive) == 0 && f.second.trimmed() != length)
                lengthOk = false;
        }
        m_remaining = lengthOk ? length.toLongLong(&lengthOk) : 0;
        if (!lengthOk || m_remaining < 0) {
            fail(tr("The backend's answer has an invalid Content-Length."));
            return false;
        }
        if (m_remaining > m_client->maxResponseBytes()) {
            fail(tooLarge(m_client->maxResponseBytes()));
            return false;
        }
        m_response.body.reserve(m_remaining);
        m_state = State::Body;
        if (m_remaining == 0)
            complete();
    } else {
        m_keepAlive = false;
        m_state = State::UntilClose;
    }
    return true;
}

void ClientConnection::complete()
{
    m_timer.stop();
    HttpClient::Callback done = std::move(m_pending.done);
    HttpClient::Response response = std::move(m_response);
    m_pending = HttpClient::Pending();
    m_response = HttpClient::Response();
    const bool reusable = m_keepAlive && m_buffer.isEmpty() && m_socket->state() == QAbstractSocket::ConnectedState;
    m_state = reusable ? State::Idle : State::Closed;
    if (!reusable)
        m_socket->abort();
    m_client->connectionFinished(this, reusable);
    done(std::move(response));
}

void ClientConnection::fail(const QString &error, bool timedOut)
{
    if (m_state == State::Closed || m_state == State::Idle || m_state == State::Done)
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
    case State::UntilClose:
        complete();
        return;
    case State::Idle:
        m_state = State::Closed;
        m_client->idleConnectionClosed(this);
        return;
    case State::Connecting:
    case State::Head:
    case State::Body:
    case State::Chunked:
        fail(tr("The backend closed the connection before its answer was complete."));
        return;
    case State::Done:
    case State::Closed:
        return;
    }
}

} // namespace portico::http
