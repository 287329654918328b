// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/entra/tokenissuer.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// Nine letters and digits, like Entra's codes, without the ones people misread (0/O, 1/I).
QString randomUserCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 9; ++i)
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return code;
}

} // namespace

TokenIssuer::TokenIssuer()
    : TokenIssuer(Options())
{ }

TokenIssuer::TokenIssuer(Options options)
    : m_options(std::move(options))
{ }

qint64 TokenIssuer::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

QString TokenIssuer::audienceOf(const QString &scope)
{
    const QStringList parts = scope.split(u' ', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == u"offline_access" || part == u"openid" || part == u"profile" || part == u"email")
            continue;
        QString resource = part;
        const qsizetype slash = resource.lastIndexOf(u'/');
        // "https://host/.default" or "https://host/user_impersonation": the resource is before the last '/'.
        if (slash > 0 && resource.indexOf(u"://") >= 0 && slash > resource.indexOf(u"://") + 2)
            resource.truncate(slash);
        while (resource.endsWith(u'/'))
            resource.chop(1);
        return resource;
    }
    return {};
}

TokenIssuer::Grant TokenIssuer::error(const QString &code, int aadsts, const QString &description)
{
    Grant g;
    g.error = code;
    g.errorCode = aadsts;
    g.description = u"AADSTS%1: %2"_s.arg(aadsts).arg(description);
    return g;
}

TokenIssuer::DeviceCode TokenIssuer::startDeviceCode(const QString &tenant, const QString &clientId,
                                                     const QString &scope)
{
    QMutexLocker lock(&m_lock);
    PendingCode pending;
    pending.tenant = tenant;
    pending.clientId = clientId;
    pending.scope = scope;
    pending.userCode = randomUserCode();
    pending.expiresAtMs = now() + qint64(m_options.deviceCodeLifetimeSeconds) * 1000;
    DeviceCode code;
    code.deviceCode = randomToken(48);
    code.userCode = pending.userCode;
    code.verificationUri = m_options.verificationUri;
    code.expiresIn = m_options.deviceCodeLifetimeSeconds;
    code.interval = m_options.pollIntervalSeconds;
    code.message = u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s.arg(
        code.verificationUri, code.userCode);
    m_deviceCodes.insert(code.deviceCode, pending);
    return code;
}

TokenIssuer::Grant TokenIssuer::pollDeviceCode(const QString &clientId, const QString &deviceCode)
{
    QMutexLocker lock(&m_lock);
    auto it = m_deviceCodes.find(deviceCode);
    if (it == m_deviceCodes.end() || it->state == State::Redeemed)
        return error(u"invalid_grant"_s, 70000, u"The provided value for the 'device_code' is not valid."_s);
    if (it->clientId != clientId)
        return error(u"invalid_grant"_s, 70000,
                     u"The device code was issued to another application ('%1')."_s.arg(it->clientId));
    const qint64 t = now();
    if (t >= it->expiresAtMs)
        return error(u"expired_token"_s, 70020, u"The provided device code has expired."_s);
    if (it->state == State::Denied)
        return error(u"access_denied"_s, 70000, u"The user declined the sign-in request."_s);
    if (it->state == State::Pending) {
        // Polling faster than the interval is answered slow_down, as RFC 8628 section 3.5 asks.
        const bool tooSoon = it->lastPollMs && t - it->lastPollMs < qint64(m_options.pollIntervalSeconds) * 1000;
        it->lastPollMs = t;
        if (tooSoon)
            return error(u"slow_down"_s, 70016, u"The client is polling too fast. Slow down."_s);
        return error(u"authorization_pending"_s, 70016,
                     u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
    }
    it->state = State::Redeemed;
    return issue(it->tenant, it->clientId, it->scope);
}

TokenIssuer::Grant TokenIssuer::redeemRefreshToken(const QString &clientId, const QString &refreshToken,
                                                   const QString &scope)
{
    QMutexLocker lock(&m_lock);
    ++m_refreshGrantRequests;
    const auto it = m_refreshTokens.constFind(refreshToken);
    if (it == m_refreshTokens.cend())
        return error(u"invalid_grant"_s, 700082,
                     u"The refresh token has expired or was revoked. The user must sign in again."_s);
    if (it->clientId != clientId)
        return error(u"invalid_grant"_s, 70000, u"The refresh token was issued to another application."_s);
    const RefreshGrant grant = *it;
    // Rotation: a redeemed refresh token is spent.
    m_refreshTokens.erase(it);
    QString withOffline = scope;
    if (!scope.split(u' ').contains(u"offline_access"_s))
        withOffline += u" offline_access"_s;
    return issue(grant.tenant, grant.clientId, withOffline);
}

TokenIssuer::Grant TokenIssuer::issue(const QString &tenant, const QString &clientId, const QString &scope)
{
    const QString audience = audienceOf(scope);
    if (audience.isEmpty())
        return error(u"invalid_scope"_s, 70011, u"The provided value for the input parameter 'scope' is not valid."_s);
    Grant g;
    g.accessToken = randomToken(64);
    g.expiresIn = m_options.accessTokenLifetimeSeconds;
    g.scope = audience + u"/.default"_s;
    m_accessTokens.insert(g.accessToken, IssuedToken{audience, now() + qint64(g.expiresIn) * 1000});
    if (scope.split(u' ').contains(u"offline_access"_s)) {
        g.refreshToken = randomToken(96);
        g.scope += u" offline_access"_s;
        m_refreshTokens.insert(g.refreshToken, RefreshGrant{tenant, clientId});
    }
    return g;
}

TokenIssuer::PendingCode *TokenIssuer::findByUserCode(const QString &userCode, QString *message)
{
    const QString wanted = userCode.trimmed().toUpper().remove(u'-');
    for (PendingCode &pending : m_deviceCodes) {
        if (pending.userCode != wanted)
            continue;
        if (pending.state != State::Pending) {
            if (message)
                *message = u"The code %1 was already used."_s.arg(wanted);
            return nullptr;
        }
        if (now() >= pending.expiresAtMs) {
            if (message)
                *message = u"The code %1 has expired."_s.arg(wanted);
            return nullptr;
        }
        return &pending;
    }
    if (message)
        *message = u"No sign-in is waiting for the code %1."_s.arg(wanted);
    return nullptr;
}

bool TokenIssuer::approve(const QString &userCode, QString *message)
{
    QMutexLocker lock(&m_lock);
    PendingCode *pending = findByUserCode(userCode, message);
    if (!pending)
        return false;
    pending->state = State::Approved;
    return true;
}

bool TokenIssuer::deny(const QString &userCode, QString *message)
{
    QMutexLocker lock(&m_lock);
    PendingCode *pending = findByUserCode(userCode, message);
    if (!pending)
        return false;
    pending->state = State::Denied;
    return true;
}

void TokenIssuer::revokeRefreshTokens()
{
    QMutexLocker lock(&m_lock);
    m_refreshTokens.clear();
}

void TokenIssuer::expireAccessTokens()
{
    QMutexLocker lock(&m_lock);
    const qint64 at = now();
    for (IssuedToken &token : m_accessTokens)
        token.expiresAtMs = qMin(token.expiresAtMs, at);
}

QString TokenIssuer::mintAccessToken(const QString &audience)
{
    QMutexLocker lock(&m_lock);
    const QString token = randomToken(64);
    m_accessTokens.insert(token, IssuedToken{audience, now() + qint64(m_options.accessTokenLifetimeSeconds) * 1000});
    return token;
}

int TokenIssuer::refreshGrantRequests() const
{
    QMutexLocker lock(&m_lock);
    return m_refreshGrantRequests;
}

TokenIssuer::Validation TokenIssuer::validate(const QString &accessToken, const QString &audience) const
{
    QMutexLocker lock(&m_lock);
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.cend())
        return Validation::Unknown;
    if (now() >= it->expiresAtMs)
        return Validation::Expired;
    auto trimmed = [](QString s) {
        while (s.endsWith(u'/'))
            s.chop(1);
        return s;
    };
    if (trimmed(it->audience) != trimmed(audience))
        return Validation::WrongAudience;
    return Validation::Valid;
}

QString TokenIssuer::describe(Validation validation)
{
    switch (validation) {
    case Validation::Valid:
        return {};
    case Validation::Unknown:
        return u"The access token is invalid."_s;
    case Validation::Expired:
        return u"The access token has expired."_s;
    case Validation::WrongAudience:
        return u"The access token was issued for another audience."_s;
    }
    return {};
}

} // namespace portico::sandbox
