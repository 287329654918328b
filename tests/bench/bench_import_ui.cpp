// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// How long the UI thread goes unanswered while File > Import reads a large description: the
// import runs through the dialog's own runner (off the UI thread, with progress), and a 1 ms
// timer on the UI thread records the longest gap between its ticks. The reference is the same
// timer on an idle loop for the same length of time, in the same process. Prints one JSON line:
//   ms          the import, start to finished()
//   stallMs     the longest gap between two ticks while it ran
//   idleStallMs the longest gap over the same time with nothing running
//   progress    how many progress() signals reached the UI thread
//   bench_import_ui FILE
#include "client/http/httpengine.h"
#include "ui/import/importrunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace {

// The longest gap between two ticks of a 1 ms timer while the loop runs until stop().
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = qMax(m_longest, m_clock.restart());
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return qMax(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bench_import_ui FILE\n");
        return 2;
    }
    portico::client::HttpEngine engine;
    portico::ui::ImportRunner runner(&engine);
    int progress = 0;
    bool ok = false;
    QString error;
    QEventLoop loop;
    QObject::connect(&runner, &portico::ui::ImportRunner::progress, [&progress](int, int) { ++progress; });
    QObject::connect(&runner, &portico::ui::ImportRunner::finished,
                     [&](const portico::client::ImportResult &result) {
                         ok = result.ok();
                         error = result.error;
                         loop.quit();
                     });
    GapMeter meter;
    QElapsedTimer took;
    QTimer::singleShot(0, [&] {
        took.start();
        meter.start();
        runner.importFile(QString::fromLocal8Bit(argv[1]));
    });
    loop.exec();
    const qint64 stall = meter.stop();
    const qint64 ms = took.elapsed();
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The same meter on an idle loop, as long as the import took.
    meter.start();
    QTimer::singleShot(int(qMax<qint64>(ms, 1)), &loop, &QEventLoop::quit);
    loop.exec();
    const qint64 idle = meter.stop();
    std::printf("{\"ms\": %lld, \"stallMs\": %lld, \"idleStallMs\": %lld, \"progress\": %d}\n",
                static_cast<long long>(ms), static_cast<long long>(stall), static_cast<long long>(idle), progress);
    return 0;
}
