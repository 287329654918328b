// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/jobs/besendpointresolver.h"

#include "client/catalog/requestbuilder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace portico::client {

QList<BesTarget> BesEndpointResolver::targets(const Workspace &workspace)
{
    QList<BesTarget> out;
    for (const Api &api : workspace.apis) {
        if (!api.operation(kSubmitOperation))
            continue;
        for (const Environment &e : workspace.environments)
            out.append({api.id, api.name, e.name});
    }
    return out;
}

BesEndpoint BesEndpointResolver::resolve(const Workspace &workspace, const QString &apiId, const QString &environment,
                                         QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return BesEndpoint();
    };
    const Api *api = workspace.api(apiId);
    const Operation *submit = api ? api->operation(kSubmitOperation) : nullptr;
    const Environment *env = workspace.environment(environment);
    if (!api || !submit)
        return fail(
            QCoreApplication::translate("BesEndpointResolver", "The API %1 has no BES Submit operation.").arg(apiId));
    if (!env)
        return fail(QCoreApplication::translate("BesEndpointResolver", "There is no environment %1.").arg(environment));

    // The headers the user set up for this API (the submit request's, else any request's),
    // so a gateway's subscription key and the service's API key come along.
    SavedRequest values;
    const SavedRequest *saved = workspace.savedRequest(apiId, kSubmitOperation);
    if (!saved) {
        for (const SavedRequest &r : workspace.savedRequests) {
            if (r.apiId == apiId) {
                saved = &r;
                break;
            }
        }
    }
    if (saved)
        values.headers = saved->headers;
    else
        values.headers = {{u"Authorization"_s, u"Bearer {{apiKey}}"_s},
                          {api->subscriptionKeyHeader, u"{{subscriptionKey}}"_s}};
    values.parameters = {
        {u"workspace"_s, u"{{workspace}}"_s}, {u"service"_s, u"{{service}}"_s}, {u"apiversion"_s, u"2.0"_s}};
    const BuiltRequest built = RequestBuilder::prepare(*api, *submit, values, *env);
    if (!built.unresolvedVariables.isEmpty() || !built.missingParameters.isEmpty()) {
        const QStringList missing = built.unresolvedVariables + built.missingParameters;
        return fail(QCoreApplication::translate("BesEndpointResolver", "The environment %1 does not set %2.")
                        .arg(environment, missing.join(u", "_s)));
    }
    BesEndpoint endpoint;
    endpoint.apiId = apiId;
    endpoint.environment = environment;
    QUrl url = built.spec.url;
    url.setQuery(QString());
    endpoint.jobsUrl = url;
    for (const auto &header : built.spec.headers) {
        if (header.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
            endpoint.headers.append(header);
    }
    return endpoint;
}

} // namespace portico::client
