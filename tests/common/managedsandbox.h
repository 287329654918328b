// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What the publisher's tests start from: a sandbox on ephemeral ports in a temporary
// directory, its admin key in a keychain profile of the test's own, and a management client
// pointed at its gateway. The key leaves the keychain again with removeAdminKey().

#include "client/catalog/sampleworkspace.h"
#include "client/http/httpengine.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"

#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace portico::test {

class ManagedSandbox
{
public:
    // store, engine and client are parented to owner. False, with the reason, when any part fails.
    bool start(QObject *owner, QString *error, int waitMs = 20'000)
    {
        if (!dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        sandbox::SandboxOptions options;
        options.dataDir = dir.filePath(QStringLiteral("sandbox"));
        if (!sandbox.start(options, error))
            return false;
        secrets =
            new client::SecretStore(QStringLiteral("t") + QUuid::createUuid().toString(QUuid::Id128).left(12), owner);
        bool written = false;
        bool answered = false;
        secrets->write(client::kSandboxAdminKeySecret, sandbox.credentials().adminKey, owner,
                       [&](const client::SecretStore::Result &r) {
                           answered = true;
                           written = r.ok();
                           if (!r.ok())
                               *error = r.message;
                       });
        if (!QTest::qWaitFor([&] { return answered; }, waitMs)) {
            *error = QStringLiteral("the keychain did not answer");
            return false;
        }
        if (!written)
            return false;
        engine = new client::HttpEngine(nullptr, owner);
        engine->setProxy(QNetworkProxy::NoProxy);
        client = new client::ManagementClient(secrets, engine, owner);
        client->setGateway(sandbox.gatewayUrl(), client::kSandboxAdminKeySecret);
        return true;
    }

    bool removeAdminKey(QObject *owner, int waitMs = 20'000)
    {
        bool removed = false;
        secrets->remove(client::kSandboxAdminKeySecret, owner,
                        [&](const client::SecretStore::Result &) { removed = true; });
        return QTest::qWaitFor([&] { return removed; }, waitMs);
    }

    QTemporaryDir dir;
    sandbox::Sandbox sandbox;
    client::SecretStore *secrets = nullptr;
    client::HttpEngine *engine = nullptr;
    client::ManagementClient *client = nullptr;
};

} // namespace portico::test
