// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Azurite killed in the middle of an upload and of a download: the transfer fails with a
// message, nothing half-written is taken for a result (no blob appears, no local file
// appears), and once Azurite is back on the same folder the retry completes with the exact
// bytes. Azurite is real, started by the sandbox's own launcher, and killed with SIGKILL.

#include "client/storage/blobclient.h"
#include "client/storage/connectionstring.h"
#include "sandbox/storage/azuriteprocess.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>
#include <optional>

using portico::client::storage::BlobClient;
using portico::client::storage::ConnectionString;
using portico::sandbox::AzuriteProcess;
using namespace Qt::StringLiterals;

namespace {

// The Azurite processes serving location: the ones whose command line names that folder,
// which is this test's own temporary one.
QList<pid_t> azuriteServing(const QString &location)
{
    QList<pid_t> pids;
    const QByteArray needle = QFile::encodeName(location);
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const pid_t pid = pid_t(entry.toInt(&number));
        if (!number)
            continue;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray args = cmdline.readAll();
        if (args.contains("azurite") && args.contains(needle))
            pids << pid;
    }
    return pids;
}

} // namespace

class TestAzuriteDeath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadInterruptedLeavesNoBlobAndRetrySucceeds();
    void downloadInterruptedLeavesNoFileAndRetrySucceeds();
    void cleanupTestCase();

private:
    bool startAzurite();
    void killAzurite();
    BlobClient::Result waitFor(quint64 id);

    QTemporaryDir m_dir;
    QString m_location;
    QString m_bigFile;
    QByteArray m_bigBytes;
    std::unique_ptr<AzuriteProcess> m_azurite;
    std::unique_ptr<BlobClient> m_client;
    quint16 m_port = 0;
};

bool TestAzuriteDeath::startAzurite()
{
    m_client.reset();
    m_azurite = std::make_unique<AzuriteProcess>();
    QSignalSpy ready(m_azurite.get(), &AzuriteProcess::ready);
    QSignalSpy failed(m_azurite.get(), &AzuriteProcess::failed);
    m_azurite->start(m_location, m_port); // the same port again when it is free
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60'000) || !failed.isEmpty()) {
        qWarning("Azurite did not start: %s", qPrintable(failed.value(0).value(0).toString()));
        return false;
    }
    m_port = m_azurite->port();
    m_client = std::make_unique<BlobClient>(ConnectionString::parse(AzuriteProcess::connectionStringFor(m_port)));
    return true;
}

void TestAzuriteDeath::killAzurite()
{
    for (const pid_t pid : azuriteServing(m_location))
        ::kill(pid, SIGKILL);
}

BlobClient::Result TestAzuriteDeath::waitFor(quint64 id)
{
    std::optional<BlobClient::Result> result;
    const auto c = connect(m_client.get(), &BlobClient::finished, this, [&](quint64 done, const BlobClient::Result &r) {
        if (done == id)
            result = r;
    });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 60'000); // no answer is reported below
    disconnect(c);
    return result.value_or(BlobClient::Result{false, 0, u"NoAnswer"_s, u"no answer"_s});
}

void TestAzuriteDeath::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_location = m_dir.filePath(u"azurite"_s);
    QVERIFY(QDir().mkpath(m_location));
    m_bigFile = m_dir.filePath(u"big.bin"_s);
    m_bigBytes.resize(48 * 1024 * 1024); // twelve blocks: the upload is surely under way when it dies
    for (qsizetype i = 0; i < m_bigBytes.size(); ++i)
        m_bigBytes[i] = char((i * 131) ^ (i >> 12));
    QFile f(m_bigFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(m_bigBytes), m_bigBytes.size());
    f.close();
    QVERIFY(startAzurite());
    QVERIFY(waitFor(m_client->createContainer(u"outputs"_s)).ok);
}

void TestAzuriteDeath::uploadInterruptedLeavesNoBlobAndRetrySucceeds()
{
    const quint64 id = m_client->putBlob(u"outputs"_s, u"up.bin"_s, m_bigFile);
    bool killed = false;
    connect(m_client.get(), &BlobClient::progress, this, [&](quint64 which, qint64 done, qint64) {
        if (which == id && done > 0 && !killed) {
            killed = true;
            killAzurite();
        }
    });
    const BlobClient::Result failed = waitFor(id);
    QVERIFY(killed);
    QVERIFY(!failed.ok);
    QVERIFY2(!failed.message.isEmpty(), "no message for the user");
    qInfo("upload with Azurite killed: %s", qPrintable(failed.message));

    QVERIFY(startAzurite());
    // The blocks that arrived before the kill were never committed: there is no blob.
    const QString probe = m_dir.filePath(u"probe.bin"_s);
    const BlobClient::Result missing = waitFor(m_client->getBlob(u"outputs"_s, u"up.bin"_s, probe));
    QVERIFY(!missing.ok);
    QCOMPARE(missing.httpStatus, 404);
    QVERIFY(!QFile::exists(probe));

    // Retrying is what submitting the job again does: make the container (a killed Azurite may
    // not have kept it), then upload from the start.
    QVERIFY(waitFor(m_client->createContainer(u"outputs"_s)).ok);
    const BlobClient::Result retried = waitFor(m_client->putBlob(u"outputs"_s, u"up.bin"_s, m_bigFile));
    QVERIFY2(retried.ok, qPrintable(retried.errorCode + u' ' + retried.message));
    const BlobClient::Result back = waitFor(m_client->getBlob(u"outputs"_s, u"up.bin"_s, probe));
    QVERIFY2(back.ok, qPrintable(back.message));
    QFile f(probe);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == m_bigBytes);
}

void TestAzuriteDeath::downloadInterruptedLeavesNoFileAndRetrySucceeds()
{
    QVERIFY(waitFor(m_client->createContainer(u"outputs"_s)).ok);
    QVERIFY(waitFor(m_client->putBlob(u"outputs"_s, u"down.bin"_s, m_bigFile)).ok);
    // A clean stop makes Azurite write its metadata out, so the blob survives the kill below.
    m_client.reset();
    m_azurite->stop();
    QVERIFY(startAzurite());
    const QString target = m_dir.filePath(u"output.csv"_s);
    const quint64 id = m_client->getBlob(u"outputs"_s, u"down.bin"_s, target);
    bool killed = false;
    connect(m_client.get(), &BlobClient::progress, this, [&](quint64 which, qint64 done, qint64) {
        if (which == id && done > 0 && !killed) {
            killed = true;
            killAzurite();
        }
    });
    const BlobClient::Result failed = waitFor(id);
    QVERIFY(killed);
    QVERIFY(!failed.ok);
    QVERIFY2(!failed.message.isEmpty(), "no message for the user");
    qInfo("download with Azurite killed: %s", qPrintable(failed.message));
    QVERIFY2(!failed.message.contains(u"HTTP 200"_s), qPrintable(failed.message)); // not told as a success
    QVERIFY2(!QFile::exists(target), "a half-downloaded output was left where the result goes");
    QCOMPARE(QDir(m_dir.path()).entryList({u"output.csv*"_s}, QDir::Files | QDir::Hidden), QStringList());

    QVERIFY(startAzurite());
    const BlobClient::Result back = waitFor(m_client->getBlob(u"outputs"_s, u"down.bin"_s, target));
    QVERIFY2(back.ok, qPrintable(back.message));
    QFile f(target);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll() == m_bigBytes);
}

void TestAzuriteDeath::cleanupTestCase()
{
    m_client.reset();
    if (m_azurite)
        m_azurite->stop();
}

QTEST_GUILESS_MAIN(TestAzuriteDeath)
#include "tst_azuritedeath.moc"
