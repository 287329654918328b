// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The check the Try-it panel runs on a JSON request body as it is typed.

#include <QByteArray>
#include <QString>

namespace portico::client {

// "Line 3, column 14: ..." (line and column in characters, from 1) for a body that is not
// valid JSON; empty for valid JSON and for a blank body.
QString jsonBodyProblem(const QByteArray &json);

} // namespace portico::client
