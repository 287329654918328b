// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// What other tools read from an export: OpenAPI 3.0 as JSON and as YAML that swagger-parser
// accepts and that read back as the same document, for the sample API and for one full of
// enums, defaults, header parameters and keys; and a Postman collection that newman runs
// against the real sandbox, scoring the seed row with keys given only on newman's command line.

#include "client/catalog/sampleworkspace.h"
#include "client/interop/openapiexport.h"
#include "client/interop/postmanexport.h"
#include "client/interop/yamlwriter.h"
#include "sandbox/sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;
using namespace portico::client;

namespace {

Parameter parameter(const QString &name, const QString &defaultValue = {}, const QStringList &values = {},
                    bool required = false, const QString &type = u"string"_s)
{
    Parameter p;
    p.name = name;
    p.defaultValue = defaultValue;
    p.values = values;
    p.required = required;
    p.type = type;
    return p;
}

// Names, defaults and texts that a careless YAML writer turns into numbers, booleans, null,
// comments or mappings, and keys written as header parameters.
Api unusualApi()
{
    Api api;
    api.id = u"partner"_s;
    api.name = u"Partner scoring: v2 #beta"_s;
    api.description = u"Line one\nline two: with a colon\n- and a dash"_s;
    api.serviceUrl = u"https://partner.example/api"_s;
    api.subscriptionKeyQuery.clear();
    Operation score;
    score.id = u"score"_s;
    score.name = u"Score rows"_s;
    score.method = u"POST"_s;
    score.urlTemplate = u"/models/{model}/score?mode={mode}"_s;
    score.templateParameters = {parameter(u"model"_s, {}, {}, true),
                                parameter(u"mode"_s, u"fast"_s, {u"fast"_s, u"exact"_s}, true)};
    score.templateParameters[0].description = u"The model: name or id # not a comment"_s;
    score.queryParameters = {parameter(u"threshold"_s, u"0.5"_s, {}, false, u"number"_s),
                             parameter(u"verbose"_s, u"false"_s, {u"true"_s, u"false"_s}),
                             parameter(u"version"_s, u"2.0"_s, {u"1.0"_s, u"2.0"_s}, true)};
    score.headers = {parameter(u"X-Region"_s, u"yes"_s, {u"yes"_s, u"no"_s, u"null"_s, u"~"_s, u"0x1F"_s}),
                     parameter(u"X-Request-Id"_s), parameter(u"api-key"_s, u"{{secret:partner-key}}"_s, {}, true),
                     parameter(u"Authorization"_s, u"Bearer {{secret:partner-token}}"_s, {}, true)};
    score.requestRepresentations = {{u"application/json"_s, uR"({"rows": [[1, "2.0", true, null, "on"]]})"_s}};
    score.responses = {ResponseSpec{200, u"Scored: every row"_s, {{u"application/json"_s, u"[1, 2]"_s}}},
                       ResponseSpec{422, {}, {}}};
    Operation health;
    health.id = u"health"_s;
    health.name = u"Health"_s;
    health.method = u"GET"_s;
    health.urlTemplate = u"/health"_s;
    health.responses = {ResponseSpec{200, u"OK"_s, {{u"text/plain"_s, u"ok: yes"_s}}}};
    api.operations = {score, health};
    return api;
}

} // namespace

class TestExportFormats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openApiJsonAndYamlOfTheSampleApiValidate();
    void openApiJsonAndYamlOfUnusualConstructsValidateAndAgree();
    void keysInParametersBecomeSecuritySchemesNeverValues();
    void postmanCollectionHasFoldersVariablesAndNoKeys();
    void newmanRunsTheCollectionAndScoresTheSeedRow();
    void newmanWithoutTheKeysFails();

private:
    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text);
        return path;
    }
    // Runs node (or newman) with the sandbox answering on this thread meanwhile.
    int run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, arguments);
        if (!p.waitForStarted() || !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120'000))
            return -1;
        const QByteArray out = p.readAll();
        if (output)
            *output = out;
        if (p.exitCode() != 0)
            qWarning("%s", out.constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    // swagger-parser validates both files, and the YAML reads back (js-yaml) as the JSON.
    void validateBoth(const QJsonObject &doc, const QString &stem)
    {
        const QString json = write(stem + u".json"_s, QJsonDocument(doc).toJson());
        const QString yaml = write(stem + u".yaml"_s, yamlDocument(doc));
        const QString tools = QStringLiteral(PORTICO_NPM_TOOLS) + u"/node_modules/"_s;
        QVERIFY2(QFile::exists(tools + u"@apidevtools/swagger-parser"_s), "run cmake/install-deps.sh");
        const QString script = uR"(
const [parser, jsyaml, json, yaml] = process.argv.slice(1);
const SwaggerParser = require(parser);
const fs = require('fs');
const assert = require('assert');
(async () => {
  await SwaggerParser.validate(json);
  await SwaggerParser.validate(yaml);
  assert.deepStrictEqual(require(jsyaml).load(fs.readFileSync(yaml, 'utf8')), JSON.parse(fs.readFileSync(json, 'utf8')));
})().then(() => process.exit(0), e => { console.error(e.message); process.exit(1); });
)"_s;
        QCOMPARE(run(u"node"_s,
                     {u"-e"_s, script, tools + u"@apidevtools/swagger-parser"_s, tools + u"js-yaml"_s, json, yaml}),
                 0);
    }

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    Workspace m_workspace;
    QString m_unlimitedKey;
};

void TestExportFormats::initTestCase()
{
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    for (const QJsonValue &sub :
         QJsonDocument::fromJson(m_sandbox.credentialsJson()).object().value("subscriptions"_L1).toArray()) {
        if (sub.toObject().value("product"_L1).toString() == u"Unlimited")
            m_unlimitedKey = sub.toObject().value("primaryKey"_L1).toString();
    }
    QVERIFY(!m_unlimitedKey.isEmpty());
    m_workspace = sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(), m_sandbox.credentials().workspace,
                                   m_sandbox.credentials().service});
}

void TestExportFormats::openApiJsonAndYamlOfTheSampleApiValidate()
{
    validateBoth(openApiDocument(*m_workspace.api(u"azureml-demo"_s), m_sandbox.gatewayUrl().toString()),
                 u"azureml-demo"_s);
}

void TestExportFormats::openApiJsonAndYamlOfUnusualConstructsValidateAndAgree()
{
    const QJsonObject doc = openApiDocument(unusualApi(), u"https://partner.example/api"_s);
    const QByteArray yaml = yamlDocument(doc);
    // The strings that would read as something else are quoted.
    for (const char *quoted : {"\"2.0\"", "\"yes\"", "\"null\"", "\"~\"", "\"0x1F\"", "\"false\"", "\"200\""})
        QVERIFY2(yaml.contains(quoted), quoted);
    validateBoth(doc, u"partner"_s);
}

void TestExportFormats::keysInParametersBecomeSecuritySchemesNeverValues()
{
    const QJsonObject doc = openApiDocument(unusualApi(), {});
    const QJsonObject schemes = doc["components"_L1]["securitySchemes"_L1].toObject();
    const QJsonObject apiKey = schemes.value("header_api-key"_L1).toObject();
    QCOMPARE(apiKey.value("type"_L1).toString(), u"apiKey"_s);
    QCOMPARE(apiKey.value("in"_L1).toString(), u"header"_s);
    QCOMPARE(apiKey.value("name"_L1).toString(), u"api-key"_s);
    QCOMPARE(schemes.value("bearerAuth"_L1).toObject().value("scheme"_L1).toString(), u"bearer"_s);
    const QJsonObject score = doc["paths"_L1]["/models/{model}/score"_L1]["post"_L1].toObject();
    QStringList names;
    for (const QJsonValue &p : score.value("parameters"_L1).toArray())
        names << p["name"_L1].toString();
    QCOMPARE(names,
             (QStringList{u"model"_s, u"mode"_s, u"threshold"_s, u"verbose"_s, u"version"_s, u"X-Region"_s,
                          u"X-Request-Id"_s}));
    const QJsonObject needs = score.value("security"_L1).toArray().at(0).toObject();
    QVERIFY2(needs.contains("header_api-key"_L1) && needs.contains("bearerAuth"_L1) &&
                 needs.contains("subscriptionKeyHeader"_L1),
             QJsonDocument(needs).toJson().constData());
    for (const QByteArray &text : {QJsonDocument(doc).toJson(), yamlDocument(doc)}) {
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("partner-key") && !text.contains("partner-token"));
    }
}

void TestExportFormats::postmanCollectionHasFoldersVariablesAndNoKeys()
{
    const QJsonObject collection = postmanCollection(m_workspace, *m_workspace.api(u"azureml-demo"_s),
                                                     m_workspace.environment(kSandboxUnlimitedEnvironment));
    QCOMPARE(collection["info"_L1]["schema"_L1].toString(),
             u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s);
    const QJsonArray items = collection.value("item"_L1).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)["name"_L1].toString(), u"RRS Execute"_s);
    QCOMPARE(items.at(1)["name"_L1].toString(), u"BES"_s);
    QCOMPARE(items.at(1)["item"_L1].toArray().size(), 4);
    QHash<QString, QString> variables;
    for (const QJsonValue &v : collection.value("variable"_L1).toArray())
        variables.insert(v["key"_L1].toString(), v["value"_L1].toString());
    QCOMPARE(variables.value(u"workspace"_s), m_sandbox.credentials().workspace);
    QVERIFY(variables.value(u"baseUrl"_s).endsWith(u"/azureml-demo"_s));
    QVERIFY(variables.contains(u"PORTICO_SECRET_sandbox_unlimited_key"_s));
    QVERIFY(variables.contains(u"PORTICO_SECRET_sandbox_api_key"_s));
    QVERIFY(variables.value(u"PORTICO_SECRET_sandbox_unlimited_key"_s).isEmpty());
    QVERIFY(!variables.contains(u"subscriptionKey"_s)); // a key's variable is not a plain one
    const QByteArray text = QJsonDocument(collection).toJson();
    QVERIFY(!text.contains(m_unlimitedKey.toUtf8()));
    QVERIFY(!text.contains(m_sandbox.credentials().apiKey.toUtf8()));
    QVERIFY(!text.contains("{{secret:"));
}

void TestExportFormats::newmanRunsTheCollectionAndScoresTheSeedRow()
{
    QJsonObject collection = postmanCollection(m_workspace, *m_workspace.api(u"azureml-demo"_s),
                                               m_workspace.environment(kSandboxUnlimitedEnvironment));
    // The test's own expectation, beside the export's status check on every request.
    const QJsonArray script{u"if (pm.info.requestName === 'RRS Execute') pm.test('scored row', function () {"_s,
                            u"  const row = pm.response.json().Results.output1.value.Values[0];"_s,
                            u"  pm.expect(row.slice(1).join(' ')).to.equal('1 1 2 2 0 2 0 1');"_s, u"});"_s};
    collection.insert(
        u"event"_s,
        QJsonArray{QJsonObject{{u"listen"_s, u"test"_s},
                               {u"script"_s, QJsonObject{{u"type"_s, u"text/javascript"_s}, {u"exec"_s, script}}}}});
    const QString file = write(u"azureml-demo.postman.json"_s, QJsonDocument(collection).toJson());
    const QString report = m_dir.filePath(u"newman-report.json"_s);
    const QString newman = QStringLiteral(PORTICO_NPM_TOOLS) + u"/newman/node_modules/.bin/newman"_s;
    QVERIFY2(QFile::exists(newman), "run cmake/install-deps.sh: it installs newman into .npm-tools/newman");
    QCOMPARE(run(newman,
                 {u"run"_s, file, u"--folder"_s, u"RRS Execute"_s, u"--env-var"_s,
                  u"PORTICO_SECRET_sandbox_unlimited_key="_s + m_unlimitedKey, u"--env-var"_s,
                  u"PORTICO_SECRET_sandbox_api_key="_s + m_sandbox.credentials().apiKey, u"--reporters"_s, u"json"_s,
                  u"--reporter-json-export"_s, report}),
             0);
    QFile f(report);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject run = QJsonDocument::fromJson(f.readAll()).object().value("run"_L1).toObject();
    QCOMPARE(run["stats"_L1]["requests"_L1]["total"_L1].toInt(), 1);
    QCOMPARE(run["stats"_L1]["assertions"_L1]["failed"_L1].toInt(), 0);
    QStringList passed;
    for (const QJsonValue &e : run.value("executions"_L1).toArray()) {
        QCOMPARE(e["response"_L1]["code"_L1].toInt(), 200);
        for (const QJsonValue &a : e["assertions"_L1].toArray())
            passed << a["assertion"_L1].toString();
    }
    QVERIFY2(passed.contains(u"scored row"_s), qPrintable(passed.join(u", "_s)));
}

void TestExportFormats::newmanWithoutTheKeysFails()
{
    const QJsonObject collection = postmanCollection(m_workspace, *m_workspace.api(u"azureml-demo"_s),
                                                     m_workspace.environment(kSandboxUnlimitedEnvironment));
    const QString file = write(u"no-keys.postman.json"_s, QJsonDocument(collection).toJson());
    QByteArray out;
    const QString newman = QStringLiteral(PORTICO_NPM_TOOLS) + u"/newman/node_modules/.bin/newman"_s;
    QCOMPARE(run(newman, {u"run"_s, file, u"--folder"_s, u"RRS Execute"_s, u"--reporters"_s, u"cli"_s}, &out), 1);
    QVERIFY2(out.contains("401"), out.constData()); // the gateway refused the empty key
}

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
