// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Writes JSON text directly into bytes, for answers whose field order matters (QJsonObject
// sorts keys) or whose size makes a document tree too costly.

#include <QByteArray>
#include <QString>

namespace portico::http {

// Appends s as a quoted JSON string; s is UTF-8 and passes through except for escapes.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace portico::http
