// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An environment of the kind "Azure ML online endpoint": a scoring URI, auth by endpoint key
// (a {{secret:NAME}} reference, the key itself only in the keychain) or by a Microsoft Entra
// token for https://ml.azure.com, an optional deployment to pin, and a sample body in MLflow's
// input_data shape. Stored as an ordinary environment with kind set and well-known variables,
// so the workspace file stays one readable list of environments.

#include "client/catalog/variables.h"

#include <QString>

#include <optional>

namespace portico::client {

// The value of Environment::kind; workspace data, not interface text.
inline const QString kOnlineEndpointKind = QStringLiteral("azureml-online-endpoint");
// The audience of Entra tokens an online endpoint accepts.
inline const QString kMlAudience = QStringLiteral("https://ml.azure.com");

// The variables such an environment holds (workspace data, not interface text).
inline const QString kScoringUriVariable = QStringLiteral("scoringUri");
inline const QString kAuthVariable = QStringLiteral("auth"); // "key" or "entra"
inline const QString kEndpointKeyVariable = QStringLiteral("endpointKey");
inline const QString kDeploymentVariable = QStringLiteral("deployment");
inline const QString kSampleBodyVariable = QStringLiteral("sampleBody");

struct OnlineEndpointSettings
{
    enum class Auth { Key, EntraToken };

    QString scoringUri;
    Auth auth = Auth::Key;
    QString keySecret;  // the keychain name of the endpoint key, for Auth::Key
    QString deployment; // sent as azureml-model-deployment when set
    QString sampleBody;
};

// {"input_data": {"columns": ["Col2"], "index": [0], "data": [["This is a good day"]]}}, indented.
QString mlflowSampleBody();

Environment onlineEndpointEnvironment(const QString &name, const OnlineEndpointSettings &settings);
bool isOnlineEndpoint(const Environment &environment);
// The settings as written (placeholders unresolved); nullopt for other kinds.
std::optional<OnlineEndpointSettings> onlineEndpointSettings(const Environment &environment);

} // namespace portico::client
