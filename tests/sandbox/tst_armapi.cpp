// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Drives a real Sandbox's Azure Resource Manager surface over HTTP on 127.0.0.1, holds its
// answers against Azure's own published API Management examples, and checks every change
// through the gateway itself: an API published through ARM routes, a product policy's
// rate limit throttles, keys from listSecrets open the API and the reports count the calls.

#include "sandbox/arm/armapi.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/sandbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::sandbox::ArmAccess;
using portico::sandbox::Sandbox;
using portico::sandbox::SandboxOptions;

namespace {

constexpr int kWaitMs = 10'000;
const QByteArray kToken = "sandbox-issued-token"_ba;
const QByteArray kReaderToken = "reader-only-token"_ba;
const QByteArray kExpiredToken = "expired-token"_ba;
const QByteArray kScoreBody =
    R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba;

struct Reply
{
    int status = -1;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-cased names

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject error() const { return json().value(u"error"_s).toObject(); }
    QJsonObject properties() const { return json().value(u"properties"_s).toObject(); }
};

QJsonObject example(const QString &name)
{
    QFile f(QStringLiteral(PORTICO_ARM_EXAMPLES) + u'/' + name + u".json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject exampleBody(const QString &name, const QString &status)
{
    return example(name).value(u"responses"_s).toObject().value(status).toObject().value(u"body"_s).toObject();
}

QSet<QString> keys(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

// Every property name the examples use for that entity, across list items, responses and requests.
QSet<QString> examplePropertyNames(const QStringList &names)
{
    QSet<QString> all;
    for (const QString &name : names) {
        const QJsonObject e = example(name);
        all |= keys(e.value(u"parameters"_s).toObject().value(u"parameters"_s).toObject().value(u"properties"_s).toObject());
        const QJsonObject responses = e.value(u"responses"_s).toObject();
        for (const QString &status : responses.keys()) {
            const QJsonObject body = responses.value(status).toObject().value(u"body"_s).toObject();
            all |= keys(body.value(u"properties"_s).toObject());
            for (const QJsonValue &item : body.value(u"value"_s).toArray())
                all |= keys(item.toObject().value(u"properties"_s).toObject());
        }
    }
    return all;
}

QString missingFrom(const QSet<QString> &have, const QSet<QString> &allowed)
{
    QStringList extra = QSet<QString>(have).subtract(allowed).values();
    extra.sort();
    return extra.join(u", "_s);
}

QJsonObject rowWith(const QJsonArray &rows, const QString &field, const QString &value)
{
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(field).toString() == value)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestArmApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void refusesMissingInvalidAndExpiredTokens();
    void forbiddenCallNamesTheMissingAction();
    void apiVersionIsRequired();
    void wrongSubscriptionOrResourceGroupGetsArmsMessage();
    void serviceNamesItsGatewayUrl();
    void entitiesHaveTheExamplesEnvelopeAndPropertyNames();
    void creatingAnApiIsALongRunningOperationThatRoutesWhenDone();
    void listsPageThroughNextLink();
    void staleIfMatchIsRefusedAndCurrentOneAccepted();
    void productPolicyXmlThrottlesTheGateway();
    void policyXmlTheGatewayCannotApplyIsRefusedNamingIt();
    void subscriptionKeysComeFromListSecretsAndRegenerate();
    void reportsCountGatewayCallsInTheExamplesFields();
    void reportsCheckFilterAndInterval();
    void throttledCallsAnswer429WithRetryAfter();
    void badBodiesGetValidationErrorsNamingTheField();

private:
    QByteArray scope() const;
    Reply send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &token = kToken);
    Reply arm(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply execute(const QByteArray &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QStringList m_actions;
};

void TestArmApi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<Sandbox>();
    SandboxOptions options;
    options.dataDir = m_dir->path();
    options.storageEnabled = false;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_actions.clear();
    m_sandbox->gateway()->arm()->setTokenValidator(
        [this](const QString &token, const QString &action, const QString &) {
            m_actions.append(action);
            ArmAccess a;
            a.principal = u"reader@contoso.example"_s;
            if (token.toUtf8() == kToken)
                a.verdict = ArmAccess::Accepted;
            else if (token.toUtf8() == kExpiredToken)
                a.verdict = ArmAccess::Expired;
            else if (token.toUtf8() == kReaderToken)
                a.verdict = action.endsWith(u"/read"_s) ? ArmAccess::Accepted : ArmAccess::Forbidden;
            return a;
        });
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestArmApi::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QByteArray TestArmApi::scope() const
{
    const auto &n = m_sandbox->gateway()->arm()->resourceName();
    return "/subscriptions/" + n.subscriptionId.toUtf8() + "/resourceGroups/" + n.resourceGroup.toUtf8() +
           "/providers/Microsoft.ApiManagement/service/" + n.serviceName.toUtf8();
}

Reply TestArmApi::send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &token)
{
    const QUrl url = target.startsWith("http") ? QUrl::fromEncoded(target)
                                               : QUrl::fromEncoded(m_sandbox->gatewayUrl().toEncoded() + target);
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
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
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    return r;
}

Reply TestArmApi::arm(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QByteArray separator = path.contains('?') ? "&" : "?";
    return send(method, scope() + path + separator + "api-version=2024-05-01", body, headers);
}

Reply TestArmApi::execute(const QByteArray &key)
{
    const auto credentials = m_sandbox->credentials();
    const QByteArray target = "/azureml-demo/workspaces/" + credentials.workspace.toUtf8() + "/services/" +
                              credentials.service.toUtf8() + "/execute?api-version=2.0&details=true";
    return send("POST"_ba, target, kScoreBody,
                {{"Ocp-Apim-Subscription-Key"_ba, key}, {"Authorization"_ba, "Bearer " + credentials.apiKey.toUtf8()}},
                {});
}

void TestArmApi::refusesMissingInvalidAndExpiredTokens()
{
    const Reply none = send("GET"_ba, scope() + "/apis?api-version=2024-05-01", {}, {}, {});
    QCOMPARE(none.status, 401);
    QCOMPARE(none.error().value(u"code"_s).toString(), u"AuthenticationFailed"_s);
    QVERIFY(none.error().value(u"message"_s).toString().contains(u"'Authorization' header is missing"_s));
    QVERIFY(none.headers.contains("www-authenticate"));

    const Reply invalid = send("GET"_ba, scope() + "/apis?api-version=2024-05-01", {}, {}, "forged");
    QCOMPARE(invalid.status, 401);
    QCOMPARE(invalid.error().value(u"code"_s).toString(), u"InvalidAuthenticationToken"_s);

    const Reply expired = send("GET"_ba, scope() + "/apis?api-version=2024-05-01", {}, {}, kExpiredToken);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.error().value(u"code"_s).toString(), u"ExpiredAuthenticationToken"_s);

    // Without a validator nothing is accepted, not even a token that looks right.
    m_sandbox->gateway()->arm()->setTokenValidator({});
    QCOMPARE(arm("GET"_ba, "/apis"_ba).status, 401);
}

void TestArmApi::forbiddenCallNamesTheMissingAction()
{
    QCOMPARE(send("GET"_ba, scope() + "/apis?api-version=2024-05-01", {}, {}, kReaderToken).status, 200);
    const Reply write = send("PUT"_ba, scope() + "/products/gold?api-version=2024-05-01",
                             R"({"properties":{"displayName":"Gold"}})", {}, kReaderToken);
    QCOMPARE(write.status, 403);
    QCOMPARE(write.error().value(u"code"_s).toString(), u"AuthorizationFailed"_s);
    const QString message = write.error().value(u"message"_s).toString();
    QVERIFY2(message.contains(u"'Microsoft.ApiManagement/service/products/write'"_s), qPrintable(message));
    QVERIFY2(message.contains(u"reader@contoso.example"_s), qPrintable(message));
    QVERIFY2(message.contains(QString::fromUtf8(scope() + "/products/gold")), qPrintable(message));

    const Reply secrets = send("POST"_ba, scope() + "/subscriptions/x/listSecrets?api-version=2024-05-01", {}, {},
                               kReaderToken);
    QCOMPARE(secrets.status, 403);
    QVERIFY(secrets.error().value(u"message"_s).toString().contains(
        u"'Microsoft.ApiManagement/service/subscriptions/listSecrets/action'"_s));
    // The refused product was not created.
    QCOMPARE(arm("GET"_ba, "/products/gold"_ba).status, 404);
}

void TestArmApi::apiVersionIsRequired()
{
    const Reply missing = send("GET"_ba, scope() + "/apis");
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.error().value(u"code"_s).toString(), u"MissingApiVersionParameter"_s);
    const Reply wrong = send("GET"_ba, scope() + "/apis?api-version=1999-01-01");
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.error().value(u"code"_s).toString(), u"InvalidApiVersionParameter"_s);
    QVERIFY(wrong.error().value(u"message"_s).toString().contains(u"2024-05-01"_s));
}

void TestArmApi::wrongSubscriptionOrResourceGroupGetsArmsMessage()
{
    const Reply sub = send("GET"_ba, "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg1/providers/"
                                     "Microsoft.ApiManagement/service/x/apis?api-version=2024-05-01");
    QCOMPARE(sub.status, 404);
    QCOMPARE(sub.error().value(u"code"_s).toString(), u"SubscriptionNotFound"_s);
    QCOMPARE(sub.error().value(u"message"_s).toString(),
             u"The subscription '11111111-2222-3333-4444-555555555555' could not be found."_s);

    const auto &n = m_sandbox->gateway()->arm()->resourceName();
    const Reply rg = send("GET"_ba, "/subscriptions/" + n.subscriptionId.toUtf8() +
                                        "/resourceGroups/typo-rg/providers/Microsoft.ApiManagement/service/" +
                                        n.serviceName.toUtf8() + "/apis?api-version=2024-05-01");
    QCOMPARE(rg.status, 404);
    QCOMPARE(rg.error().value(u"code"_s).toString(), u"ResourceGroupNotFound"_s);
    QCOMPARE(rg.error().value(u"message"_s).toString(), u"Resource group 'typo-rg' could not be found."_s);

    const Reply service = send("GET"_ba, "/subscriptions/" + n.subscriptionId.toUtf8() + "/resourceGroups/" +
                                             n.resourceGroup.toUtf8() +
                                             "/providers/Microsoft.ApiManagement/service/other?api-version=2024-05-01");
    QCOMPARE(service.status, 404);
    QCOMPARE(service.error().value(u"code"_s).toString(), u"ResourceNotFound"_s);
    QVERIFY(service.error().value(u"message"_s).toString().contains(u"'Microsoft.ApiManagement/service/other'"_s));
}

void TestArmApi::serviceNamesItsGatewayUrl()
{
    const Reply r = arm("GET"_ba, {});
    QCOMPARE(r.status, 200);
    const QJsonObject shape = exampleBody(u"ApiManagementServiceGetService"_s, u"200"_s);
    QCOMPARE(r.json().value(u"type"_s).toString(), shape.value(u"type"_s).toString());
    QCOMPARE(r.json().value(u"id"_s).toString(), QString::fromUtf8(scope()));
    QVERIFY(shape.value(u"properties"_s).toObject().contains(u"gatewayUrl"_s));
    QCOMPARE(QUrl(r.properties().value(u"gatewayUrl"_s).toString()), m_sandbox->gatewayUrl().adjusted(QUrl::StripTrailingSlash));
    QVERIFY(!r.headers.value("etag").isEmpty());
}

void TestArmApi::entitiesHaveTheExamplesEnvelopeAndPropertyNames()
{
    const QSet<QString> envelope{u"id"_s, u"type"_s, u"name"_s, u"properties"_s};
    struct Case
    {
        QByteArray path;
        QString type;
        QStringList examples;
    };
    const QList<Case> cases{
        {"/apis"_ba, u"Microsoft.ApiManagement/service/apis"_s,
         {u"ApiManagementListApis"_s, u"ApiManagementCreateApi"_s, u"ApiManagementCreateProductApi"_s}},
        {"/apis/azureml-demo/operations"_ba, u"Microsoft.ApiManagement/service/apis/operations"_s,
         {u"ApiManagementCreateApiOperation"_s}},
        {"/products"_ba, u"Microsoft.ApiManagement/service/products"_s,
         {u"ApiManagementListProducts"_s, u"ApiManagementCreateProduct"_s}},
        {"/subscriptions"_ba, u"Microsoft.ApiManagement/service/subscriptions"_s,
         {u"ApiManagementListSubscriptions"_s, u"ApiManagementCreateSubscription"_s}},
        {"/products/starter/policies"_ba, u"Microsoft.ApiManagement/service/products/policies"_s,
         {u"ApiManagementCreateProductPolicy"_s}},
    };
    const QSet<QString> listShape = keys(exampleBody(u"ApiManagementListApis"_s, u"200"_s));
    for (const Case &c : cases) {
        const Reply r = arm("GET"_ba, c.path);
        QCOMPARE(r.status, 200);
        QVERIFY2(keys(r.json()).subtract(listShape).isEmpty(), r.body.constData());
        const QJsonArray values = r.json().value(u"value"_s).toArray();
        QVERIFY2(!values.isEmpty(), c.path.constData());
        const QSet<QString> allowed = examplePropertyNames(c.examples);
        for (const QJsonValue &v : values) {
            const QJsonObject o = v.toObject();
            QCOMPARE(keys(o), envelope);
            QCOMPARE(o.value(u"type"_s).toString(), c.type);
            QVERIFY(o.value(u"id"_s).toString().startsWith(QString::fromUtf8(scope())));
            QVERIFY(o.value(u"id"_s).toString().endsWith(u'/' + o.value(u"name"_s).toString()));
            const QString extra = missingFrom(keys(o.value(u"properties"_s).toObject()), allowed);
            QVERIFY2(extra.isEmpty(), QByteArray(c.path + ": names the examples do not use: " + extra.toUtf8()).constData());
        }
    }
    // The subscription list, like APIM's since 2019, never carries the keys.
    const Reply subs = arm("GET"_ba, "/subscriptions"_ba);
    for (const auto &s : m_sandbox->subscriptions())
        QVERIFY(!subs.body.contains(s.primaryKey.toUtf8()));
    QCOMPARE(rowWith(arm("GET"_ba, "/products"_ba).json().value(u"value"_s).toArray(), u"name"_s, u"starter"_s)
                 .value(u"properties"_s)
                 .toObject()
                 .value(u"displayName"_s)
                 .toString(),
             u"Starter"_s);
}

void TestArmApi::creatingAnApiIsALongRunningOperationThatRoutesWhenDone()
{
    // The example's own request body: what a client written against Azure's docs sends.
    QJsonObject request = example(u"ApiManagementCreateApi"_s).value(u"parameters"_s).toObject().value(u"parameters"_s).toObject();
    QJsonObject p = request.value(u"properties"_s).toObject();
    p.remove(u"authenticationSettings"_s);
    request.insert(u"properties"_s, p);
    const Reply created = arm("PUT"_ba, "/apis/tempgroup"_ba, QJsonDocument(request).toJson());
    QCOMPARE(created.status, 201);
    const QJsonObject shape = exampleBody(u"ApiManagementCreateApi"_s, u"201"_s);
    QCOMPARE(created.properties().value(u"provisioningState"_s), shape.value(u"properties"_s).toObject().value(u"provisioningState"_s));
    QCOMPARE(created.properties().value(u"displayName"_s).toString(), u"apiname1463"_s);
    QCOMPARE(created.properties().value(u"subscriptionKeyParameterNames"_s).toObject().value(u"header"_s).toString(),
             u"header4520"_s);
    const QByteArray async = created.headers.value("azure-asyncoperation");
    const QByteArray location = created.headers.value("location");
    QVERIFY2(async.contains("/tenant/operationResults/"), async.constData());
    QVERIFY(location.contains("/apis/tempgroup?api-version=2024-05-01&asyncId="));

    const Reply running = send("GET"_ba, async);
    QCOMPARE(running.status, 200);
    QCOMPARE(running.json().value(u"status"_s).toString(), u"InProgress"_s);
    QVERIFY(running.headers.contains("retry-after"));
    const Reply done = send("GET"_ba, async);
    QCOMPARE(done.json().value(u"status"_s).toString(), u"Succeeded"_s);
    const Reply resource = send("GET"_ba, location);
    QCOMPARE(resource.status, 200);
    QCOMPARE(resource.properties().value(u"path"_s).toString(), u"newapiPath"_s);

    // Location polling alone works too: 202 while running.
    m_sandbox->gateway()->arm()->setLongRunningPolls(1);
    const Reply second = arm("PUT"_ba, "/apis/second"_ba,
                             R"({"properties":{"displayName":"Second","path":"second","serviceUrl":"http://127.0.0.1:9/x"}})");
    QCOMPARE(second.status, 201);
    QCOMPARE(send("GET"_ba, second.headers.value("location")).status, 202);
    QCOMPARE(send("GET"_ba, second.headers.value("location")).status, 200);

    // An update is not long-running.
    const Reply updated = arm("PUT"_ba, "/apis/second"_ba,
                              R"({"properties":{"displayName":"Second v2","path":"second","serviceUrl":"http://127.0.0.1:9/x"}})");
    QCOMPARE(updated.status, 200);
    QVERIFY(!updated.headers.contains("azure-asyncoperation"));

    // The gateway routes the new API at once (the backend is down: 5xx, not "no API").
    const Reply op = arm("PUT"_ba, "/apis/second/operations/ping"_ba,
                         R"({"properties":{"displayName":"Ping","method":"GET","urlTemplate":"/ping"}})");
    QCOMPARE(op.status, 201);
    const Reply call = send("GET"_ba, "/second/ping", {}, {}, {});
    QCOMPARE(call.status, 401); // the gateway wants a subscription key: the route exists
}

void TestArmApi::listsPageThroughNextLink()
{
    for (const char *id : {"a1", "a2", "a3"}) {
        const QByteArray body = R"({"properties":{"displayName":"X","path":")" + QByteArray(id) + R"("}})";
        QCOMPARE(arm("PUT"_ba, "/apis/" + QByteArray(id), body).status, 201);
    }
    QStringList seen;
    Reply r = arm("GET"_ba, "/apis?$top=2"_ba);
    int pages = 0;
    while (true) {
        QCOMPARE(r.status, 200);
        ++pages;
        QCOMPARE(r.json().value(u"count"_s).toInt(), 4);
        for (const QJsonValue &v : r.json().value(u"value"_s).toArray())
            seen.append(v.toObject().value(u"name"_s).toString());
        const QString next = r.json().value(u"nextLink"_s).toString();
        if (next.isEmpty())
            break;
        QVERIFY(next.contains(u"api-version=2024-05-01"_s));
        r = send("GET"_ba, next.toUtf8());
    }
    QCOMPARE(pages, 2);
    seen.sort();
    QCOMPARE(seen, (QStringList{u"a1"_s, u"a2"_s, u"a3"_s, u"azureml-demo"_s}));
    QCOMPARE(arm("GET"_ba, "/apis?$top=0"_ba).status, 400);
}

void TestArmApi::staleIfMatchIsRefusedAndCurrentOneAccepted()
{
    const Reply product = arm("GET"_ba, "/products/starter"_ba);
    const QByteArray etag = product.headers.value("etag");
    QVERIFY(!etag.isEmpty());
    const QByteArray body = R"j({"properties":{"displayName":"Starter (renamed)"}})j";
    const Reply stale = arm("PATCH"_ba, "/products/starter"_ba, body, {{"If-Match"_ba, "\"0000\""_ba}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.error().value(u"code"_s).toString(), u"PreconditionFailed"_s);
    QCOMPARE(arm("GET"_ba, "/products/starter"_ba).properties().value(u"displayName"_s).toString(), u"Starter"_s);

    const Reply fresh = arm("PATCH"_ba, "/products/starter"_ba, body, {{"If-Match"_ba, etag}});
    QCOMPARE(fresh.status, 200);
    QVERIFY(fresh.headers.value("etag") != etag);
    // The old ETag is now stale too, and a PATCH keeps what it did not name.
    QCOMPARE(arm("PATCH"_ba, "/products/starter"_ba, body, {{"If-Match"_ba, etag}}).status, 412);
    QCOMPARE(fresh.properties().value(u"description"_s).toString(), product.properties().value(u"description"_s).toString());
    QCOMPARE(arm("DELETE"_ba, "/products/starter"_ba, {}, {{"If-Match"_ba, etag}}).status, 412);
    QCOMPARE(arm("DELETE"_ba, "/products/starter"_ba, {}, {{"If-Match"_ba, "*"_ba}}).status, 200);
}

void TestArmApi::productPolicyXmlThrottlesTheGateway()
{
    QCOMPARE(arm("PUT"_ba, "/products/gold"_ba, R"({"properties":{"displayName":"Gold","subscriptionRequired":true}})").status, 201);
    QCOMPARE(arm("PUT"_ba, "/products/gold/apis/azureml-demo"_ba).status, 201);
    const QByteArray policy = R"({"properties":{"format":"xml","value":"<policies><inbound><rate-limit calls=\"2\" renewal-period=\"60\" /><base /></inbound><backend><base /></backend><outbound><base /></outbound></policies>"}})";
    const Reply put = arm("PUT"_ba, "/products/gold/policies/policy"_ba, policy);
    QCOMPARE(put.status, 201);
    const QString xml = arm("GET"_ba, "/products/gold/policies/policy"_ba).properties().value(u"value"_s).toString();
    QVERIFY2(xml.contains(u"<rate-limit calls=\"2\" renewal-period=\"60\" />"_s), qPrintable(xml));

    const Reply sub = arm("PUT"_ba, "/subscriptions/gold-sub"_ba,
                          R"({"properties":{"scope":"/products/gold","displayName":"Gold subscription"}})");
    QCOMPARE(sub.status, 201);
    QVERIFY(sub.properties().value(u"scope"_s).toString().endsWith(u"/products/gold"_s));
    const QByteArray key = arm("POST"_ba, "/subscriptions/gold-sub/listSecrets"_ba).json().value(u"primaryKey"_s).toString().toUtf8();
    QVERIFY(!key.isEmpty());
    QCOMPARE(execute(key).status, 200);
    QCOMPARE(execute(key).status, 200);
    const Reply third = execute(key);
    QCOMPARE(third.status, 429);

    // Deleting the policy lifts the limit.
    QCOMPARE(arm("DELETE"_ba, "/products/gold/policies/policy"_ba).status, 200);
    QCOMPARE(arm("GET"_ba, "/products/gold/policies/policy"_ba).status, 404);
    QCOMPARE(execute(key).status, 200);
}

void TestArmApi::policyXmlTheGatewayCannotApplyIsRefusedNamingIt()
{
    const QJsonObject request =
        example(u"ApiManagementCreateProductPolicy"_s).value(u"parameters"_s).toObject().value(u"parameters"_s).toObject();
    const Reply r = arm("PUT"_ba, "/products/starter/policies/policy"_ba, QJsonDocument(request).toJson());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error().value(u"code"_s).toString(), u"ValidationError"_s);
    QVERIFY2(r.error().value(u"message"_s).toString().contains(u"calls=\"{{call-count}}\""_s), r.body.constData());
    const Reply broken = arm("PUT"_ba, "/products/starter/policies/policy"_ba,
                             R"({"properties":{"value":"<policies><inbound><quota calls=\"5\""}})");
    QCOMPARE(broken.status, 400);
    QVERIFY(broken.error().value(u"message"_s).toString().contains(u"not well-formed"_s));
    const Reply eventHub = arm("PUT"_ba, "/products/starter/policies/policy"_ba,
                               R"({"properties":{"value":"<policies><inbound><log-to-eventhub logger-id=\"1\"/></inbound></policies>"}})");
    QVERIFY(eventHub.error().value(u"message"_s).toString().contains(u"<log-to-eventhub>"_s));
    // Nothing of the refused policies was applied: Starter keeps 5 calls a minute.
    const QString xml = arm("GET"_ba, "/products/starter/policies/policy"_ba).properties().value(u"value"_s).toString();
    QVERIFY2(xml.contains(u"<rate-limit calls=\"5\" renewal-period=\"60\" />"_s), qPrintable(xml));
    QVERIFY(xml.contains(u"<quota calls=\"100\" renewal-period=\"604800\" />"_s));
}

void TestArmApi::subscriptionKeysComeFromListSecretsAndRegenerate()
{
    const auto subs = m_sandbox->subscriptions();
    QVERIFY(!subs.isEmpty());
    const QByteArray path = "/subscriptions/" + subs.first().id.toUtf8();
    const Reply secrets = arm("POST"_ba, path + "/listSecrets");
    QCOMPARE(secrets.status, 200);
    QCOMPARE(keys(secrets.json()), keys(exampleBody(u"ApiManagementSubscriptionListSecrets"_s, u"200"_s)));
    QCOMPARE(secrets.json().value(u"primaryKey"_s).toString(), subs.first().primaryKey);

    const Reply regenerated = arm("POST"_ba, path + "/regeneratePrimaryKey");
    QVERIFY(example(u"ApiManagementSubscriptionRegeneratePrimaryKey"_s).value(u"responses"_s).toObject().contains(u"204"_s));
    QCOMPARE(regenerated.status, 204);
    const QJsonObject after = arm("POST"_ba, path + "/listSecrets").json();
    QVERIFY(after.value(u"primaryKey"_s).toString() != subs.first().primaryKey);
    QCOMPARE(after.value(u"secondaryKey"_s).toString(), subs.first().secondaryKey);
    // The old primary key no longer opens the API; the new one does.
    QCOMPARE(execute(subs.first().primaryKey.toUtf8()).status, 401);
    QCOMPARE(arm("POST"_ba, path + "/regenerateSecondaryKey").status, 204);
    QVERIFY(arm("POST"_ba, path + "/listSecrets").json().value(u"secondaryKey"_s).toString() != subs.first().secondaryKey);
}

void TestArmApi::reportsCountGatewayCallsInTheExamplesFields()
{
    QString key;
    QString sid;
    for (const auto &s : m_sandbox->subscriptions()) {
        if (s.productId == u"unlimited") {
            key = s.primaryKey;
            sid = s.id;
        }
    }
    QCOMPARE(execute(key.toUtf8()).status, 200);
    QCOMPARE(execute(key.toUtf8()).status, 200);
    QCOMPARE(execute("wrong-key").status, 401);

    const QByteArray filter = "$filter=timestamp%20ge%20datetime'2020-01-01T00:00:00'%20and%20timestamp%20le%20datetime'2099-01-01T00:00:00'";
    struct Case
    {
        QByteArray kind;
        QString example;
    };
    const QList<Case> cases{{"byApi"_ba, u"ApiManagementGetReportsByApi"_s},
                            {"byOperation"_ba, u"ApiManagementGetReportsByOperation"_s},
                            {"bySubscription"_ba, u"ApiManagementGetReportsBySubscription"_s},
                            {"byTime"_ba, u"ApiManagementGetReportsByTime"_s}};
    QHash<QByteArray, QJsonArray> rows;
    for (const Case &c : cases) {
        const QByteArray extra = c.kind == "byTime" ? "&interval=PT15M" : "";
        const Reply r = arm("GET"_ba, "/reports/" + c.kind + "?" + filter + extra);
        QCOMPARE(r.status, 200);
        rows.insert(c.kind, r.json().value(u"value"_s).toArray());
        QVERIFY2(!rows.value(c.kind).isEmpty(), r.body.constData());
        const QJsonObject shape = exampleBody(c.example, u"200"_s).value(u"value"_s).toArray().at(0).toObject();
        for (const QJsonValue &row : rows.value(c.kind)) {
            const QString missing = missingFrom(keys(shape), keys(row.toObject()));
            QVERIFY2(missing.isEmpty(), QByteArray(c.kind + " lacks " + missing.toUtf8()).constData());
        }
    }
    const QJsonObject api = rowWith(rows.value("byApi"), u"apiId"_s, u"/apis/azureml-demo"_s);
    QCOMPARE(api.value(u"callCountTotal"_s).toInt(), 3);
    QCOMPARE(api.value(u"callCountSuccess"_s).toInt(), 2);
    QCOMPARE(api.value(u"callCountBlocked"_s).toInt(), 1);
    // The gateway measures one latency per call: the service's times are the API's.
    for (const QString &statistic : {u"Avg"_s, u"Min"_s, u"Max"_s}) {
        QVERIFY(api.contains(u"serviceTime"_s + statistic));
        QCOMPARE(api.value(u"serviceTime"_s + statistic), api.value(u"apiTime"_s + statistic));
    }
    QVERIFY(api.value(u"apiTimeMax"_s).toDouble() >= api.value(u"apiTimeMin"_s).toDouble());
    const QJsonArray ops = rows.value("byOperation");
    int opCalls = 0;
    for (const QJsonValue &v : ops) {
        QVERIFY(v.toObject().value(u"operationId"_s).toString().startsWith(u"/apis/azureml-demo/operations/"_s));
        opCalls += v.toObject().value(u"callCountSuccess"_s).toInt();
    }
    QCOMPARE(opCalls, 2);
    QCOMPARE(ops.size(), 5); // every operation of the seed's API, called or not
    const QJsonObject sub = rowWith(rows.value("bySubscription"), u"subscriptionId"_s, u"/subscriptions/"_s + sid);
    QCOMPARE(sub.value(u"callCountTotal"_s).toInt(), 2);
    QCOMPARE(sub.value(u"productId"_s).toString(), u"/products/unlimited"_s);
    int timeCalls = 0;
    for (const QJsonValue &v : rows.value("byTime")) {
        QCOMPARE(v.toObject().value(u"interval"_s).toString(), u"PT15M"_s);
        QCOMPARE(QDateTime::fromString(v.toObject().value(u"timestamp"_s).toString(), Qt::ISODate).time().minute() % 15, 0);
        timeCalls += v.toObject().value(u"callCountTotal"_s).toInt();
    }
    QCOMPARE(timeCalls, 3);

    // A window in the past holds none of them.
    const Reply past = arm("GET"_ba, "/reports/byApi?$filter=timestamp%20ge%20datetime'2017-06-01T00:00:00'%20and%20timestamp%20le%20datetime'2017-06-04T00:00:00'"_ba);
    QCOMPARE(rowWith(past.json().value(u"value"_s).toArray(), u"apiId"_s, u"/apis/azureml-demo"_s)
                 .value(u"callCountTotal"_s)
                 .toInt(-1),
             0);
}

void TestArmApi::reportsCheckFilterAndInterval()
{
    const QByteArray filter = "$filter=timestamp%20ge%20datetime'2020-01-01T00:00:00'";
    QCOMPARE(arm("GET"_ba, "/reports/byTime?" + filter + "&interval=PT1H").status, 200);
    QCOMPARE(arm("GET"_ba, "/reports/byTime?" + filter + "&interval=P1D").status, 200);
    const Reply five = arm("GET"_ba, "/reports/byTime?" + filter + "&interval=PT5M");
    QCOMPARE(five.status, 400);
    QVERIFY(five.error().value(u"message"_s).toString().contains(u"multiple of 15 minutes"_s));
    const Reply none = arm("GET"_ba, "/reports/byApi"_ba);
    QCOMPARE(none.status, 400);
    QVERIFY(none.error().value(u"message"_s).toString().contains(u"'$filter' is required"_s));
    const Reply odd = arm("GET"_ba, "/reports/byApi?$filter=apiId%20eq%20'x'"_ba);
    QCOMPARE(odd.status, 400);
    QVERIFY(odd.error().value(u"message"_s).toString().contains(u"apiId eq 'x'"_s));
}

void TestArmApi::throttledCallsAnswer429WithRetryAfter()
{
    m_sandbox->gateway()->arm()->throttleNextRequests(1, 7);
    const Reply throttled = arm("GET"_ba, "/apis"_ba);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.headers.value("retry-after"), "7"_ba);
    QVERIFY(throttled.error().value(u"message"_s).toString().contains(u"'7' seconds"_s));
    QCOMPARE(arm("GET"_ba, "/apis"_ba).status, 200);
}

void TestArmApi::badBodiesGetValidationErrorsNamingTheField()
{
    const Reply noEnvelope = arm("PUT"_ba, "/apis/x"_ba, R"({"displayName":"X","path":"x"})");
    QCOMPARE(noEnvelope.status, 400);
    QVERIFY(noEnvelope.error().value(u"message"_s).toString().contains(u"\"properties\""_s));
    const Reply noPath = arm("PUT"_ba, "/apis/x"_ba, R"({"properties":{"displayName":"X"}})");
    QCOMPARE(noPath.status, 400);
    QVERIFY(noPath.error().value(u"message"_s).toString().contains(u"'path'"_s));
    QCOMPARE(noPath.error().value(u"details"_s).toArray().size(), 1);
    const Reply taken = arm("PUT"_ba, "/apis/x"_ba, R"({"properties":{"displayName":"X","path":"azureml-demo"}})");
    QCOMPARE(taken.status, 400);
    QVERIFY(taken.error().value(u"message"_s).toString().contains(u"already used by the API 'azureml-demo'"_s));
    const Reply apiScope = arm("PUT"_ba, "/subscriptions/s1"_ba, R"({"properties":{"scope":"/apis/azureml-demo"}})");
    QCOMPARE(apiScope.status, 400);
    QVERIFY(apiScope.error().value(u"message"_s).toString().contains(u"'scope' must name a product"_s));
    QCOMPARE(arm("GET"_ba, "/apis/x"_ba).status, 404);
    QCOMPARE(arm("GET"_ba, "/apis/x"_ba).error().value(u"code"_s).toString(), u"ResourceNotFound"_s);
}

QTEST_GUILESS_MAIN(TestArmApi)
#include "tst_armapi.moc"
