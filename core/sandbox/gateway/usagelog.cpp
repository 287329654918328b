// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/gateway/usagelog.h"

#include "sandbox/state/sandboxstore.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUsage, "portico.sandbox.usage")

namespace portico::sandbox {

UsageLog::UsageLog(SandboxStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &UsageLog::flush);
}

UsageLog::~UsageLog()
{
    flush();
}

void UsageLog::record(const UsageRecord &record)
{
    m_pending.append(record);
    if (m_pending.size() >= kFlushBatch)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

bool UsageLog::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    if (!m_store->appendUsage(m_pending)) {
        // Keep the records for the next attempt rather than lose them; bound the backlog.
        qCWarning(lcUsage) << "could not write" << m_pending.size() << "usage records; will retry";
        if (m_pending.size() > 100 * kFlushBatch)
            m_pending.remove(0, m_pending.size() - 100 * kFlushBatch);
        m_timer.start();
        return false;
    }
    m_pending.clear();
    return true;
}

} // namespace portico::sandbox
