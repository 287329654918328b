// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "app/portico-cli/clisession.h"

#include "app/portico-cli/exitcodes.h"
#include "app/portico/sandboxaccess.h"
#include "client/http/transport.h"
#include "client/interop/curlexport.h"
#include "client/secrets/secretstore.h"
#include "sandbox/embeddedsandbox.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace portico::cli {

CliSession::CliSession(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_paths(options.dataDir)
{
    const QString version = QCoreApplication::applicationVersion();
    m_transport =
        std::make_unique<client::Transport>("Portico-cli/" + (version.isEmpty() ? "dev"_ba : version.toLatin1()));
    m_secrets = std::make_unique<client::SecretStore>(m_paths.secretProfile());
}

CliSession::~CliSession()
{
    delete m_sandbox; // stops its thread
}

void CliSession::open(std::function<void(const Failure &)> done)
{
    m_done = std::move(done);
    const QString file = m_paths.workspaceFile();
    if (QFile::exists(file)) {
        QString error;
        std::optional<client::Workspace> loaded = client::Workspace::load(file, &error);
        if (!loaded) {
            m_done({WorkspaceError, CliText::tr("The workspace %1 does not read: %2").arg(file, error)});
            return;
        }
        m_workspace = *loaded;
        m_haveWorkspace = true;
    }
    // The environment asked for is one of the sample's sandbox environments, or there is no
    // workspace yet and a first launch would create the sample on the sandbox.
    const QString wanted = !m_options.environment.isEmpty() ? m_options.environment
        : m_haveWorkspace                                   ? m_workspace.activeEnvironment
                                                            : client::kSandboxUnlimitedEnvironment;
    const QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
    const bool sandboxOn = !m_options.noSandbox && settings.value(client::DataPaths::sandboxAtLaunchKey(), true).toBool();
    const bool needsSandbox =
        !m_haveWorkspace || (app::isSandboxEnvironment(wanted) && m_workspace.environment(wanted));
    if (!needsSandbox || !sandboxOn) {
        if (!m_haveWorkspace) {
            m_done(
                {WorkspaceError,
                 CliText::tr("There is no workspace at %1, and the sandbox that would create one is off.").arg(file)});
            return;
        }
        finishOpen();
        return;
    }
    m_sandbox = new sandbox::EmbeddedSandbox(this);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::started, this, [this] {
        const client::SandboxAccess access = app::sandboxAccess(*m_sandbox);
        m_sandboxSecrets = app::sandboxSecrets(access);
        // As the console does at launch; the file itself is left to the console.
        if (!m_haveWorkspace)
            m_workspace = client::sampleWorkspace(access.endpoints);
        else
            client::refreshSandboxEnvironments(&m_workspace, access.endpoints);
        m_haveWorkspace = true;
        finishOpen();
    });
    connect(m_sandbox, &sandbox::EmbeddedSandbox::failed, this, [this](const QString &message) {
        m_done({SandboxFailed, CliText::tr("The embedded sandbox did not start: %1").arg(message)});
    });
    sandbox::SandboxOptions options;
    options.dataDir = m_paths.sandboxDir();
    QDir().mkpath(m_paths.dataDir());
    m_sandbox->start(options);
}

void CliSession::finishOpen()
{
    m_done(chooseEnvironment());
}

Failure CliSession::chooseEnvironment()
{
    QString name = m_options.environment;
    if (name.isEmpty())
        name = m_workspace.activeEnvironment;
    if (name.isEmpty() && !m_workspace.environments.isEmpty())
        name = m_workspace.environments.constFirst().name;
    if (!name.isEmpty()) {
        const client::Environment *env = m_workspace.environment(name);
        if (!env) {
            QStringList names;
            for (const client::Environment &e : m_workspace.environments)
                names << u'"' + e.name + u'"';
            return {UnknownEnvironment,
                    CliText::tr("There is no environment \"%1\"; the workspace has %2.")
                        .arg(name, names.isEmpty() ? CliText::tr("none") : names.join(u", "_s))};
        }
        m_environment = *env;
    }
    for (const auto &[variable, value] : m_options.overrides) {
        bool replaced = false;
        for (auto &existing : m_environment.variables) {
            if (existing.first == variable) {
                existing.second = value;
                replaced = true;
            }
        }
        if (!replaced)
            m_environment.variables.append({variable, value});
    }
    return {};
}

QHash<QString, QString> CliSession::presetSecrets(const QStringList &names) const
{
    QHash<QString, QString> values;
    for (const QString &name : names) {
        const QByteArray variable = client::secretEnvironmentVariable(name).toLatin1();
        if (qEnvironmentVariableIsSet(variable.constData()))
            values.insert(name, qEnvironmentVariable(variable.constData()));
        else if (m_sandboxSecrets.contains(name))
            values.insert(name, m_sandboxSecrets.value(name));
    }
    return values;
}

QStringList CliSession::knownSecretValues() const
{
    QStringList values = m_sandboxSecrets.values();
    const QStringList environment = QProcessEnvironment::systemEnvironment().keys();
    for (const QString &key : environment) {
        if (key.startsWith(client::secretEnvironmentPrefix()))
            values << qEnvironmentVariable(key.toLatin1().constData());
    }
    values.removeAll(QString());
    return values;
}

const client::Api *CliSession::findApi(const QString &name, Failure *failure) const
{
    for (const client::Api &api : m_workspace.apis) {
        if (api.id == name || api.name.compare(name, Qt::CaseInsensitive) == 0)
            return &api;
    }
    QStringList ids;
    for (const client::Api &api : m_workspace.apis)
        ids << api.id;
    *failure = {UnknownApi,
                CliText::tr("There is no API \"%1\"; the workspace has %2.")
                    .arg(name, ids.isEmpty() ? CliText::tr("none") : ids.join(u", "_s))};
    return nullptr;
}

const client::Operation *CliSession::findOperation(const client::Api &api, const QString &name, Failure *failure) const
{
    for (const client::Operation &op : api.operations) {
        if (op.id == name || op.name.compare(name, Qt::CaseInsensitive) == 0)
            return &op;
    }
    QStringList ids;
    for (const client::Operation &op : api.operations)
        ids << op.id;
    *failure = {UnknownOperation,
                CliText::tr("The API %1 has no operation \"%2\"; it has %3.")
                    .arg(api.id, name, ids.isEmpty() ? CliText::tr("none") : ids.join(u", "_s))};
    return nullptr;
}

} // namespace portico::cli
