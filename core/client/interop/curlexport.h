// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Writes a prepared request as a curl command line for a POSIX shell. Keys never appear in
// it: every {{secret:NAME}} becomes a reference to the environment variable
// PORTICO_SECRET_NAME, which the user sets before running the command.
#include "client/catalog/requestbuilder.h"

#include <QString>

namespace portico::client {

// The environment variable a secret is read from: PORTICO_SECRET_ followed by the name with
// every character outside [A-Za-z0-9_] replaced by an underscore.
QString secretEnvironmentVariable(const QString &secretName);
// "PORTICO_SECRET_": what every such variable starts with.
QString secretEnvironmentPrefix();

// The curl command for a request straight from RequestBuilder::prepare(), before any secret
// was applied. Unresolved variables stay as they are, so the command shows what is missing.
QString curlCommand(const BuiltRequest &request);

} // namespace portico::client
