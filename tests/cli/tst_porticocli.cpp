// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The real portico-cli binary against the real sandbox and the real keychain: a send scores
// the seed row through the sandbox it starts itself or with keys from the keychain or from
// PORTICO_SECRET_<NAME>; a wrong key, unknown names, a missing variable or key each end with
// their exit code and one line; run writes JUnit XML; exports validate in swagger-parser and
// run in newman; no key is ever printed.

#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace portico;
using namespace portico::client;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString unlimitedKeyOf(const sandbox::Sandbox &s)
{
    for (const QJsonValue &sub : QJsonDocument::fromJson(s.credentialsJson()).object()["subscriptions"_L1].toArray()) {
        if (sub["product"_L1].toString() == u"Unlimited")
            return sub["primaryKey"_L1].toString();
    }
    return {};
}

QStringList keysOf(const sandbox::Sandbox &s)
{
    QStringList keys{s.credentials().apiKey, s.credentials().adminKey};
    for (const QJsonValue &sub : QJsonDocument::fromJson(s.credentialsJson()).object()["subscriptions"_L1].toArray())
        keys << sub["primaryKey"_L1].toString() << sub["secondaryKey"_L1].toString();
    keys.removeAll(QString());
    return keys;
}

// The scored row of an RRS answer printed by send: status, headers, a blank line, the body.
QString scoredRow(const QString &out)
{
    const qsizetype blank = out.indexOf(u"\n\n"_s);
    const QJsonArray row = QJsonDocument::fromJson(out.mid(blank + 2).toUtf8())
                               .object()["Results"_L1]["output1"_L1]["value"_L1]["Values"_L1]
                               .toArray()
                               .at(0)
                               .toArray();
    QStringList scores;
    for (qsizetype i = 1; i < row.size(); ++i)
        scores << row.at(i).toString();
    return scores.join(u' ');
}

} // namespace

class TestPorticoCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sendStartsTheEmbeddedSandboxAndScoresTheSeedRow();
    void sendWithKeysFromTheKeychainScoresTheSeedRow();
    void wrongKeyIsA401WithExitCode1();
    void unknownNamesHaveTheirCodeAndOneLine_data();
    void unknownNamesHaveTheirCodeAndOneLine();
    void missingVariableIsExitCode7();
    void keyNowhereIsExitCode8AndNamesTheVariable();
    void environmentVariablesStandInForAMissingKeychain();
    void runAllWritesJUnitWithATestcasePerSavedRequest();
    void exportsValidateInSwaggerParserAndRunInNewman();
    void importOfAnExportReportsAndMergesIntoTheWorkspace();
    void importFromTheSandboxsSwaggerUrl();
    void importOfAMalformedOrMissingFileHasItsCode();
    void snippetPrintsPythonThatScoresTheSeedRowWithTheKeyFromTheEnvironment();
    void snippetOfAnUnknownLanguageListsTheLanguages();
    void helpListsExitCodesAndSecretVariables();
    void messagesAreTurkishInATurkishLocale();

private:
    Run cli(const QStringList &arguments, const QHash<QString, QString> &extra = {}, bool withKeychain = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_LOGGING_RULES"_s); // the program's own quiet default
        for (const QString &key : env.keys()) {
            if (key.startsWith(u"PORTICO_SECRET_"_s) || key.startsWith(u"http"_s, Qt::CaseInsensitive))
                env.remove(key);
        }
        if (!withKeychain)
            env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        // English messages unless a test asks for another language.
        for (const QString &name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s})
            env.remove(name);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PORTICO_BINARY_DIR "/app/portico-cli/portico-cli"), arguments);
        Run r;
        // The test's own sandbox answers on this thread meanwhile.
        if (!p.waitForStarted() || !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60'000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        for (const QString &key : std::as_const(m_allKeys)) {
            if (r.out.contains(key) || r.err.contains(key))
                m_leaked = true;
        }
        return r;
    }
    int tool(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, arguments);
        if (!p.waitForStarted() || !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120'000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s", p.readAll().constData());
        return p.exitCode();
    }
    QString keychainDir() const { return m_root.filePath(u"keychain"_s); }
    QHash<QString, QString> keysInEnvironment() const
    {
        return {{u"PORTICO_SECRET_sandbox_unlimited_key"_s, m_unlimitedKey},
                {u"PORTICO_SECRET_sandbox_api_key"_s, m_sandbox.credentials().apiKey}};
    }

    QTemporaryDir m_root;
    sandbox::Sandbox m_sandbox; // the keychain profile's gateway, in this process
    QString m_unlimitedKey;
    QStringList m_allKeys;
    bool m_leaked = false;
};

void TestPorticoCli::initTestCase()
{
    QVERIFY(m_root.isValid());
    // The embedded profile's sandbox made once here, so its keys are known to look for.
    {
        auto first = std::make_unique<sandbox::Sandbox>();
        sandbox::SandboxOptions options;
        options.dataDir = DataPaths(m_root.filePath(u"embedded"_s)).sandboxDir();
        QString error;
        QVERIFY2(first->start(options, &error), qPrintable(error));
        m_allKeys << keysOf(*first);
        first->stop();
    }
    sandbox::SandboxOptions options;
    options.dataDir = m_root.filePath(u"own-sandbox"_s);
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_unlimitedKey = unlimitedKeyOf(m_sandbox);
    m_allKeys << keysOf(m_sandbox);

    // A workspace whose environment is not the sample's: portico-cli talks to this sandbox.
    Workspace ws = sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(), m_sandbox.credentials().workspace,
                                    m_sandbox.credentials().service});
    Environment gateway = *ws.environment(kSandboxUnlimitedEnvironment);
    gateway.name = u"Test gateway"_s;
    ws.environments = {gateway};
    ws.activeEnvironment = gateway.name;
    SavedRequest status;
    status.apiId = u"azureml-demo"_s;
    status.operationId = u"bes-status"_s;
    status.parameters = {{u"workspace"_s, u"{{workspace}}"_s},
                         {u"service"_s, u"{{service}}"_s},
                         {u"jobid"_s, u"0123456789abcdef"_s},
                         {u"apiversion"_s, u"2.0"_s}};
    status.headers = ws.savedRequests.constFirst().headers;
    ws.setSavedRequest(status);
    for (const QString &dir : {keychainDir(), m_root.filePath(u"envonly"_s)})
        QVERIFY2(ws.save(DataPaths(dir).workspaceFile(), &error), qPrintable(error));

    SecretStore store(DataPaths(keychainDir()).secretProfile());
    int answered = 0;
    bool ok = true;
    for (const auto &[name, value] : {std::pair{kSandboxUnlimitedKeySecret, m_unlimitedKey},
                                      std::pair{kSandboxApiKeySecret, m_sandbox.credentials().apiKey}}) {
        store.write(name, value, [&](const SecretStore::Result &r) {
            ++answered;
            ok = ok && r.ok();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 20'000);
    QVERIFY2(ok, "the keychain refused the test's keys");
}

void TestPorticoCli::sendStartsTheEmbeddedSandboxAndScoresTheSeedRow()
{
    const Run r =
        cli({u"send"_s, u"azureml-demo"_s, u"rrs-execute"_s, u"--data-dir"_s, m_root.filePath(u"embedded"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(u"HTTP 200 OK\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Content-Type: application/json"_s, Qt::CaseInsensitive), qPrintable(r.out));
    QCOMPARE(scoredRow(r.out), u"1 1 2 2 0 2 0 1"_s);
    QCOMPARE(r.err, QString());
    QVERIFY(!m_leaked);
}

void TestPorticoCli::sendWithKeysFromTheKeychainScoresTheSeedRow()
{
    const Run r = cli({u"send"_s, u"AzureML Demo API"_s, u"RRS Execute"_s, u"--data-dir"_s, keychainDir()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scoredRow(r.out), u"1 1 2 2 0 2 0 1"_s);
    QVERIFY(!m_leaked);
}

void TestPorticoCli::wrongKeyIsA401WithExitCode1()
{
    const Run r = cli({u"send"_s, u"azureml-demo"_s, u"rrs-execute"_s, u"--data-dir"_s, keychainDir()},
                      {{u"PORTICO_SECRET_sandbox_unlimited_key"_s, u"not-the-key"_s}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(u"HTTP 401"_s), qPrintable(r.out));
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.startsWith(u"portico-cli: HTTP 401"_s), qPrintable(r.err));
    QVERIFY(!m_leaked);
}

void TestPorticoCli::unknownNamesHaveTheirCodeAndOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named");
    QTest::newRow("api") << QStringList{u"send"_s, u"no-such-api"_s, u"rrs-execute"_s} << 4 << u"no-such-api"_s;
    QTest::newRow("operation") << QStringList{u"send"_s, u"azureml-demo"_s, u"no-such-op"_s} << 5 << u"no-such-op"_s;
    QTest::newRow("environment") << QStringList{u"send"_s, u"azureml-demo"_s, u"rrs-execute"_s, u"--env"_s,
                                                u"No such env"_s}
                                 << 6 << u"No such env"_s;
    QTest::newRow("run api") << QStringList{u"run"_s, u"no-such-api"_s} << 4 << u"no-such-api"_s;
    QTest::newRow("export api") << QStringList{u"export"_s, u"nope"_s, u"--format"_s, u"openapi"_s} << 4 << u"nope"_s;
    QTest::newRow("command") << QStringList{u"frobnicate"_s} << 2 << u"frobnicate"_s;
    QTest::newRow("format") << QStringList{u"export"_s, u"azureml-demo"_s, u"--format"_s, u"raml"_s} << 2
                            << u"--format"_s;
}

void TestPorticoCli::unknownNamesHaveTheirCodeAndOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    const Run r = cli(arguments + QStringList{u"--data-dir"_s, keychainDir()});
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.startsWith(u"portico-cli: "_s) && r.err.contains(named), qPrintable(r.err));
    QCOMPARE(r.out, QString());
}

void TestPorticoCli::missingVariableIsExitCode7()
{
    // BES Start has no saved request: its job id is a variable only the caller knows.
    Run r = cli({u"send"_s, u"azureml-demo"_s, u"bes-start"_s, u"--data-dir"_s, keychainDir()});
    QCOMPARE(r.exitCode, 7);
    QVERIFY2(r.err.contains(u"jobid"_s) && r.err.count(u'\n') == 1, qPrintable(r.err));
    // Given with --set, the request goes out and the service answers for the unknown job.
    r = cli({u"send"_s, u"azureml-demo"_s, u"bes-start"_s, u"--set"_s, u"jobid=feedface"_s, u"--data-dir"_s,
             keychainDir()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith(u"HTTP 404"_s), qPrintable(r.out));
}

void TestPorticoCli::keyNowhereIsExitCode8AndNamesTheVariable()
{
    const Run r = cli({u"send"_s, u"azureml-demo"_s, u"rrs-execute"_s, u"--data-dir"_s, m_root.filePath(u"envonly"_s)});
    QCOMPARE(r.exitCode, 8);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"PORTICO_SECRET_sandbox_"_s), qPrintable(r.err));
}

void TestPorticoCli::environmentVariablesStandInForAMissingKeychain()
{
    // No Secret Service at all, and no entries for this profile either.
    const Run r = cli({u"send"_s, u"azureml-demo"_s, u"rrs-execute"_s, u"--data-dir"_s, m_root.filePath(u"envonly"_s)},
                      keysInEnvironment(), false);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scoredRow(r.out), u"1 1 2 2 0 2 0 1"_s);
    QVERIFY(!m_leaked);
}

void TestPorticoCli::runAllWritesJUnitWithATestcasePerSavedRequest()
{
    const QString junit = m_root.filePath(u"report.xml"_s);
    const Run r = cli({u"run"_s, u"--all"_s, u"--junit"_s, junit, u"--data-dir"_s, keychainDir()});
    QCOMPARE(r.exitCode, 1); // the job id is unknown to the service
    QVERIFY2(r.out.contains(u"1 passed, 1 failed"_s), qPrintable(r.out));
    QFile file(junit);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QMap<QString, QString> cases; // name → failure text, "" when it passed
    QString current;
    int suites = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"testsuite") {
            ++suites;
            QCOMPARE(xml.attributes().value(u"tests"_s).toString(), u"2"_s);
            QCOMPARE(xml.attributes().value(u"failures"_s).toString(), u"1"_s);
        } else if (xml.name() == u"testcase") {
            QCOMPARE(xml.attributes().value(u"classname"_s).toString(), u"azureml-demo"_s);
            current = xml.attributes().value(u"name"_s).toString();
            cases.insert(current, QString());
        } else if (xml.name() == u"failure") {
            const QString message = xml.attributes().value(u"message"_s).toString();
            cases.insert(current, message + u' ' + xml.readElementText());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites, 1);
    QCOMPARE(cases.keys(), (QStringList{u"BES Status"_s, u"RRS Execute"_s}));
    QCOMPARE(cases.value(u"RRS Execute"_s), QString());
    QVERIFY2(cases.value(u"BES Status"_s).contains(u"HTTP 404"_s) &&
                 cases.value(u"BES Status"_s).contains(u"JobNotFound"_s),
             qPrintable(cases.value(u"BES Status"_s)));
    QVERIFY(!m_leaked);
}

void TestPorticoCli::exportsValidateInSwaggerParserAndRunInNewman()
{
    const QString tools = QStringLiteral(PORTICO_NPM_TOOLS);
    QVERIFY2(QFile::exists(tools + u"/newman/node_modules/.bin/newman"_s), "run cmake/install-deps.sh");
    const QString validate = u"require(process.argv[1]).validate(process.argv[2]).then(() => process.exit(0), "
                             u"e => { console.error(e.message); process.exit(1); })"_s;
    for (const auto &[format, name] :
         {std::pair{u"openapi"_s, u"api.json"_s}, std::pair{u"openapi-yaml"_s, u"api.yaml"_s},
          std::pair{u"postman"_s, u"api.postman.json"_s}}) {
        const QString file = m_root.filePath(name);
        const Run r =
            cli({u"export"_s, u"azureml-demo"_s, u"--format"_s, format, u"-o"_s, file, u"--data-dir"_s, keychainDir()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        for (const QString &key : std::as_const(m_allKeys))
            QVERIFY(!text.contains(key.toUtf8()));
        if (format == u"postman") {
            QCOMPARE(tool(tools + u"/newman/node_modules/.bin/newman"_s,
                          {u"run"_s, file, u"--folder"_s, u"RRS Execute"_s, u"--env-var"_s,
                           u"PORTICO_SECRET_sandbox_unlimited_key="_s + m_unlimitedKey, u"--env-var"_s,
                           u"PORTICO_SECRET_sandbox_api_key="_s + m_sandbox.credentials().apiKey}),
                     0);
        } else {
            QCOMPARE(tool(u"node"_s, {u"-e"_s, validate, tools + u"/node_modules/@apidevtools/swagger-parser"_s, file}),
                     0);
        }
    }
    // Unwritable output: its own code.
    const Run r = cli({u"export"_s, u"azureml-demo"_s, u"--format"_s, u"openapi"_s, u"-o"_s,
                       m_root.filePath(u"no/such/dir/api.json"_s), u"--data-dir"_s, keychainDir()});
    QCOMPARE(r.exitCode, 11);
    QCOMPARE(r.err.count(u'\n'), 1);
}

void TestPorticoCli::importOfAnExportReportsAndMergesIntoTheWorkspace()
{
    const QString spec = m_root.filePath(u"to-import.yaml"_s);
    QCOMPARE(cli({u"export"_s, u"azureml-demo"_s, u"--format"_s, u"openapi-yaml"_s, u"-o"_s, spec, u"--data-dir"_s,
                  keychainDir()})
                 .exitCode,
             0);
    const QString target = m_root.filePath(u"imported"_s);
    Run r = cli({u"import"_s, spec, u"--json"_s, u"--data-dir"_s, target});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report["operations"_L1].toInt(), 5);
    QCOMPARE(report["added"_L1].toArray().size(), 5);
    QString error;
    const std::optional<Workspace> ws = Workspace::load(DataPaths(target).workspaceFile(), &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->apis.size(), 1);
    QCOMPARE(ws->apis.constFirst().operations.size(), 5);
    // The same document again changes nothing.
    r = cli({u"import"_s, spec, u"--json"_s, u"--data-dir"_s, target});
    QCOMPARE(r.exitCode, 0);
    report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(report["added"_L1].toArray().isEmpty() && report["removed"_L1].toArray().isEmpty());
    QVERIFY(!m_leaked);
}

void TestPorticoCli::importFromTheSandboxsSwaggerUrl()
{
    const QString url = m_sandbox.serviceUrl().toString() + u"/workspaces/"_s + m_sandbox.credentials().workspace +
        u"/services/"_s + m_sandbox.credentials().service + u"/swagger.json"_s;
    const Run r = cli({u"import"_s, url, u"--json"_s, u"--data-dir"_s, m_root.filePath(u"from-url"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).object()["operations"_L1].toInt() >= 1, qPrintable(r.out));
}

void TestPorticoCli::importOfAMalformedOrMissingFileHasItsCode()
{
    const QString bad = m_root.filePath(u"bad.json"_s);
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"openapi\": \"3.0.3\",\n  \"info\": {\n");
    f.close();
    const QString target = m_root.filePath(u"untouched"_s);
    Run r = cli({u"import"_s, bad, u"--data-dir"_s, target});
    QCOMPARE(r.exitCode, 12);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(u"line"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(DataPaths(target).workspaceFile()));
    r = cli({u"import"_s, m_root.filePath(u"no-such-file.yaml"_s), u"--data-dir"_s, target});
    QCOMPARE(r.exitCode, 11);
    QCOMPARE(r.err.count(u'\n'), 1);
}

void TestPorticoCli::snippetPrintsPythonThatScoresTheSeedRowWithTheKeyFromTheEnvironment()
{
    const Run r = cli({u"snippet"_s, u"AzureML Demo API"_s, u"RRS Execute"_s, u"--lang"_s, u"python-urllib"_s,
                       u"--data-dir"_s, keychainDir()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!m_leaked); // the key it needs is named, never written
    QVERIFY2(r.out.contains(u"PORTICO_SECRET_sandbox_api_key"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(m_sandbox.gatewayUrl().toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)),
             qPrintable(r.out));

    // The printed program runs as it is, against the workspace's gateway, with the key set.
    const QString script = m_root.filePath(u"rrs-execute.py"_s);
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(r.out.toUtf8());
    f.close();
    QProcess python;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QHash<QString, QString> keys = keysInEnvironment();
    for (auto it = keys.begin(); it != keys.end(); ++it)
        env.insert(it.key(), it.value());
    python.setProcessEnvironment(env);
    python.start(u"python3"_s, {script});
    // The test's own sandbox answers on this thread meanwhile.
    QVERIFY(python.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return python.state() == QProcess::NotRunning; }, 60'000));
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(python.exitCode() == 0, qPrintable(QString::fromUtf8(python.readAllStandardError())));
    QVERIFY2(out.contains(u"\"Values\""_s), qPrintable(out));
    QCOMPARE(scoredRow(u"\n\n"_s + out.mid(out.indexOf(u'{'))), u"1 1 2 2 0 2 0 1"_s);

    // Without the variable, the program stops and names it instead of sending without a key.
    python.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    python.start(u"python3"_s, {script});
    QVERIFY(python.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return python.state() == QProcess::NotRunning; }, 60'000));
    QVERIFY(python.exitCode() != 0);
    QVERIFY(QString::fromUtf8(python.readAllStandardError()).contains(u"PORTICO_SECRET_sandbox_api_key"_s));
}

void TestPorticoCli::snippetOfAnUnknownLanguageListsTheLanguages()
{
    const Run r = cli({u"snippet"_s, u"azureml-demo"_s, u"rrs-execute"_s, u"--lang"_s, u"cobol"_s, u"--data-dir"_s,
                       keychainDir()});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err.count(u'\n'), 1);
    for (const QString &id : {u"curl"_s, u"python-requests"_s, u"csharp"_s, u"r"_s})
        QVERIFY2(r.err.contains(id), qPrintable(r.err));
}

void TestPorticoCli::helpListsExitCodesAndSecretVariables()
{
    const Run r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString &text :
         {u"PORTICO_SECRET_"_s, u"send API OPERATION"_s, u"run [API | --all]"_s, u"openapi|openapi-yaml|postman"_s,
          u"import FILE|URL"_s, u"9 transport error"_s, u"12 the document to import"_s})
        QVERIFY2(r.out.contains(text), qPrintable(text));
}

void TestPorticoCli::messagesAreTurkishInATurkishLocale()
{
    const Run r =
        cli({u"send"_s, u"no-such-api"_s, u"x"_s, u"--data-dir"_s, keychainDir()}, {{u"LANG"_s, u"tr_TR.UTF-8"_s}});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"adlı API yok"_s), qPrintable(r.err));
    const Run help = cli({u"--help"_s}, {{u"LANG"_s, u"tr_TR.UTF-8"_s}});
    QVERIFY2(help.out.contains(u"Çıkış kodları:"_s), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestPorticoCli)
#include "tst_porticocli.moc"
