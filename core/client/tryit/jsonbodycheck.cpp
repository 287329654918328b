// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/tryit/jsonbodycheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace portico::client {

std::optional<JsonSyntaxError> jsonSyntaxError(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return std::nullopt;
    // QJsonParseError counts bytes; the line and the column count characters.
    const QByteArray before = json.left(qBound(0, error.offset, int(json.size())));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    JsonSyntaxError found;
    found.line = int(before.count('\n')) + 1;
    found.column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    found.message = error.errorString();
    return found;
}

QString jsonBodyProblem(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return {};
    const std::optional<JsonSyntaxError> error = jsonSyntaxError(json);
    if (!error)
        return {};
    // The panel shows it; the message keeps the panel's translation context.
    return QCoreApplication::translate("portico::ui::TryItPanel", "Line %1, column %2: %3")
        .arg(error->line)
        .arg(error->column)
        .arg(error->message);
}

} // namespace portico::client
