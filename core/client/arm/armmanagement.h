// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Products, their throttling (as rate-limit and quota policies), subscriptions and their
// keys on an Azure API Management instance, through Azure Resource Manager. Keys from
// listSecrets go straight into the keychain and are never handed back or kept.

#include "client/management/gatewaymanagement.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace portico::client {

class ArmClient;
class SecretStore;
struct ArmReply;

class ArmManagement : public GatewayManagement
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive every call in flight.
    ArmManagement(ArmClient *client, SecretStore *secrets, QObject *parent = nullptr);

    ArmClient *armClient() const { return m_client; }
    HttpEngine *engine() const override;
    // An ArmPublisher on the same client.
    ApiPublisher *createPublisher(QObject *parent) override;

    // The service's gatewayUrl, where its APIs answer.
    void gatewayUrl(const QObject *context, Callback<QUrl> done);

    void listProducts(const QObject *context, Callback<QList<Product>> done) override;
    // The product with its throttling, and the ETag to send back with an update.
    void getProduct(const QString &productId, const QObject *context,
                    std::function<void(const Result<Product> &, const QByteArray &etag)> done);
    // Writes the product (with If-Match when etag is given), then its throttling into the
    // product's policy, keeping every other policy element as it was.
    void putProduct(const Product &product, const QByteArray &etag, const QObject *context, Callback<Product> done);
    // Without an ETag: the product as the user last saw it wins.
    void putProduct(const Product &product, const QObject *context, Callback<Product> done) override;
    // Deletes the product's subscriptions with it, as the local gateway does.
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
    // Fetches both keys with listSecrets and writes them into the keychain under
    // subscriptionKeySecret(); the callback gets the two names only.
    void storeSubscriptionKeys(const QString &subscriptionId, const QObject *context,
                               Callback<QStringList> done) override;

private:
    void readThrottling(Product product, const QObject *context, Callback<Product> done);

    ArmClient *m_client;
    SecretStore *m_secrets;
};

} // namespace portico::client
