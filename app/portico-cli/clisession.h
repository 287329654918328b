// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What every portico-cli command starts from: the profile's workspace, the environment to use
// (its variables overridden with --set), the transport and keychain the console uses, and the
// embedded sandbox, started like the console starts it when the environment is one of the
// sample's sandbox environments.

#include "client/catalog/sampleworkspace.h"
#include "client/catalog/workspace.h"
#include "client/common/datapaths.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace portico::client {
class SecretStore;
class Transport;
} // namespace portico::client

namespace portico::sandbox {
class EmbeddedSandbox;
}

namespace portico::cli {

struct Failure
{
    int code = 0;
    QString message; // one line
};

class CliSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        QString environment;                      // empty: the workspace's active one
        QList<QPair<QString, QString>> overrides; // --set name=value
        bool noSandbox = false;
    };

    explicit CliSession(const Options &options, QObject *parent = nullptr);
    ~CliSession() override;

    // Loads the workspace and the environment, starting the sandbox when the environment needs
    // it; done gets an empty failure (code 0) when everything is ready.
    void open(std::function<void(const Failure &)> done);

    const client::Workspace &workspace() const { return m_workspace; }
    const client::DataPaths &paths() const { return m_paths; }
    const client::Environment &environment() const { return m_environment; }
    client::Transport *transport() const { return m_transport.get(); }
    client::SecretStore *secrets() const { return m_secrets.get(); }
    // Values for the secrets named, from PORTICO_SECRET_<NAME> first, then the sandbox this
    // process runs; the rest come from the keychain.
    QHash<QString, QString> presetSecrets(const QStringList &names) const;
    // Every key value this process may hold, for scrubbing what it prints.
    QStringList knownSecretValues() const;

    // Finds an API, and an operation of it, by id or by display name.
    const client::Api *findApi(const QString &name, Failure *failure) const;
    const client::Operation *findOperation(const client::Api &api, const QString &name, Failure *failure) const;

private:
    void finishOpen();
    Failure chooseEnvironment();

    Options m_options;
    client::DataPaths m_paths;
    std::unique_ptr<client::Transport> m_transport;
    std::unique_ptr<client::SecretStore> m_secrets;
    sandbox::EmbeddedSandbox *m_sandbox = nullptr;
    client::Workspace m_workspace;
    bool m_haveWorkspace = false;
    client::Environment m_environment;
    QHash<QString, QString> m_sandboxSecrets;
    std::function<void(const Failure &)> m_done;
};

// Message texts of the command line, under one translation context.
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

} // namespace portico::cli
