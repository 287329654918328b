#include "httpconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace portico::http {

namespace {

constexpr qsizetype kMaxChunkLine = 1024;
constexpr qsizetype kMaxTrailerBytes = 16 * 1024;
// After refusing a body we read and drop what the client still sends, so its TCP stack
// does not reset the connection before it has read our answer; but not forever.
constexpr qsizetype kMaxDrainBytes = 256 * 1024 * 1024;
constexpr int kDrainTimeoutMs = 5'000;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

// RFC 9110's IMF-fixdate, formatted at most once a second.
QByteArray httpDate()
{
    static QByteArray cached;
    static qint64 cachedSecond = -1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 second = now.toSecsSinceEpoch();
    if (second != cachedSecond) {
        cachedSecond = second;
        cached = QLocale::c().toString(now, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    }
    return cached;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    socket->setParent(this);
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
    const QByteArray data = m_socket->readAll();
    if (m_state == State::Closed)
        return;
    if (m_state == State::Draining) {
        m_drainRemaining -= data.size();
        if (m_drainRemaining <= 0)
            closeSoon();
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
            if (headEnd < 0) {
                if (m_buffer.size() > limits.maxHeaderBytes)
                    fail(431, tr("The request's header section is larger than %n bytes.", nullptr, int(limits.maxHeaderBytes)));
                break;
            }
            if (headEnd + 4 > limits.maxHeaderBytes) {
                fail(431, tr("The request's header section is larger than %n bytes.", nullptr, int(limits.maxHeaderBytes)));
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
        case State::ChunkSize:
        case State::ChunkData:
        case State::ChunkTrailer:
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
    const QList<QByteArray> lines = head.toByteArray().split('\n');

    QByteArray requestLine = lines.first();
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || parts.at(1).isEmpty() || hasControlChars(parts.at(1))) {
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

    QByteArray contentLength;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            fail(400, tr("Folded header lines are not accepted."));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            fail(400, tr("A header line is malformed."));
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControlChars(value)) {
            fail(400, tr("A header value holds control characters."));
            return false;
        }
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (!contentLength.isNull() && contentLength != value) {
                fail(400, tr("The request has conflicting Content-Length headers."));
                return false;
            }
            contentLength = value;
        }
        m_request.headers.add(name, value);
    }

    const QByteArray connection = m_request.headers.value("Connection").toLower();
    m_keepAlive = m_request.versionMinor == 1 ? !connection.contains("close") : connection.contains("keep-alive");

    const QByteArray transferEncoding = m_request.headers.value("Transfer-Encoding").trimmed().toLower();
    qsizetype length = 0;
    if (!transferEncoding.isEmpty()) {
        if (!contentLength.isNull()) {
            fail(400, tr("A request may not carry both Content-Length and Transfer-Encoding."));
            return false;
        }
        if (transferEncoding != "chunked") {
            fail(501, tr("Transfer-Encoding \"%1\" is not supported.").arg(QString::fromLatin1(transferEncoding)));
            return false;
        }
    } else if (!contentLength.isNull()) {
        bool ok = !contentLength.isEmpty();
        for (char c : std::as_const(contentLength))
            ok = ok && c >= '0' && c <= '9';
        if (ok && contentLength.size() > 15) {
            m_bodyRemaining = kMaxDrainBytes;
            m_buffer.remove(0, headEnd + 4); // fail() counts what is buffered as body already read
            fail(413, tr("The request body is larger than the %1 MB limit.").arg(limits.maxBodyBytes / (1024 * 1024)), true);
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
            fail(413, tr("The request body is larger than the %1 MB limit.").arg(limits.maxBodyBytes / (1024 * 1024)), true);
            return false;
        }
    }

    const bool hasBody = length > 0 || !transferEncoding.isEmpty();
    // An HTTP/1.0 client knows no interim responses and would take this one for the answer.
    if (hasBody && m_request.versionMinor == 1 && m_request.headers.value("Expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

    if (!transferEncoding.isEmpty()) {
        m_state = State::ChunkSize;
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
    for (;;) {
        if (m_state == State::ChunkSize) {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                if (m_buffer.size() > kMaxChunkLine)
                    fail(400, tr("A chunk-size line is malformed."));
                return false;
            }
            QByteArray sizeField = m_buffer.left(eol);
            const qsizetype ext = sizeField.indexOf(';');
            if (ext >= 0)
                sizeField.truncate(ext);
            sizeField = sizeField.trimmed();
            bool ok = !sizeField.isEmpty() && sizeField.size() <= 15;
            // toLongLong() would also take a sign or a "0x" prefix, which other parsers read differently.
            for (char c : std::as_const(sizeField))
                ok = ok && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
            const qlonglong size = ok ? sizeField.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0) {
                fail(400, tr("A chunk-size line is malformed."));
                return false;
            }
            m_buffer.remove(0, eol + 2);
            if (size == 0) {
                m_state = State::ChunkTrailer;
                m_bodyRemaining = 0;
                continue;
            }
            if (m_request.body.size() + size > limits.maxBodyBytes) {
                m_bodyRemaining = kMaxDrainBytes;
                fail(413, tr("The request body is larger than the %1 MB limit.").arg(limits.maxBodyBytes / (1024 * 1024)), true);
                return false;
            }
            m_bodyRemaining = size;
            m_state = State::ChunkData;
        } else if (m_state == State::ChunkData) {
            if (m_buffer.size() < m_bodyRemaining + 2)
                return false;
            if (m_buffer.at(m_bodyRemaining) != '\r' || m_buffer.at(m_bodyRemaining + 1) != '\n') {
                fail(400, tr("A chunk is not terminated by CRLF."));
                return false;
            }
            m_request.body.append(m_buffer.constData(), m_bodyRemaining);
            m_buffer.remove(0, m_bodyRemaining + 2);
            m_bodyRemaining = 0;
            m_state = State::ChunkSize;
        } else { // ChunkTrailer: skip trailer fields up to the empty line
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                m_bodyRemaining += m_buffer.size();
                if (m_bodyRemaining > kMaxTrailerBytes)
                    fail(431, tr("The chunked trailer is too large."));
                return false;
            }
            m_buffer.remove(0, eol + 2);
            if (eol == 0)
                return true;
        }
    }
}

void HttpConnection::finishRequest()
{
    m_state = State::Waiting;
    m_headRequest = m_request.method == "HEAD";
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
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    response.headers.remove("Content-Length");
    response.headers.remove("Connection");
    response.headers.remove("Transfer-Encoding");
    if (!response.headers.contains("Date"))
        out += "Date: " + httpDate() + "\r\n";
    for (const HttpHeaders::Field &f : response.headers.fields())
        out += f.first + ": " + f.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!m_headRequest)
        out += response.body;
    m_socket->write(out);
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
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkTrailer:
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
