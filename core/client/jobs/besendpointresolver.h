// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Finds where a workspace's API runs batch jobs in one of its environments: the jobs URL
// from the API's "BES Submit" operation and the auth headers its requests use, with keys
// left as {{secret:NAME}} references for BesClient to read from the keychain per call.

#include "client/catalog/workspace.h"
#include "client/jobs/batchjob.h"

namespace portico::client {

// The keychain entry the console keeps the embedded sandbox's storage connection string in.
inline const QString kSandboxStorageSecret = QStringLiteral("sandbox-storage");

struct BesTarget
{
    QString apiId;
    QString apiName;
    QString environment;
};

class BesEndpointResolver
{
public:
    // The operation ids of the sample workspace; an API offers batch jobs when it has the first.
    static inline const QString kSubmitOperation = QStringLiteral("bes-submit");

    // Every API with a BES Submit operation, in every environment, in workspace order.
    static QList<BesTarget> targets(const Workspace &workspace);
    // Invalid (with *error set) when the API, its operation or the environment is missing,
    // or the environment leaves part of the URL unresolved.
    static BesEndpoint resolve(const Workspace &workspace, const QString &apiId, const QString &environment,
                               QString *error = nullptr);
};

} // namespace portico::client
