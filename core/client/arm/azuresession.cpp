// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/azuresession.h"

#include "client/arm/armclient.h"
#include "client/arm/armmanagement.h"
#include "client/arm/armreportsclient.h"
#include "client/auth/azureclitokensource.h"
#include "client/auth/devicecodesignin.h"
#include "client/http/transport.h"

#include <QJsonDocument>
#include <QPointer>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcSession, "portico.session")

namespace {

constexpr auto kSettingsKey = "connection/current"; // not for translation: a settings key

QString methodName(AzureSession::SignInMethod method)
{
    return method == AzureSession::SignInMethod::AzureCli ? u"azureCli"_s : u"deviceCode"_s;
}

} // namespace

QJsonObject AzureSession::Settings::toJson() const
{
    QJsonObject o = connection.toJson();
    if (connection.kind == Connection::Kind::AzureApiManagement) {
        o.insert(u"signIn"_s, methodName(method));
        o.insert(u"clientId"_s, clientId);
        o.insert(u"authority"_s, authority.toString());
    }
    return o;
}

AzureSession::Settings AzureSession::Settings::fromJson(const QJsonObject &json)
{
    Settings s;
    QString error;
    if (const std::optional<Connection> c = Connection::fromJson(json, &error))
        s.connection = *c;
    else
        qCWarning(lcSession).noquote() << "the kept connection is not used:" << error;
    s.method = json.value(u"signIn"_s).toString() == u"azureCli" ? SignInMethod::AzureCli : SignInMethod::DeviceCode;
    s.clientId = json.value(u"clientId"_s).toString();
    const QUrl authority(json.value(u"authority"_s).toString(), QUrl::StrictMode);
    if (authority.isValid() && !authority.host().isEmpty())
        s.authority = authority;
    return s;
}

bool operator==(const AzureSession::Settings &a, const AzureSession::Settings &b)
{
    return a.connection == b.connection && a.method == b.method && a.clientId == b.clientId &&
        a.authority == b.authority;
}

bool AzureSession::Settings::canSignIn(QString *why) const
{
    if (connection.kind != Connection::Kind::AzureApiManagement) {
        *why = AzureSession::tr("The local sandbox needs no sign-in.");
        return false;
    }
    if (method == SignInMethod::DeviceCode && clientId.trimmed().isEmpty()) {
        *why = AzureSession::tr("Name the client id of your Microsoft Entra application in Choose connection… first.");
        return false;
    }
    if (method == SignInMethod::AzureCli && !auth::AzureCliTokenSource::isAvailable()) {
        *why = AzureSession::tr("The Azure CLI (az) is not installed on this computer.");
        return false;
    }
    return true;
}

AzureSession::AzureSession(Transport *transport, SecretStore *secrets, const QString &settingsFile,
                           auth::AuthClock *clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_secrets(secrets)
    , m_settingsFile(settingsFile)
    , m_clock(clock)
{ }

AzureSession::~AzureSession()
{
    // The clients go before the token source they ask.
    m_reports.reset();
    m_management.reset();
    m_arm.reset();
}

void AzureSession::restore()
{
    if (m_settingsFile.isEmpty())
        return;
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    const QByteArray kept = settings.value(QString::fromLatin1(kSettingsKey)).toByteArray();
    if (kept.isEmpty())
        return;
    m_settings = Settings::fromJson(QJsonDocument::fromJson(kept).object());
    rebuild(true);
    if (auth::DeviceCodeSignIn *signIn = deviceCodeSignIn())
        signIn->restore();
}

void AzureSession::setSettings(const Settings &settings)
{
    const Settings before = m_settings;
    m_settings = settings;
    save();
    const bool sameSignIn = before.method == settings.method && before.clientId == settings.clientId &&
        before.authority == settings.authority && before.connection.azure.tenant == settings.connection.azure.tenant &&
        before.connection.kind == settings.connection.kind;
    rebuild(!sameSignIn || !m_tokens);
    if (auth::DeviceCodeSignIn *signIn = deviceCodeSignIn(); signIn && !sameSignIn)
        signIn->restore();
}

void AzureSession::save() const
{
    if (m_settingsFile.isEmpty())
        return;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(QString::fromLatin1(kSettingsKey),
                      QJsonDocument(m_settings.toJson()).toJson(QJsonDocument::Compact));
}

void AzureSession::rebuild(bool newTokenSource)
{
    // Dropping the clients drops the replies still due to them.
    m_reports.reset();
    m_management.reset();
    m_arm.reset();
    if (!isAzure()) {
        m_tokens.reset();
        m_signingIn = false;
    } else {
        if (newTokenSource) {
            m_signingIn = false;
            m_tokens.reset();
            if (m_settings.method == SignInMethod::AzureCli) {
                m_tokens = std::make_unique<auth::AzureCliTokenSource>(QString(), m_clock);
            } else {
                auth::EntraSettings entra;
                entra.authority = m_settings.authority;
                if (!m_settings.connection.azure.tenant.isEmpty())
                    entra.tenant = m_settings.connection.azure.tenant;
                entra.clientId = m_settings.clientId;
                m_tokens = std::make_unique<auth::DeviceCodeSignIn>(m_transport, m_secrets, entra, m_clock);
            }
            watch(m_tokens.get());
        }
        m_arm = std::make_unique<ArmClient>(m_tokens.get(), m_transport->engine());
        m_arm->setConnection(m_settings.connection.azure);
        m_management = std::make_unique<ArmManagement>(m_arm.get(), m_secrets);
        m_reports = std::make_unique<ArmReportsClient>(m_arm.get());
    }
    Q_EMIT connectionChanged();
    Q_EMIT stateChanged();
}

void AzureSession::watch(auth::TokenSource *tokens)
{
    connect(tokens, &auth::TokenSource::signedInChanged, this, &AzureSession::stateChanged);
    connect(tokens, &auth::TokenSource::signInRequired, this, [this](const QString &message) {
        Q_EMIT stateChanged();
        Q_EMIT signInRequired(message);
    });
    auto *signIn = qobject_cast<auth::DeviceCodeSignIn *>(tokens);
    if (!signIn)
        return;
    connect(signIn, &auth::DeviceCodeSignIn::signInSucceeded, this, [this] {
        m_signingIn = false;
        Q_EMIT stateChanged();
    });
    connect(signIn, &auth::DeviceCodeSignIn::signInFailed, this, [this](const QString &message) {
        m_signingIn = false;
        Q_EMIT stateChanged();
        Q_EMIT problem(message);
    });
    connect(signIn, &auth::DeviceCodeSignIn::userCodeReady, this, &AzureSession::stateChanged);
    connect(signIn, &auth::DeviceCodeSignIn::restored, this, &AzureSession::stateChanged);
    connect(signIn, &auth::DeviceCodeSignIn::signedOut, this, &AzureSession::stateChanged);
    connect(signIn, &auth::DeviceCodeSignIn::keychainFailed, this, &AzureSession::problem);
}

AzureSession::State AzureSession::state() const
{
    if (!isAzure() || !m_tokens)
        return State::Local;
    const auth::DeviceCodeSignIn *dc = deviceCodeSignIn();
    if (m_signingIn || (dc && dc->isSigningIn()))
        return State::SigningIn;
    return m_tokens->isSignedIn() ? State::SignedIn : State::SignedOut;
}

QString AzureSession::description() const
{
    switch (state()) {
    case State::Local:
        return tr("Connection: local sandbox");
    case State::SignedOut:
        return tr("Connection: Azure %1, signed out").arg(m_settings.connection.azure.serviceName);
    case State::SigningIn:
        return tr("Connection: Azure %1, signing in…").arg(m_settings.connection.azure.serviceName);
    case State::SignedIn:
        break;
    }
    return tr("Connection: Azure %1, signed in").arg(m_settings.connection.azure.serviceName);
}

GatewayManagement *AzureSession::management() const
{
    return m_management.get();
}

UsageReports *AzureSession::reports() const
{
    return m_reports.get();
}

auth::DeviceCodeSignIn *AzureSession::deviceCodeSignIn() const
{
    return qobject_cast<auth::DeviceCodeSignIn *>(m_tokens.get());
}

void AzureSession::signIn()
{
    QString why;
    if (!m_settings.canSignIn(&why) || !m_tokens) {
        Q_EMIT problem(why);
        return;
    }
    m_signingIn = true;
    Q_EMIT stateChanged();
    if (auth::DeviceCodeSignIn *dc = deviceCodeSignIn()) {
        dc->signIn();
        return;
    }
    // The Azure CLI holds the sign-in: a first token proves it is there.
    QPointer<AzureSession> self(this);
    m_tokens->token(QString::fromLatin1(ArmClient::kAudience), [self](const auth::AccessToken &, const QString &error) {
        if (!self)
            return;
        self->m_signingIn = false;
        Q_EMIT self->stateChanged();
        if (!error.isEmpty())
            Q_EMIT self->problem(error);
    });
}

void AzureSession::signOut()
{
    m_signingIn = false;
    if (auth::DeviceCodeSignIn *dc = deviceCodeSignIn())
        dc->signOut();
    else if (m_tokens)
        m_tokens->invalidate(QString::fromLatin1(ArmClient::kAudience));
    Q_EMIT stateChanged();
}

} // namespace portico::client
