// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The gateway's management plane as Azure Resource Manager shapes it:
// /subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.ApiManagement/service/{name}/...
// over the same APIs, products, subscriptions and usage the gateway serves. Bearer tokens
// are judged by a validator the owner installs (an Entra-shaped token issuer, or a test);
// without one every call is refused. Lives in the gateway's thread.

#include "sandbox/http/httpmessage.h"
#include "sandbox/http/httpserver.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace portico::sandbox {

class Gateway;
class SandboxStore;

struct ArmResourceName
{
    QString subscriptionId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    QString resourceGroup = QStringLiteral("portico-sandbox");
    QString serviceName = QStringLiteral("portico-sandbox");
};

struct ArmAccess
{
    enum Verdict { Accepted, Invalid, Expired, Forbidden };
    Verdict verdict = Invalid;
    QString principal; // who the token names; shown in AuthorizationFailed
};

class ArmApi
{
public:
    // token: the bearer token as sent; action: e.g. "Microsoft.ApiManagement/service/apis/write";
    // scope: the resource id the call touches.
    using TokenValidator = std::function<ArmAccess(const QString &token, const QString &action, const QString &scope)>;

    ArmApi(SandboxStore *store, Gateway *gateway);

    static bool isArmPath(QByteArrayView path);
    static QStringList supportedApiVersions();

    void setResourceName(const ArmResourceName &name) { m_name = name; }
    const ArmResourceName &resourceName() const { return m_name; }
    void setTokenValidator(TokenValidator validator) { m_validator = std::move(validator); }
    // A long-running operation reports InProgress this many times before Succeeded.
    void setLongRunningPolls(int polls) { m_lroPolls = polls; }
    // Answers a create as ARM does for resources without an operation to poll: 202 with
    // Location only, which answers 202 until the resource is there.
    void setLongRunningByLocationOnly(bool locationOnly) { m_lroLocationOnly = locationOnly; }
    // A fault that cannot be produced for real on one machine: ARM's own throttling. The next
    // `count` calls answer 429 with Retry-After.
    void throttleNextRequests(int count, int retryAfterSeconds);
    // Long-running operations not yet polled to their end.
    int runningOperations() const;

    void handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond);

private:
    struct Call
    {
        const http::HttpRequest *request = nullptr;
        QString base;  // "http://host:port", for nextLink and operation URLs
        QString scope; // the service's resource id
        QString apiVersion;
    };

    http::HttpResponse route(const Call &call, const QStringList &rest);
    http::HttpResponse service(const Call &call);
    http::HttpResponse apis(const Call &call, const QStringList &rest);
    http::HttpResponse operations(const Call &call, const QString &apiId, const QStringList &rest);
    http::HttpResponse products(const Call &call, const QStringList &rest);
    http::HttpResponse productApis(const Call &call, const QString &productId, const QStringList &rest);
    http::HttpResponse productPolicy(const Call &call, const QString &productId);
    http::HttpResponse subscriptions(const Call &call, const QStringList &rest);
    http::HttpResponse reports(const Call &call, const QString &kind);
    http::HttpResponse operationResult(const Call &call, const QString &id);

    static QString action(const QByteArray &method, const QStringList &rest);
    http::HttpResponse page(const Call &call, const QJsonArray &values) const;
    // 412 when If-Match names another version than current (empty: the entity is missing).
    static bool preconditionFails(const http::HttpRequest &request, const QJsonObject &current);
    http::HttpResponse entity(int status, const QJsonObject &o) const;
    http::HttpResponse written(bool done, const QString &error, int status, const QJsonObject &o);
    QString startOperation();

    SandboxStore *m_store;
    Gateway *m_gateway;
    ArmResourceName m_name;
    TokenValidator m_validator;
    QHash<QString, int> m_operations; // operation id -> polls left before it succeeds
    int m_lroPolls = 1;
    bool m_lroLocationOnly = false;
    int m_throttled = 0;
    int m_retryAfterSeconds = 0;
};

} // namespace portico::sandbox
