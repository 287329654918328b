// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The gateway's management API under /management: APIs, operations, products, product
// links, subscriptions and usage reports, in API Management's shapes, for an administrator
// holding the sandbox's admin key. Every write goes to the store and then reloads the
// gateway, so the next proxied call already sees it.

#include "sandbox/http/httpmessage.h"
#include "sandbox/http/httpserver.h"

#include <QJsonObject>
#include <QStringList>

namespace portico::sandbox {

class Gateway;
class SandboxStore;

class ManagementApi
{
public:
    ManagementApi(SandboxStore *store, Gateway *gateway);

    static bool isManagementPath(QByteArrayView path);

    void handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond);

private:
    http::HttpResponse route(const http::HttpRequest &request, const QStringList &segments);
    http::HttpResponse apis(const http::HttpRequest &request, const QStringList &segments);
    http::HttpResponse operations(const http::HttpRequest &request, const QString &apiId, const QStringList &segments);
    http::HttpResponse products(const http::HttpRequest &request, const QStringList &segments);
    http::HttpResponse subscriptions(const http::HttpRequest &request, const QStringList &segments);
    http::HttpResponse reports(const http::HttpRequest &request, const QString &kind);

    bool authorized(const http::HttpRequest &request) const;
    // Reloads the gateway after a successful write and answers with the entity.
    http::HttpResponse written(bool ok, const QString &error, int status, const QJsonObject &entity);

    SandboxStore *m_store;
    Gateway *m_gateway;
};

} // namespace portico::sandbox
