// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Brings APIs in from OpenAPI 3.0/3.1 and Swagger 2.0 (JSON or YAML), Postman collections
// v2.1 and pasted curl commands. Importing is a pure function from bytes to a result the
// user previews; nothing changes until the result is merged into a workspace. Keys are never
// imported: wherever a document asks for one, the result holds a {{secret:NAME}} reference.
#include "client/catalog/catalog.h"
#include "client/catalog/variables.h"
#include "client/catalog/workspace.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace portico::client {

enum class ImportFormat { Unknown, OpenApi3, Swagger2, Postman, Curl };

// Reads a document another one refers to ("common.yaml#/components/schemas/Pet"). location
// is already resolved against the referring document; answers the bytes, or nullopt with
// *error set.
using ImportLoader = std::function<std::optional<QByteArray>(const QString &location, QString *error)>;

struct ImportOptions
{
    // Defaults to reading local files; a URL location needs a loader that fetches.
    ImportLoader loader;
    // Polled between operations; true stops the import with ImportResult::cancelled set.
    std::function<bool()> isCancelled;
    // done out of total operations, called from the importing thread.
    std::function<void(int done, int total)> progress;
    // Upper bound on the nesting of bodies generated from schemas.
    int sampleDepth = 6;
    // Keychain names the workspace already knows: a key written the way exports must spell it
    // (PORTICO_SECRET_sandbox_api_key) comes back under its own name (sandbox-api-key).
    QStringList knownSecretNames;
};

struct ImportResult
{
    ImportFormat format = ImportFormat::Unknown;
    QList<Api> apis;                 // with their operations
    QList<Environment> environments; // one per server, each with a baseUrl variable
    // Ready-to-send values for operations that need more than their defaults (secret
    // headers, bodies, a pasted curl command's exact values).
    QList<SavedRequest> requests;
    // One line per construct that was dropped or changed on the way in, in document order.
    QStringList notes;
    // The {{secret:NAME}} names the imported requests refer to, once each.
    QStringList secretNames;
    // Empty on success; otherwise names the place: "line 12, column 5", a YAML mark, or the
    // $ref that did not resolve and where it was written.
    QString error;
    bool cancelled = false;

    bool ok() const { return error.isEmpty() && !cancelled; }
    int operationCount() const;
};

// Detects the format from the content, never from the name. location is the file path or
// URL the bytes came from: sibling $refs resolve against it and a pasted text may leave it
// empty.
ImportResult importDocument(const QByteArray &bytes, const QString &location, const ImportOptions &options = {});
// Reads a local file and imports it; a file that cannot be read is an error naming it.
ImportResult importFile(const QString &path, const ImportOptions &options = {});
ImportFormat detectImportFormat(const QByteArray &bytes);
QString importFormatName(ImportFormat format);

// What merging would change, or changed, as "API: operation" lines.
struct MergeReport
{
    QStringList addedApis;
    QStringList added;
    QStringList changed;
    QStringList removed;
    bool isEmpty() const { return addedApis.isEmpty() && added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
};

// Merges in place: an API already there (same id, else same name) is updated, its
// operations matched by operation id, else by method + URL path; operations the import no
// longer has are removed. Environments are replaced by name or appended; saved requests are
// set for the operations the import brings values for.
MergeReport mergeImport(Workspace *workspace, const ImportResult &result);
// The same report without changing anything, for the preview.
MergeReport previewMerge(const Workspace &workspace, const ImportResult &result);

} // namespace portico::client
