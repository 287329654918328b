// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Describes an API as a Postman collection (v2.1) that Postman and newman run as they are:
// one request per operation, filled in from the request saved for it (or from the operation's
// defaults), folders for operations that share a group, and the environment's variables as
// collection variables. Keys are never written: each {{secret:NAME}} becomes a reference to
// the collection variable PORTICO_SECRET_NAME, left empty, for the user (or newman's
// --env-var) to fill in.
#include "client/catalog/workspace.h"

#include <QJsonObject>

namespace portico::client {

// environment may be null: the requests then use the API's service URL and no variables.
QJsonObject postmanCollection(const Workspace &workspace, const Api &api, const Environment *environment);

// The group an operation is filed under: the first word of its name when another operation of
// the API starts with the same word ("BES Submit", "BES Start" → "BES"); empty for none.
QString operationGroup(const Api &api, const Operation &operation);

} // namespace portico::client
