// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// For tests: how long the UI thread goes without running a 5 ms heartbeat, in wall time
// and in the thread's own CPU time, net of what QAbstractItemModelTester spends walking
// every row of the model on every change (the tester would otherwise measure itself).

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <time.h>

class StallMeter : public QObject
{
public:
    // Connect before and after the model's QAbstractItemModelTester is created: slots run
    // in the order they were connected, so the two brackets enclose the tester's own.
    void bracketTesterBefore(QAbstractItemModel *model) { bracket(model, true); }
    void bracketTesterAfter(QAbstractItemModel *model) { bracket(model, false); }

    void start()
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(5);
        connect(&m_heartbeat, &QTimer::timeout, this, &StallMeter::tick);
        m_clock.start();
        m_lastWall = 0;
        m_lastCpu = cpuMs();
        m_heartbeat.start();
    }
    // Counts the gap still open, so a stall just before stop() is not missed.
    void stop()
    {
        tick();
        m_heartbeat.stop();
    }

    qint64 maxWallGap() const { return m_maxWall; }
    qint64 maxCpuGap() const { return m_maxCpu; }
    qint64 testerMs() const { return m_testerTotal; }

private:
    static qint64 cpuMs()
    {
        timespec now;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    }

    void tick()
    {
        const qint64 wall = m_clock.elapsed();
        const qint64 cpu = cpuMs();
        m_maxWall = qMax(m_maxWall, wall - m_lastWall - m_testerWall);
        m_maxCpu = qMax(m_maxCpu, cpu - m_lastCpu - m_testerCpu);
        m_lastWall = wall;
        m_lastCpu = cpu;
        m_testerWall = 0;
        m_testerCpu = 0;
    }

    void bracket(QAbstractItemModel *model, bool before)
    {
        const auto mark = [this, before] {
            if (before) {
                m_enteredWall = m_clock.isValid() ? m_clock.elapsed() : 0;
                m_enteredCpu = cpuMs();
            } else if (m_clock.isValid()) {
                const qint64 wall = m_clock.elapsed() - m_enteredWall;
                m_testerWall += wall;
                m_testerCpu += cpuMs() - m_enteredCpu;
                m_testerTotal += wall;
            }
        };
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, mark);
        connect(model, &QAbstractItemModel::rowsInserted, this, mark);
        connect(model, &QAbstractItemModel::modelReset, this, mark);
        connect(model, &QAbstractItemModel::dataChanged, this, mark);
        connect(model, &QAbstractItemModel::layoutChanged, this, mark);
    }

    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_lastWall = 0;
    qint64 m_lastCpu = 0;
    qint64 m_maxWall = 0;
    qint64 m_maxCpu = 0;
    qint64 m_enteredWall = 0;
    qint64 m_enteredCpu = 0;
    qint64 m_testerWall = 0;
    qint64 m_testerCpu = 0;
    qint64 m_testerTotal = 0;
};
