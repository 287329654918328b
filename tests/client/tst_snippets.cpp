// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The sample code the Code tab shows runs: every language's program for RRS Execute scores
// the seed row on the real sandbox with its keys read from the environment, answers exactly
// what the console's own engine got for Turkish and CJK bodies, quoted header values and a
// wrong key, sends the very bytes the console sends (and that httpsnippet's programs send
// for the same HAR), and never carries a key.

#include "client/catalog/requestbuilder.h"
#include "client/catalog/sampleworkspace.h"
#include "client/http/httpengine.h"
#include "client/interop/snippets.h"
#include "sandbox/sandbox.h"

#include "../common/snippetrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace portico;
using namespace portico::client;
using portico::test::RequestRecorder;
using portico::test::SnippetRun;

class TestSnippets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyLanguageScoresTheSeedRow_data();
    void everyLanguageScoresTheSeedRow();
    void everyLanguageAnswersAsTheConsoleDid_data();
    void everyLanguageAnswersAsTheConsoleDid();
    void everyLanguageSendsTheConsolesBytes_data();
    void everyLanguageSendsTheConsolesBytes();
    void shapesMatchHttpsnippetForTheSameHar();
    void noSnippetCarriesASandboxKey();
    void powerShellIsWrittenButNotRun();

private:
    struct Case
    {
        SavedRequest values;
        Environment environment;
        SnippetOptions options;
        QHash<QString, QString> secrets; // name -> value given to the program and the console
    };
    Case seedCase() const;
    Case namedCase(const QString &name) const;
    Exchange consoleSends(const Case &c);
    QList<SnippetRun> runEveryLanguage(const Case &c);
    QString generate(const Case &c, SnippetLanguage language);

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    Workspace m_workspace;
    QString m_unlimitedKey;
    QStringList m_allKeys;
    HttpEngine *m_engine = nullptr;
    RequestRecorder m_recorder;
    QStringList m_generated; // every snippet any test wrote, for the key scan
    int m_runs = 0;
};

namespace {

const QString kTurkishCjkBody =
    u"{\"Inputs\": {\"input1\": {\"ColumnNames\": [\"Col2\"],\n  \"Values\": [[\"İstanbul'da ılık ŞUBAT günü: "
    "\\\"çok\\\" güzel \\\\ 東京の天気は晴れ 😀\"]]}},\r\n\t\"GlobalParameters\": {}}"_s;
const QString kQuotedHeader = u"say \"hi\", it's 'fine' \\ $HOME `x` %s {{}}"_s;

QStringList scores(const QByteArray &body)
{
    const QJsonArray row = QJsonDocument::fromJson(body)
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
    QStringList out;
    for (qsizetype i = 1; i < row.size(); ++i)
        out << row.at(i).toString();
    return out;
}

QString describe(const SnippetRun &run)
{
    return run.label + u" exit "_s + QString::number(run.exitCode) + u"\n--- code ---\n"_s + run.code +
        u"--- stderr ---\n"_s + QString::fromUtf8(run.err) + u"--- stdout ---\n"_s +
        QString::fromUtf8(run.out.left(2000));
}

} // namespace

// QTest shortens long messages: the whole program and its output go to the log first.
#define VERIFY_RUN(condition, run, extra)                                                                              \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            qWarning("%s%s", qPrintable(describe(run)), qPrintable(QString(extra)));                                   \
        QVERIFY2(condition, qPrintable((run).label));                                                                  \
    } while (false)

void TestSnippets::initTestCase()
{
    const QStringList missing = test::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(u"run cmake/install-deps.sh; missing: "_s + missing.join(u", "_s)));
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    const QJsonObject credentials = QJsonDocument::fromJson(m_sandbox.credentialsJson()).object();
    for (const QJsonValue &sub : credentials.value("subscriptions"_L1).toArray()) {
        const QJsonObject s = sub.toObject();
        if (s.value("product"_L1).toString() == u"Unlimited")
            m_unlimitedKey = s.value("primaryKey"_L1).toString();
        m_allKeys << s.value("primaryKey"_L1).toString() << s.value("secondaryKey"_L1).toString();
    }
    m_allKeys << m_sandbox.credentials().apiKey << m_sandbox.credentials().adminKey;
    m_allKeys.removeAll(QString());
    QVERIFY(!m_unlimitedKey.isEmpty());
    QVERIFY(m_allKeys.size() >= 4);
    m_workspace = sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(), m_sandbox.credentials().workspace,
                                   m_sandbox.credentials().service});
    m_engine = new HttpEngine(nullptr, this);
    m_engine->setProxy(QNetworkProxy::NoProxy);
    QVERIFY(m_recorder.listen());
}

TestSnippets::Case TestSnippets::seedCase() const
{
    Case c;
    c.values = *m_workspace.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    c.environment = *m_workspace.environment(kSandboxUnlimitedEnvironment);
    c.secrets = {{kSandboxUnlimitedKeySecret, m_unlimitedKey}, {kSandboxApiKeySecret, m_sandbox.credentials().apiKey}};
    return c;
}

TestSnippets::Case TestSnippets::namedCase(const QString &name) const
{
    Case c = seedCase();
    if (name == u"variables at the top") {
        c.options.inlineVariables = false;
    } else if (name == u"Turkish and CJK body") {
        c.values.body = kTurkishCjkBody;
    } else if (name == u"header value with quotes") {
        c.values.headers.append({u"X-Note"_s, kQuotedHeader});
        c.options.inlineVariables = false;
    } else if (name == u"wrong key") {
        c.secrets.insert(kSandboxUnlimitedKeySecret, u"0123456789abcdef0123456789abcdef"_s);
    } else if (name == u"body from a file") {
        const QString file = m_dir.filePath(u"body.json"_s);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(kTurkishCjkBody.toUtf8());
        c.options.bodyFile = file;
    } else if (name == u"Turkish header value") {
        c.values.headers.append({u"X-City"_s, u"İzmir, Çeşme — 東京"_s});
    }
    return c;
}

QString TestSnippets::generate(const Case &c, SnippetLanguage language)
{
    const Api *api = m_workspace.api(c.values.apiId);
    const QString code =
        generateSnippet(*api, *api->operation(c.values.operationId), c.values, c.environment, language, c.options);
    m_generated << code;
    return code;
}

Exchange TestSnippets::consoleSends(const Case &c)
{
    const Api *api = m_workspace.api(c.values.apiId);
    BuiltRequest built = RequestBuilder::prepare(*api, *api->operation(c.values.operationId), c.values, c.environment);
    RequestBuilder::applySecrets(&built, c.secrets);
    if (!c.options.bodyFile.isEmpty()) {
        built.spec.body.clear();
        built.spec.bodyFile = c.options.bodyFile;
    }
    QSignalSpy finished(m_engine, &HttpEngine::finished);
    const quint64 id = m_engine->send(built.spec);
    Exchange out;
    (void)QTest::qWaitFor(
        [&] {
            for (const QList<QVariant> &args : std::as_const(finished)) {
                const Exchange e = args.first().value<Exchange>();
                if (e.id == id) {
                    out = e;
                    return true;
                }
            }
            return false;
        },
        30'000);
    return out;
}

QList<SnippetRun> TestSnippets::runEveryLanguage(const Case &c)
{
    QProcessEnvironment env = test::cleanEnvironment();
    for (auto it = c.secrets.cbegin(); it != c.secrets.cend(); ++it)
        env.insert(u"PORTICO_SECRET_"_s + QString(it.key()).replace(u'-', u'_'), it.value());
    QList<SnippetRun> runs;
    for (const SnippetLanguage language : test::runnableLanguages()) {
        SnippetRun run;
        run.label = snippetLanguageInfo(language).name;
        run.language = language;
        run.code = generate(c, language);
        run.environment = env;
        runs << run;
    }
    test::runSnippets(&runs, m_dir.filePath(u"runs%1"_s.arg(m_runs++)));
    return runs;
}

void TestSnippets::everyLanguageScoresTheSeedRow_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("variables written in") << u"seed"_s;
    QTest::newRow("variables at the top") << u"variables at the top"_s;
}

void TestSnippets::everyLanguageScoresTheSeedRow()
{
    QFETCH(QString, name);
    const Case c = namedCase(name);
    const QString python = generate(c, SnippetLanguage::PythonRequests);
    if (!c.options.inlineVariables) {
        QVERIFY2(python.contains(u"workspace = \""_s + m_sandbox.credentials().workspace + u'"'), qPrintable(python));
        QVERIFY2(python.contains(u"\"/workspaces/\" + workspace + \"/services/\" + service"_s), qPrintable(python));
    } else {
        QVERIFY2(python.contains(m_sandbox.credentials().workspace), qPrintable(python));
    }
    const QList<SnippetRun> runs = runEveryLanguage(c);
    for (const SnippetRun &run : runs) {
        VERIFY_RUN(run.exitCode == 0 && run.status == 200, run, QString());
        VERIFY_RUN(scores(run.out).join(u' ') == u"1 1 2 2 0 2 0 1"_s, run, QString());
    }
}

void TestSnippets::everyLanguageAnswersAsTheConsoleDid_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::newRow("Turkish and CJK body") << u"Turkish and CJK body"_s << 200;
    QTest::newRow("header value with quotes") << u"header value with quotes"_s << 200;
    QTest::newRow("wrong key") << u"wrong key"_s << 401;
    QTest::newRow("body from a file") << u"body from a file"_s << 200;
}

void TestSnippets::everyLanguageAnswersAsTheConsoleDid()
{
    QFETCH(QString, name);
    QFETCH(int, status);
    const Case c = namedCase(name);
    const Exchange console = consoleSends(c);
    QCOMPARE(console.status, status);
    QVERIFY(!console.body.isEmpty());
    if (status == 200) // the text went through whole: the service echoes it in the scored row
        QVERIFY2(console.body.contains(u"東京の天気は晴れ 😀"_s.toUtf8()) || !name.contains(u"body"_s),
                 console.body.constData());
    const QList<SnippetRun> runs = runEveryLanguage(c);
    for (const SnippetRun &run : runs) {
        VERIFY_RUN(run.status == status, run, QString());
        VERIFY_RUN(run.out == console.body, run, u"\n--- console ---\n"_s + QString::fromUtf8(console.body));
    }
}

void TestSnippets::everyLanguageSendsTheConsolesBytes_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Turkish and CJK body") << u"Turkish and CJK body"_s;
    QTest::newRow("header value with quotes") << u"header value with quotes"_s;
    QTest::newRow("Turkish header value") << u"Turkish header value"_s;
}

void TestSnippets::everyLanguageSendsTheConsolesBytes()
{
    QFETCH(QString, name);
    Case c = namedCase(name);
    // The same request, sent to the recorder instead of the gateway.
    const QString base = c.environment.value(u"baseUrl"_s);
    for (auto &[variable, value] : c.environment.variables) {
        if (variable == u"baseUrl")
            value = m_recorder.url() + u"/azureml-demo"_s;
    }
    QVERIFY(c.environment.value(u"baseUrl"_s) != base);
    const RequestRecorder::Request sent = RequestRecorder::parse(consoleSends(c).body);
    QVERIFY(sent.valid);
    QList<SnippetRun> runs = runEveryLanguage(c);
    if (name == u"Turkish header value") {
        // HttpClient on Mono sends header values in ASCII only; its sample says so instead.
        qInfo("C# (HttpClient on Mono) is not run with a non-ASCII header value: it refuses to send one.");
        const auto cs = std::find_if(runs.begin(), runs.end(), [](const SnippetRun &r) {
            return r.language == SnippetLanguage::CSharpHttpClient;
        });
        QVERIFY(cs != runs.end());
        QVERIFY2(cs->code.contains(u"refuse header values outside ASCII"_s), qPrintable(cs->code));
        QVERIFY(cs->err.contains("ASCII"));
        runs.erase(cs);
    }
    for (const SnippetRun &run : std::as_const(runs)) {
        const RequestRecorder::Request got = RequestRecorder::parse(run.out);
        VERIFY_RUN(got.valid && run.status == 200, run, QString());
        VERIFY_RUN(got.method == sent.method, run, QString());
        VERIFY_RUN(got.target == sent.target, run, QString::fromUtf8(sent.target));
        for (const auto &[header, value] : c.values.headers) {
            const QByteArray want = sent.header(header.toLatin1());
            VERIFY_RUN(got.header(header.toLatin1()) == want, run,
                       u"\nheader "_s + header + u": want "_s + QString::fromUtf8(want));
        }
        VERIFY_RUN(got.body == sent.body, run, u"\n--- console sent ---\n"_s + QString::fromUtf8(sent.body));
    }
}

void TestSnippets::shapesMatchHttpsnippetForTheSameHar()
{
    const QString module = QString::fromUtf8(PORTICO_NPM_TOOLS) + u"/httpsnippet/node_modules/httpsnippet"_s;
    QVERIFY2(QFile::exists(module), "run cmake/install-deps.sh: it installs httpsnippet into .npm-tools/httpsnippet");
    Case c = namedCase(u"header value with quotes"_s);
    c.values.body = kTurkishCjkBody;
    // Stand-ins for the keys: the HAR, and so httpsnippet's program, holds the values.
    c.secrets = {{kSandboxUnlimitedKeySecret, u"unlimited-stand-in"_s}, {kSandboxApiKeySecret, u"api-stand-in"_s}};
    for (auto &[variable, value] : c.environment.variables) {
        if (variable == u"baseUrl")
            value = m_recorder.url() + u"/azureml-demo"_s;
    }
    const Api *api = m_workspace.api(c.values.apiId);
    BuiltRequest built = RequestBuilder::prepare(*api, *api->operation(c.values.operationId), c.values, c.environment);
    RequestBuilder::applySecrets(&built, c.secrets);
    QJsonArray headers;
    QString mimeType;
    for (const auto &[name, value] : std::as_const(built.spec.headers)) {
        headers.append(QJsonObject{{"name"_L1, QString::fromLatin1(name)}, {"value"_L1, QString::fromUtf8(value)}});
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            mimeType = QString::fromUtf8(value);
    }
    const QJsonObject har{
        {"method"_L1, QString::fromLatin1(built.spec.method)},
        {"url"_L1, QString::fromUtf8(built.spec.url.toEncoded())},
        {"httpVersion"_L1, u"HTTP/1.1"_s},
        {"headers"_L1, headers},
        {"queryString"_L1, QJsonArray()},
        {"cookies"_L1, QJsonArray()},
        {"headersSize"_L1, -1},
        {"bodySize"_L1, -1},
        {"postData"_L1, QJsonObject{{"mimeType"_L1, mimeType}, {"text"_L1, QString::fromUtf8(built.spec.body)}}}};
    QFile harFile(m_dir.filePath(u"request.har.json"_s));
    QVERIFY(harFile.open(QIODevice::WriteOnly));
    harFile.write(QJsonDocument(har).toJson());
    harFile.close();
    QProcess node;
    node.start(u"node"_s,
               {u"-e"_s,
                u"const { HTTPSnippet } = require(process.argv[1]);"
                "const har = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));"
                "process.stdout.write(new HTTPSnippet(har).convert('shell', 'curl'));"_s,
                module, harFile.fileName()});
    QVERIFY(node.waitForFinished(30'000));
    const QString theirs = QString::fromUtf8(node.readAllStandardOutput());
    QVERIFY2(node.exitCode() == 0 && theirs.startsWith(u"curl"_s), node.readAllStandardError().constData());

    const RequestRecorder::Request sent = RequestRecorder::parse(consoleSends(c).body);
    QVERIFY(sent.valid);
    QList<SnippetRun> runs = runEveryLanguage(c);
    SnippetRun reference;
    reference.label = u"httpsnippet (shell curl)"_s;
    reference.code = theirs + u'\n';
    reference.environment = test::cleanEnvironment();
    QList<SnippetRun> one{reference};
    test::runSnippets(&one, m_dir.filePath(u"httpsnippet"_s));
    runs.prepend(one.first());
    for (const SnippetRun &run : std::as_const(runs)) {
        const RequestRecorder::Request got = RequestRecorder::parse(run.out);
        VERIFY_RUN(got.valid && got.method == sent.method && got.target == sent.target, run, QString());
        for (const auto &[name, value] : std::as_const(built.spec.headers))
            VERIFY_RUN(got.header(name) == sent.header(name), run, QString::fromLatin1(name));
        VERIFY_RUN(got.body == sent.body, run, QString());
    }
    // httpsnippet's other targets write JSON bodies as objects and re-serialise them, so
    // their bytes differ from what was typed; only its curl carries the body as it is.
    qInfo("httpsnippet's curl and %d Portico samples sent the same method, URL, headers and body bytes.",
          int(runs.size() - 1));
}

void TestSnippets::noSnippetCarriesASandboxKey()
{
    // Every language, every case, on top of what the other tests generated and ran.
    for (const QString &name : {u"seed"_s, u"variables at the top"_s, u"Turkish and CJK body"_s,
                                u"header value with quotes"_s, u"wrong key"_s, u"body from a file"_s}) {
        for (const SnippetLanguageInfo &info : snippetLanguages())
            generate(namedCase(name), info.language);
    }
    QVERIFY(m_generated.size() > 40);
    for (const QString &code : std::as_const(m_generated)) {
        QVERIFY2(code.contains(u"PORTICO_SECRET_sandbox_api_key"_s), qPrintable(code));
        for (const QString &key : std::as_const(m_allKeys))
            QVERIFY2(!code.contains(key), qPrintable(code));
    }
}

void TestSnippets::powerShellIsWrittenButNotRun()
{
    // No Debian 12 package provides pwsh (Microsoft ships it from its own repository only), so
    // the PowerShell sample is written and checked for its shape here, not run.
    qInfo("PowerShell: generated, not run: no Debian 12 package provides pwsh.");
    const QString code = generate(namedCase(u"header value with quotes"_s), SnippetLanguage::PowerShell);
    QVERIFY2(code.contains(u"Invoke-RestMethod -Method 'POST' -Uri $url"_s), qPrintable(code));
    QVERIFY2(code.contains(u"'X-Note' = 'say \"hi\", it''s ''fine'' \\ $HOME `x` %s {{}}'"_s), qPrintable(code));
    QVERIFY2(code.contains(u"$env:PORTICO_SECRET_sandbox_unlimited_key"_s), qPrintable(code));
}

QTEST_MAIN(TestSnippets)
#include "tst_snippets.moc"
