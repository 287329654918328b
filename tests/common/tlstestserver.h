// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// HTTPS for tests: a self-signed certificate made by openssl at test time, and a server that
// answers every request with a tiny fixed reply. Qt 6.4 has no QSslServer, so each accepted
// descriptor is wrapped in a server-side QSslSocket.

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace portico::testing {

class TlsTestServer : public QTcpServer
{
public:
    TlsTestServer(const QSslCertificate &certificate, const QSslKey &key)
        : m_certificate(certificate)
        , m_key(key)
    { }
    int requestsServed() const { return m_served; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        auto head = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, head] {
            head->append(socket->readAll());
            if (!head->contains("\r\n\r\n"))
                return;
            head->clear();
            ++m_served;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 6\r\n"
                          "Connection: close\r\n\r\nsecure");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        // A refused handshake ends in an error without a disconnected() of its own.
        connect(socket, &QSslSocket::errorOccurred, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    int m_served = 0;
};

// A fresh self-signed certificate for 127.0.0.1 and its key, written under dir as
// cert<tag>.pem and key<tag>.pem. Empty error on success.
inline QString makeSelfSignedCertificate(const QString &dir, const QString &tag, QSslCertificate *certificate,
                                         QSslKey *key)
{
    const QString openssl = QStringLiteral("/usr/bin/openssl");
    if (!QFile::exists(openssl))
        return QStringLiteral(
            "/usr/bin/openssl is missing; install the Debian package \"openssl\" to run the TLS tests.");
    const QString certPath = dir + QStringLiteral("/cert") + tag + QStringLiteral(".pem");
    const QString keyPath = dir + QStringLiteral("/key") + tag + QStringLiteral(".pem");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath});
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000))
        return QStringLiteral("openssl did not finish generating a certificate");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromLocal8Bit(process.readAll());
    QFile certFile(certPath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read what openssl wrote");
    *certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    *key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (certificate->isNull() || key->isNull())
        return QStringLiteral("openssl wrote a certificate or key Qt cannot read");
    return {};
}

} // namespace portico::testing
