// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What the window and its pages are given by the program that builds them (the composition
// root in app/): the client core's services, none owned by the UI. A page takes what it needs;
// none builds a client or a transport of its own.

#include "client/common/datapaths.h"

#include <QString>

namespace portico::client {
class AzureSession;
class BesClient;
class HistoryStore;
class JobMonitor;
class ManagementClient;
class ReportsClient;
class SecretStore;
class Transport;
} // namespace portico::client

namespace portico::ui {

struct Services
{
    client::DataPaths paths;
    client::Transport *transport = nullptr;
    client::SecretStore *secrets = nullptr;
    client::HistoryStore *history = nullptr; // closed when it could not be opened:
    QString historyProblem;                  // then this says why
    client::BesClient *bes = nullptr;
    client::JobMonitor *jobs = nullptr;
    QString jobsProblem; // why the job list could not be opened (jobs then last this session only)
    client::ManagementClient *management = nullptr;
    client::ReportsClient *reports = nullptr;
    // The connection the publisher, keys and dashboard work on (the local sandbox's clients
    // above, or an Azure API Management instance's); may be null, meaning the local sandbox.
    client::AzureSession *session = nullptr;
};

} // namespace portico::ui
