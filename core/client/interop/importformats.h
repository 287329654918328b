// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One function per format the importer reads, and the helpers they share.
#include "client/interop/importdocument.h"

namespace portico::client::importdetail {

ImportResult importOpenApi(const QJsonObject &root, const QString &location, const ImportOptions &options);
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

} // namespace portico::client::importdetail
