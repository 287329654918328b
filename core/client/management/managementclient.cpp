// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/management/managementclient.h"

#include "client/catalog/urltemplate.h"
#include "client/http/httpengine.h"
#include "client/management/managedpublisher.h"
#include "client/secrets/secretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <memory>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcManagement, "portico.management")

namespace {

class ManagementText
{
    Q_DECLARE_TR_FUNCTIONS(ManagementClient)
};

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QJsonObject objectOf(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ManagementText::tr("The gateway's answer is not the JSON object expected.");
        return {};
    }
    return doc.object();
}

// The console describes every name its URL template uses; an operation written by another
// tool may not, and is still worth showing.
QJsonObject withTemplateParameters(QJsonObject json)
{
    const UrlTemplate parsed = UrlTemplate::parse(json.value(u"urlTemplate"_s).toString());
    QJsonArray described = json.value(u"templateParameters"_s).toArray();
    QStringList known;
    for (const QJsonValue &v : std::as_const(described))
        known.append(v.toObject().value(u"name"_s).toString());
    for (const QString &name : parsed.parameterNames()) {
        if (!known.contains(name))
            described.append(Parameter{name, {}, u"string"_s, {}, true, {}}.toJson());
    }
    json.insert(u"templateParameters"_s, described);
    return json;
}

template<typename T, typename Parse> ManagementClient::Result<QList<T>> parseList(const QByteArray &body, Parse parse)
{
    ManagementClient::Result<QList<T>> r;
    const QJsonObject o = objectOf(body, &r.error);
    for (const QJsonValue &v : o.value(u"value"_s).toArray()) {
        if (!r.ok())
            break;
        if (std::optional<T> item = parse(v.toObject(), &r.error))
            r.value.append(*item);
    }
    return r;
}

std::optional<Api> parseApi(const QJsonObject &json, QString *error)
{
    return Api::fromJson(json, u"api"_s, error);
}

std::optional<Operation> parseOperation(const QJsonObject &json, QString *error)
{
    return Operation::fromJson(withTemplateParameters(json), u"operation"_s, error);
}

template<typename T, typename Parse> ManagementClient::Result<T> parseOne(const QByteArray &body, Parse parse)
{
    ManagementClient::Result<T> r;
    const QJsonObject o = objectOf(body, &r.error);
    if (r.ok()) {
        if (std::optional<T> item = parse(o, &r.error))
            r.value = *item;
    }
    return r;
}

} // namespace

ManagementClient::ManagementClient(SecretStore *secrets, HttpEngine *engine, QObject *parent)
    : GatewayManagement(parent)
    , m_secrets(secrets)
    , m_engine(engine)
{
    connect(m_engine, &HttpEngine::finished, this, &ManagementClient::onFinished);
}

ManagementClient::~ManagementClient() = default;

ApiPublisher *ManagementClient::createPublisher(QObject *parent)
{
    return new ManagedPublisher(this, parent);
}

void ManagementClient::setGateway(const QUrl &gateway, const QString &adminKeySecret)
{
    m_gateway = gateway;
    m_adminKeySecret = adminKeySecret;
}

QString GatewayManagement::subscriptionKeySecret(const QString &subscriptionId, bool primary)
{
    return u"subscription-%1-%2"_s.arg(subscriptionId, primary ? u"primary"_s : u"secondary"_s);
}

QUrl ManagementClient::urlFor(const QString &path) const
{
    return QUrl(joinUrl(m_gateway.toString(), u"management"_s + path));
}

void ManagementClient::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                            const QObject *context, RawCallback done)
{
    QPointer<const QObject> guard(context);
    auto fail = [this, guard, done](const QString &message) {
        // Never inside the call, as promised.
        QMetaObject::invokeMethod(
            this,
            [guard, done, message] {
                if (guard)
                    done(Reply{0, {}, message});
            },
            Qt::QueuedConnection);
    };
    if (!isConfigured()) {
        fail(ManagementText::tr("No gateway that Portico can manage is set."));
        return;
    }
    const QUrl url = urlFor(path);
    m_secrets->read(m_adminKeySecret, this, [=](const SecretStore::Result &secret) {
        if (!guard)
            return;
        if (!secret.ok()) {
            done(Reply{0,
                       {},
                       secret.status == SecretStore::Result::NotFound
                           ? ManagementText::tr("The keychain holds no admin key named “%1” for this gateway.")
                                 .arg(m_adminKeySecret)
                           : secret.message});
            return;
        }
        RequestSpec spec;
        spec.method = method;
        spec.url = url;
        spec.headers = {{"Authorization"_ba, "Bearer "_ba + secret.value.toUtf8()},
                        {"Accept"_ba, "application/json"_ba}};
        if (method == "PUT" || method == "PATCH" || method == "POST") {
            spec.headers.append({"Content-Type"_ba, "application/json"_ba});
            spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        spec.timeoutMs = 30'000;
        const quint64 id = m_engine->send(spec);
        m_pending.emplace(id, Pending{guard, done});
    });
}

ManagementClient::Reply ManagementClient::replyOf(const Exchange &exchange)
{
    Reply r{exchange.status, exchange.body, {}};
    if (!exchange.error.isEmpty()) {
        r.error = exchange.error;
    } else if (exchange.status >= 400) {
        QString ignored;
        const QString message = objectOf(exchange.body, &ignored).value(u"message"_s).toString();
        r.error = message.isEmpty() ? ManagementText::tr("The gateway answered %1 %2.")
                                          .arg(exchange.status)
                                          .arg(QString::fromLatin1(exchange.reason))
                                    : message;
    }
    return r;
}

void ManagementClient::onFinished(const Exchange &exchange)
{
    const auto it = m_pending.find(exchange.id);
    if (it == m_pending.end())
        return;
    const Pending pending = std::move(it->second);
    m_pending.erase(it);
    HttpEngine::discardSpool(exchange);
    const Reply reply = replyOf(exchange);
    if (!reply.error.isEmpty())
        qCDebug(lcManagement) << exchange.request.method << exchange.request.url.path() << reply.status << reply.error;
    if (pending.context)
        pending.done(reply);
}

namespace {

// Adapts a raw reply to a typed callback: errors pass through, bodies are parsed.
template<typename T, typename Parse> auto typed(ManagementClient::Callback<T> done, Parse parse)
{
    return [done = std::move(done), parse](const auto &reply) {
        ManagementClient::Result<T> r;
        if (reply.error.isEmpty())
            r = parse(reply.body);
        else
            r.error = reply.error;
        r.status = reply.status;
        done(r);
    };
}

auto noBody(ManagementClient::Callback<ManagementClient::Done> done)
{
    return typed<ManagementClient::Done>(
        std::move(done), [](const QByteArray &) { return ManagementClient::Result<ManagementClient::Done>(); });
}

} // namespace

void ManagementClient::listApis(const QObject *context, Callback<QList<Api>> done)
{
    call("GET", u"/apis"_s, {}, context,
         typed<QList<Api>>(std::move(done), [](const QByteArray &body) { return parseList<Api>(body, parseApi); }));
}

void ManagementClient::putApi(const Api &api, const QObject *context, Callback<Api> done)
{
    QJsonObject body = api.toJson();
    body.remove(u"operations"_s);
    body.remove(u"products"_s);
    body.insert(u"description"_s, api.description);
    call("PUT", u"/apis/"_s + segment(api.id), body, context,
         typed<Api>(std::move(done), [](const QByteArray &b) { return parseOne<Api>(b, parseApi); }));
}

void ManagementClient::deleteApi(const QString &apiId, const QObject *context, Callback<Done> done)
{
    call("DELETE", u"/apis/"_s + segment(apiId), {}, context, noBody(std::move(done)));
}

void ManagementClient::listOperations(const QString &apiId, const QObject *context, Callback<QList<Operation>> done)
{
    call("GET", u"/apis/%1/operations"_s.arg(segment(apiId)), {}, context,
         typed<QList<Operation>>(std::move(done),
                                 [](const QByteArray &body) { return parseList<Operation>(body, parseOperation); }));
}

void ManagementClient::putOperation(const QString &apiId, const Operation &op, const QObject *context,
                                    Callback<Operation> done)
{
    QJsonObject body = withTemplateParameters(op.toJson());
    body.remove(u"id"_s);
    call("PUT", u"/apis/%1/operations/%2"_s.arg(segment(apiId), segment(op.id)), body, context,
         typed<Operation>(std::move(done), [](const QByteArray &b) { return parseOne<Operation>(b, parseOperation); }));
}

void ManagementClient::deleteOperation(const QString &apiId, const QString &operationId, const QObject *context,
                                       Callback<Done> done)
{
    call("DELETE", u"/apis/%1/operations/%2"_s.arg(segment(apiId), segment(operationId)), {}, context,
         noBody(std::move(done)));
}

void ManagementClient::listProducts(const QObject *context, Callback<QList<Product>> done)
{
    call("GET", u"/products"_s, {}, context, typed<QList<Product>>(std::move(done), [](const QByteArray &body) {
             return parseList<Product>(body, Product::fromJson);
         }));
}

void ManagementClient::putProduct(const Product &product, const QObject *context, Callback<Product> done)
{
    call("PUT", u"/products/"_s + segment(product.id), product.toJson(), context,
         typed<Product>(std::move(done), [](const QByteArray &b) { return parseOne<Product>(b, Product::fromJson); }));
}

void ManagementClient::patchProduct(const QString &productId, const QJsonObject &fields, const QObject *context,
                                    Callback<Product> done)
{
    call("PATCH", u"/products/"_s + segment(productId), fields, context,
         typed<Product>(std::move(done), [](const QByteArray &b) { return parseOne<Product>(b, Product::fromJson); }));
}

void ManagementClient::deleteProduct(const QString &productId, const QObject *context, Callback<Done> done)
{
    call("DELETE", u"/products/"_s + segment(productId), {}, context, noBody(std::move(done)));
}

void ManagementClient::setProductApi(const QString &productId, const QString &apiId, bool linked,
                                     const QObject *context, Callback<Done> done)
{
    call(linked ? "PUT" : "DELETE", u"/products/%1/apis/%2"_s.arg(segment(productId), segment(apiId)), {}, context,
         noBody(std::move(done)));
}

void ManagementClient::listSubscriptions(const QObject *context, Callback<QList<Subscription>> done)
{
    call("GET", u"/subscriptions"_s, {}, context,
         typed<QList<Subscription>>(std::move(done), [](const QByteArray &body) {
             return parseList<Subscription>(body, Subscription::fromJson);
         }));
}

void ManagementClient::putSubscription(const Subscription &subscription, const QObject *context,
                                       Callback<Subscription> done)
{
    call("PUT", u"/subscriptions/"_s + segment(subscription.id), subscription.toJson(), context,
         typed<Subscription>(std::move(done),
                             [](const QByteArray &b) { return parseOne<Subscription>(b, Subscription::fromJson); }));
}

void ManagementClient::setSubscriptionState(const QString &subscriptionId, const QString &state, const QObject *context,
                                            Callback<Subscription> done)
{
    call("PATCH", u"/subscriptions/"_s + segment(subscriptionId), QJsonObject{{u"state"_s, state}}, context,
         typed<Subscription>(std::move(done),
                             [](const QByteArray &b) { return parseOne<Subscription>(b, Subscription::fromJson); }));
}

void ManagementClient::deleteSubscription(const QString &subscriptionId, const QObject *context, Callback<Done> done)
{
    call("DELETE", u"/subscriptions/"_s + segment(subscriptionId), {}, context, noBody(std::move(done)));
}

void ManagementClient::regenerateKey(const QString &subscriptionId, bool primary, const QObject *context,
                                     Callback<Done> done)
{
    call("POST",
         u"/subscriptions/%1/%2"_s.arg(segment(subscriptionId),
                                       primary ? u"regeneratePrimaryKey"_s : u"regenerateSecondaryKey"_s),
         {}, context, noBody(std::move(done)));
}

void ManagementClient::storeSubscriptionKeys(const QString &subscriptionId, const QObject *context,
                                             Callback<QStringList> done)
{
    QPointer<const QObject> guard(context);
    call("POST", u"/subscriptions/%1/listSecrets"_s.arg(segment(subscriptionId)), {}, this,
         [this, guard, subscriptionId, done](const Reply &reply) {
             Result<QStringList> r;
             r.status = reply.status;
             r.error = reply.error;
             QJsonObject keys;
             if (r.ok())
                 keys = objectOf(reply.body, &r.error);
             if (!r.ok()) {
                 if (guard)
                     done(r);
                 return;
             }
             const QString primary = subscriptionKeySecret(subscriptionId, true);
             const QString secondary = subscriptionKeySecret(subscriptionId, false);
             // The store runs writes in order, so the second's answer means both are done.
             auto firstError = std::make_shared<QString>();
             m_secrets->write(primary, keys.value(u"primaryKey"_s).toString(), this,
                              [firstError](const SecretStore::Result &written) { *firstError = written.message; });
             m_secrets->write(
                 secondary, keys.value(u"secondaryKey"_s).toString(), this,
                 [r, guard, done, primary, secondary, firstError](const SecretStore::Result &written) mutable {
                     if (!guard)
                         return;
                     r.error = !firstError->isEmpty() ? *firstError : written.message;
                     if (r.ok())
                         r.value = {primary, secondary};
                     done(r);
                 });
         });
}

} // namespace portico::client
