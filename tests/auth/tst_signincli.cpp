// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// `portico-sandbox approve-device-code` and `deny-device-code` as tests use them in place of a
// person's browser, all real processes: serve announces its sign-in URL, approving a code
// lets the waiting device-code poll collect a token, denying ends it in access_denied, and a
// wrong code, a missing URL or a sandbox that is not running each end with a sentence.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kClient = u"portico-test-client"_s;

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestSignInCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void approvingACodeLetsThePollCollectATokenOnce();
    void denyingACodeEndsThePollInAccessDenied();
    void anUnknownCodeIsNamed();
    void theUrlComesFromTheEnvironmentOrTheCommandSaysWhereToFindIt();
    void aSandboxThatIsNotRunningIsNamed();

private:
    static QString binary() { return QStringLiteral(PORTICO_BINARY_DIR "/app/portico-sandbox/portico-sandbox"); }
    Outcome run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    int post(const QString &path, const QByteArray &form, QJsonObject *json);
    QJsonObject startCode();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_serve;
    QString m_loginUrl;
    QNetworkAccessManager m_network;
};

void TestSignInCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serve = std::make_unique<QProcess>();
    m_serve->start(binary(), {u"serve"_s, u"--data-dir"_s, m_dir.path(), u"--no-storage"_s,
                              u"--device-code-interval"_s, u"1"_s});
    QVERIFY2(m_serve->waitForStarted(), qPrintable(m_serve->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_serve->canReadLine() || m_serve->state() == QProcess::NotRunning, 20'000);
    const QJsonObject ready = QJsonDocument::fromJson(m_serve->readLine()).object();
    m_loginUrl = ready.value(u"login"_s).toString();
    QVERIFY2(m_loginUrl.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_loginUrl));
}

void TestSignInCli::cleanupTestCase()
{
    if (m_serve) {
        m_serve->terminate();
        QVERIFY(m_serve->waitForFinished(20'000));
        QCOMPARE(m_serve->exitCode(), 0);
    }
}

Outcome TestSignInCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(binary(), args);
    Outcome o;
    if (!p.waitForFinished(30'000))
        return o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

int TestSignInCli::post(const QString &path, const QByteArray &form, QJsonObject *json)
{
    QUrl url(m_loginUrl + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = m_network.post(request, form);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20'000))
        return -1;
    *json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QJsonObject TestSignInCli::startCode()
{
    QJsonObject code;
    post(u"/common/oauth2/v2.0/devicecode"_s,
         "client_id=" + kClient.toUtf8() + "&scope=https%3A%2F%2Fmanagement.azure.com%2F.default%20offline_access",
         &code);
    return code;
}

void TestSignInCli::approvingACodeLetsThePollCollectATokenOnce()
{
    const QJsonObject code = startCode();
    const QString userCode = code.value(u"user_code"_s).toString();
    QVERIFY(!userCode.isEmpty());
    QCOMPARE(code.value(u"interval"_s).toInt(), 1);
    const QByteArray poll = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=" +
                            kClient.toUtf8() + "&device_code=" + code.value(u"device_code"_s).toString().toUtf8();
    QJsonObject answer;
    QCOMPARE(post(u"/common/oauth2/v2.0/token"_s, poll, &answer), 400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"authorization_pending"_s);

    const Outcome approved = run({u"approve-device-code"_s, userCode, u"--login-url"_s, m_loginUrl});
    QCOMPARE(approved.exitCode, 0);
    QVERIFY2(approved.out.contains(userCode), qPrintable(approved.out));
    const int status = post(u"/common/oauth2/v2.0/token"_s, poll, &answer);
    QVERIFY2(status == 200, QJsonDocument(answer).toJson().constData());
    QVERIFY(!answer.value(u"access_token"_s).toString().isEmpty());
    QVERIFY(!answer.value(u"refresh_token"_s).toString().isEmpty());

    const Outcome again = run({u"approve-device-code"_s, userCode, u"--login-url"_s, m_loginUrl});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"already used"_s), qPrintable(again.err));
}

void TestSignInCli::denyingACodeEndsThePollInAccessDenied()
{
    const QJsonObject code = startCode();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PORTICO_SANDBOX_LOGIN_URL"_s, m_loginUrl);
    const Outcome denied = run({u"deny-device-code"_s, code.value(u"user_code"_s).toString()}, env);
    QCOMPARE(denied.exitCode, 0);
    const QByteArray poll = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=" +
                            kClient.toUtf8() + "&device_code=" + code.value(u"device_code"_s).toString().toUtf8();
    QJsonObject answer;
    QCOMPARE(post(u"/common/oauth2/v2.0/token"_s, poll, &answer), 400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"access_denied"_s);
}

void TestSignInCli::anUnknownCodeIsNamed()
{
    const Outcome o = run({u"approve-device-code"_s, u"ZZZZZZZZZ"_s, u"--login-url"_s, m_loginUrl});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"No sign-in is waiting for the code ZZZZZZZZZ"_s), qPrintable(o.err));
}

void TestSignInCli::theUrlComesFromTheEnvironmentOrTheCommandSaysWhereToFindIt()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"PORTICO_SANDBOX_LOGIN_URL"_s);
    const Outcome o = run({u"approve-device-code"_s, u"ABCDEFGHJ"_s}, env);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(u"--login-url"_s) && o.err.contains(u"PORTICO_SANDBOX_LOGIN_URL"_s), qPrintable(o.err));
    const Outcome noCode = run({u"approve-device-code"_s, u"--login-url"_s, m_loginUrl});
    QCOMPARE(noCode.exitCode, 2);
    QVERIFY2(noCode.err.contains(u"one argument"_s), qPrintable(noCode.err));
}

void TestSignInCli::aSandboxThatIsNotRunningIsNamed()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();
    const Outcome o = run({u"approve-device-code"_s, u"ABCDEFGHJ"_s, u"--login-url"_s, url});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(u"cannot reach the sandbox"_s), qPrintable(o.err));
}

QTEST_GUILESS_MAIN(TestSignInCli)
#include "tst_signincli.moc"
