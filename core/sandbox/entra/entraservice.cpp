// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/entra/entraservice.h"

#include "sandbox/entra/tokenissuer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

QUrlQuery formOf(const http::HttpRequest &request)
{
    // application/x-www-form-urlencoded: '+' is a space there.
    QByteArray body = request.body;
    body.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(body));
}

QString field(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

http::HttpResponse jsonResponse(int status, const QJsonObject &o)
{
    http::HttpResponse r = http::HttpResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
    r.headers.set("Cache-Control"_ba, "no-store, no-cache"_ba);
    r.headers.set("Pragma"_ba, "no-cache"_ba);
    return r;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

EntraService::EntraService(TokenIssuer *issuer, QObject *parent)
    : QObject(parent)
    , m_issuer(issuer)
{ }

http::HttpResponse EntraService::errorResponse(int status, const QString &error, int code, const QString &description)
{
    const QString traceId = uuid();
    const QString correlationId = uuid();
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    const QString text = u"%1\r\nTrace ID: %2\r\nCorrelation ID: %3\r\nTimestamp: %4"_s.arg(description, traceId,
                                                                                           correlationId, timestamp);
    QJsonObject o{{u"error"_s, error},
                  {u"error_description"_s, text},
                  {u"error_codes"_s, QJsonArray{code}},
                  {u"timestamp"_s, timestamp},
                  {u"trace_id"_s, traceId},
                  {u"correlation_id"_s, correlationId},
                  {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(code)}};
    return jsonResponse(status, o);
}

http::HttpResponse EntraService::transportError(int status, const QString &message)
{
    return errorResponse(status, u"invalid_request"_s, 900144, u"AADSTS900144: "_s + message);
}

void EntraService::handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond)
{
    const QStringList segments = request.pathSegments();
    if (segments.size() == 1 && segments.at(0) == u"devicelogin") {
        respond(deviceLogin(request));
        return;
    }
    if (segments.size() == 4 && segments.at(1) == u"oauth2" && segments.at(2) == u"v2.0") {
        if (request.method != "POST") {
            http::HttpResponse r = errorResponse(405, u"invalid_request"_s, 900561,
                                                 u"AADSTS900561: The endpoint only accepts POST requests."_s);
            r.headers.set("Allow"_ba, "POST"_ba);
            respond(r);
            return;
        }
        if (segments.at(3) == u"devicecode") {
            respond(deviceCode(segments.at(0), request));
            return;
        }
        if (segments.at(3) == u"token") {
            respond(token(request));
            return;
        }
    }
    respond(errorResponse(404, u"invalid_request"_s, 900561,
                          u"AADSTS900561: No such endpoint: %1."_s.arg(QString::fromUtf8(request.path))));
}

http::HttpResponse EntraService::deviceCode(const QString &tenant, const http::HttpRequest &request)
{
    const QUrlQuery form = formOf(request);
    const QString clientId = field(form, u"client_id"_s);
    const QString scope = field(form, u"scope"_s);
    if (clientId.isEmpty())
        return errorResponse(400, u"invalid_request"_s, 900144,
                             u"AADSTS900144: The request body must contain the following parameter: 'client_id'."_s);
    if (TokenIssuer::audienceOf(scope).isEmpty())
        return errorResponse(400, u"invalid_scope"_s, 70011,
                             u"AADSTS70011: The provided value for the input parameter 'scope' is not valid."_s);
    const TokenIssuer::DeviceCode code = m_issuer->startDeviceCode(tenant, clientId, scope);
    return jsonResponse(200, QJsonObject{{u"user_code"_s, code.userCode},
                                         {u"device_code"_s, code.deviceCode},
                                         {u"verification_uri"_s, code.verificationUri},
                                         {u"expires_in"_s, code.expiresIn},
                                         {u"interval"_s, code.interval},
                                         {u"message"_s, code.message}});
}

http::HttpResponse EntraService::token(const http::HttpRequest &request)
{
    const QUrlQuery form = formOf(request);
    const QString grantType = field(form, u"grant_type"_s);
    const QString clientId = field(form, u"client_id"_s);
    if (clientId.isEmpty())
        return errorResponse(400, u"invalid_request"_s, 900144,
                             u"AADSTS900144: The request body must contain the following parameter: 'client_id'."_s);
    TokenIssuer::Grant grant;
    if (grantType == u"urn:ietf:params:oauth:grant-type:device_code") {
        grant = m_issuer->pollDeviceCode(clientId, field(form, u"device_code"_s));
    } else if (grantType == u"refresh_token") {
        grant = m_issuer->redeemRefreshToken(clientId, field(form, u"refresh_token"_s), field(form, u"scope"_s));
    } else {
        return errorResponse(400, u"unsupported_grant_type"_s, 70003,
                             u"AADSTS70003: The app requested an unsupported grant type '%1'."_s.arg(grantType));
    }
    if (!grant.ok())
        return errorResponse(400, grant.error, grant.errorCode, grant.description);
    QJsonObject o{{u"token_type"_s, u"Bearer"_s},         {u"scope"_s, grant.scope},
                  {u"expires_in"_s, grant.expiresIn},     {u"ext_expires_in"_s, grant.expiresIn},
                  {u"access_token"_s, grant.accessToken}};
    if (!grant.refreshToken.isEmpty())
        o.insert(u"refresh_token"_s, grant.refreshToken);
    return jsonResponse(200, o);
}

http::HttpResponse EntraService::deviceLogin(const http::HttpRequest &request)
{
    if (request.method == "GET") {
        http::HttpResponse r;
        r.status = 200;
        r.headers.set("Content-Type"_ba, "text/html; charset=utf-8"_ba);
        r.body = "<!doctype html><html><head><title>Sandbox sign-in</title></head><body>"
                 "<h1>Enter code</h1><p>This is the Portico sandbox, not Microsoft: approving signs the "
                 "console in to the sandbox only.</p>"
                 "<form method=\"post\"><input name=\"user_code\" aria-label=\"Code\">"
                 "<button name=\"action\" value=\"approve\">Approve</button>"
                 "<button name=\"action\" value=\"deny\">Deny</button></form></body></html>"_ba;
        return r;
    }
    if (request.method != "POST")
        return http::HttpResponse::text(405, "Use GET or POST.\n"_ba);
    if (!request.peer.isLoopback())
        return http::HttpResponse::text(403, "Device codes are approved from this machine only.\n"_ba);
    const QUrlQuery form = formOf(request);
    const QString action = field(form, u"action"_s);
    const QString userCode = field(form, u"user_code"_s);
    QString message;
    bool ok = false;
    if (action == u"approve")
        ok = m_issuer->approve(userCode, &message);
    else if (action == u"deny")
        ok = m_issuer->deny(userCode, &message);
    else
        return http::HttpResponse::text(400, "action must be approve or deny.\n"_ba);
    if (!ok)
        return http::HttpResponse::text(404, message.toUtf8() + '\n');
    return http::HttpResponse::text(200, (action == u"approve" ? "Approved %1.\n"_ba : "Denied %1.\n"_ba)
                                              .replace("%1", userCode.trimmed().toUpper().toUtf8()));
}

} // namespace portico::sandbox
