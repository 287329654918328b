// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Writes a JSON document as YAML (block style, through yaml-cpp) that reads back as the same
// JSON: a string a YAML reader would take for a number, a boolean or null is quoted, so
// "2.0", "true" and "200" stay strings.
#include <QByteArray>
#include <QJsonObject>

namespace portico::client {

QByteArray yamlDocument(const QJsonObject &document);

} // namespace portico::client
