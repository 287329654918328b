// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The user's workspace file: the API catalog, environments and the last request written for
// each operation, as readable JSON that diffs well and is saved atomically.

#include "client/arm/azureconnection.h"
#include "client/catalog/catalog.h"
#include "client/catalog/variables.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace portico::client {

// What the "try it" panel last held for one operation. Values may contain {{variable}} and
// {{secret:NAME}} placeholders; they are stored as written, never resolved.
struct SavedRequest
{
    QString apiId;
    QString operationId;
    QList<QPair<QString, QString>> parameters; // template and extra query parameters
    QList<QPair<QString, QString>> headers;
    QString body;
    QString contentType;

    QJsonObject toJson() const;
    static std::optional<SavedRequest> fromJson(const QJsonValue &json, const QString &path, QString *error);
    friend bool operator==(const SavedRequest &a, const SavedRequest &b);
    friend bool operator!=(const SavedRequest &a, const SavedRequest &b) { return !(a == b); }
};

// Secrets never belong here: keys are referred to as {{secret:NAME}} and live in the OS
// keychain. The workspace stores exactly what it is given and resolves nothing, so keeping
// secret values out is the job of whoever fills it.
class Workspace
{
public:
    // Bumped whenever an older Portico could misread the file; older files stay readable.
    static constexpr int kSchemaVersion = 1;

    QList<Api> apis;
    QList<Environment> environments;
    QString activeEnvironment; // an environment's name; empty for none
    QList<SavedRequest> savedRequests;
    // Where the publisher, keys and dashboard work; names resources only, never a secret.
    // Written only when it is not the local sandbox, so older files read the same.
    Connection connection;

    const Api *api(const QString &id) const;
    const Environment *environment(const QString &name) const;
    const SavedRequest *savedRequest(const QString &apiId, const QString &operationId) const;
    // Replaces the request saved for the same operation, keeping its place, or appends.
    void setSavedRequest(const SavedRequest &request);

    // Indented, one field per line, keys in a fixed reading order (id and name first) and
    // lists in catalog order, so saving the same workspace twice gives the same bytes.
    QByteArray toJson() const;
    // Refuses files written for a newer schema, and malformed JSON with its line and column.
    static std::optional<Workspace> fromJson(const QByteArray &json, QString *error);

    // Atomic: a failed save leaves the previous file as it was. Creates missing directories.
    bool save(const QString &path, QString *error) const;
    static std::optional<Workspace> load(const QString &path, QString *error);

    friend bool operator==(const Workspace &a, const Workspace &b);
    friend bool operator!=(const Workspace &a, const Workspace &b) { return !(a == b); }
};

} // namespace portico::client
