// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// AzureML's JSON error answers: a category (HTTP status and top-level code) plus one detail
// code and message, shaped {"error":{"code","message","details":[{"code","message"}]}}.

#include "sandbox/http/httpmessage.h"

#include <QString>

namespace portico::sandbox {

http::HttpResponse azureMlError(int status, const QString &detailCode, const QString &detailMessage);
// For the few errors AzureML files under another category than their status's usual one
// (400 InvalidOperation: CannotStartJob).
http::HttpResponse azureMlError(int status, const QString &categoryCode, const QString &categoryMessage,
                                const QString &detailCode, const QString &detailMessage);

// The category code and message AzureML pairs with a status (400 BadArgument, ...).
QString azureMlCategory(int status);

// HttpServer's own refusals (413, 431, 408, ...) in the service's dialect.
http::HttpResponse azureMlTransportError(int status, const QString &message);

} // namespace portico::sandbox
