// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Talks to a gateway's management API (the sandbox's, under {gateway}/management) for the
// publisher's views: APIs, operations, products, subscriptions and their keys. The admin
// key is read from the keychain for every call and never kept.

#include "client/catalog/catalog.h"
#include "client/management/gatewaymanagement.h"
#include "client/management/product.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <map>

namespace portico::client {

class HttpEngine;
class SecretStore;
struct Exchange;

class ManagementClient : public GatewayManagement
{
    Q_OBJECT
public:
    // The store is not owned and must outlive every call in flight.
    // The engine is shared (the transport's); the client answers only for its own requests.
    ManagementClient(SecretStore *secrets, HttpEngine *engine, QObject *parent = nullptr);
    ~ManagementClient() override;

    // gateway is the gateway's base URL, e.g. http://127.0.0.1:PORT; adminKeySecret the
    // keychain name that holds its admin key.
    void setGateway(const QUrl &gateway, const QString &adminKeySecret);
    QUrl gateway() const { return m_gateway; }
    QString adminKeySecret() const { return m_adminKeySecret; }
    bool isConfigured() const { return m_gateway.isValid() && !m_adminKeySecret.isEmpty(); }
    HttpEngine *engine() const override { return m_engine; }
    // A ManagedPublisher on this client.
    ApiPublisher *createPublisher(QObject *parent) override;

    // Every callback runs later on this thread, never inside the call, and not at all if
    // context is destroyed first.
    void listApis(const QObject *context, Callback<QList<Api>> done);
    void putApi(const Api &api, const QObject *context, Callback<Api> done);
    void deleteApi(const QString &apiId, const QObject *context, Callback<Done> done);
    void listOperations(const QString &apiId, const QObject *context, Callback<QList<Operation>> done);
    void putOperation(const QString &apiId, const Operation &op, const QObject *context, Callback<Operation> done);
    void deleteOperation(const QString &apiId, const QString &operationId, const QObject *context, Callback<Done> done);

    void listProducts(const QObject *context, Callback<QList<Product>> done) override;
    void putProduct(const Product &product, const QObject *context, Callback<Product> done) override;
    // Changes only the fields given, e.g. {"policies": {"rateLimit": {...}}}.
    void patchProduct(const QString &productId, const QJsonObject &fields, const QObject *context,
                      Callback<Product> done);
    void deleteProduct(const QString &productId, const QObject *context, Callback<Done> done) override;
    void setProductApi(const QString &productId, const QString &apiId, bool linked, const QObject *context,
                       Callback<Done> done) override;

    void listSubscriptions(const QObject *context, Callback<QList<Subscription>> done) override;
    void putSubscription(const Subscription &subscription, const QObject *context,
                         Callback<Subscription> done) override;
    void setSubscriptionState(const QString &subscriptionId, const QString &state, const QObject *context,
                              Callback<Subscription> done) override;
    void deleteSubscription(const QString &subscriptionId, const QObject *context, Callback<Done> done) override;
    void regenerateKey(const QString &subscriptionId, bool primary, const QObject *context,
                       Callback<Done> done) override;
    // Fetches both keys and writes them straight into the keychain under
    // subscriptionKeySecret(); the callback gets the two names, never the keys.
    void storeSubscriptionKeys(const QString &subscriptionId, const QObject *context,
                               Callback<QStringList> done) override;

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error;
    };
    using RawCallback = std::function<void(const Reply &)>;
    struct Pending
    {
        QPointer<const QObject> context;
        RawCallback done;
    };

    void call(const QByteArray &method, const QString &path, const QJsonObject &body, const QObject *context,
              RawCallback done);
    void onFinished(const Exchange &exchange);
    static Reply replyOf(const Exchange &exchange);
    QUrl urlFor(const QString &path) const;

    SecretStore *m_secrets;
    HttpEngine *m_engine;
    QUrl m_gateway;
    QString m_adminKeySecret;
    std::map<quint64, Pending> m_pending;
};

} // namespace portico::client
