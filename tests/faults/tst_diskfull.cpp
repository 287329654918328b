// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A disk that fills up while Portico writes: the workspace, the request history, the job
// list, a job's output and the sandbox's state. Each write must fail with a message that
// names the file, and leave the previous file byte for byte as it was. The disk is a real
// tmpfs filled to its last block (see FullDisk).

#include "client/catalog/sampleworkspace.h"
#include "client/catalog/workspace.h"
#include "client/history/historystore.h"
#include "client/http/httpengine.h"
#include "client/http/redactedexchange.h"
#include "client/jobs/besclient.h"
#include "client/jobs/jobmonitor.h"
#include "client/jobs/jobstore.h"
#include "sandbox/state/sandboxstore.h"

#include "../common/fulldisk.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace portico;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Answers every GET with the same body, over real HTTP on 127.0.0.1.
class OutputServer : public QTcpServer
{
public:
    explicit OutputServer(QByteArray body)
        : m_body(std::move(body))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: " +
                             QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/out/output.csv"_s.arg(serverPort())); }
    QByteArray m_body;
};

client::Exchange sampleExchange(int n)
{
    client::Exchange x;
    x.request.method = "POST";
    x.request.url = QUrl(u"http://127.0.0.1:1/execute?n=%1"_s.arg(n));
    x.request.body = QByteArray(2000, 'r');
    x.status = 200;
    x.reason = "OK";
    x.body = QByteArray(8000, 'b');
    x.bodySize = x.body.size();
    x.startedAt = QDateTime::currentDateTimeUtc();
    return x;
}

client::BatchJob finishedJob(const QString &id)
{
    client::BatchJob job;
    job.id = id;
    job.inputFile = u"/data/input.csv"_s;
    job.inputLocation = u"/in/input.csv"_s;
    job.outputLocation = u"/out/output.csv"_s;
    job.state.status = client::JobStatus::Finished;
    job.submittedAt = QDateTime::currentDateTimeUtc();
    return job;
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savingTheWorkspaceKeepsThePreviousFile();
    void recordingHistoryKeepsThePreviousDatabase();
    void storingAJobKeepsThePreviousJobList();
    void downloadingAnOutputKeepsThePreviousDownload_data();
    void downloadingAnOutputKeepsThePreviousDownload();
    void sandboxStateKeepsThePreviousDatabase();
};

void TestDiskFull::savingTheWorkspaceKeepsThePreviousFile()
{
    FullDisk disk;
    QVERIFY(disk.isValid());
    qInfo("full disk made with %s", qPrintable(disk.how()));
    const QString path = disk.filePath(u"workspace.json"_s);
    client::Workspace workspace =
        client::sampleWorkspace({QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:2"_s), u"ws"_s, u"svc"_s});
    QString error;
    QVERIFY2(workspace.save(path, &error), qPrintable(error));
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());

    QVERIFY(disk.fill());
    workspace.activeEnvironment.clear();
    workspace.environments.clear();
    QVERIFY(!workspace.save(path, &error));
    disk.release();
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(contents(path), before);
    QCOMPARE(disk.entries(), QStringList{u"workspace.json"_s}); // no temporary file left behind

    QVERIFY2(workspace.save(path, &error), qPrintable(error)); // room again: the save goes through
    QCOMPARE(client::Workspace::load(path, &error).value(), workspace);
}

void TestDiskFull::recordingHistoryKeepsThePreviousDatabase()
{
    FullDisk disk;
    QVERIFY(disk.isValid());
    const QString path = disk.filePath(u"history.sqlite"_s);
    {
        client::HistoryStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.record(u"api"_s, u"op"_s, client::RedactedExchange::of(sampleExchange(1), {})) > 0);
    } // closing folds the journal into the file
    const QByteArray before = contents(path);

    {
        client::HistoryStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.entries(u"api"_s, u"op"_s).size(), 1);
        QVERIFY(disk.fill());
        QString error;
        for (int i = 2; i < 20 && error.isEmpty(); ++i) // the first rows may fit in free pages
            store.record(u"api"_s, u"op"_s, client::RedactedExchange::of(sampleExchange(i), {}), &error);
        QVERIFY2(error.contains(path), qPrintable(error));
        disk.release();
    }
    // What was committed before the disk filled is all there is; the failed rows left nothing.
    client::HistoryStore store(path);
    QVERIFY(store.open());
    const int kept = int(store.entries(u"api"_s, u"op"_s).size());
    QVERIFY(kept >= 1);
    if (kept == 1) {
        store.close();
        QCOMPARE(contents(path), before);
        QVERIFY(store.open());
    }
    QVERIFY(store.record(u"api"_s, u"op"_s, client::RedactedExchange::of(sampleExchange(99), {})) > 0);
    QCOMPARE(store.entries(u"api"_s, u"op"_s).size(), kept + 1);
}

void TestDiskFull::storingAJobKeepsThePreviousJobList()
{
    FullDisk disk;
    QVERIFY(disk.isValid());
    const QString path = client::JobStore::defaultPath(disk.path());
    {
        client::JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.save(finishedJob(u"job-1"_s)));
    }
    const QByteArray before = contents(path);

    client::HttpEngine engine;
    client::BesClient bes(nullptr, &engine);
    {
        client::JobStore store(path);
        QVERIFY(store.open());
        QCOMPARE(store.jobs().size(), 1);
        client::JobMonitor monitor(&bes, &store);
        QSignalSpy failed(&monitor, &client::JobMonitor::storeFailed);
        QVERIFY(disk.fill());
        QList<client::BatchJob> many;
        for (int i = 2; i < 40; ++i)
            many.append(finishedJob(u"job-%1-%2"_s.arg(i).arg(QString(3000, u'x'))));
        for (const client::BatchJob &job : std::as_const(many))
            monitor.addJob(job);
        QVERIFY(failed.wait());
        QVERIFY2(failed.first().first().toString().contains(path), qPrintable(failed.first().first().toString()));
        QCOMPARE(monitor.jobs().size(), many.size()); // still listed, only not stored
    } // the monitor tries once more as it goes, and fails again: the disk is still full
    disk.release();
    QCOMPARE(contents(path), before);
    client::JobStore store(path);
    QVERIFY(store.open());
    QCOMPARE(store.jobs().size(), 1);
    QVERIFY(store.save(finishedJob(u"job-after"_s)));
    QCOMPARE(store.jobs().size(), 2);
}

void TestDiskFull::downloadingAnOutputKeepsThePreviousDownload_data()
{
    QTest::addColumn<int>("bodySize");
    QTest::newRow("held in memory") << 4000;
    QTest::newRow("spooled to disk") << 3 * 1024 * 1024;
}

void TestDiskFull::downloadingAnOutputKeepsThePreviousDownload()
{
    QFETCH(int, bodySize);
    FullDisk disk(8192);
    QVERIFY(disk.isValid());
    const QString path = disk.filePath(u"output.csv"_s);
    const QByteArray previous = "Col2,Col2 - Hashing feature 1\nold,1\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(previous);
    }
    OutputServer server(QByteArray(bodySize, 'n'));
    QVERIFY(server.isListening());
    client::HttpEngine engine;
    engine.setSpoolThreshold(64 * 1024);
    client::BesClient bes(nullptr, &engine);

    QVERIFY(disk.fill());
    std::optional<client::BesClient::Reply> reply;
    bes.download(server.url(), path, [&](const client::BesClient::Reply &r) { reply = r; });
    QTRY_VERIFY(reply.has_value());
    disk.release();
    QVERIFY(!reply->ok);
    QVERIFY2(reply->error.contains(disk.path()), qPrintable(reply->error));
    QCOMPARE(contents(path), previous);
    QCOMPARE(disk.entries(), QStringList{u"output.csv"_s});

    reply.reset();
    bes.download(server.url(), path, [&](const client::BesClient::Reply &r) { reply = r; });
    QTRY_VERIFY(reply.has_value());
    QVERIFY2(reply->ok, qPrintable(reply->error));
    QCOMPARE(contents(path), server.m_body);
}

void TestDiskFull::sandboxStateKeepsThePreviousDatabase()
{
    FullDisk disk;
    QVERIFY(disk.isValid());
    QString error;
    {
        sandbox::SandboxStore store(disk.path());
        QVERIFY2(store.open(&error), qPrintable(error));
    }
    sandbox::SandboxStore probe(disk.path());
    const QString path = probe.databasePath();
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());
    {
        sandbox::SandboxStore store(disk.path());
        QVERIFY2(store.open(&error), qPrintable(error));
        const int products = int(store.products().size());
        QVERIFY(disk.fill());
        bool written = true;
        for (int i = 0; i < 40 && written; ++i) {
            sandbox::Product p;
            p.id = u"full-%1"_s.arg(i);
            p.name = u"Full disk %1"_s.arg(i);
            p.description = QString(4000, u'd');
            written = store.upsertProduct(p, &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.contains(path), qPrintable(error));
        disk.release();
        QVERIFY(store.products().size() >= products);
    }
    sandbox::SandboxStore store(disk.path());
    QVERIFY2(store.open(&error), qPrintable(error));
    sandbox::Product p;
    p.id = u"after"_s;
    p.name = u"After"_s;
    QVERIFY2(store.upsertProduct(p, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
