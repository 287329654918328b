// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Records every gateway call for the usage reports. Calls are buffered and written to
// SQLite in one transaction every few hundred milliseconds, so recording never costs a
// disk sync per request.

#include "sandbox/state/sandboxmodel.h"

#include <QObject>
#include <QTimer>

namespace portico::sandbox {

class SandboxStore;

class UsageLog : public QObject
{
    Q_OBJECT
public:
    explicit UsageLog(SandboxStore *store, QObject *parent = nullptr);
    ~UsageLog() override;

    void record(const UsageRecord &record);
    // Writes what is buffered now; true when it reached the database.
    bool flush();
    qsizetype pending() const { return m_pending.size(); }

    static constexpr int kFlushIntervalMs = 250;
    static constexpr qsizetype kFlushBatch = 2000;

private:
    SandboxStore *m_store;
    QList<UsageRecord> m_pending;
    QTimer m_timer;
};

} // namespace portico::sandbox
