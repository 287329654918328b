// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "app/portico/sandboxaccess.h"

#include "sandbox/embeddedsandbox.h"

namespace portico::app {

client::SandboxAccess sandboxAccess(const sandbox::EmbeddedSandbox &sandbox)
{
    client::SandboxAccess access;
    const sandbox::Credentials credentials = sandbox.credentials();
    QUrl scoring = sandbox.serviceUrl();
    scoring.setPath(QString::fromLatin1(sandbox::OnlineEndpoint::kPathPrefix) +
                    QString::fromUtf16(sandbox::OnlineEndpoint::kEndpointName) + QStringLiteral("/score"));
    access.endpoints = {sandbox.gatewayUrl(), sandbox.serviceUrl(), credentials.workspace, credentials.service};
    access.onlineScoringUrl = scoring;
    access.apiKey = credentials.apiKey;
    access.onlineEndpointKey = credentials.onlinePrimaryKey;
    access.adminKey = credentials.adminKey;
    for (const sandbox::Subscription &s : sandbox.subscriptions()) {
        QString &key = s.productId == u"unlimited" ? access.unlimitedKey : access.starterKey;
        if (s.state == u"active" && key.isEmpty() && (s.productId == u"unlimited" || s.productId == u"starter"))
            key = s.primaryKey;
    }
    return access;
}

QHash<QString, QString> sandboxSecrets(const client::SandboxAccess &access)
{
    return {{client::kSandboxApiKeySecret, access.apiKey},
            {client::kSandboxUnlimitedKeySecret, access.unlimitedKey},
            {client::kSandboxStarterKeySecret, access.starterKey},
            {client::kSandboxAdminKeySecret, access.adminKey},
            {client::kSandboxOnlineKeySecret, access.onlineEndpointKey}};
}

bool isSandboxEnvironment(const QString &name)
{
    return name == client::kSandboxUnlimitedEnvironment || name == client::kSandboxStarterEnvironment ||
        name == client::kSandboxDirectEnvironment || name == client::kSandboxOnlineEnvironment;
}

} // namespace portico::app
