// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/http/httpconnection.h"

#include "sandbox/http/headerparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace portico::http {

namespace {

// After refusing a body we read and drop what the client still sends, so its TCP stack
// does not reset the connection before it has read our answer; but not forever.
constexpr qsizetype kMaxDrainBytes = 256 * 1024 * 1024;
constexpr int kDrainTimeoutMs = 5'000;
// What a client may pipeline while its request waits for an answer; past it the server
// stops reading and TCP pushes back.
constexpr qsizetype kMaxPipelinedBytes = 1024 * 1024;

QString tooLargeMessage(qsizetype limit)
{
    return HttpConnection::tr("The request body is larger than the %1 limit.")
        .arg(QLocale::c().formattedDataSize(limit, limit % (1024 * 1024) == 0 ? 0 : 1));
}

// RFC 9110's IMF-fixdate, formatted at most once a second.
QByteArray httpDate()
{
    thread_local QByteArray cached;
    thread_local qint64 cachedSecond = -1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return cached;
}

// The first '\n' in the first length bytes that is not preceded by '\r', or -1.
qsizetype findBareLf(const QByteArray &buffer, qsizetype length)
{
    for (qsizetype i = buffer.indexOf('\n'); i >= 0 && i < length; i = buffer.indexOf('\n', i + 1)) {
        if (i == 0 || buffer.at(i - 1) != '\r')
            return i;
    }
    return -1;
}

// RFC 9110 §8.6: no Content-Length in a 1xx or 204 answer, which never have content.
bool mayCarryContent(int status)
{
    return status >= 200 && status != 204;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    socket->setParent(this);
    // Bounded, so a client that pipelines faster than it is answered meets TCP back-pressure.
    socket->setReadBufferSize(256 * 1024);
    m_request.peer = socket->peerAddress();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_state = State::Closed;
        deleteLater();
    });
    armTimer();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::onReadyRead()
{
    if (m_state == State::Waiting && m_buffer.size() >= kMaxPipelinedBytes)
        return; // read the rest once the waiting request is answered
    const QByteArray data = m_socket->readAll();
    m_server->countRead(data.size());
    if (m_state == State::Closed)
        return;
    if (m_state == State::Draining) {
        m_drainRemaining -= data.size();
        if (m_drainRemaining <= 0)
            closeSoon();
        else
            m_timer.start(kDrainTimeoutMs); // still arriving: keep draining
        return;
    }
    m_buffer.append(data);
    if (m_state != State::Waiting)
        armTimer();
    process();
}

void HttpConnection::process()
{
    if (m_inProcess)
        return;
    m_inProcess = true;
    const HttpServer::Limits &limits = m_server->limits();
    bool progress = true;
    while (progress) {
        progress = false;
        switch (m_state) {
        case State::Headers: {
            // Tolerate stray CRLFs between requests (RFC 9112 §2.2).
            qsizetype skip = 0;
            while (skip + 1 < m_buffer.size() && m_buffer.at(skip) == '\r' && m_buffer.at(skip + 1) == '\n')
                skip += 2;
            if (skip)
                m_buffer.remove(0, skip);
            if (m_buffer.isEmpty())
                break;
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            // A line ended by a bare LF is refused at once (RFC 9112 §2.2 lets a server do
            // so): waiting for a CRLF CRLF that never comes would end in 408 or 431 instead.
            const qsizetype bareLf = findBareLf(m_buffer, headEnd < 0 ? m_buffer.size() : headEnd + 4);
            if (bareLf >= 0) {
                const qsizetype requestLineEnd = m_buffer.indexOf('\n');
                if (bareLf == requestLineEnd)
                    fail(400, tr("The request line is malformed."));
                else
                    fail(400, QCoreApplication::translate("HttpHeaders", "A header line is malformed."));
                break;
            }
            if (headEnd < 0) {
                if (m_buffer.size() > limits.maxHeaderBytes)
                    fail(431,
                         tr("The request's header section is larger than %n bytes.", nullptr,
                            int(limits.maxHeaderBytes)));
                break;
            }
            if (headEnd + 4 > limits.maxHeaderBytes) {
                fail(431,
                     tr("The request's header section is larger than %n bytes.", nullptr, int(limits.maxHeaderBytes)));
                break;
            }
            if (!parseHead(headEnd))
                break;
            m_buffer.remove(0, headEnd + 4);
            progress = true;
            break;
        }
        case State::Body: {
            const qsizetype take = qMin(m_bodyRemaining, m_buffer.size());
            m_request.body.append(m_buffer.constData(), take);
            m_buffer.remove(0, take);
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0) {
                finishRequest();
                progress = true;
            }
            break;
        }
        case State::Chunked:
            if (parseChunks()) {
                finishRequest();
                progress = true;
            }
            break;
        case State::Waiting:
        case State::Draining:
        case State::Closed:
            break;
        }
        if (m_state == State::Headers && m_buffer.isEmpty())
            progress = false;
    }
    m_inProcess = false;
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const HttpServer::Limits &limits = m_server->limits();
    const QByteArrayView head(m_buffer.constData(), headEnd);
    QByteArray requestLine = head.first(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')).toByteArray();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isHttpToken(parts.at(0)) || parts.at(1).isEmpty() || hasControlChars(parts.at(1))) {
        fail(400, tr("The request line is malformed."));
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version == "HTTP/1.1") {
        m_request.versionMinor = 1;
    } else if (version == "HTTP/1.0") {
        m_request.versionMinor = 0;
    } else if (version.startsWith("HTTP/")) {
        fail(505, tr("Only HTTP/1.0 and HTTP/1.1 are supported."));
        return false;
    } else {
        fail(400, tr("The request line is malformed."));
        return false;
    }

    m_request.method = parts.at(0);
    QByteArray target = parts.at(1);
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form: keep the path and query only
        const qsizetype slash = target.indexOf('/', target.indexOf("//") + 2);
        target = slash < 0 ? "/"_ba : target.mid(slash);
    }
    if (!target.startsWith('/') && target != "*") {
        fail(400, tr("The request target is malformed."));
        return false;
    }
    const qsizetype fragment = target.indexOf('#');
    if (fragment >= 0)
        target.truncate(fragment);
    m_request.target = target;
    const qsizetype q = target.indexOf('?');
    m_request.path = q < 0 ? target : target.left(q);
    m_request.query = q < 0 ? QByteArray() : target.mid(q + 1);

    const qsizetype firstEol = head.indexOf('\n');
    QString headerError;
    if (firstEol >= 0 && !parseHeaderFields(head.sliced(firstEol + 1), &m_request.headers, &headerError)) {
        fail(400, headerError);
        return false;
    }
    QByteArray contentLength;
    for (const HttpHeaders::Field &f : m_request.headers.fields()) {
        if (f.first.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (!contentLength.isNull() && contentLength != f.second) {
                fail(400, tr("The request has conflicting Content-Length headers."));
                return false;
            }
            contentLength = f.second;
        }
    }
    // Every field counts, an empty one too: see transferCodings().
    const std::optional<QByteArray> codings = transferCodings(m_request.headers);
    const bool chunked = codings.has_value();

    const bool expectsContinue =
        m_request.versionMinor == 1 && m_request.headers.value("Expect").toLower() == "100-continue";
    const QByteArray connection = m_request.headers.value("Connection").toLower();
    m_keepAlive = m_request.versionMinor == 1 ? !connection.contains("close") : connection.contains("keep-alive");

    qsizetype length = 0;
    if (chunked) {
        if (!contentLength.isNull()) {
            fail(400, tr("A request may not carry both Content-Length and Transfer-Encoding."));
            return false;
        }
        if (*codings != "chunked") {
            fail(501, tr("Transfer-Encoding \"%1\" is not supported.").arg(QString::fromLatin1(*codings)));
            return false;
        }
    } else if (!contentLength.isNull()) {
        bool ok = !contentLength.isEmpty();
        for (char c : std::as_const(contentLength))
            ok = ok && c >= '0' && c <= '9';
        if (ok && contentLength.size() > 15) {
            m_bodyRemaining = kMaxDrainBytes;
            m_buffer.remove(0, headEnd + 4); // fail() counts what is buffered as body already read
            fail(413, tooLargeMessage(limits.maxBodyBytes), !expectsContinue);
            return false;
        }
        length = ok ? contentLength.toLongLong(&ok) : 0;
        if (!ok || length < 0) {
            fail(400, tr("The Content-Length header is not a number."));
            return false;
        }
        if (length > limits.maxBodyBytes) {
            m_bodyRemaining = length;
            m_buffer.remove(0, headEnd + 4); // fail() counts what is buffered as body already read
            fail(413, tooLargeMessage(limits.maxBodyBytes), !expectsContinue);
            return false;
        }
    }

    const bool hasBody = length > 0 || chunked;
    // An HTTP/1.0 client knows no interim responses and would take this one for the answer.
    if (hasBody && expectsContinue)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    if (chunked) {
        m_state = State::Chunked;
        m_chunked.reset();
    } else if (length > 0) {
        m_state = State::Body;
        m_bodyRemaining = length;
        m_request.body.reserve(length);
    } else {
        // Defer: the caller removes the head from the buffer first.
        m_state = State::Body;
        m_bodyRemaining = 0;
    }
    return true;
}

bool HttpConnection::parseChunks()
{
    const HttpServer::Limits &limits = m_server->limits();
    switch (m_chunked.feed(m_buffer, m_request.body, limits.maxBodyBytes)) {
    case ChunkedDecoder::Status::NeedMore:
        return false;
    case ChunkedDecoder::Status::Done:
        return true;
    case ChunkedDecoder::Status::TooLarge:
        m_bodyRemaining = kMaxDrainBytes;
        fail(413, tooLargeMessage(limits.maxBodyBytes), true);
        return false;
    case ChunkedDecoder::Status::Error:
        fail(400, m_chunked.error());
        return false;
    }
    return false;
}

void HttpConnection::finishRequest()
{
    m_state = State::Waiting;
    m_headRequest = m_request.method == "HEAD";
    m_http10 = m_request.versionMinor == 0;
    m_timer.stop();
    const quint64 serial = ++m_serial;
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_request.peer = request.peer;
    m_server->dispatch(this, request, serial);
}

void HttpConnection::respond(quint64 serial, HttpResponse response)
{
    if (serial != m_serial || m_state != State::Waiting)
        return;
    writeResponse(response, !m_keepAlive);
    if (!m_keepAlive) {
        closeSoon();
        return;
    }
    m_state = State::Headers;
    armTimer();
    if (!m_buffer.isEmpty())
        process();
    if (m_state != State::Waiting && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::fail(int status, const QString &message, bool drainBody)
{
    m_headRequest = m_request.method == "HEAD";
    HttpResponse response = m_server->errorResponse(status, message);
    writeResponse(response, true);
    if (drainBody) {
        m_state = State::Draining;
        m_drainRemaining = qMin(m_bodyRemaining, kMaxDrainBytes) - m_buffer.size();
        m_buffer.clear();
        if (m_drainRemaining <= 0) {
            closeSoon();
            return;
        }
        m_timer.start(kDrainTimeoutMs);
        return;
    }
    closeSoon();
}

void HttpConnection::writeResponse(HttpResponse &response, bool close)
{
    QByteArray out;
    out.reserve(256);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    response.headers.remove("Content-Length");
    response.headers.remove("Connection");
    response.headers.remove("Transfer-Encoding");
    if (!response.headers.contains("Date"))
        out += "Date: " + httpDate() + "\r\n";
    for (const HttpHeaders::Field &f : response.headers.fields())
        out += f.first + ": " + f.second + "\r\n";
    const bool content = mayCarryContent(response.status);
    if (content)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_http10)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    // Head and body apart: a large answer is copied into the socket once, not twice.
    m_socket->write(out);
    if (!m_headRequest && content && !response.body.isEmpty())
        m_socket->write(response.body);
}

void HttpConnection::closeSoon()
{
    m_state = State::Closed;
    m_timer.stop();
    m_buffer.clear();
    m_socket->disconnectFromHost();
}

void HttpConnection::armTimer()
{
    const HttpServer::Limits &limits = m_server->limits();
    const bool idle = m_state == State::Headers && m_buffer.isEmpty();
    m_timer.start(idle ? limits.idleTimeoutMs : limits.requestTimeoutMs);
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Headers:
        if (m_buffer.isEmpty()) {
            closeSoon();
            return;
        }
        fail(408, tr("The request was not received in time."));
        return;
    case State::Body:
    case State::Chunked:
        fail(408, tr("The request was not received in time."));
        return;
    case State::Draining:
        closeSoon();
        return;
    case State::Waiting:
    case State::Closed:
        return;
    }
}

} // namespace portico::http
