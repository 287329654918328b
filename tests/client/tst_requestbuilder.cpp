// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// What the Try-it panel sends: the sample's RRS Execute resolves to the sandbox's URL and
// headers, keys enter only when secrets are applied, and gaps are reported, not sent.

#include "client/catalog/requestbuilder.h"
#include "client/catalog/sampleworkspace.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico::client;

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleExecuteResolvesToTheGatewayUrlWithKeysAsReferences();
    void applyingSecretsPutsKeysInOnlyThen();
    void directServiceEnvironmentLeavesOutTheSubscriptionHeader();
    void emptyRequiredParameterIsReported();
    void secretInAParameterIsEncodedAfterSubstitution();
    void extraQueryParametersAreAppended();
    void bodyGetsTheOperationsContentType();
    void refreshMovesTheSampleToTheSandboxsNewPorts();

private:
    SandboxEndpoints endpoints(int gatewayPort = 4100, int servicePort = 4200) const
    {
        return {QUrl(u"http://127.0.0.1:%1"_s.arg(gatewayPort)), QUrl(u"http://127.0.0.1:%1"_s.arg(servicePort)),
                u"0123456789abcdef0123456789abcdef"_s, u"fedcba9876543210fedcba9876543210"_s};
    }
    BuiltRequest build(const QString &environment, SavedRequest *values = nullptr) const
    {
        const Workspace w = sampleWorkspace(endpoints());
        const Api *api = w.api(u"azureml-demo"_s);
        SavedRequest saved = values ? *values : *w.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
        return RequestBuilder::prepare(*api, *api->operation(saved.operationId), saved, *w.environment(environment));
    }
    static QByteArray header(const RequestSpec &spec, QByteArrayView name)
    {
        for (const auto &[n, v] : spec.headers) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

void TestRequestBuilder::sampleExecuteResolvesToTheGatewayUrlWithKeysAsReferences()
{
    const BuiltRequest r = build(kSandboxUnlimitedEnvironment);
    QCOMPARE(r.spec.method, "POST"_ba);
    QCOMPARE(r.spec.url.toString(),
             u"http://127.0.0.1:4100/azureml-demo/workspaces/0123456789abcdef0123456789abcdef/services/"
             "fedcba9876543210fedcba9876543210/execute?api-version=2.0&details=true"_s);
    QCOMPARE(header(r.spec, "Authorization"), "Bearer {{secret:sandbox-api-key}}"_ba);
    QCOMPARE(header(r.spec, "Ocp-Apim-Subscription-Key"), "{{secret:sandbox-unlimited-key}}"_ba);
    QCOMPARE(header(r.spec, "Content-Type"), "application/json"_ba);
    QVERIFY(r.spec.body.contains("This is a good day"));
    QCOMPARE(r.secretNames, (QStringList{u"sandbox-api-key"_s, u"sandbox-unlimited-key"_s}));
    QVERIFY(r.unresolvedVariables.isEmpty());
    QVERIFY(r.missingParameters.isEmpty());
}

void TestRequestBuilder::applyingSecretsPutsKeysInOnlyThen()
{
    BuiltRequest r = build(kSandboxStarterEnvironment);
    RequestBuilder::applySecrets(&r,
                                 {{u"sandbox-api-key"_s, u"API/KEY+=="_s}, {u"sandbox-starter-key"_s, u"abc123"_s}});
    QCOMPARE(header(r.spec, "Authorization"), "Bearer API/KEY+=="_ba);
    QCOMPARE(header(r.spec, "Ocp-Apim-Subscription-Key"), "abc123"_ba);
    QVERIFY(r.missingSecrets.isEmpty());
    QVERIFY(r.isComplete());

    BuiltRequest missing = build(kSandboxStarterEnvironment);
    RequestBuilder::applySecrets(&missing, {{u"sandbox-api-key"_s, u"k"_s}});
    QCOMPARE(missing.missingSecrets, QStringList{u"sandbox-starter-key"_s});
    QVERIFY(!missing.isComplete());
}

void TestRequestBuilder::directServiceEnvironmentLeavesOutTheSubscriptionHeader()
{
    const BuiltRequest r = build(kSandboxDirectEnvironment);
    QVERIFY(r.spec.url.toString().startsWith(u"http://127.0.0.1:4200/workspaces/"_s));
    QVERIFY(header(r.spec, "Ocp-Apim-Subscription-Key").isNull());
    QCOMPARE(r.droppedHeaders, QStringList{u"Ocp-Apim-Subscription-Key"_s});
    QVERIFY(r.unresolvedVariables.isEmpty());
}

void TestRequestBuilder::emptyRequiredParameterIsReported()
{
    SavedRequest values;
    values.apiId = u"azureml-demo"_s;
    values.operationId = u"bes-status"_s;
    values.parameters = {
        {u"workspace"_s, u"{{workspace}}"_s}, {u"service"_s, u"{{service}}"_s}, {u"jobid"_s, QString()}};
    const BuiltRequest r = build(kSandboxUnlimitedEnvironment, &values);
    QCOMPARE(r.missingParameters, QStringList{u"jobid"_s});
    QVERIFY(!r.isComplete());
}

void TestRequestBuilder::secretInAParameterIsEncodedAfterSubstitution()
{
    SavedRequest values;
    values.apiId = u"azureml-demo"_s;
    values.operationId = u"bes-status"_s;
    values.parameters = {
        {u"workspace"_s, u"{{workspace}}"_s}, {u"service"_s, u"{{service}}"_s}, {u"jobid"_s, u"{{secret:job}}"_s}};
    BuiltRequest r = build(kSandboxUnlimitedEnvironment, &values);
    QCOMPARE(r.secretNames, QStringList{u"job"_s});
    RequestBuilder::applySecrets(&r, {{u"job"_s, u"a b/c"_s}});
    QVERIFY(r.missingSecrets.isEmpty());
    QVERIFY2(r.spec.url.toString(QUrl::FullyEncoded).contains(u"/jobs/a%20b%2Fc?api-version=2.0"_s),
             qPrintable(r.spec.url.toString(QUrl::FullyEncoded)));
}

void TestRequestBuilder::extraQueryParametersAreAppended()
{
    const Workspace w = sampleWorkspace(endpoints());
    SavedRequest values = *w.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    values.parameters.append({u"format"_s, u"swagger"_s});
    values.parameters.append({u"empty"_s, QString()});
    const BuiltRequest r = build(kSandboxUnlimitedEnvironment, &values);
    QVERIFY(r.spec.url.toString().endsWith(u"execute?api-version=2.0&details=true&format=swagger"_s));
}

void TestRequestBuilder::bodyGetsTheOperationsContentType()
{
    const Workspace w = sampleWorkspace(endpoints());
    SavedRequest values = *w.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    values.headers.removeIf([](const auto &h) { return h.first == u"Content-Type"; });
    values.contentType.clear();
    const BuiltRequest r = build(kSandboxUnlimitedEnvironment, &values);
    QCOMPARE(header(r.spec, "Content-Type"), "application/json"_ba);
}

void TestRequestBuilder::refreshMovesTheSampleToTheSandboxsNewPorts()
{
    Workspace w = sampleWorkspace(endpoints(4100, 4200));
    QVERIFY(!refreshSandboxEnvironments(&w, endpoints(4100, 4200)));
    QVERIFY(refreshSandboxEnvironments(&w, endpoints(5100, 5200)));
    QCOMPARE(w.environment(kSandboxUnlimitedEnvironment)->value(u"baseUrl"_s), u"http://127.0.0.1:5100/azureml-demo"_s);
    QCOMPARE(w.environment(kSandboxDirectEnvironment)->value(u"baseUrl"_s), u"http://127.0.0.1:5200"_s);
    QCOMPARE(w.api(u"azureml-demo"_s)->serviceUrl, u"http://127.0.0.1:5200"_s);
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
