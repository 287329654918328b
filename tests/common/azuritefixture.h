#pragma once
// Starts a real Azurite (blob service only) on a free port in a temporary folder, for tests
// that move blobs; stops it when destroyed.

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class AzuriteFixture
{
public:
    ~AzuriteFixture()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Empty on success, otherwise why it did not start.
    QString start()
    {
        using namespace Qt::StringLiterals;
        const QString azurite = QString::fromUtf8(PORTICO_AZURITE_BLOB);
        if (!QFile::exists(azurite))
            return u"Azurite is not installed at "_s + azurite + u"; `make test` installs it"_s;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return u"no free port"_s;
            m_port = probe.serverPort();
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(azurite, {u"--blobHost"_s, u"127.0.0.1"_s, u"--blobPort"_s, QString::number(m_port),
                                  u"--location"_s, m_dir.path(), u"--silent"_s, u"--skipApiVersionCheck"_s,
                                  u"--loose"_s});
        if (!m_process.waitForStarted(10000))
            return m_process.errorString();
        QTcpSocket socket;
        const bool listening = QTest::qWaitFor([&] {
            if (m_process.state() == QProcess::NotRunning)
                return true;
            if (socket.state() == QAbstractSocket::ConnectedState)
                return true;
            if (socket.state() == QAbstractSocket::UnconnectedState)
                socket.connectToHost(QHostAddress::LocalHost, m_port);
            return false;
        }, 30000);
        if (m_process.state() != QProcess::Running)
            return u"Azurite exited: "_s + QString::fromLocal8Bit(m_process.readAll());
        if (!listening)
            return u"Azurite did not listen within 30 s"_s;
        return {};
    }

    quint16 port() const { return m_port; }
    QString connectionString() const
    {
        using namespace Qt::StringLiterals;
        return u"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="
               "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
               "BlobEndpoint=http://127.0.0.1:"_s
            + QString::number(m_port) + u"/devstoreaccount1;"_s;
    }

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
};
