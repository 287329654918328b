// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives HttpClient against two kinds of loopback backend: HttpServer, for well-formed
// exchanges checked from the server's side, and a raw QTcpServer whose answers each test
// scripts byte by byte, for framings and failures HttpServer never produces. Client and
// backends share this thread, so every wait spins the event loop until a condition holds.

#include "sandbox/http/httpclient.h"
#include "sandbox/http/httpserver.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using portico::http::HttpClient;
using portico::http::HttpRequest;
using portico::http::HttpResponse;
using portico::http::HttpServer;

namespace {

// Only a broken client makes a test wait this long.
constexpr int kWaitMs = 5000;
// QTimer's default coarse timers may fire up to 5% early.
constexpr double kTimerSlack = 0.9;
// The client's limit on an answer's status line and header fields, with the blank line.
constexpr qsizetype kMaxResponseHead = 64 * 1024;

// A well-formed keep-alive answer.
QByteArray answer(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 200 OK\r\n"_ba + extraHeaders + "Content-Length: "_ba + QByteArray::number(body.size()) +
        "\r\n\r\n"_ba + body;
}

// Writes bytes in pieces of pieceSize (all at once if 0), each in a TCP segment of its own
// and an event-loop turn after the previous one, so that the client reads them one by one
// and every split point of the framing gets exercised.
void drip(QTcpSocket *socket, QByteArray bytes, qsizetype pieceSize, std::function<void()> then = {})
{
    const qsizetype n = pieceSize > 0 ? qMin(pieceSize, bytes.size()) : bytes.size();
    socket->write(bytes.first(n));
    socket->flush();
    bytes.remove(0, n);
    if (bytes.isEmpty()) {
        if (then)
            then();
        return;
    }
    QTimer::singleShot(1, socket, [socket, bytes, pieceSize, then] { drip(socket, bytes, pieceSize, then); });
}

struct RawRequest
{
    int connection = 0;        // 1 for the first connection the backend accepted
    int indexOnConnection = 0; // 1 for a connection's first request
    QByteArray method;
    QByteArray target;
    QByteArray head;
    QByteArray body;
};

// A loopback backend that hands each complete request to a script, which answers with
// whatever bytes the test needs. Requests for /ok always get a well-formed answer, so a
// test can check that the client still works against the same host after a failure.
class RawBackend : public QObject
{
public:
    using Script = std::function<void(QTcpSocket *socket, const RawRequest &request)>;

    explicit RawBackend(Script script = {})
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] { acceptPending(); });
    }
    ~RawBackend() override
    {
        // The sockets are the server's children and outlive this object's other members.
        for (QTcpSocket *socket : std::as_const(m_sockets))
            socket->disconnect(this);
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QString(u"http://127.0.0.1:"_s + QString::number(port()) + pathAndQuery));
    }

    int accepted() const { return m_accepted; }
    int open() const { return int(m_sockets.size()); }
    int maxOpen() const { return m_maxOpen; }
    const QList<RawRequest> &requests() const { return m_requests; }
    int requestCount(QByteArrayView target) const
    {
        int n = 0;
        for (const RawRequest &r : m_requests)
            n += r.target == target ? 1 : 0;
        return n;
    }

    // Closes the backend's end of every open connection without spinning the event loop,
    // so the client has not yet seen the close when the test's next line runs.
    void closeConnections()
    {
        const QList<QTcpSocket *> sockets = m_sockets;
        for (QTcpSocket *socket : sockets)
            socket->disconnectFromHost();
    }

private:
    struct Connection
    {
        int number = 0;
        int requests = 0;
        QByteArray buffer;
    };

    void acceptPending()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            // Without it the scripts' small writes would wait for delayed ACKs.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto connection = std::make_shared<Connection>();
            connection->number = ++m_accepted;
            m_sockets.append(socket);
            m_maxOpen = qMax(m_maxOpen, int(m_sockets.size()));
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_sockets.removeOne(socket);
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket, connection] { onReadyRead(socket, *connection); });
        }
    }

    static qsizetype contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                return line.mid(15).trimmed().toLongLong();
        }
        return 0;
    }

    void onReadyRead(QTcpSocket *socket, Connection &connection)
    {
        connection.buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = connection.buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            RawRequest request;
            request.head = connection.buffer.left(headEnd + 4);
            const qsizetype length = contentLength(request.head);
            if (connection.buffer.size() < headEnd + 4 + length)
                return;
            request.body = connection.buffer.mid(headEnd + 4, length);
            connection.buffer.remove(0, headEnd + 4 + length);
            const QList<QByteArray> startLine = request.head.left(request.head.indexOf("\r\n")).split(' ');
            request.method = startLine.value(0);
            request.target = startLine.value(1);
            request.connection = connection.number;
            request.indexOnConnection = ++connection.requests;
            m_requests.append(request);
            if (request.target.startsWith("/ok") || !m_script)
                socket->write(answer("ok"_ba));
            else
                m_script(socket, request);
        }
    }

    QTcpServer m_server;
    Script m_script;
    QList<QTcpSocket *> m_sockets;
    QList<RawRequest> m_requests;
    int m_accepted = 0;
    int m_maxOpen = 0;
};

// What the client handed back to one request's callback.
struct Outcome
{
    int calls = 0;
    bool calledInsideSend = false;
    HttpClient::Response response;
};
using OutcomePtr = std::shared_ptr<Outcome>;

OutcomePtr send(HttpClient &client, HttpClient::Request request)
{
    auto outcome = std::make_shared<Outcome>();
    auto insideSend = std::make_shared<bool>(true);
    client.send(std::move(request), [outcome, insideSend](HttpClient::Response response) {
        ++outcome->calls;
        outcome->calledInsideSend = outcome->calledInsideSend || *insideSend;
        outcome->response = std::move(response);
    });
    *insideSend = false;
    return outcome;
}

OutcomePtr get(HttpClient &client, const QUrl &url, int timeoutMs = kWaitMs)
{
    HttpClient::Request request;
    request.url = url;
    request.timeoutMs = timeoutMs;
    return send(client, std::move(request));
}

bool answered(const Outcome &outcome)
{
    return QTest::qWaitFor([&outcome] { return outcome.calls > 0; }, kWaitMs);
}

// Where a helper's QCOMPARE failed, the test stops too.
#define CHECK(helperCall)                                                                                              \
    do {                                                                                                               \
        helperCall;                                                                                                    \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

void verifySucceeded(const Outcome &outcome, const QByteArray &body)
{
    QVERIFY(answered(outcome));
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.calledInsideSend);
    QCOMPARE(outcome.response.error, QString());
    QCOMPARE(outcome.response.status, 200);
    QCOMPARE(outcome.response.body, body);
    QVERIFY(!outcome.response.timedOut);
}

void verifyFailed(const Outcome &outcome, const QString &errorPart)
{
    QVERIFY(answered(outcome));
    QCOMPARE(outcome.calls, 1);
    QVERIFY(!outcome.calledInsideSend);
    QCOMPARE(outcome.response.status, 0);
    QVERIFY2(outcome.response.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(outcome.response.error));
    QVERIFY(!outcome.response.timedOut);
}

// The same client reaches the same backend again after an earlier request. The failure tests
// allow one connection per host, so a connection slot that a failure leaked would leave this
// request waiting forever. By then a second call of the earlier callback would have happened.
void verifyClientStillWorks(HttpClient &client, const RawBackend &backend, const Outcome &earlier)
{
    const OutcomePtr next = get(client, backend.url(u"/ok"_s));
    verifySucceeded(*next, "ok"_ba);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(earlier.calls, 1);
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getSendsTargetHostAndHeadersAndReturnsTheAnswer();
    void hostHeaderBracketsAnIpv6Literal();
    void postSendsItsBodyWithContentLength_data();
    void postSendsItsBodyWithContentLength();
    void sequentialRequestsReuseOneKeepAliveConnection();
    void concurrentRequestsStayWithinMaxConnectionsPerHost();

    void contentLengthBodyIsReadExactly_data();
    void contentLengthBodyIsReadExactly();
    void chunkedBodyWithExtensionsAndTrailerIsDecoded_data();
    void chunkedBodyWithExtensionsAndTrailerIsDecoded();
    void closeDelimitedBodyEndsWhenTheServerCloses_data();
    void closeDelimitedBodyEndsWhenTheServerCloses();
    void headAnswerHasNoBodyDespiteItsContentLength();
    void noContentAndNotModifiedAnswersHaveNoBody_data();
    void noContentAndNotModifiedAnswersHaveNoBody();
    void interimAnswersBeforeTheFinalOneAreSkipped_data();
    void interimAnswersBeforeTheFinalOneAreSkipped();

    void connectionCloseFromServerMakesTheNextRequestUseANewConnection_data();
    void connectionCloseFromServerMakesTheNextRequestUseANewConnection();
    void staleKeepAliveConnectionIsReplacedTransparently_data();
    void staleKeepAliveConnectionIsReplacedTransparently();
    void requestThatReceivedBytesIsNotRetried();
    void postOnReusedConnectionClosedUnansweredIsNotSentAgain();
    void idempotentRequestOnReusedConnectionClosedUnansweredIsRetriedOnce_data();
    void idempotentRequestOnReusedConnectionClosedUnansweredIsRetriedOnce();
    void retriedRequestClosedUnansweredAgainFails();

    void connectionRefusedFails();
    void serverClosingMidAnswerFails_data();
    void serverClosingMidAnswerFails();
    void malformedStatusLineFails_data();
    void malformedStatusLineFails();
    void malformedHeaderFails_data();
    void malformedHeaderFails();
    void invalidContentLengthFails_data();
    void invalidContentLengthFails();
    void everyTransferEncodingFieldCounts_data();
    void everyTransferEncodingFieldCounts();
    void malformedChunkedBodyFails_data();
    void malformedChunkedBodyFails();
    void answerOverMaxResponseBytesFails_data();
    void answerOverMaxResponseBytesFails();
    void answerOfExactlyMaxResponseBytesSucceeds_data();
    void answerOfExactlyMaxResponseBytesSucceeds();
    void responseHeadOver64KiBFails_data();
    void responseHeadOver64KiBFails();
    void responseHeadOfExactly64KiBSucceeds();
    void unansweredRequestTimesOut_data();
    void unansweredRequestTimesOut();
    void invalidUrlFailsWithoutCallingBackInsideSend_data();
    void invalidUrlFailsWithoutCallingBackInsideSend();
};

void TestHttpClient::getSendsTargetHostAndHeadersAndReturnsTheAnswer()
{
    QList<HttpRequest> received;
    HttpServer server([&received](const HttpRequest &request, HttpServer::Responder respond) {
        received.append(request);
        HttpResponse response;
        response.status = 203;
        response.headers.add("X-Answer"_ba, "yes"_ba);
        response.headers.add("Content-Type"_ba, "text/plain"_ba);
        response.body = "answer to "_ba + request.target;
        respond(response);
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray port = QByteArray::number(server.serverPort());

    HttpClient client;
    HttpClient::Request request;
    // Encoded delimiters, an encoded percent sign and UTF-8 must reach the backend as the
    // caller wrote them: decoding any of them would change what the backend is asked for.
    const QByteArray target = "/api/caf%C3%A9/a%2Fb%20c?q=x%26y%3Dz&plus=1+2&pct=100%25&sp=%20"_ba;
    request.url = QUrl(
        QString(u"http://127.0.0.1:"_s + QString::fromLatin1(port) + QString::fromLatin1(target) + u"#fragment"_s));
    request.headers.add("X-Trace"_ba, "abc 123"_ba);
    request.headers.add("Accept"_ba, "application/json"_ba);
    // The URL decides these, not the caller's headers.
    request.headers.add("Host"_ba, "elsewhere.example"_ba);
    request.headers.add("Content-Length"_ba, "99"_ba);
    const OutcomePtr outcome = send(client, request);

    QVERIFY(answered(*outcome));
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->calledInsideSend);
    QCOMPARE(outcome->response.error, QString());
    QCOMPARE(outcome->response.status, 203);
    QCOMPARE(outcome->response.headers.value("X-Answer"), "yes"_ba);
    QCOMPARE(outcome->response.headers.value("content-type"), "text/plain"_ba);
    QCOMPARE(outcome->response.body, "answer to "_ba + target);
    QCOMPARE(outcome->response.headers.value("Content-Length"), QByteArray::number(outcome->response.body.size()));

    QCOMPARE(received.size(), 1);
    const HttpRequest &seen = received.first();
    QCOMPARE(seen.method, "GET"_ba);
    QCOMPARE(seen.target, target);
    QCOMPARE(seen.versionMinor, 1);
    QCOMPARE(seen.headers.value("Host"), "127.0.0.1:"_ba + port);
    QCOMPARE(seen.headers.value("X-Trace"), "abc 123"_ba);
    QCOMPARE(seen.headers.value("Accept"), "application/json"_ba);
    int hostFields = 0;
    for (const auto &field : seen.headers.fields())
        hostFields += field.first.compare("Host", Qt::CaseInsensitive) == 0 ? 1 : 0;
    QCOMPARE(hostFields, 1);
    QVERIFY(!seen.headers.contains("Content-Length"));
    QVERIFY(!seen.headers.contains("Transfer-Encoding"));
    QVERIFY(seen.body.isEmpty());

    const OutcomePtr again =
        get(client, QUrl(QString(u"http://127.0.0.1:"_s + QString::fromLatin1(port) + u"/again"_s)));
    QVERIFY(answered(*again));
    QCOMPARE(again->response.body, "answer to /again"_ba);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(again->calls, 1);
}

void TestHttpClient::hostHeaderBracketsAnIpv6Literal()
{
    QList<HttpRequest> received;
    HttpServer server([&received](const HttpRequest &request, HttpServer::Responder respond) {
        received.append(request);
        respond(HttpResponse::text(200, "ok"_ba));
    });
    if (!server.listen(QHostAddress::LocalHostIPv6))
        QSKIP("No IPv6 loopback here.");

    HttpClient client;
    const OutcomePtr outcome =
        get(client, QUrl(QString(u"http://[::1]:"_s + QString::number(server.serverPort()) + u"/v6"_s)));
    CHECK(verifySucceeded(*outcome, "ok"_ba));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().headers.value("Host"), "[::1]:"_ba + QByteArray::number(server.serverPort()));
}

void TestHttpClient::postSendsItsBodyWithContentLength_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("json body") << "{\"rows\":[1,2,3],\"name\":\"caf\xc3\xa9\"}"_ba;
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("binary body") << QByteArray("\0\r\n\r\n\xff", 6);
}

void TestHttpClient::postSendsItsBodyWithContentLength()
{
    QFETCH(QByteArray, body);
    QList<HttpRequest> received;
    HttpServer server([&received](const HttpRequest &request, HttpServer::Responder respond) {
        received.append(request);
        respond(HttpResponse::json(201, "{\"received\":"_ba + QByteArray::number(request.body.size()) + '}'));
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));

    HttpClient client;
    HttpClient::Request request;
    request.method = "POST"_ba;
    request.url = QUrl(QString(u"http://127.0.0.1:"_s + QString::number(server.serverPort()) + u"/score?v=2"_s));
    request.headers.add("Content-Type"_ba, "application/json"_ba);
    request.body = body;
    const OutcomePtr outcome = send(client, request);

    QVERIFY(answered(*outcome));
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(outcome->response.error, QString());
    QCOMPARE(outcome->response.status, 201);
    QCOMPARE(outcome->response.body, "{\"received\":"_ba + QByteArray::number(body.size()) + '}');
    QVERIFY(outcome->response.headers.value("Content-Type").startsWith("application/json"));

    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().method, "POST"_ba);
    QCOMPARE(received.first().target, "/score?v=2"_ba);
    QCOMPARE(received.first().headers.value("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(received.first().headers.value("Content-Type"), "application/json"_ba);
    QCOMPARE(received.first().body, body);

    // The body was framed exactly: the connection carries the next request as well.
    const OutcomePtr again = send(client, request);
    QVERIFY(answered(*again));
    QCOMPARE(again->response.status, 201);
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.last().body, body);
    QCOMPARE(outcome->calls, 1);
    QCOMPARE(again->calls, 1);
}

void TestHttpClient::sequentialRequestsReuseOneKeepAliveConnection()
{
    RawBackend backend(
        [](QTcpSocket *socket, const RawRequest &request) { socket->write(answer("answer to "_ba + request.target)); });
    QVERIFY(backend.listen());
    HttpClient client;

    for (int i = 0; i < 10; ++i) {
        const QString path = u"/item/"_s + QString::number(i);
        const OutcomePtr outcome = get(client, backend.url(path));
        CHECK(verifySucceeded(*outcome, "answer to "_ba + path.toLatin1()));
    }
    QCOMPARE(backend.accepted(), 1);
    QCOMPARE(backend.requests().size(), 10);
    QCOMPARE(backend.requests().last().connection, 1);
    QCOMPARE(backend.requests().last().indexOnConnection, 10);
    QCOMPARE(client.openConnections(), 1);
}

void TestHttpClient::concurrentRequestsStayWithinMaxConnectionsPerHost()
{
    RawBackend backend([](QTcpSocket *socket, const RawRequest &request) { socket->write(answer(request.target)); });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(4);

    QList<OutcomePtr> outcomes;
    for (int i = 0; i < 100; ++i)
        outcomes.append(get(client, backend.url(u"/item/"_s + QString::number(i))));
    QVERIFY(client.openConnections() <= 4);

    const auto allAnswered = [&outcomes] {
        for (const OutcomePtr &outcome : std::as_const(outcomes)) {
            if (outcome->calls == 0)
                return false;
        }
        return true;
    };
    QVERIFY(QTest::qWaitFor(allAnswered, kWaitMs));
    for (int i = 0; i < 100; ++i) {
        const Outcome &outcome = *outcomes.at(i);
        QCOMPARE(outcome.calls, 1);
        QVERIFY(!outcome.calledInsideSend);
        QCOMPARE(outcome.response.status, 200);
        QCOMPARE(outcome.response.body, "/item/"_ba + QByteArray::number(i));
    }
    QVERIFY2(backend.maxOpen() <= 4, QByteArray::number(backend.maxOpen()).constData());
    QCOMPARE(backend.accepted(), 4);
    QCOMPARE(backend.requests().size(), 100);
    QVERIFY(client.openConnections() <= 4);
}

void TestHttpClient::contentLengthBodyIsReadExactly_data()
{
    QTest::addColumn<qsizetype>("pieceSize");
    QTest::newRow("one write") << qsizetype(0);
    QTest::newRow("byte by byte") << qsizetype(1);
}

void TestHttpClient::contentLengthBodyIsReadExactly()
{
    QFETCH(qsizetype, pieceSize);
    const QByteArray body = "ab\r\n\r\ncd"_ba;
    RawBackend backend([&body, pieceSize](QTcpSocket *socket, const RawRequest &request) {
        if (request.indexOnConnection == 1)
            drip(socket, "HTTP/1.1 200 OK\r\nX-Kind: length\r\nContent-Length: 8\r\n\r\n"_ba + body, pieceSize);
        else
            socket->write(answer("second"_ba));
    });
    QVERIFY(backend.listen());
    HttpClient client;

    const OutcomePtr first = get(client, backend.url(u"/first"_s));
    CHECK(verifySucceeded(*first, body));
    QCOMPARE(first->response.headers.value("X-Kind"), "length"_ba);
    // Had the client read past the body, or not all of it, the next answer would be garbled.
    const OutcomePtr second = get(client, backend.url(u"/second"_s));
    CHECK(verifySucceeded(*second, "second"_ba));
    QCOMPARE(backend.accepted(), 1);
}

void TestHttpClient::chunkedBodyWithExtensionsAndTrailerIsDecoded_data()
{
    QTest::addColumn<qsizetype>("pieceSize");
    QTest::newRow("one write") << qsizetype(0);
    QTest::newRow("seven-byte pieces") << qsizetype(7);
    QTest::newRow("byte by byte") << qsizetype(1);
}

void TestHttpClient::chunkedBodyWithExtensionsAndTrailerIsDecoded()
{
    QFETCH(qsizetype, pieceSize);
    const QByteArray wire = "HTTP/1.1 200 OK\r\n"
                            "Transfer-Encoding: chunked\r\n"
                            "X-Kind: chunked\r\n"
                            "\r\n"
                            "5;a=b\r\n"
                            "hello\r\n"
                            // Data that looks like a last chunk, under an extension holding a ';'.
                            "c ; q=\"x;y\"\r\n"
                            "\r\n0\r\n\r\n12345\r\n"
                            "0;last\r\n"
                            "X-Sum: 42\r\n"
                            "\r\n"_ba;
    RawBackend backend([&wire, pieceSize](QTcpSocket *socket, const RawRequest &request) {
        if (request.indexOnConnection == 1)
            drip(socket, wire, pieceSize);
        else
            socket->write(answer("second"_ba));
    });
    QVERIFY(backend.listen());
    HttpClient client;

    const OutcomePtr first = get(client, backend.url(u"/chunked"_s));
    CHECK(verifySucceeded(*first, "hello\r\n0\r\n\r\n12345"_ba));
    QCOMPARE(first->response.headers.value("X-Kind"), "chunked"_ba);
    // The trailer is consumed with the body: the connection is clean for the next request.
    const OutcomePtr second = get(client, backend.url(u"/second"_s));
    CHECK(verifySucceeded(*second, "second"_ba));
    QCOMPARE(backend.accepted(), 1);
}

void TestHttpClient::closeDelimitedBodyEndsWhenTheServerCloses_data()
{
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<qsizetype>("pieceSize");
    QTest::newRow("HTTP/1.1, one write") << "HTTP/1.1 200 OK"_ba << qsizetype(0);
    QTest::newRow("HTTP/1.1, byte by byte") << "HTTP/1.1 200 OK"_ba << qsizetype(1);
    QTest::newRow("HTTP/1.0, eleven-byte pieces") << "HTTP/1.0 200 OK"_ba << qsizetype(11);
}

void TestHttpClient::closeDelimitedBodyEndsWhenTheServerCloses()
{
    QFETCH(QByteArray, statusLine);
    QFETCH(qsizetype, pieceSize);
    const QByteArray body = "no length\r\n\r\nends"_ba;
    RawBackend backend([&](QTcpSocket *socket, const RawRequest &) {
        drip(socket, statusLine + "\r\nX-Kind: close\r\n\r\n"_ba + body, pieceSize,
             [socket] { socket->disconnectFromHost(); });
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/close-delimited"_s));
    CHECK(verifySucceeded(*outcome, body));
    QCOMPARE(outcome->response.headers.value("X-Kind"), "close"_ba);
    CHECK(verifyClientStillWorks(client, backend, *outcome));
    QCOMPARE(backend.accepted(), 2);
}

void TestHttpClient::headAnswerHasNoBodyDespiteItsContentLength()
{
    RawBackend backend([](QTcpSocket *socket, const RawRequest &request) {
        if (request.method == "HEAD")
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\nX-Kind: head\r\n\r\n"_ba);
        else
            socket->write(answer("get"_ba));
    });
    QVERIFY(backend.listen());
    HttpClient client;

    HttpClient::Request request;
    request.method = "HEAD"_ba;
    request.url = backend.url(u"/resource"_s);
    const OutcomePtr head = send(client, request);
    CHECK(verifySucceeded(*head, QByteArray()));
    QCOMPARE(head->response.headers.value("Content-Length"), "1234"_ba);
    QCOMPARE(head->response.headers.value("X-Kind"), "head"_ba);

    // Waiting for 1234 bytes would have eaten this answer or hung.
    const OutcomePtr next = get(client, backend.url(u"/resource"_s));
    CHECK(verifySucceeded(*next, "get"_ba));
    QCOMPARE(backend.accepted(), 1);
}

void TestHttpClient::noContentAndNotModifiedAnswersHaveNoBody_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::newRow("204") << "HTTP/1.1 204 No Content\r\nX-Kind: empty\r\n\r\n"_ba << 204;
    QTest::newRow("304 with the representation's length")
        << "HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\nX-Kind: empty\r\n\r\n"_ba << 304;
}

void TestHttpClient::noContentAndNotModifiedAnswersHaveNoBody()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    RawBackend backend([&head](QTcpSocket *socket, const RawRequest &request) {
        socket->write(request.indexOnConnection == 1 ? head : answer("second"_ba));
    });
    QVERIFY(backend.listen());
    HttpClient client;

    const OutcomePtr first = get(client, backend.url(u"/empty"_s));
    QVERIFY(answered(*first));
    QCOMPARE(first->calls, 1);
    QCOMPARE(first->response.error, QString());
    QCOMPARE(first->response.status, status);
    QCOMPARE(first->response.body, QByteArray());
    QCOMPARE(first->response.headers.value("X-Kind"), "empty"_ba);

    const OutcomePtr second = get(client, backend.url(u"/second"_s));
    CHECK(verifySucceeded(*second, "second"_ba));
    QCOMPARE(backend.accepted(), 1);
}

void TestHttpClient::interimAnswersBeforeTheFinalOneAreSkipped_data()
{
    QTest::addColumn<QList<QByteArray>>("writes");
    const QByteArray final = answer("done"_ba, "X-Kind: final\r\n"_ba);
    QTest::newRow("100 Continue, then the final answer")
        << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\n"_ba, final};
    QTest::newRow("100 Continue and the final answer in one write")
        << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\n"_ba + final};
    QTest::newRow("100, then 103 with headers, then the final answer")
        << QList<QByteArray>{"HTTP/1.1 100 Continue\r\n\r\n"_ba,
                             "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"_ba, final};
}

void TestHttpClient::interimAnswersBeforeTheFinalOneAreSkipped()
{
    QFETCH(QList<QByteArray>, writes);
    RawBackend backend([&writes](QTcpSocket *socket, const RawRequest &) {
        int delay = 0;
        for (const QByteArray &bytes : std::as_const(writes)) {
            QTimer::singleShot(delay, socket, [socket, bytes] {
                socket->write(bytes);
                socket->flush();
            });
            delay += 5;
        }
    });
    QVERIFY(backend.listen());
    HttpClient client;

    HttpClient::Request request;
    request.method = "POST"_ba;
    request.url = backend.url(u"/upload"_s);
    request.body = "payload"_ba;
    const OutcomePtr outcome = send(client, request);
    CHECK(verifySucceeded(*outcome, "done"_ba));
    QCOMPARE(outcome->response.headers.value("X-Kind"), "final"_ba);
    QVERIFY(!outcome->response.headers.contains("Link"));
    QCOMPARE(backend.requests().first().body, "payload"_ba);

    const OutcomePtr next = get(client, backend.url(u"/ok"_s));
    CHECK(verifySucceeded(*next, "ok"_ba));
    QCOMPARE(backend.accepted(), 1);
}

void TestHttpClient::connectionCloseFromServerMakesTheNextRequestUseANewConnection_data()
{
    QTest::addColumn<QByteArray>("firstAnswer");
    QTest::addColumn<bool>("serverCloses");
    QTest::newRow("Connection: close, server closes") << answer("first"_ba, "Connection: close\r\n"_ba) << true;
    // The client must not rely on the server to close: the header alone ends the connection.
    QTest::newRow("Connection: close, server keeps the socket open")
        << answer("first"_ba, "Connection: close\r\n"_ba) << false;
    QTest::newRow("HTTP/1.0 without keep-alive") << "HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nfirst"_ba << false;
}

void TestHttpClient::connectionCloseFromServerMakesTheNextRequestUseANewConnection()
{
    QFETCH(QByteArray, firstAnswer);
    QFETCH(bool, serverCloses);
    RawBackend backend([&](QTcpSocket *socket, const RawRequest &request) {
        if (request.connection == 1) {
            socket->write(firstAnswer);
            if (serverCloses)
                socket->disconnectFromHost();
        } else {
            socket->write(answer("second"_ba));
        }
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr first = get(client, backend.url(u"/first"_s));
    CHECK(verifySucceeded(*first, "first"_ba));
    const OutcomePtr second = get(client, backend.url(u"/second"_s));
    CHECK(verifySucceeded(*second, "second"_ba));
    QCOMPARE(backend.accepted(), 2);
    QCOMPARE(backend.requests().last().connection, 2);
    QCOMPARE(backend.requestCount("/second"), 1);
}

void TestHttpClient::staleKeepAliveConnectionIsReplacedTransparently_data()
{
    QTest::addColumn<bool>("clientSeesTheClose");
    QTest::newRow("close seen while idle") << true;
    QTest::newRow("close not yet seen when reused") << false;
}

void TestHttpClient::staleKeepAliveConnectionIsReplacedTransparently()
{
    QFETCH(bool, clientSeesTheClose);
    RawBackend backend(
        [](QTcpSocket *socket, const RawRequest &request) { socket->write(answer("answer to "_ba + request.target)); });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr first = get(client, backend.url(u"/first"_s));
    CHECK(verifySucceeded(*first, "answer to /first"_ba));
    QCOMPARE(client.openConnections(), 1);

    backend.closeConnections();
    if (clientSeesTheClose) {
        QTRY_COMPARE_WITH_TIMEOUT(client.openConnections(), 0, kWaitMs);
    } else {
        // Still believed reusable: the next request goes out on the closed connection.
        QCOMPARE(client.openConnections(), 1);
    }

    const OutcomePtr second = get(client, backend.url(u"/second"_s));
    CHECK(verifySucceeded(*second, "answer to /second"_ba));
    QCOMPARE(backend.accepted(), 2);
    QCOMPARE(backend.requestCount("/second"), 1);
    QCOMPARE(backend.requests().last().connection, 2);
}

void TestHttpClient::requestThatReceivedBytesIsNotRetried()
{
    RawBackend backend([](QTcpSocket *socket, const RawRequest &request) {
        if (request.target == "/partial") {
            // The backend may have acted on it: sending it again could do so twice.
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"_ba);
            socket->disconnectFromHost();
        } else {
            socket->write(answer("answer to "_ba + request.target));
        }
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr first = get(client, backend.url(u"/first"_s));
    CHECK(verifySucceeded(*first, "answer to /first"_ba));
    const OutcomePtr partial = get(client, backend.url(u"/partial"_s));
    CHECK(verifyFailed(*partial, u"closed"_s));
    QCOMPARE(backend.accepted(), 1);

    CHECK(verifyClientStillWorks(client, backend, *partial));
    QCOMPARE(backend.requestCount("/partial"), 1);
    QCOMPARE(backend.accepted(), 2);
}

void TestHttpClient::connectionRefusedFails()
{
    quint16 port = 0;
    {
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        port = listener.serverPort();
    }
    HttpClient client;
    client.setMaxConnectionsPerHost(1);
    const QUrl url(u"http://127.0.0.1:"_s + QString::number(port) + u"/x"_s);

    // Several, so that the ones queued behind a refused connection are refused in turn.
    QList<OutcomePtr> outcomes;
    for (int i = 0; i < 3; ++i)
        outcomes.append(get(client, url));
    for (const OutcomePtr &outcome : std::as_const(outcomes))
        CHECK(verifyFailed(*outcome, u"refused"_s));
    QCOMPARE(client.openConnections(), 0);

    RawBackend backend;
    QVERIFY(backend.listen(port));
    CHECK(verifyClientStillWorks(client, backend, *outcomes.first()));
    for (const OutcomePtr &outcome : std::as_const(outcomes))
        QCOMPARE(outcome->calls, 1);
}

void TestHttpClient::serverClosingMidAnswerFails_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("in the head") << "HTTP/1.1 200 OK\r\nContent-Le"_ba;
    QTest::newRow("in a length-delimited body") << "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part"_ba;
    QTest::newRow("in a chunked body")
        << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n10\r\nonly"_ba;
    QTest::newRow("before the last chunk") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"_ba;
}

void TestHttpClient::serverClosingMidAnswerFails()
{
    QFETCH(QByteArray, bytes);
    RawBackend backend([&bytes](QTcpSocket *socket, const RawRequest &) {
        socket->write(bytes);
        socket->disconnectFromHost();
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/truncated"_s));
    CHECK(verifyFailed(*outcome, u"closed the connection"_s));
    QCOMPARE(backend.accepted(), 1);
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::malformedStatusLineFails_data()
{
    QTest::addColumn<QByteArray>("statusLine");
    QTest::newRow("no status code") << "HTTP/1.1 OK"_ba;
    QTest::newRow("not HTTP") << "ICY 200 OK"_ba;
    QTest::newRow("HTTP/2") << "HTTP/2 200 OK"_ba;
    QTest::newRow("letters in the code") << "HTTP/1.1 2x0 OK"_ba;
    QTest::newRow("two-digit code") << "HTTP/1.1 20 OK"_ba;
    QTest::newRow("code below 100") << "HTTP/1.1 099 Low"_ba;
    QTest::newRow("no space after the version") << "HTTP/1.1-200 OK"_ba;
    QTest::newRow("garbage") << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"_ba;
    // A parser ending lines at LF would read a second, conflicting Content-Length here.
    QTest::newRow("bare LF hiding a field") << "HTTP/1.1 200 OK\nContent-Length: 5"_ba;
    QTest::newRow("control byte in the reason") << "HTTP/1.1 200 O\x18K"_ba;
}

void TestHttpClient::malformedStatusLineFails()
{
    QFETCH(QByteArray, statusLine);
    RawBackend backend([&statusLine](QTcpSocket *socket, const RawRequest &) {
        socket->write(statusLine + "\r\nContent-Length: 2\r\n\r\nok"_ba);
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/status"_s));
    CHECK(verifyFailed(*outcome, u"not HTTP/1.x"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
    QCOMPARE(backend.accepted(), 2);
}

void TestHttpClient::malformedHeaderFails_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::newRow("space in the name") << "Bad Name: x\r\n"_ba;
    QTest::newRow("space before the colon") << "X-Name : x\r\n"_ba;
    QTest::newRow("no colon") << "NoColonHere\r\n"_ba;
    QTest::newRow("empty name") << ": value\r\n"_ba;
    QTest::newRow("folded line") << "X-Long: one\r\n two\r\n"_ba;
    QTest::newRow("control character in the value") << "X-Ctl: a\x01"
                                                       "b\r\n"_ba;
}

void TestHttpClient::malformedHeaderFails()
{
    QFETCH(QByteArray, fields);
    RawBackend backend([&fields](QTcpSocket *socket, const RawRequest &) {
        socket->write("HTTP/1.1 200 OK\r\n"_ba + fields + "Content-Length: 2\r\n\r\nok"_ba);
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/header"_s));
    CHECK(verifyFailed(*outcome, u"malformed"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::invalidContentLengthFails_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::newRow("not a number") << "Content-Length: abc\r\n"_ba;
    QTest::newRow("empty") << "Content-Length: \r\n"_ba;
    QTest::newRow("negative") << "Content-Length: -1\r\n"_ba;
    QTest::newRow("signed") << "Content-Length: +2\r\n"_ba;
    QTest::newRow("signed zero") << "Content-Length: -0\r\n"_ba;
    QTest::newRow("trailing garbage") << "Content-Length: 2abc\r\n"_ba;
    QTest::newRow("fraction") << "Content-Length: 1.5\r\n"_ba;
    QTest::newRow("hexadecimal") << "Content-Length: 0x2\r\n"_ba;
    QTest::newRow("list of different values") << "Content-Length: 2, 5\r\n"_ba;
    // Framing that two parsers could read differently is how responses get smuggled.
    QTest::newRow("conflicting fields") << "Content-Length: 2\r\nContent-Length: 5\r\n"_ba;
}

void TestHttpClient::invalidContentLengthFails()
{
    QFETCH(QByteArray, fields);
    RawBackend backend([&fields](QTcpSocket *socket, const RawRequest &) {
        socket->write("HTTP/1.1 200 OK\r\n"_ba + fields + "\r\nok"_ba);
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/length"_s));
    CHECK(verifyFailed(*outcome, u"Content-Length"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::everyTransferEncodingFieldCounts_data()
{
    QTest::addColumn<QByteArray>("fields");
    // Reading only the first field would take these for plain chunked; a parser that reads
    // them all would not, which is how an answer gets smuggled past the gateway.
    QTest::newRow("chunked, then gzip") << "Transfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n"_ba;
    QTest::newRow("chunked twice") << "Transfer-Encoding: chunked\r\ntransfer-encoding: chunked\r\n"_ba;
    // A parser that lets any Transfer-Encoding override Content-Length reads another framing.
    QTest::newRow("empty field beside Content-Length") << "Transfer-Encoding:\r\nContent-Length: 13\r\n"_ba;
}

void TestHttpClient::everyTransferEncodingFieldCounts()
{
    QFETCH(QByteArray, fields);
    RawBackend backend([&fields](QTcpSocket *socket, const RawRequest &) {
        socket->write("HTTP/1.1 200 OK\r\n"_ba + fields + "\r\n2\r\nok\r\n0\r\n\r\n"_ba);
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/coding"_s));
    CHECK(verifyFailed(*outcome, u"transfer coding"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::malformedChunkedBodyFails_data()
{
    QTest::addColumn<QByteArray>("chunks");
    QTest::newRow("size not hexadecimal") << "zz\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("empty size") << "\r\nhello\r\n0\r\n\r\n"_ba;
    // A lenient parser reads these as 5 or as the last chunk, a strict one as garbage.
    QTest::newRow("0x prefix") << "0x5\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("signed size") << "+5\r\nhello\r\n0\r\n\r\n"_ba;
    QTest::newRow("signed last chunk") << "5\r\nhello\r\n-0\r\n\r\n"_ba;
    QTest::newRow("data longer than its size") << "5\r\nhello!\r\n0\r\n\r\n"_ba;
    QTest::newRow("size too large to represent") << "FFFFFFFFFFFFFFFFF\r\nhello\r\n"_ba;
    QTest::newRow("size line that never ends") << QByteArray(2048, '1');
    // The line limit holds when the whole over-long line arrives in one read, too.
    QTest::newRow("size line over 1 KiB arriving whole")
        << "5;"_ba + QByteArray(1100, 'e') + "\r\nhello\r\n0\r\n\r\n"_ba;
}

void TestHttpClient::malformedChunkedBodyFails()
{
    QFETCH(QByteArray, chunks);
    RawBackend backend([&chunks](QTcpSocket *socket, const RawRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"_ba + chunks);
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/chunked"_s));
    CHECK(verifyFailed(*outcome, u"chunk"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::answerOverMaxResponseBytesFails_data()
{
    QTest::addColumn<QByteArray>("bytes");
    // The client must give up as soon as it knows, not wait for the rest or for a close
    // that never comes: none of these is complete or closed by the backend.
    QTest::newRow("by Content-Length") << "HTTP/1.1 200 OK\r\nContent-Length: 1001\r\n\r\nstart"_ba;
    QTest::newRow("by chunks") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n258\r\n"_ba +
            QByteArray(600, 'a') + "\r\n258\r\n"_ba + QByteArray(600, 'b') + "\r\n"_ba;
    QTest::newRow("until close") << "HTTP/1.1 200 OK\r\n\r\n"_ba + QByteArray(1200, 'c');
}

void TestHttpClient::answerOverMaxResponseBytesFails()
{
    QFETCH(QByteArray, bytes);
    RawBackend backend([&bytes](QTcpSocket *socket, const RawRequest &) { socket->write(bytes); });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);
    client.setMaxResponseBytes(1000);

    const OutcomePtr outcome = get(client, backend.url(u"/big"_s));
    CHECK(verifyFailed(*outcome, u"larger than"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::answerOfExactlyMaxResponseBytesSucceeds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("by Content-Length") << answer(QByteArray(1000, 'a'));
    QTest::newRow("by chunks") << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n190\r\n"_ba +
            QByteArray(400, 'a') + "\r\n258\r\n"_ba + QByteArray(600, 'a') + "\r\n0\r\n\r\n"_ba;
}

void TestHttpClient::answerOfExactlyMaxResponseBytesSucceeds()
{
    QFETCH(QByteArray, bytes);
    RawBackend backend([&bytes](QTcpSocket *socket, const RawRequest &) { socket->write(bytes); });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxResponseBytes(1000);

    const OutcomePtr outcome = get(client, backend.url(u"/limit"_s));
    CHECK(verifySucceeded(*outcome, QByteArray(1000, 'a')));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::responseHeadOver64KiBFails_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray bigField = "X-Big: "_ba + QByteArray(kMaxResponseHead, 'h') + "\r\n"_ba;
    QTest::newRow("head that never ends") << "HTTP/1.1 200 OK\r\n"_ba + bigField + bigField;
    QTest::newRow("complete head, one write") << "HTTP/1.1 200 OK\r\n"_ba + bigField + "Content-Length: 2\r\n\r\nok"_ba;
}

void TestHttpClient::responseHeadOver64KiBFails()
{
    QFETCH(QByteArray, bytes);
    RawBackend backend([&bytes](QTcpSocket *socket, const RawRequest &) { socket->write(bytes); });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, backend.url(u"/big-head"_s));
    CHECK(verifyFailed(*outcome, u"header section"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::responseHeadOfExactly64KiBSucceeds()
{
    const QByteArray start = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Big: "_ba;
    const qsizetype filler = kMaxResponseHead - start.size() - 4;
    // The head, with the blank line that ends it, is exactly the limit.
    const QByteArray head = start + QByteArray(filler, 'h') + "\r\n\r\n"_ba;
    QCOMPARE(head.size(), kMaxResponseHead);
    RawBackend backend([&head](QTcpSocket *socket, const RawRequest &) { socket->write(head + "ok"_ba); });
    QVERIFY(backend.listen());
    HttpClient client;

    const OutcomePtr outcome = get(client, backend.url(u"/big-head"_s));
    CHECK(verifySucceeded(*outcome, "ok"_ba));
    QCOMPARE(outcome->response.headers.value("X-Big").size(), filler);
    CHECK(verifyClientStillWorks(client, backend, *outcome));
}

void TestHttpClient::unansweredRequestTimesOut_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("silent backend") << QByteArray();
    QTest::newRow("backend stalls in the head") << "HTTP/1.1 200 OK\r\n"_ba;
    QTest::newRow("backend stalls in the body") << "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"_ba;
}

void TestHttpClient::unansweredRequestTimesOut()
{
    QFETCH(QByteArray, bytes);
    RawBackend backend([&bytes](QTcpSocket *socket, const RawRequest &) { socket->write(bytes); });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    constexpr int timeoutMs = 200;
    QElapsedTimer elapsed;
    elapsed.start();
    const OutcomePtr outcome = get(client, backend.url(u"/slow"_s), timeoutMs);
    QVERIFY(answered(*outcome));
    QVERIFY2(elapsed.elapsed() >= qint64(timeoutMs * kTimerSlack), QByteArray::number(elapsed.elapsed()).constData());
    QCOMPARE(outcome->calls, 1);
    QVERIFY(!outcome->calledInsideSend);
    QVERIFY(outcome->response.timedOut);
    QCOMPARE(outcome->response.status, 0);
    QVERIFY(!outcome->response.error.isEmpty());
    QVERIFY(outcome->response.body.isEmpty());
    // A late answer on that connection must not be taken for the next request's.
    QTRY_COMPARE_WITH_TIMEOUT(backend.open(), 0, kWaitMs);

    CHECK(verifyClientStillWorks(client, backend, *outcome));
    QCOMPARE(backend.accepted(), 2);
}

void TestHttpClient::invalidUrlFailsWithoutCallingBackInsideSend_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("ftp") << QUrl(u"ftp://127.0.0.1/file"_s);
    QTest::newRow("no host") << QUrl(u"http:///path"_s);
    QTest::newRow("relative") << QUrl(u"/just/a/path"_s);
    QTest::newRow("empty") << QUrl();
}

void TestHttpClient::invalidUrlFailsWithoutCallingBackInsideSend()
{
    QFETCH(QUrl, url);
    RawBackend backend;
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr outcome = get(client, url);
    QCOMPARE(outcome->calls, 0);
    CHECK(verifyFailed(*outcome, u"not an http or https URL"_s));
    CHECK(verifyClientStillWorks(client, backend, *outcome));
    QCOMPARE(client.openConnections(), 1);
}

namespace {

OutcomePtr sendMethod(HttpClient &client, const QByteArray &method, const QUrl &url, const QByteArray &body = {})
{
    HttpClient::Request request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.timeoutMs = kWaitMs;
    return send(client, std::move(request));
}

// Answers a connection's first request; closes the connection without a word on any later
// one, as a backend does that acts on a request and then goes away.
void answerFirstThenCloseUnanswered(QTcpSocket *socket, const RawRequest &request)
{
    if (request.indexOnConnection == 1)
        socket->write(answer("answer to "_ba + request.method + ' ' + request.target));
    else
        socket->disconnectFromHost();
}

} // namespace

void TestHttpClient::postOnReusedConnectionClosedUnansweredIsNotSentAgain()
{
    RawBackend backend(answerFirstThenCloseUnanswered);
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr first = get(client, backend.url(u"/first"_s));
    CHECK(verifySucceeded(*first, "answer to GET /first"_ba));
    // A job submission: the backend may have queued it before the connection went, so a
    // second copy could start the job twice.
    const OutcomePtr submit = sendMethod(client, "POST"_ba, backend.url(u"/jobs/submit"_s), "{\"job\":1}"_ba);
    CHECK(verifyFailed(*submit, u"closed"_s));
    QCOMPARE(backend.requestCount("/jobs/submit"), 1);
    QCOMPARE(backend.accepted(), 1);

    CHECK(verifyClientStillWorks(client, backend, *submit));
    QCOMPARE(backend.requestCount("/jobs/submit"), 1);
}

void TestHttpClient::idempotentRequestOnReusedConnectionClosedUnansweredIsRetriedOnce_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("GET") << "GET"_ba;
    QTest::newRow("HEAD") << "HEAD"_ba;
    QTest::newRow("PUT") << "PUT"_ba;
    QTest::newRow("DELETE") << "DELETE"_ba;
}

void TestHttpClient::idempotentRequestOnReusedConnectionClosedUnansweredIsRetriedOnce()
{
    QFETCH(QByteArray, method);
    RawBackend backend(answerFirstThenCloseUnanswered);
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr first = get(client, backend.url(u"/first"_s));
    CHECK(verifySucceeded(*first, "answer to GET /first"_ba));
    const OutcomePtr second = sendMethod(client, method, backend.url(u"/resource"_s));
    const QByteArray expected = method == "HEAD" ? QByteArray() : "answer to "_ba + method + " /resource";
    CHECK(verifySucceeded(*second, expected));
    QCOMPARE(backend.requestCount("/resource"), 2);
    QCOMPARE(backend.accepted(), 2);
    QCOMPARE(backend.requests().last().connection, 2);
}

void TestHttpClient::retriedRequestClosedUnansweredAgainFails()
{
    RawBackend backend([](QTcpSocket *socket, const RawRequest &request) {
        if (request.target == "/flaky")
            socket->disconnectFromHost();
        else
            socket->write(answer("answer to "_ba + request.target));
    });
    QVERIFY(backend.listen());
    HttpClient client;
    client.setMaxConnectionsPerHost(1);

    const OutcomePtr first = get(client, backend.url(u"/first"_s));
    CHECK(verifySucceeded(*first, "answer to /first"_ba));
    const OutcomePtr flaky = get(client, backend.url(u"/flaky"_s));
    CHECK(verifyFailed(*flaky, u"closed"_s));
    QCOMPARE(backend.requestCount("/flaky"), 2);
    CHECK(verifyClientStillWorks(client, backend, *flaky));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
