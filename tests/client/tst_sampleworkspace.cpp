// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins the first-launch workspace: the customer's AzureML Demo API exactly as the sandbox's
// gateway defines it, the document's "try it" request for RRS Execute expanding to the
// sandbox's RRS URL, and three environments whose keys are keychain references only.

#include "client/catalog/requestbuilder.h"
#include "client/catalog/sampleworkspace.h"
#include "client/catalog/urltemplate.h"
#include "client/catalog/variables.h"
#include "sandbox/state/demoapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico::client;

namespace {

const QString kWorkspace = u"0123456789abcdef0123456789abcdef"_s;
const QString kService = u"fedcba9876543210fedcba9876543210"_s;
const QString kRrsPath = u"/workspaces/0123456789abcdef0123456789abcdef/services/fedcba9876543210fedcba9876543210"
                         u"/execute?api-version=2.0&details=true"_s;

SandboxEndpoints endpoints(const QString &gateway = u"http://127.0.0.1:41001"_s)
{
    SandboxEndpoints e;
    e.gatewayUrl = QUrl(gateway);
    e.serviceUrl = QUrl(u"http://127.0.0.1:41002"_s);
    e.workspaceId = kWorkspace;
    e.serviceId = kService;
    return e;
}

// The URL sending would use: the request built by RequestBuilder, as the console builds it.
QString requestUrl(const Workspace &w, const Environment &env, const SavedRequest &request, QStringList *missing)
{
    const Api *api = w.api(request.apiId);
    const Operation *op = api->operation(request.operationId);
    const BuiltRequest built = RequestBuilder::prepare(*api, *op, request, env);
    *missing += built.unresolvedVariables + built.missingParameters;
    return built.spec.url.toString(QUrl::FullyEncoded);
}

// Our operation in the sandbox's storage shape: top-level fields plus its APIM "extra".
QJsonObject sandboxShape(const portico::sandbox::Operation &op)
{
    QJsonObject o = op.extra;
    o.insert(u"id"_s, op.id);
    o.insert(u"name"_s, op.name);
    o.insert(u"method"_s, op.method);
    o.insert(u"urlTemplate"_s, op.urlTemplate);
    o.insert(u"description"_s, op.description);
    if (o.value(u"request"_s).toObject().isEmpty())
        o.remove(u"request"_s);
    return o;
}

} // namespace

class TestSampleWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hasTheDemoApiWithTheDocumentsFiveOperations();
    void operationsMatchTheSandboxGatewayDefinition();
    void savedRequestIsTheDocumentsTryItRequest();
    void savedRequestExpandsToTheSandboxRrsUrl_data();
    void savedRequestExpandsToTheSandboxRrsUrl();
    void everyOperationExpandsWithDefaultsAndAJobId();
    void threeEnvironmentsHoldKeysOnlyAsSecretReferences();
    void headersResolveToKeysVariablesFirstThenSecrets();
    void trailingSlashOnEndpointsGivesNoDoubleSlash();
};

void TestSampleWorkspace::hasTheDemoApiWithTheDocumentsFiveOperations()
{
    const Workspace w = sampleWorkspace(endpoints());
    QCOMPARE(w.apis.size(), 1);
    const Api &api = w.apis.first();
    QCOMPARE(api.id, u"azureml-demo"_s);
    QCOMPARE(api.name, u"AzureML Demo API"_s);
    QCOMPARE(api.path, u"azureml-demo"_s);
    QCOMPARE(api.serviceUrl, u"http://127.0.0.1:41002"_s);
    QCOMPARE(api.schemes, (QStringList{u"https"_s, u"http"_s}));
    QCOMPARE(api.products, (QStringList{u"Starter"_s, u"Unlimited"_s}));
    QCOMPARE(api.subscriptionKeyHeader, u"Ocp-Apim-Subscription-Key"_s);

    struct Expected
    {
        QString id, name, method, urlTemplate;
    };
    const QString base = u"/workspaces/{workspace}/services/{service}"_s;
    const QList<Expected> expected{
        {u"rrs-execute"_s, u"RRS Execute"_s, u"POST"_s,
         base + u"/execute?api-version={apiversion}&details={details}"_s},
        {u"bes-submit"_s, u"BES Submit"_s, u"POST"_s, base + u"/jobs?api-version={apiversion}"_s},
        {u"bes-start"_s, u"BES Start"_s, u"POST"_s, base + u"/jobs/{jobid}/start?api-version={apiversion}"_s},
        {u"bes-status"_s, u"BES Status"_s, u"GET"_s, base + u"/jobs/{jobid}?api-version={apiversion}"_s},
        {u"bes-delete"_s, u"BES Delete"_s, u"DELETE"_s, base + u"/jobs/{jobid}?api-version={apiversion}"_s},
    };
    QCOMPARE(api.operations.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Operation &op = api.operations.at(i);
        QCOMPARE(op.id, expected.at(i).id);
        QCOMPARE(op.name, expected.at(i).name);
        QCOMPARE(op.method, expected.at(i).method);
        QCOMPARE(op.urlTemplate, expected.at(i).urlTemplate);
        QCOMPARE(op.responses.size(), 1);
        QCOMPARE(op.responses.first().statusCode, 200);
        const UrlTemplate t = UrlTemplate::parse(op.urlTemplate);
        QVERIFY2(t.isValid(), qPrintable(t.error()));
        QStringList described;
        for (const Parameter &p : op.templateParameters) {
            described.append(p.name);
            QVERIFY(p.required);
        }
        QCOMPARE(described, t.parameterNames());
    }
    const Operation *execute = api.operation(u"rrs-execute"_s);
    QVERIFY(execute);
    QCOMPARE(execute->templateParameter(u"apiversion"_s)->defaultValue, u"2.0"_s);
    QCOMPARE(execute->templateParameter(u"details"_s)->defaultValue, u"true"_s);
    QCOMPARE(execute->templateParameter(u"details"_s)->values, (QStringList{u"true"_s, u"false"_s}));
}

void TestSampleWorkspace::operationsMatchTheSandboxGatewayDefinition()
{
    const Api api = sampleWorkspace(endpoints()).apis.first();
    const portico::sandbox::Api theirs = portico::sandbox::demoApi(u"http://127.0.0.1:41002"_s);
    QCOMPARE(api.id, theirs.id);
    QCOMPARE(api.name, theirs.name);
    QCOMPARE(api.description, theirs.description);
    QCOMPARE(api.serviceUrl, theirs.serviceUrl);
    QCOMPARE(api.path, theirs.path);
    QCOMPARE(api.schemes, theirs.protocols);
    QCOMPARE(api.subscriptionKeyHeader, theirs.subscriptionKeyHeader);
    QCOMPARE(api.subscriptionKeyQuery, theirs.subscriptionKeyQuery);
    QCOMPARE(api.operations.size(), theirs.operations.size());
    for (qsizetype i = 0; i < api.operations.size(); ++i) {
        const QJsonObject ours = api.operations.at(i).toJson();
        const QJsonObject sandbox = sandboxShape(theirs.operations.at(i));
        if (ours != sandbox) {
            qWarning().noquote() << "ours:" << QJsonDocument(ours).toJson();
            qWarning().noquote() << "sandbox:" << QJsonDocument(sandbox).toJson();
        }
        QVERIFY2(ours == sandbox, qPrintable(api.operations.at(i).id));
    }
}

void TestSampleWorkspace::savedRequestIsTheDocumentsTryItRequest()
{
    const Workspace w = sampleWorkspace(endpoints());
    QCOMPARE(w.savedRequests.size(), 1);
    const SavedRequest *r = w.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    QVERIFY(r);
    const QList<QPair<QString, QString>> parameters{{u"workspace"_s, u"{{workspace}}"_s},
                                                    {u"service"_s, u"{{service}}"_s},
                                                    {u"apiversion"_s, u"2.0"_s},
                                                    {u"details"_s, u"true"_s}};
    QCOMPARE(r->parameters, parameters);
    const QList<QPair<QString, QString>> headers{{u"Content-Type"_s, u"application/json"_s},
                                                 {u"Authorization"_s, u"Bearer {{apiKey}}"_s},
                                                 {u"Ocp-Apim-Subscription-Key"_s, u"{{subscriptionKey}}"_s}};
    QCOMPARE(r->headers, headers);
    QCOMPARE(r->contentType, u"application/json"_s);
    QCOMPARE(
        r->body,
        uR"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_s);
    QJsonParseError e;
    QJsonDocument::fromJson(r->body.toUtf8(), &e);
    QCOMPARE(e.error, QJsonParseError::NoError);
}

void TestSampleWorkspace::savedRequestExpandsToTheSandboxRrsUrl_data()
{
    QTest::addColumn<int>("environment");
    QTest::addColumn<QString>("url");
    QTest::newRow("gateway, Unlimited") << 0 << u"http://127.0.0.1:41001/azureml-demo"_s + kRrsPath;
    QTest::newRow("gateway, Starter") << 1 << u"http://127.0.0.1:41001/azureml-demo"_s + kRrsPath;
    QTest::newRow("service directly") << 2 << u"http://127.0.0.1:41002"_s + kRrsPath;
}

void TestSampleWorkspace::savedRequestExpandsToTheSandboxRrsUrl()
{
    QFETCH(int, environment);
    QFETCH(QString, url);
    const Workspace w = sampleWorkspace(endpoints());
    QStringList missing;
    QCOMPARE(requestUrl(w, w.environments.at(environment), w.savedRequests.first(), &missing), url);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestSampleWorkspace::everyOperationExpandsWithDefaultsAndAJobId()
{
    const Workspace w = sampleWorkspace(endpoints());
    const Environment *env = w.environment(w.activeEnvironment);
    QVERIFY(env);
    const QString prefix =
        u"http://127.0.0.1:41001/azureml-demo/workspaces/"_s + kWorkspace + u"/services/"_s + kService;
    const QHash<QString, QString> urls{
        {u"rrs-execute"_s, prefix + u"/execute?api-version=2.0&details=true"_s},
        {u"bes-submit"_s, prefix + u"/jobs?api-version=2.0"_s},
        {u"bes-start"_s, prefix + u"/jobs/job%201/start?api-version=2.0"_s},
        {u"bes-status"_s, prefix + u"/jobs/job%201?api-version=2.0"_s},
        {u"bes-delete"_s, prefix + u"/jobs/job%201?api-version=2.0"_s},
    };
    for (const Operation &op : w.apis.first().operations) {
        SavedRequest r;
        r.apiId = w.apis.first().id;
        r.operationId = op.id;
        for (const Parameter &p : op.templateParameters)
            r.parameters.append({p.name, p.defaultValue});
        for (auto &p : r.parameters) {
            if (p.first == u"workspace" || p.first == u"service")
                p.second = u"{{"_s + p.first + u"}}"_s;
            else if (p.first == u"jobid")
                p.second = u"job 1"_s;
        }
        QStringList missing;
        QCOMPARE(requestUrl(w, *env, r, &missing), urls.value(op.id));
        QVERIFY2(missing.isEmpty(), qPrintable(op.id + u": "_s + missing.join(u", "_s)));
    }
}

void TestSampleWorkspace::threeEnvironmentsHoldKeysOnlyAsSecretReferences()
{
    const Workspace w = sampleWorkspace(endpoints());
    QCOMPARE(w.environments.size(), 3);
    QCOMPARE(w.environments.at(0).name, u"Sandbox gateway (Unlimited)"_s);
    QCOMPARE(w.environments.at(1).name, u"Sandbox gateway (Starter, throttled)"_s);
    QCOMPARE(w.environments.at(2).name, u"Sandbox service (direct)"_s);
    QCOMPARE(w.activeEnvironment, w.environments.at(0).name);

    QCOMPARE(w.environments.at(0).value(u"subscriptionKey"_s), u"{{secret:sandbox-unlimited-key}}"_s);
    QCOMPARE(w.environments.at(1).value(u"subscriptionKey"_s), u"{{secret:sandbox-starter-key}}"_s);
    QVERIFY(!w.environments.at(2).contains(u"subscriptionKey"_s));
    for (const Environment &e : w.environments) {
        QCOMPARE(e.value(u"apiKey"_s), u"{{secret:sandbox-api-key}}"_s);
        QCOMPARE(e.value(u"workspace"_s), kWorkspace);
        QCOMPARE(e.value(u"service"_s), kService);
    }
    QCOMPARE(w.environments.at(0).value(u"baseUrl"_s), u"http://127.0.0.1:41001/azureml-demo"_s);
    QCOMPARE(w.environments.at(2).value(u"baseUrl"_s), u"http://127.0.0.1:41002"_s);
}

void TestSampleWorkspace::headersResolveToKeysVariablesFirstThenSecrets()
{
    const Workspace w = sampleWorkspace(endpoints());
    const QHash<QString, QString> keychain{{kSandboxUnlimitedKeySecret, u"unlimited-key"_s},
                                           {kSandboxStarterKeySecret, u"starter-key"_s},
                                           {kSandboxApiKeySecret, u"api-key"_s}};
    const QStringList expectedKeys{u"unlimited-key"_s, u"starter-key"_s};
    for (qsizetype i = 0; i < 2; ++i) {
        const Environment &env = w.environments.at(i);
        QHash<QString, QString> sent;
        for (const auto &h : w.savedRequests.first().headers) {
            QStringList unresolved;
            QStringList missing;
            const QString withVariables = substituteVariables(h.second, env, &unresolved);
            sent.insert(h.first, substituteSecrets(withVariables, keychain, &missing));
            QVERIFY(unresolved.isEmpty());
            QVERIFY(missing.isEmpty());
        }
        QCOMPARE(sent.value(u"Authorization"_s), u"Bearer api-key"_s);
        QCOMPARE(sent.value(u"Ocp-Apim-Subscription-Key"_s), expectedKeys.at(i));
        QCOMPARE(sent.value(u"Content-Type"_s), u"application/json"_s);
    }

    // Going straight to the service there is no subscription key, and substitution says so.
    QStringList unresolved;
    substituteVariables(u"{{subscriptionKey}}"_s, w.environments.at(2), &unresolved);
    QCOMPARE(unresolved, QStringList{u"subscriptionKey"_s});
}

void TestSampleWorkspace::trailingSlashOnEndpointsGivesNoDoubleSlash()
{
    SandboxEndpoints e = endpoints(u"http://127.0.0.1:41001/"_s);
    e.serviceUrl = QUrl(u"http://127.0.0.1:41002/"_s);
    const Workspace w = sampleWorkspace(e);
    QCOMPARE(w.apis.first().serviceUrl, u"http://127.0.0.1:41002"_s);
    QStringList missing;
    QCOMPARE(requestUrl(w, w.environments.at(0), w.savedRequests.first(), &missing),
             u"http://127.0.0.1:41001/azureml-demo"_s + kRrsPath);
    QCOMPARE(requestUrl(w, w.environments.at(2), w.savedRequests.first(), &missing),
             u"http://127.0.0.1:41002"_s + kRrsPath);
}

QTEST_GUILESS_MAIN(TestSampleWorkspace)
#include "tst_sampleworkspace.moc"
