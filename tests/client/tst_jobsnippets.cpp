// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The whole-job samples run a batch job end to end on the sandbox's BES and its Azurite,
// through the gateway: the Python one (azure-storage-blob) and the C# one (Mono, no NuGet)
// upload the CSV, submit, start, poll printing the job's states and download the scored
// CSV, with every key and the connection string read from the environment.

#include "client/catalog/sampleworkspace.h"
#include "client/interop/snippets.h"
#include "client/jobs/besendpointresolver.h"
#include "sandbox/sandbox.h"

#include "../common/snippetrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace portico;
using namespace portico::client;
using portico::test::SnippetRun;

class TestJobSnippets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void wholeJobRunsInPythonAndCSharp();
    void onlyLanguagesWithAJobSampleOfferOne();

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    Workspace m_workspace;
    QString m_storage;
    QString m_unlimitedKey;
    QStringList m_keys;
};

void TestJobSnippets::initTestCase()
{
    const QStringList missing = test::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(u"run cmake/install-deps.sh; missing: "_s + missing.join(u", "_s)));
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storagePort = 0;
    options.azuriteProgram = QString::fromUtf8(PORTICO_AZURITE_BLOB);
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QSignalSpy ready(&m_sandbox, &sandbox::Sandbox::storageReady);
    QSignalSpy failed(&m_sandbox, &sandbox::Sandbox::storageFailed);
    m_sandbox.ensureStorage();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_storage = ready.first().first().toString();
    for (const QJsonValue &sub :
         QJsonDocument::fromJson(m_sandbox.credentialsJson()).object().value("subscriptions"_L1).toArray()) {
        if (sub.toObject().value("product"_L1).toString() == u"Unlimited")
            m_unlimitedKey = sub.toObject().value("primaryKey"_L1).toString();
        m_keys << sub.toObject().value("primaryKey"_L1).toString();
    }
    QVERIFY(!m_unlimitedKey.isEmpty());
    m_keys << m_sandbox.credentials().apiKey << m_sandbox.credentials().adminKey;
    // The account key inside the connection string is a secret as well.
    for (const QString &part : m_storage.split(u';')) {
        if (part.startsWith(u"AccountKey="_s))
            m_keys << part.mid(11);
    }
    QVERIFY(m_keys.size() >= 4);
    m_workspace = sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(), m_sandbox.credentials().workspace,
                                   m_sandbox.credentials().service});
}

void TestJobSnippets::wholeJobRunsInPythonAndCSharp()
{
    QProcessEnvironment env = test::cleanEnvironment();
    env.insert(u"PORTICO_SECRET_sandbox_unlimited_key"_s, m_unlimitedKey);
    env.insert(u"PORTICO_SECRET_sandbox_api_key"_s, m_sandbox.credentials().apiKey);
    env.insert(u"PORTICO_SECRET_sandbox_storage"_s, m_storage);
    QList<SnippetRun> runs;
    for (const SnippetLanguage language : {SnippetLanguage::PythonRequests, SnippetLanguage::CSharpHttpClient}) {
        JobSnippetOptions options;
        options.storageSecret = kSandboxStorageSecret;
        options.inputBlob = snippetLanguageInfo(language).id + u"-input.csv"_s;
        options.outputBlob = snippetLanguageInfo(language).id + u"-scored.csv"_s;
        QString error;
        SnippetRun run;
        run.language = language;
        run.label = snippetLanguageInfo(language).name;
        run.code =
            generateJobSnippet(m_workspace, u"azureml-demo"_s, kSandboxUnlimitedEnvironment, language, options, &error);
        QVERIFY2(!run.code.isEmpty(), qPrintable(error));
        for (const QString &key : std::as_const(m_keys))
            QVERIFY2(!run.code.contains(key), qPrintable(run.code));
        QVERIFY2(run.code.contains(u"PORTICO_SECRET_sandbox_storage"_s), qPrintable(run.code));
        run.environment = env;
        runs << run;
    }
    // Each program runs in a directory of its own, with the CSV beside it.
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QString dir = m_dir.filePath(u"jobs/run%1"_s.arg(i));
        QVERIFY(QDir().mkpath(dir));
        QFile csv(QDir(dir).filePath(u"input.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Col2\nThis is a good day\n\"İstanbul'da \"\"güzel\"\" bir gün, 東京\"\n");
    }
    test::runSnippets(&runs, m_dir.filePath(u"jobs"_s));
    static const QStringList states{u"NotStarted"_s, u"Running"_s, u"Failed"_s, u"Cancelled"_s, u"Finished"_s};
    for (const SnippetRun &run : std::as_const(runs)) {
        const QString printed = QString::fromUtf8(run.out);
        const QString log = run.label + u"\n"_s + run.code + u"\n--- stdout ---\n"_s + printed +
            u"\n--- stderr ---\n"_s + QString::fromUtf8(run.err);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(log));
        QCOMPARE(run.exitCode, 0);
        QStringList seen;
        for (const QString &line : printed.split(u'\n')) {
            if (line.startsWith(u"Status: "_s)) {
                QVERIFY2(states.contains(line.mid(8).trimmed()), qPrintable(line));
                seen << line.mid(8).trimmed();
            }
        }
        QVERIFY2(!seen.isEmpty() && seen.constLast() == u"Finished", qPrintable(log));
        QFile scored(QDir(run.workDir).filePath(snippetLanguageInfo(run.language).id + u"-scored.csv"_s));
        QVERIFY2(scored.open(QIODevice::ReadOnly), qPrintable(log));
        const QByteArray table = scored.readAll();
        QVERIFY2(table.contains("This is a good day,1,1,2,2,0,2,0,1"), table.constData());
        QVERIFY2(table.contains(u"東京"_s.toUtf8()), table.constData());
        qInfo("%s: job states printed: %s", qPrintable(run.label), qPrintable(seen.join(u' ')));
    }
}

void TestJobSnippets::onlyLanguagesWithAJobSampleOfferOne()
{
    QString error;
    QVERIFY(generateJobSnippet(m_workspace, u"azureml-demo"_s, kSandboxUnlimitedEnvironment, SnippetLanguage::RHttr, {},
                               &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(generateJobSnippet(m_workspace, u"no-such-api"_s, kSandboxUnlimitedEnvironment,
                               SnippetLanguage::PythonRequests, {}, &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
    const Api *api = m_workspace.api(u"azureml-demo"_s);
    QVERIFY(isJobOperation(*api, *api->operation(u"bes-status"_s)));
    QVERIFY(!isJobOperation(*api, *api->operation(u"rrs-execute"_s)));
}

QTEST_MAIN(TestJobSnippets)
#include "tst_jobsnippets.moc"
