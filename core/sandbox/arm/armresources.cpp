// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The resources under the service: APIs and their operations, products with their APIs and
// policy, and subscriptions with their keys. Every body is checked by the same readers the
// sandbox's own management API uses, so both surfaces refuse the same mistakes.
#include "sandbox/arm/armapi.h"

#include "sandbox/arm/armjson.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/gateway/managementjson.h"
#include "sandbox/state/sandboxstore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

using http::HttpResponse;

namespace {

constexpr int kMaxRatePeriodSeconds = 300;

template<typename T> const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id.compare(id, Qt::CaseInsensitive) == 0)
            return &item;
    }
    return nullptr;
}

bool validId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"_s);
    return pattern.match(id).hasMatch();
}

HttpResponse notFound(const QString &what)
{
    return ArmJson::error(404, u"ResourceNotFound"_s, u"%1 not found."_s.arg(what));
}

HttpResponse notAllowed(const QByteArray &method)
{
    return ArmJson::error(405, u"MethodNotAllowed"_s,
                          u"The method %1 is not allowed here."_s.arg(QString::fromLatin1(method)));
}

HttpResponse preconditionFailed()
{
    // APIM's wording for a stale If-Match (*unverified* in detail).
    return ArmJson::error(412, u"PreconditionFailed"_s,
                          u"Resource was modified since last retrieval. Refresh entity and try again."_s);
}

// PATCH overlays the body's properties on what the entity has, then checks the result whole.
QJsonObject merged(const QJsonObject &existing, const QJsonObject &patch)
{
    QJsonObject o = existing.value(u"properties"_s).toObject();
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

bool readKeyNames(const QJsonObject &properties, Api *api, QString *error)
{
    const QJsonValue v = properties.value(u"subscriptionKeyParameterNames"_s);
    if (v.isUndefined() || v.isNull())
        return true;
    const QString header = v.toObject().value(u"header"_s).toString();
    const QString query = v.toObject().value(u"query"_s).toString();
    if (!v.isObject() || header.isEmpty() || query.isEmpty()) {
        *error = u"'subscriptionKeyParameterNames' needs both 'header' and 'query'."_s;
        return false;
    }
    api->subscriptionKeyHeader = header;
    api->subscriptionKeyQuery = query;
    return true;
}

} // namespace

HttpResponse ArmApi::apis(const Call &call, const QStringList &rest)
{
    const http::HttpRequest &request = *call.request;
    const QList<Api> all = m_store->apis();
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Api &a : all)
            values.append(ArmJson::api(call.scope, a));
        return page(call, values);
    }
    const QString &apiId = rest.first();
    const Api *existing = findById(all, apiId);
    if (rest.size() >= 2) {
        if (rest.at(1) != u"operations" || rest.size() > 3)
            return ArmJson::error(404, u"ResourceNotFound"_s, u"Resource not found."_s);
        if (!existing)
            return notFound(u"Api"_s);
        return operations(call, existing->id, rest.mid(2));
    }
    const QJsonObject current = existing ? ArmJson::api(call.scope, *existing) : QJsonObject();
    if (request.method == "GET") {
        // The Location poll of an API still being created: 202 until it is done.
        const QString asyncId = request.queryItems().queryItemValue(u"asyncId"_s);
        auto pending = m_operations.find(asyncId);
        if (!asyncId.isEmpty() && pending != m_operations.end() && *pending > 0) {
            --*pending;
            HttpResponse r = HttpResponse::json(202, QByteArray());
            r.headers.set("Location"_ba, (call.base + QString::fromUtf8(request.target)).toUtf8());
            r.headers.set("Retry-After"_ba, "0"_ba);
            return r;
        }
        return existing ? entity(200, current) : notFound(u"Api"_s);
    }
    if (preconditionFails(request, current))
        return preconditionFailed();
    QString error;
    if (request.method == "DELETE") {
        if (!existing)
            return HttpResponse::json(204, QByteArray());
        return written(m_store->deleteApi(existing->id, &error), error, 200, {});
    }
    const bool patch = request.method == "PATCH";
    if (!patch && request.method != "PUT")
        return notAllowed(request.method);
    if (patch && !existing)
        return notFound(u"Api"_s);
    if (!validId(apiId))
        return ArmJson::validationError(u"'%1' is not a valid API id."_s.arg(apiId), u"apiId"_s);
    QJsonObject properties;
    if (!ArmJson::properties(request.body, &properties, &error))
        return ArmJson::validationError(error);
    if (patch)
        properties = merged(current, properties);
    Api api = existing ? *existing : Api();
    api.id = existing ? existing->id : apiId;
    if (!ManagementJson::readApi(ArmJson::apiBody(properties), &api, &error) || !readKeyNames(properties, &api, &error))
        return ArmJson::validationError(error);
    for (const Api &other : all) {
        if (other.id != api.id && other.path.compare(api.path, Qt::CaseInsensitive) == 0)
            return ArmJson::validationError(
                u"The URL suffix '%1' is already used by the API '%2'."_s.arg(api.path, other.id), u"path"_s);
    }
    if (!m_store->upsertApi(api, &error))
        return written(false, error, 500, {});
    m_gateway->reload();
    const QJsonObject body = ArmJson::api(call.scope, api);
    if (existing)
        return entity(200, body);

    // Creating an API is one of APIM's long-running operations: 201 now, with an operation
    // to poll through Azure-AsyncOperation, or the resource through Location.
    const QString operationId = startOperation();
    QJsonObject shown = body;
    QJsonObject p = shown.value(u"properties"_s).toObject();
    p.insert(u"provisioningState"_s, u"InProgress"_s);
    shown.insert(u"properties"_s, p);
    HttpResponse r = m_lroLocationOnly ? HttpResponse::json(202, QByteArray())
                                       : HttpResponse::json(201, QJsonDocument(shown).toJson(QJsonDocument::Compact));
    r.headers.set("ETag"_ba, ArmJson::etag(body));
    const QString version = QString::fromLatin1(QUrl::toPercentEncoding(call.apiVersion));
    if (!m_lroLocationOnly)
        r.headers.set(
            "Azure-AsyncOperation"_ba,
            (call.base + call.scope + u"/tenant/operationResults/"_s + operationId + u"?api-version="_s + version)
                .toUtf8());
    r.headers.set("Location"_ba, (call.base + call.scope + u"/apis/"_s + api.id + u"?api-version="_s + version +
                                  u"&asyncId="_s + operationId + u"&asyncCode=201"_s)
                                     .toUtf8());
    r.headers.set("Retry-After"_ba, "0"_ba);
    return r;
}

HttpResponse ArmApi::operations(const Call &call, const QString &apiId, const QStringList &rest)
{
    const http::HttpRequest &request = *call.request;
    const Api api = *findById(m_store->apis(), apiId);
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Operation &op : api.operations)
            values.append(ArmJson::operation(call.scope, apiId, op));
        return page(call, values);
    }
    const QString &operationId = rest.first();
    const Operation *existing = findById(api.operations, operationId);
    const QJsonObject current = existing ? ArmJson::operation(call.scope, apiId, *existing) : QJsonObject();
    if (request.method == "GET")
        return existing ? entity(200, current) : notFound(u"Operation"_s);
    if (preconditionFails(request, current))
        return preconditionFailed();
    QString error;
    if (request.method == "DELETE") {
        if (!existing)
            return HttpResponse::json(204, QByteArray());
        return written(m_store->deleteOperation(apiId, existing->id, &error), error, 200, {});
    }
    const bool patch = request.method == "PATCH";
    if (!patch && request.method != "PUT")
        return notAllowed(request.method);
    if (patch && !existing)
        return notFound(u"Operation"_s);
    if (!validId(operationId))
        return ArmJson::validationError(u"'%1' is not a valid operation id."_s.arg(operationId), u"operationId"_s);
    QJsonObject properties;
    if (!ArmJson::properties(request.body, &properties, &error))
        return ArmJson::validationError(error);
    if (patch)
        properties = merged(current, properties);
    Operation op;
    op.id = existing ? existing->id : operationId;
    if (!ManagementJson::readOperation(ArmJson::operationBody(properties), &op, &error))
        return ArmJson::validationError(error);
    const bool done = m_store->upsertOperation(apiId, op, &error);
    return written(done, error, existing ? 200 : 201, ArmJson::operation(call.scope, apiId, op));
}

HttpResponse ArmApi::products(const Call &call, const QStringList &rest)
{
    const http::HttpRequest &request = *call.request;
    const QList<Product> all = m_store->products();
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Product &p : all)
            values.append(ArmJson::product(call.scope, p));
        return page(call, values);
    }
    const QString &productId = rest.first();
    const Product *existing = findById(all, productId);
    if (rest.size() >= 2) {
        if (!existing)
            return notFound(u"Product"_s);
        if (rest.at(1) == u"apis" && rest.size() <= 3)
            return productApis(call, existing->id, rest.mid(2));
        if (rest.at(1) == u"policies" && rest.size() == 2 && request.method == "GET") {
            QJsonArray values;
            if (existing->rateLimit.isSet() || existing->quota.isSet())
                values.append(ArmJson::policy(call.scope, *existing));
            return page(call, values);
        }
        if (rest.at(1) == u"policies" && rest.size() == 3 && rest.at(2) == u"policy")
            return productPolicy(call, existing->id);
        return ArmJson::error(404, u"ResourceNotFound"_s, u"Resource not found."_s);
    }
    const QJsonObject current = existing ? ArmJson::product(call.scope, *existing) : QJsonObject();
    if (request.method == "GET")
        return existing ? entity(200, current) : notFound(u"Product"_s);
    if (preconditionFails(request, current))
        return preconditionFailed();
    QString error;
    if (request.method == "DELETE") {
        if (!existing)
            return HttpResponse::json(204, QByteArray());
        return written(m_store->deleteProduct(existing->id, &error), error, 200, {});
    }
    const bool patch = request.method == "PATCH";
    if (!patch && request.method != "PUT")
        return notAllowed(request.method);
    if (patch && !existing)
        return notFound(u"Product"_s);
    if (!validId(productId))
        return ArmJson::validationError(u"'%1' is not a valid product id."_s.arg(productId), u"productId"_s);
    QJsonObject properties;
    if (!ArmJson::properties(request.body, &properties, &error))
        return ArmJson::validationError(error);
    if (patch)
        properties = merged(current, properties);
    // Throttling and API links belong to the policy and the product's apis, not to a PUT.
    Product product = existing ? *existing : Product();
    product.id = existing ? existing->id : productId;
    if (!ManagementJson::readProduct(ArmJson::productBody(properties), false, &product, &error))
        return ArmJson::validationError(error);
    const bool done = m_store->upsertProduct(product, &error);
    return written(done, error, existing ? 200 : 201, ArmJson::product(call.scope, product));
}

HttpResponse ArmApi::productApis(const Call &call, const QString &productId, const QStringList &rest)
{
    const http::HttpRequest &request = *call.request;
    const Product product = *findById(m_store->products(), productId);
    const QList<Api> apis = m_store->apis();
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Api &a : apis) {
            if (product.apiIds.contains(a.id))
                values.append(ArmJson::api(call.scope, a));
        }
        return page(call, values);
    }
    const Api *api = findById(apis, rest.first());
    if (!api)
        return notFound(u"Api"_s);
    const bool linked = product.apiIds.contains(api->id);
    QString error;
    if (request.method == "GET" || request.method == "HEAD")
        return linked ? HttpResponse::json(204, QByteArray()) : notFound(u"Api in product"_s);
    if (request.method == "DELETE") {
        if (!linked)
            return HttpResponse::json(204, QByteArray());
        return written(m_store->setProductApi(productId, api->id, false, &error), error, 200, {});
    }
    if (request.method != "PUT")
        return notAllowed(request.method);
    const bool done = m_store->setProductApi(productId, api->id, true, &error);
    return written(done, error, linked ? 200 : 201, ArmJson::api(call.scope, *api));
}

HttpResponse ArmApi::productPolicy(const Call &call, const QString &productId)
{
    const http::HttpRequest &request = *call.request;
    Product product = *findById(m_store->products(), productId);
    const bool has = product.rateLimit.isSet() || product.quota.isSet();
    const QJsonObject current = has ? ArmJson::policy(call.scope, product) : QJsonObject();
    if (request.method == "GET")
        return has ? entity(200, current) : notFound(u"Policy"_s);
    if (preconditionFails(request, current))
        return preconditionFailed();
    QString error;
    if (request.method == "DELETE") {
        if (!has)
            return HttpResponse::json(204, QByteArray());
        product.rateLimit = Policy();
        product.quota = Policy();
        return written(m_store->upsertProduct(product, &error), error, 200, {});
    }
    if (request.method != "PUT")
        return notAllowed(request.method);
    QJsonObject properties;
    if (!ArmJson::properties(request.body, &properties, &error))
        return ArmJson::validationError(error);
    const QString format = properties.value(u"format"_s).toString(u"xml"_s);
    if (format != u"xml" && format != u"rawxml")
        return ArmJson::validationError(
            u"'format' must be \"xml\" or \"rawxml\"; the sandbox does not fetch \"%1\" policies."_s.arg(format),
            u"format"_s);
    const QJsonValue value = properties.value(u"value"_s);
    if (!value.isString())
        return ArmJson::validationError(u"The field 'value' must hold the policy XML."_s, u"value"_s);
    if (!ArmJson::readPolicyXml(value.toString(), &product.rateLimit, &product.quota, &error))
        return ArmJson::validationError(error, u"value"_s);
    if (product.rateLimit.renewalPeriod > kMaxRatePeriodSeconds)
        return ArmJson::validationError(
            u"A rate limit's renewal-period is at most %1 seconds, not %2."_s.arg(kMaxRatePeriodSeconds)
                .arg(product.rateLimit.renewalPeriod),
            u"value"_s);
    const bool done = m_store->upsertProduct(product, &error);
    return written(done, error, has ? 200 : 201, ArmJson::policy(call.scope, product));
}

HttpResponse ArmApi::subscriptions(const Call &call, const QStringList &rest)
{
    const http::HttpRequest &request = *call.request;
    const QList<Subscription> all = m_store->subscriptions();
    if (rest.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Subscription &s : all)
            values.append(ArmJson::subscription(call.scope, s));
        return page(call, values);
    }
    const QString &sid = rest.first();
    const Subscription *existing = findById(all, sid);
    QString error;
    if (rest.size() == 2) {
        if (request.method != "POST")
            return notAllowed(request.method);
        if (!existing)
            return notFound(u"Subscription"_s);
        const QString &verb = rest.at(1);
        if (verb == u"listSecrets") {
            const QJsonObject keys{{u"primaryKey"_s, existing->primaryKey}, {u"secondaryKey"_s, existing->secondaryKey}};
            HttpResponse r = HttpResponse::json(200, QJsonDocument(keys).toJson(QJsonDocument::Compact));
            r.headers.set("ETag"_ba, ArmJson::etag(ArmJson::subscription(call.scope, *existing)));
            return r;
        }
        if (verb != u"regeneratePrimaryKey" && verb != u"regenerateSecondaryKey")
            return ArmJson::error(404, u"ResourceNotFound"_s, u"Resource not found."_s);
        const bool done = m_store->setSubscriptionKey(existing->id, verb == u"regeneratePrimaryKey",
                                                      SandboxStore::randomHex(16), &error);
        return written(done, error, 204, {});
    }
    if (rest.size() != 1)
        return ArmJson::error(404, u"ResourceNotFound"_s, u"Resource not found."_s);
    const QJsonObject current = existing ? ArmJson::subscription(call.scope, *existing) : QJsonObject();
    if (request.method == "GET")
        return existing ? entity(200, current) : notFound(u"Subscription"_s);
    if (preconditionFails(request, current))
        return preconditionFailed();
    if (request.method == "DELETE") {
        if (!existing)
            return HttpResponse::json(204, QByteArray());
        return written(m_store->deleteSubscription(existing->id, &error), error, 200, {});
    }
    const bool patch = request.method == "PATCH";
    if (!patch && request.method != "PUT")
        return notAllowed(request.method);
    if (patch && !existing)
        return notFound(u"Subscription"_s);
    if (!validId(sid))
        return ArmJson::validationError(u"'%1' is not a valid subscription id."_s.arg(sid), u"sid"_s);
    QJsonObject properties;
    QJsonObject body;
    if (!ArmJson::properties(request.body, &properties, &error))
        return ArmJson::validationError(error);
    if (patch)
        properties = merged(current, properties);
    if (!ArmJson::subscriptionBody(properties, false, &body, &error))
        return ArmJson::validationError(error, u"scope"_s);
    Subscription s;
    if (existing) {
        s = *existing;
    } else {
        s.id = sid;
        s.primaryKey = SandboxStore::randomHex(16);
        s.secondaryKey = SandboxStore::randomHex(16);
        // The gateway's clock, so quota windows start where its throttling counts them.
        s.createdAtMs = m_gateway->rateLimiter()->now();
    }
    if (!body.contains(u"name"_s))
        body.insert(u"name"_s, s.name.isEmpty() ? s.id : s.name);
    if (!ManagementJson::readSubscription(body, false, &s, &error))
        return ArmJson::validationError(error);
    const QList<Product> products = m_store->products();
    const Product *product = findById(products, s.productId);
    if (!product)
        return ArmJson::validationError(u"Product '%1' does not exist."_s.arg(s.productId), u"scope"_s);
    s.productId = product->id;
    const bool done = m_store->upsertSubscription(s, &error);
    return written(done, error, existing ? 200 : 201, ArmJson::subscription(call.scope, s));
}

} // namespace portico::sandbox
