// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The local sandbox: an AzureML-compatible feature-hashing web service (the "service"
// listener) behind an API Management-compatible gateway (the "gateway" listener), with its
// state in SQLite under a data directory. Lives in the thread that starts it.

#include "sandbox/entra/tokenissuer.h"
#include "sandbox/gateway/ratelimiter.h"
#include "sandbox/online/onlineendpoint.h"
#include "sandbox/state/sandboxmodel.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace portico::http {
class HttpServer;
}

namespace portico::sandbox {

class BatchService;
class EntraService;
class Gateway;
class MlService;
class SandboxStorage;
class SandboxStore;

struct SandboxOptions
{
    QString dataDir;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 gatewayPort = 0; // 0: any free port
    quint16 servicePort = 0;
    RateLimiter::Clock clock = &RateLimiter::systemClock;
    // The sandbox's own blob storage (Azurite, started when a batch job or ensureStorage()
    // first needs it) prefers this port and falls back to any free one; 0: any.
    quint16 storagePort = 10000;
    bool storageEnabled = true;
    QString azuriteProgram; // empty: $PORTICO_AZURITE_BLOB, the project's .azurite, PATH
    // The Entra-shaped sign-in listener (device codes, tokens); 0: any free port. Its clock
    // is the sandbox's clock unless the options name one; its verification URI is the
    // listener's own /devicelogin page unless they name one.
    quint16 loginPort = 0;
    TokenIssuer::Options entra;
    // Accepts Microsoft Entra tokens at the online endpoint besides its keys; empty: keys only.
    TokenValidator onlineTokenValidator;

    // <XDG data>/portico/sandbox: the same state the console's embedded sandbox keeps.
    static QString defaultDataDir();
};

class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(const SandboxOptions &options, QString *error);
    void stop();

    QUrl gatewayUrl() const;
    QUrl serviceUrl() const;
    // Entra's authority for the sandbox: {loginUrl}/{tenant}/oauth2/v2.0/...
    QUrl loginUrl() const;
    // The online endpoint's scoring URI: {service}/online/{endpoint}/score.
    QUrl onlineScoringUrl() const;
    Credentials credentials() const;
    QList<Subscription> subscriptions() const;

    SandboxStore *store() const { return m_store.get(); }
    Gateway *gateway() const { return m_gateway; }
    http::HttpServer *gatewayServer() const { return m_gatewayServer; }
    http::HttpServer *serviceServer() const { return m_serviceServer; }
    // Issues and checks the bearer tokens other handlers accept (validate(token, audience)).
    TokenIssuer *tokenIssuer() const { return m_tokenIssuer.get(); }

    // Starts the sandbox's Azurite unless it runs; answers with storageReady() or
    // storageFailed(). May be called from any thread.
    void ensureStorage();
    // Empty until the storage is ready.
    QString storageConnectionString() const;
    BatchService *batchService() const { return m_batch; }

    // The one line `portico-sandbox serve` prints when both listeners are up.
    QByteArray readyLine() const;
    // What `portico-sandbox credentials` prints.
    QByteArray credentialsJson() const;

Q_SIGNALS:
    // The full connection string of the sandbox's development storage account.
    void storageReady(const QString &connectionString);
    void storageFailed(const QString &message);

private:
    bool startLogin(const SandboxOptions &options, QString *error);

    std::unique_ptr<SandboxStore> m_store;
    SandboxStorage *m_storage = nullptr;
    BatchService *m_batch = nullptr;
    MlService *m_service = nullptr;
    OnlineEndpoint *m_online = nullptr;
    Gateway *m_gateway = nullptr;
    http::HttpServer *m_serviceServer = nullptr;
    http::HttpServer *m_gatewayServer = nullptr;
    std::unique_ptr<TokenIssuer> m_tokenIssuer;
    EntraService *m_entra = nullptr;
    http::HttpServer *m_loginServer = nullptr;
    QHostAddress m_host;
};

// Credentials and subscriptions as `portico-sandbox credentials` prints them.
// storageConnectionString: the sandbox's Azurite as last started, left out when empty.
QByteArray credentialsJson(const Credentials &credentials, const QList<Subscription> &subscriptions,
                           const QList<Product> &products, const QString &storageConnectionString = QString());

} // namespace portico::sandbox
