#pragma once
// The sandbox's SQLite database: credentials, products, subscriptions, APIs and the
// gateway's usage log. Created and seeded with the customer's demo API on first open.
// Lives in the thread that opened it (a Qt Sql connection is per thread).

#include "sandboxmodel.h"

#include <QString>

namespace portico::sandbox {

class SandboxStore
{
public:
    explicit SandboxStore(const QString &dataDir);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    // Opens (creating and seeding when new) <dataDir>/sandbox.sqlite.
    bool open(QString *error);
    QString databasePath() const;

    Credentials credentials() const;
    QList<Product> products() const;
    QList<Subscription> subscriptions() const;
    QList<Api> apis() const;

    // Points the APIs that front the local ML service at its address in this run.
    bool setLocalServiceUrl(const QString &url);

    bool appendUsage(const QList<UsageRecord> &records);
    QList<UsageRecord> usage(qint64 fromMs, qint64 toMs) const;
    // Calls that passed the gateway's policies (not blocked) for one subscription.
    int countPassedCalls(const QString &subscriptionId, qint64 fromMs, qint64 toMs) const;

    static QString randomHex(int bytes);
    static QString randomKey(int bytes);

private:
    bool createSchema(QString *error);
    bool seed(QString *error);

    QString m_dataDir;
    QString m_connectionName;
};

} // namespace portico::sandbox
