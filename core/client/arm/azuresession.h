// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's current connection and, for an Azure one, its sign-in and its Azure Resource
// Manager clients. Owned by the composition root; the UI reaches it through Services. The
// connection's names (never a token) are kept in the settings file; tokens and refresh
// tokens live only in the keychain, through the device-code sign-in.

#include "client/arm/azureconnection.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace portico::client {

class ArmClient;
class ArmManagement;
class ArmReportsClient;
class GatewayManagement;
class SecretStore;
class Transport;
class UsageReports;
namespace auth {
class AuthClock;
class DeviceCodeSignIn;
class TokenSource;
} // namespace auth

class AzureSession : public QObject
{
    Q_OBJECT
public:
    enum class SignInMethod { DeviceCode, AzureCli };
    enum class State { Local, SignedOut, SigningIn, SignedIn };

    // What the user chooses in the connection dialog: none of it is a secret.
    struct Settings
    {
        Connection connection;
        SignInMethod method = SignInMethod::DeviceCode;
        QString clientId; // the public client application's id (the user's app registration)
        QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com")); // Entra's
        // Whether a sign-in with this method can start at all; false with a sentence if not.
        bool canSignIn(QString *why) const;

        QJsonObject toJson() const;
        static Settings fromJson(const QJsonObject &json);
        friend bool operator==(const Settings &a, const Settings &b);
    };
    // Neither is owned; both outlive the session. settingsFile: where the connection is kept
    // (empty: nowhere). clock: null for the system clock.
    AzureSession(Transport *transport, SecretStore *secrets, const QString &settingsFile,
                 auth::AuthClock *clock = nullptr, QObject *parent = nullptr);
    ~AzureSession() override;

    const Settings &settings() const { return m_settings; }
    bool isAzure() const { return m_settings.connection.kind == Connection::Kind::AzureApiManagement; }
    // Makes this the connection from now on and keeps it in the settings file. Every reply
    // still due from the connection before is dropped: its clients are rebuilt.
    void setSettings(const Settings &settings);
    // Reads the connection kept from an earlier run, and the sign-in the keychain holds.
    void restore();

    State state() const;
    // "Local sandbox" or "Azure: <service> (signed in)", for the status bar.
    QString description() const;

    // Null on the local connection.
    GatewayManagement *management() const;
    UsageReports *reports() const;
    ArmManagement *armManagement() const { return m_management.get(); }
    ArmClient *armClient() const { return m_arm.get(); }
    auth::TokenSource *tokenSource() const { return m_tokens.get(); }
    // The device-code sign-in when that is the method; null otherwise.
    auth::DeviceCodeSignIn *deviceCodeSignIn() const;

    // Starts the chosen method's sign-in: the device code's flow (a SignInDialog shows it),
    // or a first token from the Azure CLI.
    void signIn();
    // Forgets every token, in memory and in the keychain.
    void signOut();

Q_SIGNALS:
    // The connection changed: the publisher, keys and dashboard reload from the new one.
    void connectionChanged();
    void stateChanged();
    // A refresh failed or a token was revoked: the user has to sign in again.
    void signInRequired(const QString &message);
    // A sign-in or sign-out could not finish; the sentence says why.
    void problem(const QString &message);

private:
    void rebuild(bool newTokenSource);
    void save() const;
    void watch(auth::TokenSource *tokens);

    Transport *m_transport;
    SecretStore *m_secrets;
    QString m_settingsFile;
    auth::AuthClock *m_clock;
    Settings m_settings;
    bool m_signingIn = false;
    std::unique_ptr<auth::TokenSource> m_tokens;
    std::unique_ptr<ArmClient> m_arm;
    std::unique_ptr<ArmManagement> m_management;
    std::unique_ptr<ArmReportsClient> m_reports;
};

} // namespace portico::client
