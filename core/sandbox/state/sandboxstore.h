// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's SQLite database: credentials, products, subscriptions, APIs and the
// gateway's usage log. Created and seeded with the customer's demo API on first open.
// Lives in the thread that opened it (a Qt Sql connection is per thread).

#include "client/storage/sqlitedatabase.h"
#include "sandbox/state/sandboxmodel.h"

#include <QString>

#include <functional>

class QSqlQuery;

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

    // Management writes, each in its own transaction. An upsert keeps what it does not
    // describe: an API's operations and product links, a subscription's keys on update.
    bool upsertApi(const Api &api, QString *error);
    bool deleteApi(const QString &apiId, QString *error);
    bool upsertOperation(const QString &apiId, const Operation &operation, QString *error);
    bool deleteOperation(const QString &apiId, const QString &operationId, QString *error);
    bool upsertProduct(const Product &product, QString *error);
    // Takes the product's subscriptions with it, as APIM's deleteSubscriptions=true does.
    bool deleteProduct(const QString &productId, QString *error);
    bool setProductApi(const QString &productId, const QString &apiId, bool linked, QString *error);
    bool upsertSubscription(const Subscription &subscription, QString *error);
    bool deleteSubscription(const QString &subscriptionId, QString *error);
    bool setSubscriptionKey(const QString &subscriptionId, bool primary, const QString &key, QString *error);

    static QString randomHex(int bytes);
    static QString randomKey(int bytes);

private:
    bool createSchema(QString *error);
    bool seed(QString *error);
    bool ensureOnlineEndpointKeys(QString *error);
    bool write(const std::function<bool(QSqlQuery &)> &statements, QString *error);

    QString m_dataDir;
    client::SqliteDatabase m_db;
};

} // namespace portico::sandbox
