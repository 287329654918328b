// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/sampleworkspace.h"

#include "client/catalog/urltemplate.h"

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// The sandbox defines the same API for its gateway; the texts here follow it word for word
// so the console and the gateway describe one API.
Parameter templateParameter(const QString &name, const QString &description, const QString &defaultValue = {},
                            const QStringList &values = {})
{
    Parameter p;
    p.name = name;
    p.description = description;
    p.type = u"string"_s;
    p.required = true;
    p.defaultValue = defaultValue;
    p.values = values;
    return p;
}

Operation operation(const QString &id, const QString &name, const QString &method, const QString &tail, bool withJob,
                    bool withDetails, const QString &description, const QString &sample = {})
{
    Operation op;
    op.id = id;
    op.name = name;
    op.method = method;
    op.urlTemplate = u"/workspaces/{workspace}/services/{service}"_s + tail;
    op.description = description;
    op.templateParameters = {templateParameter(u"workspace"_s, u"The workspace id of the web service."_s),
                             templateParameter(u"service"_s, u"The id of the web service."_s)};
    if (withJob)
        op.templateParameters.append(templateParameter(u"jobid"_s, u"The id of the batch job."_s));
    op.templateParameters.append(
        templateParameter(u"apiversion"_s, u"The API version; AzureML services answer 2.0."_s, u"2.0"_s, {u"2.0"_s}));
    if (withDetails)
        op.templateParameters.append(templateParameter(u"details"_s, u"Whether the answer includes column types."_s,
                                                       u"true"_s, {u"true"_s, u"false"_s}));
    if (method == u"POST") {
        Parameter contentType;
        contentType.name = u"Content-Type"_s;
        contentType.type = u"string"_s;
        contentType.required = true;
        contentType.defaultValue = u"application/json"_s;
        op.headers = {contentType};
        op.requestRepresentations = {Representation{u"application/json"_s, sample}};
    }
    op.responses = {ResponseSpec{200, u"OK"_s, {}}};
    return op;
}

Api demoApi(const QString &serviceUrl)
{
    Api api;
    api.id = u"azureml-demo"_s;
    api.name = u"AzureML Demo API"_s;
    api.description = u"The SimpleFeatureHashingExperiment web service: request-response and batch scoring."_s;
    api.serviceUrl = serviceUrl;
    api.path = u"azureml-demo"_s;
    api.schemes = {u"https"_s, u"http"_s};
    api.products = {u"Starter"_s, u"Unlimited"_s};

    const QString seedBody =
        uR"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_s;
    const QString jobBody =
        uR"({"Inputs": {"input1": {"ConnectionString": "UseDevelopmentStorage=true", "RelativeLocation": "/input/input.csv"}}, "Outputs": {"output1": {"ConnectionString": "UseDevelopmentStorage=true", "RelativeLocation": "/output/output.csv"}}, "GlobalParameters": {}})"_s;
    api.operations = {
        operation(u"rrs-execute"_s, u"RRS Execute"_s, u"POST"_s,
                  u"/execute?api-version={apiversion}&details={details}"_s, false, true,
                  u"Scores rows synchronously (request-response service)."_s, seedBody),
        operation(u"bes-submit"_s, u"BES Submit"_s, u"POST"_s, u"/jobs?api-version={apiversion}"_s, false, false,
                  u"Submits a batch job; answers the job id."_s, jobBody),
        operation(u"bes-start"_s, u"BES Start"_s, u"POST"_s, u"/jobs/{jobid}/start?api-version={apiversion}"_s, true,
                  false, u"Starts a submitted batch job."_s),
        operation(u"bes-status"_s, u"BES Status"_s, u"GET"_s, u"/jobs/{jobid}?api-version={apiversion}"_s, true, false,
                  u"Reports a batch job's status and, when finished, its outputs."_s),
        operation(u"bes-delete"_s, u"BES Delete"_s, u"DELETE"_s, u"/jobs/{jobid}?api-version={apiversion}"_s, true,
                  false, u"Cancels and deletes a batch job."_s),
    };
    return api;
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

} // namespace

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

bool refreshSandboxEnvironments(Workspace *workspace, const SandboxEndpoints &endpoints)
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
    }
    return changed;
}

Workspace sampleWorkspace(const SandboxEndpoints &endpoints)
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
    return w;
}

} // namespace portico::client
