// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// How HttpEngine turns a RequestSpec into Qt's request, and reads Qt's error codes back.

#include "client/http/exchange.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace portico::client {

// The request exactly as written: headers in order (repeated names folded into one list, a
// Content-Length dropped), the engine's User-Agent unless the request names one, no cookies,
// cache or remembered credentials, HTTP/2 over TLS only, the spec's redirect and timeout rules.
QNetworkRequest networkRequest(const RequestSpec &spec, const QByteArray &userAgent);

// Qt turns 4xx/5xx statuses into these codes although the HTTP exchange itself completed.
bool isStatusError(QNetworkReply::NetworkError code);

} // namespace portico::client
