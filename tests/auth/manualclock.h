// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A clock the test moves: waits are held until the test releases them, and releasing one
// moves the time on by its length (or part of it, to poll early on purpose). The sandbox
// can read the same time, so both sides agree when a code or a token expires.

#include "client/auth/authclock.h"

#include <QList>
#include <QPointer>
#include <QTimer>

class ManualClock : public portico::client::auth::AuthClock
{
public:
    qint64 nowMs = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC); }
    void after(qint64 ms, QObject *context, std::function<void()> fn) override
    {
        m_waits.append(Wait{ms, QPointer<QObject>(context), std::move(fn)});
        requested.append(ms);
    }

    int pending() const { return int(m_waits.size()); }
    qint64 nextDelay() const { return m_waits.isEmpty() ? -1 : m_waits.first().ms; }
    // Moves on by fraction of the first wait and runs it, from the event loop.
    bool fireNext(double fraction = 1.0)
    {
        if (m_waits.isEmpty())
            return false;
        Wait wait = m_waits.takeFirst();
        nowMs += qint64(double(wait.ms) * fraction);
        if (wait.context)
            QTimer::singleShot(0, wait.context.data(), wait.fn);
        return true;
    }
    void advanceSeconds(qint64 seconds) { nowMs += seconds * 1000; }
    // Forgets the waits of an earlier test.
    void reset()
    {
        m_waits.clear();
        requested.clear();
    }

    QList<qint64> requested;

private:
    struct Wait
    {
        qint64 ms;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    QList<Wait> m_waits;
};
