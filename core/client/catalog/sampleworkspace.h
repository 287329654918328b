// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The workspace a first launch opens: the customer's "AzureML Demo API" pointed at the
// embedded sandbox, with environments for its gateway and its service, ready to send.

#include "client/catalog/workspace.h"

#include <QString>
#include <QUrl>

namespace portico::client {

struct SandboxEndpoints
{
    QUrl gatewayUrl; // e.g. http://127.0.0.1:PORT, without the API's URL suffix
    QUrl serviceUrl; // the ML service the gateway forwards to
    QString workspaceId;
    QString serviceId;
};

// What the console needs of a running sandbox: where it listens and the keys it issued.
struct SandboxAccess
{
    SandboxEndpoints endpoints;
    QString apiKey;
    QString unlimitedKey;
    QString starterKey;
    QString adminKey; // the gateway's management key, for the publisher's views
    QString onlineEndpointKey; // the online endpoint's primary key
    // The sandbox's Azure ML online endpoint, e.g. http://127.0.0.1:PORT/online/feature-hashing/score.
    QUrl onlineScoringUrl;
};

// The API mirrors the sandbox's own definition operation for operation. Keys appear only as
// {{secret:NAME}} references; these are the keychain names the console stores them under.
inline const QString kSandboxUnlimitedKeySecret = QStringLiteral("sandbox-unlimited-key");
inline const QString kSandboxStarterKeySecret = QStringLiteral("sandbox-starter-key");
inline const QString kSandboxApiKeySecret = QStringLiteral("sandbox-api-key");
inline const QString kSandboxAdminKeySecret = QStringLiteral("sandbox-admin-key");
inline const QString kSandboxOnlineKeySecret = QStringLiteral("sandbox-online-endpoint-key");

// The sample's environments, by name: refreshSandboxEnvironments() finds them again. They
// are names in the user's workspace file, not interface text.
inline const QString kSandboxUnlimitedEnvironment =
    QStringLiteral("Sandbox gateway (Unlimited)"); // not for translation: workspace data
inline const QString kSandboxStarterEnvironment =
    QStringLiteral("Sandbox gateway (Starter, throttled)"); // not for translation: workspace data
inline const QString kSandboxDirectEnvironment =
    QStringLiteral("Sandbox service (direct)"); // not for translation: workspace data
inline const QString kSandboxOnlineEnvironment =
    QStringLiteral("Sandbox Azure ML online endpoint"); // not for translation: workspace data
// The API that holds the online endpoint's one operation, "score".
inline const QString kSandboxOnlineApiId = QStringLiteral("azureml-online-endpoint");

// The sample's online endpoint: one POST operation whose sample body is MLflow's input_data.
Api onlineEndpointApi(const QUrl &scoringUrl);

// onlineScoringUrl: the sandbox's Azure ML online endpoint; empty leaves it out of the sample.
Workspace sampleWorkspace(const SandboxEndpoints &endpoints, const QUrl &onlineScoringUrl = QUrl());
QList<Environment> sandboxEnvironments(const SandboxEndpoints &endpoints);

// The embedded sandbox listens on free ports chosen at each start: points the sample's
// environments and API at where it listens now. True when anything changed.
bool refreshSandboxEnvironments(Workspace *workspace, const SandboxEndpoints &endpoints,
                                const QUrl &onlineScoringUrl = QUrl());

} // namespace portico::client
