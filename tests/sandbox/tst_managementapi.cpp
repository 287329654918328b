// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives a real Sandbox's management API over HTTP on 127.0.0.1, as an administrator with
// the sandbox's admin key would, and checks each change through the gateway itself: new
// APIs and operations route, product policies throttle, subscription keys and states gate
// access, reports count exactly the calls made, and everything survives a restart.

#include "sandbox/gateway/gateway.h"
#include "sandbox/gateway/urltemplate.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::sandbox::Sandbox;
using portico::sandbox::SandboxOptions;
using portico::sandbox::Subscription;
using portico::sandbox::UrlTemplate;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr int kWaitMs = 10'000;

const QByteArray kInvalidKey = "{ \"statusCode\": 401, \"message\": \"Access denied due to invalid subscription key."
                               " Make sure to provide a valid key for an active subscription.\" }"_ba;
const QByteArray kScoreBody =
    R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba;
const QString kRrsTemplate =
    u"/workspaces/{workspace}/services/{service}/execute?api-version={apiversion}&details={details}"_s;

struct Reply
{
    int status = -1; // -1: no answer in time, 0: the connection failed
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value(u"message"_s).toString(); }
};

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject rowWith(const QJsonArray &rows, const QString &field, const QString &value)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(field).toString() == value)
            return v.toObject();
    }
    return {};
}

QList<int> counts(const QJsonObject &row)
{
    return {row.value(u"callCountTotal"_s).toInt(-1), row.value(u"callCountSuccess"_s).toInt(-1),
            row.value(u"callCountBlocked"_s).toInt(-1), row.value(u"callCountFailed"_s).toInt(-1)};
}

// The sandbox's extension: the calls that did not succeed, split as the caller saw them.
QList<int> outcomes(const QJsonObject &row)
{
    return {row.value(u"callCountClientError"_s).toInt(-1), row.value(u"callCountThrottled"_s).toInt(-1),
            row.value(u"callCountServerError"_s).toInt(-1)};
}

} // namespace

class TestManagementApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void refusesMissingOrWrongAdminKey();
    void listsHaveApimShapeWithoutKeys();
    void createdApiAndOperationRouteToTheService();
    void duplicateUrlSuffixIsRefused();
    void malformedUrlTemplateIsRefusedNamingTheProblem();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void starterRateLimitChangeAppliesAtOnce();
    void subscriptionKeysStatesAndProductLinksGateAccess();
    void reportsCountExactlyWhatWasSent();
    void operationReportCarriesLatencyPercentiles();
    void changesSurviveARestart();

private:
    bool startSandbox(QString *error);
    QString key(const QString &productId) const;
    QByteArray servicePath(const QByteArray &suffix) const;
    Reply send(const QByteArray &method, const QByteArray &target, const QList<QPair<QByteArray, QByteArray>> &headers,
               const QByteArray &body = {});
    Reply admin(const QByteArray &method, const QByteArray &path, const QByteArray &body = {});
    Reply execute(const QString &subscriptionKey, const QByteArray &suffix = "azureml-demo"_ba, bool withBearer = true);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<Subscription> m_subscriptions;
    portico::sandbox::Credentials m_credentials;
    qint64 m_now = 0;
};

bool TestManagementApi::startSandbox(QString *error)
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

void TestManagementApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_now = QDateTime::currentMSecsSinceEpoch();
    QString error;
    QVERIFY2(startSandbox(&error), qPrintable(error));
    for (const Subscription &s : std::as_const(m_subscriptions))
        m_now = qMax(m_now, s.createdAtMs + kSecond);
    // A few seconds into a whole minute, so report buckets are predictable.
    m_now = (m_now / kMinute + 1) * kMinute + 5 * kSecond;
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestManagementApi::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QString TestManagementApi::key(const QString &productId) const
{
    for (const Subscription &s : m_subscriptions) {
        if (s.productId == productId)
            return s.primaryKey;
    }
    return {};
}

QByteArray TestManagementApi::servicePath(const QByteArray &suffix) const
{
    return "/" + suffix + "/workspaces/" + m_credentials.workspace.toUtf8() + "/services/" +
        m_credentials.service.toUtf8() + "/execute?api-version=2.0&details=true";
}

Reply TestManagementApi::send(const QByteArray &method, const QByteArray &target,
                              const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QNetworkRequest request(QUrl::fromEncoded(m_sandbox->gatewayUrl().toEncoded() + target, QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    const std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Reply r;
    if (!reply->isFinished() && !finished.wait(kWaitMs))
        return r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = status.isValid() ? status.toInt() : 0;
    r.body = reply->readAll();
    return r;
}

Reply TestManagementApi::admin(const QByteArray &method, const QByteArray &path, const QByteArray &body)
{
    return send(
        method, "/management" + path,
        {{"Authorization"_ba, "Bearer " + m_credentials.adminKey.toUtf8()}, {"Content-Type"_ba, "application/json"_ba}},
        body);
}

Reply TestManagementApi::execute(const QString &subscriptionKey, const QByteArray &suffix, bool withBearer)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type"_ba, "application/json"_ba},
                                                 {"Ocp-Apim-Subscription-Key"_ba, subscriptionKey.toUtf8()}};
    if (withBearer)
        headers.append({"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()});
    return send("POST"_ba, servicePath(suffix), headers, kScoreBody);
}

void TestManagementApi::refusesMissingOrWrongAdminKey()
{
    const Reply none = send("GET"_ba, "/management/apis"_ba, {});
    QCOMPARE(none.status, 401);
    QCOMPARE(none.json().value(u"statusCode"_s).toInt(), 401);
    QVERIFY(none.message().contains(u"missing admin key"_s));

    const QByteArray key = m_credentials.adminKey.toUtf8();
    const QByteArrayList wrongHeaders{"Bearer nope"_ba, QByteArray("Bearer " + key + "x"),
                                      QByteArray("Bearer " + key.chopped(1)), QByteArray("Basic " + key), key};
    for (const QByteArray &wrong : wrongHeaders) {
        const Reply r = send("GET"_ba, "/management/apis"_ba, {{"Authorization"_ba, wrong}});
        QCOMPARE(r.status, 401);
        QVERIFY2(r.message().contains(u"invalid admin key"_s), r.body.constData());
    }
    // The subscription keys open the APIs, not their management.
    const Reply subscriptionKey =
        send("GET"_ba, "/management/apis"_ba, {{"Authorization"_ba, "Bearer " + this->key(u"unlimited"_s).toUtf8()}});
    QCOMPARE(subscriptionKey.status, 401);

    QCOMPARE(admin("GET"_ba, "/apis"_ba).status, 200);
}

void TestManagementApi::listsHaveApimShapeWithoutKeys()
{
    const QList<QPair<QByteArray, int>> lists{
        {"/apis"_ba, 1}, {"/apis/azureml-demo/operations"_ba, 5}, {"/products"_ba, 2}, {"/subscriptions"_ba, 2}};
    for (const auto &[path, count] : lists) {
        const Reply r = admin("GET"_ba, path);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"value"_s).toArray().size(), count);
        QCOMPARE(o.value(u"count"_s).toInt(), count);
        QVERIFY(o.contains(u"nextLink"_s));
        QVERIFY(o.value(u"nextLink"_s).isNull());
    }
    const QJsonArray products = admin("GET"_ba, "/products"_ba).json().value(u"value"_s).toArray();
    const QJsonObject starter = rowWith(products, u"id"_s, u"starter"_s);
    QCOMPARE(starter.value(u"name"_s).toString(), u"Starter"_s);
    const QJsonObject policies = starter.value(u"policies"_s).toObject();
    QCOMPARE(policies.value(u"rateLimit"_s).toObject().value(u"calls"_s).toInt(), 5);
    QCOMPARE(policies.value(u"rateLimit"_s).toObject().value(u"renewalPeriod"_s).toInt(), 60);
    QCOMPARE(policies.value(u"quota"_s).toObject().value(u"calls"_s).toInt(), 100);
    QVERIFY(rowWith(products, u"id"_s, u"unlimited"_s).value(u"approvalRequired"_s).toBool());

    const Reply subscriptions = admin("GET"_ba, "/subscriptions"_ba);
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        QVERIFY(!subscriptions.body.contains(s.primaryKey.toUtf8()));
        QVERIFY(!subscriptions.body.contains(s.secondaryKey.toUtf8()));
    }
    const QJsonObject first = subscriptions.json().value(u"value"_s).toArray().at(0).toObject();
    QVERIFY(first.contains(u"product"_s));
    QCOMPARE(first.value(u"state"_s).toString(), u"active"_s);
    QVERIFY(!first.contains(u"primaryKey"_s));

    const QJsonObject api = admin("GET"_ba, "/apis/azureml-demo"_ba).json();
    QCOMPARE(api.value(u"path"_s).toString(), u"azureml-demo"_s);
    QCOMPARE(api.value(u"serviceUrl"_s).toString(), m_sandbox->serviceUrl().toString());
    const QJsonObject op = admin("GET"_ba, "/apis/azureml-demo/operations/rrs-execute"_ba).json();
    QCOMPARE(op.value(u"method"_s).toString(), u"POST"_s);
    QVERIFY(!op.value(u"templateParameters"_s).toArray().isEmpty());
}

void TestManagementApi::createdApiAndOperationRouteToTheService()
{
    const QJsonObject api{{u"name"_s, u"Mirror"_s},
                          {u"description"_s, u"The demo service under another suffix."_s},
                          {u"serviceUrl"_s, m_sandbox->serviceUrl().toString()},
                          {u"path"_s, u"mirror"_s},
                          {u"protocols"_s, QJsonArray{u"http"_s, u"https"_s}}};
    QCOMPARE(admin("PUT"_ba, "/apis/mirror"_ba, toJson(api)).status, 201);
    const QJsonObject op{
        {u"name"_s, u"Score"_s},
        {u"method"_s, u"POST"_s},
        {u"urlTemplate"_s, kRrsTemplate},
        {u"templateParameters"_s, QJsonArray{QJsonObject{{u"name"_s, u"workspace"_s}, {u"type"_s, u"string"_s}}}},
        {u"request"_s,
         QJsonObject{{u"representations"_s, QJsonArray{QJsonObject{{u"contentType"_s, u"application/json"_s}}}}}},
        {u"responses"_s, QJsonArray{QJsonObject{{u"statusCode"_s, 200}, {u"description"_s, u"OK"_s}}}}};
    const Reply created = admin("PUT"_ba, "/apis/mirror/operations/score"_ba, toJson(op));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"urlTemplate"_s).toString(), kRrsTemplate);
    QCOMPARE(admin("GET"_ba, "/apis/mirror/operations"_ba).json().value(u"count"_s).toInt(), 1);
    QCOMPARE(admin("GET"_ba, "/apis/mirror/operations/score"_ba).json().value(u"responses"_s).toArray().size(), 1);

    // Not in any product yet: no subscription reaches it.
    const QString unlimited = key(u"unlimited"_s);
    const Reply outside = execute(unlimited, "mirror"_ba);
    QCOMPARE(outside.status, 401);
    QCOMPARE(outside.body, kInvalidKey);

    QCOMPARE(admin("PUT"_ba, "/products/unlimited/apis/mirror"_ba).status, 200);
    QVERIFY(admin("GET"_ba, "/products/unlimited"_ba).json().value(u"apis"_s).toArray().contains(u"mirror"_s));
    // The service itself answers: its own 401 without the bearer key, a score with it.
    const Reply noBearer = execute(unlimited, "mirror"_ba, false);
    QCOMPARE(noBearer.status, 401);
    QVERIFY(noBearer.json().contains(u"error"_s));
    const Reply scored = execute(unlimited, "mirror"_ba);
    QCOMPARE(scored.status, 200);
    QVERIFY(scored.json().contains(u"Results"_s));

    QCOMPARE(admin("DELETE"_ba, "/apis/mirror/operations/score"_ba).status, 200);
    QCOMPARE(execute(unlimited, "mirror"_ba).status, 404);
    QCOMPARE(admin("DELETE"_ba, "/apis/mirror"_ba).status, 200);
    QCOMPARE(admin("GET"_ba, "/apis/mirror"_ba).status, 404);
    QCOMPARE(execute(unlimited, "mirror"_ba).status, 404);
}

void TestManagementApi::duplicateUrlSuffixIsRefused()
{
    for (const QString &path : {u"azureml-demo"_s, u"/AzureML-Demo/"_s}) {
        const QJsonObject api{{u"name"_s, u"Copy"_s}, {u"serviceUrl"_s, u"http://127.0.0.1:1"_s}, {u"path"_s, path}};
        const Reply r = admin("PUT"_ba, "/apis/copy"_ba, toJson(api));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"statusCode"_s).toInt(), 400);
        QVERIFY2(r.message().contains(u"already used"_s), r.body.constData());
    }
    QCOMPARE(admin("GET"_ba, "/apis"_ba).json().value(u"count"_s).toInt(), 1);
}

void TestManagementApi::malformedUrlTemplateIsRefusedNamingTheProblem()
{
    const QString bad = u"/jobs/{jobid"_s;
    const UrlTemplate parsed = UrlTemplate::parse(bad);
    QVERIFY(!parsed.isValid());
    const QJsonObject op{{u"name"_s, u"Broken"_s}, {u"method"_s, u"GET"_s}, {u"urlTemplate"_s, bad}};
    const Reply r = admin("PUT"_ba, "/apis/azureml-demo/operations/broken"_ba, toJson(op));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(parsed.error()), r.body.constData());
    QCOMPARE(admin("GET"_ba, "/apis/azureml-demo/operations/broken"_ba).status, 404);
}

void TestManagementApi::invalidInputIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("malformed JSON") << "PUT"_ba
                                    << "/apis/x"_ba
                                    << "{\"name\": "_ba << 400 << u"not valid JSON"_s;
    QTest::newRow("not an object") << "PUT"_ba
                                   << "/products/x"_ba
                                   << "[1]"_ba << 400 << u"JSON object"_s;
    QTest::newRow("API without path") << "PUT"_ba
                                      << "/apis/x"_ba
                                      << R"({"name": "X"})"_ba << 400 << u"'path'"_s;
    QTest::newRow("operation without method") << "PUT"_ba
                                              << "/apis/azureml-demo/operations/x"_ba
                                              << R"({"name": "X", "urlTemplate": "/x"})"_ba << 400 << u"'method'"_s;
    QTest::newRow("unknown product") << "PUT"_ba
                                     << "/subscriptions/s1"_ba
                                     << R"({"name": "S", "product": "gold"})"_ba << 400 << u"'gold'"_s;
    QTest::newRow("renewal period 301") << "PATCH"_ba
                                        << "/products/starter"_ba
                                        << R"({"policies": {"rateLimit": {"calls": 2, "renewalPeriod": 301}}})"_ba
                                        << 400 << u"300"_s;
    QTest::newRow("negative calls") << "PATCH"_ba
                                    << "/products/starter"_ba
                                    << R"({"policies": {"quota": {"calls": -1, "renewalPeriod": 60}}})"_ba << 400
                                    << u"non-negative"_s;
    QTest::newRow("invalid state") << "PUT"_ba
                                   << "/subscriptions/s1"_ba
                                   << R"({"name": "S", "product": "starter", "state": "paused"})"_ba << 400
                                   << u"paused"_s;
    QTest::newRow("unknown API") << "GET"_ba
                                 << "/apis/nope"_ba << QByteArray() << 404 << u"nope"_s;
    QTest::newRow("unknown operation") << "GET"_ba
                                       << "/apis/azureml-demo/operations/nope"_ba << QByteArray() << 404 << u"nope"_s;
    QTest::newRow("unknown product id") << "PATCH"_ba
                                        << "/products/nope"_ba
                                        << "{}"_ba << 404 << u"nope"_s;
    QTest::newRow("unknown subscription") << "POST"_ba
                                          << "/subscriptions/nope/listSecrets"_ba << QByteArray() << 404 << u"nope"_s;
    QTest::newRow("bad interval") << "GET"_ba
                                  << "/reports/byTime?interval=PT2M"_ba << QByteArray() << 400 << u"PT2M"_s;
    QTest::newRow("bad from") << "GET"_ba
                              << "/reports/byOperation?from=yesterday"_ba << QByteArray() << 400 << u"yesterday"_s;
}

void TestManagementApi::invalidInputIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, fragment);
    const Reply r = admin(method, path, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value(u"statusCode"_s).toInt(), status);
    QVERIFY2(r.message().contains(fragment), r.body.constData());
    // Nothing was half-written.
    QCOMPARE(admin("GET"_ba, "/subscriptions"_ba).json().value(u"count"_s).toInt(), 2);
    QCOMPARE(admin("GET"_ba, "/products/starter"_ba)
                 .json()
                 .value(u"policies"_s)
                 .toObject()
                 .value(u"rateLimit"_s)
                 .toObject()
                 .value(u"calls"_s)
                 .toInt(),
             5);
}

void TestManagementApi::starterRateLimitChangeAppliesAtOnce()
{
    const Reply changed = admin("PATCH"_ba, "/products/starter"_ba,
                                R"({"policies": {"rateLimit": {"calls": 2, "renewalPeriod": 60}}})"_ba);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json().value(u"name"_s).toString(), u"Starter"_s); // PATCH keeps the rest
    const QString starter = key(u"starter"_s);
    QCOMPARE(execute(starter).status, 200);
    QCOMPARE(execute(starter).status, 200);
    QCOMPARE(execute(starter).status, 429);
    m_now += 61 * kSecond;
    QCOMPARE(execute(starter).status, 200);

    QCOMPARE(admin("PATCH"_ba, "/products/starter"_ba,
                   R"({"policies": {"rateLimit": {"calls": 2, "renewalPeriod": 301}}})"_ba)
                 .status,
             400);
    QCOMPARE(admin("PATCH"_ba, "/products/starter"_ba,
                   R"({"policies": {"rateLimit": {"calls": 2, "renewalPeriod": 300}}})"_ba)
                 .status,
             200);
}

void TestManagementApi::subscriptionKeysStatesAndProductLinksGateAccess()
{
    const Reply created =
        admin("PUT"_ba, "/subscriptions/partner"_ba, R"({"name": "Partner", "product": "unlimited"})"_ba);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"state"_s).toString(), u"active"_s);
    QVERIFY(!created.json().contains(u"primaryKey"_s));

    const QJsonObject secrets = admin("POST"_ba, "/subscriptions/partner/listSecrets"_ba).json();
    const QString primary = secrets.value(u"primaryKey"_s).toString();
    const QString secondary = secrets.value(u"secondaryKey"_s).toString();
    QCOMPARE(primary.size(), 32);
    QVERIFY(primary != secondary);
    QCOMPARE(execute(primary).status, 200);
    QCOMPARE(execute(secondary).status, 200);

    QCOMPARE(admin("POST"_ba, "/subscriptions/partner/regeneratePrimaryKey"_ba).status, 200);
    const QJsonObject after = admin("POST"_ba, "/subscriptions/partner/listSecrets"_ba).json();
    const QString newPrimary = after.value(u"primaryKey"_s).toString();
    QVERIFY(newPrimary != primary);
    QCOMPARE(after.value(u"secondaryKey"_s).toString(), secondary);
    QCOMPARE(execute(primary).body, kInvalidKey);
    QCOMPARE(execute(newPrimary).status, 200);

    QCOMPARE(admin("POST"_ba, "/subscriptions/partner/regenerateSecondaryKey"_ba).status, 200);
    QCOMPARE(execute(secondary).status, 401);

    // Out of the product, out of the API; back in, back in.
    QCOMPARE(admin("DELETE"_ba, "/products/unlimited/apis/azureml-demo"_ba).status, 200);
    QCOMPARE(execute(newPrimary).body, kInvalidKey);
    QCOMPARE(execute(key(u"starter"_s)).status, 200);
    QCOMPARE(admin("PUT"_ba, "/products/unlimited/apis/azureml-demo"_ba).status, 200);
    QCOMPARE(execute(newPrimary).status, 200);

    const Reply suspended = admin("PATCH"_ba, "/subscriptions/partner"_ba, R"({"state": "suspended"})"_ba);
    QCOMPARE(suspended.status, 200);
    QCOMPARE(suspended.json().value(u"name"_s).toString(), u"Partner"_s);
    QCOMPARE(execute(newPrimary).body, kInvalidKey);
    QCOMPARE(admin("PATCH"_ba, "/subscriptions/partner"_ba, R"({"state": "active"})"_ba).status, 200);
    QCOMPARE(execute(newPrimary).status, 200);

    QCOMPARE(admin("DELETE"_ba, "/subscriptions/partner"_ba).status, 200);
    QCOMPARE(execute(newPrimary).status, 401);
    QCOMPARE(admin("GET"_ba, "/subscriptions"_ba).json().value(u"count"_s).toInt(), 2);
}

void TestManagementApi::reportsCountExactlyWhatWasSent()
{
    const qint64 firstMinute = m_now - m_now % kMinute;
    const QString unlimited = key(u"unlimited"_s);
    const QString starter = key(u"starter"_s);
    QCOMPARE(execute(unlimited).status, 200);
    QCOMPARE(execute(unlimited).status, 200);
    QCOMPARE(execute(unlimited, "azureml-demo"_ba, false).status, 401);   // the service refuses: failed
    QCOMPARE(execute(u"0123456789abcdef0123456789abcdef"_s).status, 401); // the gateway refuses: blocked

    m_now += 2 * kMinute;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(execute(starter).status, 200);
    QCOMPARE(execute(starter).status, 429);
    // A batch status check reaches the service, which cannot answer it: failed, not blocked.
    const QByteArray statusTarget = "/azureml-demo/workspaces/" + m_credentials.workspace.toUtf8() + "/services/" +
        m_credentials.service.toUtf8() + "/jobs/nojob?api-version=2.0";
    const Reply job = send("GET"_ba, statusTarget,
                           {{"Ocp-Apim-Subscription-Key"_ba, unlimited.toUtf8()},
                            {"Authorization"_ba, "Bearer " + m_credentials.apiKey.toUtf8()}});
    QVERIFY2(job.status >= 400 && job.json().contains(u"error"_s), job.body.constData());

    const QJsonArray byOperation = admin("GET"_ba, "/reports/byOperation"_ba).json().value(u"value"_s).toArray();
    QCOMPARE(byOperation.size(), 2);
    const QJsonObject execute = rowWith(byOperation, u"operationId"_s, u"rrs-execute"_s);
    QCOMPARE(execute.value(u"name"_s).toString(), u"RRS Execute"_s);
    QCOMPARE(counts(execute), (QList<int>{10, 7, 2, 1}));
    // Both 401s are client errors, whoever refused; the 429 is throttling.
    QCOMPARE(outcomes(execute), (QList<int>{2, 1, 0}));
    QCOMPARE(execute.value(u"apiTimeMax"_s).toInt(-1), 0); // the clock stood still
    QVERIFY(execute.contains(u"apiTimeAvg"_s));
    QVERIFY(execute.contains(u"apiTimeMin"_s));
    QCOMPARE(counts(rowWith(byOperation, u"operationId"_s, u"bes-status"_s)), (QList<int>{1, 0, 0, 1}));

    QString unlimitedId;
    QString starterId;
    for (const Subscription &s : std::as_const(m_subscriptions))
        (s.productId == u"starter" ? starterId : unlimitedId) = s.id;
    const QJsonArray bySubscription = admin("GET"_ba, "/reports/bySubscription"_ba).json().value(u"value"_s).toArray();
    QCOMPARE(bySubscription.size(), 2);
    QCOMPARE(counts(rowWith(bySubscription, u"subscriptionId"_s, unlimitedId)), (QList<int>{4, 2, 0, 2}));
    QCOMPARE(counts(rowWith(bySubscription, u"subscriptionId"_s, starterId)), (QList<int>{6, 5, 1, 0}));
    QCOMPARE(outcomes(rowWith(bySubscription, u"subscriptionId"_s, starterId)), (QList<int>{0, 1, 0}));
    QVERIFY(!rowWith(bySubscription, u"subscriptionId"_s, starterId).contains(u"apiTimeP50"_s));
    QCOMPARE(rowWith(bySubscription, u"subscriptionId"_s, starterId).value(u"name"_s).toString(),
             u"Starter subscription"_s);

    const QJsonArray byTime = admin("GET"_ba, "/reports/byTime?interval=PT1M"_ba).json().value(u"value"_s).toArray();
    QCOMPARE(byTime.size(), 2);
    const auto stamp = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate); };
    QCOMPARE(byTime.at(0).toObject().value(u"timestamp"_s).toString(), stamp(firstMinute));
    QCOMPARE(byTime.at(0).toObject().value(u"interval"_s).toString(), u"PT1M"_s);
    QCOMPARE(counts(byTime.at(0).toObject()), (QList<int>{4, 2, 1, 1}));
    QCOMPARE(byTime.at(1).toObject().value(u"timestamp"_s).toString(), stamp(firstMinute + 2 * kMinute));
    QCOMPARE(counts(byTime.at(1).toObject()), (QList<int>{7, 5, 1, 1}));
    const QList<int> secondMinute = outcomes(byTime.at(1).toObject());
    QCOMPARE(secondMinute.at(1), 1);                      // the 429
    QCOMPARE(secondMinute.at(0) + secondMinute.at(2), 1); // the batch status check, whichever way the service fails it

    const QJsonArray wide = admin("GET"_ba, "/reports/byTime?interval=PT15M"_ba).json().value(u"value"_s).toArray();
    int total = 0;
    for (const QJsonValue &row : wide)
        total += row.toObject().value(u"callCountTotal"_s).toInt();
    QCOMPARE(total, 11);

    const QByteArray from = QUrl::toPercentEncoding(stamp(firstMinute + kMinute));
    const QJsonArray later =
        admin("GET"_ba, "/reports/byTime?interval=PT1M&from=" + from).json().value(u"value"_s).toArray();
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.at(0).toObject().value(u"callCountTotal"_s).toInt(), 7);
    const QJsonArray earlier = admin("GET"_ba, "/reports/bySubscription?to=" + from).json().value(u"value"_s).toArray();
    QCOMPARE(counts(rowWith(earlier, u"subscriptionId"_s, unlimitedId)), (QList<int>{3, 2, 0, 1}));

    // All the management calls above left no trace in the usage log.
    QVERIFY(m_sandbox->gateway()->usageLog()->flush());
    QCOMPARE(m_sandbox->store()->usage(0, m_now + kMinute).size(), 11);
}

void TestManagementApi::operationReportCarriesLatencyPercentiles()
{
    // Twenty calls taking 1..20 ms, recorded as the gateway records them, plus a quota refusal.
    QList<portico::sandbox::UsageRecord> records;
    for (int ms = 20; ms >= 1; --ms) {
        portico::sandbox::UsageRecord r;
        r.timeMs = m_now;
        r.subscriptionId = m_subscriptions.first().id;
        r.apiId = u"azureml-demo"_s;
        r.operationId = u"rrs-execute"_s;
        r.status = ms == 20 ? 503 : 200;
        r.latencyMs = ms;
        records.append(r);
    }
    portico::sandbox::UsageRecord quota = records.first();
    quota.status = 403;
    quota.blocked = true;
    quota.latencyMs = 0;
    records.append(quota);
    QVERIFY(m_sandbox->store()->appendUsage(records));

    const QJsonArray byOperation = admin("GET"_ba, "/reports/byOperation"_ba).json().value(u"value"_s).toArray();
    const QJsonObject row = rowWith(byOperation, u"operationId"_s, u"rrs-execute"_s);
    QCOMPARE(counts(row), (QList<int>{21, 19, 1, 1}));
    QCOMPARE(outcomes(row), (QList<int>{0, 1, 1}));
    // Nearest rank over 0, 1, 2, …, 20: the 11th, the 20th and the 21st.
    QCOMPARE(row.value(u"apiTimeP50"_s).toInt(-1), 10);
    QCOMPARE(row.value(u"apiTimeP95"_s).toInt(-1), 19);
    QCOMPARE(row.value(u"apiTimeP99"_s).toInt(-1), 20);
    QCOMPARE(row.value(u"apiTimeMin"_s).toInt(-1), 0);
    QCOMPARE(row.value(u"apiTimeMax"_s).toInt(-1), 20);
}

void TestManagementApi::changesSurviveARestart()
{
    const QJsonObject api{
        {u"name"_s, u"Mirror"_s}, {u"serviceUrl"_s, m_sandbox->serviceUrl().toString()}, {u"path"_s, u"mirror"_s}};
    QCOMPARE(admin("PUT"_ba, "/apis/mirror"_ba, toJson(api)).status, 201);
    const QJsonObject op{{u"name"_s, u"Score"_s}, {u"method"_s, u"POST"_s}, {u"urlTemplate"_s, kRrsTemplate}};
    QCOMPARE(admin("PUT"_ba, "/apis/mirror/operations/score"_ba, toJson(op)).status, 201);
    QCOMPARE(admin("PUT"_ba, "/products/starter/apis/mirror"_ba).status, 200);
    QCOMPARE(admin("PATCH"_ba, "/products/starter"_ba,
                   R"({"policies": {"rateLimit": {"calls": 2, "renewalPeriod": 60}}})"_ba)
                 .status,
             200);
    QCOMPARE(admin("PUT"_ba, "/products/gold"_ba, R"({"name": "Gold", "approvalRequired": true})"_ba).status, 201);
    QCOMPARE(admin("PUT"_ba, "/subscriptions/partner"_ba, R"({"name": "Partner", "product": "unlimited"})"_ba).status,
             201);
    QCOMPARE(admin("POST"_ba, "/subscriptions/partner/regeneratePrimaryKey"_ba).status, 200);
    const QString primary =
        admin("POST"_ba, "/subscriptions/partner/listSecrets"_ba).json().value(u"primaryKey"_s).toString();
    const QString starter = key(u"starter"_s);
    QCOMPARE(execute(starter).status, 200);

    m_network.reset();
    m_sandbox.reset();
    QString error;
    QVERIFY2(startSandbox(&error), qPrintable(error));
    m_network = std::make_unique<QNetworkAccessManager>();

    const QJsonObject mirror = admin("GET"_ba, "/apis/mirror"_ba).json();
    QCOMPARE(mirror.value(u"path"_s).toString(), u"mirror"_s);
    QCOMPARE(admin("GET"_ba, "/apis/mirror/operations/score"_ba).json().value(u"urlTemplate"_s).toString(),
             kRrsTemplate);
    const QJsonObject starterProduct = admin("GET"_ba, "/products/starter"_ba).json();
    QCOMPARE(starterProduct.value(u"policies"_s).toObject().value(u"rateLimit"_s).toObject().value(u"calls"_s).toInt(),
             2);
    QVERIFY(starterProduct.value(u"apis"_s).toArray().contains(u"mirror"_s));
    QCOMPARE(admin("GET"_ba, "/products/gold"_ba).json().value(u"name"_s).toString(), u"Gold"_s);
    QCOMPARE(admin("POST"_ba, "/subscriptions/partner/listSecrets"_ba).json().value(u"primaryKey"_s).toString(),
             primary);

    QCOMPARE(execute(primary).status, 200);
    // One call before the restart counts against the new limit of two.
    QCOMPARE(execute(starter).status, 200);
    QCOMPARE(execute(starter).status, 429);
}

QTEST_GUILESS_MAIN(TestManagementApi)
#include "tst_managementapi.moc"
