// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/gateway/gateway.h"

#include "sandbox/http/jsonwriter.h"
#include "sandbox/state/sandboxstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcGateway, "portico.sandbox.gateway")

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

// RFC 9110 §7.6.1 connection-specific fields, plus those the forwarder sets itself.
bool isHopByHop(QByteArrayView name)
{
    static const char *const names[] = {"connection",
                                        "keep-alive",
                                        "proxy-connection",
                                        "proxy-authenticate",
                                        "proxy-authorization",
                                        "te",
                                        "trailer",
                                        "transfer-encoding",
                                        "upgrade",
                                        "host",
                                        "content-length",
                                        "expect"};
    for (const char *n : names) {
        if (name.compare(QByteArrayView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString formatDuration(int seconds)
{
    const int h = seconds / 3600;
    const int m = (seconds % 3600) / 60;
    const int s = seconds % 60;
    return u"%1:%2:%3"_s.arg(h, 2, 10, QChar(u'0')).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
}

} // namespace

Gateway::Gateway(SandboxStore *store, RateLimiter::Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_management(store, this)
    , m_arm(store, this)
    , m_limiter(std::move(clock))
    , m_usage(store)
{ }

http::HttpResponse Gateway::apimError(int status, const QString &message)
{
    // APIM's own spacing and field order.
    QByteArray body = "{ \"statusCode\": " + QByteArray::number(status) + ", \"message\": ";
    http::appendJsonString(body, message.toUtf8());
    body += " }";
    return http::HttpResponse::json(status, body);
}

bool Gateway::reload(QString *error)
{
    m_usage.flush();
    QList<CompiledApi> apis;
    for (const Api &api : m_store->apis()) {
        CompiledApi c;
        c.api = api;
        c.suffixSegments = api.path.split(u'/', Qt::SkipEmptyParts);
        for (const Operation &op : api.operations) {
            CompiledOperation co{op, UrlTemplate::parse(op.urlTemplate)};
            if (!co.urlTemplate.isValid()) {
                qCWarning(lcGateway) << "operation" << op.id << "of" << api.id
                                     << "has an invalid URL template:" << co.urlTemplate.error();
            }
            c.operations.append(co);
        }
        apis.append(c);
    }
    // Longest URL suffix first, so "a/b" wins over "a".
    std::stable_sort(apis.begin(), apis.end(), [](const CompiledApi &x, const CompiledApi &y) {
        return x.suffixSegments.size() > y.suffixSegments.size();
    });
    m_apis = apis;

    m_products.clear();
    for (const Product &p : m_store->products())
        m_products.insert(p.id, p);

    m_subscriptions = m_store->subscriptions();
    m_subscriptionByKey.clear();
    for (qsizetype i = 0; i < m_subscriptions.size(); ++i) {
        m_subscriptionByKey.insert(m_subscriptions.at(i).primaryKey, i);
        m_subscriptionByKey.insert(m_subscriptions.at(i).secondaryKey, i);
    }

    // Throttling survives a restart: rebuild each subscription's windows from the calls that passed.
    const qint64 now = m_limiter.now();
    qint64 from = now;
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        const Product p = m_products.value(s.productId);
        if (p.rateLimit.isSet())
            from = qMin(from, now - qint64(p.rateLimit.renewalPeriod) * 1000);
        if (p.quota.isSet())
            from = qMin(from, RateLimiter::quotaWindowStart(now, s.createdAtMs, p.quota.renewalPeriod));
    }
    QHash<QString, QList<qint64>> passed;
    if (from < now) {
        for (const UsageRecord &r : m_store->usage(from, now + 1)) {
            if (!r.blocked && !r.subscriptionId.isEmpty())
                passed[r.subscriptionId].append(r.timeMs);
        }
    }
    for (const Subscription &s : std::as_const(m_subscriptions)) {
        const Product p = m_products.value(s.productId);
        m_limiter.seed(s.id, s.createdAtMs, p.rateLimit, p.quota, passed.value(s.id));
    }
    if (error)
        error->clear();
    return true;
}

const Gateway::CompiledApi *Gateway::findApi(const QStringList &segments) const
{
    for (const CompiledApi &api : m_apis) {
        if (api.suffixSegments.size() > segments.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < api.suffixSegments.size() && same; ++i)
            same = api.suffixSegments.at(i).compare(segments.at(i), Qt::CaseInsensitive) == 0;
        if (same)
            return &api;
    }
    return nullptr;
}

const Gateway::CompiledOperation *Gateway::findOperation(const CompiledApi &api, const QByteArray &method,
                                                         const QStringList &segments, const QUrlQuery &query) const
{
    const CompiledOperation *best = nullptr;
    for (const CompiledOperation &op : api.operations) {
        if (op.operation.method.compare(QLatin1StringView(method), Qt::CaseInsensitive) != 0)
            continue;
        if (!op.urlTemplate.match(segments, query))
            continue;
        if (!best || op.urlTemplate.literalSegmentCount() > best->urlTemplate.literalSegmentCount())
            best = &op;
    }
    return best;
}

const Subscription *Gateway::findSubscription(const QString &key) const
{
    const auto it = m_subscriptionByKey.constFind(key);
    return it == m_subscriptionByKey.constEnd() ? nullptr : &m_subscriptions.at(*it);
}

void Gateway::handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond)
{
    const qint64 startedMs = m_limiter.now();

    if (request.path == kStatusPath) {
        respond(http::HttpResponse::text(200, QByteArray()));
        return;
    }
    if (ManagementApi::isManagementPath(request.path)) {
        m_management.handle(request, respond);
        return;
    }
    if (ArmApi::isArmPath(request.path)) {
        m_arm.handle(request, respond);
        return;
    }

    UsageRecord record;
    record.timeMs = startedMs;
    auto refuse = [&](int status, const QString &message, http::HttpHeaders extra = {}) {
        http::HttpResponse r = apimError(status, message);
        for (const auto &f : extra.fields())
            r.headers.set(f.first, f.second);
        record.blocked = true;
        finish(record, startedMs, respond, std::move(r));
    };

    const QStringList segments = request.pathSegments();
    const CompiledApi *api = findApi(segments);
    if (!api) {
        refuse(404, u"Resource not found"_s);
        return;
    }
    record.apiId = api->api.id;

    const QStringList rest = segments.mid(api->suffixSegments.size());
    const QUrlQuery query = request.queryItems();
    const CompiledOperation *op = findOperation(*api, request.method, rest, query);
    if (!op) {
        refuse(404, u"Unable to match incoming request to an operation."_s);
        return;
    }
    record.operationId = op->operation.id;

    const QString keyHeader = api->api.subscriptionKeyHeader;
    const QString keyQuery = api->api.subscriptionKeyQuery;
    QString key = QString::fromUtf8(request.headers.value(keyHeader.toUtf8()));
    if (key.isEmpty())
        key = query.queryItemValue(keyQuery, QUrl::FullyDecoded);
    http::HttpHeaders challenge;
    challenge.add("WWW-Authenticate"_ba,
                  "AzureApiManagementKey realm=\"" + request.headers.value("Host") + "/" + api->api.path.toUtf8() +
                      "\",name=\"" + keyHeader.toUtf8() + "\",type=\"header\"");
    if (key.isEmpty()) {
        refuse(
            401,
            u"Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API."_s,
            challenge);
        return;
    }
    const Subscription *subscription = findSubscription(key);
    const Product product = subscription ? m_products.value(subscription->productId) : Product();
    if (!subscription || subscription->state != u"active" || !product.apiIds.contains(api->api.id)) {
        refuse(
            401,
            u"Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription."_s,
            challenge);
        return;
    }
    record.subscriptionId = subscription->id;

    const RateLimiter::Decision decision =
        m_limiter.admit(subscription->id, subscription->createdAtMs, product.rateLimit, product.quota);
    if (decision.kind == RateLimiter::Decision::RateLimited) {
        http::HttpHeaders h;
        h.add("Retry-After"_ba, QByteArray::number(decision.retryAfterSeconds));
        refuse(429, u"Rate limit is exceeded. Try again in %1 seconds."_s.arg(decision.retryAfterSeconds), h);
        return;
    }
    if (decision.kind == RateLimiter::Decision::QuotaExceeded) {
        http::HttpHeaders h;
        h.add("Retry-After"_ba, QByteArray::number(decision.retryAfterSeconds));
        refuse(403,
               u"Out of call volume quota. Quota will be replenished in %1."_s.arg(
                   formatDuration(decision.retryAfterSeconds)),
               h);
        return;
    }

    http::HttpHeaders remaining;
    if (product.rateLimit.isSet()) {
        remaining.add(kRateRemainingHeader.toByteArray(), QByteArray::number(decision.rateRemaining));
        remaining.add(kRateLimitHeader.toByteArray(), QByteArray::number(product.rateLimit.calls));
    }
    if (product.quota.isSet()) {
        remaining.add(kQuotaRemainingHeader.toByteArray(), QByteArray::number(decision.quotaRemaining));
        remaining.add(kQuotaLimitHeader.toByteArray(), QByteArray::number(product.quota.calls));
    }
    forward(request, *api, keyHeader, keyQuery, remaining, record, startedMs, respond);
}

void Gateway::forward(const http::HttpRequest &request, const CompiledApi &api, const QString &keyHeader,
                      const QString &keyQuery, const http::HttpHeaders &extraHeaders, UsageRecord record,
                      qint64 startedMs, const http::HttpServer::Responder &respond)
{
    // Everything after the API's URL suffix, still percent-encoded, goes to the backend.
    QByteArray tail = "/";
    {
        const QList<QByteArray> raw = request.path.split('/');
        const qsizetype skip = 1 + api.suffixSegments.size();
        QList<QByteArray> kept = raw.mid(skip);
        tail = "/" + kept.join('/');
    }
    QByteArray query;
    for (const QByteArray &pair : request.query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = QUrl::fromPercentEncoding(eq < 0 ? pair : pair.left(eq));
        if (name == keyQuery)
            continue;
        if (!query.isEmpty())
            query += '&';
        query += pair;
    }
    QByteArray base = api.api.serviceUrl.toUtf8();
    while (base.endsWith('/'))
        base.chop(1);
    const QUrl url = QUrl::fromEncoded(base + tail + (query.isEmpty() ? QByteArray() : "?" + query));
    if (!url.isValid() || api.api.serviceUrl.isEmpty()) {
        finish(record, startedMs, respond,
               apimError(500, u"The API's web service URL '%1' is not valid."_s.arg(api.api.serviceUrl)));
        return;
    }

    http::HttpClient::Request backendRequest;
    backendRequest.method = request.method;
    backendRequest.url = url;
    backendRequest.body = request.body;
    backendRequest.timeoutMs = m_backendTimeoutMs;
    const QByteArray keyHeaderName = keyHeader.toUtf8();
    for (const auto &f : request.headers.fields()) {
        if (!isHopByHop(f.first) && f.first.compare(keyHeaderName, Qt::CaseInsensitive) != 0)
            backendRequest.headers.add(f.first, f.second);
    }
    m_backends.send(
        std::move(backendRequest), [this, record, startedMs, respond, extraHeaders](http::HttpClient::Response answer) {
            if (answer.status == 0) {
                qCInfo(lcGateway) << "backend failed:" << answer.error;
                finish(record, startedMs, respond,
                       answer.timedOut ? apimError(504, u"The backend did not answer in time."_s)
                                       : apimError(502, u"The backend could not be reached: %1"_s.arg(answer.error)));
                return;
            }
            http::HttpResponse response;
            response.status = answer.status;
            for (const auto &f : answer.headers.fields()) {
                if (!isHopByHop(f.first))
                    response.headers.add(f.first, f.second);
            }
            for (const auto &f : extraHeaders.fields())
                response.headers.set(f.first, f.second);
            response.body = std::move(answer.body);
            finish(record, startedMs, respond, std::move(response));
        });
}

void Gateway::finish(UsageRecord record, qint64 startedMs, const http::HttpServer::Responder &respond,
                     http::HttpResponse response)
{
    record.status = response.status;
    record.latencyMs = int(qMax<qint64>(0, m_limiter.now() - startedMs));
    m_usage.record(record);
    respond(std::move(response));
}

} // namespace portico::sandbox
