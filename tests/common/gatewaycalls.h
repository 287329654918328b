// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// For usage tests: score a row through a running sandbox's gateway with a given
// subscription key, and put a secret into the keychain, each waiting for its answer.

#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace portico::testing {

inline constexpr int kGatewayWaitMs = 20'000;

// The HTTP status of one RRS Execute call; -1 when no answer came in time.
inline int scoreThroughGateway(QNetworkAccessManager *network, const sandbox::Sandbox &sandbox,
                               const QString &subscriptionKey)
{
    using namespace Qt::StringLiterals;
    const sandbox::Credentials c = sandbox.credentials();
    QNetworkRequest request(QUrl(sandbox.gatewayUrl().toString() + u"/azureml-demo/workspaces/"_s + c.workspace +
                                 u"/services/"_s + c.service + u"/execute?api-version=2.0&details=true"_s));
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Ocp-Apim-Subscription-Key", subscriptionKey.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + c.apiKey.toUtf8());
    const std::unique_ptr<QNetworkReply> reply(network->post(
        request,
        R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kGatewayWaitMs))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

inline bool writeSecretAndWait(client::SecretStore *secrets, const QString &name, const QString &value)
{
    bool done = false;
    bool ok = false;
    secrets->write(name, value, secrets, [&](const client::SecretStore::Result &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, kGatewayWaitMs) && ok;
}

} // namespace portico::testing
