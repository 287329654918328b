// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/scoring/azuremlerror.h"

#include "sandbox/http/jsonwriter.h"

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

struct Category
{
    int status;
    const char16_t *code;
    const char16_t *message;
};

constexpr Category kCategories[] = {
    {400, u"BadArgument", u"Invalid argument provided."},
    {401, u"Unauthorized", u"Authorization failed."},
    {403, u"Forbidden", u"Access to the resource is forbidden."},
    {404, u"NotFound", u"Resource not found."},
    {405, u"MethodNotAllowed", u"The HTTP method is not allowed for this resource."},
    {408, u"RequestTimeout", u"The request timed out."},
    {409, u"Conflict", u"The request conflicts with the resource's state."},
    {413, u"MemoryQuotaViolation", u"The request exceeds the memory quota."},
    {431, u"BadArgument", u"Invalid argument provided."},
    {500, u"InternalError", u"The server encountered an internal error."},
    {501, u"NotImplemented", u"The operation is not implemented."},
    {503, u"ServiceUnavailable", u"The service is temporarily unavailable."},
    {504, u"GatewayTimeout", u"The request timed out while scoring."},
    {505, u"BadArgument", u"Invalid argument provided."},
};

const Category *find(int status)
{
    for (const Category &c : kCategories) {
        if (c.status == status)
            return &c;
    }
    return nullptr;
}

} // namespace

QString azureMlCategory(int status)
{
    const Category *c = find(status);
    return c ? QString::fromUtf16(c->code) : u"InternalError"_s;
}

http::HttpResponse azureMlError(int status, const QString &detailCode, const QString &detailMessage)
{
    const Category *c = find(status);
    return azureMlError(status, c ? QString::fromUtf16(c->code) : u"InternalError"_s,
                        c ? QString::fromUtf16(c->message) : u"The server encountered an internal error."_s, detailCode,
                        detailMessage);
}

http::HttpResponse azureMlError(int status, const QString &categoryCode, const QString &categoryMessage,
                                const QString &detailCode, const QString &detailMessage)
{
    // Written by hand to keep AzureML's field order: code, message, details.
    QByteArray body = "{\"error\":{\"code\":";
    http::appendJsonString(body, categoryCode.toUtf8());
    body += ",\"message\":";
    http::appendJsonString(body, categoryMessage.toUtf8());
    body += ",\"details\":[{\"code\":";
    http::appendJsonString(body, detailCode.toUtf8());
    body += ",\"message\":";
    http::appendJsonString(body, detailMessage.toUtf8());
    body += "}]}}";
    return http::HttpResponse::json(status, body);
}

http::HttpResponse azureMlTransportError(int status, const QString &message)
{
    QString detail;
    switch (status) {
    case 408:
        detail = u"RequestTimeout"_s;
        break;
    case 413:
        detail = u"OutOfMemoryLimit"_s;
        break;
    case 431:
        detail = u"RequestHeadersTooLarge"_s;
        break;
    case 501:
        detail = u"UnsupportedTransferEncoding"_s;
        break;
    default:
        detail = u"RequestBodyInvalid"_s;
        break;
    }
    return azureMlError(status, detail, message);
}

} // namespace portico::sandbox
