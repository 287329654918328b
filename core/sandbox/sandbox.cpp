// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/sandbox.h"

#include "sandbox/arm/armapi.h"

#include "sandbox/batch/batchservice.h"
#include "sandbox/entra/entraservice.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/http/httpserver.h"
#include "sandbox/scoring/azuremlerror.h"
#include "sandbox/service/mlservice.h"
#include "sandbox/state/jobstore.h"
#include "sandbox/state/sandboxstore.h"
#include "sandbox/storage/sandboxstorage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

Q_LOGGING_CATEGORY(lcSandbox, "portico.sandbox")

using namespace Qt::StringLiterals;

namespace portico::sandbox {

QString SandboxOptions::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"portico/sandbox"_s);
}

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{ }

Sandbox::~Sandbox()
{
    stop();
}

static QUrl urlFor(const QHostAddress &host, quint16 port)
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(port);
    return url;
}

bool Sandbox::start(const SandboxOptions &options, QString *error)
{
    stop();
    m_host = options.host;
    m_store =
        std::make_unique<SandboxStore>(options.dataDir.isEmpty() ? SandboxOptions::defaultDataDir() : options.dataDir);
    if (!m_store->open(error))
        return false;

    SandboxStorage::Options storageOptions;
    storageOptions.enabled = options.storageEnabled;
    storageOptions.preferredPort = options.storagePort;
    storageOptions.program = options.azuriteProgram;
    storageOptions.location = QDir(QFileInfo(m_store->databasePath()).absolutePath()).filePath(u"azurite"_s);
    m_storage = new SandboxStorage(storageOptions, this);
    connect(m_storage, &SandboxStorage::ready, this, &Sandbox::storageReady);
    connect(m_storage, &SandboxStorage::failed, this, &Sandbox::storageFailed);
    m_batch = new BatchService(m_storage, this);
    if (!m_batch->open(m_store->databasePath(), error)) {
        stop();
        return false;
    }

    m_service = new MlService(m_store->credentials(), this);
    m_service->setBatchService(m_batch);
    const Credentials credentials = m_store->credentials();
    // Besides its keys, the online endpoint takes the sandbox's own Entra tokens for
    // https://ml.azure.com, unless the options name another judge.
    TokenValidator onlineTokens = options.onlineTokenValidator;
    if (!onlineTokens) {
        onlineTokens = [this](const QString &token, const QString &audience) {
            return m_tokenIssuer && m_tokenIssuer->validate(token, audience) == TokenIssuer::Validation::Valid;
        };
    }
    m_online = new OnlineEndpoint({credentials.onlinePrimaryKey, credentials.onlineSecondaryKey},
                                  std::move(onlineTokens), this);
    m_serviceServer = new http::HttpServer(
        [this](const http::HttpRequest &r, http::HttpServer::Responder respond) {
            if (OnlineEndpoint::handles(r))
                m_online->handle(r, respond);
            else
                m_service->handle(r, respond);
        },
        this);
    m_serviceServer->setErrorFormatter(&azureMlTransportError);
    if (!m_serviceServer->listen(options.host, options.servicePort)) {
        if (error)
            *error = tr("The service listener cannot listen on %1:%2: %3")
                         .arg(options.host.toString())
                         .arg(options.servicePort)
                         .arg(m_serviceServer->errorString());
        stop();
        return false;
    }
    if (!m_store->setLocalServiceUrl(serviceUrl().toString())) {
        if (error)
            *error = tr("Cannot record the service address in %1.").arg(m_store->databasePath());
        stop();
        return false;
    }

    m_gateway = new Gateway(m_store.get(), options.clock, this);
    m_gateway->reload();
    m_gatewayServer = new http::HttpServer(
        [this](const http::HttpRequest &r, http::HttpServer::Responder respond) { m_gateway->handle(r, respond); },
        this);
    m_gatewayServer->setErrorFormatter(&Gateway::apimError);
    http::HttpServer::Limits gatewayLimits;
    // Larger than the service's own limit, so the service's 413 reaches the client as AzureML words it.
    gatewayLimits.maxBodyBytes = 64 * 1024 * 1024;
    m_gatewayServer->setLimits(gatewayLimits);
    if (!m_gatewayServer->listen(options.host, options.gatewayPort)) {
        if (error)
            *error = tr("The gateway cannot listen on %1:%2: %3")
                         .arg(options.host.toString())
                         .arg(options.gatewayPort)
                         .arg(m_gatewayServer->errorString());
        stop();
        return false;
    }
    if (!startLogin(options, error)) {
        stop();
        return false;
    }
    // Resource Manager accepts the tokens the sandbox's sign-in issued for it; every signed-in
    // principal may do everything (tests install a stricter judge to see AuthorizationFailed).
    m_gateway->arm()->setTokenValidator([this](const QString &token, const QString &, const QString &) {
        ArmAccess access;
        switch (m_tokenIssuer ? m_tokenIssuer->validate(token, u"https://management.azure.com"_s)
                              : TokenIssuer::Validation::Unknown) {
        case TokenIssuer::Validation::Valid:
            access.verdict = ArmAccess::Accepted;
            break;
        case TokenIssuer::Validation::Expired:
            access.verdict = ArmAccess::Expired;
            break;
        default:
            access.verdict = ArmAccess::Invalid;
        }
        return access;
    });
    qCInfo(lcSandbox) << "login" << loginUrl().toString() << "gateway" << gatewayUrl().toString() << "service" << serviceUrl().toString() << "data"
                      << m_store->databasePath();
    return true;
}

bool Sandbox::startLogin(const SandboxOptions &options, QString *error)
{
    m_loginServer = new http::HttpServer(
        [this](const http::HttpRequest &r, http::HttpServer::Responder respond) { m_entra->handle(r, respond); }, this);
    m_loginServer->setErrorFormatter(&EntraService::transportError);
    if (!m_loginServer->listen(options.host, options.loginPort)) {
        if (error)
            *error = tr("The sign-in listener cannot listen on %1:%2: %3")
                         .arg(options.host.toString())
                         .arg(options.loginPort)
                         .arg(m_loginServer->errorString());
        return false;
    }
    TokenIssuer::Options entra = options.entra;
    if (!entra.clock)
        entra.clock = options.clock;
    if (options.entra.verificationUri == TokenIssuer::Options().verificationUri)
        entra.verificationUri = loginUrl().toString() + u"/devicelogin"_s;
    m_tokenIssuer = std::make_unique<TokenIssuer>(entra);
    m_entra = new EntraService(m_tokenIssuer.get(), this);
    return true;
}

void Sandbox::stop()
{
    delete m_loginServer;
    m_loginServer = nullptr;
    delete m_entra;
    m_entra = nullptr;
    m_tokenIssuer.reset();
    delete m_gatewayServer;
    m_gatewayServer = nullptr;
    delete m_serviceServer;
    m_serviceServer = nullptr;
    delete m_gateway; // flushes the usage log
    m_gateway = nullptr;
    delete m_service;
    m_service = nullptr;
    delete m_online;
    m_online = nullptr;
    delete m_batch; // stops running jobs, recording them as interrupted
    m_batch = nullptr;
    delete m_storage; // stops Azurite
    m_storage = nullptr;
    m_store.reset();
}

void Sandbox::ensureStorage()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &Sandbox::ensureStorage, Qt::QueuedConnection);
        return;
    }
    if (!m_storage) {
        Q_EMIT storageFailed(tr("The sandbox is not running."));
        return;
    }
    m_storage->ensure();
}

QString Sandbox::storageConnectionString() const
{
    return m_storage ? m_storage->connectionString() : QString();
}

QUrl Sandbox::gatewayUrl() const
{
    return m_gatewayServer ? urlFor(m_host, m_gatewayServer->serverPort()) : QUrl();
}

QUrl Sandbox::loginUrl() const
{
    return m_loginServer ? urlFor(m_host, m_loginServer->serverPort()) : QUrl();
}

QUrl Sandbox::serviceUrl() const
{
    return m_serviceServer ? urlFor(m_host, m_serviceServer->serverPort()) : QUrl();
}

QUrl Sandbox::onlineScoringUrl() const
{
    QUrl url = serviceUrl();
    if (url.isValid())
        url.setPath(QString::fromLatin1(OnlineEndpoint::kPathPrefix) + QString::fromUtf16(OnlineEndpoint::kEndpointName) +
                    u"/score"_s);
    return url;
}

Credentials Sandbox::credentials() const
{
    return m_store ? m_store->credentials() : Credentials();
}

QList<Subscription> Sandbox::subscriptions() const
{
    return m_store ? m_store->subscriptions() : QList<Subscription>();
}

QByteArray Sandbox::readyLine() const
{
    const QJsonObject o{{u"gateway"_s, gatewayUrl().toString()},
                        {u"service"_s, serviceUrl().toString()},
                        {u"login"_s, loginUrl().toString()}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray Sandbox::credentialsJson() const
{
    if (!m_store)
        return {};
    return sandbox::credentialsJson(m_store->credentials(), m_store->subscriptions(), m_store->products(),
                                    storageConnectionString());
}

QByteArray credentialsJson(const Credentials &c, const QList<Subscription> &subscriptions,
                           const QList<Product> &products, const QString &storageConnectionString)
{
    QJsonArray subs;
    for (const Subscription &s : subscriptions) {
        QString productName = s.productId;
        for (const Product &p : products) {
            if (p.id == s.productId)
                productName = p.name;
        }
        subs.append(QJsonObject{{u"id"_s, s.id},
                                {u"name"_s, s.name},
                                {u"product"_s, productName},
                                {u"state"_s, s.state},
                                {u"primaryKey"_s, s.primaryKey},
                                {u"secondaryKey"_s, s.secondaryKey}});
    }
    QJsonObject o{{u"workspace"_s, c.workspace},       {u"service"_s, c.service},   {u"apiKey"_s, c.apiKey},
                  {u"apiSuffix"_s, u"azureml-demo"_s}, {u"adminKey"_s, c.adminKey}, {u"subscriptions"_s, subs}};
    if (!c.onlinePrimaryKey.isEmpty())
        o.insert(u"onlineEndpoint"_s,
                 QJsonObject{{u"name"_s, QString::fromUtf16(OnlineEndpoint::kEndpointName)},
                             {u"primaryKey"_s, c.onlinePrimaryKey},
                             {u"secondaryKey"_s, c.onlineSecondaryKey}});
    if (!storageConnectionString.isEmpty())
        o.insert(u"storage"_s, storageConnectionString);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace portico::sandbox
