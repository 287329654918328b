// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "app/portico/console.h"

#include "app/portico/sandboxaccess.h"
#include "client/arm/azuresession.h"
#include "client/catalog/sampleworkspace.h"
#include "client/history/historystore.h"
#include "client/http/transport.h"
#include "client/http/truststore.h"
#include "client/jobs/besclient.h"
#include "client/jobs/jobmonitor.h"
#include "client/jobs/jobstore.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "client/usage/reportsclient.h"
#include "sandbox/embeddedsandbox.h"
#include "ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace portico::app {

Q_LOGGING_CATEGORY(lcConsole, "portico.console")

Console::Console(const client::DataPaths &paths, QObject *parent)
    : QObject(parent)
    , m_paths(paths)
{
    QDir().mkpath(paths.dataDir());
    m_transport = std::make_unique<client::Transport>(userAgent());
    // The user's certificate exceptions, for every engine of the console.
    m_transport->trustStore()->setSettingsFile(paths.settingsFile());
    m_secrets = std::make_unique<client::SecretStore>(paths.secretProfile());
}

void Console::openServices()
{
    if (m_servicesOpen)
        return;
    m_servicesOpen = true;
    const client::DataPaths &paths = m_paths;
    m_history = std::make_unique<client::HistoryStore>(paths.historyFile());
    QString historyProblem;
    if (!m_history->open(&historyProblem))
        qCWarning(lcConsole).noquote() << historyProblem;
    m_jobStore = std::make_unique<client::JobStore>(paths.jobsFile());
    QString jobsProblem;
    if (!m_jobStore->open(&jobsProblem))
        qCWarning(lcConsole).noquote() << "jobs:" << jobsProblem;

    client::HttpEngine *engine = m_transport->engine();
    m_bes = std::make_unique<client::BesClient>(m_secrets.get(), engine);
    m_jobs = std::make_unique<client::JobMonitor>(m_bes.get(), m_jobStore.get());
    m_management = std::make_unique<client::ManagementClient>(m_secrets.get(), engine);
    m_reports = std::make_unique<client::ReportsClient>(m_secrets.get(), engine);
    // The connection's names are in settings.ini; its tokens only in the keychain.
    m_session = std::make_unique<client::AzureSession>(m_transport.get(), m_secrets.get(), paths.settingsFile());
    m_session->restore();

    m_services.paths = paths;
    m_services.transport = m_transport.get();
    m_services.secrets = m_secrets.get();
    m_services.history = m_history.get();
    m_services.historyProblem = historyProblem;
    m_services.bes = m_bes.get();
    m_services.jobs = m_jobs.get();
    m_services.jobsProblem = jobsProblem;
    m_services.management = m_management.get();
    m_services.reports = m_reports.get();
    m_services.session = m_session.get();
}

Console::~Console()
{
    // The window first (its pages hold the clients), then the sandbox's thread, then the
    // monitor, which writes what it still holds before the job store closes.
    m_window.reset();
    delete m_sandbox;
    m_sandbox = nullptr;
    m_jobs.reset();
    m_jobStore.reset();
}

const ui::Services &Console::services()
{
    openServices();
    return m_services;
}

ui::MainWindow *Console::window()
{
    if (!m_window) {
        openServices();
        m_window = std::make_unique<ui::MainWindow>(m_services);
        if (m_sandbox)
            connectSandbox();
    }
    return m_window.get();
}

QByteArray Console::userAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return "Portico/" + (version.isEmpty() ? "dev"_ba : version.toLatin1());
}

bool Console::sandboxEnabled() const
{
    // Read here rather than from the window, so the sandbox can start before it is built.
    const QSettings settings(m_paths.settingsFile(), QSettings::IniFormat);
    return settings.value(client::DataPaths::sandboxAtLaunchKey(), true).toBool();
}

void Console::startSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new sandbox::EmbeddedSandbox(this);
    if (m_window)
        connectSandbox();
    // Otherwise window() connects it: what the sandbox says arrives queued, on this thread,
    // so not before control is back in the event loop, and the window is built by then.
    sandbox::SandboxOptions options;
    options.dataDir = m_paths.sandboxDir();
    m_sandbox->start(options);
}

void Console::connectSandbox()
{
    ui::MainWindow *w = m_window.get();
    connect(m_sandbox, &sandbox::EmbeddedSandbox::started, w,
            [this, w] { w->attachSandbox(sandboxAccess(*m_sandbox)); });
    connect(m_sandbox, &sandbox::EmbeddedSandbox::failed, w, &ui::MainWindow::showSandboxFailed);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::storageReady, w, &ui::MainWindow::attachStorage);
    connect(m_sandbox, &sandbox::EmbeddedSandbox::storageFailed, w, &ui::MainWindow::showStorageFailed);
    // The sandbox's Azurite (a Node.js process) starts when batch jobs are first looked at,
    // not with every launch.
    connect(w, &ui::MainWindow::storageWanted, m_sandbox, [this] {
        if (m_sandbox->isRunning())
            m_sandbox->ensureStorage();
    });
    // A sandbox started and answered before the window was built (not so in main(), where
    // the window is built before the event loop runs).
    if (m_sandbox->isRunning())
        w->attachSandbox(sandboxAccess(*m_sandbox));
    else if (!m_sandbox->failure().isEmpty())
        w->showSandboxFailed(m_sandbox->failure());
    else
        w->showSandboxStarting();
}

} // namespace portico::app
