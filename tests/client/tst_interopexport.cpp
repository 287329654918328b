// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// What leaves the console: a copied curl command that scores the seed row against the real
// sandbox once the key is in its environment variable, and never holds the key itself; and
// an OpenAPI document that describes every operation and parameter of the API.

#include "client/catalog/requestbuilder.h"
#include "client/catalog/sampleworkspace.h"
#include "client/interop/curlexport.h"
#include "client/interop/openapiexport.h"
#include "sandbox/sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;
using namespace portico::client;

class TestInteropExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void copiedCurlScoresTheSeedRowWithTheKeyFromTheEnvironment();
    void copiedCurlWithoutTheVariableIsRefused();
    void secretNamesBecomeShellSafeVariables();
    void quotesInTheBodySurviveTheShell();
    void openApiDescribesEveryOperationAndParameter();
    void exportedOpenApiPassesSwaggerParser();

private:
    BuiltRequest executeRequest(SavedRequest *values = nullptr) const
    {
        const Api *api = m_workspace.api(u"azureml-demo"_s);
        SavedRequest saved = values ? *values : *m_workspace.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
        return RequestBuilder::prepare(*api, *api->operation(saved.operationId), saved,
                                       *m_workspace.environment(kSandboxUnlimitedEnvironment));
    }
    QByteArray runInShell(const QString &command, const QProcessEnvironment &env, int *exitCode) const
    {
        QProcess shell;
        shell.setProcessEnvironment(env);
        shell.start(u"bash"_s, {u"-c"_s, command + u" --silent --show-error --fail"_s});
        if (!shell.waitForStarted())
            return {};
        // The sandbox answers on this thread's event loop, so wait with it running.
        if (!QTest::qWaitFor([&] { return shell.state() == QProcess::NotRunning; }, 30'000))
            return {};
        *exitCode = shell.exitCode();
        if (*exitCode != 0)
            qWarning("%s\n%s", qPrintable(command), shell.readAllStandardError().constData());
        return shell.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    Workspace m_workspace;
    QString m_unlimitedKey;
};

void TestInteropExport::initTestCase()
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

void TestInteropExport::copiedCurlScoresTheSeedRowWithTheKeyFromTheEnvironment()
{
    const BuiltRequest request = executeRequest();
    QVERIFY(request.secretNames.contains(kSandboxUnlimitedKeySecret));
    const QString command = curlCommand(request);
    QVERIFY2(!command.contains(m_unlimitedKey), qPrintable(command));
    QVERIFY2(!command.contains(m_sandbox.credentials().apiKey), qPrintable(command));
    QVERIFY2(command.contains(u"${PORTICO_SECRET_sandbox_unlimited_key}"_s), qPrintable(command));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORTICO_SECRET_sandbox_unlimited_key"_s, m_unlimitedKey);
    env.insert(u"PORTICO_SECRET_sandbox_api_key"_s, m_sandbox.credentials().apiKey);
    env.remove(u"http_proxy"_s);
    env.remove(u"HTTP_PROXY"_s);
    int exitCode = -1;
    const QByteArray out = runInShell(command, env, &exitCode);
    QCOMPARE(exitCode, 0);
    const QJsonArray row = QJsonDocument::fromJson(out)
                               .object()
                               .value("Results"_L1)
                               .toObject()
                               .value("output1"_L1)
                               .toObject()
                               .value("value"_L1)
                               .toObject()
                               .value("Values"_L1)
                               .toArray()
                               .at(0)
                               .toArray();
    QStringList scores;
    for (qsizetype i = 1; i < row.size(); ++i)
        scores << row.at(i).toString();
    QVERIFY2(scores.join(u' ') == u"1 1 2 2 0 2 0 1"_s, out.constData());
}

void TestInteropExport::copiedCurlWithoutTheVariableIsRefused()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PORTICO_SECRET_sandbox_unlimited_key"_s);
    env.insert(u"PORTICO_SECRET_sandbox_api_key"_s, m_sandbox.credentials().apiKey);
    env.remove(u"http_proxy"_s);
    env.remove(u"HTTP_PROXY"_s);
    int exitCode = -1;
    runInShell(curlCommand(executeRequest()), env, &exitCode);
    QVERIFY(exitCode != 0); // the gateway turns away a request with an empty key
}

void TestInteropExport::secretNamesBecomeShellSafeVariables()
{
    QCOMPARE(secretEnvironmentVariable(u"apiKey"_s), u"PORTICO_SECRET_apiKey"_s);
    QCOMPARE(secretEnvironmentVariable(u"my key-1;rm"_s), u"PORTICO_SECRET_my_key_1_rm"_s);
}

void TestInteropExport::quotesInTheBodySurviveTheShell()
{
    SavedRequest values = *m_workspace.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    values.body = u"it's \"quoted\" $HOME `x`"_s;
    const QString command = curlCommand(executeRequest(&values));
    QProcess shell;
    // printf receives the words curl would: the body must come back unchanged.
    shell.start(u"bash"_s,
                {u"-c"_s,
                 u"set -- "_s + command.mid(5) +
                     u"; while [ $# -gt 0 ]; do "
                     u"[ \"$1\" = --data-raw ] && printf %s \"$2\"; "
                     u"shift; done"_s});
    QVERIFY(shell.waitForFinished());
    QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), values.body);
}

void TestInteropExport::openApiDescribesEveryOperationAndParameter()
{
    const Api &api = *m_workspace.api(u"azureml-demo"_s);
    const QJsonObject doc = openApiDocument(api, m_sandbox.gatewayUrl().toString());
    QCOMPARE(doc.value("openapi"_L1).toString(), u"3.0.3"_s);
    const QJsonObject paths = doc.value("paths"_L1).toObject();
    int operations = 0;
    for (const QJsonValue &item : paths) {
        for (const QJsonValue &op : item.toObject())
            operations += op.toObject().contains("operationId"_L1) ? 1 : 0;
    }
    QCOMPARE(operations, int(api.operations.size()));
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QVERIFY2(!it.key().contains(u'?'), qPrintable(it.key()));
        // The names in a path and its operations' path parameters are the same set.
        QStringList placeholders;
        for (const QRegularExpressionMatch &m : QRegularExpression(u"\\{([^}]+)\\}"_s).globalMatch(it.key()))
            placeholders << m.captured(1);
        placeholders.sort();
        for (const QJsonValue &op : it.value().toObject()) {
            QStringList inPath;
            for (const QJsonValue &p : op.toObject().value("parameters"_L1).toArray()) {
                const QJsonObject param = p.toObject();
                if (param.value("in"_L1).toString() == u"path") {
                    QVERIFY(param.value("required"_L1).toBool());
                    inPath << param.value("name"_L1).toString();
                }
            }
            inPath.sort();
            QCOMPARE(inPath, placeholders);
        }
    }
    const QByteArray text = QJsonDocument(doc).toJson();
    QVERIFY(!text.contains(m_unlimitedKey.toUtf8()));
    QVERIFY(text.contains("Ocp-Apim-Subscription-Key"));
}

void TestInteropExport::exportedOpenApiPassesSwaggerParser()
{
    const QString file = m_dir.filePath(u"azureml-demo.openapi.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(openApiDocument(*m_workspace.api(u"azureml-demo"_s), m_sandbox.gatewayUrl().toString()))
                  .toJson());
    out.close();
    const QString parser = QString::fromUtf8(PORTICO_NPM_TOOLS) + u"/node_modules/@apidevtools/swagger-parser"_s;
    QVERIFY2(QFile::exists(parser), "run cmake/install-deps.sh: it installs the validator into .npm-tools/");
    QProcess node;
    node.start(u"node"_s,
               {u"-e"_s,
                u"require(process.argv[1]).validate(process.argv[2]).then("
                u"() => process.exit(0), e => { console.error(e.message); process.exit(1); })"_s,
                parser, file});
    QVERIFY(node.waitForFinished(60'000));
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
}

QTEST_GUILESS_MAIN(TestInteropExport)
#include "tst_interopexport.moc"
