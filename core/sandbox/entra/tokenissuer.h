// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's imitation of Microsoft Entra ID's token service: device codes a test approves
// in place of a person's browser, access tokens bound to one audience with an expiry, and
// rotating refresh tokens. Other sandbox handlers (the ARM surface, ML endpoints) ask
// validate() whether a bearer token is good for them. Thread-safe; state lives in memory only,
// so a restarted sandbox has forgotten every token, as a revoked sign-in would.

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace portico::sandbox {

class TokenIssuer
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    struct Options
    {
        int accessTokenLifetimeSeconds = 3600;
        int deviceCodeLifetimeSeconds = 900;
        int pollIntervalSeconds = 5;
        // Where the device-code message sends the user; the sandbox's own sign-in page.
        QString verificationUri = QStringLiteral("https://microsoft.com/devicelogin");
        Clock clock; // empty: the system clock
    };

    struct DeviceCode
    {
        QString deviceCode;
        QString userCode;
        QString verificationUri;
        int expiresIn = 0;
        int interval = 0;
        QString message;
    };

    // What the token endpoint answers: tokens, or an OAuth error code (authorization_pending,
    // slow_down, expired_token, access_denied, invalid_grant, invalid_scope, invalid_request,
    // unauthorized_client) with Entra's AADSTS number and description.
    struct Grant
    {
        QString error;
        int errorCode = 0;
        QString description;
        QString accessToken;
        QString refreshToken; // only when the scope asked for offline_access
        QString scope;
        int expiresIn = 0;
        bool ok() const { return error.isEmpty(); }
    };

    enum class Validation { Valid, Unknown, Expired, WrongAudience };

    TokenIssuer();
    explicit TokenIssuer(Options options);

    // The audience a v2.0 scope names: "https://management.azure.com/.default" (also with
    // ARM's "//.default") gives "https://management.azure.com"; offline_access, openid and
    // profile are ignored. Empty when the scope names no resource.
    static QString audienceOf(const QString &scope);

    DeviceCode startDeviceCode(const QString &tenant, const QString &clientId, const QString &scope);
    Grant pollDeviceCode(const QString &clientId, const QString &deviceCode);
    Grant redeemRefreshToken(const QString &clientId, const QString &refreshToken, const QString &scope);

    // In place of the user entering the code in a browser. False when the code is unknown
    // (message says why: unknown, expired or already used).
    bool approve(const QString &userCode, QString *message = nullptr);
    bool deny(const QString &userCode, QString *message = nullptr);
    // Every refresh token stops working, as when an administrator revokes the user's sessions.
    void revokeRefreshTokens();
    // Every access token handed out so far is expired from now on, as an hour later.
    void expireAccessTokens();
    // An access token for the audience without a sign-in of its own, as a sign-in held by
    // another program (the Azure CLI's) would hand out; valid for the configured lifetime.
    QString mintAccessToken(const QString &audience);
    // How many refresh_token grants the token endpoint was asked for, redeemed or refused.
    int refreshGrantRequests() const;

    Validation validate(const QString &accessToken, const QString &audience) const;
    // For a 401's WWW-Authenticate or body.
    static QString describe(Validation validation);

    const Options &options() const { return m_options; }

private:
    enum class State { Pending, Approved, Denied, Redeemed };
    struct PendingCode
    {
        QString tenant;
        QString clientId;
        QString scope;
        QString userCode;
        qint64 expiresAtMs = 0;
        qint64 lastPollMs = 0;
        State state = State::Pending;
    };
    struct RefreshGrant
    {
        QString tenant;
        QString clientId;
    };
    struct IssuedToken
    {
        QString audience;
        qint64 expiresAtMs = 0;
    };

    qint64 now() const;
    Grant issue(const QString &tenant, const QString &clientId, const QString &scope);
    static Grant error(const QString &code, int aadsts, const QString &description);
    PendingCode *findByUserCode(const QString &userCode, QString *message);

    Options m_options;
    mutable QMutex m_lock;
    QHash<QString, PendingCode> m_deviceCodes; // by device_code
    QHash<QString, RefreshGrant> m_refreshTokens;
    QHash<QString, IssuedToken> m_accessTokens;
    int m_refreshGrantRequests = 0;
};

} // namespace portico::sandbox
