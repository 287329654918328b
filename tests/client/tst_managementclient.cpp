// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// ManagementClient against a real sandbox over HTTP and the real keychain: what a publisher
// does through it (create an API, throttle a product, regenerate or suspend a subscription)
// is what the gateway does to the very next call, and the gateway's refusals reach the
// caller in its own words.

#include "client/catalog/sampleworkspace.h"
#include "client/http/httpengine.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"

#include "../common/managedsandbox.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;
using client::ManagementClient;

namespace {

constexpr int kWaitMs = 20'000;

const QByteArray kScoreBody =
    R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba;
const QString kRrsTemplate =
    u"/workspaces/{workspace}/services/{service}/execute?api-version={apiversion}&details={details}"_s;

// Waits for one client call's answer.
template<typename T, typename Call> ManagementClient::Result<T> await(QObject *context, Call call)
{
    bool done = false;
    ManagementClient::Result<T> result;
    result.error = u"no answer in time"_s;
    call(context, [&](const ManagementClient::Result<T> &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWaitMs))
        qWarning("no answer from the management client in time");
    return result;
}

} // namespace

class TestManagementClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void createdApiAndOperationsAnswerThroughTheGateway();
    void loweredRateLimitThrottlesAtTheNewLimit();
    void regeneratedKeyReplacesTheOldOneInGatewayAndKeychain();
    void suspendedSubscriptionIsRefused();
    void invalidInputBringsBackTheGatewaysMessage();
    void missingAdminKeyIsReportedWithoutCalling();
    void answerIsDroppedWhenItsContextIsGone();
    void cleanupTestCase();

private:
    int callGateway(const QString &suffix, const QString &subscriptionKey);
    QString readSecret(const QString &name);
    QString newSubscriptionKey(const QString &productId);

    test::ManagedSandbox m_fixture;
    sandbox::Sandbox &m_sandbox = m_fixture.sandbox;
    client::SecretStore *m_secrets = nullptr;
    ManagementClient *m_client = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    sandbox::Credentials m_credentials;
    QString m_adminSecret;
    int m_counter = 0;
};

void TestManagementClient::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.start(this, &error), qPrintable(error));
    m_secrets = m_fixture.secrets;
    m_client = m_fixture.client;
    m_credentials = m_sandbox.credentials();
    m_adminSecret = client::kSandboxAdminKeySecret;
    m_network = new QNetworkAccessManager(this);
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TestManagementClient::init()
{
    ++m_counter;
}

void TestManagementClient::cleanupTestCase()
{
    bool done = false;
    m_secrets->refreshNames(this, [&](const client::SecretStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, kWaitMs));
    int left = int(m_secrets->names().size());
    for (const QString &name : m_secrets->names())
        m_secrets->remove(name, this, [&](const client::SecretStore::Result &) { --left; });
    QVERIFY(QTest::qWaitFor([&] { return left == 0; }, kWaitMs));
}

int TestManagementClient::callGateway(const QString &suffix, const QString &subscriptionKey)
{
    const QString path = u"/workspaces/%1/services/%2/execute?api-version=2.0&details=true"_s.arg(
        m_credentials.workspace, m_credentials.service);
    QNetworkRequest request(QUrl(m_sandbox.gatewayUrl().toString() + u'/' + suffix + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Ocp-Apim-Subscription-Key", subscriptionKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + m_credentials.apiKey.toUtf8());
    QNetworkReply *reply = m_network->post(request, kScoreBody);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, kWaitMs))
        return -1;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString TestManagementClient::readSecret(const QString &name)
{
    bool done = false;
    QString value;
    m_secrets->read(name, this, [&](const client::SecretStore::Result &r) {
        value = r.value;
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, kWaitMs) ? value : QString();
}

// A new subscription to productId, its keys stored in the keychain; answers its primary key.
QString TestManagementClient::newSubscriptionKey(const QString &productId)
{
    client::Subscription s;
    s.id = u"sub-%1"_s.arg(m_counter);
    s.name = u"Developer %1"_s.arg(m_counter);
    s.productId = productId;
    const auto created =
        await<client::Subscription>(this, [&](QObject *c, auto done) { m_client->putSubscription(s, c, done); });
    if (!created.ok())
        return {};
    const auto stored =
        await<QStringList>(this, [&](QObject *c, auto done) { m_client->storeSubscriptionKeys(s.id, c, done); });
    if (!stored.ok() || stored.value.size() != 2)
        return {};
    return readSecret(ManagementClient::subscriptionKeySecret(s.id, true));
}

void TestManagementClient::createdApiAndOperationsAnswerThroughTheGateway()
{
    client::Api api;
    api.id = u"hashing"_s;
    api.name = u"Hashing API"_s;
    api.serviceUrl = m_sandbox.serviceUrl().toString();
    api.path = u"hashing"_s;
    api.schemes = {u"http"_s, u"https"_s};
    const auto put = await<client::Api>(this, [&](QObject *c, auto done) { m_client->putApi(api, c, done); });
    QVERIFY2(put.ok(), qPrintable(put.error));
    QCOMPARE(put.status, 201);
    QCOMPARE(put.value.name, u"Hashing API"_s);

    client::Operation op;
    op.id = u"score"_s;
    op.name = u"Score"_s;
    op.method = u"POST"_s;
    op.urlTemplate = kRrsTemplate;
    op.responses = {client::ResponseSpec{200, u"OK"_s, {}}};
    const auto putOp =
        await<client::Operation>(this, [&](QObject *c, auto done) { m_client->putOperation(api.id, op, c, done); });
    QVERIFY2(putOp.ok(), qPrintable(putOp.error));
    // Every name in the template came back described, as APIM wants them.
    QCOMPARE(putOp.value.templateParameters.size(), 4);

    const auto ops = await<QList<client::Operation>>(
        this, [&](QObject *c, auto done) { m_client->listOperations(api.id, c, done); });
    QVERIFY2(ops.ok(), qPrintable(ops.error));
    QCOMPARE(ops.value.size(), 1);
    QCOMPARE(ops.value.first().responses.first().statusCode, 200);

    const QString key = newSubscriptionKey(u"unlimited"_s);
    QVERIFY(!key.isEmpty());
    // Not in the subscription's product yet: the gateway knows the key but not for this API.
    QCOMPARE(callGateway(u"hashing"_s, key), 401);
    const auto linked = await<ManagementClient::Done>(
        this, [&](QObject *c, auto done) { m_client->setProductApi(u"unlimited"_s, api.id, true, c, done); });
    QVERIFY2(linked.ok(), qPrintable(linked.error));
    QCOMPARE(callGateway(u"hashing"_s, key), 200);

    const auto apis = await<QList<client::Api>>(this, [&](QObject *c, auto done) { m_client->listApis(c, done); });
    QVERIFY(
        std::any_of(apis.value.cbegin(), apis.value.cend(), [](const client::Api &a) { return a.id == u"hashing"; }));
    const auto removed =
        await<ManagementClient::Done>(this, [&](QObject *c, auto done) { m_client->deleteApi(api.id, c, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.error));
    QCOMPARE(callGateway(u"hashing"_s, key), 404);
}

void TestManagementClient::loweredRateLimitThrottlesAtTheNewLimit()
{
    client::Product product;
    product.id = u"trial"_s;
    product.name = u"Trial"_s;
    product.rateLimit = {10, 60};
    const auto put =
        await<client::Product>(this, [&](QObject *c, auto done) { m_client->putProduct(product, c, done); });
    QVERIFY2(put.ok(), qPrintable(put.error));
    QVERIFY(await<ManagementClient::Done>(this, [&](QObject *c, auto done) {
                m_client->setProductApi(product.id, u"azureml-demo"_s, true, c, done);
            }).ok());
    const QString key = newSubscriptionKey(product.id);
    QVERIFY(!key.isEmpty());

    const QJsonObject lower{
        {u"policies"_s, QJsonObject{{u"rateLimit"_s, QJsonObject{{u"calls"_s, 2}, {u"renewalPeriod"_s, 60}}}}}};
    const auto patched = await<client::Product>(
        this, [&](QObject *c, auto done) { m_client->patchProduct(product.id, lower, c, done); });
    QVERIFY2(patched.ok(), qPrintable(patched.error));
    QCOMPARE(patched.value.rateLimit.calls, 2);

    QCOMPARE(callGateway(u"azureml-demo"_s, key), 200);
    QCOMPARE(callGateway(u"azureml-demo"_s, key), 200);
    QCOMPARE(callGateway(u"azureml-demo"_s, key), 429);
}

void TestManagementClient::regeneratedKeyReplacesTheOldOneInGatewayAndKeychain()
{
    const QString oldKey = newSubscriptionKey(u"unlimited"_s);
    QVERIFY(!oldKey.isEmpty());
    const QString sid = u"sub-%1"_s.arg(m_counter);
    QCOMPARE(callGateway(u"azureml-demo"_s, oldKey), 200);

    const auto regenerated = await<ManagementClient::Done>(
        this, [&](QObject *c, auto done) { m_client->regenerateKey(sid, true, c, done); });
    QVERIFY2(regenerated.ok(), qPrintable(regenerated.error));
    QVERIFY(
        await<QStringList>(this, [&](QObject *c, auto done) { m_client->storeSubscriptionKeys(sid, c, done); }).ok());
    const QString newKey = readSecret(ManagementClient::subscriptionKeySecret(sid, true));
    QVERIFY(!newKey.isEmpty());
    QVERIFY(newKey != oldKey);

    QCOMPARE(callGateway(u"azureml-demo"_s, oldKey), 401);
    QCOMPARE(callGateway(u"azureml-demo"_s, newKey), 200);
    // The secondary key was left alone and still works.
    QCOMPARE(callGateway(u"azureml-demo"_s, readSecret(ManagementClient::subscriptionKeySecret(sid, false))), 200);
}

void TestManagementClient::suspendedSubscriptionIsRefused()
{
    const QString key = newSubscriptionKey(u"unlimited"_s);
    const QString sid = u"sub-%1"_s.arg(m_counter);
    QCOMPARE(callGateway(u"azureml-demo"_s, key), 200);

    const auto suspended = await<client::Subscription>(
        this, [&](QObject *c, auto done) { m_client->setSubscriptionState(sid, u"suspended"_s, c, done); });
    QVERIFY2(suspended.ok(), qPrintable(suspended.error));
    QCOMPARE(suspended.value.state, u"suspended"_s);
    QCOMPARE(callGateway(u"azureml-demo"_s, key), 401);

    QVERIFY(await<client::Subscription>(this, [&](QObject *c, auto done) {
                m_client->setSubscriptionState(sid, u"active"_s, c, done);
            }).ok());
    QCOMPARE(callGateway(u"azureml-demo"_s, key), 200);
}

void TestManagementClient::invalidInputBringsBackTheGatewaysMessage()
{
    client::Api clash;
    clash.id = u"clash"_s;
    clash.name = u"Clash"_s;
    clash.path = u"azureml-demo"_s;
    const auto dup = await<client::Api>(this, [&](QObject *c, auto done) { m_client->putApi(clash, c, done); });
    QCOMPARE(dup.status, 400);
    QCOMPARE(dup.error, u"The URL suffix 'azureml-demo' is already used by the API 'azureml-demo'."_s);

    const QJsonObject tooLong{
        {u"policies"_s, QJsonObject{{u"rateLimit"_s, QJsonObject{{u"calls"_s, 2}, {u"renewalPeriod"_s, 301}}}}}};
    const auto period = await<client::Product>(
        this, [&](QObject *c, auto done) { m_client->patchProduct(u"starter"_s, tooLong, c, done); });
    QCOMPARE(period.status, 400);
    QVERIFY2(period.error.contains(u"at most 300 s"_s), qPrintable(period.error));

    client::Subscription orphan;
    orphan.id = u"orphan"_s;
    orphan.name = u"Orphan"_s;
    orphan.productId = u"gold"_s;
    const auto noProduct =
        await<client::Subscription>(this, [&](QObject *c, auto done) { m_client->putSubscription(orphan, c, done); });
    QCOMPARE(noProduct.status, 400);
    QCOMPARE(noProduct.error, u"Product 'gold' does not exist."_s);

    const auto missing = await<ManagementClient::Done>(
        this, [&](QObject *c, auto done) { m_client->deleteApi(u"nothing-here"_s, c, done); });
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error, u"API 'nothing-here' not found."_s);
}

void TestManagementClient::missingAdminKeyIsReportedWithoutCalling()
{
    client::HttpEngine engine;
    engine.setProxy(QNetworkProxy::NoProxy);
    ManagementClient other(m_secrets, &engine);
    other.setGateway(m_sandbox.gatewayUrl(), u"no-such-admin-key"_s);
    const auto r = await<QList<client::Api>>(this, [&](QObject *c, auto done) { other.listApis(c, done); });
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error.contains(u"no-such-admin-key"_s), qPrintable(r.error));
}

void TestManagementClient::answerIsDroppedWhenItsContextIsGone()
{
    auto *context = new QObject;
    bool called = false;
    m_client->listApis(context, [&](const ManagementClient::Result<QList<client::Api>> &) { called = true; });
    delete context;
    // A later call on the same client still answers, so the first one had its chance.
    const auto r = await<QList<client::Api>>(this, [&](QObject *c, auto done) { m_client->listApis(c, done); });
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestManagementClient)
#include "tst_managementclient.moc"
