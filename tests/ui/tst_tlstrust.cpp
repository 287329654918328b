// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A server whose certificate fails verification: the console shows the certificate and,
// once the user trusts it, talks to that host with exactly that certificate, also after a
// restart; another certificate for the same host is still refused.

#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"

#include "../common/tlstestserver.h"

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

private:
    std::unique_ptr<ui::MainWindow> open();
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

    // A workspace whose active environment is the TLS server, with a request that needs no key.
    client::Workspace ws =
        client::sampleWorkspace({QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:1"_s), u"w"_s, u"s"_s});
    client::Environment env = ws.environments.first();
    env.name = u"Self-signed server"_s;
    env.variables[0].second = u"https://127.0.0.1:%1"_s.arg(m_server->serverPort());
    ws.environments.append(env);
    ws.activeEnvironment = env.name;
    ws.savedRequests.first().headers = {{u"Content-Type"_s, u"application/json"_s}};
    QString saveError;
    QVERIFY2(ws.save(client::DataPaths(m_dir.filePath(u"profile"_s)).workspaceFile(), &saveError),
             qPrintable(saveError));
}

std::unique_ptr<ui::MainWindow> TestTlsTrust::open()
{
    auto w = std::make_unique<ui::MainWindow>(client::DataPaths(m_dir.filePath(u"profile"_s)));
    w->show();
    return w;
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
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        send(w.get());
        QTRY_VERIFY2(!responseText(w.get()).contains(u"200"_s), qPrintable(responseText(w.get())));
        QTRY_VERIFY(!ui::MessageBox::hasNextAnswer());
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
    ui::MessageBox::setNextAnswer(QMessageBox::No);
    send(w.get());
    QTRY_VERIFY(!ui::MessageBox::hasNextAnswer());
    QVERIFY2(!responseText(w.get()).contains(u"200"_s), qPrintable(responseText(w.get())));
    QCOMPARE(impostor.requestsServed(), 0);
}

QTEST_MAIN(TestTlsTrust)
#include "tst_tlstrust.moc"
