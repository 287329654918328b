// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Where a Microsoft Entra access token comes from, for whoever sends `Authorization: Bearer`:
// the Azure Resource Manager client (audience https://management.azure.com) and Azure ML
// online endpoints (audience https://ml.azure.com). A device-code sign-in, the Azure CLI's
// sign-in, or a fixed token in tests each implement it. Tokens are held in memory and the OS
// keychain only.

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace portico::client::auth {

struct AccessToken
{
    QString value;      // the bearer token; never logged, never written to a file
    QDateTime expiresOn; // UTC
    bool isValid() const { return !value.isEmpty(); }
};

class TokenSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Answers once, never inside the call, with a token for the audience (refreshed first if
    // it is close to expiry), or with an empty token and a message the user can act on.
    using Callback = std::function<void(const AccessToken &token, const QString &error)>;
    virtual void token(const QString &audience, Callback done) = 0;

    // The last token for the audience was refused (401): forget it, so the next token()
    // refreshes once instead of handing it out again.
    virtual void invalidate(const QString &audience) = 0;
    // The token with this value was refused (401). Calls that went out together are refused
    // together: only the first forgets the token, the others find the fresh one that replaced
    // it, so one expiry costs one refresh.
    virtual void refused(const QString &audience, const QString &value)
    {
        Q_UNUSED(value);
        invalidate(audience);
    }

    // True once a sign-in holds (or can refresh) a token.
    virtual bool isSignedIn() const = 0;

Q_SIGNALS:
    // The refresh token failed or was revoked: the user has to sign in again.
    void signInRequired(const QString &message);
    void signedInChanged(bool signedIn);
};

} // namespace portico::client::auth
