// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's composition root: builds the one transport (engines sharing one trust store),
// opens the secret store, the history and the job store, builds the clients, starts the
// embedded sandbox and hands all of it to the main window. Only this code knows both the UI
// and the sandbox.

#include "client/common/datapaths.h"
#include "ui/services.h"

#include <QObject>

#include <memory>

namespace portico::client {
class AzureSession;
class BesClient;
class HistoryStore;
class JobMonitor;
class JobStore;
class ManagementClient;
class ReportsClient;
class SecretStore;
class Transport;
} // namespace portico::client

namespace portico::sandbox {
class EmbeddedSandbox;
}

namespace portico::ui {
class MainWindow;
}

namespace portico::app {

class Console : public QObject
{
    Q_OBJECT
public:
    // The profile's files live under paths; the user agent goes out with every request.
    explicit Console(const client::DataPaths &paths, QObject *parent = nullptr);
    ~Console() override;

    // The services, the history and the job store opened on the first call.
    const ui::Services &services();
    // The main window, built on the first call.
    ui::MainWindow *window();

    // The user's setting (Tools menu of the window): start the sandbox at launch.
    bool sandboxEnabled() const;
    // Runs the sandbox on a thread of its own, its state under the profile's sandbox/, and
    // tells the window where it listens once it is up (its keys go to the keychain). Called
    // before the window is built, the sandbox starts on the other core while the stores open
    // and the window is built, which is most of a launch.
    void startSandbox();
    sandbox::EmbeddedSandbox *sandbox() const { return m_sandbox; }

    static QByteArray userAgent();

private:
    void openServices();
    void connectSandbox();

    client::DataPaths m_paths;
    bool m_servicesOpen = false;
    ui::Services m_services;
    // In building order; torn down in reverse, the window first.
    std::unique_ptr<client::Transport> m_transport;
    std::unique_ptr<client::SecretStore> m_secrets;
    std::unique_ptr<client::HistoryStore> m_history;
    std::unique_ptr<client::JobStore> m_jobStore;
    std::unique_ptr<client::BesClient> m_bes;
    std::unique_ptr<client::JobMonitor> m_jobs;
    std::unique_ptr<client::ManagementClient> m_management;
    std::unique_ptr<client::ReportsClient> m_reports;
    std::unique_ptr<client::AzureSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    sandbox::EmbeddedSandbox *m_sandbox = nullptr; // a child: stopped before the window goes
};

} // namespace portico::app
