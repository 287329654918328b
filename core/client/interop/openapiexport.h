// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Describes an API as an OpenAPI 3.0 document: one path item per URL template, path, query
// and header parameters with their required flags, allowed values, defaults and
// descriptions, request samples as examples, and the subscription key as an apiKey scheme.
// A header or query parameter whose value is a {{secret:NAME}} reference becomes a security
// scheme too (apiKey, or http bearer for "Authorization: Bearer …"). No key value, and no
// keychain reference, is ever written. client/interop/yamlwriter.h gives the same as YAML.
#include "client/catalog/catalog.h"

#include <QJsonObject>
#include <QString>

namespace portico::client {

// serverUrl is where the API is reached (an environment's base URL); empty leaves servers out.
QJsonObject openApiDocument(const Api &api, const QString &serverUrl);

} // namespace portico::client
