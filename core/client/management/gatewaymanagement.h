// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What the publisher's products and subscriptions pages ask of a gateway Portico can manage,
// whichever it is: the local sandbox's management API (ManagementClient) or an Azure API
// Management instance through Azure Resource Manager (ArmManagement). Keys go straight into
// the keychain; no call hands one back.

#include "client/catalog/catalog.h"
#include "client/management/product.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

namespace portico::client {

class ApiPublisher;
class HttpEngine;

class GatewayManagement : public QObject
{
    Q_OBJECT
public:
    // What every call answers with: a value, or a sentence for the user (the gateway's own
    // message for its 4xx answers, which say exactly what was wrong).
    template<typename T> struct Result
    {
        T value{};
        int status = 0; // HTTP status; 0 when no answer came
        QString error;  // empty on success
        bool ok() const { return error.isEmpty(); }
    };
    struct Done
    { };
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    using QObject::QObject;

    // The keychain names a subscription's keys are kept under.
    static QString subscriptionKeySecret(const QString &subscriptionId, bool primary);

    // The engine the publisher's imports read documents with.
    virtual HttpEngine *engine() const = 0;
    // The publisher of this gateway's APIs and operations, owned by parent.
    virtual ApiPublisher *createPublisher(QObject *parent) = 0;

    // Every callback runs later on this thread, never inside the call, and not at all if
    // context is destroyed first.
    virtual void listProducts(const QObject *context, Callback<QList<Product>> done) = 0;
    virtual void putProduct(const Product &product, const QObject *context, Callback<Product> done) = 0;
    virtual void deleteProduct(const QString &productId, const QObject *context, Callback<Done> done) = 0;
    virtual void setProductApi(const QString &productId, const QString &apiId, bool linked, const QObject *context,
                               Callback<Done> done) = 0;

    virtual void listSubscriptions(const QObject *context, Callback<QList<Subscription>> done) = 0;
    virtual void putSubscription(const Subscription &subscription, const QObject *context,
                                 Callback<Subscription> done) = 0;
    virtual void setSubscriptionState(const QString &subscriptionId, const QString &state, const QObject *context,
                                      Callback<Subscription> done) = 0;
    virtual void deleteSubscription(const QString &subscriptionId, const QObject *context, Callback<Done> done) = 0;
    virtual void regenerateKey(const QString &subscriptionId, bool primary, const QObject *context,
                               Callback<Done> done) = 0;
    // Fetches both keys and writes them straight into the keychain under
    // subscriptionKeySecret(); the callback gets the two names, never the keys.
    virtual void storeSubscriptionKeys(const QString &subscriptionId, const QObject *context,
                                       Callback<QStringList> done) = 0;
};

} // namespace portico::client
