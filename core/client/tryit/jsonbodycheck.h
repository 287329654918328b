// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The check the Try-it panel runs on a JSON request body as it is typed.

#include <QByteArray>
#include <QString>

#include <optional>

namespace portico::client {

// Where JSON text first stops being JSON: line and column in characters, from 1, and Qt's
// sentence for what is wrong there.
struct JsonSyntaxError
{
    int line = 0;
    int column = 0;
    QString message;
};

// Nothing for valid JSON; a blank text is not valid JSON here.
std::optional<JsonSyntaxError> jsonSyntaxError(const QByteArray &json);

// "Line 3, column 14: ..." (line and column in characters, from 1) for a body that is not
// valid JSON; empty for valid JSON and for a blank body.
QString jsonBodyProblem(const QByteArray &json);

} // namespace portico::client
