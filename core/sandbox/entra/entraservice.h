// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's "login" listener: Entra ID's v2.0 endpoints as a public client meets them,
//   POST /{tenant}/oauth2/v2.0/devicecode   (client_id, scope)
//   POST /{tenant}/oauth2/v2.0/token        (device_code and refresh_token grants)
// with errors in Entra's body shape, and the page a person would open to enter the code,
//   GET  /devicelogin                       a form
//   POST /devicelogin                       user_code, action=approve|deny
// which `portico-sandbox approve-device-code` posts to. Approving is accepted from a loopback
// peer only, even when the sandbox listens on another address.

#include "sandbox/http/httpserver.h"

#include <QObject>

namespace portico::sandbox {

class TokenIssuer;

class EntraService : public QObject
{
    Q_OBJECT
public:
    explicit EntraService(TokenIssuer *issuer, QObject *parent = nullptr);

    void handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond);

    // Entra's error body: error, error_description, error_codes, timestamp, trace_id,
    // correlation_id, error_uri.
    static http::HttpResponse errorResponse(int status, const QString &error, int code, const QString &description);
    static http::HttpResponse transportError(int status, const QString &message);

private:
    http::HttpResponse deviceCode(const QString &tenant, const http::HttpRequest &request);
    http::HttpResponse token(const http::HttpRequest &request);
    http::HttpResponse deviceLogin(const http::HttpRequest &request);

    TokenIssuer *m_issuer;
};

} // namespace portico::sandbox
