// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The response viewer showing one large JSON body, as a 200 answer from HttpEngine would
// hand it over: in memory up to the engine's spool threshold, in a spool file above it. Run
// one body per process, so the peak memory is that body's alone. Prints one JSON line:
//   firstScreenMs  from calling showExchange() to the end of the first repaint of the Raw
//                  tab's list that draws a line of the body (rows in the model are not
//                  enough: the list draws only rows it has laid out), that repaint and its
//                  flush included.
//   idleMs         from the same call to the moment the viewer is done: the Raw tab has
//                  indexed every line, the Pretty and Table tabs have their final content,
//                  and from then on the UI thread spends at most kQuietCpuMs of CPU in any
//                  kQuietWindowMs (what is left then, like the list's batched layout of
//                  the last rows, no longer makes the window wait).
//   maxGapMs       the longest gap between beats of a 5 ms timer on the UI thread, from the
//                  call until idle is recognised: how long the window could not react.
//   maxCpuGapMs    the UI thread's own CPU time within that same kind of gap; far below
//                  maxGapMs means the machine took the CPU away, not that the viewer worked.
//   formattedMs    from the same call to formattingFinished(): the Pretty tree and the
//                  Table tab have their content (the Raw tab may still be indexing lines).
//   peakRssKb      VmHWM at idle; baselineRssKb the same just before the call, with the
//                  viewer shown empty and, for an in-memory body, the body already read.
//   bench_response FILE

#include "client/http/exchange.h"
#include "client/http/httpengine.h"
#include "ui/response/lazytextmodel.h"
#include "ui/response/responseviewer.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListView>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <functional>
#include <time.h>

using namespace Qt::StringLiterals;
using portico::client::Exchange;
using portico::ui::LazyTextModel;
using portico::ui::ResponseViewer;

namespace {

constexpr int kHeartbeatMs = 5;
constexpr double kQuietWindowMs = 100;
constexpr double kQuietCpuMs = 10;
constexpr int kTimeoutMs = 120'000;

double threadCpuMs()
{
    timespec now;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

qint64 statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class Heartbeat : public QObject
{
public:
    // done() decides when loading is over; once it holds, the beat watches for the quiet
    // window and then calls idle() with the time the window began.
    Heartbeat(std::function<bool()> done, std::function<void(double)> idle)
        : m_done(std::move(done))
        , m_idle(std::move(idle))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kHeartbeatMs);
        connect(&m_timer, &QTimer::timeout, this, &Heartbeat::tick);
    }

    void start()
    {
        m_clock.start();
        m_lastWall = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }
    double maxGapMs() const { return m_maxGap; }
    double maxCpuGapMs() const { return m_maxCpuGap; }

private:
    struct Sample
    {
        double wall;
        double cpu;
    };

    void tick()
    {
        const double wall = elapsedMs();
        const double cpu = threadCpuMs();
        m_maxGap = qMax(m_maxGap, wall - m_lastWall);
        m_maxCpuGap = qMax(m_maxCpuGap, cpu - m_lastCpu);
        m_lastWall = wall;
        m_lastCpu = cpu;
        if (m_samples.empty() && !m_done())
            return;
        m_samples.push_back({wall, cpu});
        while (m_samples.size() > 1 && m_samples[1].wall <= wall - kQuietWindowMs)
            m_samples.pop_front();
        const Sample &from = m_samples.front();
        if (from.wall <= wall - kQuietWindowMs && cpu - from.cpu <= kQuietCpuMs) {
            m_timer.stop();
            m_idle(from.wall);
        }
    }

    std::function<bool()> m_done;
    std::function<void(double)> m_idle;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastWall = 0;
    double m_lastCpu = 0;
    double m_maxGap = 0;
    double m_maxCpuGap = 0;
    std::deque<Sample> m_samples;
};

// Stands in front of the Raw list's own delegate and passes everything through, to learn
// when a line of the body is really drawn: the list paints nothing for rows it has not
// laid out yet, and asking it (indexAt() and the like) would lay them out there and then.
// The queued call runs once the paint under way, flush included, has been handled.
class FirstScreen : public QAbstractItemDelegate
{
public:
    FirstScreen(QListView *list, std::function<void()> shown)
        : m_list(list)
        , m_inner(list->itemDelegate())
        , m_shown(std::move(shown))
    {
        list->setItemDelegate(this);
    }
    bool seen() const { return m_seen; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        m_inner->paint(painter, option, index);
        if (!m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(m_list, m_shown, Qt::QueuedConnection);
        }
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return m_inner->sizeHint(option, index);
    }
    // The Raw list is read-only: no editors to pass through.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        return m_inner->helpEvent(event, view, option, index);
    }

private:
    QListView *m_list;
    QAbstractItemDelegate *m_inner;
    std::function<void()> m_shown;
    mutable bool m_seen = false;
};

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_response FILE\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const qint64 threshold = portico::client::HttpEngine().spoolThreshold();

    Exchange exchange;
    exchange.id = 1;
    exchange.request.method = "POST";
    exchange.request.url =
        QUrl(u"http://127.0.0.1:8080/workspaces/ws/services/svc/execute?api-version=2.0&details=true"_s);
    exchange.finalUrl = exchange.request.url;
    exchange.status = 200;
    exchange.reason = "OK";
    exchange.responseHeaders = {{"Content-Type", "application/json; charset=utf-8"}};
    exchange.bodySize = file.size();
    if (exchange.bodySize > threshold)
        exchange.bodyFile = file.fileName();
    else
        exchange.body = file.readAll();
    file.close();
    exchange.headersAfterMs = 40;
    exchange.finishedAfterMs = 900;

    ResponseViewer viewer;
    viewer.resize(1100, 700);
    viewer.findChild<QTabWidget *>(u"responseTabWidget"_s)->setCurrentIndex(ResponseViewer::RawTab);
    viewer.show();
    auto *list = viewer.findChild<QListView *>(u"rawBodyView"_s);
    auto *raw = qobject_cast<LazyTextModel *>(list->model());
    if (!raw) {
        std::fprintf(stderr, "the Raw tab has no LazyTextModel\n");
        return 1;
    }

    QEventLoop loop;
    double firstScreenMs = -1;
    double idleMs = -1;
    bool formatted = false;
    double formattedMs = -1;
    Heartbeat beat([&] { return firstScreenMs >= 0 && formatted && !raw->isIndexing(); },
                   [&](double at) {
                       idleMs = at;
                       loop.quit();
                   });
    FirstScreen firstScreen(list, [&] { firstScreenMs = beat.elapsedMs(); });
    QObject::connect(&viewer, &ResponseViewer::formattingFinished, &viewer, [&] {
        formatted = true;
        formattedMs = beat.elapsedMs();
    });
    QTimer::singleShot(kTimeoutMs, &loop, [&] { loop.exit(1); });

    // The empty viewer's own first paints and layouts are not the body's.
    spin(300);
    const qint64 baselineKb = statusKb("VmHWM");

    beat.start();
    viewer.showExchange(portico::client::RedactedExchange::of(exchange, {}));
    if (loop.exec() != 0) {
        std::fprintf(stderr, "the viewer was not idle within %d ms (first screen %s, formatted %s, indexing %s)\n",
                     kTimeoutMs, firstScreen.seen() ? "shown" : "not shown", formatted ? "yes" : "no",
                     raw->isIndexing() ? "still" : "done");
        return 1;
    }

    std::printf(
        "{\"bytes\":%lld,\"spooled\":%s,\"lines\":%d,\"firstScreenMs\":%.1f,\"idleMs\":%.1f,"
        "\"formattedMs\":%.1f,\"maxGapMs\":%.1f,\"maxCpuGapMs\":%.1f,\"peakRssKb\":%lld,\"baselineRssKb\":%lld}\n",
        static_cast<long long>(exchange.bodySize), exchange.isSpooled() ? "true" : "false", raw->rowCount(),
        firstScreenMs, idleMs, formattedMs, beat.maxGapMs(), beat.maxCpuGapMs(),
        static_cast<long long>(statusKb("VmHWM")), static_cast<long long>(baselineKb));
    return 0;
}
