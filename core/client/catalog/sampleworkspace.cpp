// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/sampleworkspace.h"

#include "client/catalog/onlineendpoint.h"
#include "client/catalog/urltemplate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// The customer's demo API as the sandbox's gateway also reads it: one resource, one text.
Api demoApi(const QString &serviceUrl)
{
    QFile file(u":/portico/azureml-demo-api.json"_s);
    const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "demoApi", "the demo API resource is linked into the client library");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QString error;
    std::optional<Api> api = Api::fromJson(doc.object().value(u"api"_s), u"api"_s, &error);
    Q_ASSERT_X(api, "demoApi", qPrintable(parseError.errorString() + error));
    if (!api)
        return {};
    api->serviceUrl = serviceUrl;
    return *api;
}

QString secretReference(const QString &name)
{
    return u"{{secret:"_s + name + u"}}"_s;
}

// Without a trailing slash: URLs are built by appending "/..." to these, and a doubled
// slash matches no operation.
QString urlText(const QUrl &url)
{
    // QUrl::StripTrailingSlash keeps the slash of a root path, so strip by hand.
    QString s = url.toString(QUrl::FullyEncoded);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

// The scoring URI without its last segment ("/score"), which the operation's template adds.
QString endpointBase(const QUrl &scoringUrl)
{
    QString s = urlText(scoringUrl);
    if (s.endsWith(u"/score"_s))
        s.chop(6);
    return s;
}

} // namespace

Api onlineEndpointApi(const QUrl &scoringUrl)
{
    Api api;
    api.id = kSandboxOnlineApiId;
    api.name = u"Azure ML online endpoint (sandbox)"_s; // workspace data, like the demo API's name
    api.description = u"The sandbox's feature-hashing model as an Azure ML managed online endpoint."_s;
    api.serviceUrl = endpointBase(scoringUrl);
    api.schemes = {scoringUrl.scheme().isEmpty() ? u"https"_s : scoringUrl.scheme()};
    Operation score;
    score.id = u"score"_s;
    score.name = u"Score"_s;
    score.method = u"POST"_s;
    score.urlTemplate = u"/score"_s;
    score.description = u"Scores rows given in MLflow's input_data shape; answers one prediction per row."_s;
    score.headers = {Parameter{u"azureml-model-deployment"_s, u"Pins a deployment instead of the traffic split."_s,
                               u"string"_s, QString(), false, {}}};
    score.requestRepresentations = {Representation{u"application/json"_s, mlflowSampleBody()}};
    score.responses = {ResponseSpec{200, u"OK"_s, {}}};
    api.operations = {score};
    return api;
}

QList<Environment> sandboxEnvironments(const SandboxEndpoints &endpoints)
{
    auto environment = [&](const QString &name, const QString &baseUrl, const QString &keySecret) {
        Environment e;
        e.name = name;
        e.variables = {
            {u"baseUrl"_s, baseUrl}, {u"workspace"_s, endpoints.workspaceId}, {u"service"_s, endpoints.serviceId}};
        if (!keySecret.isEmpty())
            e.variables.append({u"subscriptionKey"_s, secretReference(keySecret)});
        e.variables.append({u"apiKey"_s, secretReference(kSandboxApiKeySecret)});
        return e;
    };
    const QString gatewayBase = joinUrl(urlText(endpoints.gatewayUrl), u"azureml-demo"_s);
    return {
        environment(kSandboxUnlimitedEnvironment, gatewayBase, kSandboxUnlimitedKeySecret),
        environment(kSandboxStarterEnvironment, gatewayBase, kSandboxStarterKeySecret),
        // Straight to the ML service, as a client without API Management would call it.
        environment(kSandboxDirectEnvironment, urlText(endpoints.serviceUrl), QString()),
    };
}

static Environment sandboxOnlineEnvironment(const QUrl &onlineScoringUrl)
{
    OnlineEndpointSettings settings;
    settings.scoringUri = urlText(onlineScoringUrl);
    settings.keySecret = kSandboxOnlineKeySecret;
    settings.sampleBody = mlflowSampleBody();
    return onlineEndpointEnvironment(kSandboxOnlineEnvironment, settings);
}

bool refreshSandboxEnvironments(Workspace *workspace, const SandboxEndpoints &endpoints, const QUrl &onlineScoringUrl)
{
    bool changed = false;
    for (const Environment &fresh : sandboxEnvironments(endpoints)) {
        for (Environment &e : workspace->environments) {
            if (e.name != fresh.name)
                continue;
            // Only the addresses and ids move; whatever else the user added stays.
            for (const QString &key : {u"baseUrl"_s, u"workspace"_s, u"service"_s}) {
                for (auto &variable : e.variables) {
                    if (variable.first == key && variable.second != fresh.value(key)) {
                        variable.second = fresh.value(key);
                        changed = true;
                    }
                }
            }
        }
    }
    for (Api &api : workspace->apis) {
        if (api.id == u"azureml-demo" && api.serviceUrl != urlText(endpoints.serviceUrl)) {
            api.serviceUrl = urlText(endpoints.serviceUrl);
            changed = true;
        }
        if (api.id == kSandboxOnlineApiId && !onlineScoringUrl.isEmpty() &&
            api.serviceUrl != endpointBase(onlineScoringUrl)) {
            api.serviceUrl = endpointBase(onlineScoringUrl);
            changed = true;
        }
    }
    if (onlineScoringUrl.isEmpty())
        return changed;
    for (Environment &e : workspace->environments) {
        if (e.name != kSandboxOnlineEnvironment || !isOnlineEndpoint(e))
            continue;
        for (auto &variable : e.variables) {
            if (variable.first == kScoringUriVariable && variable.second != urlText(onlineScoringUrl)) {
                variable.second = urlText(onlineScoringUrl);
                changed = true;
            }
        }
    }
    return changed;
}

Workspace sampleWorkspace(const SandboxEndpoints &endpoints, const QUrl &onlineScoringUrl)
{
    Workspace w;
    const Api api = demoApi(urlText(endpoints.serviceUrl));
    w.environments = sandboxEnvironments(endpoints);
    w.activeEnvironment = w.environments.first().name;

    SavedRequest execute;
    execute.apiId = api.id;
    execute.operationId = u"rrs-execute"_s;
    execute.parameters = {{u"workspace"_s, u"{{workspace}}"_s},
                          {u"service"_s, u"{{service}}"_s},
                          {u"apiversion"_s, u"2.0"_s},
                          {u"details"_s, u"true"_s}};
    execute.headers = {{u"Content-Type"_s, u"application/json"_s},
                       {u"Authorization"_s, u"Bearer {{apiKey}}"_s},
                       {api.subscriptionKeyHeader, u"{{subscriptionKey}}"_s}};
    execute.contentType = u"application/json"_s;
    execute.body = api.operation(u"rrs-execute"_s)->requestRepresentations.constFirst().sample;
    w.savedRequests = {execute};

    w.apis = {api};
    if (!onlineScoringUrl.isEmpty()) {
        // An Azure ML online endpoint to try offline: its own environment holds the scoring
        // URI and the key reference, so the saved request holds only the body.
        const Api online = onlineEndpointApi(onlineScoringUrl);
        w.apis.append(online);
        w.environments.append(sandboxOnlineEnvironment(onlineScoringUrl));
        SavedRequest score;
        score.apiId = online.id;
        score.operationId = u"score"_s;
        score.headers = {{u"Content-Type"_s, u"application/json"_s}};
        score.contentType = u"application/json"_s;
        score.body = mlflowSampleBody();
        w.savedRequests.append(score);
    }
    return w;
}

} // namespace portico::client
