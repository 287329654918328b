// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/onlineendpoint.h"

using namespace Qt::StringLiterals;

namespace portico::client {

QString mlflowSampleBody()
{
    return u"{\n"
           "  \"input_data\": {\n"
           "    \"columns\": [\"Col2\"],\n"
           "    \"index\": [0, 1],\n"
           "    \"data\": [[\"This is a good day\"], [\"This is a bad day\"]]\n" // not for translation: the sample rows the sandbox scores
           "  }\n"
           "}\n"_s;
}

Environment onlineEndpointEnvironment(const QString &name, const OnlineEndpointSettings &settings)
{
    Environment e;
    e.name = name;
    e.kind = kOnlineEndpointKind;
    e.variables.append({kScoringUriVariable, settings.scoringUri});
    const bool key = settings.auth == OnlineEndpointSettings::Auth::Key;
    e.variables.append({kAuthVariable, key ? u"key"_s : u"entra"_s});
    if (key)
        e.variables.append({kEndpointKeyVariable, u"{{secret:"_s + settings.keySecret + u"}}"_s});
    if (!settings.deployment.isEmpty())
        e.variables.append({kDeploymentVariable, settings.deployment});
    e.variables.append({kSampleBodyVariable, settings.sampleBody});
    return e;
}

bool isOnlineEndpoint(const Environment &environment)
{
    return environment.kind == kOnlineEndpointKind;
}

std::optional<OnlineEndpointSettings> onlineEndpointSettings(const Environment &environment)
{
    if (!isOnlineEndpoint(environment))
        return std::nullopt;
    OnlineEndpointSettings s;
    s.scoringUri = environment.value(kScoringUriVariable);
    s.auth = environment.value(kAuthVariable).compare(u"entra"_s, Qt::CaseInsensitive) == 0
        ? OnlineEndpointSettings::Auth::EntraToken
        : OnlineEndpointSettings::Auth::Key;
    const QStringList secrets = secretReferences(environment.value(kEndpointKeyVariable));
    s.keySecret = secrets.isEmpty() ? QString() : secrets.first();
    s.deployment = environment.value(kDeploymentVariable);
    s.sampleBody = environment.value(kSampleBodyVariable);
    return s;
}

} // namespace portico::client
