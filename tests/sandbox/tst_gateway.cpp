// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives a real Sandbox over HTTP on 127.0.0.1 and checks what an API Management client
// sees from its gateway: scoring through the demo API, APIM's own refusals word for word,
// throttling on a clock the test moves by hand, usage records, restarts, concurrency and
// hostile input. Both listeners live in this thread, so every wait spins the event loop.

#include "sandbox/gateway/gateway.h"
#include "sandbox/hashing/featurehasher.h"
#include "sandbox/http/httpserver.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using portico::hashing::FeatureHasher;
using portico::sandbox::Sandbox;
using portico::sandbox::SandboxOptions;
using portico::sandbox::Subscription;
using portico::sandbox::UsageRecord;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kWeek = 604800 * kSecond;
constexpr int kWaitMs = 10'000;

const QByteArray kSeedText = "This is a good day"_ba;
const QByteArrayList kSeedVector{"1", "1", "2", "2", "0", "2", "0", "1"};

const QByteArray kMissingKey = "{ \"statusCode\": 401, \"message\": \"Access denied due to missing subscription key."
                               " Make sure to include subscription key when making requests to an API.\" }"_ba;
const QByteArray kInvalidKey = "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key."
                               " Make sure to provide a valid key for an active subscription.\" }"_ba;
const QByteArray kNotFound = "{ \"statusCode\": 404, \"message\": \"Resource not found\" }"_ba;

using Header = QPair<QByteArray, QByteArray>;

struct Reply
{
    int status = -1; // -1: no answer in time, 0: the connection failed
    QList<Header> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const Header &h : headers) {
            if (name.compare(h.first, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray scoreBody(const QByteArray &text)
{
    return R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [[")"_ba + text +
        R"("]]}}, "GlobalParameters": {}})"_ba;
}

// The hashed features of the only row of an RRS table answer, as the strings AzureML sends.
QByteArrayList scoredVector(const QJsonObject &answer)
{
    const QJsonArray row = answer.value(u"Results"_s)
                               .toObject()
                               .value(u"output1"_s)
                               .toObject()
                               .value(u"value"_s)
                               .toObject()
                               .value(u"Values"_s)
                               .toArray()
                               .at(0)
                               .toArray();
    QByteArrayList out;
    for (qsizetype i = 1; i < row.size(); ++i)
        out.append(row.at(i).toString().toUtf8());
    return out;
}

QJsonObject tableValue(const QJsonObject &answer)
{
    return answer.value(u"Results"_s).toObject().value(u"output1"_s).toObject().value(u"value"_s).toObject();
}

// The detail code of an AzureML error answer, {"error":{"code","message","details":[{"code"}]}}.
QString azureMlDetailCode(const QJsonObject &answer)
{
    return answer.value(u"error"_s)
        .toObject()
        .value(u"details"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"code"_s)
        .toString();
}

QString azureMlCode(const QJsonObject &answer)
{
    return answer.value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArrayList expectedVector(const QByteArray &text)
{
    QByteArrayList out;
    for (quint32 count : FeatureHasher(3, 2).hash(text))
        out.append(QByteArray::number(count));
    return out;
}

// Splits one HTTP/1.1 answer read off a raw socket.
Reply parseRaw(const QByteArray &raw)
{
    Reply r;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return r;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1."))
        return r;
    r.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            r.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1).trimmed()});
    }
    r.body = raw.mid(headEnd + 4);
    const QByteArray length = r.header("Content-Length");
    if (!length.isEmpty())
        r.body.truncate(length.toLongLong());
    return r;
}

bool isCompleteAnswer(const QByteArray &raw)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const Reply head = parseRaw(raw.left(headEnd + 4));
    return raw.size() - (headEnd + 4) >= head.header("Content-Length").toLongLong();
}

QString clockText(int seconds)
{
    return u"%1:%2:%3"_s.arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

} // namespace

class TestGateway : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void executeWithHeaderKeyScoresTheSeedSentence();
    void executeWithQueryKeyScoresTheSeedSentence();
    void secondaryKeyIsAcceptedToo();
    void bearerKeyReachesTheServiceUnchanged();
    void missingKeyGetsApimBody();
    void invalidKeyGetsApimBody();
    void unknownApiSuffixIsNotFound();
    void executeWithoutDetailsMatchesNoOperation();
    void wrongMethodMatchesNoOperation_data();
    void wrongMethodMatchesNoOperation();
    void batchOperationsRouteToTheService_data();
    void batchOperationsRouteToTheService();
    void starterIsThrottledAfterFiveCallsAMinute();
    void unlimitedAnswersCarryNoRemainingCallHeaders();
    void throttlingIsPerSubscription();
    void starterQuotaRunsOutAfterHundredCallsAWeek();
    void usageLogRecordsEveryCallWithItsOutcome();
    void throttlingSurvivesARestart();
    void fiftyConcurrentClientsEachGetTheirOwnScore();
    void malformedInputIsRefusedAndTheGatewayKeepsWorking_data();
    void malformedInputIsRefusedAndTheGatewayKeepsWorking();
    void clientVanishingMidRequestLeavesTheGatewayWorking();
    void statusEndpointAnswersWithoutAKey();
    void unreachableBackendGivesBadGatewayWithoutHanging();

private:
    bool startSandbox(QString *error);
    QString key(const QString &productId, bool secondary = false) const;
    QByteArray servicePath() const;
    QByteArray executeTarget(const QByteArray &extraQuery = {}) const;
    Reply send(const QByteArray &method, const QByteArray &target, const QList<Header> &headers,
               const QByteArray &body = {});
    Reply execute(const QString &subscriptionKey, const QByteArray &text = kSeedText);
    Reply rawExchange(const QByteArray &bytes, int timeoutMs = kWaitMs);
    QList<UsageRecord> flushedUsage(qint64 fromMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<Subscription> m_subscriptions;
    portico::sandbox::Credentials m_credentials;
    qint64 m_now = 0;
};

bool TestGateway::startSandbox(QString *error)
{
    m_sandbox = std::make_unique<Sandbox>();
    SandboxOptions options;
    options.dataDir = m_dir->path();
    options.clock = [this] { return m_now; };
    if (!m_sandbox->start(options, error))
        return false;
    m_subscriptions = m_sandbox->subscriptions();
    m_credentials = m_sandbox->credentials();
    return true;
}

void TestGateway::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    QVERIFY2(startSandbox(&error), qPrintable(error));
    QCOMPARE(m_subscriptions.size(), 2);
    // Starts the test clock just after the subscriptions' creation, so their first quota
    // window is the one the calls fall into.
    for (const Subscription &s : std::as_const(m_subscriptions))
        m_now = qMax(m_now, s.createdAtMs + kSecond);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestGateway::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QString TestGateway::key(const QString &productId, bool secondary) const
{
    for (const Subscription &s : m_subscriptions) {
        if (s.productId == productId)
            return secondary ? s.secondaryKey : s.primaryKey;
    }
    return {};
}

QByteArray TestGateway::servicePath() const
{
    return "/azureml-demo/workspaces/" + m_credentials.workspace.toUtf8() + "/services/" +
        m_credentials.service.toUtf8();
}

QByteArray TestGateway::executeTarget(const QByteArray &extraQuery) const
{
    return servicePath() + "/execute?api-version=2.0&details=true" + extraQuery;
}

Reply TestGateway::send(const QByteArray &method, const QByteArray &target, const QList<Header> &headers,
                        const QByteArray &body)
{
    QNetworkRequest request(QUrl::fromEncoded(m_sandbox->gatewayUrl().toEncoded() + target, QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const Header &h : headers)
        request.setRawHeader(h.first, h.second);
    const std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    // A spy's event loop wakes on the signal itself; polling would add a sleep per hop, and
    // some tests make a hundred calls.
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply r;
    if (!reply->isFinished() && !finished.wait(kWaitMs))
        return r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    r.headers = reply->rawHeaderPairs();
    r.body = reply->readAll();
    return r;
}

Reply TestGateway::execute(const QString &subscriptionKey, const QByteArray &text)
{
    return send("POST"_ba, executeTarget(),
                {{"Content-Type"_ba, "application/json"_ba},
                 {"Ocp-Apim-Subscription-Key"_ba, subscriptionKey.toUtf8()},
                 {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}},
                scoreBody(text));
}

// Writes bytes as they are and reads until one whole answer arrived or the server closed;
// for what QNetworkAccessManager would refuse to send.
Reply TestGateway::rawExchange(const QByteArray &bytes, int timeoutMs)
{
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(m_sandbox->gatewayUrl().host(), quint16(m_sandbox->gatewayUrl().port()));
    socket.write(bytes);
    const bool ended = QTest::qWaitFor(
        [&] { return socket.state() == QAbstractSocket::UnconnectedState || isCompleteAnswer(received); }, timeoutMs);
    received += socket.readAll();
    socket.abort();
    Reply r = parseRaw(received);
    if (r.status < 0 && ended)
        r.status = 0;
    return r;
}

QList<UsageRecord> TestGateway::flushedUsage(qint64 fromMs)
{
    if (!m_sandbox->gateway()->usageLog()->flush())
        return {};
    return m_sandbox->store()->usage(fromMs, m_now + kWeek);
}

void TestGateway::executeWithHeaderKeyScoresTheSeedSentence()
{
    const Reply r = execute(key(u"unlimited"_s));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QCOMPARE(scoredVector(r.json()), kSeedVector);
    QCOMPARE(kSeedVector, expectedVector(kSeedText));
    // details=true reached the service: the answer carries the column types.
    QCOMPARE(tableValue(r.json()).value(u"ColumnTypes"_s).toArray().size(), 9);
}

void TestGateway::executeWithQueryKeyScoresTheSeedSentence()
{
    const Reply r = send(
        "POST"_ba, executeTarget("&subscription-key=" + key(u"unlimited"_s).toUtf8()),
        {{"Content-Type"_ba, "application/json"_ba}, {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}},
        scoreBody(kSeedText));
    QCOMPARE(r.status, 200);
    QCOMPARE(scoredVector(r.json()), kSeedVector);
}

void TestGateway::secondaryKeyIsAcceptedToo()
{
    const Reply r = execute(key(u"starter"_s, true));
    QCOMPARE(r.status, 200);
    QCOMPARE(scoredVector(r.json()), kSeedVector);
}

void TestGateway::bearerKeyReachesTheServiceUnchanged()
{
    // The gateway checks only the subscription key; the bearer key is the service's to judge,
    // so a wrong one comes back in AzureML's words, not APIM's.
    const Reply r = send("POST"_ba, executeTarget(),
                         {{"Content-Type"_ba, "application/json"_ba},
                          {"Ocp-Apim-Subscription-Key"_ba, key(u"unlimited"_s).toUtf8()},
                          {"Authorization"_ba, "Bearer not-the-service-key"_ba}},
                         scoreBody(kSeedText));
    QCOMPARE(r.status, 401);
    QCOMPARE(azureMlCode(r.json()), u"Unauthorized"_s);
    QCOMPARE(azureMlDetailCode(r.json()), u"ScoreRequestUnauthorized"_s);
    QVERIFY(!r.json().contains(u"statusCode"_s));
    QCOMPARE(r.header("WWW-Authenticate"), "Bearer"_ba);

    const Reply none = send(
        "POST"_ba, executeTarget(),
        {{"Content-Type"_ba, "application/json"_ba}, {"Ocp-Apim-Subscription-Key"_ba, key(u"unlimited"_s).toUtf8()}},
        scoreBody(kSeedText));
    QCOMPARE(none.status, 401);
    QCOMPARE(azureMlDetailCode(none.json()), u"ScoreRequestUnauthorized"_s);
}

void TestGateway::missingKeyGetsApimBody()
{
    const Reply r = send(
        "POST"_ba, executeTarget(),
        {{"Content-Type"_ba, "application/json"_ba}, {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}},
        scoreBody(kSeedText));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, kMissingKey);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.header("WWW-Authenticate").startsWith("AzureApiManagementKey"));

    // An empty key is no key.
    const Reply empty = send("POST"_ba, executeTarget("&subscription-key="_ba), {}, scoreBody(kSeedText));
    QCOMPARE(empty.status, 401);
    QCOMPARE(empty.body, kMissingKey);
}

void TestGateway::invalidKeyGetsApimBody()
{
    const Reply header = execute(u"0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(header.status, 401);
    QCOMPARE(header.body, kInvalidKey);

    // The service's bearer key is not a subscription key.
    const Reply query =
        send("POST"_ba, executeTarget("&subscription-key=" + QUrl::toPercentEncoding(m_credentials.apiKey)),
             {{"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}}, scoreBody(kSeedText));
    QCOMPARE(query.status, 401);
    QCOMPARE(query.body, kInvalidKey);
}

void TestGateway::unknownApiSuffixIsNotFound()
{
    const QByteArray target = "/no-such-api/workspaces/" + m_credentials.workspace.toUtf8() + "/services/" +
        m_credentials.service.toUtf8() + "/execute?api-version=2.0&details=true";
    const Reply r =
        send("POST"_ba, target, {{"Ocp-Apim-Subscription-Key"_ba, key(u"unlimited"_s).toUtf8()}}, scoreBody(kSeedText));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, kNotFound);

    const Reply root = send("GET"_ba, "/"_ba, {});
    QCOMPARE(root.status, 404);
    QCOMPARE(root.body, kNotFound);
}

void TestGateway::executeWithoutDetailsMatchesNoOperation()
{
    // The service itself would answer this; the gateway must not forward it, because the
    // template's details= is required.
    const Reply r = send("POST"_ba, servicePath() + "/execute?api-version=2.0",
                         {{"Content-Type"_ba, "application/json"_ba},
                          {"Ocp-Apim-Subscription-Key"_ba, key(u"unlimited"_s).toUtf8()},
                          {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}},
                         scoreBody(kSeedText));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 404);
    QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
    QVERIFY(!r.json().contains(u"error"_s));
}

void TestGateway::wrongMethodMatchesNoOperation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("tail");

    QTest::newRow("GET execute") << "GET"_ba
                                 << "/execute?api-version=2.0&details=true"_ba;
    QTest::newRow("PUT execute") << "PUT"_ba
                                 << "/execute?api-version=2.0&details=true"_ba;
    QTest::newRow("DELETE submit") << "DELETE"_ba
                                   << "/jobs?api-version=2.0"_ba;
    QTest::newRow("GET start") << "GET"_ba
                               << "/jobs/abc/start?api-version=2.0"_ba;
    QTest::newRow("PATCH status") << "PATCH"_ba
                                  << "/jobs/abc?api-version=2.0"_ba;
}

void TestGateway::wrongMethodMatchesNoOperation()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, tail);

    const Reply r = send(method, servicePath() + tail,
                         {{"Ocp-Apim-Subscription-Key"_ba, key(u"unlimited"_s).toUtf8()},
                          {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 404);
    QVERIFY(!r.json().contains(u"error"_s));
}

void TestGateway::batchOperationsRouteToTheService_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("operationId");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detailCode");

    // An empty submit and a job that does not exist: the service's own refusals.
    QTest::newRow("BES Submit") << "POST"_ba
                                << "/jobs?api-version=2.0"_ba << u"bes-submit"_s << 400 << u"MissingRequestInput"_s;
    QTest::newRow("BES Start") << "POST"_ba
                               << "/jobs/539d0bc2fde945b6ac986b851d0000f0/start?api-version=2.0"_ba << u"bes-start"_s
                               << 404 << u"JobNotFound"_s;
    QTest::newRow("BES Status") << "GET"_ba
                                << "/jobs/539d0bc2fde945b6ac986b851d0000f0?api-version=2.0"_ba << u"bes-status"_s << 404
                                << u"JobNotFound"_s;
    QTest::newRow("BES Delete") << "DELETE"_ba
                                << "/jobs/539d0bc2fde945b6ac986b851d0000f0?api-version=2.0"_ba << u"bes-delete"_s << 404
                                << u"JobNotFound"_s;
}

void TestGateway::batchOperationsRouteToTheService()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, tail);
    QFETCH(QString, operationId);
    QFETCH(int, status);
    QFETCH(QString, detailCode);

    const qint64 from = m_now;
    const Reply r = send(method, servicePath() + tail,
                         {{"Content-Type"_ba, "application/json"_ba},
                          {"Ocp-Apim-Subscription-Key"_ba, key(u"unlimited"_s).toUtf8()},
                          {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}},
                         method == "POST" ? "{}"_ba : QByteArray());
    // What matters here is that the answer is the service's, in AzureML's shape, not the
    // gateway's 404.
    QCOMPARE(r.status, status);
    QCOMPARE(azureMlDetailCode(r.json()), detailCode);
    QVERIFY(!r.json().contains(u"statusCode"_s));

    const QList<UsageRecord> usage = flushedUsage(from);
    QCOMPARE(usage.size(), 1);
    QCOMPARE(usage.first().operationId, operationId);
    QCOMPARE(usage.first().status, status);
    QCOMPARE(usage.first().blocked, false);
}

void TestGateway::starterIsThrottledAfterFiveCallsAMinute()
{
    const QString starter = key(u"starter"_s);
    const qint64 start = m_now;
    for (int i = 0; i < 5; ++i) {
        m_now = start + i * 10 * kSecond;
        const Reply r = execute(starter);
        QCOMPARE(r.status, 200);
        QCOMPARE(scoredVector(r.json()), kSeedVector);
        // What the policies leave is reported on every call that passed them.
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(4 - i));
        QCOMPARE(r.header("X-RateLimit-Limit"), "5"_ba);
        QCOMPARE(r.header("X-Quota-Remaining"), QByteArray::number(99 - i));
        QCOMPARE(r.header("X-Quota-Limit"), "100"_ba);
    }

    m_now = start + 45 * kSecond;
    Reply r = execute(starter);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), "15"_ba);
    QCOMPARE(r.body, "{ \"statusCode\": 429, \"message\": \"Rate limit is exceeded. Try again in 15 seconds.\" }"_ba);

    m_now = start + kMinute - 1;
    r = execute(starter);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), "1"_ba);
    QCOMPARE(r.json().value(u"message"_s).toString(), u"Rate limit is exceeded. Try again in 1 seconds."_s);

    // The call at 0 s has left the window; the four after it are still in.
    m_now = start + kMinute;
    r = execute(starter);
    QCOMPARE(r.status, 200);
    QCOMPARE(scoredVector(r.json()), kSeedVector);
    r = execute(starter);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), "10"_ba);

    m_now = start + 2 * kMinute;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(execute(starter).status, 200);
}

void TestGateway::unlimitedAnswersCarryNoRemainingCallHeaders()
{
    const Reply r = execute(key(u"unlimited"_s));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("X-RateLimit-Remaining").isNull());
    QVERIFY(r.header("X-Quota-Remaining").isNull());
}

void TestGateway::throttlingIsPerSubscription()
{
    const QString starter = key(u"starter"_s);
    const QString unlimited = key(u"unlimited"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(execute(starter).status, 200);
    QCOMPARE(execute(starter).status, 429);

    for (int i = 0; i < 30; ++i) {
        const Reply r = execute(unlimited);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Retry-After").isEmpty());
    }
    // The Starter subscription's other key shares its counters.
    QCOMPARE(execute(key(u"starter"_s, true)).status, 429);
    QCOMPARE(execute(starter).status, 429);
}

void TestGateway::starterQuotaRunsOutAfterHundredCallsAWeek()
{
    const QString starter = key(u"starter"_s);
    qint64 created = 0;
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (s.productId == u"starter")
            created = s.createdAtMs;
    }
    QVERIFY(created > 0);

    // Five calls, then a minute later, keeps the rate limit out of the way.
    for (int i = 0; i < 100; ++i) {
        if (i > 0 && i % 5 == 0)
            m_now += kMinute;
        const Reply r = execute(starter);
        QVERIFY2(r.status == 200, qPrintable(u"call %1 answered %2"_s.arg(i + 1).arg(r.status)));
    }

    m_now += kMinute;
    const Reply r = execute(starter);
    QCOMPARE(r.status, 403);
    const int expectedRetry = int((created + kWeek - m_now + 999) / 1000);
    QCOMPARE(r.header("Retry-After"), QByteArray::number(expectedRetry));
    QVERIFY(expectedRetry > 6 * 86400);
    const QString expectedMessage =
        u"Out of call volume quota. Quota will be replenished in "_s + clockText(expectedRetry) + u"."_s;
    QCOMPARE(r.json().value(u"message"_s).toString(), expectedMessage);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 403);
    QVERIFY(r.body.startsWith("{ \"statusCode\": 403, \"message\": \"Out of call volume quota."));

    // A week on, a new quota window opens; the other subscription never noticed.
    QCOMPARE(execute(key(u"unlimited"_s)).status, 200);
    m_now = created + kWeek - 1;
    QCOMPARE(execute(starter).status, 403);
    m_now = created + kWeek;
    QCOMPARE(execute(starter).status, 200);
}

void TestGateway::usageLogRecordsEveryCallWithItsOutcome()
{
    const QString starter = key(u"starter"_s);
    const QString unlimited = key(u"unlimited"_s);
    QString starterId;
    QString unlimitedId;
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        if (s.productId == u"starter")
            starterId = s.id;
        else if (s.productId == u"unlimited")
            unlimitedId = s.id;
    }
    QVERIFY(!starterId.isEmpty() && !unlimitedId.isEmpty());

    struct Expected
    {
        QString subscriptionId;
        QString apiId;
        QString operationId;
        int status;
        bool blocked;
    };
    QList<Expected> expected;
    QList<qint64> times;
    const qint64 from = m_now;
    auto check = [&](const Reply &r, const Expected &e) {
        times.append(m_now);
        expected.append(e);
        m_now += 1;
        return r.status == e.status;
    };
    const QString api = u"azureml-demo"_s;
    const QString rrs = u"rrs-execute"_s;

    QVERIFY(check(execute(unlimited), {unlimitedId, api, rrs, 200, false}));
    QVERIFY(check(send("POST"_ba, executeTarget(), {}, scoreBody(kSeedText)), {QString(), api, rrs, 401, true}));
    QVERIFY(check(execute(u"not-a-key"_s), {QString(), api, rrs, 401, true}));
    QVERIFY(check(
        send("POST"_ba, executeTarget(), {{"Ocp-Apim-Subscription-Key"_ba, unlimited.toUtf8()}}, scoreBody(kSeedText)),
        {unlimitedId, api, rrs, 401, false}));
    QVERIFY(check(send("POST"_ba, servicePath() + "/execute?api-version=2.0",
                       {{"Ocp-Apim-Subscription-Key"_ba, unlimited.toUtf8()}}, scoreBody(kSeedText)),
                  {QString(), api, QString(), 404, true}));
    QVERIFY(check(send("POST"_ba, "/elsewhere/execute"_ba, {{"Ocp-Apim-Subscription-Key"_ba, unlimited.toUtf8()}}),
                  {QString(), QString(), QString(), 404, true}));
    QVERIFY(check(send("GET"_ba, servicePath() + "/jobs/j1?api-version=2.0",
                       {{"Ocp-Apim-Subscription-Key"_ba, unlimited.toUtf8()},
                        {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}}),
                  {unlimitedId, api, u"bes-status"_s, 404, false}));
    for (int i = 0; i < 5; ++i)
        QVERIFY(check(execute(starter), {starterId, api, rrs, 200, false}));
    QVERIFY(check(execute(starter), {starterId, api, rrs, 429, true}));
    QVERIFY(check(execute(key(u"starter"_s, true)), {starterId, api, rrs, 429, true}));
    // The health check is not an API call.
    QCOMPARE(send("GET"_ba, portico::sandbox::Gateway::kStatusPath.toByteArray(), {}).status, 200);

    const QList<UsageRecord> usage = flushedUsage(from);
    QCOMPARE(usage.size(), expected.size());
    for (qsizetype i = 0; i < usage.size(); ++i) {
        const UsageRecord &got = usage.at(i);
        const Expected &want = expected.at(i);
        const QByteArray where = "record " + QByteArray::number(i);
        QVERIFY2(got.timeMs == times.at(i), where.constData());
        QVERIFY2(got.subscriptionId == want.subscriptionId, where.constData());
        QVERIFY2(got.apiId == want.apiId, where.constData());
        QVERIFY2(got.operationId == want.operationId, where.constData());
        QVERIFY2(got.status == want.status, where.constData());
        QVERIFY2(got.blocked == want.blocked, where.constData());
        QVERIFY2(got.latencyMs >= 0, where.constData());
    }
    QCOMPARE(m_sandbox->store()->countPassedCalls(starterId, from, m_now), 5);
    QCOMPARE(m_sandbox->store()->countPassedCalls(unlimitedId, from, m_now), 3);
}

void TestGateway::throttlingSurvivesARestart()
{
    const QString starter = key(u"starter"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(execute(starter).status, 200);

    m_network.reset();
    m_sandbox.reset();
    m_now += 30 * kSecond;
    QString error;
    QVERIFY2(startSandbox(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();
    QCOMPARE(key(u"starter"_s), starter);

    Reply r = execute(starter);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), "30"_ba);
    QCOMPARE(execute(key(u"unlimited"_s)).status, 200);

    m_now += 30 * kSecond;
    r = execute(starter);
    QCOMPARE(r.status, 200);
    QCOMPARE(scoredVector(r.json()), kSeedVector);
}

void TestGateway::fiftyConcurrentClientsEachGetTheirOwnScore()
{
    constexpr int kClients = 50;
    const QByteArray host =
        m_sandbox->gatewayUrl().host().toUtf8() + ':' + QByteArray::number(m_sandbox->gatewayUrl().port());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> texts;
    QList<QByteArray> received(kClients);
    for (int i = 0; i < kClients; ++i) {
        const QByteArray text =
            "client " + QByteArray::number(i) + " asks whether day " + QByteArray::number(i * 7 + 3) + " is a good day";
        texts.append(text);
        const QByteArray body = scoreBody(text);
        const QByteArray request = "POST " + executeTarget() + " HTTP/1.1\r\nHost: " + host +
            "\r\nOcp-Apim-Subscription-Key: " + key(u"unlimited"_s).toUtf8() + "\r\nAuthorization: Bearer " +
            m_credentials.apiKey.toUtf8() +
            "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nConnection: close\r\n\r\n" + body;
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QTcpSocket::readyRead, s, [s, &received, i] { received[i] += s->readAll(); });
        connect(s, &QTcpSocket::connected, s, [s, request] { s->write(request); });
        s->connectToHost(m_sandbox->gatewayUrl().host(), quint16(m_sandbox->gatewayUrl().port()));
        sockets.push_back(std::move(socket));
    }

    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &s : sockets) {
                if (s->state() != QAbstractSocket::UnconnectedState)
                    return false;
            }
            return true;
        },
        15'000));

    for (int i = 0; i < kClients; ++i) {
        received[i] += sockets[size_t(i)]->readAll();
        const Reply r = parseRaw(received.at(i));
        QVERIFY2(r.status == 200, qPrintable(u"client %1 answered %2"_s.arg(i).arg(r.status)));
        QVERIFY2(scoredVector(r.json()) == expectedVector(texts.at(i)), texts.at(i).constData());
        const QJsonArray row = tableValue(r.json()).value(u"Values"_s).toArray().at(0).toArray();
        QCOMPARE(row.at(0).toString().toUtf8(), texts.at(i));
    }
}

void TestGateway::malformedInputIsRefusedAndTheGatewayKeepsWorking_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<int>>("acceptable"); // 0: closed without an answer

    QTest::newRow("binary junk") << "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\xff\xfe\r\n\r\n"_ba
                                 << QList<int>{400};
    QTest::newRow("no version") << "GET /status-0123456789abcdef\r\n\r\n"_ba << QList<int>{400};
    QTest::newRow("unknown version") << "GET / HTTP/3.0\r\n\r\n"_ba << QList<int>{505};
    QTest::newRow("header without colon") << "GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n"_ba << QList<int>{400};
    QTest::newRow("negative length") << "POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n"_ba << QList<int>{400};
    QTest::newRow("length and chunked")
        << "POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"_ba << QList<int>{400};
    QTest::newRow("bad chunk size") << "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"_ba
                                    << QList<int>{400};
    QTest::newRow("truncated head") << "POST /azureml-demo/workspaces HTTP/1.1\r\nHost: x\r\nContent-"_ba
                                    << QList<int>{408};
    QTest::newRow("truncated body") << "POST /azureml-demo/x HTTP/1.1\r\nContent-Length: 1000\r\n\r\n{\"Inputs\":"_ba
                                    << QList<int>{408};
    // The server may reset the connection while the client is still sending, so the 431
    // can be lost; either way nothing hangs.
    QTest::newRow("100 KB header") << QByteArray("GET /status-0123456789abcdef HTTP/1.1\r\nX-Big: "_ba +
                                                 QByteArray(100 * 1024, 'a') + "\r\n\r\n"_ba)
                                   << QList<int>{431, 0};
    QTest::newRow("huge body announced") << "POST /azureml-demo/x HTTP/1.1\r\nContent-Length: 999999999999\r\n\r\n"_ba
                                         << QList<int>{413, 0};
}

void TestGateway::malformedInputIsRefusedAndTheGatewayKeepsWorking()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<int>, acceptable);

    // Short enough that truncated requests time out within the test.
    portico::http::HttpServer::Limits limits = m_sandbox->gatewayServer()->limits();
    limits.requestTimeoutMs = 300;
    m_sandbox->gatewayServer()->setLimits(limits);

    QElapsedTimer timer;
    timer.start();
    const Reply r = rawExchange(bytes);
    QVERIFY2(acceptable.contains(r.status), qPrintable(u"answered %1"_s.arg(r.status)));
    QVERIFY(timer.elapsed() < 5'000);
    if (r.status > 0) {
        QCOMPARE(r.json().value(u"statusCode"_s).toInt(), r.status);
        QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
    }

    const Reply after = execute(key(u"unlimited"_s));
    QCOMPARE(after.status, 200);
    QCOMPARE(scoredVector(after.json()), kSeedVector);
}

void TestGateway::clientVanishingMidRequestLeavesTheGatewayWorking()
{
    const QByteArray body = scoreBody(kSeedText);
    const QByteArray head = "POST " + executeTarget() +
        " HTTP/1.1\r\nHost: x\r\nOcp-Apim-Subscription-Key: " + key(u"unlimited"_s).toUtf8() +
        "\r\nAuthorization: Bearer " + m_credentials.apiKey.toUtf8() +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    // The last one is complete, so its answer may find the client gone.
    const QList<QByteArray> partials{head.left(20), head, head + body.left(10), head + body};
    for (const QByteArray &partial : partials) {
        QTcpSocket socket;
        socket.connectToHost(m_sandbox->gatewayUrl().host(), quint16(m_sandbox->gatewayUrl().port()));
        socket.write(partial);
        QVERIFY(QTest::qWaitFor(
            [&] { return socket.state() == QAbstractSocket::ConnectedState && socket.bytesToWrite() == 0; }, kWaitMs));
        socket.abort();
    }

    const Reply after = execute(key(u"unlimited"_s));
    QCOMPARE(after.status, 200);
    QCOMPARE(scoredVector(after.json()), kSeedVector);
}

void TestGateway::statusEndpointAnswersWithoutAKey()
{
    const Reply r = send("GET"_ba, "/status-0123456789abcdef"_ba, {});
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
}

void TestGateway::unreachableBackendGivesBadGatewayWithoutHanging()
{
    QCOMPARE(execute(key(u"unlimited"_s)).status, 200);

    m_sandbox->serviceServer()->close();
    QElapsedTimer timer;
    timer.start();
    const Reply r = execute(key(u"unlimited"_s));
    QCOMPARE(r.status, 502);
    QVERIFY(timer.elapsed() < 5'000);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 502);
    QVERIFY(!r.json().value(u"message"_s).toString().isEmpty());
    QVERIFY(r.body.startsWith("{ \"statusCode\": 502, \"message\": "));

    // The gateway itself is still up.
    QCOMPARE(send("GET"_ba, "/status-0123456789abcdef"_ba, {}).status, 200);
    QCOMPARE(execute(u"not-a-key"_s).status, 401);
}

QTEST_GUILESS_MAIN(TestGateway)
#include "tst_gateway.moc"
