// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The console's Azure Resource Manager client against a real Sandbox's ARM surface over
// 127.0.0.1, and its parsing against Azure's own published API Management examples: the
// publisher creates APIs (a long-running operation) and operations, products get their
// throttling as policy XML, keys go from listSecrets into the keychain, and ARM's errors,
// refused tokens, throttling and stale ETags reach the user as ARM worded them.

#include "client/arm/armclient.h"
#include "client/arm/armentities.h"
#include "client/arm/armmanagement.h"
#include "client/arm/armpublisher.h"
#include "client/arm/armreportsclient.h"
#include "client/auth/tokensource.h"
#include "client/catalog/workspace.h"
#include "client/http/httpengine.h"
#include "client/secrets/secretstore.h"
#include "client/usage/reportsclient.h"
#include "sandbox/arm/armapi.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"

#include "../common/gatewaycalls.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QJsonArray>
#include <QJsonDocument>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace portico::client;
using portico::sandbox::ArmAccess;
using portico::sandbox::Sandbox;

namespace {

constexpr int kWaitMs = 20'000;
const QString kToken = u"sandbox-issued-token"_s;
const QString kReaderToken = u"reader-only-token"_s;

// Hands out the tokens given, in order, the last one for good: a stand-in for the Entra
// sign-in, which the sandbox's validator below plays the other side of.
class ScriptedTokenSource : public auth::TokenSource
{
public:
    QStringList tokens{kToken};
    int invalidations = 0;
    QStringList audiences;

    void token(const QString &audience, Callback done) override
    {
        audiences.append(audience);
        const QString t = tokens.size() > 1 ? tokens.takeFirst() : tokens.value(0);
        QTimer::singleShot(0, this, [t, done] {
            done(auth::AccessToken{t, QDateTime::currentDateTimeUtc().addSecs(3600)}, QString());
        });
    }
    void invalidate(const QString &) override { ++invalidations; }
    bool isSignedIn() const override { return true; }
};

QJsonObject exampleBody(const QString &name, const QString &status)
{
    QFile f(QStringLiteral(PORTICO_ARM_EXAMPLES) + u'/' + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(u"responses"_s)
        .toObject()
        .value(status)
        .toObject()
        .value(u"body"_s)
        .toObject();
}

} // namespace

class TestArmClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void parsesAzuresPublishedExamples();
    void throttlingIsWrittenIntoPolicyXmlKeepingTheRest();
    void forbiddenMessageNamesTheMissingActionAndARole();
    void publisherCreatesApiThroughTheLongRunningOperationAndLinksProducts();
    void listsFollowNextLinkToTheEnd();
    void aCreateAnsweredWithLocationAloneIsPolledToTheResource();
    void refusedTokenIsDroppedAndFetchedAgainOnce();
    void throttledCallIsSentAgainAfterRetryAfter();
    void forbiddenWriteTellsTheUserWhichActionIsMissing();
    void wrongResourceGroupShowsArmsMessage();
    void staleEtagIsRefusedAndThrottlingReachesTheGateway();
    void keysFromListSecretsGoStraightIntoTheKeychain();
    void gatewayUrlComesFromTheService();
    void dashboardReportComesFromArmsReports();
    void lastHourIsCutIntoQuarterHours();
    void connectionIsKeptInTheWorkspaceWithoutSecrets();
    void tryItListsTheInstancesApisAtItsGateway();

private:
    template<typename Ready> bool waitFor(Ready ready) { return QTest::qWaitFor(ready, kWaitMs); }
    ArmReply sendAndWait(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<HttpEngine> m_engine;
    std::unique_ptr<ScriptedTokenSource> m_tokens;
    std::unique_ptr<ArmClient> m_client;
    SecretStore *m_secrets = nullptr;
    QStringList m_storedSecrets;
};

void TestArmClient::initTestCase()
{
    m_secrets = new SecretStore(u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), this);
}

void TestArmClient::init()
{
    m_sandbox = std::make_unique<Sandbox>();
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128));
    options.storageEnabled = false;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_sandbox->gateway()->arm()->setTokenValidator([](const QString &token, const QString &action, const QString &) {
        ArmAccess a;
        a.principal = u"dev@contoso.example"_s;
        if (token == kToken)
            a.verdict = ArmAccess::Accepted;
        else if (token == kReaderToken)
            a.verdict = action.endsWith(u"/read"_s) ? ArmAccess::Accepted : ArmAccess::Forbidden;
        return a;
    });
    m_engine = std::make_unique<HttpEngine>();
    m_tokens = std::make_unique<ScriptedTokenSource>();
    m_client = std::make_unique<ArmClient>(m_tokens.get(), m_engine.get());
    const auto &name = m_sandbox->gateway()->arm()->resourceName();
    AzureConnection c;
    c.tenant = u"contoso.example"_s;
    c.subscriptionId = name.subscriptionId;
    c.resourceGroup = name.resourceGroup;
    c.serviceName = name.serviceName;
    c.baseUrl = m_sandbox->gatewayUrl();
    m_client->setConnection(c);
}

void TestArmClient::cleanup()
{
    m_client.reset();
    m_engine.reset();
    m_tokens.reset();
    m_sandbox.reset();
}

void TestArmClient::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_storedSecrets)) {
        bool done = false;
        m_secrets->remove(name, this, [&](const SecretStore::Result &) { done = true; });
        QVERIFY(waitFor([&] { return done; }));
    }
}

ArmReply TestArmClient::sendAndWait(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    ArmReply result;
    bool done = false;
    m_client->send(method, path, body, this, [&](const ArmReply &r) {
        result = r;
        done = true;
    });
    if (!waitFor([&] { return done; }))
        result.error = u"no answer"_s;
    return result;
}

void TestArmClient::parsesAzuresPublishedExamples()
{
    QString error;
    const QJsonArray apis = exampleBody(u"ApiManagementListApis"_s, u"200"_s).value(u"value"_s).toArray();
    QCOMPARE(apis.size(), 4);
    QList<Api> parsed;
    for (const QJsonValue &v : apis) {
        const std::optional<Api> a = ArmEntities::api(v.toObject(), &error);
        QVERIFY2(a, qPrintable(error));
        parsed.append(*a);
    }
    QCOMPARE(parsed.at(2).id, u"echo-api"_s);
    QCOMPARE(parsed.at(2).name, u"Echo API"_s);
    QCOMPARE(parsed.at(2).path, u"echo"_s);
    QCOMPARE(parsed.at(2).serviceUrl, u"http://echoapi.cloudapp.net/api"_s);
    QCOMPARE(parsed.at(2).schemes, QStringList{u"https"_s});

    const std::optional<Api> created = ArmEntities::api(exampleBody(u"ApiManagementCreateApi"_s, u"201"_s), &error);
    QVERIFY2(created, qPrintable(error));
    QCOMPARE(created->subscriptionKeyHeader, u"header4520"_s);
    QCOMPARE(created->subscriptionKeyQuery, u"query3037"_s);

    const std::optional<Operation> op =
        ArmEntities::operation(exampleBody(u"ApiManagementCreateApiOperation"_s, u"201"_s), &error);
    QVERIFY2(op, qPrintable(error));
    QCOMPARE(op->id, u"newoperations"_s);
    QCOMPARE(op->name, u"createUser2"_s);
    QCOMPARE(op->method, u"POST"_s);
    QCOMPARE(op->urlTemplate, u"/user1"_s);
    QCOMPARE(op->requestRepresentations.size(), 1);
    QCOMPARE(op->responses.value(0).statusCode, 200);

    const QJsonArray products = exampleBody(u"ApiManagementListProducts"_s, u"200"_s).value(u"value"_s).toArray();
    const std::optional<Product> unlimited = ArmEntities::product(products.at(2).toObject(), &error);
    QVERIFY2(unlimited, qPrintable(error));
    QCOMPARE(unlimited->id, u"unlimited"_s);
    QCOMPARE(unlimited->name, u"Unlimited"_s);
    QVERIFY(unlimited->approvalRequired);

    const QJsonArray subs = exampleBody(u"ApiManagementListSubscriptions"_s, u"200"_s).value(u"value"_s).toArray();
    const std::optional<Subscription> starter = ArmEntities::subscription(subs.at(1).toObject(), &error);
    QVERIFY2(starter, qPrintable(error));
    QCOMPARE(starter->id, u"56eaed3dbaf08b06e46d27fe"_s);
    QCOMPARE(starter->name, u"Starter"_s);
    QCOMPARE(starter->productId, u"5600b59475ff190048060001"_s);
    QCOMPARE(starter->state, u"active"_s);

    // Azure's own policy: a rate limit written as a named value, and quota-by-key (not quota).
    const QString xml = exampleBody(u"ApiManagementCreateProductPolicy"_s, u"200"_s)
                            .value(u"properties"_s)
                            .toObject()
                            .value(u"value"_s)
                            .toString();
    Policy rate{1, 1};
    Policy quota{1, 1};
    QVERIFY2(ArmEntities::readThrottling(xml, &rate, &quota, &error), qPrintable(error));
    QVERIFY(!rate.isSet());
    QVERIFY(!quota.isSet());
    QVERIFY(ArmEntities::readThrottling(u"<policies><inbound><rate-limit calls=\"5\" renewal-period=\"60\"/>"
                                        "<quota calls=\"100\" renewal-period=\"604800\"/></inbound></policies>"_s,
                                        &rate, &quota, &error));
    QCOMPARE(rate, (Policy{5, 60}));
    QCOMPARE(quota, (Policy{100, 604800}));
    QVERIFY(!ArmEntities::readThrottling(u"<policies><inbound>"_s, &rate, &quota, &error));
    QVERIFY(error.contains(u"well-formed"_s));
}

void TestArmClient::throttlingIsWrittenIntoPolicyXmlKeepingTheRest()
{
    const QString azure = exampleBody(u"ApiManagementCreateProductPolicy"_s, u"200"_s)
                              .value(u"properties"_s)
                              .toObject()
                              .value(u"value"_s)
                              .toString();
    const QString written = ArmEntities::withThrottling(azure, Policy{7, 60}, Policy{});
    QVERIFY2(written.contains(u"<rate-limit calls=\"7\" renewal-period=\"60\"/>"_s), qPrintable(written));
    QVERIFY(!written.contains(u"{{58c884fed8d14f127cec38f0}}"_s));
    QVERIFY(written.contains(u"<log-to-eventhub logger-id=\"16\">"_s));
    QVERIFY(written.contains(u"quota-by-key"_s));
    QVERIFY(written.contains(u"<outbound>"_s));
    QString error;
    Policy rate;
    Policy quota;
    QVERIFY(ArmEntities::readThrottling(written, &rate, &quota, &error));
    QCOMPARE(rate, (Policy{7, 60}));
    QVERIFY(!quota.isSet());

    // From nothing: APIM's default document with the limits in <inbound>.
    const QString fresh = ArmEntities::withThrottling({}, Policy{}, Policy{100, 604800});
    QVERIFY(ArmEntities::readThrottling(fresh, &rate, &quota, &error));
    QVERIFY(!rate.isSet());
    QCOMPARE(quota, (Policy{100, 604800}));
    QVERIFY(fresh.contains(u"<base/>"_s) || fresh.contains(u"<base />"_s));
}

void TestArmClient::forbiddenMessageNamesTheMissingActionAndARole()
{
    const QJsonObject body{
        {u"error"_s,
         QJsonObject{{u"code"_s, u"AuthorizationFailed"_s},
                     {u"message"_s,
                      u"The client 'x' with object id 'y' does not have authorization to perform action "
                      "'Microsoft.ApiManagement/service/apis/write' over scope '/subscriptions/s' or the scope is "
                      "invalid."_s}}}};
    QString code;
    const QString message = ArmClient::errorMessage(403, body, &code);
    QCOMPARE(code, u"AuthorizationFailed"_s);
    QVERIFY2(message.contains(u"“Microsoft.ApiManagement/service/apis/write”"_s), qPrintable(message));
    QVERIFY(message.contains(u"API Management Service Contributor"_s));
    QVERIFY(message.contains(u"over scope '/subscriptions/s'"_s));
    // ARM's message as it is when it names nothing to add to.
    const QJsonObject rg{{u"error"_s, QJsonObject{{u"code"_s, u"ResourceGroupNotFound"_s},
                                                   {u"message"_s, u"Resource group 'x' could not be found."_s}}}};
    QCOMPARE(ArmClient::errorMessage(404, rg), u"Resource group 'x' could not be found."_s);
    QVERIFY(ArmClient::errorMessage(500, {}).contains(u"500"_s));
}

void TestArmClient::publisherCreatesApiThroughTheLongRunningOperationAndLinksProducts()
{
    m_sandbox->gateway()->arm()->setLongRunningPolls(2);
    ArmPublisher publisher(m_client.get());
    QSignalSpy changed(&publisher, &ApiPublisher::apisChanged);
    QSignalSpy failed(&publisher, &ApiPublisher::failed);
    publisher.refresh();
    QVERIFY(waitFor([&] { return changed.size() == 1 || !failed.isEmpty(); }));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(publisher.apis().size(), 1);
    QCOMPARE(publisher.apis().first().operations.size(), 5);
    QVERIFY(publisher.apis().first().products.contains(u"Starter"_s));
    QCOMPARE(publisher.products().size(), 2);

    Api echo;
    echo.id = u"echo"_s;
    echo.name = u"Echo"_s;
    echo.path = u"echo"_s;
    echo.serviceUrl = u"http://127.0.0.1:9/echo"_s;
    publisher.saveApi(echo, {u"unlimited"_s});
    QVERIFY(waitFor([&] { return changed.size() == 2 || !failed.isEmpty(); }));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const Api *saved = publisher.api(u"echo"_s);
    QVERIFY(saved);
    QCOMPARE(saved->products, QStringList{u"Unlimited"_s});
    // The create was polled to its end before the publisher went on.
    QCOMPARE(m_sandbox->gateway()->arm()->runningOperations(), 0);

    Operation op;
    op.id = u"get-item"_s;
    op.name = u"Get item"_s;
    op.method = u"GET"_s;
    op.urlTemplate = u"/items/{id}"_s;
    op.templateParameters = {Parameter{u"id"_s, {}, u"string"_s, {}, true, {}}};
    publisher.saveOperation(u"echo"_s, op);
    QVERIFY(waitFor([&] { return changed.size() == 3 || !failed.isEmpty(); }));
    QVERIFY(failed.isEmpty());
    QCOMPARE(publisher.api(u"echo"_s)->operations.size(), 1);
    QCOMPARE(publisher.api(u"echo"_s)->operations.first().urlTemplate, u"/items/{id}"_s);

    // Moving it between products, then deleting it.
    publisher.saveApi(*publisher.api(u"echo"_s), {u"starter"_s});
    QVERIFY(waitFor([&] { return changed.size() == 4 || !failed.isEmpty(); }));
    QCOMPARE(publisher.api(u"echo"_s)->products, QStringList{u"Starter"_s});
    publisher.deleteApi(u"echo"_s);
    QVERIFY(waitFor([&] { return changed.size() == 5 || !failed.isEmpty(); }));
    QVERIFY(!publisher.api(u"echo"_s));
    QVERIFY(!publisher.isBusy());
}

void TestArmClient::listsFollowNextLinkToTheEnd()
{
    for (const QString &id : {u"a1"_s, u"a2"_s, u"a3"_s}) {
        const ArmReply r = sendAndWait("PUT", u"/apis/"_s + id,
                                       QJsonObject{{u"properties"_s, QJsonObject{{u"displayName"_s, id}, {u"path"_s, id}}}});
        QVERIFY2(r.ok(), qPrintable(r.error));
    }
    QJsonArray all;
    bool done = false;
    QUrlQuery top;
    top.addQueryItem(u"$top"_s, u"1"_s);
    m_client->list(u"/apis"_s, top, this, [&](const QJsonArray &values, const ArmReply &last) {
        QVERIFY2(last.ok(), qPrintable(last.error));
        all = values;
        done = true;
    });
    QVERIFY(waitFor([&] { return done; }));
    QCOMPARE(all.size(), 4);
}

void TestArmClient::aCreateAnsweredWithLocationAloneIsPolledToTheResource()
{
    m_sandbox->gateway()->arm()->setLongRunningPolls(2);
    m_sandbox->gateway()->arm()->setLongRunningByLocationOnly(true);
    const ArmReply r =
        sendAndWait("PUT", u"/apis/by-location"_s,
                    QJsonObject{{u"properties"_s,
                                 QJsonObject{{u"displayName"_s, u"By Location"_s}, {u"path"_s, u"by-location"_s}}}});
    QVERIFY2(r.ok(), qPrintable(r.error));
    // The answer is the resource itself, reached through Location's 202s.
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"properties"_s).toObject().value(u"displayName"_s).toString(), u"By Location"_s);
    QCOMPARE(m_sandbox->gateway()->arm()->runningOperations(), 0);
}

void TestArmClient::refusedTokenIsDroppedAndFetchedAgainOnce()
{
    m_tokens->tokens = {u"stale-token"_s, kToken};
    const ArmReply ok = sendAndWait("GET", u"/apis"_s);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(m_tokens->invalidations, 1);
    QCOMPARE(m_tokens->audiences.value(0), u"https://management.azure.com"_s);

    // A token refused twice is not asked for a third time: the user hears ARM's reason.
    m_tokens->tokens = {u"forged-token"_s};
    const ArmReply refused = sendAndWait("GET", u"/apis"_s);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.error, u"The access token is invalid."_s);
    QCOMPARE(m_tokens->invalidations, 2);
}

void TestArmClient::throttledCallIsSentAgainAfterRetryAfter()
{
    m_sandbox->gateway()->arm()->throttleNextRequests(2, 0);
    const ArmReply ok = sendAndWait("GET", u"/products"_s);
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(ok.json.value(u"value"_s).toArray().size(), 2);

    m_client->setMaxThrottleRetries(1);
    m_sandbox->gateway()->arm()->throttleNextRequests(5, 0);
    const ArmReply throttled = sendAndWait("GET", u"/products"_s);
    QCOMPARE(throttled.status, 429);
    QVERIFY2(throttled.error.contains(u"Please try again after '0' seconds"_s), qPrintable(throttled.error));

    // The wait is ARM's: asked to come back in a second, the client does not come back sooner.
    // (A lower bound only; a QTimer may fire a little early, never a tenth of its interval.)
    m_client->setMaxThrottleRetries(3);
    m_sandbox->gateway()->arm()->throttleNextRequests(1, 1);
    QElapsedTimer waited;
    waited.start();
    const ArmReply later = sendAndWait("GET", u"/products"_s);
    QVERIFY2(later.ok(), qPrintable(later.error));
    QVERIFY2(waited.elapsed() >= 900, qPrintable(QString::number(waited.elapsed())));
}

void TestArmClient::forbiddenWriteTellsTheUserWhichActionIsMissing()
{
    m_tokens->tokens = {kReaderToken};
    ArmPublisher publisher(m_client.get());
    QSignalSpy failed(&publisher, &ApiPublisher::failed);
    Api api;
    api.id = u"blocked"_s;
    api.name = u"Blocked"_s;
    api.path = u"blocked"_s;
    publisher.saveApi(api, {});
    QVERIFY(waitFor([&] { return !failed.isEmpty(); }));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"Microsoft.ApiManagement/service/apis/write"_s), qPrintable(message));
    QVERIFY(message.contains(u"dev@contoso.example"_s));
    QVERIFY2(message.contains(u"API Management Service Contributor"_s), qPrintable(message));
    QCOMPARE(m_tokens->invalidations, 0); // a 403 is not a token problem
}

void TestArmClient::wrongResourceGroupShowsArmsMessage()
{
    AzureConnection c = m_client->connection();
    c.resourceGroup = u"typo-rg"_s;
    m_client->setConnection(c);
    const ArmReply r = sendAndWait("GET", u"/apis"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.code, u"ResourceGroupNotFound"_s);
    QCOMPARE(r.error, u"Resource group 'typo-rg' could not be found."_s);

    c.subscriptionId = u"11111111-2222-3333-4444-555555555555"_s;
    m_client->setConnection(c);
    QCOMPARE(sendAndWait("GET", u"/apis"_s).error,
             u"The subscription '11111111-2222-3333-4444-555555555555' could not be found."_s);
}

void TestArmClient::staleEtagIsRefusedAndThrottlingReachesTheGateway()
{
    ArmManagement management(m_client.get(), m_secrets);
    ArmManagement::Result<Product> got;
    QByteArray etag;
    bool done = false;
    management.getProduct(u"starter"_s, this, [&](const ArmManagement::Result<Product> &r, const QByteArray &e) {
        got = r;
        etag = e;
        done = true;
    });
    QVERIFY(waitFor([&] { return done; }));
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.value.rateLimit, (Policy{5, 60}));
    QVERIFY(!etag.isEmpty());

    Product changed = got.value;
    changed.rateLimit = Policy{7, 30};
    changed.description = u"Seven calls every thirty seconds."_s;
    ArmManagement::Result<Product> put;
    done = false;
    management.putProduct(changed, etag, this, [&](const ArmManagement::Result<Product> &r) {
        put = r;
        done = true;
    });
    QVERIFY(waitFor([&] { return done; }));
    QVERIFY2(put.ok(), qPrintable(put.error));
    const auto products = m_sandbox->store()->products();
    for (const auto &p : products) {
        if (p.id == u"starter") {
            QCOMPARE(p.rateLimit.calls, 7);
            QCOMPARE(p.rateLimit.renewalPeriod, 30);
            QCOMPARE(p.quota.calls, 100); // the quota was kept
        }
    }
    // The ETag read before the change is stale now.
    done = false;
    management.putProduct(changed, etag, this, [&](const ArmManagement::Result<Product> &r) {
        put = r;
        done = true;
    });
    QVERIFY(waitFor([&] { return done; }));
    QCOMPARE(put.status, 412);
    QVERIFY2(put.error.contains(u"modified since last retrieval"_s), qPrintable(put.error));
}

void TestArmClient::keysFromListSecretsGoStraightIntoTheKeychain()
{
    ArmManagement management(m_client.get(), m_secrets);
    const auto subscription = m_sandbox->subscriptions().first();
    ArmManagement::Result<QStringList> stored;
    bool done = false;
    management.storeSubscriptionKeys(subscription.id, this, [&](const ArmManagement::Result<QStringList> &r) {
        stored = r;
        done = true;
    });
    QVERIFY(waitFor([&] { return done; }));
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    m_storedSecrets += stored.value;
    QCOMPARE(stored.value, (QStringList{GatewayManagement::subscriptionKeySecret(subscription.id, true),
                                        GatewayManagement::subscriptionKeySecret(subscription.id, false)}));
    QVERIFY(!stored.value.join(u' ').contains(subscription.primaryKey));

    QString inKeychain;
    done = false;
    m_secrets->read(stored.value.first(), this, [&](const SecretStore::Result &r) {
        inKeychain = r.value;
        done = true;
    });
    QVERIFY(waitFor([&] { return done; }));
    QCOMPARE(inKeychain, subscription.primaryKey);
}

void TestArmClient::gatewayUrlComesFromTheService()
{
    ArmManagement management(m_client.get(), m_secrets);
    ArmManagement::Result<QUrl> url;
    bool done = false;
    management.gatewayUrl(this, [&](const ArmManagement::Result<QUrl> &r) {
        url = r;
        done = true;
    });
    QVERIFY(waitFor([&] { return done; }));
    QVERIFY2(url.ok(), qPrintable(url.error));
    QCOMPARE(url.value.port(), m_sandbox->gatewayUrl().port());
}

void TestArmClient::dashboardReportComesFromArmsReports()
{
    QString key;
    QString sid;
    for (const auto &s : m_sandbox->subscriptions()) {
        if (s.productId == u"unlimited") {
            key = s.primaryKey;
            sid = s.id;
        }
    }
    QNetworkAccessManager network;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(portico::testing::scoreThroughGateway(&network, *m_sandbox, key), 200);
    QCOMPARE(portico::testing::scoreThroughGateway(&network, *m_sandbox, u"0123456789abcdef0123456789abcdef"_s), 401);

    ArmReportsClient reports(m_client.get());
    QSignalSpy ready(&reports, &ArmReportsClient::reportReady);
    QSignalSpy failed(&reports, &ArmReportsClient::failed);
    QVERIFY(reports.fetch(UsageWindow::ending(UsageRange::LastHour, QDateTime::currentDateTimeUtc())));
    QVERIFY(!reports.fetch(UsageWindow::ending(UsageRange::LastHour, QDateTime::currentDateTimeUtc())));
    QVERIFY(waitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const UsageReport report = ready.first().first().value<UsageReport>();
    QCOMPARE(report.window.bucketMs, 15 * 60 * 1000);
    qint64 overTime = 0;
    for (const TimeBucketUsage &b : report.overTime)
        overTime += b.calls.total();
    QCOMPARE(overTime, 4); // the refused call counts in time, as a blocked one
    qint64 executeCalls = 0;
    for (const OperationUsage &op : report.byOperation) {
        QCOMPARE(op.apiId, u"azureml-demo"_s);
        QVERIFY2(!op.operationId.contains(u'/'), qPrintable(op.operationId));
        executeCalls += op.calls.success;
    }
    QCOMPARE(executeCalls, 3);
    bool found = false;
    for (const GroupUsage &g : report.byGroup) {
        if (g.id == sid) {
            found = true;
            QCOMPARE(g.calls.total(), 3);
        }
    }
    QVERIFY(found);
}

void TestArmClient::lastHourIsCutIntoQuarterHours()
{
    const QDateTime now = QDateTime::fromString(u"2026-03-01T10:07:00Z"_s, Qt::ISODate);
    const UsageWindow w = ArmReportsClient::armWindow(UsageWindow::ending(UsageRange::LastHour, now));
    QCOMPARE(w.bucketMs, 15 * 60 * 1000);
    QCOMPARE(w.to, QDateTime::fromString(u"2026-03-01T10:15:00Z"_s, Qt::ISODate));
    QVERIFY(w.from <= QDateTime::fromString(u"2026-03-01T09:10:00Z"_s, Qt::ISODate));
    QCOMPARE(w.from.time().minute() % 15, 0);
    QCOMPARE(ArmReportsClient::isoInterval(w.bucketMs), u"PT15M"_s);
    QCOMPARE(ArmReportsClient::isoInterval(60 * 60 * 1000), u"PT1H"_s);
    QCOMPARE(ArmReportsClient::isoInterval(24 * 60 * 60 * 1000), u"P1D"_s);
    // Day and week windows already fit APIM's quarter hours.
    const UsageWindow day = UsageWindow::ending(UsageRange::LastDay, now);
    QCOMPARE(ArmReportsClient::armWindow(day).from, day.from);

    // APIM's example rows, read as the dashboard reads them.
    const QJsonArray rows = ArmReportsClient::withPlainIds(
        exampleBody(u"ApiManagementGetReportsByOperation"_s, u"200"_s).value(u"value"_s).toArray());
    QCOMPARE(rows.at(0).toObject().value(u"operationId"_s).toString(), u"57a03a1dd8d14f0a780d7d14"_s);
    QCOMPARE(rows.at(0).toObject().value(u"apiId"_s).toString(), u"57a03a13e4bbd5119c8b19e9"_s);
    UsageReport report;
    QString error;
    const QByteArray byOperation = QJsonDocument(QJsonObject{{u"value"_s, rows}}).toJson();
    const QByteArray bySubscription = QJsonDocument(QJsonObject{
        {u"value"_s, ArmReportsClient::withPlainIds(
                         exampleBody(u"ApiManagementGetReportsBySubscription"_s, u"200"_s).value(u"value"_s).toArray())}})
                                          .toJson();
    const QByteArray byTime = QJsonDocument(exampleBody(u"ApiManagementGetReportsByTime"_s, u"200"_s)).toJson();
    QVERIFY2(ReportsClient::parse(w, byTime, byOperation, bySubscription, &report, &error), qPrintable(error));
    QCOMPARE(report.byOperation.size(), 3);
    QCOMPARE(report.byOperation.at(0).calls.total(), 14);
    QCOMPARE(report.byGroup.size(), 3);
}

void TestArmClient::connectionIsKeptInTheWorkspaceWithoutSecrets()
{
    Workspace local;
    QVERIFY(!local.toJson().contains("connection"));

    Workspace w;
    w.connection.kind = Connection::Kind::AzureApiManagement;
    w.connection.azure = m_client->connection();
    const QByteArray json = w.toJson();
    QVERIFY(json.contains("\"subscriptionId\": \"00000000-0000-0000-0000-000000000000\""));
    QVERIFY(json.contains("\"apiVersion\": \"2024-05-01\""));
    QVERIFY(!json.contains(kToken.toUtf8()));
    QString error;
    const std::optional<Workspace> back = Workspace::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->connection.kind, Connection::Kind::AzureApiManagement);
    QVERIFY(back->connection.azure == w.connection.azure);
    QVERIFY(*back == w);

    // Defaults as Azure has them; bad input names what is wrong.
    AzureConnection fresh;
    QCOMPARE(fresh.apiVersion, u"2024-05-01"_s);
    QCOMPARE(fresh.baseUrl, QUrl(u"https://management.azure.com"_s));
    QByteArray bad = json;
    bad.replace(m_sandbox->gatewayUrl().toString().toUtf8(), "ftp://x");
    QVERIFY(!Workspace::fromJson(bad, &error));
    QVERIFY2(error.contains(u"ftp://x"_s), qPrintable(error));
    bad = json;
    bad.replace("azureApiManagement", "azureFunctions");
    QVERIFY(!Workspace::fromJson(bad, &error));
    QVERIFY(error.contains(u"azureFunctions"_s));
}

void TestArmClient::tryItListsTheInstancesApisAtItsGateway()
{
    ArmPublisher publisher(m_client.get());
    QSignalSpy changed(&publisher, &ApiPublisher::apisChanged);
    publisher.refresh();
    QVERIFY(waitFor([&] { return !changed.isEmpty(); }));
    ArmManagement management(m_client.get(), m_secrets);
    QUrl gateway;
    management.gatewayUrl(this, [&](const ArmManagement::Result<QUrl> &r) { gateway = r.value; });
    QVERIFY(waitFor([&] { return gateway.isValid() && !gateway.isEmpty(); }));

    const QList<Api> apis = ArmEntities::tryItApis(gateway, publisher.apis());
    QCOMPARE(apis.size(), 1);
    QCOMPARE(QUrl(apis.first().serviceUrl), QUrl(m_sandbox->gatewayUrl().toString() + u"/azureml-demo"_s));
    QCOMPARE(apis.first().operations.size(), 5);

    // The base URL really reaches the service through the gateway.
    const auto credentials = m_sandbox->credentials();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(apis.first().serviceUrl + u"/workspaces/"_s + credentials.workspace + u"/services/"_s +
                                 credentials.service + u"/execute?api-version=2.0&details=true"_s));
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader(apis.first().subscriptionKeyHeader.toUtf8(), m_sandbox->subscriptions().first().primaryKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + credentials.apiKey.toUtf8());
    const std::unique_ptr<QNetworkReply> reply(network.post(
        request, R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(kWaitMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

QTEST_GUILESS_MAIN(TestArmClient)
#include "tst_armclient.moc"
