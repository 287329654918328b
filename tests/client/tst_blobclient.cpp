// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// BlobClient, its Shared Key signing and its SAS tokens against a real Azurite, and
// interop with the Azure Storage SDK for Python.
#include "client/storage/blobclient.h"
#include "client/storage/connectionstring.h"
#include "client/storage/sharedkey.h"
#include "sandbox/storage/azuriteprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using portico::client::storage::BlobClient;
using portico::client::storage::ConnectionString;
using portico::client::storage::SharedKey;
using portico::sandbox::AzuriteProcess;

namespace {

const QString DevKey = QString::fromLatin1(ConnectionString::DevelopmentKey);

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(data.data());
    QRandomGenerator::global()->fillRange(words, size / qsizetype(sizeof(quint32)));
    for (qsizetype i = size - size % qsizetype(sizeof(quint32)); i < size; ++i)
        data[i] = char(i);
    return data;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBlobClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void parseConnectionString_data();
    void parseConnectionString();
    void connectionStringNeverShowsKey();
    void sharedKeySignature();
    void sasStringToSign();
    void urlStyles();

    void createContainerTwice();
    void smallBlobRoundTrip();
    void largeBlobInBlocks();
    void parallelBlocksReadBackIdenticalWithSteadyProgress();
    void failedBlockFailsUploadOnce();
    void cancelMidUploadCommitsNothing();
    void deleteBlob();
    void missingBlob();
    void wrongKey();
    void connectionRefused();
    void localFileErrorIsAsynchronous();
    void cancelUpload();
    void sasUrl();
    void pythonSdkInterop();

private:
    QString connectionText(const QString &key) const;
    BlobClient::Result waitFor(BlobClient &client, quint64 id, int timeoutMs = 20000);
    QByteArray plainGet(const QUrl &url, int *status);

    AzuriteProcess m_azurite;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<BlobClient> m_client;
};

QString TestBlobClient::connectionText(const QString &key) const
{
    return u"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="_s % key %
        u";BlobEndpoint=http://127.0.0.1:"_s % QString::number(m_port) % u"/devstoreaccount1;"_s;
}

BlobClient::Result TestBlobClient::waitFor(BlobClient &client, quint64 id, int timeoutMs)
{
    std::optional<BlobClient::Result> result;
    const auto connection =
        connect(&client, &BlobClient::finished, this, [&](quint64 finishedId, const BlobClient::Result &r) {
            if (finishedId == id)
                result = r;
        });
    const bool arrived = QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs);
    disconnect(connection);
    if (!arrived)
        return BlobClient::Result{false, 0, u"TestTimeout"_s, u"no finished() in time"_s};
    return *result;
}

QByteArray TestBlobClient::plainGet(const QUrl &url, int *status)
{
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> reply(nam.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000)) {
        *status = -1;
        return {};
    }
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return reply->readAll();
}

void TestBlobClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The sandbox's own launcher: finds Azurite (PORTICO_AZURITE_BLOB, the tree's .azurite,
    // PATH), picks a free port, and says how to install it when it is missing.
    QSignalSpy ready(&m_azurite, &AzuriteProcess::ready);
    QSignalSpy failed(&m_azurite, &AzuriteProcess::failed);
    m_azurite.start(m_dir.path(), 0);
    QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    m_port = m_azurite.port();

    const ConnectionString account = ConnectionString::parse(connectionText(DevKey));
    QVERIFY2(account.isValid(), qPrintable(account.errorString()));
    m_client = std::make_unique<BlobClient>(account);
}

void TestBlobClient::cleanupTestCase()
{
    m_client.reset();
    m_azurite.stop();
}

void TestBlobClient::parseConnectionString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("error");

    QTest::newRow("development") << u"UseDevelopmentStorage=true"_s << true << u"devstoreaccount1"_s
                                 << u"http://127.0.0.1:10000/devstoreaccount1"_s << QString();
    QTest::newRow("development, any case") << u"usedevelopmentstorage=TRUE;"_s << true << u"devstoreaccount1"_s
                                           << u"http://127.0.0.1:10000/devstoreaccount1"_s << QString();
    QTest::newRow("azure defaults") << u"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5PT0="_s << true
                                    << u"acct"_s << u"https://acct.blob.core.windows.net"_s << QString();
    QTest::newRow("suffix and case")
        << u"accountname=acct;ACCOUNTKEY=a2V5PT0=;EndpointSuffix=core.chinacloudapi.cn;DefaultEndpointsProtocol=http"_s
        << true << u"acct"_s << u"http://acct.blob.core.chinacloudapi.cn"_s << QString();
    QTest::newRow("blob endpoint")
        << u"AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1234/devstoreaccount1/;"_s
        << true << u"devstoreaccount1"_s << u"http://127.0.0.1:1234/devstoreaccount1"_s << QString();
    QTest::newRow("missing key") << u"DefaultEndpointsProtocol=https;AccountName=acct"_s << false << u"acct"_s
                                 << QString() << u"AccountKey"_s;
    QTest::newRow("missing account") << u"DefaultEndpointsProtocol=https;AccountKey=a2V5"_s << false << QString()
                                     << QString() << u"AccountName"_s;
    QTest::newRow("key not base64") << u"AccountName=acct;AccountKey=no*base64"_s << false << u"acct"_s << QString()
                                    << u"base64"_s;
    QTest::newRow("bad endpoint") << u"AccountName=acct;AccountKey=a2V5;BlobEndpoint=ftp://x"_s << false << u"acct"_s
                                  << QString() << u"BlobEndpoint"_s;
    QTest::newRow("no pair") << u"AccountName=acct;garbage"_s << false << u"acct"_s << QString() << u"name=value"_s;
}

void TestBlobClient::parseConnectionString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, account);
    QFETCH(QString, endpoint);
    QFETCH(QString, error);

    const ConnectionString parsed = ConnectionString::parse(text);
    QCOMPARE(parsed.isValid(), valid);
    if (valid) {
        QCOMPARE(parsed.accountName(), account);
        QCOMPARE(parsed.blobEndpoint().toString(), endpoint);
        QVERIFY(!parsed.decodedAccountKey().isEmpty());
    } else {
        QVERIFY2(parsed.errorString().contains(error), qPrintable(parsed.errorString()));
    }
}

void TestBlobClient::connectionStringNeverShowsKey()
{
    const ConnectionString parsed =
        ConnectionString::parse(u"AccountName=acct;AccountKey=c2VjcmV0a2V5PT0=;BlobEndpoint=https://acct.example/"_s);
    QVERIFY(parsed.isValid());
    // Values may contain '=': the padding survives.
    QCOMPARE(parsed.accountKey(), u"c2VjcmV0a2V5PT0="_s);
    QVERIFY(!parsed.toString().contains(u"c2VjcmV0"_s));
    QVERIFY(parsed.toString().contains(u"<redacted>"_s));
    QCOMPARE(ConnectionString::parse(u"UseDevelopmentStorage=true"_s).toString(), u"UseDevelopmentStorage=true"_s);
}

void TestBlobClient::sharedKeySignature()
{
    // A Put Block request, string-to-sign written out by hand from the documented layout.
    const QUrl url(u"http://127.0.0.1:10000/devstoreaccount1/data/in%20put.csv?comp=block&blockid=YmxvY2s%3D"_s,
                   QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", "application/octet-stream");
    request.setHeader(QNetworkRequest::ContentLengthHeader, 11);
    request.setRawHeader("x-ms-version", "2021-08-06");
    request.setRawHeader("X-MS-Date", "Fri, 27 Nov 2026 06:00:00 GMT");
    request.setRawHeader("x-ms-blob-type", "BlockBlob");

    const QByteArray expected = "PUT\n\n\n11\n\napplication/octet-stream\n\n\n\n\n\n\n"
                                "x-ms-blob-type:BlockBlob\n"
                                "x-ms-date:Fri, 27 Nov 2026 06:00:00 GMT\n"
                                "x-ms-version:2021-08-06\n"
                                "/devstoreaccount1/devstoreaccount1/data/in%20put.csv\n"
                                "blockid:YmxvY2s=\n"
                                "comp:block"_ba;
    const QByteArray toSign = SharedKey::stringToSign("PUT"_ba, u"devstoreaccount1"_s, url, request);
    QCOMPARE(toSign, expected);

    const QByteArray key = QByteArray::fromBase64(DevKey.toLatin1());
    const QByteArray mac = QMessageAuthenticationCode::hash(expected, key, QCryptographicHash::Sha256);
    QCOMPARE(SharedKey::authorization(u"devstoreaccount1"_s, key, toSign),
             "SharedKey devstoreaccount1:"_ba + mac.toBase64());

    // A zero Content-Length is signed as empty, and GET carries no length at all.
    QNetworkRequest empty(QUrl(u"https://acct.blob.core.windows.net/c?restype=container"_s));
    empty.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    empty.setRawHeader("x-ms-date", "Fri, 27 Nov 2026 06:00:00 GMT");
    QCOMPARE(SharedKey::stringToSign("PUT"_ba, u"acct"_s, empty.url(), empty),
             "PUT\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 27 Nov 2026 06:00:00 GMT\n/acct/c\nrestype:container"_ba);

    QCOMPARE(SharedKey::httpDate(QDateTime(QDate(2026, 11, 27), QTime(6, 0), Qt::UTC)),
             "Fri, 27 Nov 2026 06:00:00 GMT"_ba);
}

void TestBlobClient::sasStringToSign()
{
    const QByteArray key = QByteArray::fromBase64(DevKey.toLatin1());
    const QDateTime expiry(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const QByteArray expected = "r\n\n2026-12-01T12:00:00Z\n/blob/devstoreaccount1/data/out.csv\n\n\nhttps,http\n"
                                "2020-10-02\nb\n\n\n\n\n\n"_ba;
    QCOMPARE(SharedKey::sasStringToSign(u"devstoreaccount1"_s, u"data"_s, u"out.csv"_s, SharedKey::SasResource::Blob,
                                        u"r"_s, QString(), u"2026-12-01T12:00:00Z"_s, u"https,http"_s),
             expected);
    const QByteArray sig = QMessageAuthenticationCode::hash(expected, key, QCryptographicHash::Sha256).toBase64();
    const QString query =
        SharedKey::serviceSas(u"devstoreaccount1"_s, key, u"data"_s, u"out.csv"_s, SharedKey::SasResource::Blob, u"r"_s,
                              expiry, QDateTime(), u"https,http"_s);
    QCOMPARE(query,
             u"sv=2020-10-02&sr=b&se=2026-12-01T12%3A00%3A00Z&sp=r&spr=https%2Chttp&sig="_s %
                 QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(sig))));
}

void TestBlobClient::urlStyles()
{
    // Real Azure names the account in the host, Azurite in the first path segment; the
    // signed resource always starts with the account.
    const BlobClient azure(ConnectionString::parse(u"AccountName=acct;AccountKey=a2V5"_s));
    const QUrl hostStyle = azure.blobUrl(u"data"_s, u"dir/a b.csv"_s);
    QCOMPARE(hostStyle.toString(QUrl::FullyEncoded), u"https://acct.blob.core.windows.net/data/dir/a%20b.csv"_s);
    QNetworkRequest request(hostStyle);
    QVERIFY(SharedKey::stringToSign("GET"_ba, u"acct"_s, hostStyle, request).endsWith("\n/acct/data/dir/a%20b.csv"_ba));

    const BlobClient azurite(ConnectionString::parse(u"UseDevelopmentStorage=true"_s));
    QCOMPARE(azurite.blobUrl(u"data"_s, u"x.csv"_s).toString(),
             u"http://127.0.0.1:10000/devstoreaccount1/data/x.csv"_s);
    QCOMPARE(azurite.containerUrl(u"data"_s).toString(), u"http://127.0.0.1:10000/devstoreaccount1/data"_s);
}

void TestBlobClient::createContainerTwice()
{
    BlobClient::Result first = waitFor(*m_client, m_client->createContainer(u"twice"_s));
    QVERIFY2(first.ok, qPrintable(first.message));
    QCOMPARE(first.httpStatus, 201);
    BlobClient::Result second = waitFor(*m_client, m_client->createContainer(u"twice"_s));
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(second.httpStatus, 409);
    QCOMPARE(second.errorCode, u"ContainerAlreadyExists"_s);
}

void TestBlobClient::smallBlobRoundTrip()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"small"_s)).ok);
    const QByteArray data = "id,score\r\n1,0.5\r\n\0binary\xff"_ba;
    const QString up = m_dir.filePath(u"small-up.bin"_s);
    const QString down = m_dir.filePath(u"small-down.bin"_s);
    QVERIFY(writeFile(up, data));

    const BlobClient::Result put = waitFor(*m_client, m_client->putBlob(u"small"_s, u"dir/in put.csv"_s, up));
    QVERIFY2(put.ok, qPrintable(put.message));
    QCOMPARE(put.httpStatus, 201);
    const BlobClient::Result get = waitFor(*m_client, m_client->getBlob(u"small"_s, u"dir/in put.csv"_s, down));
    QVERIFY2(get.ok, qPrintable(get.message));
    QCOMPARE(get.httpStatus, 200);
    QCOMPARE(readFile(down), data);
}

void TestBlobClient::largeBlobInBlocks()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"large"_s)).ok);
    const QByteArray data = randomBytes(10 * 1000 * 1000);
    const QString up = m_dir.filePath(u"large-up.bin"_s);
    const QString down = m_dir.filePath(u"large-down.bin"_s);
    QVERIFY(writeFile(up, data));

    QSignalSpy progress(m_client.get(), &BlobClient::progress);
    const quint64 id = m_client->putBlob(u"large"_s, u"big.bin"_s, up);
    const BlobClient::Result put = waitFor(*m_client, id, 30000);
    QVERIFY2(put.ok, qPrintable(put.message));
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).toULongLong(), id);
    QCOMPARE(last.at(1).toLongLong(), qint64(data.size()));
    QCOMPARE(last.at(2).toLongLong(), qint64(data.size()));
    for (const QList<QVariant> &p : std::as_const(progress))
        QVERIFY(p.at(1).toLongLong() <= p.at(2).toLongLong());

    progress.clear();
    const quint64 getId = m_client->getBlob(u"large"_s, u"big.bin"_s, down);
    const BlobClient::Result get = waitFor(*m_client, getId, 30000);
    QVERIFY2(get.ok, qPrintable(get.message));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toULongLong(), getId);
    QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(data.size()));
    const QByteArray back = readFile(down);
    QCOMPARE(back.size(), data.size());
    QVERIFY(back == data);
}

void TestBlobClient::parallelBlocksReadBackIdenticalWithSteadyProgress()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"parallel"_s)).ok);
    // Blocks finish in whatever order the service answers; the tail block is short.
    const QByteArray data = randomBytes(20 * 1024 * 1024 + 12345);
    const QString up = m_dir.filePath(u"parallel-up.bin"_s);
    const QString down = m_dir.filePath(u"parallel-down.bin"_s);
    QVERIFY(writeFile(up, data));

    QSignalSpy progress(m_client.get(), &BlobClient::progress);
    const quint64 id = m_client->putBlob(u"parallel"_s, u"twenty.bin"_s, up);
    const BlobClient::Result put = waitFor(*m_client, id, 60000);
    QVERIFY2(put.ok, qPrintable(put.message));
    qint64 previous = 0;
    for (const QList<QVariant> &p : std::as_const(progress)) {
        QCOMPARE(p.at(0).toULongLong(), id);
        QVERIFY2(p.at(1).toLongLong() >= previous, "progress went backwards");
        previous = p.at(1).toLongLong();
        QCOMPARE(p.at(2).toLongLong(), qint64(data.size()));
    }
    QCOMPARE(previous, qint64(data.size()));

    const BlobClient::Result get = waitFor(*m_client, m_client->getBlob(u"parallel"_s, u"twenty.bin"_s, down), 60000);
    QVERIFY2(get.ok, qPrintable(get.message));
    const QByteArray back = readFile(down);
    QCOMPARE(back.size(), data.size());
    QVERIFY(back == data);
}

void TestBlobClient::failedBlockFailsUploadOnce()
{
    // Every block in flight fails; the user hears of it once.
    const QString up = m_dir.filePath(u"orphan.bin"_s);
    QVERIFY(writeFile(up, randomBytes(13 * 1024 * 1024)));
    QSignalSpy finished(m_client.get(), &BlobClient::finished);
    const quint64 id = m_client->putBlob(u"no-such-container"_s, u"orphan.bin"_s, up);
    const BlobClient::Result put = waitFor(*m_client, id, 30000);
    QVERIFY(!put.ok);
    QCOMPARE(put.httpStatus, 404);
    QCOMPARE(put.errorCode, u"ContainerNotFound"_s);
    QVERIFY(!m_client->isPending(id));
    // A later round trip gives stray answers of the other blocks time to arrive.
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"parallel"_s)).ok);
    QCOMPARE(std::count_if(finished.cbegin(), finished.cend(),
                           [id](const QList<QVariant> &f) { return f.at(0).toULongLong() == id; }),
             1);
}

void TestBlobClient::cancelMidUploadCommitsNothing()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"cancel"_s)).ok);
    const QString up = m_dir.filePath(u"cancel-mid.bin"_s);
    QVERIFY(writeFile(up, randomBytes(20 * 1024 * 1024)));
    QSignalSpy progress(m_client.get(), &BlobClient::progress);
    QSignalSpy finished(m_client.get(), &BlobClient::finished);
    const quint64 id = m_client->putBlob(u"cancel"_s, u"mid.bin"_s, up);
    QVERIFY(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 30000));
    m_client->cancel(id);
    QCOMPARE(finished.size(), 0);
    const BlobClient::Result result = waitFor(*m_client, id);
    QCOMPARE(result.errorCode, u"Cancelled"_s);

    const BlobClient::Result get =
        waitFor(*m_client, m_client->getBlob(u"cancel"_s, u"mid.bin"_s, m_dir.filePath(u"mid-down.bin"_s)));
    QCOMPARE(get.errorCode, u"BlobNotFound"_s);
    QCOMPARE(std::count_if(finished.cbegin(), finished.cend(),
                           [id](const QList<QVariant> &f) { return f.at(0).toULongLong() == id; }),
             1);
}

void TestBlobClient::deleteBlob()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"gone"_s)).ok);
    const QString up = m_dir.filePath(u"gone.bin"_s);
    QVERIFY(writeFile(up, "bye"_ba));
    QVERIFY(waitFor(*m_client, m_client->putBlob(u"gone"_s, u"x.txt"_s, up)).ok);
    const BlobClient::Result deleted = waitFor(*m_client, m_client->deleteBlob(u"gone"_s, u"x.txt"_s));
    QVERIFY2(deleted.ok, qPrintable(deleted.message));
    QCOMPARE(deleted.httpStatus, 202);
    const BlobClient::Result again = waitFor(*m_client, m_client->deleteBlob(u"gone"_s, u"x.txt"_s));
    QVERIFY(!again.ok);
    QCOMPARE(again.errorCode, u"BlobNotFound"_s);
}

void TestBlobClient::missingBlob()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"holes"_s)).ok);
    const QString down = m_dir.filePath(u"never.bin"_s);
    const BlobClient::Result get = waitFor(*m_client, m_client->getBlob(u"holes"_s, u"nope.csv"_s, down));
    QVERIFY(!get.ok);
    QCOMPARE(get.httpStatus, 404);
    QCOMPARE(get.errorCode, u"BlobNotFound"_s);
    QVERIFY2(get.message.contains(u"nope.csv"_s), qPrintable(get.message));
    // A failed download leaves no file behind.
    QVERIFY(!QFile::exists(down));

    const BlobClient::Result noContainer = waitFor(*m_client, m_client->getBlob(u"no-such-container"_s, u"a"_s, down));
    QCOMPARE(noContainer.errorCode, u"ContainerNotFound"_s);
}

void TestBlobClient::wrongKey()
{
    const QString otherKey = QString::fromLatin1(QByteArray(64, 'k').toBase64());
    BlobClient client(ConnectionString::parse(connectionText(otherKey)));
    const BlobClient::Result result = waitFor(client, client.createContainer(u"forbidden"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 403);
    // Azure says AuthenticationFailed; Azurite answers a bad Shared Key with AuthorizationFailure.
    QVERIFY2(result.errorCode == u"AuthenticationFailed"_s || result.errorCode == u"AuthorizationFailure"_s,
             qPrintable(result.errorCode));
    QVERIFY2(result.message.contains(u"account name and key"_s), qPrintable(result.message));
    QVERIFY(!result.message.contains(otherKey));
}

void TestBlobClient::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    BlobClient client(ConnectionString::parse(u"AccountName=devstoreaccount1;AccountKey="_s % DevKey %
                                              u";BlobEndpoint=http://127.0.0.1:"_s % QString::number(closedPort) %
                                              u"/devstoreaccount1"_s));
    const BlobClient::Result result = waitFor(client, client.createContainer(u"c"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.errorCode, u"ConnectionRefused"_s);
    QVERIFY2(result.message.contains(u"127.0.0.1:"_s % QString::number(closedPort)), qPrintable(result.message));
}

void TestBlobClient::localFileErrorIsAsynchronous()
{
    QSignalSpy finished(m_client.get(), &BlobClient::finished);
    const quint64 id = m_client->putBlob(u"small"_s, u"x"_s, m_dir.filePath(u"does-not-exist"_s));
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_client->isPending(id));
    const BlobClient::Result result = waitFor(*m_client, id);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorCode, u"LocalFileError"_s);
    QVERIFY(!m_client->isPending(id));
}

void TestBlobClient::cancelUpload()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"cancel"_s)).ok);
    const QString up = m_dir.filePath(u"cancel.bin"_s);
    QVERIFY(writeFile(up, randomBytes(9 * 1024 * 1024)));
    const quint64 id = m_client->putBlob(u"cancel"_s, u"half.bin"_s, up);
    m_client->cancel(id);
    const BlobClient::Result result = waitFor(*m_client, id);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorCode, u"Cancelled"_s);
    m_client->cancel(id); // already finished: ignored
}

void TestBlobClient::sasUrl()
{
    QVERIFY(waitFor(*m_client, m_client->createContainer(u"shared"_s)).ok);
    const QByteArray data = "shared by signature"_ba;
    const QString up = m_dir.filePath(u"sas.bin"_s);
    QVERIFY(writeFile(up, data));
    QVERIFY(waitFor(*m_client, m_client->putBlob(u"shared"_s, u"out.csv"_s, up)).ok);

    const QByteArray key = QByteArray::fromBase64(DevKey.toLatin1());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QUrl url = SharedKey::blobSasUrl(m_client->blobUrl(u"shared"_s, u"out.csv"_s), u"devstoreaccount1"_s, key,
                                           u"shared"_s, u"out.csv"_s, u"r"_s, now.addSecs(3600), now.addSecs(-300));
    int status = 0;
    QCOMPARE(plainGet(url, &status), data);
    QCOMPARE(status, 200);

    // BES hands out BaseLocation + RelativeLocation + SasBlobToken; the same URL must work.
    const QString base = u"http://127.0.0.1:"_s % QString::number(m_port) % u"/devstoreaccount1/"_s;
    const QUrl concatenated(base % u"shared/out.csv"_s % u'?' % url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QCOMPARE(plainGet(concatenated, &status), data);
    QCOMPARE(status, 200);

    QString tampered = url.toString(QUrl::FullyEncoded);
    const qsizetype sig = tampered.indexOf(u"sig="_s) + 4;
    tampered[sig] = tampered.at(sig) == u'A' ? u'B' : u'A';
    plainGet(QUrl(tampered, QUrl::StrictMode), &status);
    QCOMPARE(status, 403);
}

void TestBlobClient::pythonSdkInterop()
{
    const QString python = u"/usr/bin/python3"_s;
    // Reads or writes one blob with the SDK; the connection string comes by environment.
    const QString script = uR"(
import os, sys
from azure.storage.blob import BlobServiceClient
service = BlobServiceClient.from_connection_string(os.environ["PORTICO_TEST_STORAGE"])
blob = service.get_blob_client(sys.argv[2], sys.argv[3])
if sys.argv[1] == "get":
    with open(sys.argv[4], "wb") as f:
        f.write(blob.download_blob().readall())
else:
    with open(sys.argv[4], "rb") as f:
        blob.upload_blob(f, overwrite=True)
)"_s;
    auto runSdk = [&](const QStringList &args, QString *output) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PORTICO_TEST_STORAGE"_s, connectionText(DevKey));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(python, QStringList{u"-c"_s, script} + args);
        const bool done = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
        *output = QString::fromLocal8Bit(process.readAll());
        return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    };

    QVERIFY(waitFor(*m_client, m_client->createContainer(u"interop"_s)).ok);
    QString output;

    // Ours up, the SDK's down.
    const QByteArray ours = randomBytes(5 * 1024 * 1024 + 3);
    const QString oursPath = m_dir.filePath(u"ours.bin"_s);
    QVERIFY(writeFile(oursPath, ours));
    QVERIFY(waitFor(*m_client, m_client->putBlob(u"interop"_s, u"from-qt.bin"_s, oursPath), 30000).ok);
    const QString sdkDown = m_dir.filePath(u"sdk-down.bin"_s);
    QVERIFY2(runSdk({u"get"_s, u"interop"_s, u"from-qt.bin"_s, sdkDown}, &output), qPrintable(output));
    QVERIFY(readFile(sdkDown) == ours);

    // The SDK's up, ours down.
    const QByteArray theirs = randomBytes(300 * 1024);
    const QString theirsPath = m_dir.filePath(u"theirs.bin"_s);
    QVERIFY(writeFile(theirsPath, theirs));
    QVERIFY2(runSdk({u"put"_s, u"interop"_s, u"from-sdk.bin"_s, theirsPath}, &output), qPrintable(output));
    const QString qtDown = m_dir.filePath(u"qt-down.bin"_s);
    const BlobClient::Result get = waitFor(*m_client, m_client->getBlob(u"interop"_s, u"from-sdk.bin"_s, qtDown));
    QVERIFY2(get.ok, qPrintable(get.message));
    QVERIFY(readFile(qtDown) == theirs);
}

QTEST_GUILESS_MAIN(TestBlobClient)
#include "tst_blobclient.moc"
