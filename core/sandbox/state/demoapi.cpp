// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/state/demoapi.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

QJsonObject parameter(const QString &name, const QString &description, const QString &defaultValue = {},
                      const QJsonArray &values = {})
{
    QJsonObject p{{u"name"_s, name}, {u"description"_s, description}, {u"type"_s, u"string"_s}, {u"required"_s, true}};
    if (!defaultValue.isEmpty())
        p.insert(u"defaultValue"_s, defaultValue);
    if (!values.isEmpty())
        p.insert(u"values"_s, values);
    return p;
}

Operation operation(const QString &id, const QString &name, const QString &method, const QString &tail, bool withJob,
                    bool withDetails, const QString &description, const QString &sample = {})
{
    QJsonArray params{parameter(u"workspace"_s, u"The workspace id of the web service."_s),
                      parameter(u"service"_s, u"The id of the web service."_s)};
    if (withJob)
        params.append(parameter(u"jobid"_s, u"The id of the batch job."_s));
    params.append(
        parameter(u"apiversion"_s, u"The API version; AzureML services answer 2.0."_s, u"2.0"_s, QJsonArray{u"2.0"_s}));
    if (withDetails)
        params.append(parameter(u"details"_s, u"Whether the answer includes column types."_s, u"true"_s,
                                QJsonArray{u"true"_s, u"false"_s}));

    QJsonObject request;
    if (method == u"POST") {
        request.insert(u"headers"_s,
                       QJsonArray{QJsonObject{{u"name"_s, u"Content-Type"_s},
                                              {u"type"_s, u"string"_s},
                                              {u"required"_s, true},
                                              {u"defaultValue"_s, u"application/json"_s}}});
        QJsonObject representation{{u"contentType"_s, u"application/json"_s}};
        if (!sample.isEmpty())
            representation.insert(u"sample"_s, sample);
        request.insert(u"representations"_s, QJsonArray{representation});
    }

    Operation op;
    op.id = id;
    op.name = name;
    op.method = method;
    op.urlTemplate = u"/workspaces/{workspace}/services/{service}"_s + tail;
    op.description = description;
    op.extra =
        QJsonObject{{u"templateParameters"_s, params},
                    {u"request"_s, request},
                    {u"responses"_s, QJsonArray{QJsonObject{{u"statusCode"_s, 200}, {u"description"_s, u"OK"_s}}}}};
    return op;
}

} // namespace

Api demoApi(const QString &serviceUrl)
{
    Api api;
    api.id = u"azureml-demo"_s;
    api.name = u"AzureML Demo API"_s;
    api.description = u"The SimpleFeatureHashingExperiment web service: request-response and batch scoring."_s;
    api.serviceUrl = serviceUrl;
    api.path = u"azureml-demo"_s;
    api.protocols = {u"https"_s, u"http"_s};
    api.followsLocalService = true;

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

QList<Product> defaultProducts()
{
    Product starter;
    starter.id = u"starter"_s;
    starter.name = u"Starter"_s;
    starter.description = u"Subscribers can run 5 calls per minute, up to a maximum of 100 calls per week."_s;
    starter.rateLimit = {5, 60};
    starter.quota = {100, 604800};
    starter.apiIds = {u"azureml-demo"_s};

    Product unlimited;
    unlimited.id = u"unlimited"_s;
    unlimited.name = u"Unlimited"_s;
    unlimited.description =
        u"Subscribers have completely unlimited access to the API. Administrator approval is required."_s;
    unlimited.approvalRequired = true;
    unlimited.apiIds = {u"azureml-demo"_s};
    return {starter, unlimited};
}

} // namespace portico::sandbox
