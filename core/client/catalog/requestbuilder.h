// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Turns what the Try-it panel holds (an operation, its parameter and header values, a body)
// plus an environment into the HTTP request to send, in two steps: variables first, then
// secrets from the keychain, so keys live in the request only while it is being sent.

#include "client/catalog/catalog.h"
#include "client/catalog/variables.h"
#include "client/catalog/workspace.h"
#include "client/http/exchange.h"

#include <QHash>
#include <QStringList>

namespace portico::client {

struct BuiltRequest
{
    // Variables substituted; {{secret:NAME}} references still in place until applySecrets().
    RequestSpec spec;
    QStringList secretNames;         // referenced anywhere in the request
    QStringList unresolvedVariables; // {{name}} the environment lacks
    QStringList missingParameters;   // required template parameters left empty
    QStringList droppedHeaders;      // headers left out: their value was an unresolved variable
    QStringList missingSecrets;      // filled by applySecrets()
    // Sent to an Azure ML online endpoint; with Entra auth the Authorization header is added
    // at send time from a token for bearerAudience.
    bool onlineEndpoint = false;
    QString bearerAudience;

    // Ready to send: every required part is there.
    bool isComplete() const
    {
        return unresolvedVariables.isEmpty() && missingParameters.isEmpty() && missingSecrets.isEmpty();
    }

    // The URL's parts before expansion, so secrets in parameter values are substituted
    // before percent-encoding rather than after.
    QString baseUrl;
    QString urlTemplate;
    QHash<QString, QString> templateValues;
    QList<QPair<QString, QString>> extraQuery;
};

class RequestBuilder
{
public:
    static BuiltRequest prepare(const Api &api, const Operation &operation, const SavedRequest &values,
                                const Environment &environment);
    static void applySecrets(BuiltRequest *request, const QHash<QString, QString> &secrets);

private:
    static QUrl buildUrl(const BuiltRequest &request, const QHash<QString, QString> &secrets,
                         QStringList *missingSecrets, QStringList *missingParameters);
};

} // namespace portico::client
