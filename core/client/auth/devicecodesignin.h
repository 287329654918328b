// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Signs in to Microsoft Entra ID with the OAuth 2.0 device-code flow (RFC 8628) and hands out
// access tokens for any audience from the refresh token it got. The refresh token and the
// access tokens live in memory and in the OS keychain only (one SecretStore entry per tenant
// and client id), never in a file.
//
// Why not Qt Network Auth: Qt 6.4's module has the authorization-code and implicit flows only;
// its device flow (QOAuth2DeviceAuthorizationFlow) arrived in Qt 6.9. The flow here speaks
// plain form posts through the console's Transport, so the user's proxy and certificate
// exceptions apply, and on an engine of its own, so no other listener sees a token exchange.

#include "client/auth/tokensource.h"

#include <QHash>
#include <QList>
#include <QUrl>

namespace portico::client {
class HttpEngine;
class SecretStore;
class Transport;
struct Exchange;
} // namespace portico::client

namespace portico::client::auth {

class AuthClock;

struct EntraSettings
{
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString tenant = QStringLiteral("organizations"); // a tenant id, a domain, organizations or common
    QString clientId;                                   // the public client application's id
    // What the sign-in itself asks a token for.
    QString audience = QStringLiteral("https://management.azure.com");
    // A token this close to its expiry is refreshed before it is handed out, and a timer
    // refreshes it this long before it expires even when nobody asks for it.
    int refreshMarginSeconds = 300;
};

class DeviceCodeSignIn : public TokenSource
{
    Q_OBJECT
public:
    struct UserCode
    {
        QString userCode;
        QUrl verificationUri;
        QString message; // the server's own instructions
        QDateTime expiresOn;
        int intervalSeconds = 5;
    };

    // clock: null for the system clock; it must outlive this object.
    DeviceCodeSignIn(Transport *transport, SecretStore *secrets, EntraSettings settings, AuthClock *clock = nullptr,
                     QObject *parent = nullptr);
    ~DeviceCodeSignIn() override;

    const EntraSettings &settings() const { return m_settings; }
    // The keychain entry holding this sign-in (never its value).
    QString secretName() const;

    // Reads a sign-in kept in the keychain from an earlier run; answers restored().
    void restore();
    // Starts the device-code flow: userCodeReady(), then signInSucceeded() or signInFailed().
    void signIn();
    // Stops polling; signInFailed() says it was cancelled.
    void cancel();
    // Forgets every token, in memory and in the keychain; answers signedOut().
    void signOut();

    bool isSigningIn() const { return m_signingIn; }
    UserCode userCode() const { return m_code; }
    int pollIntervalSeconds() const { return m_code.intervalSeconds; }

    void token(const QString &audience, Callback done) override;
    void invalidate(const QString &audience) override;
    void refused(const QString &audience, const QString &value) override;
    bool isSignedIn() const override { return !m_refreshToken.isEmpty(); }

Q_SIGNALS:
    void userCodeReady(const portico::client::auth::DeviceCodeSignIn::UserCode &code);
    void pollIntervalChanged(int seconds);
    void signInSucceeded();
    void signInFailed(const QString &message);
    void restored(bool signedIn);
    void signedOut();
    // The keychain could not keep the sign-in: it holds for this run only.
    void keychainFailed(const QString &message);
    // A refresh brought a new access token for the audience (asked for, or ahead of expiry).
    void refreshed(const QString &audience);

private:
    using Handler = std::function<void(const Exchange &)>;

    QUrl endpoint(const QString &name) const;
    QString scopeFor(const QString &audience) const;
    void post(const QUrl &url, const QList<QPair<QString, QString>> &form, Handler handler);
    void onFinished(const Exchange &exchange);
    void schedulePoll();
    void poll();
    void failSignIn(const QString &message);
    // Accepts a 200 token answer: caches it and rotates the refresh token. False if malformed.
    bool acceptTokens(const QString &audience, const QByteArray &body);
    void persist();
    // One refresh at a time: each spends the refresh token the one before it got.
    void refresh(const QString &audience);
    void refreshDone();
    // Arms the refresh ahead of the audience's token expiry; a later call replaces it.
    void scheduleRefresh(const QString &audience);
    void answer(const QString &audience, const AccessToken &token, const QString &error);
    bool isFresh(const AccessToken &token) const;
    void load(std::function<void()> then);
    static QString serverMessage(const QByteArray &body, QString *errorCode);

    EntraSettings m_settings;
    HttpEngine *m_engine;
    SecretStore *m_secrets;
    AuthClock *m_clock;
    QHash<quint64, Handler> m_requests;

    bool m_loaded = false;
    bool m_loading = false;
    QList<std::function<void()>> m_afterLoad;
    QString m_refreshToken;
    QHash<QString, AccessToken> m_tokens;                 // by audience
    QHash<QString, QList<Callback>> m_waiting;            // by audience, while a refresh runs
    bool m_refreshing = false;
    QList<QString> m_refreshQueue;
    QHash<QString, quint64> m_refreshTimers; // by audience: the armed timer's serial
    quint64 m_timerSerial = 0;
    quint64 m_flow = 0;    // a cancelled or restarted sign-in ignores the old flow's answers
    quint64 m_session = 0; // a sign-out drops the answers of refreshes still in flight
    bool m_signingIn = false;
    QString m_deviceCode;
    UserCode m_code;
};

} // namespace portico::client::auth

Q_DECLARE_METATYPE(portico::client::auth::DeviceCodeSignIn::UserCode)
