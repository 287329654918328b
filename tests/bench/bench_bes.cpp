// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Batch execution and blob transfer figures, each beside a reference taken in the same run:
//   bench_bes ROWS_CSV BIG_FILE
// Starts its own Azurite (AzuriteProcess) and an embedded sandbox, then
//  - runs ROWS_CSV as a BES job end to end over HTTP (upload not timed; start to Finished),
//    and the same file through CsvHasher alone, in-process;
//  - uploads and downloads BIG_FILE with BlobClient, then with curl against the same
//    Azurite through SAS URLs (PUT with a write SAS, GET with a read SAS).
// Prints one JSON object.

#include "client/storage/blobclient.h"
#include "client/storage/sharedkey.h"
#include "sandbox/batch/csvhasher.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/storage/azuriteprocess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using portico::client::storage::BlobClient;
using portico::client::storage::ConnectionString;
using portico::client::storage::SharedKey;
using namespace portico::sandbox;

namespace {

constexpr int kTimeoutMs = 600'000;

// QTest::qWaitFor sleeps 10 ms between rounds of events. The code under test shares this
// thread and hands upload data to Qt's network thread 16 KB per round, so that sleep
// would throttle every blob upload to about 1.6 MB/s. This waits in an event loop instead,
// checking the condition every intervalMs (never re-entrantly).
template<typename Condition> [[nodiscard]] bool waitFor(Condition condition, int timeoutMs, int intervalMs = 1)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(intervalMs);
    poll.setSingleShot(true);
    bool met = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            met = true;
            loop.quit();
        } else {
            poll.start();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return met;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_bes: %s\n", qPrintable(message));
    std::exit(1);
}

BlobClient::Result wait(BlobClient &client, quint64 id)
{
    std::optional<BlobClient::Result> result;
    const auto c =
        QObject::connect(&client, &BlobClient::finished, &client, [&](quint64 done, const BlobClient::Result &r) {
            if (done == id)
                result = r;
        });
    if (!waitFor([&] { return result.has_value(); }, kTimeoutMs))
        die(u"a blob transfer timed out"_s);
    QObject::disconnect(c);
    return *result;
}

QByteArray call(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QByteArray &auth,
                const QByteArray &body = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", auth);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(nam.sendCustomRequest(request, method, body));
    if (!waitFor([&] { return reply->isFinished(); }, kTimeoutMs))
        die(u"no answer from the sandbox"_s);
    return reply->readAll();
}

double curlSeconds(const QStringList &args)
{
    QProcess curl;
    QElapsedTimer t;
    t.start();
    curl.start(u"curl"_s, QStringList{u"-sS"_s, u"-f"_s} + args);
    if (!curl.waitForFinished(kTimeoutMs) || curl.exitCode() != 0)
        die(u"curl failed: "_s + QString::fromUtf8(curl.readAllStandardError()));
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        die(u"usage: bench_bes ROWS_CSV BIG_FILE"_s);
    const QString rowsFile = QString::fromLocal8Bit(argv[1]);
    const QString bigFile = QString::fromLocal8Bit(argv[2]);
    QTemporaryDir work;
    QJsonObject out;

    AzuriteProcess azurite;
    azurite.start(work.filePath(u"azurite"_s), 0);
    if (!waitFor([&] { return azurite.state() != AzuriteProcess::State::Starting; }, 60'000) ||
        azurite.state() != AzuriteProcess::State::Ready)
        die(u"Azurite did not start: "_s + azurite.errorString());
    const QString cs = azurite.connectionString();
    const ConnectionString account = ConnectionString::parse(cs);
    BlobClient blobs(account);
    wait(blobs, blobs.createContainer(u"bench"_s));

    // --- BES end to end
    EmbeddedSandbox sandbox;
    SandboxOptions options;
    options.dataDir = work.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    sandbox.start(options);
    if (!waitFor([&] { return sandbox.isRunning(); }, 30'000))
        die(u"the sandbox did not start"_s);
    if (!wait(blobs, blobs.putBlob(u"bench"_s, u"rows.csv"_s, rowsFile)).ok)
        die(u"cannot upload the rows"_s);
    const Credentials c = sandbox.credentials();
    QUrl jobs = sandbox.serviceUrl();
    jobs.setPath(u"/workspaces/"_s + c.workspace + u"/services/"_s + c.service + u"/jobs"_s);
    jobs.setQuery(u"api-version=2.0"_s);
    const QByteArray auth = "Bearer " + c.apiKey.toUtf8();
    const QJsonObject location{{u"ConnectionString"_s, cs}, {u"RelativeLocation"_s, u"/bench/rows.csv"_s}};
    const QJsonObject output{{u"ConnectionString"_s, cs}, {u"RelativeLocation"_s, u"/bench/rows-out.csv"_s}};
    const QJsonObject body{{u"Inputs"_s, QJsonObject{{u"input1"_s, location}}},
                           {u"Outputs"_s, QJsonObject{{u"output1"_s, output}}},
                           {u"GlobalParameters"_s, QJsonObject{}}};
    QNetworkAccessManager nam;
    const QString id = QString::fromUtf8(call(nam, "POST", jobs, auth, QJsonDocument(body).toJson())).remove(u'"');
    QUrl jobUrl = jobs;
    jobUrl.setPath(jobs.path() + u'/' + id);
    QUrl startUrl = jobs;
    startUrl.setPath(jobUrl.path() + u"/start"_s);
    QElapsedTimer timer;
    timer.start();
    call(nam, "POST", startUrl, auth);
    QJsonObject status;
    int polls = 0;
    if (!waitFor(
            [&] {
                ++polls;
                status = QJsonDocument::fromJson(call(nam, "GET", jobUrl, auth)).object();
                const QString code = status.value(u"StatusCode"_s).toString();
                return code != u"Running"_s && code != u"NotStarted"_s;
            },
            kTimeoutMs, 20))
        die(u"the job did not finish"_s);
    const double jobSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (status.value(u"StatusCode"_s).toString() != u"Finished"_s)
        die(u"the job ended "_s + QString::fromUtf8(QJsonDocument(status).toJson()));
    const qint64 rows = status[u"Progress"_s][u"RowsDone"_s].toInteger();
    out.insert(u"besRows"_s, rows);
    out.insert(u"besSeconds"_s, jobSeconds);
    out.insert(u"besRowsPerSecond"_s, double(rows) / jobSeconds);
    out.insert(u"besStatusPolls"_s, polls);

    // The same work without HTTP or blobs: parsing, hashing and writing alone.
    JobProgress progress;
    timer.restart();
    const CsvHasher::Result hashed = CsvHasher::run(
        rowsFile, ',', {{CsvHasher::OutputFormat::Csv, work.filePath(u"out.csv"_s)}}, HashingParameters{}, &progress);
    if (!hashed.ok)
        die(hashed.details);
    out.insert(u"csvHasherRowsPerSecond"_s, double(hashed.rows) / (double(timer.nsecsElapsed()) / 1e9));

    // --- blob transfer, BlobClient then curl against the same Azurite
    const double mb = double(QFileInfo(bigFile).size()) / (1024.0 * 1024.0);
    timer.restart();
    if (!wait(blobs, blobs.putBlob(u"bench"_s, u"big.bin"_s, bigFile)).ok)
        die(u"BlobClient upload failed"_s);
    out.insert(u"uploadMBps"_s, mb / (double(timer.nsecsElapsed()) / 1e9));
    timer.restart();
    if (!wait(blobs, blobs.getBlob(u"bench"_s, u"big.bin"_s, work.filePath(u"big-down.bin"_s))).ok)
        die(u"BlobClient download failed"_s);
    out.insert(u"downloadMBps"_s, mb / (double(timer.nsecsElapsed()) / 1e9));
    QFile::remove(work.filePath(u"big-down.bin"_s));

    const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QUrl writeUrl =
        SharedKey::blobSasUrl(blobs.blobUrl(u"bench"_s, u"big-curl.bin"_s), account.accountName(),
                              account.decodedAccountKey(), u"bench"_s, u"big-curl.bin"_s, u"cw"_s, expiry);
    const QUrl readUrl =
        SharedKey::blobSasUrl(blobs.blobUrl(u"bench"_s, u"big-curl.bin"_s), account.accountName(),
                              account.decodedAccountKey(), u"bench"_s, u"big-curl.bin"_s, u"r"_s, expiry);
    out.insert(u"curlUploadMBps"_s,
               mb /
                   curlSeconds({u"-X"_s, u"PUT"_s, u"-H"_s, u"x-ms-blob-type: BlockBlob"_s, u"-H"_s, u"Expect:"_s,
                                u"--data-binary"_s, u"@"_s + bigFile, writeUrl.toString(QUrl::FullyEncoded), u"-o"_s,
                                u"/dev/null"_s}));
    out.insert(u"curlDownloadMBps"_s,
               mb /
                   curlSeconds({readUrl.toString(QUrl::FullyEncoded), u"-o"_s, work.filePath(u"big-curl-down.bin"_s)}));
    out.insert(u"fileMB"_s, mb);

    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}
