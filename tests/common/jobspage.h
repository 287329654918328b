// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A Jobs view with what the composition root gives it in the console: an engine, the job
// store of a profile, a batch client and the monitor, torn down in the console's order (the
// view, then the monitor, which writes what it holds before the store closes). It behaves as a
// pointer to the view.

#include "client/common/datapaths.h"
#include "client/http/httpengine.h"
#include "client/jobs/besclient.h"
#include "client/jobs/jobmonitor.h"
#include "client/jobs/jobstore.h"
#include "ui/jobs/jobsview.h"

#include <QNetworkProxy>

#include <memory>

namespace portico::testing {

struct JobsPage
{
    std::unique_ptr<client::HttpEngine> engine;
    std::unique_ptr<client::JobStore> store;
    std::unique_ptr<client::BesClient> bes;
    std::unique_ptr<client::JobMonitor> monitor;
    std::unique_ptr<ui::JobsView> view;

    JobsPage() = default;
    JobsPage(JobsPage &&) = default;
    JobsPage &operator=(JobsPage &&) = default;
    ~JobsPage()
    {
        view.reset();
        monitor.reset();
    }

    ui::JobsView *get() const { return view.get(); }
    ui::JobsView *operator->() const { return view.get(); }
    ui::JobsView &operator*() const { return *view; }
};

inline JobsPage makeJobsPage(const client::DataPaths &paths, client::SecretStore *secrets,
                             ui::JobsView::WorkspaceProvider workspace)
{
    JobsPage page;
    page.engine = std::make_unique<client::HttpEngine>();
    page.engine->setProxy(QNetworkProxy::NoProxy);
    page.store = std::make_unique<client::JobStore>(paths.jobsFile());
    QString error;
    if (!page.store->open(&error))
        qWarning("jobs: %s", qUtf8Printable(error));
    page.bes = std::make_unique<client::BesClient>(secrets, page.engine.get());
    page.monitor = std::make_unique<client::JobMonitor>(page.bes.get(), page.store.get());
    page.view = std::make_unique<ui::JobsView>(page.monitor.get(), page.bes.get(), secrets, paths.jobOutputsDir(),
                                               std::move(workspace));
    return page;
}

} // namespace portico::testing
