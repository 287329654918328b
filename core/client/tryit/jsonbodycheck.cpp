// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/tryit/jsonbodycheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace portico::client {

QString jsonBodyProblem(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return {};
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    // QJsonParseError counts bytes; report the line and the column in characters.
    const QByteArray before = json.left(error.offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    // The panel shows it; the message keeps the panel's translation context.
    return QCoreApplication::translate("portico::ui::TryItPanel", "Line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

} // namespace portico::client
