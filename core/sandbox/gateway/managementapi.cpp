// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/gateway/managementapi.h"

#include "sandbox/gateway/gateway.h"
#include "sandbox/gateway/managementjson.h"
#include "sandbox/gateway/usagestats.h"
#include "sandbox/state/sandboxstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

using http::HttpResponse;

HttpResponse ok(int status, const QJsonObject &o)
{
    return HttpResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpResponse list(const QJsonArray &values)
{
    return HttpResponse::json(200, ManagementJson::list(values));
}

HttpResponse empty()
{
    return HttpResponse::json(200, QByteArray());
}

HttpResponse bad(const QString &message)
{
    return Gateway::apimError(400, message);
}

HttpResponse notFound(const QString &what, const QString &id)
{
    return Gateway::apimError(404, u"%1 '%2' not found."_s.arg(what, id));
}

HttpResponse notAllowed(const QByteArray &method)
{
    return Gateway::apimError(405, u"Method %1 is not allowed here."_s.arg(QString::fromLatin1(method)));
}

// Runs over the whole of both, so the time taken says nothing about where they differ.
bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    const qsizetype n = qMax(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned x = i < a.size() ? uchar(a.at(i)) : 0u;
        const unsigned y = i < b.size() ? uchar(b.at(i)) : 0u;
        diff |= x ^ y;
    }
    return diff == 0;
}

bool validId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$"_s);
    return pattern.match(id).hasMatch();
}

template<typename T> const T *findById(const QList<T> &items, const QString &id)
{
    for (const T &item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

QString normalizedPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts).join(u'/');
}

qint64 intervalMs(const QString &interval)
{
    static const QHash<QString, qint64> known{{u"PT1M"_s, 60'000},
                                              {u"PT5M"_s, 300'000},
                                              {u"PT15M"_s, 900'000},
                                              {u"PT1H"_s, 3'600'000},
                                              {u"P1D"_s, 86'400'000}};
    return known.value(interval.toUpper(), 0);
}

} // namespace

ManagementApi::ManagementApi(SandboxStore *store, Gateway *gateway)
    : m_store(store)
    , m_gateway(gateway)
{ }

bool ManagementApi::isManagementPath(QByteArrayView path)
{
    return path == "/management" || path.startsWith("/management/");
}

void ManagementApi::handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond)
{
    if (!authorized(request)) {
        HttpResponse r = Gateway::apimError(
            401,
            request.headers.contains("Authorization")
                ? u"Access denied due to invalid admin key. Make sure to send the sandbox's admin key as 'Authorization: Bearer <key>'."_s
                : u"Access denied due to missing admin key. Make sure to send the sandbox's admin key as 'Authorization: Bearer <key>'."_s);
        r.headers.set("WWW-Authenticate"_ba, "Bearer realm=\"management\""_ba);
        respond(std::move(r));
        return;
    }
    QStringList segments = request.pathSegments();
    segments.removeFirst(); // "management"
    while (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    respond(route(request, segments));
}

bool ManagementApi::authorized(const http::HttpRequest &request) const
{
    const QByteArray adminKey = m_store->credentials().adminKey.toUtf8();
    const QByteArray header = request.headers.value("Authorization").trimmed();
    const QByteArrayView scheme = "Bearer ";
    if (adminKey.isEmpty() || header.size() <= scheme.size() ||
        QByteArrayView(header).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return false;
    return sameSecret(QByteArrayView(header).sliced(scheme.size()).trimmed(), adminKey);
}

HttpResponse ManagementApi::written(bool done, const QString &error, int status, const QJsonObject &entity)
{
    if (!done)
        return Gateway::apimError(500, u"The sandbox's database refused the change: %1"_s.arg(error));
    m_gateway->reload();
    return entity.isEmpty() ? empty() : ok(status, entity);
}

HttpResponse ManagementApi::route(const http::HttpRequest &request, const QStringList &segments)
{
    if (segments.isEmpty())
        return Gateway::apimError(404, u"Resource not found"_s);
    const QString &collection = segments.first();
    if (collection == u"apis")
        return apis(request, segments.mid(1));
    if (collection == u"products")
        return products(request, segments.mid(1));
    if (collection == u"subscriptions")
        return subscriptions(request, segments.mid(1));
    if (collection == u"reports" && segments.size() == 2) {
        if (request.method != "GET")
            return notAllowed(request.method);
        return reports(request, segments.at(1));
    }
    return Gateway::apimError(404, u"Resource not found"_s);
}

HttpResponse ManagementApi::apis(const http::HttpRequest &request, const QStringList &segments)
{
    const QList<Api> all = m_store->apis();
    if (segments.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Api &a : all)
            values.append(ManagementJson::api(a));
        return list(values);
    }
    const QString &apiId = segments.first();
    const Api *existing = findById(all, apiId);
    if (segments.size() >= 2) {
        if (segments.at(1) != u"operations" || segments.size() > 3)
            return Gateway::apimError(404, u"Resource not found"_s);
        if (!existing)
            return notFound(u"API"_s, apiId);
        return operations(request, apiId, segments.mid(2));
    }
    if (request.method == "GET")
        return existing ? ok(200, ManagementJson::api(*existing)) : notFound(u"API"_s, apiId);
    QString error;
    if (request.method == "DELETE") {
        if (!existing)
            return notFound(u"API"_s, apiId);
        const bool done = m_store->deleteApi(apiId, &error);
        return written(done, error, 200, {});
    }
    if (request.method != "PUT")
        return notAllowed(request.method);
    if (!validId(apiId))
        return bad(u"'%1' is not a valid API id."_s.arg(apiId));
    QJsonObject body;
    Api api = existing ? *existing : Api();
    api.id = apiId;
    if (!ManagementJson::parseObject(request.body, &body, &error) || !ManagementJson::readApi(body, &api, &error))
        return bad(error);
    for (const Api &other : all) {
        if (other.id != apiId && normalizedPath(other.path).compare(api.path, Qt::CaseInsensitive) == 0)
            return bad(u"The URL suffix '%1' is already used by the API '%2'."_s.arg(api.path, other.id));
    }
    const bool done = m_store->upsertApi(api, &error);
    return written(done, error, existing ? 200 : 201, ManagementJson::api(api));
}

HttpResponse ManagementApi::operations(const http::HttpRequest &request, const QString &apiId,
                                       const QStringList &segments)
{
    const Api api = *findById(m_store->apis(), apiId);
    if (segments.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Operation &op : api.operations)
            values.append(ManagementJson::operation(op));
        return list(values);
    }
    const QString &operationId = segments.first();
    const Operation *existing = findById(api.operations, operationId);
    if (request.method == "GET")
        return existing ? ok(200, ManagementJson::operation(*existing)) : notFound(u"Operation"_s, operationId);
    QString error;
    if (request.method == "DELETE") {
        if (!existing)
            return notFound(u"Operation"_s, operationId);
        const bool done = m_store->deleteOperation(apiId, operationId, &error);
        return written(done, error, 200, {});
    }
    if (request.method != "PUT")
        return notAllowed(request.method);
    if (!validId(operationId))
        return bad(u"'%1' is not a valid operation id."_s.arg(operationId));
    QJsonObject body;
    Operation op;
    op.id = operationId;
    if (!ManagementJson::parseObject(request.body, &body, &error) || !ManagementJson::readOperation(body, &op, &error))
        return bad(error);
    const bool done = m_store->upsertOperation(apiId, op, &error);
    return written(done, error, existing ? 200 : 201, ManagementJson::operation(op));
}

HttpResponse ManagementApi::products(const http::HttpRequest &request, const QStringList &segments)
{
    const QList<Product> all = m_store->products();
    if (segments.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Product &p : all)
            values.append(ManagementJson::product(p));
        return list(values);
    }
    const QString &productId = segments.first();
    const Product *existing = findById(all, productId);
    QString error;
    if (segments.size() == 3 && segments.at(1) == u"apis") {
        if (!existing)
            return notFound(u"Product"_s, productId);
        const QString &apiId = segments.at(2);
        if (!findById(m_store->apis(), apiId))
            return notFound(u"API"_s, apiId);
        if (request.method == "DELETE" && !existing->apiIds.contains(apiId))
            return Gateway::apimError(404, u"API '%1' is not in product '%2'."_s.arg(apiId, productId));
        if (request.method != "PUT" && request.method != "DELETE")
            return notAllowed(request.method);
        const bool done = m_store->setProductApi(productId, apiId, request.method == "PUT", &error);
        return written(done, error, 200, {});
    }
    if (segments.size() != 1)
        return Gateway::apimError(404, u"Resource not found"_s);
    if (request.method == "GET")
        return existing ? ok(200, ManagementJson::product(*existing)) : notFound(u"Product"_s, productId);
    if (request.method == "DELETE") {
        if (!existing)
            return notFound(u"Product"_s, productId);
        const bool done = m_store->deleteProduct(productId, &error);
        return written(done, error, 200, {});
    }
    const bool patch = request.method == "PATCH";
    if (!patch && request.method != "PUT")
        return notAllowed(request.method);
    if (patch && !existing)
        return notFound(u"Product"_s, productId);
    if (!validId(productId))
        return bad(u"'%1' is not a valid product id."_s.arg(productId));
    QJsonObject body;
    Product product = patch ? *existing : Product();
    product.id = productId;
    if (existing)
        product.apiIds = existing->apiIds;
    if (!ManagementJson::parseObject(request.body, &body, &error) ||
        !ManagementJson::readProduct(body, patch, &product, &error))
        return bad(error);
    const bool done = m_store->upsertProduct(product, &error);
    return written(done, error, existing ? 200 : 201, ManagementJson::product(product));
}

HttpResponse ManagementApi::subscriptions(const http::HttpRequest &request, const QStringList &segments)
{
    const QList<Subscription> all = m_store->subscriptions();
    if (segments.isEmpty()) {
        if (request.method != "GET")
            return notAllowed(request.method);
        QJsonArray values;
        for (const Subscription &s : all)
            values.append(ManagementJson::subscription(s));
        return list(values);
    }
    const QString &sid = segments.first();
    const Subscription *existing = findById(all, sid);
    QString error;
    if (segments.size() == 2) {
        if (request.method != "POST")
            return notAllowed(request.method);
        if (!existing)
            return notFound(u"Subscription"_s, sid);
        const QString &action = segments.at(1);
        if (action == u"listSecrets")
            return ok(
                200, QJsonObject{{u"primaryKey"_s, existing->primaryKey}, {u"secondaryKey"_s, existing->secondaryKey}});
        if (action != u"regeneratePrimaryKey" && action != u"regenerateSecondaryKey")
            return Gateway::apimError(404, u"Resource not found"_s);
        const bool done =
            m_store->setSubscriptionKey(sid, action == u"regeneratePrimaryKey", SandboxStore::randomHex(16), &error);
        return written(done, error, 200, {});
    }
    if (segments.size() != 1)
        return Gateway::apimError(404, u"Resource not found"_s);
    if (request.method == "GET")
        return existing ? ok(200, ManagementJson::subscription(*existing)) : notFound(u"Subscription"_s, sid);
    if (request.method == "DELETE") {
        if (!existing)
            return notFound(u"Subscription"_s, sid);
        const bool done = m_store->deleteSubscription(sid, &error);
        return written(done, error, 200, {});
    }
    const bool patch = request.method == "PATCH";
    if (!patch && request.method != "PUT")
        return notAllowed(request.method);
    if (patch && !existing)
        return notFound(u"Subscription"_s, sid);
    if (!validId(sid))
        return bad(u"'%1' is not a valid subscription id."_s.arg(sid));
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
    QJsonObject body;
    if (!ManagementJson::parseObject(request.body, &body, &error) ||
        !ManagementJson::readSubscription(body, patch, &s, &error))
        return bad(error);
    if (!findById(m_store->products(), s.productId))
        return bad(u"Product '%1' does not exist."_s.arg(s.productId));
    const bool done = m_store->upsertSubscription(s, &error);
    return written(done, error, existing ? 200 : 201, ManagementJson::subscription(s));
}

HttpResponse ManagementApi::reports(const http::HttpRequest &request, const QString &kind)
{
    const QUrlQuery query = request.queryItems();
    qint64 fromMs = 0;
    qint64 toMs = std::numeric_limits<qint64>::max();
    for (const auto &[name, bound] : {std::pair{u"from"_s, &fromMs}, std::pair{u"to"_s, &toMs}}) {
        if (!query.hasQueryItem(name))
            continue;
        const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            return bad(u"'%1' must be an ISO 8601 timestamp such as 2024-01-31T12:00:00Z, not '%2'."_s.arg(name, text));
        *bound = t.toMSecsSinceEpoch();
    }
    qint64 bucketMs = 0;
    QString interval;
    if (kind == u"byTime") {
        interval = query.queryItemValue(u"interval"_s, QUrl::FullyDecoded);
        bucketMs = intervalMs(interval);
        if (!bucketMs)
            return bad(u"'interval' must be one of PT1M, PT5M, PT15M, PT1H and P1D, not '%1'."_s.arg(interval));
        interval = interval.toUpper();
    } else if (kind != u"byOperation" && kind != u"bySubscription") {
        return Gateway::apimError(404, u"Resource not found"_s);
    }

    // Buffered calls count too: a report right after a call must include it.
    m_gateway->usageLog()->flush();
    const QList<UsageRecord> records = m_store->usage(fromMs, toMs);

    QMap<QString, UsageStats> rows;
    for (const UsageRecord &r : records) {
        QString key;
        if (kind == u"byOperation")
            key = r.operationId.isEmpty() ? QString() : r.apiId + u'\n' + r.operationId;
        else if (kind == u"bySubscription")
            key = r.subscriptionId;
        else
            key = QString::number(r.timeMs - r.timeMs % bucketMs).rightJustified(20, u'0');
        // Calls that matched no operation, or carried no valid key, have no row to fall in.
        if (!key.isEmpty())
            rows[key].add(r);
    }

    QHash<QString, QString> names;
    if (kind == u"byOperation") {
        for (const Api &a : m_store->apis()) {
            for (const Operation &op : a.operations)
                names.insert(a.id + u'\n' + op.id, op.name);
        }
    } else if (kind == u"bySubscription") {
        for (const Subscription &s : m_store->subscriptions())
            names.insert(s.id, s.name);
    }

    QJsonArray values;
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
        QJsonObject row;
        if (kind == u"byOperation") {
            const QStringList parts = it.key().split(u'\n');
            row.insert(u"apiId"_s, parts.at(0));
            row.insert(u"operationId"_s, parts.at(1));
            row.insert(u"name"_s, names.value(it.key(), parts.at(1)));
        } else if (kind == u"bySubscription") {
            row.insert(u"subscriptionId"_s, it.key());
            row.insert(u"name"_s, names.value(it.key(), it.key()));
        } else {
            row.insert(u"timestamp"_s,
                       QDateTime::fromMSecsSinceEpoch(it.key().toLongLong(), Qt::UTC).toString(Qt::ISODate));
            row.insert(u"interval"_s, interval);
        }
        it.value().writeTo(row, kind == u"byOperation");
        values.append(row);
    }
    return list(values);
}

} // namespace portico::sandbox
