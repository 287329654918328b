// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One function per format the importer reads, and the helpers they share.
#include "client/interop/importdocument.h"

namespace portico::client::importdetail {

ImportResult importOpenApi(const std::shared_ptr<const JsonTree> &tree, const QString &location,
                           const ImportOptions &options);
ImportResult importPostman(const QJsonObject &root, const QString &location, const ImportOptions &options);
ImportResult importCurl(const QString &command, const QString &location, const ImportOptions &options);

// A sample value for a schema: its example, default or first enum value, else one built
// from its type, at most depth levels deep. $refs are followed; a circular one stops.
QJsonValue sampleFor(const Node &schema, RefResolver &resolver, int depth);
QString sampleText(const QJsonValue &value);

QString secretReference(const QString &name);
// A name the keychain and {{secret:NAME}} accept: letters, digits, '_', '-' and '.'.
QString secretName(const QString &text);
// The request the try-it panel would start from: every default, the first sample body.
SavedRequest defaultRequest(const Api &api, const Operation &op);
void addSecretNames(ImportResult *result, const QString &text);

// Shared by the request-shaped formats (Postman, curl).
// A header that carries a key: Authorization, Ocp-Apim-Subscription-Key, api-key, x-api-key…
bool isKeyHeader(const QString &name);
// A query parameter that carries a key: subscription-key, api-key, access_token, sig…
bool isKeyQueryParameter(const QString &name);
// A key's value as a reference: "Bearer abc" → "Bearer {{secret:fallback}}", "{{token}}" →
// "{{secret:token}}". *variable names the variable the value referred to (it holds a key),
// *literal says whether a value was left behind.
QString keyReference(const QString &value, const QString &fallbackName, QString *variable, bool *literal);
// The keychain name behind an environment variable PORTICO_SECRET_X: one of known that
// exports spell that way, else X.
QString secretFromEnvironmentVariable(const QString &variable, const QStringList &known);
// A name a URL template accepts: letters, digits, '_', '-' and '.'.
QString templateParameterName(const QString &name);
// Literal path text a URL template keeps as it is: braces, spaces and '#' percent-encoded.
QString templateLiteral(const QString &text);
// The API a request-shaped import files its operations under, one per base URL.
Api requestApi(const QString &name, const QString &baseUrl);

} // namespace portico::client::importdetail
