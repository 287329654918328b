// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The sandbox's Entra-shaped sign-in over real HTTP on 127.0.0.1, on a clock the test moves:
// a device code answers Entra's fields, polling is pending until the code is approved (and
// told to slow down when too fast), an expired or denied code ends the flow in Entra's error
// shape, tokens carry the scope's audience and an expiry, and refresh tokens rotate.

#include "sandbox/entra/tokenissuer.h"
#include "sandbox/sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using portico::sandbox::TokenIssuer;

namespace {

const QString kClient = u"11111111-2222-3333-4444-555555555555"_s;
const QString kArm = u"https://management.azure.com"_s;
const QString kMl = u"https://ml.azure.com"_s;
const QString kDeviceGrant = u"urn:ietf:params:oauth:grant-type:device_code"_s;

} // namespace

class TestEntraService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void deviceCodeAnswersEntrasFields();
    void pollingIsPendingUntilApprovedThenTokensCarryTheScopesAudience();
    void pollingFasterThanTheIntervalIsToldToSlowDown();
    void anExpiredCodeEndsInExpiredToken();
    void aDeniedCodeEndsInAccessDenied();
    void theBrowserPageApprovesFromThisMachine();
    void accessTokensExpire();
    void refreshTokensRotateAndSpentOnesAreInvalidGrant();
    void revokedRefreshTokensAreInvalidGrant();
    void aRefreshTokenBuysATokenForAnotherAudience();
    void noOfflineAccessNoRefreshToken();
    void badRequestsAreNamed();

private:
    int post(const QString &path, const QList<QPair<QString, QString>> &form, QJsonObject *json,
             QByteArray *raw = nullptr);
    QJsonObject startCode(const QString &scope = u"https://management.azure.com/.default offline_access"_s);
    QJsonObject poll(const QString &deviceCode, int *status = nullptr);
    void advance(qint64 ms) { m_nowMs += ms; }

    QTemporaryDir m_dir;
    std::unique_ptr<portico::sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    qint64 m_nowMs = 0;
};

void TestEntraService::init()
{
    m_nowMs = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    portico::sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    options.clock = [this] { return m_nowMs; };
    options.entra.pollIntervalSeconds = 5;
    options.entra.deviceCodeLifetimeSeconds = 900;
    options.entra.accessTokenLifetimeSeconds = 600;
    m_sandbox = std::make_unique<portico::sandbox::Sandbox>();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    QVERIFY(m_sandbox->loginUrl().isValid());
}

void TestEntraService::cleanup()
{
    m_sandbox.reset();
}

int TestEntraService::post(const QString &path, const QList<QPair<QString, QString>> &form, QJsonObject *json,
                           QByteArray *raw)
{
    QUrl url = m_sandbox->loginUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QByteArray body;
    for (const auto &[name, value] : form) {
        if (!body.isEmpty())
            body += '&';
        body += name.toUtf8() + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20'000))
        return -1;
    const QByteArray answer = reply->readAll();
    if (raw)
        *raw = answer;
    if (json)
        *json = QJsonDocument::fromJson(answer).object();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QJsonObject TestEntraService::startCode(const QString &scope)
{
    QJsonObject code;
    const int status =
        post(u"/organizations/oauth2/v2.0/devicecode"_s, {{u"client_id"_s, kClient}, {u"scope"_s, scope}}, &code);
    if (status != 200)
        qWarning() << "devicecode answered" << status << code;
    return code;
}

QJsonObject TestEntraService::poll(const QString &deviceCode, int *status)
{
    QJsonObject answer;
    const int s = post(u"/organizations/oauth2/v2.0/token"_s,
                       {{u"grant_type"_s, kDeviceGrant}, {u"client_id"_s, kClient}, {u"device_code"_s, deviceCode}},
                       &answer);
    if (status)
        *status = s;
    return answer;
}

void TestEntraService::deviceCodeAnswersEntrasFields()
{
    const QJsonObject code = startCode();
    QVERIFY(!code.value(u"device_code"_s).toString().isEmpty());
    const QString userCode = code.value(u"user_code"_s).toString();
    QCOMPARE(userCode.size(), 9);
    QCOMPARE(code.value(u"interval"_s).toInt(), 5);
    QCOMPARE(code.value(u"expires_in"_s).toInt(), 900);
    const QString verification = code.value(u"verification_uri"_s).toString();
    QCOMPARE(verification, m_sandbox->loginUrl().toString() + u"/devicelogin"_s);
    QVERIFY(code.value(u"message"_s).toString().contains(userCode));
    QVERIFY(code.value(u"message"_s).toString().contains(verification));
}

void TestEntraService::pollingIsPendingUntilApprovedThenTokensCarryTheScopesAudience()
{
    const QJsonObject code = startCode();
    const QString deviceCode = code.value(u"device_code"_s).toString();
    int status = 0;
    QJsonObject answer = poll(deviceCode, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"authorization_pending"_s);
    // Entra's error body, field by field.
    QVERIFY(answer.value(u"error_description"_s).toString().startsWith(u"AADSTS70016:"_s));
    QCOMPARE(answer.value(u"error_codes"_s).toArray(), QJsonArray{70016});
    QVERIFY(!answer.value(u"timestamp"_s).toString().isEmpty());
    QVERIFY(!answer.value(u"trace_id"_s).toString().isEmpty());
    QVERIFY(!answer.value(u"correlation_id"_s).toString().isEmpty());

    QString message;
    QVERIFY2(m_sandbox->tokenIssuer()->approve(code.value(u"user_code"_s).toString(), &message), qPrintable(message));
    advance(5000);
    answer = poll(deviceCode, &status);
    QCOMPARE(status, 200);
    QCOMPARE(answer.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(answer.value(u"expires_in"_s).toInt(), 600);
    const QString access = answer.value(u"access_token"_s).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(!answer.value(u"refresh_token"_s).toString().isEmpty());
    QVERIFY(answer.value(u"scope"_s).toString().contains(u"https://management.azure.com/.default"_s));

    TokenIssuer *issuer = m_sandbox->tokenIssuer();
    QCOMPARE(issuer->validate(access, kArm), TokenIssuer::Validation::Valid);
    QCOMPARE(issuer->validate(access, kArm + u"/"_s), TokenIssuer::Validation::Valid);
    QCOMPARE(issuer->validate(access, kMl), TokenIssuer::Validation::WrongAudience);
    QCOMPARE(issuer->validate(u"made-up"_s, kArm), TokenIssuer::Validation::Unknown);

    // A device code is redeemed once.
    answer = poll(deviceCode, &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestEntraService::pollingFasterThanTheIntervalIsToldToSlowDown()
{
    const QString deviceCode = startCode().value(u"device_code"_s).toString();
    QCOMPARE(poll(deviceCode).value(u"error"_s).toString(), u"authorization_pending"_s);
    advance(2000);
    QCOMPARE(poll(deviceCode).value(u"error"_s).toString(), u"slow_down"_s);
    advance(5000);
    QCOMPARE(poll(deviceCode).value(u"error"_s).toString(), u"authorization_pending"_s);
}

void TestEntraService::anExpiredCodeEndsInExpiredToken()
{
    const QJsonObject code = startCode();
    advance(900'000);
    int status = 0;
    const QJsonObject answer = poll(code.value(u"device_code"_s).toString(), &status);
    QCOMPARE(status, 400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"expired_token"_s);
    QString message;
    QVERIFY(!m_sandbox->tokenIssuer()->approve(code.value(u"user_code"_s).toString(), &message));
    QVERIFY2(message.contains(u"expired"_s), qPrintable(message));
}

void TestEntraService::aDeniedCodeEndsInAccessDenied()
{
    const QJsonObject code = startCode();
    QVERIFY(m_sandbox->tokenIssuer()->deny(code.value(u"user_code"_s).toString()));
    const QJsonObject answer = poll(code.value(u"device_code"_s).toString());
    QCOMPARE(answer.value(u"error"_s).toString(), u"access_denied"_s);
    QVERIFY(!answer.value(u"error_description"_s).toString().isEmpty());
}

void TestEntraService::theBrowserPageApprovesFromThisMachine()
{
    const QJsonObject code = startCode();
    QByteArray raw;
    // Lower case and a dash, as people type codes.
    QString typed = code.value(u"user_code"_s).toString().toLower();
    typed.insert(4, u'-');
    QCOMPARE(post(u"/devicelogin"_s, {{u"user_code"_s, typed}, {u"action"_s, u"approve"_s}}, nullptr, &raw), 200);
    QCOMPARE(post(u"/devicelogin"_s, {{u"user_code"_s, u"NOSUCHCOD"_s}, {u"action"_s, u"approve"_s}}, nullptr, &raw),
             404);
    QVERIFY(raw.contains("No sign-in is waiting"));
    advance(5000);
    QVERIFY(!poll(code.value(u"device_code"_s).toString()).value(u"access_token"_s).toString().isEmpty());
}

void TestEntraService::accessTokensExpire()
{
    const QJsonObject code = startCode();
    QVERIFY(m_sandbox->tokenIssuer()->approve(code.value(u"user_code"_s).toString()));
    const QString access = poll(code.value(u"device_code"_s).toString()).value(u"access_token"_s).toString();
    QVERIFY(!access.isEmpty());
    advance(599'000);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(access, kArm), TokenIssuer::Validation::Valid);
    advance(1000);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(access, kArm), TokenIssuer::Validation::Expired);
}

void TestEntraService::refreshTokensRotateAndSpentOnesAreInvalidGrant()
{
    const QJsonObject code = startCode();
    QVERIFY(m_sandbox->tokenIssuer()->approve(code.value(u"user_code"_s).toString()));
    const QString first = poll(code.value(u"device_code"_s).toString()).value(u"refresh_token"_s).toString();
    QVERIFY(!first.isEmpty());
    auto refresh = [this](const QString &token, int *status) {
        QJsonObject answer;
        *status = post(u"/organizations/oauth2/v2.0/token"_s,
                       {{u"grant_type"_s, u"refresh_token"_s},
                        {u"client_id"_s, kClient},
                        {u"refresh_token"_s, token},
                        {u"scope"_s, u"https://management.azure.com/.default offline_access"_s}},
                       &answer);
        return answer;
    };
    int status = 0;
    const QJsonObject renewed = refresh(first, &status);
    QCOMPARE(status, 200);
    const QString second = renewed.value(u"refresh_token"_s).toString();
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(renewed.value(u"access_token"_s).toString(), kArm),
             TokenIssuer::Validation::Valid);

    const QJsonObject spent = refresh(first, &status);
    QCOMPARE(status, 400);
    QCOMPARE(spent.value(u"error"_s).toString(), u"invalid_grant"_s);
    QVERIFY(spent.value(u"error_description"_s).toString().contains(u"sign in again"_s));
    QCOMPARE(refresh(second, &status).value(u"error"_s).toString(), QString());
    QCOMPARE(status, 200);
}

void TestEntraService::revokedRefreshTokensAreInvalidGrant()
{
    const QJsonObject code = startCode();
    QVERIFY(m_sandbox->tokenIssuer()->approve(code.value(u"user_code"_s).toString()));
    const QString refreshToken = poll(code.value(u"device_code"_s).toString()).value(u"refresh_token"_s).toString();
    m_sandbox->tokenIssuer()->revokeRefreshTokens();
    QJsonObject answer;
    QCOMPARE(post(u"/organizations/oauth2/v2.0/token"_s,
                  {{u"grant_type"_s, u"refresh_token"_s},
                   {u"client_id"_s, kClient},
                   {u"refresh_token"_s, refreshToken},
                   {u"scope"_s, u"https://management.azure.com/.default"_s}},
                  &answer),
             400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestEntraService::aRefreshTokenBuysATokenForAnotherAudience()
{
    const QJsonObject code = startCode();
    QVERIFY(m_sandbox->tokenIssuer()->approve(code.value(u"user_code"_s).toString()));
    const QString refreshToken = poll(code.value(u"device_code"_s).toString()).value(u"refresh_token"_s).toString();
    QJsonObject answer;
    QCOMPARE(post(u"/organizations/oauth2/v2.0/token"_s,
                  {{u"grant_type"_s, u"refresh_token"_s},
                   {u"client_id"_s, kClient},
                   {u"refresh_token"_s, refreshToken},
                   {u"scope"_s, u"https://ml.azure.com/.default"_s}},
                  &answer),
             200);
    const QString ml = answer.value(u"access_token"_s).toString();
    QCOMPARE(m_sandbox->tokenIssuer()->validate(ml, kMl), TokenIssuer::Validation::Valid);
    QCOMPARE(m_sandbox->tokenIssuer()->validate(ml, kArm), TokenIssuer::Validation::WrongAudience);
    QVERIFY(!answer.value(u"refresh_token"_s).toString().isEmpty());
}

void TestEntraService::noOfflineAccessNoRefreshToken()
{
    // ARM's own documented scope spelling, with the double slash.
    const QJsonObject code = startCode(u"https://management.azure.com//.default"_s);
    QVERIFY(m_sandbox->tokenIssuer()->approve(code.value(u"user_code"_s).toString()));
    const QJsonObject answer = poll(code.value(u"device_code"_s).toString());
    QCOMPARE(m_sandbox->tokenIssuer()->validate(answer.value(u"access_token"_s).toString(), kArm),
             TokenIssuer::Validation::Valid);
    QVERIFY(!answer.contains(u"refresh_token"_s));
}

void TestEntraService::badRequestsAreNamed()
{
    QJsonObject answer;
    QCOMPARE(post(u"/organizations/oauth2/v2.0/devicecode"_s, {{u"scope"_s, u"https://x/.default"_s}}, &answer), 400);
    QVERIFY(answer.value(u"error_description"_s).toString().contains(u"client_id"_s));
    QCOMPARE(post(u"/organizations/oauth2/v2.0/devicecode"_s, {{u"client_id"_s, kClient}, {u"scope"_s, u"openid"_s}},
                  &answer),
             400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"invalid_scope"_s);
    QCOMPARE(post(u"/organizations/oauth2/v2.0/token"_s,
                  {{u"client_id"_s, kClient}, {u"grant_type"_s, u"password"_s}}, &answer),
             400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"unsupported_grant_type"_s);
    QCOMPARE(post(u"/organizations/oauth2/v2.0/token"_s,
                  {{u"client_id"_s, u"someone-else"_s}, {u"grant_type"_s, kDeviceGrant},
                   {u"device_code"_s, startCode().value(u"device_code"_s).toString()}},
                  &answer),
             400);
    QCOMPARE(answer.value(u"error"_s).toString(), u"invalid_grant"_s);
}

QTEST_GUILESS_MAIN(TestEntraService)
#include "tst_entraservice.moc"
