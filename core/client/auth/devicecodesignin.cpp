// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/auth/devicecodesignin.h"

#include "client/auth/authclock.h"
#include "client/http/exchange.h"
#include "client/http/httpengine.h"
#include "client/http/transport.h"
#include "client/secrets/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAuth, "portico.auth")

using namespace Qt::StringLiterals;

namespace portico::client::auth {

namespace {

QString normalizedAudience(QString audience)
{
    audience = audience.trimmed();
    while (audience.endsWith(u'/'))
        audience.chop(1);
    return audience;
}

QString nameSafe(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
            c == u'-' || c == u'_' || c == u'.';
        out.append(ok ? c : u'_');
    }
    return out;
}

} // namespace

DeviceCodeSignIn::DeviceCodeSignIn(Transport *transport, SecretStore *secrets, EntraSettings settings,
                                   AuthClock *clock, QObject *parent)
    : TokenSource(parent)
    , m_settings(std::move(settings))
    , m_engine(transport->createEngine(this))
    , m_secrets(secrets)
    , m_clock(clock ? clock : AuthClock::system())
{
    qRegisterMetaType<UserCode>();
    m_settings.audience = normalizedAudience(m_settings.audience);
    connect(m_engine, &HttpEngine::finished, this, &DeviceCodeSignIn::onFinished);
}

DeviceCodeSignIn::~DeviceCodeSignIn() = default;

QString DeviceCodeSignIn::secretName() const
{
    QString host = m_settings.authority.host();
    if (m_settings.authority.port() > 0)
        host += u'_' + QString::number(m_settings.authority.port());
    const QString name = u"entra."_s + nameSafe(host) + u'.' + nameSafe(m_settings.tenant) + u'.' +
        nameSafe(m_settings.clientId);
    return name.left(100);
}

QUrl DeviceCodeSignIn::endpoint(const QString &name) const
{
    QUrl url = m_settings.authority;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + m_settings.tenant + u"/oauth2/v2.0/"_s + name);
    return url;
}

QString DeviceCodeSignIn::scopeFor(const QString &audience) const
{
    return audience + u"/.default offline_access"_s; // not for translation: an OAuth scope
}

void DeviceCodeSignIn::post(const QUrl &url, const QList<QPair<QString, QString>> &form, Handler handler)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.url = url;
    spec.headers = {{"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}, {"Accept"_ba, "application/json"_ba}};
    for (const auto &[name, value] : form) {
        if (!spec.body.isEmpty())
            spec.body += '&';
        spec.body += name.toUtf8() + '=' + QUrl::toPercentEncoding(value);
    }
    spec.timeoutMs = 30'000;
    spec.followRedirects = false;
    m_requests.insert(m_engine->send(spec), std::move(handler));
}

void DeviceCodeSignIn::onFinished(const Exchange &exchange)
{
    if (exchange.isSpooled())
        HttpEngine::discardSpool(exchange);
    const Handler handler = m_requests.take(exchange.id);
    if (handler)
        handler(exchange);
}

QString DeviceCodeSignIn::serverMessage(const QByteArray &body, QString *errorCode)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (errorCode)
        *errorCode = o.value(u"error"_s).toString();
    // Entra's description carries trace and correlation ids on the lines after the first.
    QString text = o.value(u"error_description"_s).toString().section(u'\n', 0, 0).trimmed();
    if (text.isEmpty())
        text = o.value(u"error"_s).toString();
    if (text.isEmpty())
        text = QString::fromUtf8(body.left(200)).simplified();
    return text;
}

void DeviceCodeSignIn::signIn()
{
    const quint64 flow = ++m_flow;
    m_signingIn = true;
    m_deviceCode.clear();
    m_code = {};
    if (m_settings.clientId.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [this, flow] {
            if (flow == m_flow)
                failSignIn(tr("No application (client) id is set for Microsoft Entra sign-in."));
        });
        return;
    }
    post(endpoint(u"devicecode"_s),
         {{u"client_id"_s, m_settings.clientId}, {u"scope"_s, scopeFor(m_settings.audience)}},
         [this, flow](const Exchange &exchange) {
             if (flow != m_flow || !m_signingIn)
                 return;
             if (!exchange.error.isEmpty()) {
                 failSignIn(tr("Cannot reach Microsoft Entra ID: %1").arg(exchange.error));
                 return;
             }
             const QJsonObject o = QJsonDocument::fromJson(exchange.body).object();
             const QString deviceCode = o.value(u"device_code"_s).toString();
             const QString userCode = o.value(u"user_code"_s).toString();
             const QUrl verification(o.value(u"verification_uri"_s).toString());
             const int expiresIn = o.value(u"expires_in"_s).toInt();
             if (exchange.status != 200 || deviceCode.isEmpty() || userCode.isEmpty() || !verification.isValid() ||
                 expiresIn <= 0) {
                 failSignIn(tr("Microsoft Entra ID did not start the sign-in: %1")
                                .arg(exchange.status == 200 ? tr("its answer lacks the code.")
                                                            : serverMessage(exchange.body, nullptr)));
                 return;
             }
             m_deviceCode = deviceCode;
             m_code.userCode = userCode;
             m_code.verificationUri = verification;
             m_code.message = o.value(u"message"_s).toString();
             m_code.expiresOn = m_clock->now().addSecs(expiresIn);
             // RFC 8628: five seconds when the server names no interval.
             m_code.intervalSeconds = qMax(1, o.value(u"interval"_s).toInt(5));
             Q_EMIT userCodeReady(m_code);
             schedulePoll();
         });
}

void DeviceCodeSignIn::schedulePoll()
{
    const quint64 flow = m_flow;
    m_clock->after(qint64(m_code.intervalSeconds) * 1000, this, [this, flow] {
        if (flow == m_flow && m_signingIn)
            poll();
    });
}

void DeviceCodeSignIn::poll()
{
    if (m_clock->now() >= m_code.expiresOn) {
        failSignIn(tr("The code %1 expired before the sign-in was approved. Sign in again for a new code.")
                       .arg(m_code.userCode));
        return;
    }
    const quint64 flow = m_flow;
    post(endpoint(u"token"_s),
         {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
          {u"client_id"_s, m_settings.clientId},
          {u"device_code"_s, m_deviceCode}},
         [this, flow](const Exchange &exchange) {
             if (flow != m_flow || !m_signingIn)
                 return;
             if (!exchange.error.isEmpty()) {
                 failSignIn(tr("Cannot reach Microsoft Entra ID: %1").arg(exchange.error));
                 return;
             }
             if (exchange.status == 200) {
                 if (!acceptTokens(m_settings.audience, exchange.body)) {
                     failSignIn(tr("Microsoft Entra ID answered the sign-in without a token."));
                     return;
                 }
                 m_signingIn = false;
                 m_deviceCode.clear();
                 m_loaded = true; // what this sign-in holds replaces anything kept before
                 persist();
                 Q_EMIT signedInChanged(true);
                 Q_EMIT signInSucceeded();
                 return;
             }
             QString error;
             const QString message = serverMessage(exchange.body, &error);
             if (error == u"authorization_pending") {
                 schedulePoll();
             } else if (error == u"slow_down") {
                 m_code.intervalSeconds += 5; // RFC 8628 section 3.5
                 Q_EMIT pollIntervalChanged(m_code.intervalSeconds);
                 schedulePoll();
             } else if (error == u"expired_token") {
                 failSignIn(tr("The code %1 expired before the sign-in was approved. Sign in again for a new code.")
                                .arg(m_code.userCode));
             } else if (error == u"access_denied" || error == u"authorization_declined") {
                 failSignIn(tr("The sign-in was declined in the browser."));
             } else {
                 failSignIn(tr("Microsoft Entra ID refused the sign-in: %1").arg(message));
             }
         });
}

void DeviceCodeSignIn::failSignIn(const QString &message)
{
    ++m_flow;
    m_signingIn = false;
    m_deviceCode.clear();
    qCInfo(lcAuth) << "device-code sign-in ended:" << message;
    Q_EMIT signInFailed(message);
}

void DeviceCodeSignIn::cancel()
{
    if (!m_signingIn)
        return;
    failSignIn(tr("The sign-in was cancelled."));
}

bool DeviceCodeSignIn::acceptTokens(const QString &audience, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    AccessToken token;
    token.value = o.value(u"access_token"_s).toString();
    const int expiresIn = o.value(u"expires_in"_s).toVariant().toInt();
    if (token.value.isEmpty() || expiresIn <= 0)
        return false;
    token.expiresOn = m_clock->now().addSecs(expiresIn);
    m_tokens.insert(normalizedAudience(audience), token);
    // Rotation: the answer's refresh token replaces the one redeemed.
    const QString refreshToken = o.value(u"refresh_token"_s).toString();
    if (!refreshToken.isEmpty())
        m_refreshToken = refreshToken;
    scheduleRefresh(normalizedAudience(audience));
    return true;
}

void DeviceCodeSignIn::scheduleRefresh(const QString &audience)
{
    const auto it = m_tokens.constFind(audience);
    if (it == m_tokens.cend() || m_refreshToken.isEmpty())
        return;
    const qint64 left = m_clock->now().msecsTo(it->expiresOn);
    qint64 delay = left - qint64(m_settings.refreshMarginSeconds) * 1000;
    if (delay <= 0) // a lifetime shorter than the margin: most of the way through it
        delay = left * 3 / 4;
    delay = qMax<qint64>(delay, 1000);
    const quint64 serial = ++m_timerSerial;
    m_refreshTimers.insert(audience, serial);
    const quint64 session = m_session;
    m_clock->after(delay, this, [this, audience, serial, session] {
        // A sign-out, a newer token or a refused one each disarm this timer.
        if (session != m_session || m_refreshTimers.value(audience) != serial)
            return;
        m_refreshTimers.remove(audience);
        if (!m_tokens.contains(audience) || m_refreshToken.isEmpty())
            return;
        qCDebug(lcAuth).noquote() << "refreshing the token for" << audience << "before it expires";
        refresh(audience);
    });
}

void DeviceCodeSignIn::persist()
{
    auto done = [this](const SecretStore::Result &result) {
        if (!result.ok())
            Q_EMIT keychainFailed(result.message);
    };
    if (m_refreshToken.isEmpty() && m_tokens.isEmpty()) {
        m_secrets->remove(secretName(), this, done);
        return;
    }
    QJsonObject tokens;
    for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it) {
        tokens.insert(it.key(), QJsonObject{{u"access_token"_s, it->value},
                                            {u"expires_on"_s, it->expiresOn.toSecsSinceEpoch()}});
    }
    const QJsonObject o{{u"refresh_token"_s, m_refreshToken}, {u"tokens"_s, tokens}};
    m_secrets->write(secretName(), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), this, done);
}

void DeviceCodeSignIn::load(std::function<void()> then)
{
    if (m_loaded) {
        QTimer::singleShot(0, this, std::move(then));
        return;
    }
    m_afterLoad.append(std::move(then));
    if (m_loading)
        return;
    m_loading = true;
    const quint64 session = m_session;
    m_secrets->read(secretName(), this, [this, session](const SecretStore::Result &result) {
        m_loading = false;
        if (!m_loaded && session == m_session) {
            m_loaded = true;
            if (result.ok()) {
                const QJsonObject o = QJsonDocument::fromJson(result.value.toUtf8()).object();
                m_refreshToken = o.value(u"refresh_token"_s).toString();
                const QJsonObject tokens = o.value(u"tokens"_s).toObject();
                for (auto it = tokens.begin(); it != tokens.end(); ++it) {
                    const QJsonObject t = it.value().toObject();
                    AccessToken token{t.value(u"access_token"_s).toString(),
                                      QDateTime::fromSecsSinceEpoch(t.value(u"expires_on"_s).toInteger(), Qt::UTC)};
                    if (token.isValid())
                        m_tokens.insert(it.key(), token);
                }
                for (auto it = m_tokens.cbegin(); it != m_tokens.cend(); ++it)
                    scheduleRefresh(it.key());
            } else if (result.status != SecretStore::Result::NotFound) {
                Q_EMIT keychainFailed(result.message);
            }
        }
        m_loaded = true;
        const auto pending = std::exchange(m_afterLoad, {});
        for (const auto &fn : pending)
            fn();
    });
}

void DeviceCodeSignIn::restore()
{
    load([this] {
        if (isSignedIn())
            Q_EMIT signedInChanged(true);
        Q_EMIT restored(isSignedIn());
    });
}

bool DeviceCodeSignIn::isFresh(const AccessToken &token) const
{
    return token.isValid() && m_clock->now().secsTo(token.expiresOn) > m_settings.refreshMarginSeconds;
}

void DeviceCodeSignIn::token(const QString &requested, Callback done)
{
    const QString audience = normalizedAudience(requested);
    const auto cached = m_tokens.constFind(audience);
    if (cached != m_tokens.cend() && isFresh(*cached)) {
        const AccessToken token = *cached;
        QTimer::singleShot(0, this, [done = std::move(done), token] { done(token, {}); });
        return;
    }
    QList<Callback> &waiting = m_waiting[audience];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return; // one refresh answers them all
    load([this, audience] {
        const auto loaded = m_tokens.constFind(audience);
        if (loaded != m_tokens.cend() && isFresh(*loaded)) {
            answer(audience, *loaded, {});
            return;
        }
        if (m_refreshToken.isEmpty()) {
            const QString message = tr("Sign in to Microsoft Entra ID first.");
            answer(audience, {}, message);
            Q_EMIT signInRequired(message);
            return;
        }
        refresh(audience);
    });
}

void DeviceCodeSignIn::refreshDone()
{
    m_refreshing = false;
    while (!m_refreshing && !m_refreshQueue.isEmpty()) {
        const QString next = m_refreshQueue.takeFirst();
        const auto cached = m_tokens.constFind(next);
        if (cached != m_tokens.cend() && isFresh(*cached)) {
            answer(next, *cached, {});
        } else if (m_refreshToken.isEmpty()) {
            answer(next, {}, tr("Sign in to Microsoft Entra ID first."));
        } else {
            refresh(next);
        }
    }
}

void DeviceCodeSignIn::refresh(const QString &audience)
{
    if (m_refreshing) {
        m_refreshQueue.append(audience);
        return;
    }
    m_refreshing = true;
    const quint64 session = m_session;
    post(endpoint(u"token"_s),
         {{u"grant_type"_s, u"refresh_token"_s},
          {u"client_id"_s, m_settings.clientId},
          {u"refresh_token"_s, m_refreshToken},
          {u"scope"_s, scopeFor(audience)}},
         [this, session, audience](const Exchange &exchange) {
             if (session != m_session)
                 return;
             const auto next = qScopeGuard([this] { refreshDone(); });
             if (exchange.error.isEmpty() && exchange.status == 200 && acceptTokens(audience, exchange.body)) {
                 persist();
                 answer(audience, m_tokens.value(audience), {});
                 Q_EMIT refreshed(audience);
                 return;
             }
             if (!exchange.error.isEmpty() || exchange.status >= 500 || exchange.status == 429) {
                 // Worth another try later: the refresh token is kept, and while the token in
                 // hand still lives, the refresh ahead of its expiry is tried again (three
                 // quarters of the way through what is left, so a few tries at most).
                 const auto held = m_tokens.constFind(audience);
                 if (held != m_tokens.cend() && m_clock->now() < held->expiresOn) {
                     if (!m_refreshTimers.contains(audience))
                         scheduleRefresh(audience);
                     // Meanwhile the token in hand still serves the calls waiting on it.
                     answer(audience, *held, {});
                     return;
                 }
                 answer(audience, {},
                        tr("Cannot refresh the Microsoft Entra token: %1")
                            .arg(exchange.error.isEmpty() ? tr("the server answered %1.").arg(exchange.status)
                                                          : exchange.error));
                 return;
             }
             // The refresh token is spent, revoked or expired: only a new sign-in helps.
             const QString message =
                 tr("Your Microsoft Entra sign-in has ended: %1 Sign in again.").arg(serverMessage(exchange.body, nullptr));
             m_refreshToken.clear();
             m_tokens.clear();
             m_refreshTimers.clear();
             persist();
             answer(audience, {}, message);
             Q_EMIT signedInChanged(false);
             Q_EMIT signInRequired(message);
         });
}

void DeviceCodeSignIn::answer(const QString &audience, const AccessToken &token, const QString &error)
{
    const QList<Callback> waiting = m_waiting.take(audience);
    for (const Callback &done : waiting)
        done(token, error);
}

void DeviceCodeSignIn::invalidate(const QString &audience)
{
    m_refreshTimers.remove(normalizedAudience(audience));
    if (m_tokens.remove(normalizedAudience(audience)) > 0)
        persist();
}

void DeviceCodeSignIn::refused(const QString &audience, const QString &value)
{
    const auto it = m_tokens.constFind(normalizedAudience(audience));
    if (it != m_tokens.cend() && it->value == value)
        invalidate(audience);
}

void DeviceCodeSignIn::signOut()
{
    const bool was = isSignedIn();
    ++m_session;
    cancel();
    m_refreshing = false;
    m_refreshQueue.clear();
    m_refreshTimers.clear();
    m_refreshToken.clear();
    m_tokens.clear();
    m_loaded = true;
    const auto waiting = std::exchange(m_waiting, {});
    for (const QList<Callback> &callbacks : waiting) {
        for (const Callback &done : callbacks)
            done({}, tr("Signed out of Microsoft Entra ID."));
    }
    m_secrets->remove(secretName(), this, [this, was](const SecretStore::Result &result) {
        if (!result.ok())
            Q_EMIT keychainFailed(result.message);
        if (was)
            Q_EMIT signedInChanged(false);
        Q_EMIT signedOut();
    });
}

} // namespace portico::client::auth
