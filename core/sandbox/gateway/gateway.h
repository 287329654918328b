// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's API Management gateway: finds the API by URL suffix and the operation by
// method and URL template, checks the subscription key, applies the product's rate limit
// and quota, forwards the call to the API's web service and records it for the reports.
// Errors are APIM's own bodies, {"statusCode": N, "message": "..."}. Paths under
// /management go to the management API instead and are not recorded as usage.

#include "sandbox/arm/armapi.h"
#include "sandbox/gateway/managementapi.h"
#include "sandbox/gateway/ratelimiter.h"
#include "sandbox/gateway/urltemplate.h"
#include "sandbox/gateway/usagelog.h"
#include "sandbox/http/httpclient.h"
#include "sandbox/http/httpserver.h"
#include "sandbox/state/sandboxmodel.h"

#include <QObject>

namespace portico::sandbox {

class SandboxStore;

class Gateway : public QObject
{
    Q_OBJECT
public:
    // APIM's health-check path: answers 200 without touching any API.
    static constexpr QByteArrayView kStatusPath = "/status-0123456789abcdef";

    Gateway(SandboxStore *store, RateLimiter::Clock clock, QObject *parent = nullptr);

    // Reads APIs, products and subscriptions from the store and restores the throttling
    // counters from the usage log.
    bool reload(QString *error = nullptr);

    void handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond);

    void setBackendTimeout(int ms) { m_backendTimeoutMs = ms; }
    UsageLog *usageLog() { return &m_usage; }
    RateLimiter *rateLimiter() { return &m_limiter; }
    // The same state under Azure Resource Manager's /subscriptions/... paths.
    ArmApi *arm() { return &m_arm; }

    static http::HttpResponse apimError(int status, const QString &message);

    // What the throttling policies leave of a subscription's calls, on every answer that
    // passed them (as APIM's remaining-calls-header-name / total-calls-header-name do).
    static constexpr QByteArrayView kRateRemainingHeader = "X-RateLimit-Remaining";
    static constexpr QByteArrayView kRateLimitHeader = "X-RateLimit-Limit";
    static constexpr QByteArrayView kQuotaRemainingHeader = "X-Quota-Remaining";
    static constexpr QByteArrayView kQuotaLimitHeader = "X-Quota-Limit";

private:
    struct CompiledOperation
    {
        Operation operation;
        UrlTemplate urlTemplate;
    };
    struct CompiledApi
    {
        Api api;
        QStringList suffixSegments;
        QList<CompiledOperation> operations;
    };

    const CompiledApi *findApi(const QStringList &segments) const;
    const CompiledOperation *findOperation(const CompiledApi &api, const QByteArray &method,
                                           const QStringList &segments, const QUrlQuery &query) const;
    const Subscription *findSubscription(const QString &key) const;
    void forward(const http::HttpRequest &request, const CompiledApi &api, const QString &keyHeader,
                 const QString &keyQuery, const http::HttpHeaders &extraHeaders, UsageRecord record, qint64 startedMs,
                 const http::HttpServer::Responder &respond);
    void finish(UsageRecord record, qint64 startedMs, const http::HttpServer::Responder &respond,
                http::HttpResponse response);

    SandboxStore *m_store;
    ManagementApi m_management;
    ArmApi m_arm;
    RateLimiter m_limiter;
    UsageLog m_usage;
    http::HttpClient m_backends;
    QList<CompiledApi> m_apis;
    QHash<QString, Product> m_products;
    QList<Subscription> m_subscriptions;
    QHash<QString, qsizetype> m_subscriptionByKey;
    int m_backendTimeoutMs = 120'000;
};

} // namespace portico::sandbox
