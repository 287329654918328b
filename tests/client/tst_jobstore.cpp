// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// JobStore: jobs survive closing and reopening in their order, and the file never holds an
// account key or a SAS signature, whatever a service echoed back.
#include "client/jobs/jobstore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico::client;

namespace {

const QString kAccountKey =
    u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;

BatchJob sampleJob(const QString &id, JobStatus status)
{
    BatchJob job;
    job.id = id;
    job.endpoint.apiId = u"azureml-demo"_s;
    job.endpoint.environment = u"Sandbox service (direct)"_s;
    job.endpoint.jobsUrl = QUrl(u"http://127.0.0.1:5000/workspaces/w/services/s/jobs"_s);
    job.endpoint.headers = {{"Authorization", "Bearer {{secret:sandbox-api-key}}"}};
    job.inputFile = u"/home/me/in.csv"_s;
    job.storageSecret = u"sandbox-storage"_s;
    job.inputLocation = u"/jobs/in.csv"_s;
    job.outputLocation = u"/jobs/out.csv"_s;
    job.state.status = status;
    job.state.createdAt = QDateTime(QDate(2026, 11, 27), QTime(6, 0, 0, 125), Qt::UTC);
    job.state.startedAt = job.state.createdAt.addSecs(2);
    job.state.endedAt = job.state.createdAt.addSecs(9);
    job.state.rowsDone = 3;
    job.state.rowsTotal = 3;
    job.state.outputs = {JobOutput{u"output1"_s, u"http://127.0.0.1:10000/devstoreaccount1/"_s, u"jobs/out.csv"_s,
                                   u"?sv=2020-10-02&sr=b&sig=SIGNATUREVALUE42&sp=r"_s}};
    job.state.json = R"({"StatusCode":"Finished"})";
    job.submittedAt = job.state.createdAt;
    return job;
}

QByteArray allBytes(const QString &dir)
{
    QByteArray bytes;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobsSurviveReopeningInOrder();
    void replacingKeepsThePlace();
    void removedJobsStayRemoved();
    void fileHoldsNoKeyOrSignature();
    void refusesANewerSchema();
};

void TestJobStore::jobsSurviveReopeningInOrder()
{
    QTemporaryDir dir;
    const QString path = JobStore::defaultPath(dir.path());
    {
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.save({sampleJob(u"b"_s, JobStatus::Running), sampleJob(u"a"_s, JobStatus::Finished)}));
    }
    JobStore store(path);
    QVERIFY(store.open());
    const QList<BatchJob> jobs = store.jobs();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).id, u"b"_s);
    QCOMPARE(jobs.at(1).id, u"a"_s);
    const BatchJob expected = sampleJob(u"a"_s, JobStatus::Finished);
    const BatchJob &got = jobs.at(1);
    QCOMPARE(got.state.status, JobStatus::Finished);
    QCOMPARE(got.endpoint, expected.endpoint);
    QCOMPARE(got.inputFile, expected.inputFile);
    QCOMPARE(got.storageSecret, expected.storageSecret);
    QCOMPARE(got.outputLocation, expected.outputLocation);
    QCOMPARE(got.state.createdAt, expected.state.createdAt);
    QCOMPARE(got.state.endedAt, expected.state.endedAt);
    QCOMPARE(got.state.rowsDone, 3);
    QCOMPARE(got.state.outputs.size(), 1);
    QCOMPARE(got.state.outputs.first().url(), expected.state.outputs.first().url());
    QVERIFY(got.state.outputs.first().sasToken.isEmpty());
    QCOMPARE(got.elapsedMs(), 7000);
}

void TestJobStore::replacingKeepsThePlace()
{
    QTemporaryDir dir;
    JobStore store(JobStore::defaultPath(dir.path()));
    QVERIFY(store.open());
    QVERIFY(store.save({sampleJob(u"first"_s, JobStatus::Running), sampleJob(u"second"_s, JobStatus::Running)}));
    QVERIFY(store.save(sampleJob(u"first"_s, JobStatus::Failed)));
    const QList<BatchJob> jobs = store.jobs();
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(0).id, u"first"_s);
    QCOMPARE(jobs.at(0).state.status, JobStatus::Failed);
}

void TestJobStore::removedJobsStayRemoved()
{
    QTemporaryDir dir;
    const QString path = JobStore::defaultPath(dir.path());
    {
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.save({sampleJob(u"x"_s, JobStatus::Running), sampleJob(u"y"_s, JobStatus::Running)}));
        QVERIFY(store.remove(u"x"_s));
    }
    JobStore store(path);
    QVERIFY(store.open());
    QCOMPARE(store.jobs().size(), 1);
    QCOMPARE(store.jobs().first().id, u"y"_s);
}

void TestJobStore::fileHoldsNoKeyOrSignature()
{
    QTemporaryDir dir;
    {
        JobStore store(JobStore::defaultPath(dir.path()));
        QVERIFY(store.open());
        BatchJob job = sampleJob(u"k"_s, JobStatus::Failed);
        // What a careless service might echo back, and a literal key typed into an environment.
        job.state.details = u"Cannot read DefaultEndpointsProtocol=https;AccountName=a;AccountKey="_s + kAccountKey;
        job.lastError = u"GET http://h/c/b?sv=1&sig=SIGNATUREVALUE42 failed"_s;
        job.state.json = "{\"SasBlobToken\":\"?sv=1&sig=SIGNATUREVALUE42\"}";
        job.endpoint.headers.append(
            qMakePair(QByteArray("Ocp-Apim-Subscription-Key"), QByteArray("0123456789abcdef0123456789abcdef")));
        QVERIFY(store.save(job));
        QCOMPARE(store.jobs().first().state.status, JobStatus::Failed);
    }
    const QByteArray bytes = allBytes(dir.path());
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains(kAccountKey.toLatin1()));
    QVERIFY(!bytes.contains("SIGNATUREVALUE42"));
    QVERIFY(!bytes.contains("0123456789abcdef0123456789abcdef"));
    // The reference to the keychain entry is not a secret, and stays.
    QVERIFY(bytes.contains("{{secret:sandbox-api-key}}"));
}

void TestJobStore::refusesANewerSchema()
{
    QTemporaryDir dir;
    const QString path = JobStore::defaultPath(dir.path());
    {
        JobStore store(path);
        QVERIFY(store.open());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    JobStore store(path);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(error.contains(u"newer"_s));
}

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_jobstore.moc"
