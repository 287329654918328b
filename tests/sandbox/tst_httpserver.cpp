// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives HttpServer over loopback sockets with hand-written bytes, so every framing edge case
// reaches the parser exactly as sent, and reads the answers back the way a strict HTTP/1.1
// client would. The server lives in this thread: every wait spins the event loop until a
// condition holds.

#include "sandbox/http/httpserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using portico::http::HttpRequest;
using portico::http::HttpResponse;
using portico::http::HttpServer;

namespace {

// Small enough that the limits and timeouts are reached quickly, large enough that a loaded
// machine does not trip them by accident.
constexpr qsizetype kMaxHeaderBytes = 8 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024;
constexpr int kRequestTimeoutMs = 300;
constexpr int kIdleTimeoutMs = 500;
// Only a broken server makes a test wait this long.
constexpr int kWaitMs = 5000;
// QTimer's default coarse timers may fire up to 5% early.
constexpr double kTimerSlack = 0.9;

struct Response
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &field : headers) {
            if (field.first.compare(name, Qt::CaseInsensitive) == 0)
                return field.second;
        }
        return {};
    }

    int headerCount(QByteArrayView name) const
    {
        int n = 0;
        for (const auto &field : headers)
            n += field.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString query(const QString &key) const
    {
        return QUrlQuery(json().value(u"query"_s).toString()).queryItemValue(key);
    }
};

enum class Parsed { Incomplete, Complete, Malformed };

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// Takes one response off the front of bytes. Any deviation from RFC 9112 framing is reported
// rather than tolerated, because a lenient reader would hide exactly the bugs looked for here.
Parsed takeResponse(QByteArray &bytes, bool headRequest, Response &out, QByteArray &problem)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (bytes.size() >= 9 && !bytes.startsWith("HTTP/1.1 ")) {
            problem = "not an HTTP/1.1 status line: "_ba + bytes.left(80);
            return Parsed::Malformed;
        }
        return Parsed::Incomplete;
    }
    QList<QByteArray> lines;
    for (qsizetype from = 0;;) {
        const qsizetype eol = bytes.indexOf("\r\n", from);
        lines.append(bytes.mid(from, eol - from));
        if (eol >= headEnd)
            break;
        from = eol + 2;
    }

    static const QRegularExpression statusLine(u"^HTTP/1\\.1 ([1-5][0-9][0-9]) ([\\t -~]+)$"_s);
    const QRegularExpressionMatch match = statusLine.match(QString::fromLatin1(lines.first()));
    if (!match.hasMatch()) {
        problem = "malformed status line: "_ba + lines.first();
        return Parsed::Malformed;
    }
    Response r;
    r.status = match.captured(1).toInt();
    r.reason = match.captured(2).toLatin1();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)) || line.contains('\r') || line.contains('\n')) {
            problem = "malformed header line: "_ba + line;
            return Parsed::Malformed;
        }
        r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    qsizetype length = 0;
    if (r.status < 200 || r.status == 204) {
        // RFC 9110 §8.6: such an answer has no content and must not say how long it is.
        if (r.headerCount("Content-Length") != 0) {
            problem = "Content-Length in an answer without content: "_ba + bytes.left(headEnd);
            return Parsed::Malformed;
        }
    } else {
        if (r.headerCount("Content-Length") != 1) {
            problem = "no single Content-Length in: "_ba + bytes.left(headEnd);
            return Parsed::Malformed;
        }
        bool ok = false;
        length = r.header("Content-Length").toLongLong(&ok);
        if (!ok || length < 0) {
            problem = "bad Content-Length: "_ba + r.header("Content-Length");
            return Parsed::Malformed;
        }
    }
    if (headRequest || r.status < 200)
        length = 0;
    const qsizetype bodyStart = headEnd + 4;
    if (bytes.size() < bodyStart + length)
        return Parsed::Incomplete;
    r.body = bytes.mid(bodyStart, length);
    bytes.remove(0, bodyStart + length);
    out = std::move(r);
    return Parsed::Complete;
}

bool isCurrentImfFixdate(const QByteArray &value)
{
    static const QRegularExpression shape(u"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} "
                                          "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                                          "[0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$"_s);
    const QString text = QString::fromLatin1(value);
    if (!shape.match(text).hasMatch())
        return false;
    const QDateTime parsed = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    if (!parsed.isValid())
        return false;
    const QDateTime utc(parsed.date(), parsed.time(), QTimeZone::utc());
    return qAbs(utc.secsTo(QDateTime::currentDateTimeUtc())) <= 60;
}

// A client socket that records everything the server sends and whether it hung up.
class Client
{
public:
    explicit Client(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
            if (m_socket.isOpen())
                m_received += m_socket.readAll();
            m_closed = true;
        });
        // A reset arrives as an error, possibly without a disconnected() of its own.
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket, [this] {
            if (m_socket.isOpen())
                m_received += m_socket.readAll();
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    ~Client()
    {
        m_socket.disconnect();
        m_socket.abort();
    }
    Q_DISABLE_COPY_MOVE(Client)

    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return isConnected(); }, kWaitMs);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // Puts the bytes on the wire now and lets the server read them, so a test knows the
    // server has seen exactly this much.
    void sendNow(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.flush();
        QCoreApplication::processEvents();
    }

    void sendInPieces(const QByteArray &bytes, qsizetype pieceSize)
    {
        for (qsizetype i = 0; i < bytes.size(); i += pieceSize)
            sendNow(bytes.mid(i, pieceSize));
    }

    bool next(Response &out, bool headRequest = false)
    {
        Parsed state = Parsed::Incomplete;
        // The outcome is in state, which also tells a timeout apart.
        (void)QTest::qWaitFor(
            [&] {
                state = takeResponse(m_received, headRequest, out, m_problem);
                return state != Parsed::Incomplete || isClosed();
            },
            kWaitMs);
        if (state == Parsed::Complete)
            return true;
        if (state == Parsed::Incomplete) {
            m_problem = (isClosed() ? "closed before a whole response arrived; got: "_ba
                                    : "no whole response in time; got: "_ba) +
                m_received.left(300);
        }
        return false;
    }

    bool waitClosed(int timeoutMs = kWaitMs)
    {
        return QTest::qWaitFor([this] { return isClosed(); }, timeoutMs);
    }

    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_closed || m_socket.state() == QAbstractSocket::UnconnectedState; }
    const QByteArray &unread() const { return m_received; }
    const char *problem() const { return m_problem.constData(); }
    qint64 bytesToWrite() const { return m_socket.bytesToWrite(); }
    void disconnectFromHost() { m_socket.disconnectFromHost(); }
    void abort() { m_socket.abort(); }

private:
    QByteArray m_received;
    QByteArray m_problem;
    bool m_closed = false;
    // Last, so it goes first and its signals never reach the members above after they are gone.
    QTcpSocket m_socket;
};

HttpResponse echo(const HttpRequest &request)
{
    const QJsonObject o{
        {u"method"_s, QString::fromLatin1(request.method)},
        {u"path"_s, QString::fromLatin1(request.path)},
        {u"query"_s, QString::fromLatin1(request.query)},
        {u"header"_s, QString::fromLatin1(request.headers.value("X-Test"))},
        {u"bodyLength"_s, qint64(request.body.size())},
        {u"body"_s, QString::fromLatin1(request.body)},
        {u"version"_s, request.versionMinor},
    };
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QByteArray chunked(const QByteArray &path, const QByteArray &chunks)
{
    return "POST "_ba + path + " HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"_ba + chunks;
}

QByteArray withLength(const QByteArray &path, qsizetype length, const QByteArray &body = {})
{
    return "POST "_ba + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: "_ba + QByteArray::number(length) +
        "\r\n\r\n"_ba + body;
}

// Chunks of 32 KiB that together carry totalBytes.
QByteArray bigChunks(qsizetype totalBytes)
{
    QByteArray out;
    for (qsizetype left = totalBytes; left > 0;) {
        const qsizetype n = qMin<qsizetype>(left, 0x8000);
        out += QByteArray::number(n, 16) + "\r\n"_ba + QByteArray(n, 'c') + "\r\n"_ba;
        left -= n;
    }
    return out;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getIsAnsweredWithStatusLineDateContentLengthAndBody();
    void postBodyWithContentLengthReachesHandlerByteForByte();
    void headGetsHeadersButNoBody();
    void networkAccessManagerInteroperates();

    void keepAliveServesSequentialRequestsOnOneConnection();
    void http10WithoutKeepAliveIsClosedAfterAnswer();
    void http10WithKeepAliveStaysOpen();
    void connectionCloseIsClosedAfterAnswer();
    void pipelinedRequestsAreAnsweredInOrder_data();
    void pipelinedRequestsAreAnsweredInOrder();

    void chunkedBodyWithExtensionsAndTrailerIsReassembled_data();
    void chunkedBodyWithExtensionsAndTrailerIsReassembled();
    void malformedChunkedBodyGets400_data();
    void malformedChunkedBodyGets400();

    void expectContinueGetsInterimResponseBeforeFinalAnswer();
    void expectContinueWithOversizedLengthGets413WithoutContinue();
    void expectContinueFromHttp10GetsNoInterimResponse();

    void bodyOfExactlyMaxBodyBytesIsAccepted_data();
    void bodyOfExactlyMaxBodyBytesIsAccepted();
    void oversizedBodyGets413WithDefaultJsonError_data();
    void oversizedBodyGets413WithDefaultJsonError();
    void refusedBodyIsDrainedBeforeClosing();
    void errorFormatterShapesServerErrors_data();
    void errorFormatterShapesServerErrors();

    void headerSectionOverMaxHeaderBytesGets431_data();
    void headerSectionOverMaxHeaderBytesGets431();
    void unterminatedHugeHeaderLineGets431AndIsClosed();

    void answersWithoutContentCarryNoContentLengthAndNoBody_data();
    void answersWithoutContentCarryNoContentLengthAndNoBody();

    void malformedRequestGetsErrorAndServerKeepsServing_data();
    void malformedRequestGetsErrorAndServerKeepsServing();
    void lowercaseMethodReachesHandlerUnfolded();
    void emptyLinesBeforeRequestAreIgnored();
    void bareEmptyLinesGetNoAnswerAndAreClosed();

    void truncatedRequestGets408AfterRequestTimeout_data();
    void truncatedRequestGets408AfterRequestTimeout();
    void idleKeepAliveConnectionIsClosedAfterIdleTimeout();
    void pendingRequestOutlivesRequestAndIdleTimeouts();

    void clientDisconnectingMidBodyIsHarmless_data();
    void clientDisconnectingMidBodyIsHarmless();
    void clientDisconnectingWhileRequestPendingIsHarmless_data();
    void clientDisconnectingWhileRequestPendingIsHarmless();
    void responderOutlivingServerIsHarmless();
    void responderCalledTwiceAnswersOnce();
    void staleResponderDoesNotAnswerNextRequest();

    void fiftyConcurrentClientsGetTheirOwnAnswers();
    void randomBytesGetStatusLineOrClose();

private:
    void handle(const HttpRequest &request, HttpServer::Responder respond);
    quint16 port() const { return m_server->serverPort(); }
    void setRequestTimeout(int ms);
    // Empty when a fresh connection's plain request is still answered; otherwise what went wrong.
    QByteArray servingProblem();

    std::unique_ptr<HttpServer> m_server;
    std::vector<HttpServer::Responder> m_pending;
    std::vector<HttpServer::Responder> m_stashed;
    QList<int> m_formatted;
    int m_requests = 0;
};

void TestHttpServer::init()
{
    m_requests = 0;
    m_formatted.clear();
    m_server = std::make_unique<HttpServer>(
        [this](const HttpRequest &request, HttpServer::Responder respond) { handle(request, std::move(respond)); });
    HttpServer::Limits limits;
    limits.maxHeaderBytes = kMaxHeaderBytes;
    limits.maxBodyBytes = kMaxBodyBytes;
    limits.requestTimeoutMs = kRequestTimeoutMs;
    limits.idleTimeoutMs = kIdleTimeoutMs;
    m_server->setLimits(limits);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
}

void TestHttpServer::cleanup()
{
    m_server.reset();
    m_pending.clear();
    m_stashed.clear();
}

void TestHttpServer::handle(const HttpRequest &request, HttpServer::Responder respond)
{
    ++m_requests;
    static const QList<QByteArray> implemented{"GET"_ba, "HEAD"_ba, "POST"_ba, "PUT"_ba, "DELETE"_ba};
    if (!implemented.contains(request.method)) {
        // What an origin server answers for a method it does not know; the body names the
        // method as it arrived so a test can see it was not normalised on the way.
        respond(HttpResponse::text(501, request.method));
        return;
    }
    if (request.path == "/async") {
        const int delay = request.queryItems().queryItemValue(u"delay"_s).toInt();
        QTimer::singleShot(delay, this, [respond, answer = echo(request)] { respond(answer); });
    } else if (request.path == "/never") {
        m_pending.push_back(std::move(respond));
    } else if (request.path == "/stash") {
        respond(echo(request));
        m_stashed.push_back(std::move(respond));
    } else if (request.path == "/twice") {
        respond(HttpResponse::text(200, "first"_ba));
        respond(HttpResponse::text(200, "second"_ba));
    } else if (request.path == "/status") {
        // A handler that sets a status and, carelessly, a body too.
        HttpResponse response = HttpResponse::text(200, "content the status forbids"_ba);
        response.status = request.queryItems().queryItemValue(u"code"_s).toInt();
        respond(response);
    } else if (request.path == "/fixed") {
        respond(HttpResponse::text(200, "fixed body"_ba));
    } else {
        respond(echo(request));
    }
}

void TestHttpServer::setRequestTimeout(int ms)
{
    HttpServer::Limits limits = m_server->limits();
    limits.requestTimeoutMs = ms;
    m_server->setLimits(limits);
}

QByteArray TestHttpServer::servingProblem()
{
    Client c(port());
    if (!c.waitConnected())
        return "a fresh connection is not accepted"_ba;
    c.send("GET /echo?alive=yes HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response r;
    if (!c.next(r))
        return "a fresh request is not answered: "_ba + c.problem();
    if (r.status != 200 || r.query(u"alive"_s) != u"yes"_s)
        return "a fresh request gets a wrong answer: "_ba + QByteArray::number(r.status) + ' ' + r.body;
    return {};
}

#define VERIFY_STILL_SERVING()                                                                                         \
    do {                                                                                                               \
        const QByteArray problem = servingProblem();                                                                   \
        QVERIFY2(problem.isEmpty(), problem.constData());                                                              \
    } while (false)

void TestHttpServer::getIsAnsweredWithStatusLineDateContentLengthAndBody()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /echo/some%20thing?a=1&b=two HTTP/1.1\r\nHost: localhost\r\nX-Test: hello there\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.reason, "OK"_ba);
    QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8"_ba);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
    QCOMPARE(r.headerCount("Date"), 1);
    QVERIFY2(isCurrentImfFixdate(r.header("Date")), r.header("Date").constData());
    QCOMPARE(r.headerCount("Connection"), 0);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(o.value(u"path"_s).toString(), u"/echo/some%20thing"_s);
    QCOMPARE(o.value(u"query"_s).toString(), u"a=1&b=two"_s);
    QCOMPARE(o.value(u"header"_s).toString(), u"hello there"_s);
    QCOMPARE(o.value(u"bodyLength"_s).toInt(), 0);
    QCOMPARE(o.value(u"version"_s).toInt(), 1);
    QVERIFY(c.unread().isEmpty());
    QVERIFY(!c.isClosed());
}

void TestHttpServer::postBodyWithContentLengthReachesHandlerByteForByte()
{
    // A blank line and a NUL inside the body must not be read as framing.
    const QByteArray body = "first\r\n\r\nGET / HTTP/1.1\r\n\0tail"_ba;
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\nContent-Length: "_ba +
           QByteArray::number(body.size()) + "\r\n\r\n"_ba + body);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
    QVERIFY(isCurrentImfFixdate(r.header("Date")));
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(o.value(u"bodyLength"_s).toInt(), int(body.size()));
    QCOMPARE(o.value(u"body"_s).toString(), QString::fromLatin1(body));
    QCOMPARE(m_requests, 1);
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::headGetsHeadersButNoBody()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("HEAD /fixed HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response head;
    QVERIFY2(c.next(head, true), c.problem());
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length"), "10"_ba);
    QCOMPARE(head.header("Content-Type"), "text/plain; charset=utf-8"_ba);
    QVERIFY(head.headerCount("Date") == 1);
    // Had the server sent the body anyway, it would sit in front of the next status line.
    c.send("GET /fixed HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response get;
    QVERIFY2(c.next(get), c.problem());
    QCOMPARE(get.status, 200);
    QCOMPARE(get.body, "fixed body"_ba);
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::networkAccessManagerInteroperates()
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    const auto url = [this](const QString &path, const QString &query) {
        QUrl u;
        u.setScheme(u"http"_s);
        u.setHost(u"127.0.0.1"_s);
        u.setPort(port());
        u.setPath(path);
        u.setQuery(query);
        return u;
    };

    QNetworkRequest getRequest(url(u"/async"_s, u"delay=20&via=nam"_s));
    getRequest.setRawHeader("X-Test"_ba, "from nam"_ba);
    std::unique_ptr<QNetworkReply> get(nam.get(getRequest));
    QSignalSpy getFinished(get.get(), &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(getFinished.size(), 1, kWaitMs);
    QCOMPARE(get->error(), QNetworkReply::NoError);
    QCOMPARE(get->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(isCurrentImfFixdate(get->rawHeader("Date"_ba)));
    const QJsonObject got = QJsonDocument::fromJson(get->readAll()).object();
    QCOMPARE(got.value(u"query"_s).toString(), u"delay=20&via=nam"_s);
    QCOMPARE(got.value(u"header"_s).toString(), u"from nam"_s);

    QNetworkRequest postRequest(url(u"/echo"_s, {}));
    postRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/octet-stream"_s);
    const QByteArray body(3000, 'p');
    std::unique_ptr<QNetworkReply> post(nam.post(postRequest, body));
    QSignalSpy postFinished(post.get(), &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(postFinished.size(), 1, kWaitMs);
    QCOMPARE(post->error(), QNetworkReply::NoError);
    const QJsonObject posted = QJsonDocument::fromJson(post->readAll()).object();
    QCOMPARE(posted.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(posted.value(u"bodyLength"_s).toInt(), int(body.size()));

    std::unique_ptr<QNetworkReply> tooBig(nam.post(postRequest, QByteArray(kMaxBodyBytes + 1, 'p')));
    QSignalSpy tooBigFinished(tooBig.get(), &QNetworkReply::finished);
    QTRY_COMPARE_WITH_TIMEOUT(tooBigFinished.size(), 1, kWaitMs);
    QCOMPARE(tooBig->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 413);
    QCOMPARE(QJsonDocument::fromJson(tooBig->readAll()).object().value(u"statusCode"_s).toInt(), 413);
}

void TestHttpServer::keepAliveServesSequentialRequestsOnOneConnection()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /echo?n=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response first;
    QVERIFY2(c.next(first), c.problem());
    QCOMPARE(first.status, 200);
    QCOMPARE(first.query(u"n"_s), u"1"_s);
    QCOMPARE(first.headerCount("Connection"), 0);

    c.send(withLength("/echo?n=2"_ba, 4, "abcd"_ba));
    Response second;
    QVERIFY2(c.next(second), c.problem());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.query(u"n"_s), u"2"_s);
    QCOMPARE(second.json().value(u"body"_s).toString(), u"abcd"_s);

    c.send("GET /async?n=3 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response third;
    QVERIFY2(c.next(third), c.problem());
    QCOMPARE(third.query(u"n"_s), u"3"_s);
    QVERIFY(!c.isClosed());
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestHttpServer::http10WithoutKeepAliveIsClosedAfterAnswer()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /echo HTTP/1.0\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"version"_s).toInt(), 0);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QVERIFY(c.waitClosed());
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::http10WithKeepAliveStaysOpen()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    for (int i = 0; i < 2; ++i) {
        c.send("GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba);
        Response r;
        QVERIFY2(c.next(r), c.problem());
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Connection") != "close"_ba);
    }
    QVERIFY(!c.isClosed());
}

void TestHttpServer::connectionCloseIsClosedAfterAnswer()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /echo HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QVERIFY(c.waitClosed());
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::pipelinedRequestsAreAnsweredInOrder_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    const QByteArray plainSecond = "GET /echo?n=2 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba;
    QTest::newRow("both answered at once")
        << "GET /echo?n=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba << withLength("/echo?n=2"_ba, 3, "xyz"_ba);
    QTest::newRow("first answered later")
        << "GET /async?delay=40&n=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba << plainSecond;
    QTest::newRow("both answered later, second sooner")
        << "GET /async?delay=60&n=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba
        << "GET /async?delay=0&n=2 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba;
    QTest::newRow("first chunked and answered later")
        << chunked("/async?delay=30&n=1"_ba, "3\r\nabc\r\n0\r\n\r\n"_ba) << plainSecond;
}

void TestHttpServer::pipelinedRequestsAreAnsweredInOrder()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send(first + second);
    Response r1;
    Response r2;
    QVERIFY2(c.next(r1), c.problem());
    QVERIFY2(c.next(r2), c.problem());
    QCOMPARE(r1.status, 200);
    QCOMPARE(r2.status, 200);
    QCOMPARE(r1.query(u"n"_s), u"1"_s);
    QCOMPARE(r2.query(u"n"_s), u"2"_s);
    QVERIFY(c.unread().isEmpty());
    QCOMPARE(m_requests, 2);
}

void TestHttpServer::chunkedBodyWithExtensionsAndTrailerIsReassembled_data()
{
    QTest::addColumn<int>("pieceSize");
    QTest::newRow("in one write") << 0;
    QTest::newRow("in 7-byte pieces") << 7;
    QTest::newRow("byte by byte") << 1;
}

void TestHttpServer::chunkedBodyWithExtensionsAndTrailerIsReassembled()
{
    QFETCH(int, pieceSize);
    // The request after the trailer shows the trailer was consumed to its last byte.
    const QByteArray bytes = chunked("/echo"_ba,
                                     "5;name=value\r\nhello\r\n"
                                     "7 ; ext=\"quoted\"\r\n, world\r\n"
                                     "A\r\n0123456789\r\n"
                                     "0\r\nX-Trailer: yes\r\nX-Other: 1\r\n\r\n"_ba) +
        "GET /echo?after=chunked HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba;
    Client c(port());
    QVERIFY(c.waitConnected());
    if (pieceSize == 0)
        c.send(bytes);
    else
        c.sendInPieces(bytes, pieceSize);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"body"_s).toString(), u"hello, world0123456789"_s);
    QCOMPARE(r.json().value(u"bodyLength"_s).toInt(), 22);
    Response after;
    QVERIFY2(c.next(after), c.problem());
    QCOMPARE(after.status, 200);
    QCOMPARE(after.query(u"after"_s), u"chunked"_s);
    QVERIFY(!c.isClosed());
}

void TestHttpServer::malformedChunkedBodyGets400_data()
{
    QTest::addColumn<QByteArray>("chunks");
    QTest::newRow("non-hex size") << "zz\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("negative size") << "-5\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("size with a sign") << "+5\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("size with a 0x prefix") << "0x5\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("extension without size") << ";ext\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("size of 17 hex digits") << "10000000000000000\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("data not followed by CRLF") << "5\r\nhelloXY0\r\n\r\n"_ba;
    QTest::newRow("size line that never ends") << QByteArray(2000, '1');
    // The line limit holds when the whole over-long line arrives in one read, too.
    QTest::newRow("size line over 1 KiB arriving whole")
        << "5;"_ba + QByteArray(1100, 'e') + "\r\nhello\r\n0\r\n\r\n"_ba;
}

void TestHttpServer::malformedChunkedBodyGets400()
{
    QFETCH(QByteArray, chunks);
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send(chunked("/echo"_ba, chunks));
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 400);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QVERIFY(c.waitClosed());
    QCOMPARE(m_requests, 0);
    VERIFY_STILL_SERVING();
}

void TestHttpServer::expectContinueGetsInterimResponseBeforeFinalAnswer()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n"_ba);
    Response interim;
    QVERIFY2(c.next(interim), c.problem());
    QCOMPARE(interim.status, 100);
    QCOMPARE(interim.reason, "Continue"_ba);
    QVERIFY(c.unread().isEmpty());
    QCOMPARE(m_requests, 0);

    c.send("hello"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"body"_s).toString(), u"hello"_s);
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::expectContinueWithOversizedLengthGets413WithoutContinue()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("POST /echo HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: "_ba +
           QByteArray::number(kMaxBodyBytes + 1) + "\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 413);
    QCOMPARE(m_requests, 0);
}

void TestHttpServer::expectContinueFromHttp10GetsNoInterimResponse()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("POST /echo HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\nhello"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"body"_s).toString(), u"hello"_s);
    QVERIFY(c.waitClosed());
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::bodyOfExactlyMaxBodyBytesIsAccepted_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("content-length") << withLength("/echo"_ba, kMaxBodyBytes, QByteArray(kMaxBodyBytes, 'b'));
    QTest::newRow("chunked") << chunked("/echo"_ba, bigChunks(kMaxBodyBytes) + "0\r\n\r\n"_ba);
}

void TestHttpServer::bodyOfExactlyMaxBodyBytesIsAccepted()
{
    QFETCH(QByteArray, request);
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send(request);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"bodyLength"_s).toInt(), int(kMaxBodyBytes));
}

void TestHttpServer::oversizedBodyGets413WithDefaultJsonError_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("content-length") << withLength("/echo"_ba, kMaxBodyBytes + 1);
    QTest::newRow("content-length of 20 digits")
        << "POST /echo HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"_ba;
    QTest::newRow("one chunk") << chunked("/echo"_ba, QByteArray::number(kMaxBodyBytes + 1, 16) + "\r\n"_ba);
    QTest::newRow("chunks adding up") << chunked("/echo"_ba, bigChunks(kMaxBodyBytes) + "1\r\nx\r\n0\r\n\r\n"_ba);
}

void TestHttpServer::oversizedBodyGets413WithDefaultJsonError()
{
    QFETCH(QByteArray, request);
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send(request);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 413);
    QCOMPARE(r.reason, "Payload Too Large"_ba);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QCOMPARE(r.header("Content-Type"), "application/json; charset=utf-8"_ba);
    const QJsonObject error = r.json();
    QCOMPARE(error.size(), 2);
    QCOMPARE(error.value(u"statusCode"_s).toInt(), 413);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(m_requests, 0);
}

void TestHttpServer::refusedBodyIsDrainedBeforeClosing()
{
    // Closing while the client is still sending makes the kernel answer with a reset, which can
    // destroy the 413 before the client reads it; so the server reads the declared body first.
    constexpr qsizetype declared = kMaxBodyBytes + 4000;
    constexpr qsizetype held = 16;
    Client c(port());
    QVERIFY(c.waitConnected());
    const qint64 readBefore = m_server->bytesRead();
    const QByteArray sent = withLength("/echo"_ba, declared, QByteArray(declared - held, 'b'));
    c.send(sent);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 413);
    QCOMPARE(r.header("Connection"), "close"_ba);
    // The server has read every byte sent so far and decided what to do with them; a close
    // it made then is already on the loopback, and the next round of events shows it.
    QVERIFY(QTest::qWaitFor([&] { return m_server->bytesRead() - readBefore == sent.size(); }, kWaitMs));
    QCoreApplication::processEvents();
    QVERIFY2(!c.isClosed(), "closed before the declared body was read");
    c.send(QByteArray(held, 'b'));
    // Far sooner than the drain's own time limit, so it is the body's end that closes it.
    QVERIFY(c.waitClosed(2000));
    QVERIFY(c.unread().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
}

void TestHttpServer::errorFormatterShapesServerErrors_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("413 by content-length") << withLength("/echo"_ba, kMaxBodyBytes + 1) << 413;
    QTest::newRow("413 by chunks") << chunked("/echo"_ba, bigChunks(kMaxBodyBytes + 1)) << 413;
    QTest::newRow("431") << QByteArray("GET /echo HTTP/1.1\r\nX-Big: "_ba + QByteArray(kMaxHeaderBytes, 'a') +
                                       "\r\n\r\n"_ba)
                         << 431;
    QTest::newRow("400") << "GET /echo\r\n\r\n"_ba << 400;
    QTest::newRow("408") << "GET /echo HTTP/1.1\r\n"_ba << 408;
    QTest::newRow("501") << "POST /echo HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 501;
    QTest::newRow("505") << "GET /echo HTTP/2.0\r\n\r\n"_ba << 505;
}

void TestHttpServer::errorFormatterShapesServerErrors()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    m_server->setErrorFormatter([this](int code, const QString &message) {
        m_formatted.append(code);
        HttpResponse r = HttpResponse::text(code, "custom "_ba + QByteArray::number(code) + ": "_ba + message.toUtf8());
        r.headers.set("X-Formatted"_ba, "yes"_ba);
        return r;
    });
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send(request);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("X-Formatted"), "yes"_ba);
    QCOMPARE(r.header("Content-Type"), "text/plain; charset=utf-8"_ba);
    const QByteArray prefix = "custom "_ba + QByteArray::number(status) + ": "_ba;
    QVERIFY2(r.body.startsWith(prefix) && r.body.size() > prefix.size(), r.body.constData());
    QCOMPARE(r.header("Connection"), "close"_ba);
    QCOMPARE(m_formatted, QList<int>{status});
}

void TestHttpServer::headerSectionOverMaxHeaderBytesGets431_data()
{
    QTest::addColumn<int>("excess");
    QTest::addColumn<int>("status");
    QTest::newRow("exactly at the limit") << 0 << 200;
    QTest::newRow("one byte over") << 1 << 431;
    QTest::newRow("far over") << int(kMaxHeaderBytes) << 431;
}

void TestHttpServer::headerSectionOverMaxHeaderBytesGets431()
{
    QFETCH(int, excess);
    QFETCH(int, status);
    const QByteArray prefix = "GET /echo HTTP/1.1\r\nHost: localhost\r\nX-Pad: "_ba;
    const QByteArray head = prefix + QByteArray(kMaxHeaderBytes + excess - prefix.size() - 4, 'p') + "\r\n\r\n"_ba;
    QCOMPARE(head.size(), kMaxHeaderBytes + excess);
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send(head);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, status);
    if (status == 431) {
        QCOMPARE(r.reason, "Request Header Fields Too Large"_ba);
        QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 431);
        QVERIFY(c.waitClosed());
        QCOMPARE(m_requests, 0);
    }
}

void TestHttpServer::unterminatedHugeHeaderLineGets431AndIsClosed()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /echo HTTP/1.1\r\nX-Huge: "_ba + QByteArray(kMaxHeaderBytes + 1000, 'h'));
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 431);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 431);
    QVERIFY(c.waitClosed());
    QVERIFY(c.unread().isEmpty());
    VERIFY_STILL_SERVING();
}

void TestHttpServer::malformedRequestGetsErrorAndServerKeepsServing_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage bytes") << "\x16\x03\x01\x00\xa5\x01\x00 \xff\xfe\x00 garbage\r\n\r\n"_ba << 400;
    QTest::newRow("request line of two parts") << "GET /echo\r\nHost: localhost\r\n\r\n"_ba << 400;
    QTest::newRow("request line of four parts") << "GET /echo HTTP/1.1 extra\r\n\r\n"_ba << 400;
    QTest::newRow("double space in request line") << "GET  /echo HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("separator in method") << "GE(T /echo HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba << 400;
    QTest::newRow("non-ASCII method") << "G\xc3\x89T /echo HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba << 400;
    QTest::newRow("target not a path") << "GET echo HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("control character in target") << "GET /ec\x01ho HTTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("unknown protocol") << "GET /echo FTP/1.1\r\n\r\n"_ba << 400;
    QTest::newRow("header without colon") << "GET /echo HTTP/1.1\r\nHost localhost\r\n\r\n"_ba << 400;
    QTest::newRow("space before colon") << "GET /echo HTTP/1.1\r\nHost : localhost\r\n\r\n"_ba << 400;
    QTest::newRow("empty header name") << "GET /echo HTTP/1.1\r\n: value\r\n\r\n"_ba << 400;
    QTest::newRow("obs-fold") << "GET /echo HTTP/1.1\r\nX-Test: a\r\n  folded\r\n\r\n"_ba << 400;
    QTest::newRow("conflicting content-length")
        << "POST /echo HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!"_ba << 400;
    QTest::newRow("content-length and transfer-encoding")
        << "POST /echo HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"_ba
        << 400;
    QTest::newRow("non-numeric content-length") << "POST /echo HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n"_ba << 400;
    QTest::newRow("negative content-length") << "POST /echo HTTP/1.1\r\nContent-Length: -1\r\n\r\n"_ba << 400;
    QTest::newRow("signed content-length") << "POST /echo HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello"_ba << 400;
    QTest::newRow("empty content-length") << "POST /echo HTTP/1.1\r\nContent-Length:\r\n\r\n"_ba << 400;
    QTest::newRow("list content-length") << "POST /echo HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\nhello"_ba << 400;
    QTest::newRow("unsupported transfer-encoding")
        << "POST /echo HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 501;
    QTest::newRow("transfer-coding list")
        << "POST /echo HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"_ba << 501;
    QTest::newRow("empty transfer-encoding field beside content-length")
        << "POST /echo HTTP/1.1\r\nTransfer-Encoding:\r\nContent-Length: 5\r\n\r\nhello"_ba << 400;
    QTest::newRow("empty transfer-encoding field") << "POST /echo HTTP/1.1\r\nTransfer-Encoding: \r\n\r\n"_ba << 501;
    QTest::newRow("second transfer-encoding field")
        << "POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n"_ba << 501;
    QTest::newRow("HTTP/2.0 request line") << "GET /echo HTTP/2.0\r\nHost: localhost\r\n\r\n"_ba << 505;
    QTest::newRow("HTTP/2 connection preface") << "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"_ba << 505;
    QTest::newRow("control character in header value") << "GET /echo HTTP/1.1\r\nX-Test: a\x01z\r\n\r\n"_ba << 400;
    QTest::newRow("NUL in header value") << "GET /echo HTTP/1.1\r\nX-Test: a\0z\r\n\r\n"_ba << 400;
    QTest::newRow("DEL in header value") << "GET /echo HTTP/1.1\r\nX-Test: a\x7fz\r\n\r\n"_ba << 400;
    QTest::newRow("bare CR in header value") << "GET /echo HTTP/1.1\r\nX-Test: a\rz\r\n\r\n"_ba << 400;
    QTest::newRow("bare LF line ends") << "GET /echo HTTP/1.1\nHost: localhost\n\n"_ba << 400;
    QTest::newRow("bare LF after a header") << "GET /echo HTTP/1.1\r\nHost: localhost\n\r\n"_ba << 400;
    QTest::newRow("bare LF ends the header section") << "GET /echo HTTP/1.1\r\nHost: localhost\r\n\n"_ba << 400;
    // No blank line yet: refused at once rather than left to run into the request timeout.
    QTest::newRow("bare LF in an unfinished head") << "GET /echo HTTP/1.1\r\nHost: localhost\nX-Test: a"_ba << 400;
    QTest::newRow("bare LF before the request line") << "\nGET /echo HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba << 400;
}

void TestHttpServer::answersWithoutContentCarryNoContentLengthAndNoBody_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("204 No Content") << 204;
    QTest::newRow("103 Early Hints") << 103;
}

void TestHttpServer::answersWithoutContentCarryNoContentLengthAndNoBody()
{
    QFETCH(int, status);
    Client c(port());
    QVERIFY(c.waitConnected());
    // Pipelined: a body or a length sent with the first answer would garble the second.
    c.send("GET /status?code="_ba + QByteArray::number(status) + " HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba +
           "GET /echo?n=2 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response first;
    QVERIFY2(c.next(first), c.problem());
    QCOMPARE(first.status, status);
    QCOMPARE(first.headerCount("Content-Length"), 0);
    QCOMPARE(first.headerCount("Transfer-Encoding"), 0);
    QVERIFY(first.body.isEmpty());
    Response second;
    QVERIFY2(c.next(second), c.problem());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.query(u"n"_s), u"2"_s);
    QVERIFY(c.unread().isEmpty());
    QVERIFY(!c.isClosed());
}

void TestHttpServer::malformedRequestGetsErrorAndServerKeepsServing()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send(request);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, status);
    QCOMPARE(r.reason, portico::http::reasonPhrase(status));
    QCOMPARE(r.header("Connection"), "close"_ba);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
    const QJsonObject error = r.json();
    QCOMPARE(error.value(u"statusCode"_s).toInt(), status);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(c.waitClosed());
    QVERIFY(c.unread().isEmpty());
    QCOMPARE(m_requests, 0);
    VERIFY_STILL_SERVING();
}

void TestHttpServer::lowercaseMethodReachesHandlerUnfolded()
{
    // Methods are case-sensitive: "get" is some other, unknown method, not GET.
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("get /echo HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 501);
    QCOMPARE(r.body, "get"_ba);
    VERIFY_STILL_SERVING();
}

void TestHttpServer::emptyLinesBeforeRequestAreIgnored()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("\r\n\r\nGET /echo?n=1 HTTP/1.1\r\nHost: localhost\r\n\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.query(u"n"_s), u"1"_s);
    c.send("GET /echo?n=2 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.query(u"n"_s), u"2"_s);
}

void TestHttpServer::bareEmptyLinesGetNoAnswerAndAreClosed()
{
    // Empty lines before a request line are to be skipped, so there is nothing to refuse yet.
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("\r\n\r\n"_ba);
    QVERIFY(c.waitClosed());
    QVERIFY(c.unread().isEmpty());
    QCOMPARE(m_requests, 0);
    VERIFY_STILL_SERVING();
}

void TestHttpServer::truncatedRequestGets408AfterRequestTimeout_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("half of the header section") << "GET /echo HTTP/1.1\r\nHost: localhost\r\n"_ba;
    QTest::newRow("body shorter than content-length") << withLength("/echo"_ba, 10, "abcd"_ba);
    QTest::newRow("chunked body cut off") << chunked("/echo"_ba, "5\r\nhel"_ba);
    QTest::newRow("chunked trailer cut off") << chunked("/echo"_ba, "5\r\nhello\r\n0\r\nX-Trailer: y"_ba);
}

void TestHttpServer::truncatedRequestGets408AfterRequestTimeout()
{
    QFETCH(QByteArray, request);
    Client c(port());
    QVERIFY(c.waitConnected());
    QElapsedTimer clock;
    clock.start();
    c.send(request);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(r.status, 408);
    QCOMPARE(r.reason, "Request Timeout"_ba);
    QCOMPARE(r.header("Connection"), "close"_ba);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 408);
    QVERIFY2(elapsed >= kRequestTimeoutMs * kTimerSlack, QByteArray::number(elapsed).constData());
    QVERIFY(c.waitClosed());
    QCOMPARE(m_requests, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
}

void TestHttpServer::idleKeepAliveConnectionIsClosedAfterIdleTimeout()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /echo HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.status, 200);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(c.waitClosed());
    const qint64 elapsed = clock.elapsed();
    // Idle is not a truncated request: no 408, just a close.
    QVERIFY(c.unread().isEmpty());
    QVERIFY2(elapsed >= kIdleTimeoutMs * kTimerSlack - 50, QByteArray::number(elapsed).constData());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
}

void TestHttpServer::pendingRequestOutlivesRequestAndIdleTimeouts()
{
    Client pending(port());
    QVERIFY(pending.waitConnected());
    pending.send("GET /never HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), size_t(1), kWaitMs);
    // Opened after the pending request was complete, so any timer on the pending connection
    // would have fired before this one's idle timeout does.
    Client idle(port());
    QVERIFY(idle.waitConnected());
    QVERIFY(idle.waitClosed());
    QVERIFY(!pending.isClosed());
    QVERIFY(pending.unread().isEmpty());

    m_pending.front()(HttpResponse::text(200, "worth the wait"_ba));
    Response r;
    QVERIFY2(pending.next(r), pending.problem());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, "worth the wait"_ba);
}

void TestHttpServer::clientDisconnectingMidBodyIsHarmless_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("orderly close") << false;
    QTest::newRow("reset") << true;
}

void TestHttpServer::clientDisconnectingMidBodyIsHarmless()
{
    QFETCH(bool, reset);
    {
        Client c(port());
        QVERIFY(c.waitConnected());
        c.sendNow(withLength("/echo"_ba, 1000, QByteArray(100, 'b')));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 1, kWaitMs);
        QCoreApplication::processEvents();
        if (reset)
            c.abort();
        else
            c.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
    }
    QCOMPARE(m_requests, 0);
    VERIFY_STILL_SERVING();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
}

void TestHttpServer::clientDisconnectingWhileRequestPendingIsHarmless_data()
{
    clientDisconnectingMidBodyIsHarmless_data();
}

void TestHttpServer::clientDisconnectingWhileRequestPendingIsHarmless()
{
    QFETCH(bool, reset);
    {
        Client c(port());
        QVERIFY(c.waitConnected());
        c.send("POST /never HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\n\r\nabc"_ba);
        QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), size_t(1), kWaitMs);
        QCOMPARE(m_server->connectionCount(), 1);
        if (reset)
            c.abort();
        else
            c.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
    }
    // The handler finishing late must not touch the connection that went away.
    m_pending.front()(HttpResponse::text(200, "too late"_ba));
    m_pending.front()(HttpResponse::text(200, "much too late"_ba));
    VERIFY_STILL_SERVING();
}

void TestHttpServer::responderOutlivingServerIsHarmless()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /never HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), size_t(1), kWaitMs);
    m_server.reset();
    QVERIFY(c.waitClosed());
    m_pending.front()(HttpResponse::text(200, "nobody listens"_ba));
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::responderCalledTwiceAnswersOnce()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /twice HTTP/1.1\r\nHost: localhost\r\n\r\nGET /echo?n=2 HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response first;
    QVERIFY2(c.next(first), c.problem());
    QCOMPARE(first.body, "first"_ba);
    Response second;
    QVERIFY2(c.next(second), c.problem());
    QCOMPARE(second.query(u"n"_s), u"2"_s);
    QVERIFY(c.unread().isEmpty());
    QVERIFY(!c.isClosed());
}

void TestHttpServer::staleResponderDoesNotAnswerNextRequest()
{
    Client c(port());
    QVERIFY(c.waitConnected());
    c.send("GET /stash HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    Response r;
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.json().value(u"path"_s).toString(), u"/stash"_s);
    c.send("GET /never HTTP/1.1\r\nHost: localhost\r\n\r\n"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(m_pending.size(), size_t(1), kWaitMs);
    QCOMPARE(m_stashed.size(), size_t(1));

    m_stashed.front()(HttpResponse::text(200, "stale"_ba));
    // A stale answer would be written first and so arrive in place of this one.
    m_pending.front()(HttpResponse::text(200, "fresh"_ba));
    QVERIFY2(c.next(r), c.problem());
    QCOMPARE(r.body, "fresh"_ba);
    QVERIFY(c.unread().isEmpty());
}

void TestHttpServer::fiftyConcurrentClientsGetTheirOwnAnswers()
{
    constexpr int count = 50;
    std::vector<std::unique_ptr<Client>> clients;
    for (int i = 0; i < count; ++i)
        clients.push_back(std::make_unique<Client>(port()));
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &c : clients) {
                if (!c->isConnected())
                    return false;
            }
            return true;
        },
        kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), count, kWaitMs);

    const auto bodyOf = [](int i) {
        return QByteArray("payload of client "_ba + QByteArray::number(i)).repeated(i + 1);
    };
    for (int i = 0; i < count; ++i) {
        const QByteArray id = QByteArray::number(i);
        // Every other client is answered later and in a shuffled order, so answers complete
        // out of the order the requests arrived in.
        const QByteArray path = i % 2
            ? QByteArray("/echo?client="_ba + id)
            : QByteArray("/async?delay="_ba + QByteArray::number((count - i) % 7 * 5) + "&client="_ba + id);
        const QByteArray body = bodyOf(i);
        clients[i]->send("POST "_ba + path + " HTTP/1.1\r\nHost: localhost\r\nX-Test: client-"_ba + id +
                         "\r\nContent-Length: "_ba + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body);
    }
    for (int i = 0; i < count; ++i) {
        Response r;
        QVERIFY2(clients[i]->next(r), clients[i]->problem());
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(r.query(u"client"_s), QString::number(i));
        QCOMPARE(o.value(u"header"_s).toString(), u"client-"_s + QString::number(i));
        QCOMPARE(o.value(u"body"_s).toString(), QString::fromLatin1(bodyOf(i)));
    }
    QCOMPARE(m_requests, count);
    clients.clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
}

void TestHttpServer::randomBytesGetStatusLineOrClose()
{
    // Most inputs never complete a request, so they end in a 408; a shorter timeout keeps the
    // run short.
    setRequestTimeout(150);
    const QByteArray templates[] = {
        "GET /echo?x=1 HTTP/1.1\r\nHost: localhost\r\nX-Test: fuzz\r\n\r\n"_ba,
        "POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello"_ba,
        chunked("/echo"_ba, "5;e=1\r\nhello\r\n0\r\nT: 1\r\n\r\n"_ba),
    };
    const QByteArray alphabet =
        "GETPOSTHEAD /?:;=-\r\n\t HTTP/1.0123456789abcdefxContent-LengthTransfer-Encodingchunked"_ba;
    QRandomGenerator rng(0x5eed1234);
    const auto randomInput = [&](int i) {
        QByteArray out;
        switch (i % 3) {
        case 0: {
            out.resize(1 + rng.bounded(48));
            for (char &ch : out)
                ch = char(rng.bounded(256));
            break;
        }
        case 1: {
            out.resize(1 + rng.bounded(64));
            for (char &ch : out)
                ch = alphabet.at(rng.bounded(int(alphabet.size())));
            break;
        }
        default: {
            out = templates[rng.bounded(3)];
            const int edits = 1 + rng.bounded(4);
            for (int e = 0; e < edits; ++e) {
                const int at = rng.bounded(int(out.size()));
                switch (rng.bounded(3)) {
                case 0:
                    out[at] = char(rng.bounded(256));
                    break;
                case 1:
                    out.remove(at, 1);
                    break;
                default:
                    out.insert(at, alphabet.at(rng.bounded(int(alphabet.size()))));
                    break;
                }
            }
        }
        }
        return out;
    };

    static const QList<int> expectedStatuses{200, 400, 408, 413, 431, 501, 505};
    constexpr int total = 300;
    constexpr int batch = 50;
    int answered = 0;
    int closedSilently = 0;
    for (int start = 0; start < total; start += batch) {
        std::vector<std::unique_ptr<Client>> clients;
        QByteArrayList inputs;
        for (int i = start; i < start + batch; ++i) {
            clients.push_back(std::make_unique<Client>(port()));
            inputs.append(randomInput(i));
        }
        for (int i = 0; i < batch; ++i) {
            QVERIFY(clients[i]->waitConnected());
            clients[i]->send(inputs.at(i));
        }
        for (int i = 0; i < batch; ++i) {
            Client &c = *clients[i];
            const bool settled =
                QTest::qWaitFor([&] { return c.unread().contains("\r\n\r\n") || c.isClosed(); }, kWaitMs);
            const QByteArray context = "input "_ba + QByteArray::number(start + i) + ": "_ba +
                inputs.at(i).toPercentEncoding() + " got: "_ba + c.unread().left(200).toPercentEncoding();
            QVERIFY2(settled, context.constData());
            if (c.unread().isEmpty()) {
                ++closedSilently;
                continue;
            }
            static const QRegularExpression statusLine(u"^HTTP/1\\.1 ([0-9]{3}) [\\t -~]+\r\n"_s);
            const QRegularExpressionMatch match = statusLine.match(QString::fromLatin1(c.unread()));
            QVERIFY2(match.hasMatch(), context.constData());
            QVERIFY2(expectedStatuses.contains(match.captured(1).toInt()), context.constData());
            ++answered;
        }
    }
    QCOMPARE(answered + closedSilently, total);
    QVERIFY(answered > total / 2);
    VERIFY_STILL_SERVING();
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, kWaitMs);
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
