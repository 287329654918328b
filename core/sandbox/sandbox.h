#pragma once
// The local sandbox: an AzureML-compatible feature-hashing web service (the "service"
// listener) behind an API Management-compatible gateway (the "gateway" listener), with its
// state in SQLite under a data directory. Lives in the thread that starts it.

#include "gateway/ratelimiter.h"
#include "state/sandboxmodel.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace portico::http {
class HttpServer;
}

namespace portico::sandbox {

class Gateway;
class MlService;
class SandboxStore;

struct SandboxOptions
{
    QString dataDir;
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 gatewayPort = 0; // 0: any free port
    quint16 servicePort = 0;
    RateLimiter::Clock clock = &RateLimiter::systemClock;

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
    Credentials credentials() const;
    QList<Subscription> subscriptions() const;

    SandboxStore *store() const { return m_store.get(); }
    Gateway *gateway() const { return m_gateway; }
    http::HttpServer *gatewayServer() const { return m_gatewayServer; }
    http::HttpServer *serviceServer() const { return m_serviceServer; }

    // The one line `portico-sandbox serve` prints when both listeners are up.
    QByteArray readyLine() const;
    // What `portico-sandbox credentials` prints.
    QByteArray credentialsJson() const;

private:
    std::unique_ptr<SandboxStore> m_store;
    MlService *m_service = nullptr;
    Gateway *m_gateway = nullptr;
    http::HttpServer *m_serviceServer = nullptr;
    http::HttpServer *m_gatewayServer = nullptr;
    QHostAddress m_host;
};

// Credentials and subscriptions as `portico-sandbox credentials` prints them.
QByteArray credentialsJson(const Credentials &credentials, const QList<Subscription> &subscriptions,
                           const QList<Product> &products);

} // namespace portico::sandbox
