// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/arm/armapi.h"

#include "sandbox/arm/armjson.h"
#include "sandbox/gateway/gateway.h"
#include "sandbox/state/sandboxstore.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

using http::HttpResponse;

namespace {

constexpr int kMaxTop = 1000;

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString bearer(const http::HttpRequest &request)
{
    const QByteArray header = request.headers.value("Authorization").trimmed();
    const QByteArrayView scheme = "Bearer ";
    if (header.size() <= scheme.size() ||
        QByteArrayView(header).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromUtf8(QByteArrayView(header).sliced(scheme.size()).trimmed());
}

} // namespace

ArmApi::ArmApi(SandboxStore *store, Gateway *gateway)
    : m_store(store)
    , m_gateway(gateway)
{ }

bool ArmApi::isArmPath(QByteArrayView path)
{
    return path.startsWith("/subscriptions/") || path.startsWith("/SUBSCRIPTIONS/");
}

QStringList ArmApi::supportedApiVersions()
{
    return {u"2021-08-01"_s, u"2022-08-01"_s, u"2023-05-01-preview"_s, u"2023-09-01-preview"_s,
            u"2024-05-01"_s};
}

void ArmApi::throttleNextRequests(int count, int retryAfterSeconds)
{
    m_throttled = count;
    m_retryAfterSeconds = retryAfterSeconds;
}

int ArmApi::runningOperations() const
{
    int n = 0;
    for (const int pollsLeft : m_operations)
        n += pollsLeft > 0 ? 1 : 0;
    return n;
}

void ArmApi::handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond)
{
    respond([&]() -> HttpResponse {
        if (m_throttled > 0) {
            --m_throttled;
            HttpResponse r = ArmJson::error(
                429, u"SubscriptionRequestsThrottled"_s,
                u"Number of requests for subscription '%1' exceeded the limit. Please try again after '%2' seconds."_s
                    .arg(m_name.subscriptionId)
                    .arg(m_retryAfterSeconds));
            r.headers.set("Retry-After"_ba, QByteArray::number(m_retryAfterSeconds));
            return r;
        }
        const QString token = bearer(request);
        if (token.isEmpty()) {
            HttpResponse r = ArmJson::error(401, u"AuthenticationFailed"_s,
                                            request.headers.contains("Authorization")
                                                ? u"Authentication failed. The 'Authorization' header is not a Bearer token."_s
                                                : u"Authentication failed. The 'Authorization' header is missing."_s);
            r.headers.set("WWW-Authenticate"_ba, "Bearer authorization_uri=\"https://login.microsoftonline.com/common\", "
                                                 "error=\"invalid_token\""_ba);
            return r;
        }

        Call call;
        call.request = &request;
        call.base = u"http://"_s + QString::fromLatin1(request.headers.value("Host"));
        const QUrlQuery query = request.queryItems();
        call.apiVersion = query.queryItemValue(u"api-version"_s, QUrl::FullyDecoded);
        if (call.apiVersion.isEmpty())
            return ArmJson::error(400, u"MissingApiVersionParameter"_s,
                                  u"The api-version query parameter (?api-version=) is required for all requests."_s);
        if (!supportedApiVersions().contains(call.apiVersion))
            return ArmJson::error(400, u"InvalidApiVersionParameter"_s,
                                  u"The api-version '%1' is invalid. The supported versions are '%2'."_s.arg(
                                      call.apiVersion, supportedApiVersions().join(u',')));

        // subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.ApiManagement/service/{name}/...
        QStringList s = request.pathSegments();
        while (!s.isEmpty() && s.last().isEmpty())
            s.removeLast();
        const QString sub = s.value(1);
        if (s.size() < 2 || !same(sub, m_name.subscriptionId))
            return ArmJson::error(404, u"SubscriptionNotFound"_s, u"The subscription '%1' could not be found."_s.arg(sub));
        if (s.size() < 4 || !same(s.at(2), u"resourceGroups"_s) || !same(s.at(3), m_name.resourceGroup))
            return ArmJson::error(404, u"ResourceGroupNotFound"_s,
                                  u"Resource group '%1' could not be found."_s.arg(s.value(3)));
        if (s.size() < 8 || !same(s.at(4), u"providers"_s) || !same(s.at(5), u"Microsoft.ApiManagement"_s) ||
            !same(s.at(6), u"service"_s) || !same(s.at(7), m_name.serviceName))
            return ArmJson::error(
                404, u"ResourceNotFound"_s,
                u"The Resource 'Microsoft.ApiManagement/service/%1' under resource group '%2' was not found. For more "
                "details please go to https://aka.ms/ARMResourceNotFoundFix"_s.arg(s.value(7), m_name.resourceGroup));
        call.scope = u"/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3"_s.arg(
            m_name.subscriptionId, m_name.resourceGroup, m_name.serviceName);
        const QStringList rest = s.mid(8);

        const QString wanted = action(request.method, rest);
        const QString scope = rest.isEmpty() ? call.scope : QString(call.scope + u'/' + rest.join(u'/'));
        const ArmAccess access = m_validator ? m_validator(token, wanted, scope) : ArmAccess();
        if (access.verdict == ArmAccess::Invalid || access.verdict == ArmAccess::Expired) {
            HttpResponse r = access.verdict == ArmAccess::Expired
                                 ? ArmJson::error(401, u"ExpiredAuthenticationToken"_s,
                                                  u"The access token has expired. Get a new token and try again."_s)
                                 : ArmJson::error(401, u"InvalidAuthenticationToken"_s,
                                                  u"The access token is invalid."_s);
            r.headers.set("WWW-Authenticate"_ba, "Bearer error=\"invalid_token\""_ba);
            return r;
        }
        if (access.verdict == ArmAccess::Forbidden)
            return ArmJson::error(
                403, u"AuthorizationFailed"_s,
                u"The client '%1' does not have authorization to perform action '%2' over scope '%3' or the scope is "
                "invalid. If access was recently granted, please refresh your credentials."_s.arg(access.principal,
                                                                                                 wanted, scope));
        return route(call, rest);
    }());
}

QString ArmApi::action(const QByteArray &method, const QStringList &rest)
{
    // Resource types drop the ids: apis/a/operations/o -> apis/operations.
    QStringList type{u"Microsoft.ApiManagement/service"_s};
    static const QStringList postActions{u"listSecrets"_s, u"regeneratePrimaryKey"_s, u"regenerateSecondaryKey"_s};
    for (qsizetype i = 0; i < rest.size(); i += 2) {
        if (method == "POST" && i == rest.size() - 1 && postActions.contains(rest.at(i)))
            return type.join(u'/') + u'/' + rest.at(i) + u"/action"_s;
        type.append(rest.at(i));
    }
    if (rest.value(0) == u"reports")
        return u"Microsoft.ApiManagement/service/reports/read"_s;
    const QString verb = method == "GET" ? u"read"_s : method == "DELETE" ? u"delete"_s : u"write"_s;
    return type.join(u'/') + u'/' + verb;
}

HttpResponse ArmApi::route(const Call &call, const QStringList &rest)
{
    const QByteArray &method = call.request->method;
    if (rest.isEmpty()) {
        if (method != "GET")
            return ArmJson::error(405, u"MethodNotAllowed"_s, u"The service itself cannot be changed here."_s);
        return service(call);
    }
    const QString &collection = rest.first();
    if (collection == u"apis")
        return apis(call, rest.mid(1));
    if (collection == u"products")
        return products(call, rest.mid(1));
    if (collection == u"subscriptions")
        return subscriptions(call, rest.mid(1));
    if (collection == u"reports" && rest.size() == 2) {
        if (method != "GET")
            return ArmJson::error(405, u"MethodNotAllowed"_s, u"Reports can only be read."_s);
        return reports(call, rest.at(1));
    }
    if (rest.size() == 3 && collection == u"tenant" && rest.at(1) == u"operationResults")
        return operationResult(call, rest.at(2));
    return ArmJson::error(404, u"ResourceNotFound"_s, u"Resource not found."_s);
}

HttpResponse ArmApi::service(const Call &call)
{
    const QJsonObject properties{{u"gatewayUrl"_s, call.base},
                                 {u"provisioningState"_s, u"Succeeded"_s},
                                 {u"publisherName"_s, u"Portico sandbox"_s},
                                 {u"publisherEmail"_s, u"sandbox@localhost"_s}};
    const QJsonObject o{{u"id"_s, call.scope},
                        {u"name"_s, m_name.serviceName},
                        {u"type"_s, u"Microsoft.ApiManagement/service"_s},
                        {u"location"_s, u"Local"_s},
                        {u"sku"_s, QJsonObject{{u"name"_s, u"Developer"_s}, {u"capacity"_s, 1}}},
                        {u"properties"_s, properties}};
    return entity(200, o);
}

HttpResponse ArmApi::page(const Call &call, const QJsonArray &values) const
{
    const QUrlQuery query = call.request->queryItems();
    auto number = [&](const QString &name, qsizetype fallback, bool *ok) {
        *ok = true;
        if (!query.hasQueryItem(name))
            return fallback;
        const qsizetype n = query.queryItemValue(name).toLongLong(ok);
        *ok = *ok && n >= 0;
        return n;
    };
    bool topOk = false;
    bool skipOk = false;
    const qsizetype top = number(u"$top"_s, kMaxTop, &topOk);
    const qsizetype skip = number(u"$skip"_s, 0, &skipOk);
    if (!topOk || top < 1 || top > kMaxTop)
        return ArmJson::validationError(u"'$top' must be a whole number from 1 to %1."_s.arg(kMaxTop), u"$top"_s);
    if (!skipOk)
        return ArmJson::validationError(u"'$skip' must be a whole number from 0."_s, u"$skip"_s);
    QJsonArray slice;
    for (qsizetype i = skip; i < values.size() && i < skip + top; ++i)
        slice.append(values.at(i));
    QJsonObject o{{u"value"_s, slice}, {u"count"_s, values.size()}};
    if (skip + top < values.size()) {
        QUrlQuery next = query;
        next.removeAllQueryItems(u"$top"_s);
        next.removeAllQueryItems(u"$skip"_s);
        next.addQueryItem(u"$top"_s, QString::number(top));
        next.addQueryItem(u"$skip"_s, QString::number(skip + top));
        o.insert(u"nextLink"_s,
                 QString(call.base + QString::fromUtf8(call.request->path) + u'?' + next.toString(QUrl::FullyEncoded)));
    }
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool ArmApi::preconditionFails(const http::HttpRequest &request, const QJsonObject &current)
{
    if (!request.headers.contains("If-Match"))
        return false;
    const QByteArray wanted = request.headers.value("If-Match").trimmed();
    if (current.isEmpty())
        return true;
    if (wanted == "*")
        return false;
    return wanted != ArmJson::etag(current);
}

HttpResponse ArmApi::entity(int status, const QJsonObject &o) const
{
    HttpResponse r = HttpResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    r.headers.set("ETag"_ba, ArmJson::etag(o));
    return r;
}

HttpResponse ArmApi::written(bool done, const QString &error, int status, const QJsonObject &o)
{
    if (!done)
        return ArmJson::error(500, u"InternalError"_s, u"The sandbox's database refused the change: %1"_s.arg(error));
    m_gateway->reload();
    if (o.isEmpty())
        return HttpResponse::json(status, QByteArray());
    return entity(status, o);
}

QString ArmApi::startOperation()
{
    const QString id = SandboxStore::randomHex(12);
    m_operations.insert(id, m_lroPolls);
    return id;
}

HttpResponse ArmApi::operationResult(const Call &call, const QString &id)
{
    const auto it = m_operations.find(id);
    if (it == m_operations.end())
        return ArmJson::error(404, u"ResourceNotFound"_s, u"Operation '%1' not found."_s.arg(id));
    const bool running = *it > 0;
    if (running)
        --*it;
    const QJsonObject o{{u"id"_s, QString(call.scope + u"/tenant/operationResults/"_s + id)},
                        {u"name"_s, id},
                        {u"status"_s, running ? u"InProgress"_s : u"Succeeded"_s}};
    HttpResponse r = HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (running)
        r.headers.set("Retry-After"_ba, "0"_ba);
    return r;
}

} // namespace portico::sandbox
