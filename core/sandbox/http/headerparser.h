// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Parses the header-field lines of an HTTP/1.1 message head, strictly enough to refuse what
// request smuggling and response splitting rely on (obs-fold, bad names, control bytes).

#include "sandbox/http/httpmessage.h"

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace portico::http {

bool isHttpToken(QByteArrayView s);
bool hasControlChars(QByteArrayView s);

// Every Transfer-Encoding field, trimmed, lower-cased and joined with ", " (an empty field
// stays an empty element, so "chunked" means exactly one field that says so); nothing when
// the message has none. Reading only the first field is how messages get smuggled.
std::optional<QByteArray> transferCodings(const HttpHeaders &headers);

// head holds the lines after the start line, separated by "\r\n" (a bare "\n" is accepted).
bool parseHeaderFields(QByteArrayView head, HttpHeaders *out, QString *error);

} // namespace portico::http
