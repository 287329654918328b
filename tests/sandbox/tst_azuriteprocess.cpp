// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// AzuriteProcess as the sandbox relies on it: it starts Azurite without blocking, hands
// out a connection string that works, falls back from a busy port, stops the emulator
// with it, and says how to install Azurite when it is missing.

#include "sandbox/storage/azuriteprocess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::sandbox::AzuriteProcess;

class TestAzuriteProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsOnABusyPreferredPortsNeighbourAndStopsWithItsOwner();
    void missingProgramSaysHowToInstallIt();

private:
    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 500);
    }
};

void TestAzuriteProcess::startsOnABusyPreferredPortsNeighbourAndStopsWithItsOwner()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    quint16 port = 0;
    {
        AzuriteProcess azurite;
        QSignalSpy ready(&azurite, &AzuriteProcess::ready);
        QSignalSpy failed(&azurite, &AzuriteProcess::failed);
        azurite.start(dir.filePath(u"azurite"_s), busy.serverPort());
        // start() returned at once: the emulator is not up yet.
        QCOMPARE(azurite.state(), AzuriteProcess::State::Starting);
        QVERIFY(QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 30'000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        port = azurite.port();
        QVERIFY(port != busy.serverPort());
        QCOMPARE(ready.first().first().toString(), AzuriteProcess::connectionStringFor(port));
        QVERIFY(ready.first().first().toString().contains(
            u"BlobEndpoint=http://127.0.0.1:%1/devstoreaccount1;"_s.arg(port)));
        QVERIFY(accepts(port));
    }
    QVERIFY(QTest::qWaitFor([&] { return !accepts(port); }, 5000));
}

void TestAzuriteProcess::missingProgramSaysHowToInstallIt()
{
    QTemporaryDir dir;
    AzuriteProcess azurite;
    QSignalSpy failed(&azurite, &AzuriteProcess::failed);
    azurite.start(dir.path(), 0, dir.filePath(u"missing/azurite-blob"_s));
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(u"make deps"_s) && message.contains(u"azurite@3.35.0"_s) &&
                 message.contains(u"PORTICO_AZURITE_BLOB"_s),
             qPrintable(message));
    QCOMPARE(azurite.state(), AzuriteProcess::State::Failed);
}

QTEST_GUILESS_MAIN(TestAzuriteProcess)
#include "tst_azuriteprocess.moc"
