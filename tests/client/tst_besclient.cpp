// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// BesClient and JobRunner against the real sandbox (its BES, directly and through its
// gateway, on its own Azurite) and against a batch service a test can steer, on the same
// storage: a 3-row CSV goes up, is scored and comes back hashed; status objects are read
// leniently; errors read well.
#include "client/catalog/sampleworkspace.h"
#include "client/http/httpengine.h"
#include "client/jobs/besclient.h"
#include "client/jobs/besendpointresolver.h"
#include "client/jobs/jobmonitor.h"
#include "client/jobs/jobrunner.h"
#include "client/secrets/secretstore.h"
#include "sandbox/hashing/featurehasher.h"
#include "sandbox/sandbox.h"

#include "../common/testbesservice.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico::client;
namespace client = portico::client;

class TestBesClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void statusAcceptsNamesAndNumbers_data();
    void statusAcceptsNamesAndNumbers();
    void statusToleratesMissingFields();
    void statusNeverKeepsTheSasSignature();
    void outputUrlHasNoDoubledSlash();
    void threeRowCsvScoredEndToEnd();
    void submitOnlyThenStartLater();
    void wrongKeyIsAnAuthorizationError();
    void missingKeychainEntrySaysWhichKey();
    void listsJobs();
    void cancelUploadStopsBeforeSubmitting();
    void realSandboxScoresThroughItsGateway_data();
    void realSandboxScoresThroughItsGateway();

private:
    bool writeSecret(const QString &name, const QString &value);
    BesClient::Reply wait(const std::function<quint64(BesClient::Callback)> &call);
    BesEndpoint endpoint(const QString &keySecret) const;

    TestBesService m_service;
    SecretStore *m_secrets = nullptr;
    HttpEngine m_engine;
    BesClient *m_client = nullptr;
    QTemporaryDir m_dir;
    QStringList m_written;
    portico::sandbox::Sandbox m_sandbox;
    QString m_storage; // the sandbox's Azurite, full connection string
};

bool TestBesClient::writeSecret(const QString &name, const QString &value)
{
    bool done = false, ok = false;
    m_secrets->write(name, value, this, [&](const SecretStore::Result &r) {
        ok = r.ok();
        done = true;
    });
    m_written.append(name);
    return QTest::qWaitFor([&] { return done; }, 20'000) && ok;
}

BesClient::Reply TestBesClient::wait(const std::function<quint64(BesClient::Callback)> &call)
{
    std::optional<BesClient::Reply> reply;
    call([&](const BesClient::Reply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, 20'000)) {
        BesClient::Reply timeout;
        timeout.error = u"test timeout"_s;
        return timeout;
    }
    return *reply;
}

BesEndpoint TestBesClient::endpoint(const QString &keySecret) const
{
    BesEndpoint e;
    e.jobsUrl = m_service.jobsUrl();
    e.headers = {{"Authorization", QString(u"Bearer {{secret:"_s + keySecret + u"}}"_s).toUtf8()}};
    return e;
}

void TestBesClient::initTestCase()
{
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storagePort = 0;
    options.azuriteProgram = QString::fromUtf8(PORTICO_AZURITE_BLOB);
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QSignalSpy ready(&m_sandbox, &portico::sandbox::Sandbox::storageReady);
    QSignalSpy failed(&m_sandbox, &portico::sandbox::Sandbox::storageFailed);
    m_sandbox.ensureStorage();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 60'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_storage = ready.first().first().toString();
    QString unlimited;
    for (const QJsonValue &sub :
         QJsonDocument::fromJson(m_sandbox.credentialsJson()).object().value("subscriptions"_L1).toArray()) {
        if (sub.toObject().value("product"_L1).toString() == u"Unlimited")
            unlimited = sub.toObject().value("primaryKey"_L1).toString();
    }
    QVERIFY(!unlimited.isEmpty());

    QVERIFY(m_service.listen());
    m_secrets = new SecretStore(u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), this);
    QVERIFY(writeSecret(u"bes-key"_s, m_service.apiKey));
    QVERIFY(writeSecret(u"wrong-key"_s, u"not-the-key-at-all"_s));
    QVERIFY(writeSecret(u"storage"_s, m_storage));
    QVERIFY(writeSecret(client::kSandboxApiKeySecret, m_sandbox.credentials().apiKey));
    QVERIFY(writeSecret(client::kSandboxUnlimitedKeySecret, unlimited));
    m_client = new BesClient(m_secrets, &m_engine, this);
}

void TestBesClient::cleanupTestCase()
{
    for (const QString &name : std::as_const(m_written)) {
        bool done = false;
        m_secrets->remove(name, this, [&](const SecretStore::Result &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20'000));
    }
}

void TestBesClient::statusAcceptsNamesAndNumbers_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("name") << QByteArray("\"Finished\"") << int(JobStatus::Finished);
    QTest::newRow("number") << QByteArray("1") << int(JobStatus::Running);
    QTest::newRow("number as text") << QByteArray("\"2\"") << int(JobStatus::Failed);
    QTest::newRow("lower case") << QByteArray("\"notstarted\"") << int(JobStatus::NotStarted);
    QTest::newRow("American spelling") << QByteArray("\"Canceled\"") << int(JobStatus::Cancelled);
}

void TestBesClient::statusAcceptsNamesAndNumbers()
{
    QFETCH(QByteArray, code);
    QFETCH(int, status);
    const auto state = JobState::fromJson("{\"StatusCode\":" + code + "}", nullptr);
    QVERIFY(state);
    QCOMPARE(int(state->status), status);
    QVERIFY(!JobState::fromJson("{\"StatusCode\":7}", nullptr));
    QString why;
    QVERIFY(!JobState::fromJson("not json", &why));
    QVERIFY(!why.isEmpty());
}

void TestBesClient::statusToleratesMissingFields()
{
    const auto state = JobState::fromJson(R"({"StatusCode":"Failed","Details":"InputParseError: row 2"})", nullptr);
    QVERIFY(state);
    QCOMPARE(state->status, JobStatus::Failed);
    QCOMPARE(state->details, u"InputParseError: row 2"_s);
    QCOMPARE(state->rowsDone, -1);
    QCOMPARE(state->rowsTotal, -1);
    QVERIFY(!state->startedAt.isValid());
    QVERIFY(state->outputs.isEmpty());

    const auto timed = JobState::fromJson(
        R"({"StatusCode":1,"StartTime":"2026-11-27T06:00:00Z","Progress":{"RowsDone":5,"RowsTotal":null}})", nullptr);
    QVERIFY(timed);
    QCOMPARE(timed->startedAt, QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC));
    QCOMPARE(timed->rowsDone, 5);
    QCOMPARE(timed->rowsTotal, -1);
}

void TestBesClient::statusNeverKeepsTheSasSignature()
{
    const QByteArray json =
        R"({"StatusCode":"Finished","Results":{"output1":{"ConnectionString":null,"RelativeLocation":"c/out.csv","BaseLocation":"http://127.0.0.1:1/devstoreaccount1/","SasBlobToken":"?sv=2020-10-02&sr=b&sig=SECRETSIGNATURE123&se=2030-01-01T00%3A00%3A00Z&sp=r"}},"Details":null})";
    const auto state = JobState::fromJson(json, nullptr);
    QVERIFY(state);
    QCOMPARE(state->outputs.size(), 1);
    // The token is usable in memory...
    QVERIFY(state->outputs.first().downloadUrl().toString().contains(u"sig=SECRETSIGNATURE123"_s));
    // ...but nothing kept or stored has it.
    QVERIFY(!state->json.contains("SECRETSIGNATURE123"));
    BatchJob job;
    job.id = u"j"_s;
    job.state = *state;
    const QByteArray stored = QJsonDocument(job.toJson()).toJson();
    QVERIFY(!stored.contains("SECRETSIGNATURE123"));
    QVERIFY(stored.contains("c/out.csv"));
}

void TestBesClient::outputUrlHasNoDoubledSlash()
{
    JobOutput out{u"output1"_s, u"http://h:1/devstoreaccount1/"_s, u"/c/out.csv"_s, u"?sv=1&sig=x"_s};
    QCOMPARE(out.url().toString(), u"http://h:1/devstoreaccount1/c/out.csv"_s);
    QCOMPARE(out.downloadUrl().toString(), u"http://h:1/devstoreaccount1/c/out.csv?sv=1&sig=x"_s);
    JobOutput bare{u"output1"_s, u"http://h:1/devstoreaccount1"_s, u"c/out.csv"_s, QString()};
    QCOMPARE(bare.url().toString(), u"http://h:1/devstoreaccount1/c/out.csv"_s);
}

void TestBesClient::threeRowCsvScoredEndToEnd()
{
    const QString input = m_dir.filePath(u"three.csv"_s);
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Col2\nThis is a good day\nhello world\n\"quoted, with comma\"\n");
    }
    JobRunner runner(m_client, m_secrets);
    QSignalSpy finished(&runner, &JobRunner::finished);
    QSignalSpy failed(&runner, &JobRunner::failed);
    QSignalSpy progress(&runner, &JobRunner::uploadProgress);
    JobRunner::Request request{
        input, u"storage"_s, u"jobs"_s, u"three.csv"_s, u"three-out.csv"_s, endpoint(u"bes-key"_s), true};
    runner.run(request);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 20'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QVERIFY(!progress.isEmpty());
    const BatchJob job = finished.first().first().value<BatchJob>();
    QVERIFY(!job.id.isEmpty());
    QCOMPARE(job.inputLocation, u"/jobs/three.csv"_s);
    // The service got the connection string; the job the console keeps did not.
    QCOMPARE(m_service.job(job.id)
                 .submitted.value("Inputs"_L1)
                 .toObject()
                 .value("input1"_L1)
                 .toObject()
                 .value("ConnectionString"_L1)
                 .toString(),
             m_storage);
    QVERIFY(!QJsonDocument(job.toJson()).toJson().contains("AccountKey"));

    BesClient::Reply status;
    QTRY_VERIFY_WITH_TIMEOUT((status = wait([&](auto cb) { return m_client->status(job.endpoint, job.id, cb); }),
                              status.state && status.state->status == JobStatus::Finished),
                             20'000);
    QCOMPARE(status.state->rowsTotal, 3);
    QCOMPARE(status.state->outputs.size(), 1);
    const QString local = m_dir.filePath(u"out/three-out.csv"_s);
    QSignalSpy downloadProgress(m_client, &BesClient::downloadProgress);
    const auto downloaded =
        wait([&](auto cb) { return m_client->download(status.state->outputs.first().downloadUrl(), local, cb); });
    QVERIFY2(downloaded.ok, qPrintable(downloaded.error));
    QFile out(local);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith("Col2,Col2 - Hashing feature 1,"));
    // What came back is what the service put there, rows in order; whether the hashing is
    // right is for the sandbox's own service (realSandboxScoresThroughItsGateway).
    QVERIFY(lines.at(1).startsWith("\"This is a good day\","));
    QVERIFY(lines.at(3).startsWith("\"quoted, with comma\","));
}

void TestBesClient::submitOnlyThenStartLater()
{
    const QString input = m_dir.filePath(u"one.csv"_s);
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Col2\nThis is a good day\n");
    }
    JobRunner runner(m_client, m_secrets);
    QSignalSpy finished(&runner, &JobRunner::finished);
    runner.run({input, u"storage"_s, u"jobs"_s, u"one.csv"_s, u"one-out.csv"_s, endpoint(u"bes-key"_s), false});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20'000);
    const BatchJob job = finished.first().first().value<BatchJob>();
    QCOMPARE(m_service.job(job.id).status, 0);
    auto status = wait([&](auto cb) { return m_client->status(job.endpoint, job.id, cb); });
    QCOMPARE(status.state->status, JobStatus::NotStarted);
    QVERIFY(wait([&](auto cb) { return m_client->start(job.endpoint, job.id, cb); }).ok);
    QTRY_VERIFY_WITH_TIMEOUT(m_service.job(job.id).status == 4, 20'000);
}

void TestBesClient::wrongKeyIsAnAuthorizationError()
{
    const auto reply = wait([&](auto cb) { return m_client->list(endpoint(u"wrong-key"_s), cb); });
    QVERIFY(!reply.ok);
    QCOMPARE(reply.httpStatus, 401);
    QVERIFY(reply.error.contains(u"Invalid credentials"_s));
    QVERIFY(!reply.error.contains(u"not-the-key"_s));
}

void TestBesClient::missingKeychainEntrySaysWhichKey()
{
    const int before = m_service.jobs.size();
    const auto reply = wait([&](auto cb) { return m_client->list(endpoint(u"no-such-key"_s), cb); });
    QVERIFY(!reply.ok);
    QVERIFY(reply.error.contains(u"no-such-key"_s));
    QCOMPARE(reply.httpStatus, 0);
    QCOMPARE(m_service.jobs.size(), before);
}

void TestBesClient::listsJobs()
{
    const auto reply = wait([&](auto cb) { return m_client->list(endpoint(u"bes-key"_s), cb); });
    QVERIFY2(reply.ok, qPrintable(reply.error));
    QCOMPARE(reply.jobs.size(), m_service.order.size());
    QCOMPARE(reply.jobs.first().id, m_service.order.first());
}

void TestBesClient::cancelUploadStopsBeforeSubmitting()
{
    const QString big = m_dir.filePath(u"big.csv"_s);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray row = "This is a good day and a long line to make the file large enough\n";
        f.write("Col2\n");
        for (int i = 0; i < 300'000; ++i)
            f.write(row);
    }
    const int before = m_service.jobs.size();
    JobRunner runner(m_client, m_secrets);
    QSignalSpy cancelled(&runner, &JobRunner::cancelled);
    QSignalSpy finished(&runner, &JobRunner::finished);
    runner.run({big, u"storage"_s, u"jobs"_s, u"big.csv"_s, u"big-out.csv"_s, endpoint(u"bes-key"_s), true});
    QTRY_VERIFY_WITH_TIMEOUT(runner.stage() == JobRunner::Stage::Uploading, 20'000);
    auto *blobs = runner.findChild<portico::client::storage::BlobClient *>();
    QVERIFY(blobs);
    QSignalSpy blobAnswers(blobs, &portico::client::storage::BlobClient::finished);
    runner.cancel();
    QCOMPARE(cancelled.size(), 1);
    QCOMPARE(runner.stage(), JobRunner::Stage::Cancelled);
    // No submit may follow a cancelled upload: once the upload's own (cancelled) answer
    // is in, the runner has had its chance to go on, and nothing went to the service.
    QTRY_VERIFY_WITH_TIMEOUT(!blobAnswers.isEmpty(), 20'000);
    QCOMPARE(blobAnswers.last().at(1).value<portico::client::storage::BlobClient::Result>().errorCode, u"Cancelled"_s);
    QCoreApplication::processEvents();
    QCOMPARE(m_client->pendingCount(), 0);
    QVERIFY(finished.isEmpty());
    QCOMPARE(runner.stage(), JobRunner::Stage::Cancelled);
    QCOMPARE(m_service.jobs.size(), before);
}

void TestBesClient::realSandboxScoresThroughItsGateway_data()
{
    QTest::addColumn<QString>("environment");
    QTest::newRow("the service directly") << client::kSandboxDirectEnvironment;
    QTest::newRow("through the gateway") << client::kSandboxUnlimitedEnvironment;
}

// The sandbox's own BES and Azurite, reached the way the console does: endpoints resolved
// from the sample workspace, keys from the keychain.
void TestBesClient::realSandboxScoresThroughItsGateway()
{
    QFETCH(QString, environment);
    client::SandboxEndpoints endpoints{m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(),
                                       m_sandbox.credentials().workspace, m_sandbox.credentials().service};
    const client::Workspace workspace = client::sampleWorkspace(endpoints);
    QString why;
    const BesEndpoint endpoint = BesEndpointResolver::resolve(workspace, u"azureml-demo"_s, environment, &why);
    QVERIFY2(endpoint.isValid(), qPrintable(why));
    // Keys stay references until a call is made.
    for (const auto &header : endpoint.headers)
        QVERIFY2(header.second.contains("{{secret:"), header.first.constData());

    const QString input = m_dir.filePath(u"sandbox-three.csv"_s);
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Col2\nThis is a good day\nhello world\nthe end\n");
    }
    JobRunner runner(m_client, m_secrets);
    QSignalSpy finished(&runner, &JobRunner::finished);
    QSignalSpy failed(&runner, &JobRunner::failed);
    const QString blob = u"three-%1.csv"_s.arg(QTest::currentDataTag() == QByteArray("through the gateway") ? 2 : 1);
    runner.run({input, u"storage"_s, u"jobs"_s, blob, u"scored-"_s + blob, endpoint, true});
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30'000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const BatchJob job = finished.first().first().value<BatchJob>();

    JobMonitor monitor(m_client, nullptr);
    QSignalSpy ended(&monitor, &JobMonitor::jobEnded);
    monitor.addJob(job);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 30'000);
    const BatchJob done = ended.first().first().value<BatchJob>();
    QVERIFY2(done.state.status == JobStatus::Finished, qPrintable(done.state.details));
    QVERIFY(done.state.createdAt.isValid());
    QVERIFY(done.state.endedAt.isValid());
    QCOMPARE(done.state.outputs.size(), 1);
    const QUrlQuery sas(done.state.outputs.first().downloadUrl());
    const QString signature = sas.queryItemValue(u"sig"_s, QUrl::FullyEncoded);
    QVERIFY(!signature.isEmpty());
    QVERIFY(!done.state.json.contains(signature.toUtf8()));
    QVERIFY(!done.state.json.contains(sas.queryItemValue(u"sig"_s, QUrl::FullyDecoded).toUtf8()));

    const QString local = m_dir.filePath(u"sandbox-out/"_s + blob);
    const auto downloaded =
        wait([&](auto cb) { return m_client->download(done.state.outputs.first().downloadUrl(), local, cb); });
    QVERIFY2(downloaded.ok, qPrintable(downloaded.error));
    QFile out(local);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    for (QByteArray &line : lines)
        line = line.trimmed(); // the service ends its lines with CRLF, as RFC 4180 has it
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("Col2,Col2 - Hashing feature 1,"), lines.at(0).constData());
    // The customer's row, as the AzureML module hashes it (its published answer)…
    QVERIFY2(lines.at(1).endsWith(",1,1,2,2,0,2,0,1"), lines.at(1).constData());
    QVERIFY2(lines.at(1).contains("This is a good day"), lines.at(1).constData());
    // …and every row as the sandbox's FeatureHasher counts it, with the defaults (3 bits, bigrams).
    const portico::hashing::FeatureHasher hasher(3, 2);
    const QList<QByteArray> texts{"This is a good day", "hello world", "the end"};
    for (qsizetype row = 0; row < texts.size(); ++row) {
        std::vector<quint32> counts(hasher.bucketCount(), 0);
        hasher.countInto(texts.at(row), counts.data());
        QByteArray expected;
        for (const quint32 c : counts)
            expected += ',' + QByteArray::number(c);
        QVERIFY2(lines.at(row + 1).endsWith(expected), lines.at(row + 1).constData());
        QVERIFY2(lines.at(row + 1).contains(texts.at(row)), lines.at(row + 1).constData());
    }

    // Starting it again is refused, in the service's own words.
    const auto again = wait([&](auto cb) { return m_client->start(endpoint, job.id, cb); });
    QVERIFY(!again.ok);
    QCOMPARE(again.httpStatus, 400);
    QCOMPARE(again.errorCode, u"CannotStartJob"_s);
    QVERIFY2(again.error.contains(u"cannot be started because it is in Finished state"_s), qPrintable(again.error));
}

QTEST_GUILESS_MAIN(TestBesClient)
#include "tst_besclient.moc"
