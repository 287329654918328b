// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The Try-it panel's JSON-body checker. A body is refused exactly when it is not JSON (blank
// bodies pass), and a refusal names a line and a column that exist in the body.
#include "fuzzinput.h"

#include "client/tryit/jsonbodycheck.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace portico;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    const QString problem = client::jsonBodyProblem(body);
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    const bool valid = body.trimmed().isEmpty() || error.error == QJsonParseError::NoError;
    fuzz::require(problem.isEmpty() == valid, "a body is refused exactly when it is not JSON");
    if (valid)
        return 0;
    static const QRegularExpression where(QStringLiteral("^Line (\\d+), column (\\d+): ."));
    const QRegularExpressionMatch m = where.match(problem);
    fuzz::require(m.hasMatch(), "a refusal starts with its line and column");
    const QList<QByteArray> lines = body.split('\n');
    const int line = m.captured(1).toInt();
    const int column = m.captured(2).toInt();
    fuzz::require(line >= 1 && line <= lines.size(), "the line is one of the body's");
    fuzz::require(column >= 1 && column <= QString::fromUtf8(lines.at(line - 1)).size() + 1,
                  "the column is on that line, or just after its end");
    return 0;
}
