// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/armmanagement.h"

#include "client/arm/armclient.h"
#include "client/arm/armentities.h"
#include "client/arm/armpublisher.h"
#include "client/secrets/secretstore.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

class ArmManagementText
{
    Q_DECLARE_TR_FUNCTIONS(ArmManagement)
};

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

template<typename T> ArmManagement::Result<T> failure(const ArmReply &reply)
{
    ArmManagement::Result<T> r;
    r.status = reply.status;
    r.error = reply.error;
    return r;
}

} // namespace

ArmManagement::ArmManagement(ArmClient *client, SecretStore *secrets, QObject *parent)
    : GatewayManagement(parent)
    , m_client(client)
    , m_secrets(secrets)
{ }

HttpEngine *ArmManagement::engine() const
{
    return m_client->engine();
}

ApiPublisher *ArmManagement::createPublisher(QObject *parent)
{
    return new ArmPublisher(m_client, parent);
}

void ArmManagement::putProduct(const Product &product, const QObject *context, Callback<Product> done)
{
    putProduct(product, QByteArray(), context, std::move(done));
}

void ArmManagement::deleteProduct(const QString &productId, const QObject *context, Callback<Done> done)
{
    QUrlQuery query;
    query.addQueryItem(u"deleteSubscriptions"_s, u"true"_s);
    m_client->send(
        "DELETE", u"/products/"_s + segment(productId), {}, context,
        [done](const ArmReply &reply) { done(failure<Done>(reply)); }, "*", query);
}

void ArmManagement::setSubscriptionState(const QString &subscriptionId, const QString &state, const QObject *context,
                                         Callback<Subscription> done)
{
    const QString path = u"/subscriptions/"_s + segment(subscriptionId);
    const QJsonObject body{{u"properties"_s, QJsonObject{{u"state"_s, state}}}};
    m_client->send(
        "PATCH", path, body, context,
        [this, path, context, done](const ArmReply &reply) {
            if (!reply.ok()) {
                done(failure<Subscription>(reply));
                return;
            }
            // ARM may answer a PATCH with no body: read the subscription back.
            m_client->send("GET", path, {}, context, [done](const ArmReply &current) {
                Result<Subscription> r = failure<Subscription>(current);
                if (current.ok()) {
                    if (const std::optional<Subscription> s = ArmEntities::subscription(current.json, &r.error))
                        r.value = *s;
                }
                done(r);
            });
        },
        "*");
}

void ArmManagement::deleteSubscription(const QString &subscriptionId, const QObject *context, Callback<Done> done)
{
    m_client->send(
        "DELETE", u"/subscriptions/"_s + segment(subscriptionId), {}, context,
        [done](const ArmReply &reply) { done(failure<Done>(reply)); }, "*");
}

void ArmManagement::gatewayUrl(const QObject *context, Callback<QUrl> done)
{
    m_client->send("GET", QString(), {}, context, [done](const ArmReply &reply) {
        if (!reply.ok()) {
            done(failure<QUrl>(reply));
            return;
        }
        Result<QUrl> r;
        r.status = reply.status;
        r.value = QUrl(reply.json.value(u"properties"_s).toObject().value(u"gatewayUrl"_s).toString(), QUrl::StrictMode);
        if (!r.value.isValid() || r.value.host().isEmpty())
            r.error = ArmManagementText::tr("The API Management instance names no gateway URL.");
        done(r);
    });
}

void ArmManagement::readThrottling(Product product, const QObject *context, Callback<Product> done)
{
    m_client->send("GET", u"/products/"_s + segment(product.id) + u"/policies/policy"_s, {}, context,
                   [product, done](const ArmReply &reply) mutable {
                       Result<Product> r;
                       r.status = reply.status;
                       // No policy document: no throttling.
                       if (!reply.ok() && reply.status != 404) {
                           done(failure<Product>(reply));
                           return;
                       }
                       const QString xml = reply.json.value(u"properties"_s).toObject().value(u"value"_s).toString();
                       if (!ArmEntities::readThrottling(xml, &product.rateLimit, &product.quota, &r.error)) {
                           done(r);
                           return;
                       }
                       r.value = product;
                       done(r);
                   });
}

void ArmManagement::listProducts(const QObject *context, Callback<QList<Product>> done)
{
    m_client->list(u"/products"_s, {}, context, [this, context, done](const QJsonArray &values, const ArmReply &last) {
        if (!last.ok()) {
            done(failure<QList<Product>>(last));
            return;
        }
        auto result = std::make_shared<Result<QList<Product>>>();
        auto outstanding = std::make_shared<int>(1);
        auto settle = [result, outstanding, done] {
            if (--*outstanding == 0)
                done(*result);
        };
        for (const QJsonValue &v : values) {
            QString error;
            const std::optional<Product> p = ArmEntities::product(v.toObject(), &error);
            if (!p) {
                result->error = error;
                continue;
            }
            const qsizetype index = result->value.size();
            result->value.append(*p);
            ++*outstanding;
            readThrottling(*p, context, [result, index, settle](const Result<Product> &withPolicy) {
                if (withPolicy.ok())
                    result->value[index] = withPolicy.value;
                else if (result->error.isEmpty())
                    result->error = withPolicy.error;
                settle();
            });
        }
        settle();
    });
}

void ArmManagement::getProduct(const QString &productId, const QObject *context,
                               std::function<void(const Result<Product> &, const QByteArray &)> done)
{
    m_client->send("GET", u"/products/"_s + segment(productId), {}, context,
                   [this, context, done](const ArmReply &reply) {
                       if (!reply.ok()) {
                           done(failure<Product>(reply), {});
                           return;
                       }
                       Result<Product> r;
                       const std::optional<Product> p = ArmEntities::product(reply.json, &r.error);
                       if (!p) {
                           done(r, {});
                           return;
                       }
                       const QByteArray etag = reply.etag;
                       readThrottling(*p, context, [done, etag](const Result<Product> &full) { done(full, etag); });
                   });
}

void ArmManagement::putProduct(const Product &product, const QByteArray &etag, const QObject *context,
                               Callback<Product> done)
{
    const QString path = u"/products/"_s + segment(product.id);
    m_client->send(
        "PUT", path, ArmEntities::productBody(product), context,
        [this, product, path, context, done](const ArmReply &reply) {
            if (!reply.ok()) {
                done(failure<Product>(reply));
                return;
            }
            // The policy document may hold more than throttling: change only that.
            m_client->send("GET", path + u"/policies/policy"_s, {}, context,
                           [this, product, path, context, done](const ArmReply &current) {
                               if (!current.ok() && current.status != 404) {
                                   done(failure<Product>(current));
                                   return;
                               }
                               const QString xml =
                                   current.json.value(u"properties"_s).toObject().value(u"value"_s).toString();
                               const QJsonObject body{
                                   {u"properties"_s,
                                    QJsonObject{{u"format"_s, u"xml"_s},
                                                {u"value"_s,
                                                 ArmEntities::withThrottling(xml, product.rateLimit, product.quota)}}}};
                               m_client->send("PUT", path + u"/policies/policy"_s, body, context,
                                              [product, done](const ArmReply &written) {
                                                  Result<Product> r = failure<Product>(written);
                                                  if (written.ok())
                                                      r.value = product;
                                                  done(r);
                                              },
                                              current.etag);
                           });
        },
        etag);
}

void ArmManagement::setProductApi(const QString &productId, const QString &apiId, bool linked, const QObject *context,
                                  Callback<Done> done)
{
    m_client->send(linked ? "PUT" : "DELETE", u"/products/"_s + segment(productId) + u"/apis/"_s + segment(apiId), {},
                   context, [done](const ArmReply &reply) { done(failure<Done>(reply)); });
}

void ArmManagement::listSubscriptions(const QObject *context, Callback<QList<Subscription>> done)
{
    m_client->list(u"/subscriptions"_s, {}, context, [done](const QJsonArray &values, const ArmReply &last) {
        Result<QList<Subscription>> r = failure<QList<Subscription>>(last);
        for (const QJsonValue &v : values) {
            QString error;
            if (const std::optional<Subscription> s = ArmEntities::subscription(v.toObject(), &error))
                r.value.append(*s);
        }
        done(r);
    });
}

void ArmManagement::putSubscription(const Subscription &subscription, const QObject *context,
                                    Callback<Subscription> done)
{
    m_client->send("PUT", u"/subscriptions/"_s + segment(subscription.id),
                   ArmEntities::subscriptionBody(subscription, m_client->connection().serviceId()), context,
                   [done](const ArmReply &reply) {
                       Result<Subscription> r = failure<Subscription>(reply);
                       if (reply.ok()) {
                           if (const std::optional<Subscription> s = ArmEntities::subscription(reply.json, &r.error))
                               r.value = *s;
                       }
                       done(r);
                   });
}

void ArmManagement::regenerateKey(const QString &subscriptionId, bool primary, const QObject *context,
                                  Callback<Done> done)
{
    m_client->send("POST",
                   u"/subscriptions/"_s + segment(subscriptionId) +
                       (primary ? u"/regeneratePrimaryKey"_s : u"/regenerateSecondaryKey"_s),
                   {}, context, [done](const ArmReply &reply) { done(failure<Done>(reply)); });
}

void ArmManagement::storeSubscriptionKeys(const QString &subscriptionId, const QObject *context,
                                          Callback<QStringList> done)
{
    QPointer<const QObject> guard(context);
    m_client->send(
        "POST", u"/subscriptions/"_s + segment(subscriptionId) + u"/listSecrets"_s, {}, context,
        [this, subscriptionId, guard, done](const ArmReply &reply) {
            if (!reply.ok()) {
                done(failure<QStringList>(reply));
                return;
            }
            const QString primary = reply.json.value(u"primaryKey"_s).toString();
            const QString secondary = reply.json.value(u"secondaryKey"_s).toString();
            if (primary.isEmpty() || secondary.isEmpty()) {
                Result<QStringList> r;
                r.error = ArmManagementText::tr("Azure's listSecrets answer holds no keys.");
                done(r);
                return;
            }
            const QString primaryName = subscriptionKeySecret(subscriptionId, true);
            const QString secondaryName = subscriptionKeySecret(subscriptionId, false);
            m_secrets->write(primaryName, primary, this, [=](const SecretStore::Result &first) {
                if (!guard)
                    return;
                if (!first.ok()) {
                    Result<QStringList> r;
                    r.error = first.message;
                    done(r);
                    return;
                }
                m_secrets->write(secondaryName, secondary, this, [=](const SecretStore::Result &second) {
                    if (!guard)
                        return;
                    Result<QStringList> r;
                    if (second.ok())
                        r.value = {primaryName, secondaryName};
                    else
                        r.error = second.message;
                    done(r);
                });
            });
        });
}

} // namespace portico::client
