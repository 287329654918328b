// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives HttpEngine against real servers on 127.0.0.1: the sandbox's HttpServer for
// well-behaved HTTP, raw QTcpServers where the server has to misbehave (never answer, hang
// up mid-body, drip a body slowly) and a QSslSocket-based server with throw-away
// self-signed certificates for TLS. Everything runs on this thread; waits spin the event
// loop until a condition holds.

#include "client/http/httpengine.h"
#include "client/http/retryafter.h"
#include "client/http/truststore.h"
#include "sandbox/http/httpserver.h"

#include "../common/tlstestserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using portico::client::Exchange;
using portico::client::HttpEngine;
using portico::client::RequestSpec;
using portico::http::HttpRequest;
using portico::http::HttpResponse;
using portico::http::HttpServer;

namespace {

// Only a broken engine makes a test wait this long.
constexpr int kWaitMs = 5000;
constexpr qsizetype kMiB = 1024 * 1024;

// Deterministic bytes with a period that lines up with no buffer size.
QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    char *data = bytes.data();
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char((i * 7 + i / 251) % 251);
    return bytes;
}

QByteArray fingerprintText(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper();
}

QStringList filesIn(const QString &path)
{
    return QDir(path).entryList(QDir::Files | QDir::Hidden);
}

// Every field but these keeps its default.
RequestSpec requestTo(const QByteArray &method, const QUrl &url)
{
    RequestSpec spec;
    spec.method = method;
    spec.url = url;
    return spec;
}

// Sends and spins the event loop until that request's answer arrives.
bool exchangeOf(HttpEngine &engine, const RequestSpec &spec, Exchange &out, int timeoutMs = kWaitMs)
{
    quint64 id = 0;
    bool done = false;
    const auto connection = QObject::connect(&engine, &HttpEngine::finished, &engine, [&](const Exchange &x) {
        if (x.id == id) {
            out = x;
            done = true;
        }
    });
    id = engine.send(spec);
    const bool ok = QTest::qWaitFor([&] { return done; }, timeoutMs);
    QObject::disconnect(connection);
    return ok;
}

// Accepts connections and hands each socket, once a request head has arrived, to a
// behaviour chosen by the test: the misbehaving servers HttpServer refuses to be.
class RawServer : public QTcpServer
{
public:
    using Behaviour = std::function<void(QTcpSocket *)>;

    explicit RawServer(Behaviour behaviour)
        : m_behaviour(std::move(behaviour))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                auto head = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, head] {
                    if (head->contains("\r\n\r\n"))
                        return (void)socket->readAll();
                    head->append(socket->readAll());
                    if (head->contains("\r\n\r\n"))
                        m_behaviour(socket);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int connections() const { return m_connections; }

private:
    Behaviour m_behaviour;
    int m_connections = 0;
};

// Writes a body of total bytes in small slices, so a client is mid-download for a while.
void dripBody(QTcpSocket *socket, qint64 total)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                  QByteArray::number(total) + "\r\n\r\n");
    auto *timer = new QTimer(socket);
    auto remaining = std::make_shared<qint64>(total);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, remaining] {
        // Never run far ahead of the reader.
        if (socket->bytesToWrite() > 512 * 1024 || *remaining <= 0)
            return;
        const qint64 slice = qMin<qint64>(*remaining, 128 * 1024);
        socket->write(QByteArray(slice, 'd'));
        *remaining -= slice;
    });
    timer->start(5);
}

} // namespace

class TestHttpEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void roundTripPreservesMethodHeadersAndBody_data();
    void roundTripPreservesMethodHeadersAndBody();
    void exchangeRecordsStatusHeadersSizesAndOrderedTimings();
    void errorStatusIsACompletedExchange();
    void sendNeverAnswersFromInsideSend();
    void largeResponseIsSpooledWithExactBytesAndOutlivesEngine();
    void responseUnderThresholdStaysInMemory();
    void bodyOverMaximumSizeIsAnError();
    void requestBodyIsStreamedFromFile();
    void cancelMidDownloadLeavesNoSpoolFile();
    void destroyingEngineRemovesUndeliveredSpoolFiles();
    void silentServerTimesOutNamingHost();
    void refusedConnectionNamesHost();
    void hangUpMidBodyIsAnErrorNamingHost();
    void redirectIsFollowedToFinalUrl();
    void redirectIsReturnedWhenNotFollowing();
    void redirectLoopEndsInError();
    void retryAfterSecondsIsParsedWithoutRetrying();
    void retryAfterAcceptsHttpDates();
    void autoRetryResendsAfterRetryAfter();
    void cancelDuringRetryWaitStopsRetrying();
    void untrustedCertificateIsRefusedWithFingerprint();
    void trustedCertificateIsAccepted();
    void differentCertificateForTrustedHostIsRefused();

private:
    std::unique_ptr<HttpEngine> makeEngine();
    QUrl url(const QString &pathAndQuery) const;
    void handle(const HttpRequest &request, const HttpServer::Responder &respond);
    void makeCertificates();

    std::unique_ptr<HttpServer> m_server;
    QList<HttpRequest> m_requests;
    int m_flakyHits = 0;
    QTemporaryDir m_scratch;
    QString m_spoolDir;
    QTemporaryDir m_certDir;
    QList<QSslCertificate> m_certificates;
    QList<QSslKey> m_keys;
};

void TestHttpEngine::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_server = std::make_unique<HttpServer>(
        [this](const HttpRequest &request, HttpServer::Responder respond) { handle(request, respond); });
    HttpServer::Limits limits;
    limits.maxBodyBytes = 64 * kMiB;
    m_server->setLimits(limits);
    QVERIFY2(m_server->listen(QHostAddress::LocalHost), qPrintable(m_server->errorString()));
}

void TestHttpEngine::init()
{
    m_requests.clear();
    m_flakyHits = 0;
    m_spoolDir = m_scratch.filePath(QString::fromLatin1(QTest::currentTestFunction()));
}

void TestHttpEngine::cleanup()
{
    QDir(m_spoolDir).removeRecursively();
}

std::unique_ptr<HttpEngine> TestHttpEngine::makeEngine()
{
    auto engine = std::make_unique<HttpEngine>();
    // A proxy from the environment must not capture loopback traffic.
    engine->setProxy(QNetworkProxy::NoProxy);
    engine->setSpoolDirectory(m_spoolDir);
    return engine;
}

QUrl TestHttpEngine::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_server->serverPort()) + pathAndQuery);
}

void TestHttpEngine::handle(const HttpRequest &request, const HttpServer::Responder &respond)
{
    m_requests.append(request);
    const QByteArray &path = request.path;
    HttpResponse response;
    if (path == "/echo") {
        response = HttpResponse::text(200, request.body);
        response.headers.set("Content-Type", "application/octet-stream");
        response.headers.set("X-Echo-Method", request.method);
        response.headers.set("X-Reply", "yes");
    } else if (path == "/bytes") {
        response = HttpResponse::text(200, pattern(request.queryItems().queryItemValue(u"n"_s).toLongLong()));
        response.headers.set("Content-Type", "application/octet-stream");
    } else if (path == "/status") {
        const int status = request.queryItems().queryItemValue(u"code"_s).toInt();
        response = HttpResponse::json(status, R"({"message":"as asked"})"_ba);
    } else if (path == "/redirect") {
        response = HttpResponse::text(301, QByteArray());
        response.headers.set("Location", "/echo");
    } else if (path == "/loop") {
        response = HttpResponse::text(302, QByteArray());
        response.headers.set("Location", "/loop");
    } else if (path == "/throttle") {
        response = HttpResponse::json(429, R"({"message":"slow down"})"_ba);
        response.headers.set("Retry-After", "2");
    } else if (path == "/flaky") {
        response = ++m_flakyHits == 1 ? HttpResponse::json(503, R"({"message":"warming up"})"_ba)
                                      : HttpResponse::text(200, "recovered"_ba);
        if (m_flakyHits == 1)
            response.headers.set("Retry-After", "1");
    } else if (path == "/unavailable") {
        response = HttpResponse::json(503, R"({"message":"down"})"_ba);
        response.headers.set("Retry-After", "1");
    } else {
        response = HttpResponse::text(404, "no such route"_ba);
    }
    respond(response);
}

void TestHttpEngine::makeCertificates()
{
    if (m_certificates.size() == 2)
        return;
    QVERIFY(m_certDir.isValid());
    for (int i = 0; i < 2; ++i) {
        QSslCertificate certificate;
        QSslKey privateKey;
        const QString error = portico::testing::makeSelfSignedCertificate(m_certDir.path(), QString::number(i),
                                                                          &certificate, &privateKey);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_certificates.append(certificate);
        m_keys.append(privateKey);
    }
    QVERIFY(m_certificates.at(0) != m_certificates.at(1));
}

void TestHttpEngine::roundTripPreservesMethodHeadersAndBody_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("GET") << "GET"_ba << QByteArray();
    QTest::newRow("HEAD") << "HEAD"_ba << QByteArray();
    QTest::newRow("POST json") << "POST"_ba
                               << R"({"Inputs":{"input1":[{"a":1}]}})"_ba;
    QTest::newRow("POST empty") << "POST"_ba << QByteArray();
    QTest::newRow("PUT") << "PUT"_ba
                         << "replacement body"_ba;
    QTest::newRow("DELETE") << "DELETE"_ba << QByteArray();
    QTest::newRow("DELETE with body") << "DELETE"_ba
                                      << R"({"ids":[1,2]})"_ba;
    QTest::newRow("PATCH") << "PATCH"_ba
                           << R"({"op":"x"})"_ba;
    QTest::newRow("custom verb") << "SCORE"_ba
                                 << "binary\0bytes"_ba;
}

void TestHttpEngine::roundTripPreservesMethodHeadersAndBody()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    auto engine = makeEngine();

    RequestSpec spec;
    spec.method = method;
    spec.url = url(u"/echo?api-version=2.0"_s);
    spec.headers = {
        {"X-Test", "first"}, {"Authorization", "Bearer not-a-real-key"}, {"Content-Type", "application/json"}};
    spec.body = body;
    Exchange x;
    QVERIFY(exchangeOf(*engine, spec, x));

    QCOMPARE(x.error, QString());
    QCOMPARE(x.status, 200);
    QCOMPARE(m_requests.size(), 1);
    const HttpRequest &seen = m_requests.constFirst();
    QCOMPARE(seen.method, method);
    QCOMPARE(seen.target, "/echo?api-version=2.0"_ba);
    QCOMPARE(seen.headers.value("X-Test"), "first"_ba);
    QCOMPARE(seen.headers.value("Authorization"), "Bearer not-a-real-key"_ba);
    QCOMPARE(seen.body, body);
    if (!body.isEmpty() || method == "POST")
        QCOMPARE(seen.headers.value("Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(x.requestBodySize, qint64(body.size()));
    QCOMPARE(x.header("X-Echo-Method"), method);
    QCOMPARE(x.body, method == "HEAD" ? QByteArray() : body);
}

void TestHttpEngine::exchangeRecordsStatusHeadersSizesAndOrderedTimings()
{
    auto engine = makeEngine();
    QSignalSpy headersSpy(engine.get(), &HttpEngine::headersReceived);
    QSignalSpy downloadSpy(engine.get(), &HttpEngine::downloadProgress);
    const QDateTime before = QDateTime::currentDateTimeUtc();

    RequestSpec spec;
    spec.method = "POST";
    spec.url = url(u"/echo"_s);
    spec.body = pattern(5000);
    Exchange x;
    QVERIFY(exchangeOf(*engine, spec, x));

    QVERIFY(x.id > 0);
    QCOMPARE(x.request.url, spec.url);
    QCOMPARE(x.request.body, spec.body);
    QCOMPARE(x.finalUrl, spec.url);
    QCOMPARE(x.status, 200);
    QCOMPARE(x.reason, "OK"_ba);
    QCOMPARE(x.header("x-reply"), "yes"_ba);
    QCOMPARE(x.header("Content-Length"), "5000"_ba);
    QCOMPARE(x.header("Content-Type"), "application/octet-stream"_ba);
    QVERIFY(x.header("Date").endsWith("GMT"));
    QCOMPARE(x.body, spec.body);
    QCOMPARE(x.bodySize, 5000);
    QCOMPARE(x.requestBodySize, 5000);
    QVERIFY(!x.isSpooled());
    QCOMPARE(x.error, QString());
    QVERIFY(!x.cancelled);
    QVERIFY(!x.timedOut);
    QCOMPARE(x.retryAfterSeconds, -1);
    QCOMPARE(x.attempts, 1);
    QVERIFY(x.tlsSummary.isEmpty());

    QVERIFY(x.startedAt.isValid());
    QVERIFY(x.startedAt >= before.addMSecs(-1));
    QVERIFY(x.startedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY2(x.headersAfterMs >= 0, QByteArray::number(x.headersAfterMs).constData());
    QVERIFY(x.headersAfterMs <= x.finishedAfterMs);
    QVERIFY(x.startedAt.addMSecs(x.finishedAfterMs) <= QDateTime::currentDateTimeUtc());

    QCOMPARE(headersSpy.size(), 1);
    QCOMPARE(headersSpy.at(0).at(0).value<quint64>(), x.id);
    QCOMPARE(headersSpy.at(0).at(1).toInt(), 200);
    QVERIFY(!downloadSpy.isEmpty());
    QCOMPARE(downloadSpy.last().at(1).toLongLong(), 5000);
}

void TestHttpEngine::errorStatusIsACompletedExchange()
{
    auto engine = makeEngine();
    for (int code : {400, 401, 404, 500}) {
        Exchange x;
        QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, url(u"/status?code=%1"_s.arg(code))), x));
        QCOMPARE(x.status, code);
        QCOMPARE(x.error, QString());
        QCOMPARE(x.body, R"({"message":"as asked"})"_ba);
        QVERIFY(x.header("Content-Type").startsWith("application/json"));
    }
}

void TestHttpEngine::sendNeverAnswersFromInsideSend()
{
    auto engine = makeEngine();
    QSignalSpy finishedSpy(engine.get(), &HttpEngine::finished);
    const quint64 id = engine->send(requestTo("GET"_ba, QUrl(u"ftp://127.0.0.1/file"_s)));
    QCOMPARE(finishedSpy.size(), 0);
    QVERIFY(engine->isPending(id));
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 1, kWaitMs);
    const auto x = finishedSpy.at(0).at(0).value<Exchange>();
    QCOMPARE(x.id, id);
    QVERIFY(x.error.contains(u"ftp://127.0.0.1/file"_s));
    QVERIFY(!engine->isPending(id));

    RequestSpec missingFile = requestTo("PUT"_ba, url(u"/echo"_s));
    missingFile.bodyFile = m_scratch.filePath(u"does-not-exist.bin"_s);
    Exchange y;
    QVERIFY(exchangeOf(*engine, missingFile, y));
    QVERIFY(y.error.contains(u"does-not-exist.bin"_s));
    QVERIFY(m_requests.isEmpty());
}

void TestHttpEngine::largeResponseIsSpooledWithExactBytesAndOutlivesEngine()
{
    const qsizetype size = 30 * kMiB;
    auto engine = makeEngine();
    QCOMPARE(engine->spoolThreshold(), 8 * kMiB);
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, url(u"/bytes?n=%1"_s.arg(size))), x, 20'000));
    QCOMPARE(x.error, QString());
    QCOMPARE(x.status, 200);
    QVERIFY(x.isSpooled());
    QVERIFY(x.body.isEmpty());
    QCOMPARE(x.bodySize, size);
    QCOMPARE(QFileInfo(x.bodyFile).absolutePath(), QFileInfo(m_spoolDir).absoluteFilePath());

    // A delivered body belongs to the caller, even after the engine is gone.
    engine.reset();
    QFile file(x.bodyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), size);
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes == pattern(size));

    HttpEngine::discardSpool(x);
    QVERIFY(!QFile::exists(x.bodyFile));
}

void TestHttpEngine::responseUnderThresholdStaysInMemory()
{
    const qsizetype size = 1 * kMiB;
    auto engine = makeEngine();
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, url(u"/bytes?n=%1"_s.arg(size))), x));
    QCOMPARE(x.error, QString());
    QVERIFY(!x.isSpooled());
    QCOMPARE(x.bodySize, size);
    QVERIFY(x.body == pattern(size));
    QVERIFY(filesIn(m_spoolDir).isEmpty());
}

void TestHttpEngine::bodyOverMaximumSizeIsAnError()
{
    auto engine = makeEngine();
    engine->setMaxBodySize(100'000);
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, url(u"/bytes?n=250000"_s)), x));
    QVERIFY(!x.error.isEmpty());
    QVERIFY2(x.error.contains(u"127.0.0.1"_s), qPrintable(x.error));
    QVERIFY(!x.cancelled);
    QVERIFY(!x.isSpooled());
}

void TestHttpEngine::requestBodyIsStreamedFromFile()
{
    const QByteArray content = pattern(5 * kMiB + 17);
    const QString path = m_scratch.filePath(u"upload.bin"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    auto engine = makeEngine();
    QSignalSpy uploadSpy(engine.get(), &HttpEngine::uploadProgress);
    RequestSpec spec = requestTo("PUT"_ba, url(u"/echo"_s));
    spec.body = "ignored when a file is given"_ba;
    spec.bodyFile = path;
    spec.headers = {{"Content-Length", "3"}}; // stale; the engine sends the real length
    Exchange x;
    QVERIFY(exchangeOf(*engine, spec, x, 20'000));
    QCOMPARE(x.error, QString());
    QCOMPARE(x.status, 200);
    QCOMPARE(x.requestBodySize, content.size());
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_requests.constFirst().headers.value("Content-Length"), QByteArray::number(content.size()));
    QVERIFY(m_requests.constFirst().body == content);
    QVERIFY(!uploadSpy.isEmpty());
    QCOMPARE(uploadSpy.last().at(1).toLongLong(), content.size());
}

void TestHttpEngine::cancelMidDownloadLeavesNoSpoolFile()
{
    RawServer server([](QTcpSocket *socket) { dripBody(socket, 200 * kMiB); });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto engine = makeEngine();
    engine->setSpoolThreshold(256 * 1024);
    QSignalSpy finishedSpy(engine.get(), &HttpEngine::finished);
    QSignalSpy progressSpy(engine.get(), &HttpEngine::downloadProgress);

    const quint64 id = engine->send(requestTo("GET"_ba, QUrl(u"http://127.0.0.1:%1/big"_s.arg(server.serverPort()))));
    QTRY_COMPARE_WITH_TIMEOUT(filesIn(m_spoolDir).size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!progressSpy.isEmpty(), kWaitMs);
    QCOMPARE(progressSpy.last().at(2).toLongLong(), 200 * kMiB);
    QCOMPARE(finishedSpy.size(), 0);

    engine->cancel(id);
    // Aborting finishes the reply there and then: the answer is out before cancel() returns,
    // not whenever the 200 MiB would have ended.
    QCOMPARE(finishedSpy.size(), 1);
    const auto x = finishedSpy.at(0).at(0).value<Exchange>();
    QCOMPARE(x.id, id);
    QVERIFY(x.cancelled);
    QVERIFY(!x.timedOut);
    QVERIFY(x.error.contains(u"127.0.0.1"_s));
    QVERIFY(!x.isSpooled());
    QVERIFY2(filesIn(m_spoolDir).isEmpty(), qPrintable(filesIn(m_spoolDir).join(u", "_s)));
    QVERIFY(!engine->isPending(id));
}

void TestHttpEngine::destroyingEngineRemovesUndeliveredSpoolFiles()
{
    RawServer server([](QTcpSocket *socket) { dripBody(socket, 200 * kMiB); });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto engine = makeEngine();
    engine->setSpoolThreshold(256 * 1024);
    const quint64 id = engine->send(requestTo("GET"_ba, QUrl(u"http://127.0.0.1:%1/big"_s.arg(server.serverPort()))));
    QTRY_COMPARE_WITH_TIMEOUT(filesIn(m_spoolDir).size(), 1, kWaitMs);
    QVERIFY(engine->isPending(id));

    engine.reset();
    QVERIFY(filesIn(m_spoolDir).isEmpty());
}

void TestHttpEngine::silentServerTimesOutNamingHost()
{
    RawServer server([](QTcpSocket *) {});
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto engine = makeEngine();
    RequestSpec spec = requestTo("GET"_ba, QUrl(u"http://127.0.0.1:%1/never"_s.arg(server.serverPort())));
    spec.timeoutMs = 300;
    Exchange x;
    QVERIFY(exchangeOf(*engine, spec, x));
    QCOMPARE(server.connections(), 1);
    QVERIFY(x.timedOut);
    QVERIFY(!x.cancelled);
    QCOMPARE(x.status, 0);
    QVERIFY2(x.error.contains(u"127.0.0.1"_s), qPrintable(x.error));
    QVERIFY2(x.error.contains(u"timed out"_s), qPrintable(x.error));
    QVERIFY(x.finishedAfterMs >= 250);
}

void TestHttpEngine::refusedConnectionNamesHost()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    auto engine = makeEngine();
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, QUrl(u"http://127.0.0.1:%1/"_s.arg(port))), x));
    QCOMPARE(x.status, 0);
    QVERIFY(!x.timedOut);
    QVERIFY2(x.error.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(x.error));
    QVERIFY2(x.error.contains(u"refused"_s), qPrintable(x.error));
}

void TestHttpEngine::hangUpMidBodyIsAnErrorNamingHost()
{
    RawServer server([](QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n" + QByteArray(100, 'x'));
        socket->disconnectFromHost();
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto engine = makeEngine();
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, QUrl(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()))), x));
    QVERIFY(!x.error.isEmpty());
    QVERIFY2(x.error.contains(u"127.0.0.1"_s), qPrintable(x.error));
    QVERIFY(!x.timedOut);
    QVERIFY(!x.cancelled);
}

void TestHttpEngine::redirectIsFollowedToFinalUrl()
{
    auto engine = makeEngine();
    QSignalSpy headersSpy(engine.get(), &HttpEngine::headersReceived);
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, url(u"/redirect"_s)), x));
    QCOMPARE(x.error, QString());
    QCOMPARE(x.status, 200);
    QCOMPARE(x.request.url, url(u"/redirect"_s));
    QCOMPARE(x.finalUrl, url(u"/echo"_s));
    QCOMPARE(x.header("X-Reply"), "yes"_ba);
    QCOMPARE(m_requests.size(), 2);
    // Only the response the user gets is announced, not the hop.
    QCOMPARE(headersSpy.size(), 1);
    QCOMPARE(headersSpy.at(0).at(1).toInt(), 200);
}

void TestHttpEngine::redirectIsReturnedWhenNotFollowing()
{
    auto engine = makeEngine();
    RequestSpec spec = requestTo("GET"_ba, url(u"/redirect"_s));
    spec.followRedirects = false;
    Exchange x;
    QVERIFY(exchangeOf(*engine, spec, x));
    QCOMPARE(x.error, QString());
    QCOMPARE(x.status, 301);
    QCOMPARE(x.header("Location"), "/echo"_ba);
    QCOMPARE(x.finalUrl, url(u"/redirect"_s));
    QCOMPARE(m_requests.size(), 1);
}

void TestHttpEngine::redirectLoopEndsInError()
{
    auto engine = makeEngine();
    RequestSpec spec = requestTo("GET"_ba, url(u"/loop"_s));
    spec.maxRedirects = 4;
    Exchange x;
    QVERIFY(exchangeOf(*engine, spec, x));
    QVERIFY2(x.error.contains(u"redirect"_s, Qt::CaseInsensitive), qPrintable(x.error));
    QVERIFY2(x.error.contains(u"127.0.0.1"_s), qPrintable(x.error));
    QCOMPARE(m_requests.size(), 5);
}

void TestHttpEngine::retryAfterSecondsIsParsedWithoutRetrying()
{
    auto engine = makeEngine();
    QSignalSpy retrySpy(engine.get(), &HttpEngine::retryScheduled);
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, url(u"/throttle"_s)), x));
    QCOMPARE(x.status, 429);
    QCOMPARE(x.error, QString());
    QCOMPARE(x.retryAfterSeconds, 2);
    QCOMPARE(x.attempts, 1);
    QCOMPARE(retrySpy.size(), 0);
    QCOMPARE(m_requests.size(), 1);
}

void TestHttpEngine::retryAfterAcceptsHttpDates()
{
    const QDateTime now(QDate(2024, 3, 1), QTime(12, 0, 0), Qt::UTC);
    const auto imf = [](const QDateTime &t) {
        return QLocale::c().toString(t, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
    };
    QCOMPARE(portico::client::parseRetryAfter("120", now), 120);
    QCOMPARE(portico::client::parseRetryAfter(" 0 ", now), 0);
    QCOMPARE(portico::client::parseRetryAfter(imf(now.addSecs(30)), now), 30);
    QCOMPARE(portico::client::parseRetryAfter(imf(now.addSecs(-30)), now), 0);
    QCOMPARE(portico::client::parseRetryAfter("Friday, 01-Mar-24 12:00:45 GMT", now), 45);
    QCOMPARE(portico::client::parseRetryAfter("Fri Mar  1 12:01:00 2024", now), 60);
    QCOMPARE(portico::client::parseRetryAfter("", now), -1);
    QCOMPARE(portico::client::parseRetryAfter("-5", now), -1);
    QCOMPARE(portico::client::parseRetryAfter("soon", now), -1);
}

void TestHttpEngine::autoRetryResendsAfterRetryAfter()
{
    auto engine = makeEngine();
    QSignalSpy retrySpy(engine.get(), &HttpEngine::retryScheduled);
    QSignalSpy finishedSpy(engine.get(), &HttpEngine::finished);
    RequestSpec flaky = requestTo("GET"_ba, url(u"/flaky"_s));
    flaky.maxAttempts = 3;
    const quint64 id = engine->send(flaky);

    QTRY_COMPARE_WITH_TIMEOUT(retrySpy.size(), 1, kWaitMs);
    QCOMPARE(retrySpy.at(0).at(0).value<quint64>(), id);
    QCOMPARE(retrySpy.at(0).at(1).toInt(), 1);
    QCOMPARE(retrySpy.at(0).at(2).toInt(), 2);
    QCOMPARE(finishedSpy.size(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 1, kWaitMs);
    const auto x = finishedSpy.at(0).at(0).value<Exchange>();
    QCOMPARE(x.id, id);
    QCOMPARE(x.status, 200);
    QCOMPARE(x.body, "recovered"_ba);
    QCOMPARE(x.error, QString());
    QCOMPARE(x.attempts, 2);
    QCOMPARE(retrySpy.size(), 1);
    QCOMPARE(m_flakyHits, 2);
}

void TestHttpEngine::cancelDuringRetryWaitStopsRetrying()
{
    auto engine = makeEngine();
    QSignalSpy retrySpy(engine.get(), &HttpEngine::retryScheduled);
    QSignalSpy finishedSpy(engine.get(), &HttpEngine::finished);
    RequestSpec unavailable = requestTo("GET"_ba, url(u"/unavailable"_s));
    unavailable.maxAttempts = 5;
    const quint64 id = engine->send(unavailable);

    QTRY_COMPARE_WITH_TIMEOUT(retrySpy.size(), 1, kWaitMs);
    QCOMPARE(m_requests.size(), 1);
    engine->cancel(id);
    QCOMPARE(finishedSpy.size(), 1); // a retry wait ends at once
    const auto x = finishedSpy.at(0).at(0).value<Exchange>();
    QCOMPARE(x.id, id);
    QVERIFY(x.cancelled);
    QCOMPARE(x.status, 503);
    QCOMPARE(x.retryAfterSeconds, 1);
    QVERIFY(!engine->isPending(id));

    // Nothing is re-sent: a later request told to retry after two seconds gets its retry
    // through, and the cancelled one, whose retry was due a second earlier, never came.
    RequestSpec throttled = requestTo("GET"_ba, url(u"/throttle"_s));
    throttled.maxAttempts = 2;
    engine->send(throttled);
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.size(), 2, kWaitMs);
    QCOMPARE(finishedSpy.at(1).at(0).value<Exchange>().attempts, 2);
    QCOMPARE(m_requests.size(), 3);
    QCOMPARE(retrySpy.size(), 2);
}

void TestHttpEngine::untrustedCertificateIsRefusedWithFingerprint()
{
    makeCertificates();
    if (QTest::currentTestFailed())
        return;
    portico::testing::TlsTestServer server(m_certificates.at(0), m_keys.at(0));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto engine = makeEngine();
    QSignalSpy tlsSpy(engine.get(), &HttpEngine::tlsErrors);
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, QUrl(u"https://127.0.0.1:%1/"_s.arg(server.serverPort()))), x));

    QCOMPARE(tlsSpy.size(), 1);
    QCOMPARE(tlsSpy.at(0).at(0).value<quint64>(), x.id);
    QCOMPARE(tlsSpy.at(0).at(1).toString(), u"127.0.0.1"_s);
    QVERIFY(!tlsSpy.at(0).at(2).value<QList<QSslError>>().isEmpty());
    QCOMPARE(tlsSpy.at(0).at(3).value<QSslCertificate>(), m_certificates.at(0));

    QCOMPARE(x.status, 0);
    QVERIFY2(x.error.contains(u"127.0.0.1"_s), qPrintable(x.error));
    QVERIFY2(x.tlsSummary.contains(QString::fromLatin1(fingerprintText(m_certificates.at(0)))),
             qPrintable(x.tlsSummary));
    QVERIFY(x.tlsSummary.contains(u"127.0.0.1"_s));
    QCOMPARE(server.requestsServed(), 0);
}

void TestHttpEngine::trustedCertificateIsAccepted()
{
    makeCertificates();
    if (QTest::currentTestFailed())
        return;
    portico::testing::TlsTestServer server(m_certificates.at(0), m_keys.at(0));
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto engine = makeEngine();
    QSignalSpy tlsSpy(engine.get(), &HttpEngine::tlsErrors);
    const RequestSpec spec = requestTo("GET"_ba, QUrl(u"https://127.0.0.1:%1/"_s.arg(server.serverPort())));
    Exchange refused;
    QVERIFY(exchangeOf(*engine, spec, refused));
    QVERIFY(!refused.error.isEmpty());
    QCOMPARE(tlsSpy.size(), 1);

    // Hex with colons, as the UI shows it, is as good as the raw digest.
    QVERIFY(engine->trustStore()->trust(u"127.0.0.1"_s, fingerprintText(m_certificates.at(0))));
    const QByteArray digest = m_certificates.at(0).digest(QCryptographicHash::Sha256);
    QCOMPARE(engine->trustStore()->exceptions().value(u"127.0.0.1"_s), QList<QByteArray>{digest});

    Exchange x;
    QVERIFY(exchangeOf(*engine, spec, x));
    QCOMPARE(x.error, QString());
    QCOMPARE(x.status, 200);
    QCOMPARE(x.body, "secure"_ba);
    QVERIFY(x.tlsSummary.contains(QString::fromLatin1(fingerprintText(m_certificates.at(0)))));
    QCOMPARE(tlsSpy.size(), 1);
    QCOMPARE(server.requestsServed(), 1);

    // The persisted form restores the exception in a fresh engine.
    auto restored = makeEngine();
    restored->trustStore()->setExceptions(engine->trustStore()->exceptions());
    Exchange again;
    QVERIFY(exchangeOf(*restored, spec, again));
    QCOMPARE(again.error, QString());
    QCOMPARE(again.status, 200);
}

void TestHttpEngine::differentCertificateForTrustedHostIsRefused()
{
    makeCertificates();
    if (QTest::currentTestFailed())
        return;
    portico::testing::TlsTestServer impostor(m_certificates.at(1), m_keys.at(1));
    QVERIFY(impostor.listen(QHostAddress::LocalHost));
    auto engine = makeEngine();
    engine->trustStore()->trust(u"127.0.0.1"_s, m_certificates.at(0).digest(QCryptographicHash::Sha256));
    QSignalSpy tlsSpy(engine.get(), &HttpEngine::tlsErrors);
    Exchange x;
    QVERIFY(exchangeOf(*engine, requestTo("GET"_ba, QUrl(u"https://127.0.0.1:%1/"_s.arg(impostor.serverPort()))), x));
    QVERIFY2(!x.error.isEmpty(), "a certificate other than the trusted one was accepted");
    QCOMPARE(x.status, 0);
    QCOMPARE(tlsSpy.size(), 1);
    QCOMPARE(tlsSpy.at(0).at(3).value<QSslCertificate>(), m_certificates.at(1));
    QVERIFY(x.tlsSummary.contains(QString::fromLatin1(fingerprintText(m_certificates.at(1)))));
    QCOMPARE(impostor.requestsServed(), 0);
}

QTEST_GUILESS_MAIN(TestHttpEngine)
#include "tst_httpengine.moc"
