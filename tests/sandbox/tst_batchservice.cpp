// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The sandbox's batch execution endpoint (BES) as a client sees it over real HTTP, with a
// real Azurite for the blobs: submit, start, poll, download the result through the link
// the status gives, the failures a user meets, cancelling, the job list, restarts and the
// gateway in front.

#include "client/storage/blobclient.h"
#include "sandbox/batch/batchservice.h"
#include "sandbox/batch/csvreader.h"
#include "sandbox/embeddedsandbox.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/gateway/usagelog.h"
#include "sandbox/hashing/featurehasher.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxstore.h"
#include "sandbox/storage/azuriteprocess.h"

#include <QBuffer>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWaitCondition>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using portico::client::storage::BlobClient;
using portico::client::storage::ConnectionString;
using portico::hashing::FeatureHasher;
using portico::sandbox::AzuriteProcess;
using portico::sandbox::CsvReader;
using portico::sandbox::EmbeddedSandbox;
using portico::sandbox::Sandbox;
using portico::sandbox::SandboxOptions;

namespace {

constexpr int kTimeoutMs = 30'000;
const QString kContainer = u"bes"_s;

// QTest::qWaitFor sleeps 10 ms between rounds of events. The code under test shares this
// thread and hands upload data to Qt's network thread 16 KB per round, so that sleep
// would throttle every blob upload to about 1.6 MB/s. This waits in an event loop instead,
// checking the condition every millisecond (never re-entrantly).
template<typename Condition> [[nodiscard]] bool waitFor(Condition condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
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

// Holds a batch job's worker at the row counts it is told to, until the test lets it go:
// the job's "Running" and its progress are then facts, not a race. Lets everything go when
// it is destroyed, so a failing test never leaves a worker blocked.
class RowGate
{
public:
    explicit RowGate(QSet<qint64> holdAt)
        : m_holdAt(std::move(holdAt))
    {
    }
    ~RowGate() { open(); }

    // For BatchService::setStepObserver; runs on the worker.
    void step(qint64 rows)
    {
        QMutexLocker lock(&m_mutex);
        m_steps.append(rows);
        if (!m_holdAt.contains(rows) || m_opened)
            return;
        m_held = rows;
        while (m_held == rows && !m_opened)
            m_changed.wait(&m_mutex);
    }
    // Where the worker waits now; -1 when it is not held.
    qint64 held() const
    {
        QMutexLocker lock(&m_mutex);
        return m_held;
    }
    void release()
    {
        QMutexLocker lock(&m_mutex);
        m_held = -1;
        m_changed.wakeAll();
    }
    void open()
    {
        QMutexLocker lock(&m_mutex);
        m_opened = true;
        m_held = -1;
        m_changed.wakeAll();
    }
    QList<qint64> steps() const
    {
        QMutexLocker lock(&m_mutex);
        return m_steps;
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QSet<qint64> m_holdAt;
    qint64 m_held = -1;
    bool m_opened = false;
    QList<qint64> m_steps;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QJsonObject object() const { return json.object(); }
    QString detailCode() const
    {
        return json.object()[u"error"_s][u"details"_s].toArray().at(0).toObject().value(u"code"_s).toString();
    }
    QString detailMessage() const
    {
        return json.object()[u"error"_s][u"details"_s].toArray().at(0).toObject().value(u"message"_s).toString();
    }
    QByteArray describe() const { return "HTTP " + QByteArray::number(status) + ": " + body.left(800); }
};

// Col2 counts as the request-response endpoint computes them (bitsize 3, bigrams by default).
QStringList counts(QByteArrayView text, int bits = 3, int ngrams = 2)
{
    QStringList out;
    for (quint32 c : FeatureHasher(bits, ngrams).hash(text))
        out.append(QString::number(c));
    return out;
}

// Every record of a CSV (header included), each as its fields.
QList<QStringList> parseCsv(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    while (reader.next() == CsvReader::Status::Record) {
        QStringList row;
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            row.append(QString::fromUtf8(reader.field(i)));
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestBatchService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void threeRowsComeBackHashedExactlyAsRrsScoresThem();
    void quotedCommasNewlinesAndOtherColumnsSurvive();
    void tsvAndArffOutputsAreWritten();
    void hundredThousandRowsShowProgressMoving();
    void deleteCancelsARunningJobAndItsWorkStops();
    void csvWithoutCol2FailsSayingSo();
    void malformedQuotingFailsNamingTheLine();
    void missingInputBlobFailsWithBlobNotFound();
    void inputAndInputsTogetherAreRefused();
    void startingTwiceIsRefusedWithTheJobsState();
    void unsupportedOutputExtensionIsRefused();
    void unknownJobIsNotFound();
    void listShowsEveryJobOldestFirst();
    void deletingAFinishedJobTakesItOffTheList();
    void jobsSurviveARestart();
    void jobsWorkThroughTheGatewayAndCountInUsage();
    void developmentStorageStartsTheSandboxsOwnAzurite();
    void missingAzuriteGivesAClearError();

private:
    QString connectionString() const { return AzuriteProcess::connectionStringFor(m_azurite->port()); }
    bool upload(const QString &blob, const QByteArray &data);
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QUrl jobsUrl(const QString &tail = QString(), const QUrl &base = QUrl()) const;
    QByteArray jobBody(const QString &input, const QString &output, const QJsonObject &globals = {},
                       const QString &connection = QString()) const;
    QString submitAndStart(const QByteArray &body);
    QJsonObject waitUntilDone(const QString &id);
    QByteArray download(const QJsonObject &status, const QString &output = u"output1"_s);

    QTemporaryDir m_azuriteDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AzuriteProcess> m_azurite;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<BlobClient> m_blobs;
    QNetworkAccessManager m_nam;
};

void TestBatchService::initTestCase()
{
    m_azurite = std::make_unique<AzuriteProcess>();
    QSignalSpy ready(m_azurite.get(), &AzuriteProcess::ready);
    QSignalSpy failed(m_azurite.get(), &AzuriteProcess::failed);
    m_azurite->start(m_azuriteDir.path(), 0);
    QVERIFY(waitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kTimeoutMs));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ready.first().first().toString(), connectionString());

    m_blobs = std::make_unique<BlobClient>(ConnectionString::parse(connectionString()));
    const quint64 id = m_blobs->createContainer(kContainer);
    QSignalSpy done(m_blobs.get(), &BlobClient::finished);
    QVERIFY(done.wait(kTimeoutMs));
    QCOMPARE(done.first().first().toULongLong(), id);

    SandboxOptions options;
    options.dataDir = m_dataDir.path();
    options.storagePort = 0;
    m_sandbox = std::make_unique<Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
}

void TestBatchService::cleanupTestCase()
{
    m_sandbox.reset();
    m_blobs.reset();
    m_azurite.reset();
}

bool TestBatchService::upload(const QString &blob, const QByteArray &data)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"upload"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    file.close();
    std::optional<bool> ok;
    const quint64 id = m_blobs->putBlob(kContainer, blob, path);
    const auto c = connect(m_blobs.get(), &BlobClient::finished, this, [&](quint64 done, const BlobClient::Result &r) {
        if (done == id)
            ok = r.ok;
    });
    const bool arrived = waitFor([&] { return ok.has_value(); }, kTimeoutMs);
    disconnect(c);
    return arrived && *ok;
}

Reply TestBatchService::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->credentials().apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, body));
    Reply r;
    if (!waitFor([&] { return reply->isFinished(); }, kTimeoutMs))
        return r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body);
    return r;
}

QUrl TestBatchService::jobsUrl(const QString &tail, const QUrl &base) const
{
    const portico::sandbox::Credentials c = m_sandbox->credentials();
    QUrl url = base.isValid() ? base : m_sandbox->serviceUrl();
    url.setPath(url.path() + u"/workspaces/"_s + c.workspace + u"/services/"_s + c.service + u"/jobs"_s + tail);
    url.setQuery(u"api-version=2.0"_s);
    return url;
}

QByteArray TestBatchService::jobBody(const QString &input, const QString &output, const QJsonObject &globals,
                                     const QString &connection) const
{
    const QString cs = connection.isEmpty() ? connectionString() : connection;
    const QJsonObject root{
        {u"Inputs"_s,
         QJsonObject{{u"input1"_s,
                      QJsonObject{{u"ConnectionString"_s, cs},
                                  {u"RelativeLocation"_s, QString(u"/"_s + kContainer + u'/' + input)}}}}},
        {u"Outputs"_s,
         QJsonObject{{u"output1"_s,
                      QJsonObject{{u"ConnectionString"_s, cs},
                                  {u"RelativeLocation"_s, QString(u"/"_s + kContainer + u'/' + output)}}}}},
        {u"GlobalParameters"_s, globals}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString TestBatchService::submitAndStart(const QByteArray &body)
{
    const Reply submitted = send("POST", jobsUrl(), body);
    if (submitted.status != 200) {
        qWarning() << "submit:" << submitted.describe();
        return {};
    }
    // AzureML answers the id as a JSON string.
    const QString id = QJsonDocument::fromJson("[" + submitted.body + "]").array().at(0).toString();
    const Reply started = send("POST", jobsUrl(u"/"_s + id + u"/start"_s));
    if (started.status != 200) {
        qWarning() << "start:" << started.describe();
        return {};
    }
    return id;
}

QJsonObject TestBatchService::waitUntilDone(const QString &id)
{
    QJsonObject status;
    const bool done = waitFor(
        [&] {
            status = send("GET", jobsUrl(u"/"_s + id)).object();
            const QString code = status.value(u"StatusCode"_s).toString();
            return code != u"NotStarted"_s && code != u"Running"_s;
        },
        kTimeoutMs);
    return done ? status : QJsonObject();
}

QByteArray TestBatchService::download(const QJsonObject &status, const QString &output)
{
    const QJsonObject result = status[u"Results"_s][output].toObject();
    // Exactly as the customer's Python sample builds it: plain concatenation.
    const QString url = result.value(u"BaseLocation"_s).toString() + result.value(u"RelativeLocation"_s).toString() +
        result.value(u"SasBlobToken"_s).toString();
    std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(QUrl(url))));
    if (!waitFor([&] { return reply->isFinished(); }, kTimeoutMs))
        return {};
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        qWarning() << "download of" << url << "answered" << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        return {};
    }
    return reply->readAll();
}

void TestBatchService::threeRowsComeBackHashedExactlyAsRrsScoresThem()
{
    const QStringList texts{u"This is a good day"_s, u"Bugün hava çok güzel"_s, u"a b a b a"_s};
    QVERIFY(upload(u"three.csv"_s, QString(u"Col2\r\n"_s + texts.join(u"\r\n"_s) + u"\r\n"_s).toUtf8()));
    const QString id = submitAndStart(jobBody(u"three.csv"_s, u"results/three-out.csv"_s));
    QVERIFY(!id.isEmpty());
    QCOMPARE(id.size(), 32);

    const QJsonObject status = waitUntilDone(id);
    QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Finished"_s);
    QCOMPARE(status.value(u"Id"_s).toString(), id);
    QVERIFY(status.value(u"Details"_s).isNull());
    QVERIFY(status.value(u"CreatedAt"_s).toString().endsWith(u'Z'));
    QVERIFY(!status.value(u"StartTime"_s).toString().isEmpty());
    QVERIFY(!status.value(u"EndTime"_s).toString().isEmpty());
    QCOMPARE(status[u"Progress"_s][u"RowsDone"_s].toInteger(), 3);
    QCOMPARE(status[u"Progress"_s][u"RowsTotal"_s].toInteger(), 3);
    const QJsonObject result = status[u"Results"_s][u"output1"_s].toObject();
    QVERIFY(result.value(u"ConnectionString"_s).isNull());
    QCOMPARE(result.value(u"RelativeLocation"_s).toString(), u"bes/results/three-out.csv"_s);
    QCOMPARE(result.value(u"BaseLocation"_s).toString(),
             u"http://127.0.0.1:%1/devstoreaccount1/"_s.arg(m_azurite->port()));
    const QString sas = result.value(u"SasBlobToken"_s).toString();
    QVERIFY2(sas.startsWith(u"?sv="_s) && sas.contains(u"&sp=r"_s) && sas.contains(u"&se="_s) &&
                 sas.contains(u"&sig="_s),
             qPrintable(sas));

    const QList<QStringList> rows = parseCsv(download(status));
    QCOMPARE(rows.size(), 4);
    QStringList header{u"Col2"_s};
    for (int k = 1; k <= 8; ++k)
        header.append(u"Col2 - Hashing feature %1"_s.arg(k));
    QCOMPARE(rows.at(0), header);
    // The customer's example row, as RRS answers it.
    QCOMPARE(rows.at(1),
             (QStringList{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}));

    // And every row exactly as the request-response endpoint scores the same texts.
    QJsonArray values;
    for (const QString &t : texts)
        values.append(QJsonArray{t});
    const QJsonObject rrsBody{
        {u"Inputs"_s,
         QJsonObject{{u"input1"_s, QJsonObject{{u"ColumnNames"_s, QJsonArray{u"Col2"_s}}, {u"Values"_s, values}}}}},
        {u"GlobalParameters"_s, QJsonObject{}}};
    QUrl execute = m_sandbox->serviceUrl();
    const portico::sandbox::Credentials c = m_sandbox->credentials();
    execute.setPath(u"/workspaces/"_s + c.workspace + u"/services/"_s + c.service + u"/execute"_s);
    execute.setQuery(u"api-version=2.0"_s);
    const Reply rrs = send("POST", execute, QJsonDocument(rrsBody).toJson());
    QVERIFY2(rrs.status == 200, rrs.describe().constData());
    const QJsonArray scored = rrs.object()[u"Results"_s][u"output1"_s][u"value"_s][u"Values"_s].toArray();
    QCOMPARE(scored.size(), 3);
    for (int r = 0; r < 3; ++r) {
        QStringList expected;
        for (const QJsonValue &v : scored.at(r).toArray())
            expected.append(v.toString());
        QCOMPARE(rows.at(r + 1), expected);
    }
}

void TestBatchService::quotedCommasNewlinesAndOtherColumnsSurvive()
{
    // A byte order mark, Col2 in the middle, CRLF inside quotes, doubled quotes, commas, UTF-8.
    const QByteArray input = "\xEF\xBB\xBFid,Col2,note\r\n"
                             "1,\"hello, world\",x\r\n"
                             "2,\"she said \"\"hi\"\" twice\",\"y, z\"\n"
                             "3,\"two\r\nlines here\",\n"
                             "4,plain text,\"multi\nline note\"\r\n"
                             "5,,empty\r\n"
                             "6,\"güzel 🙂 gün\",w"_ba;
    QVERIFY(upload(u"quoted.csv"_s, input));
    // The older single "Input" form, and a bitsize of 4.
    QJsonObject body =
        QJsonDocument::fromJson(jobBody(u"quoted.csv"_s, u"quoted-out.csv"_s, QJsonObject{{u"Hashing bitsize"_s, 4}}))
            .object();
    body.insert(u"Input"_s, body.value(u"Inputs"_s).toObject().value(u"input1"_s));
    body.remove(u"Inputs"_s);
    const QString id = submitAndStart(QJsonDocument(body).toJson());
    QVERIFY(!id.isEmpty());
    const QJsonObject status = waitUntilDone(id);
    QVERIFY2(status.value(u"StatusCode"_s).toString() == u"Finished"_s, QJsonDocument(status).toJson().constData());

    const QByteArray output = download(status);
    QVERIFY(output.contains("\"hello, world\""));
    QVERIFY(output.contains("\"she said \"\"hi\"\" twice\""));
    const QList<QStringList> rows = parseCsv(output);
    const QStringList texts{u"hello, world"_s, u"she said \"hi\" twice"_s, u"two\r\nlines here"_s, u"plain text"_s,
                            QString(),         u"güzel 🙂 gün"_s};
    QCOMPARE(rows.size(), texts.size() + 1);
    QCOMPARE(rows.at(0).size(), 17);
    for (qsizetype i = 0; i < texts.size(); ++i)
        QCOMPARE(rows.at(i + 1), QStringList{texts.at(i)} + counts(texts.at(i).toUtf8(), 4));
}

void TestBatchService::tsvAndArffOutputsAreWritten()
{
    QVERIFY(upload(u"formats.csv"_s, "Col2\nThis is a good day\n\"it's, fine\"\n"_ba));
    for (const QString &name : {u"formats-out.tsv"_s, u"formats-out.arff"_s}) {
        const QString id = submitAndStart(jobBody(u"formats.csv"_s, name));
        const QJsonObject status = waitUntilDone(id);
        QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Finished"_s);
        const QByteArray out = download(status);
        if (name.endsWith(u".tsv"_s)) {
            QVERIFY2(out.startsWith("Col2\tCol2 - Hashing feature 1\t"), out.constData());
            QVERIFY2(out.contains("\nThis is a good day\t1\t1\t2\t2\t0\t2\t0\t1\n"), out.constData());
        } else {
            QVERIFY2(out.startsWith("@RELATION"), out.constData());
            QVERIFY2(out.contains("@ATTRIBUTE 'Col2 - Hashing feature 8' NUMERIC"), out.constData());
            QVERIFY2(out.contains("'This is a good day',1,1,2,2,0,2,0,1\n"), out.constData());
            QVERIFY2(out.contains("'it\\'s, fine',"), out.constData());
        }
    }
}

void TestBatchService::hundredThousandRowsShowProgressMoving()
{
    QByteArray input = "Col2\n";
    input.reserve(8 * 1024 * 1024);
    for (int i = 0; i < 100'000; ++i)
        input += "row " + QByteArray::number(i) + " of the quick brown fox jumps over the lazy dog " +
            QByteArray::number(i % 97) + '\n';
    QVERIFY(upload(u"hundred-thousand.csv"_s, input));

    // The worker is held twice on its way, so what a client polls mid-run is known.
    auto gate = std::make_shared<RowGate>(QSet<qint64>{512, 51'200});
    m_sandbox->batchService()->setStepObserver([gate](qint64 rows) { gate->step(rows); });
    const auto unpace = qScopeGuard([this] { m_sandbox->batchService()->setStepObserver({}); });
    QSignalSpy ended(m_sandbox->batchService(), &portico::sandbox::BatchService::runEnded);
    const QString id = submitAndStart(jobBody(u"hundred-thousand.csv"_s, u"hundred-thousand-out.csv"_s));
    QVERIFY(!id.isEmpty());
    QList<qint64> seen;
    for (const qint64 hold : {512, 51'200}) {
        QVERIFY(waitFor([&] { return gate->held() == hold; }, kTimeoutMs));
        const QJsonObject status = send("GET", jobsUrl(u"/"_s + id)).object();
        QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Running"_s);
        QCOMPARE(status[u"Progress"_s][u"RowsTotal"_s].toInteger(), 100'000);
        seen.append(status[u"Progress"_s][u"RowsDone"_s].toInteger());
        gate->release();
    }
    QCOMPARE(seen, (QList<qint64>{512, 51'200}));
    QVERIFY(waitFor([&] { return !ended.isEmpty(); }, kTimeoutMs));
    const QJsonObject status = send("GET", jobsUrl(u"/"_s + id)).object();
    QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Finished"_s);
    QCOMPARE(status[u"Progress"_s][u"RowsDone"_s].toInteger(), 100'000);
    QCOMPARE(status[u"Progress"_s][u"RowsTotal"_s].toInteger(), 100'000);

    const QList<QStringList> rows = parseCsv(download(status));
    QCOMPARE(rows.size(), 100'001);
    QCOMPARE(rows.at(54'321).mid(1), counts(rows.at(54'321).at(0).toUtf8()));
}

void TestBatchService::deleteCancelsARunningJobAndItsWorkStops()
{
    QByteArray input = "Col2\n";
    for (int i = 0; i < 400'000; ++i)
        input +=
            "a fairly long line of text to keep the job busy for a little while number " + QByteArray::number(i) + '\n';
    QVERIFY(upload(u"to-cancel.csv"_s, input));
    auto gate = std::make_shared<RowGate>(QSet<qint64>{1024});
    m_sandbox->batchService()->setStepObserver([gate](qint64 rows) { gate->step(rows); });
    const auto unpace = qScopeGuard([this] { m_sandbox->batchService()->setStepObserver({}); });
    QSignalSpy ended(m_sandbox->batchService(), &portico::sandbox::BatchService::runEnded);
    const QString id =
        submitAndStart(jobBody(u"to-cancel.csv"_s, u"cancelled-out.csv"_s, QJsonObject{{u"N-grams"_s, 10}}));
    QVERIFY(!id.isEmpty());
    QVERIFY(waitFor([&] { return gate->held() == 1024; }, kTimeoutMs));
    QCOMPARE(send("GET", jobsUrl(u"/"_s + id)).object().value(u"StatusCode"_s).toString(), u"Running"_s);

    const Reply deleted = send("DELETE", jobsUrl(u"/"_s + id));
    QVERIFY2(deleted.status == 200, deleted.describe().constData());
    // Cancelled as soon as the DELETE is answered, while the worker is still mid-table.
    QJsonObject status = send("GET", jobsUrl(u"/"_s + id)).object();
    QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Cancelled"_s);
    QVERIFY(status.value(u"Results"_s).isNull());
    QVERIFY(!status.value(u"EndTime"_s).toString().isEmpty());
    QCOMPARE(status[u"Progress"_s][u"RowsDone"_s].toInteger(), 1024);

    // Let the worker go: it stops at the very next look at its cancel flag, not 400,000 rows on.
    gate->release();
    QVERIFY(waitFor([&] { return !ended.isEmpty(); }, kTimeoutMs));
    QCOMPARE(ended.first().first().toString(), id);
    QCOMPARE(gate->steps(), (QList<qint64>{512, 1024}));
    QCOMPARE(send("GET", jobsUrl(u"/"_s + id)).object().value(u"StatusCode"_s).toString(), u"Cancelled"_s);
    QTemporaryDir dir;
    std::optional<BlobClient::Result> probe;
    const quint64 probeId = m_blobs->getBlob(kContainer, u"cancelled-out.csv"_s, dir.filePath(u"out"_s));
    const auto c = connect(m_blobs.get(), &BlobClient::finished, this, [&](quint64 done, const BlobClient::Result &r) {
        if (done == probeId)
            probe = r;
    });
    QVERIFY(waitFor([&] { return probe.has_value(); }, kTimeoutMs));
    disconnect(c);
    QCOMPARE(probe->errorCode, u"BlobNotFound"_s);
}

void TestBatchService::csvWithoutCol2FailsSayingSo()
{
    QVERIFY(upload(u"no-col2.csv"_s, "Text,Other\nhello,1\n"_ba));
    const QJsonObject status = waitUntilDone(submitAndStart(jobBody(u"no-col2.csv"_s, u"no-col2-out.csv"_s)));
    QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Failed"_s);
    const QString details = status.value(u"Details"_s).toString();
    QVERIFY2(details.contains(u"Col2"_s) && details.contains(u"Text, Other"_s), qPrintable(details));
    QVERIFY(status.value(u"Results"_s).isNull());
}

void TestBatchService::malformedQuotingFailsNamingTheLine()
{
    QVERIFY(upload(u"bad-quotes.csv"_s, "Col2\n\"fine\"\nbad \"quote\" here\nlater\n"_ba));
    const QJsonObject status = waitUntilDone(submitAndStart(jobBody(u"bad-quotes.csv"_s, u"bad-quotes-out.csv"_s)));
    QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Failed"_s);
    const QString details = status.value(u"Details"_s).toString();
    QVERIFY2(details.contains(u"line 3"_s) && details.contains(u"quote"_s), qPrintable(details));

    QVERIFY(upload(u"unclosed.csv"_s, "Col2\n\"never closed\nand on\n"_ba));
    const QJsonObject unclosed = waitUntilDone(submitAndStart(jobBody(u"unclosed.csv"_s, u"unclosed-out.csv"_s)));
    QCOMPARE(unclosed.value(u"StatusCode"_s).toString(), u"Failed"_s);
    QVERIFY2(unclosed.value(u"Details"_s).toString().contains(u"line 2"_s),
             qPrintable(unclosed.value(u"Details"_s).toString()));
}

void TestBatchService::missingInputBlobFailsWithBlobNotFound()
{
    const QJsonObject status = waitUntilDone(submitAndStart(jobBody(u"not-there.csv"_s, u"never-out.csv"_s)));
    QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Failed"_s);
    const QString details = status.value(u"Details"_s).toString();
    QVERIFY2(details.contains(u"BlobNotFound"_s) && details.contains(u"bes/not-there.csv"_s), qPrintable(details));
}

void TestBatchService::inputAndInputsTogetherAreRefused()
{
    QJsonObject body = QJsonDocument::fromJson(jobBody(u"three.csv"_s, u"x.csv"_s)).object();
    body.insert(u"Input"_s, body.value(u"Inputs"_s).toObject().value(u"input1"_s));
    const Reply r = send("POST", jobsUrl(), QJsonDocument(body).toJson());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object()[u"error"_s][u"code"_s].toString(), u"BadArgument"_s);
    QCOMPARE(r.detailCode(), u"DuplicateInputInBatchCall"_s);
}

void TestBatchService::startingTwiceIsRefusedWithTheJobsState()
{
    const QString id = submitAndStart(jobBody(u"three.csv"_s, u"twice-out.csv"_s));
    QVERIFY(!id.isEmpty());
    const Reply again = send("POST", jobsUrl(u"/"_s + id + u"/start"_s));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object()[u"error"_s][u"code"_s].toString(), u"InvalidOperation"_s);
    QCOMPARE(again.detailCode(), u"CannotStartJob"_s);
    QVERIFY2(again.detailMessage() == u"The job cannot be started because it is in Running state."_s ||
                 again.detailMessage() == u"The job cannot be started because it is in Finished state."_s,
             qPrintable(again.detailMessage()));
    QCOMPARE(waitUntilDone(id).value(u"StatusCode"_s).toString(), u"Finished"_s);
    QCOMPARE(send("POST", jobsUrl(u"/"_s + id + u"/start"_s)).detailMessage(),
             u"The job cannot be started because it is in Finished state."_s);
}

void TestBatchService::unsupportedOutputExtensionIsRefused()
{
    const Reply r = send("POST", jobsUrl(), jobBody(u"three.csv"_s, u"out.txt"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.detailCode(), u"InvalidBlob"_s);
    QVERIFY2(r.detailMessage().contains(u".csv, .tsv or .arff"_s), r.describe().constData());
}

void TestBatchService::unknownJobIsNotFound()
{
    const Reply r = send("GET", jobsUrl(u"/0123456789abcdef0123456789abcdef"_s));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.detailCode(), u"JobNotFound"_s);
}

void TestBatchService::listShowsEveryJobOldestFirst()
{
    const Reply first = send("POST", jobsUrl(), jobBody(u"three.csv"_s, u"list-a.csv"_s));
    const Reply second = send("POST", jobsUrl(), jobBody(u"three.csv"_s, u"list-b.csv"_s));
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const Reply list = send("GET", jobsUrl());
    QCOMPARE(list.status, 200);
    QVERIFY(list.json.isArray());
    QStringList ids;
    for (const QJsonValue &v : list.json.array()) {
        ids.append(v[u"Id"_s].toString());
        QVERIFY(v.toObject().contains(u"StatusCode"_s));
        QVERIFY(v.toObject().contains(u"Progress"_s));
    }
    const QString a = QString::fromUtf8(first.body).remove(u'"');
    const QString b = QString::fromUtf8(second.body).remove(u'"');
    QVERIFY(ids.indexOf(a) >= 0);
    QCOMPARE(ids.indexOf(b), ids.indexOf(a) + 1);
    QCOMPARE(list.json.array().at(ids.indexOf(a))[u"StatusCode"_s].toString(), u"NotStarted"_s);
    QVERIFY(list.json.array().at(ids.indexOf(a))[u"StartTime"_s].isNull());
}

void TestBatchService::deletingAFinishedJobTakesItOffTheList()
{
    const QString id = submitAndStart(jobBody(u"three.csv"_s, u"gone-out.csv"_s));
    QCOMPARE(waitUntilDone(id).value(u"StatusCode"_s).toString(), u"Finished"_s);
    QCOMPARE(send("DELETE", jobsUrl(u"/"_s + id)).status, 200);
    QCOMPARE(send("GET", jobsUrl(u"/"_s + id)).status, 404);
    QVERIFY(!QString::fromUtf8(send("GET", jobsUrl()).body).contains(id));
}

void TestBatchService::jobsSurviveARestart()
{
    const QString id = submitAndStart(jobBody(u"three.csv"_s, u"restart-out.csv"_s));
    QCOMPARE(waitUntilDone(id).value(u"StatusCode"_s).toString(), u"Finished"_s);
    const QByteArray before = send("GET", jobsUrl()).body;

    SandboxOptions options;
    options.dataDir = m_dataDir.path();
    options.storagePort = 0;
    m_sandbox->stop();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    const Reply after = send("GET", jobsUrl());
    QCOMPARE(after.json.array().size(), QJsonDocument::fromJson(before).array().size());
    const QJsonObject status = waitUntilDone(id);
    QCOMPARE(status.value(u"StatusCode"_s).toString(), u"Finished"_s);
    QCOMPARE(parseCsv(download(status)).size(), 4);
}

void TestBatchService::jobsWorkThroughTheGatewayAndCountInUsage()
{
    QString key;
    for (const auto &s : m_sandbox->subscriptions()) {
        if (s.productId.contains(u"unlimited"_s, Qt::CaseInsensitive))
            key = s.primaryKey;
    }
    QVERIFY(!key.isEmpty());
    QUrl base = m_sandbox->gatewayUrl();
    base.setPath(u"/azureml-demo"_s);
    const QList<std::pair<QByteArray, QByteArray>> headers{{"Ocp-Apim-Subscription-Key"_ba, key.toUtf8()}};
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - 1000;

    const Reply submitted =
        send("POST", jobsUrl(QString(), base), jobBody(u"three.csv"_s, u"gateway-out.csv"_s), headers);
    QVERIFY2(submitted.status == 200, submitted.describe().constData());
    const QString id = QString::fromUtf8(submitted.body).remove(u'"');
    QCOMPARE(send("POST", jobsUrl(u"/"_s + id + u"/start"_s, base), {}, headers).status, 200);
    QJsonObject status;
    QVERIFY(waitFor(
        [&] {
            status = send("GET", jobsUrl(u"/"_s + id, base), {}, headers).object();
            return status.value(u"StatusCode"_s).toString() == u"Finished"_s;
        },
        kTimeoutMs));
    QCOMPARE(parseCsv(download(status)).size(), 4);
    QCOMPARE(send("DELETE", jobsUrl(u"/"_s + id, base), {}, headers).status, 200);

    QVERIFY(m_sandbox->gateway()->usageLog()->flush());
    QStringList operations;
    for (const auto &u : m_sandbox->store()->usage(from, QDateTime::currentMSecsSinceEpoch() + 1000))
        operations.append(u.operationId);
    QVERIFY2(operations.contains(u"bes-submit"_s) && operations.contains(u"bes-start"_s) &&
                 operations.contains(u"bes-status"_s) && operations.contains(u"bes-delete"_s),
             qPrintable(operations.join(u' ')));
}

void TestBatchService::developmentStorageStartsTheSandboxsOwnAzurite()
{
    // The console's way in: an embedded sandbox, its storage asked for by name.
    QTemporaryDir dir;
    EmbeddedSandbox embedded;
    QSignalSpy started(&embedded, &EmbeddedSandbox::started);
    QSignalSpy ready(&embedded, &EmbeddedSandbox::storageReady);
    QSignalSpy failed(&embedded, &EmbeddedSandbox::storageFailed);
    SandboxOptions options;
    options.dataDir = dir.path();
    options.storagePort = 0;
    embedded.start(options);
    embedded.ensureStorage();
    QVERIFY(started.wait(kTimeoutMs));
    QVERIFY(waitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kTimeoutMs));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QString cs = ready.first().first().toString();
    QVERIFY2(cs.startsWith(u"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="_s) &&
                 cs.contains(u";BlobEndpoint=http://127.0.0.1:"_s),
             qPrintable(cs));
    QVERIFY(QFile::exists(dir.filePath(u"azurite"_s)));

    // A job naming UseDevelopmentStorage=true runs on that storage.
    BlobClient blobs(ConnectionString::parse(cs));
    QSignalSpy done(&blobs, &BlobClient::finished);
    blobs.createContainer(kContainer);
    QVERIFY(done.wait(kTimeoutMs));
    QTemporaryDir files;
    QFile file(files.filePath(u"in.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Col2\nThis is a good day\n");
    file.close();
    blobs.putBlob(kContainer, u"dev.csv"_s, file.fileName());
    QVERIFY(done.wait(kTimeoutMs));
    QVERIFY(done.last().at(1).value<BlobClient::Result>().ok);

    const QUrl service = embedded.serviceUrl();
    const portico::sandbox::Credentials c = embedded.credentials();
    QUrl jobs = service;
    jobs.setPath(u"/workspaces/"_s + c.workspace + u"/services/"_s + c.service + u"/jobs"_s);
    jobs.setQuery(u"api-version=2.0"_s);
    const QByteArray body = jobBody(u"dev.csv"_s, u"dev-out.csv"_s, {}, u"UseDevelopmentStorage=true"_s);
    auto call = [&](const QByteArray &method, const QUrl &url, const QByteArray &payload = {}) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + c.apiKey.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, payload));
        [[maybe_unused]] const bool finished = waitFor([&] { return reply->isFinished(); }, kTimeoutMs);
        return reply->readAll();
    };
    const QString id = QString::fromUtf8(call("POST", jobs, body)).remove(u'"');
    QCOMPARE(id.size(), 32);
    QUrl start = jobs;
    start.setPath(jobs.path() + u'/' + id + u"/start"_s);
    call("POST", start);
    QUrl statusUrl = jobs;
    statusUrl.setPath(jobs.path() + u'/' + id);
    QJsonObject status;
    QVERIFY(waitFor(
        [&] {
            status = QJsonDocument::fromJson(call("GET", statusUrl)).object();
            return status.value(u"StatusCode"_s).toString() == u"Finished"_s ||
                status.value(u"StatusCode"_s).toString() == u"Failed"_s;
        },
        kTimeoutMs));
    QVERIFY2(status.value(u"StatusCode"_s).toString() == u"Finished"_s, QJsonDocument(status).toJson().constData());
    const QString baseLocation = status[u"Results"_s][u"output1"_s][u"BaseLocation"_s].toString();
    QVERIFY2(cs.contains(baseLocation.chopped(1)), qPrintable(baseLocation));
    QCOMPARE(parseCsv(download(status)).value(1),
             (QStringList{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}));
}

void TestBatchService::missingAzuriteGivesAClearError()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.dataDir = dir.path();
    options.storagePort = 0;
    options.azuriteProgram = dir.filePath(u"no-such-azurite-blob"_s);
    Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    QSignalSpy failed(&sandbox, &Sandbox::storageFailed);

    const portico::sandbox::Credentials c = sandbox.credentials();
    QUrl url = sandbox.serviceUrl();
    url.setPath(u"/workspaces/"_s + c.workspace + u"/services/"_s + c.service + u"/jobs"_s);
    url.setQuery(u"api-version=2.0"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + c.apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    std::unique_ptr<QNetworkReply> reply(
        m_nam.post(request, jobBody(u"x.csv"_s, u"y.csv"_s, {}, u"UseDevelopmentStorage=true"_s)));
    QVERIFY(waitFor([&] { return reply->isFinished(); }, kTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    const QJsonObject e = QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toObject();
    QCOMPARE(e.value(u"code"_s).toString(), u"ServiceUnavailable"_s);
    const QJsonObject detail = e.value(u"details"_s).toArray().at(0).toObject();
    QCOMPARE(detail.value(u"code"_s).toString(), u"StorageUnavailable"_s);
    const QString message = detail.value(u"message"_s).toString();
    QVERIFY2(message.contains(u"make deps"_s) && message.contains(u"npm install --prefix"_s) &&
                 message.contains(u"azurite@3.35.0"_s) && message.contains(u"PORTICO_AZURITE_BLOB"_s),
             qPrintable(message));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"make deps"_s));
}

QTEST_GUILESS_MAIN(TestBatchService)
#include "tst_batchservice.moc"
