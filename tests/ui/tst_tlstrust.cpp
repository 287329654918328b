// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A server whose certificate fails verification: the console shows the certificate and,
// once the user trusts it, talks to that host with exactly that certificate, also after a
// restart; another certificate for the same host is still refused. The trust given on the
// Try-it page holds for the job monitor, the publisher and blob storage too: one trust store.

#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "client/http/httpengine.h"
#include "client/http/transport.h"
#include "client/jobs/besclient.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "client/storage/blobclient.h"
#include "client/storage/connectionstring.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"

#include "../common/openconsole.h"
#include "../common/tlstestserver.h"
#include "recordinganswerer.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;

class TestTlsTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trustedCertificateIsUsedAndRemembered();
    void trustGivenOnTheTryItPageHoldsForJobsPublisherAndStorage();

private:
    testing::OpenConsole open(const QString &profile = u"profile"_s);
    bool saveWorkspace(const QString &profile, quint16 port);
    static QString responseText(ui::MainWindow *w);
    static void send(ui::MainWindow *w);

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSslCertificate m_otherCertificate;
    QSslKey m_otherKey;
    std::unique_ptr<testing::TlsTestServer> m_server;
};

void TestTlsTrust::initTestCase()
{
    QString error = testing::makeSelfSignedCertificate(m_dir.path(), u"a"_s, &m_certificate, &m_key);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = testing::makeSelfSignedCertificate(m_dir.path(), u"b"_s, &m_otherCertificate, &m_otherKey);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_server = std::make_unique<testing::TlsTestServer>(m_certificate, m_key);
    QVERIFY(m_server->listen(QHostAddress::LocalHost));

    QVERIFY(saveWorkspace(u"profile"_s, m_server->serverPort()));
}

// A workspace whose active environment is the TLS server on port, with a request that needs no key.
bool TestTlsTrust::saveWorkspace(const QString &profile, quint16 port)
{
    client::Workspace ws =
        client::sampleWorkspace({QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:1"_s), u"w"_s, u"s"_s});
    client::Environment env = ws.environments.first();
    env.name = u"Self-signed server"_s;
    env.variables[0].second = u"https://127.0.0.1:%1"_s.arg(port);
    ws.environments.append(env);
    ws.activeEnvironment = env.name;
    ws.savedRequests.first().headers = {{u"Content-Type"_s, u"application/json"_s}};
    QString saveError;
    const bool saved = ws.save(client::DataPaths(m_dir.filePath(profile)).workspaceFile(), &saveError);
    if (!saved)
        qWarning() << saveError;
    return saved;
}

testing::OpenConsole TestTlsTrust::open(const QString &profile)
{
    return testing::openConsole(m_dir.filePath(profile));
}

QString TestTlsTrust::responseText(ui::MainWindow *w)
{
    QStringList texts;
    for (QLabel *label : w->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"response"_s) && label->isVisibleTo(w))
            texts.append(label->text());
    }
    return texts.join(u" | "_s);
}

void TestTlsTrust::send(ui::MainWindow *w)
{
    auto *button = w->findChild<QPushButton *>(u"sendRequestButton"_s);
    QVERIFY(button && button->isEnabled());
    button->click();
    QVERIFY(QTest::qWaitFor([button] { return button->isEnabled(); }, 20'000));
}

void TestTlsTrust::trustedCertificateIsUsedAndRemembered()
{
    {
        auto w = open();
        // The first answer is refused; the user is asked and says yes.
        portico::tests::RecordingAnswerer answerer(w.get());
        answerer.answerNext(QMessageBox::Yes);
        send(w.get());
        QTRY_VERIFY2(!responseText(w.get()).contains(u"200"_s), qPrintable(responseText(w.get())));
        QTRY_COMPARE(answerer.count(), 1);
        // The user sees whose certificate it is, its fingerprint, and that No is the default.
        const ui::MessageBox::Shown &asked = answerer.last();
        QCOMPARE(asked.icon, QMessageBox::Question);
        QCOMPARE(asked.title, u"Untrusted certificate"_s);
        QVERIFY2(asked.text.startsWith(u"The certificate of 127.0.0.1 is not trusted:"_s), qPrintable(asked.text));
        QVERIFY2(asked.text.contains(u"Trust this certificate for 127.0.0.1 from now on?"_s), qPrintable(asked.text));
        QVERIFY2(asked.text.contains(QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':')),
                                     Qt::CaseInsensitive),
                 qPrintable(asked.text));
        QCOMPARE(asked.buttonTexts, (QStringList{u"Yes"_s, u"No"_s}));
        QCOMPARE(asked.defaultButton, QMessageBox::No);
        QCOMPARE(m_server->requestsServed(), 0);
        send(w.get());
        QTRY_VERIFY2(responseText(w.get()).contains(u"200"_s), qPrintable(responseText(w.get())));
        QCOMPARE(m_server->requestsServed(), 1);
    }
    const QSettings settings(client::DataPaths(m_dir.filePath(u"profile"_s)).dataDir() + u"/settings.ini"_s,
                             QSettings::IniFormat);
    QCOMPARE(settings.value(u"tls/trusted/127.0.0.1"_s).toStringList(),
             QStringList{QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex())});

    {
        // A restart remembers the choice: no question, straight through.
        auto w = open();
        send(w.get());
        QTRY_VERIFY2(responseText(w.get()).contains(u"200"_s), qPrintable(responseText(w.get())));
        QCOMPARE(m_server->requestsServed(), 2);
    }

    // The same host with another certificate is refused again, and the user asked again.
    const quint16 port = m_server->serverPort();
    m_server.reset();
    testing::TlsTestServer impostor(m_otherCertificate, m_otherKey);
    QVERIFY(impostor.listen(QHostAddress::LocalHost, port));
    auto w = open();
    portico::tests::RecordingAnswerer answerer(w.get());
    answerer.answerNext(QMessageBox::No);
    send(w.get());
    QTRY_COMPARE(answerer.count(), 1);
    QVERIFY(answerer.last().text.contains(
        QString::fromLatin1(m_otherCertificate.digest(QCryptographicHash::Sha256).toHex(':')), Qt::CaseInsensitive));
    QVERIFY2(!responseText(w.get()).contains(u"200"_s), qPrintable(responseText(w.get())));
    QCOMPARE(impostor.requestsServed(), 0);
}

void TestTlsTrust::trustGivenOnTheTryItPageHoldsForJobsPublisherAndStorage()
{
    testing::TlsTestServer server(m_certificate, m_key);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = u"https://127.0.0.1:%1"_s.arg(server.serverPort());
    QVERIFY(saveWorkspace(u"shared"_s, server.serverPort()));
    auto w = open(u"shared"_s);
    const ui::Services &services = w->services();

    // Each part answers with the HTTP status it got; 0 means the TLS handshake was refused.
    auto jobStatus = [&] {
        int status = -1;
        client::BesEndpoint endpoint;
        endpoint.jobsUrl = QUrl(base + u"/workspaces/w/services/s/jobs"_s);
        services.bes->status(endpoint, u"job1"_s, [&](const client::BesClient::Reply &r) { status = r.httpStatus; });
        return QTest::qWaitFor([&] { return status >= 0; }, 20'000) ? status : -1;
    };
    auto managementStatus = [&] {
        int status = -1;
        services.management->setGateway(QUrl(base), u"tls-admin-key"_s);
        services.management->listApis(
            this, [&](const client::ManagementClient::Result<QList<client::Api>> &r) { status = r.status; });
        return QTest::qWaitFor([&] { return status >= 0; }, 20'000) ? status : -1;
    };
    const auto account = client::storage::ConnectionString::parse(
        u"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5a2V5a2V5;BlobEndpoint="_s + base + u"/acct"_s);
    QVERIFY2(account.isValid(), qPrintable(account.errorString()));
    client::storage::BlobClient blobs(account, nullptr, services.transport->engine()->network());
    auto blobStatus = [&] {
        int status = -1;
        const quint64 id = blobs.createContainer(u"input"_s);
        QObject::connect(&blobs, &client::storage::BlobClient::finished, this,
                         [&, id](quint64 done, const client::storage::BlobClient::Result &r) {
                             if (done == id)
                                 status = r.httpStatus;
                         });
        return QTest::qWaitFor([&] { return status >= 0; }, 20'000) ? status : -1;
    };
    bool keyWritten = false;
    services.secrets->write(u"tls-admin-key"_s, u"admin-key-for-the-test"_s, this,
                            [&](const client::SecretStore::Result &r) { keyWritten = r.ok(); });
    QTRY_VERIFY(keyWritten);

    // Before the user trusts the certificate, nobody gets through.
    QCOMPARE(jobStatus(), 0);
    QCOMPARE(managementStatus(), 0);
    QCOMPARE(blobStatus(), 0);
    QCOMPARE(server.requestsServed(), 0);

    // Trusted once, on the Try-it page…
    portico::tests::RecordingAnswerer answerer(w.get());
    answerer.answerNext(QMessageBox::Yes);
    send(w.get());
    QTRY_COMPARE(answerer.count(), 1);
    send(w.get());
    QTRY_VERIFY2(responseText(w.get()).contains(u"200"_s), qPrintable(responseText(w.get())));

    // …and the job monitor, the publisher and blob storage reach the same host.
    QCOMPARE(jobStatus(), 200);
    QCOMPARE(managementStatus(), 200);
    QCOMPARE(blobStatus(), 200);
    QCOMPARE(server.requestsServed(), 4);
}

QTEST_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
