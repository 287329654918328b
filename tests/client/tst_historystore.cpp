// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins HistoryStore: exchanges round-trip per operation, newest first, capped at 500 per
// operation; big bodies keep only their first megabyte; and no credential, key or known secret
// value ever reaches the database file or its write-ahead log.

#include "client/history/historystore.h"
#include "client/http/redactedexchange.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::client::Exchange;
using portico::client::HistoryEntry;
using portico::client::HistoryStore;

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

Exchange sampleExchange(const QByteArray &marker = "first"_ba)
{
    Exchange exchange;
    exchange.request.method = "POST";
    exchange.request.url = QUrl(u"https://gateway.example/scoring/execute?api-version=2.0&details=true"_s);
    exchange.request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    exchange.request.body = R"({"Inputs":{"input1":[{"marker":")"_ba + marker + R"("}]}})"_ba;
    exchange.request.timeoutMs = 30'000;
    exchange.request.followRedirects = false;
    exchange.request.maxRedirects = 3;
    exchange.finalUrl = exchange.request.url;
    exchange.status = 200;
    exchange.reason = "OK";
    exchange.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}, {"x-ms-request-id", "abc-123"}};
    exchange.body = R"({"Results":{"output1":[{"Scored Labels":"1"}]}})"_ba;
    exchange.bodySize = exchange.body.size();
    exchange.requestBodySize = exchange.request.body.size();
    exchange.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123);
    exchange.headersAfterMs = 41;
    exchange.finishedAfterMs = 57;
    exchange.tlsSummary = u"CN=gateway.example"_s;
    exchange.retryAfterSeconds = 7;
    exchange.attempts = 2;
    return exchange;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything of a loaded exchange a person could read, as one blob to search.
QByteArray everything(const Exchange &exchange)
{
    QByteArray all = exchange.request.method + '\n' + exchange.request.url.toString().toUtf8() + '\n' +
        exchange.request.url.toString(QUrl::FullyEncoded).toUtf8() + '\n' + exchange.finalUrl.toString().toUtf8() +
        '\n' + exchange.request.body + '\n' + exchange.body + '\n' + exchange.reason + '\n' + exchange.error.toUtf8() +
        '\n' + exchange.tlsSummary.toUtf8() + '\n';
    for (const auto &[name, value] : exchange.request.headers)
        all += name + ": " + value + '\n';
    for (const auto &[name, value] : exchange.responseHeaders)
        all += name + ": " + value + '\n';
    return all;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void recordedExchangeRoundTrips();
    void entriesAreNewestFirstPerOperation();
    void pruningKeepsTheNewest500();
    void threeMegabyteBodyKeepsItsFirstMegabyte();
    void spooledBodyKeepsItsFirstMegabyte();
    void secretAcrossTheCutIsNotHalfKept();
    void secretsNeverReachTheDisk();
    void reopenAfterCloseKeepsEntries();
    void removeAndClear();
    void idsAreNeverReused();
    void openFailsWithAMessage();
    void closedStoreRefusesQuietly();

private:
    QString databasePath() const { return m_dir->filePath(u"history/history.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<HistoryStore>(databasePath());
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
    QVERIFY(m_store->isOpen());
}

void TestHistoryStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestHistoryStore::recordedExchangeRoundTrips()
{
    const Exchange sent = sampleExchange();
    const qint64 id = m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sent, {}));
    QVERIFY(id > 0);

    const QList<HistoryEntry> entries = m_store->entries(u"scoring"_s, u"execute"_s);
    QCOMPARE(entries.size(), 1);
    const HistoryEntry &entry = entries.constFirst();
    QCOMPARE(entry.id, id);
    QCOMPARE(entry.at, sent.startedAt);
    QCOMPARE(entry.method, "POST"_ba);
    QCOMPARE(entry.url, sent.request.url.toString());
    QCOMPARE(entry.status, 200);
    QVERIFY(entry.error.isEmpty());
    QCOMPARE(entry.durationMs, 57);
    QCOMPARE(entry.bodySize, sent.body.size());
    QVERIFY(!entry.bodyTruncated);
    QCOMPARE(m_store->entry(id)->url, entry.url);

    const std::optional<Exchange> loaded = m_store->load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, quint64(id));
    QCOMPARE(loaded->request.method, sent.request.method);
    QCOMPARE(loaded->request.url, sent.request.url);
    QCOMPARE(loaded->request.headers, sent.request.headers);
    QCOMPARE(loaded->request.body, sent.request.body);
    QCOMPARE(loaded->request.timeoutMs, 30'000);
    QCOMPARE(loaded->request.followRedirects, false);
    QCOMPARE(loaded->request.maxRedirects, 3);
    QCOMPARE(loaded->finalUrl, sent.finalUrl);
    QCOMPARE(loaded->status, 200);
    QCOMPARE(loaded->reason, "OK"_ba);
    QCOMPARE(loaded->responseHeaders, sent.responseHeaders);
    QCOMPARE(loaded->body, sent.body);
    QVERIFY(!loaded->isSpooled());
    QCOMPARE(loaded->bodySize, sent.bodySize);
    QCOMPARE(loaded->requestBodySize, sent.requestBodySize);
    QCOMPARE(loaded->startedAt, sent.startedAt);
    QCOMPARE(loaded->headersAfterMs, 41);
    QCOMPARE(loaded->finishedAfterMs, 57);
    QCOMPARE(loaded->tlsSummary, sent.tlsSummary);
    QCOMPARE(loaded->retryAfterSeconds, 7);
    QCOMPARE(loaded->attempts, 2);
    QVERIFY(!loaded->cancelled);
    QVERIFY(!loaded->timedOut);

    // A failed exchange keeps its error and its flags.
    Exchange failed;
    failed.request.url = QUrl(u"https://unreachable.example/"_s);
    failed.error = u"Could not connect to unreachable.example."_s;
    failed.timedOut = true;
    const qint64 failedId =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(failed, {}));
    QVERIFY(failedId > id);
    const std::optional<Exchange> loadedFailure = m_store->load(failedId);
    QVERIFY(loadedFailure);
    QCOMPARE(loadedFailure->error, failed.error);
    QVERIFY(loadedFailure->timedOut);
    QCOMPARE(loadedFailure->status, 0);
    QCOMPARE(loadedFailure->request.method, "GET"_ba);
    // Never started: the time of recording stands in.
    QVERIFY(loadedFailure->startedAt.isValid());
    QVERIFY(qAbs(loadedFailure->startedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    QVERIFY(!m_store->load(failedId + 1000));
    QVERIFY(!m_store->entry(failedId + 1000));
}

void TestHistoryStore::entriesAreNewestFirstPerOperation()
{
    const qint64 a1 =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange("a1"), {}));
    const qint64 b1 =
        m_store->record(u"scoring"_s, u"batch"_s, portico::client::RedactedExchange::of(sampleExchange("b1"), {}));
    const qint64 a2 =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange("a2"), {}));
    const qint64 a3 =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange("a3"), {}));
    const qint64 other =
        m_store->record(u"other-api"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange("x"), {}));
    QVERIFY(a1 > 0 && b1 > 0 && a2 > 0 && a3 > 0 && other > 0);

    QList<qint64> ids;
    for (const HistoryEntry &entry : m_store->entries(u"scoring"_s, u"execute"_s))
        ids.append(entry.id);
    QCOMPARE(ids, (QList<qint64>{a3, a2, a1}));

    const QList<HistoryEntry> limited = m_store->entries(u"scoring"_s, u"execute"_s, 2);
    QCOMPARE(limited.size(), 2);
    QCOMPARE(limited.at(0).id, a3);
    QCOMPARE(limited.at(1).id, a2);
    QCOMPARE(m_store->entries(u"scoring"_s, u"execute"_s, 0).size(), 0);
    QCOMPARE(m_store->entries(u"scoring"_s, u"batch"_s).size(), 1);
    QCOMPARE(m_store->entries(u"other-api"_s, u"execute"_s).constFirst().id, other);
    QVERIFY(m_store->entries(u"scoring"_s, u"missing"_s).isEmpty());
}

void TestHistoryStore::pruningKeepsTheNewest500()
{
    const qint64 otherId =
        m_store->record(u"scoring"_s, u"other"_s, portico::client::RedactedExchange::of(sampleExchange(), {}));
    QList<qint64> ids;
    for (int i = 0; i < HistoryStore::kKeptPerOperation + 5; ++i) {
        const qint64 id =
            m_store->record(u"scoring"_s, u"execute"_s,
                            portico::client::RedactedExchange::of(sampleExchange(QByteArray::number(i)), {}));
        QVERIFY(id > 0);
        ids.append(id);
    }
    const QList<HistoryEntry> kept = m_store->entries(u"scoring"_s, u"execute"_s, -1);
    QCOMPARE(kept.size(), HistoryStore::kKeptPerOperation);
    QCOMPARE(kept.constFirst().id, ids.constLast());
    QCOMPARE(kept.constLast().id, ids.at(5));
    for (int i = 0; i < 5; ++i)
        QVERIFY2(!m_store->load(ids.at(i)), "the oldest entries are gone, bodies and all");
    QVERIFY(m_store->load(ids.at(5)));
    // Pruning one operation leaves the others alone.
    QCOMPARE(m_store->entries(u"scoring"_s, u"other"_s).constFirst().id, otherId);
}

void TestHistoryStore::threeMegabyteBodyKeepsItsFirstMegabyte()
{
    Exchange exchange = sampleExchange();
    QByteArray body;
    body.reserve(3 * kMegabyte);
    for (int i = 0; body.size() < 3 * kMegabyte; ++i)
        body += "row " + QByteArray::number(i) + ",0.5,1.25,label\n";
    body.truncate(3 * kMegabyte);
    exchange.body = body;
    exchange.bodySize = body.size();

    const qint64 id = m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(exchange, {}));
    QVERIFY(id > 0);
    const HistoryEntry entry = m_store->entries(u"scoring"_s, u"execute"_s).constFirst();
    QVERIFY(entry.bodyTruncated);
    QCOMPARE(entry.bodySize, 3 * kMegabyte);

    const std::optional<Exchange> loaded = m_store->load(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->body.size(), kMegabyte);
    QVERIFY(loaded->body == body.left(kMegabyte));
    QCOMPARE(loaded->bodySize, 3 * kMegabyte);

    // Exactly one megabyte is kept whole.
    exchange.body = body.left(kMegabyte);
    exchange.bodySize = kMegabyte;
    const qint64 exact =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(exchange, {}));
    QVERIFY(!m_store->entry(exact)->bodyTruncated);
    QCOMPARE(m_store->load(exact)->body.size(), kMegabyte);
}

void TestHistoryStore::spooledBodyKeepsItsFirstMegabyte()
{
    const QString spool = m_dir->filePath(u"spool.bin"_s);
    QByteArray body(5 * kMegabyte / 2, 'x');
    for (qsizetype i = 0; i < body.size(); i += 1000)
        body[i] = char('a' + (i / 1000) % 26);
    {
        QFile file(spool);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(body), body.size());
    }
    Exchange exchange = sampleExchange();
    exchange.body.clear();
    exchange.bodyFile = spool;
    exchange.bodySize = body.size();

    const qint64 id = m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(exchange, {}));
    QVERIFY(id > 0);
    const std::optional<Exchange> loaded = m_store->load(id);
    QVERIFY(loaded);
    QVERIFY(!loaded->isSpooled());
    QVERIFY(loaded->body == body.left(kMegabyte));
    QCOMPARE(loaded->bodySize, body.size());
    QVERIFY(m_store->entry(id)->bodyTruncated);
    QVERIFY2(QFile::exists(spool), "the spool file belongs to whoever received the exchange");

    // A spool file that is already gone leaves an empty, truncated body rather than a failure.
    exchange.bodyFile = m_dir->filePath(u"missing.bin"_s);
    const qint64 missing =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(exchange, {}));
    QVERIFY(missing > 0);
    QVERIFY(m_store->load(missing)->body.isEmpty());
    QVERIFY(m_store->entry(missing)->bodyTruncated);
}

void TestHistoryStore::secretAcrossTheCutIsNotHalfKept()
{
    const QString secret = u"STRADDLING-SECRET-0042"_s;
    QByteArray body(kMegabyte - 6, 'a');
    body += secret.toUtf8();
    body += QByteArray(kMegabyte, 'b');
    Exchange exchange = sampleExchange();
    exchange.body = body;
    exchange.bodySize = body.size();

    const qint64 id =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(exchange, {secret}));
    const std::optional<Exchange> loaded = m_store->load(id);
    QVERIFY(loaded);
    // The secret was masked where the exchange finished, so the cut keeps none of it.
    QVERIFY(loaded->body.startsWith(QByteArray(kMegabyte - 6, 'a')));
    QVERIFY(loaded->body.size() <= kMegabyte);
    QVERIFY(!loaded->body.contains("STRAD"));
    QVERIFY(m_store->entry(id)->bodyTruncated);

    // A spooled body is masked as it is read for the history: a secret across the end of
    // what is read is left out rather than kept in part.
    QTemporaryDir spoolDir;
    const QString spool = spoolDir.filePath(u"body"_s);
    QFile file(spool);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(body);
    file.close();
    Exchange spooled = sampleExchange();
    spooled.body.clear();
    spooled.bodyFile = spool;
    spooled.bodySize = body.size();
    const qint64 spooledId =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(spooled, {secret}));
    const std::optional<Exchange> loadedSpool = m_store->load(spooledId);
    QVERIFY(loadedSpool);
    QCOMPARE(loadedSpool->body, QByteArray(kMegabyte - 6, 'a'));
    QVERIFY(m_store->entry(spooledId)->bodyTruncated);

    // A multi-byte character at the cut is not split.
    QByteArray text(kMegabyte - 1, 'c');
    text += u"é and more"_s.toUtf8();
    exchange.body = text;
    exchange.bodySize = text.size();
    const std::optional<Exchange> loadedText =
        m_store->load(m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(exchange, {})));
    QVERIFY(loadedText);
    QCOMPARE(loadedText->body, QByteArray(kMegabyte - 1, 'c'));
}

void TestHistoryStore::secretsNeverReachTheDisk()
{
    const QByteArray bearer = "SECRETVALUE123";
    const QByteArray subscriptionKey = "abcdef0123456789";
    const QByteArray known = "known-secret-value-77";
    const QByteArray marker = "VISIBLE-MARKER-9137";
    const QStringList knownSecrets{QString::fromLatin1(known), QString::fromLatin1(subscriptionKey)};

    Exchange exchange = sampleExchange();
    exchange.request.url = QUrl(u"https://gateway.example/scoring/execute?api-version=2.0&subscription-key="_s +
                                QString::fromLatin1(subscriptionKey) + u"&marker="_s + QString::fromLatin1(marker));
    exchange.finalUrl = exchange.request.url;
    exchange.request.headers = {{"Authorization", "Bearer " + bearer},
                                {"Ocp-Apim-Subscription-Key", subscriptionKey},
                                {"X-Trace", marker},
                                {"X-Echo", known}};
    exchange.request.body = R"({"key":")" + known + R"(","marker":")" + marker + R"("})";
    exchange.responseHeaders = {{"Set-Cookie", "session=" + bearer}, {"X-Echoed-Key", subscriptionKey}};
    exchange.body = "you sent " + known + " with " + subscriptionKey + " and " + marker;
    exchange.bodySize = exchange.body.size();
    exchange.error = u"Gateway said no to "_s + QString::fromLatin1(known);

    const qint64 id =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(exchange, knownSecrets));
    QVERIFY(id > 0);

    const std::optional<Exchange> loaded = m_store->load(id);
    QVERIFY(loaded);
    const QByteArray shown =
        everything(*loaded) + m_store->entry(id)->url.toUtf8() + m_store->entry(id)->error.toUtf8();
    for (const QByteArray &secret : {bearer, subscriptionKey, known})
        QVERIFY2(!shown.contains(secret), secret.constData());
    QVERIFY(shown.contains(marker));
    // What stays tells a reader which credential was sent.
    QCOMPARE(loaded->request.headers.at(0).second.left(7), "Bearer "_ba);
    QCOMPARE(loaded->request.headers.at(2).second, marker);

    const auto checkFiles = [&](bool expectMarker) {
        QByteArray raw;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-journal"_s, u"-shm"_s})
            raw += fileBytes(databasePath() + suffix);
        QVERIFY(!raw.isEmpty());
        // The scan reads what was written: the harmless marker is there in plain bytes.
        if (expectMarker)
            QVERIFY(raw.contains(marker));
        for (const QByteArray &secret : {bearer, subscriptionKey, known}) {
            QVERIFY2(!raw.contains(secret), secret.constData());
            QVERIFY2(!raw.contains(QUrl::toPercentEncoding(QString::fromLatin1(secret))), secret.constData());
        }
    };
    QVERIFY(QFile::exists(databasePath() + u"-wal"_s));
    checkFiles(true);
    m_store->close();
    checkFiles(true);
}

void TestHistoryStore::reopenAfterCloseKeepsEntries()
{
    const qint64 first =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange("one"), {}));
    const qint64 second =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange("two"), {}));
    m_store->close();
    QVERIFY(!m_store->isOpen());
    QVERIFY(m_store->entries(u"scoring"_s, u"execute"_s).isEmpty());
    m_store.reset();

    HistoryStore reopened(databasePath());
    QString error;
    QVERIFY2(reopened.open(&error), qPrintable(error));
    const QList<HistoryEntry> entries = reopened.entries(u"scoring"_s, u"execute"_s);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, second);
    QCOMPARE(entries.at(1).id, first);
    QVERIFY(reopened.load(first)->request.body.contains("one"));

    // Two stores on one file, each with its own connection.
    HistoryStore another(databasePath());
    QVERIFY(another.open());
    QCOMPARE(another.entries(u"scoring"_s, u"execute"_s).size(), 2);
}

void TestHistoryStore::removeAndClear()
{
    const qint64 a =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange(), {}));
    const qint64 b =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange(), {}));
    const qint64 other =
        m_store->record(u"scoring"_s, u"batch"_s, portico::client::RedactedExchange::of(sampleExchange(), {}));

    QVERIFY(m_store->remove(a));
    QVERIFY(!m_store->remove(a));
    QVERIFY(!m_store->load(a));
    QCOMPARE(m_store->entries(u"scoring"_s, u"execute"_s).size(), 1);

    QVERIFY(m_store->clear(u"scoring"_s, u"execute"_s));
    QVERIFY(m_store->entries(u"scoring"_s, u"execute"_s).isEmpty());
    QVERIFY(!m_store->load(b));
    QVERIFY(m_store->load(other));
    QVERIFY(m_store->clear(u"scoring"_s, u"execute"_s));
}

void TestHistoryStore::idsAreNeverReused()
{
    const qint64 first =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange(), {}));
    QVERIFY(m_store->remove(first));
    const qint64 second =
        m_store->record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange(), {}));
    QVERIFY(second > first);
}

void TestHistoryStore::openFailsWithAMessage()
{
    // A folder cannot be made under a plain file.
    const QString blocker = m_dir->filePath(u"plain-file"_s);
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    HistoryStore store(blocker + u"/history.sqlite"_s);
    QString error;
    QVERIFY(!store.open(&error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.isOpen());
    QCOMPARE(store.record(u"scoring"_s, u"execute"_s, portico::client::RedactedExchange::of(sampleExchange(), {})), -1);
}

void TestHistoryStore::closedStoreRefusesQuietly()
{
    HistoryStore store(m_dir->filePath(u"never-opened.sqlite"_s));
    QCOMPARE(store.record(u"a"_s, u"b"_s, portico::client::RedactedExchange::of(sampleExchange(), {})), -1);
    QVERIFY(store.entries(u"a"_s, u"b"_s).isEmpty());
    QVERIFY(!store.load(1));
    QVERIFY(!store.remove(1));
    QVERIFY(!store.clear(u"a"_s, u"b"_s));
}

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
