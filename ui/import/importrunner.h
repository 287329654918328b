// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Runs one import off the UI thread: reads a file, a pasted text or a URL (fetched through the
// console's shared engine, as are the documents a URL's $refs point to), reports progress and
// stops when cancelled. Nothing is merged here; the result goes to the preview.

#include "client/interop/importer.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace portico::client {
struct Exchange;
class HttpEngine;
} // namespace portico::client

namespace portico::ui {

class ImportRunner : public QObject
{
    Q_OBJECT
public:
    // engine belongs to the caller and lives on this thread (the transport's UI-thread engine).
    explicit ImportRunner(client::HttpEngine *engine, QObject *parent = nullptr);
    // Stops a running import and waits for its thread to notice, which it does between paths.
    ~ImportRunner() override;

    void importFile(const QString &path);
    void importUrl(const QUrl &url);
    void importText(const QByteArray &text);
    // finished() follows with cancelled set; the workspace was never touched.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void fetching(const QUrl &url);
    void progress(int done, int total);
    void finished(const portico::client::ImportResult &result);

private:
    struct Shared;
    using Fetched = std::function<void(const std::optional<QByteArray> &bytes, const QString &error)>;

    void run(const std::function<client::ImportResult(const client::ImportOptions &)> &work, bool remoteRefs);
    void fetch(const QUrl &url, const Fetched &done);
    void onExchange(const client::Exchange &exchange);
    void finish(const client::ImportResult &result);

    client::HttpEngine *m_engine;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<client::ImportResult> *m_watcher;
    QHash<quint64, Fetched> m_fetches; // in flight on the engine
    bool m_running = false;
};

} // namespace portico::ui
