// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Reads a Retry-After value, as gateways send it on 429, 503 and a spent quota's 403.

#include <QByteArrayView>
#include <QDateTime>

namespace portico::client {

// Seconds to wait from a Retry-After value (delay-seconds or HTTP-date); -1 if unusable.
int parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace portico::client
