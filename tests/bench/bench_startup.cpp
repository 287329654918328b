// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Start-up to the first painted window, one launch per process. Built twice: bench_startup is
// the console's main window on a first launch, set up as app/portico/main.cpp does, counted
// once the embedded sandbox is up and the sample workspace shows RRS Execute; built with
// PORTICO_BENCH_MINIMAL, it is the reference, a QMainWindow with a QLabel linked against
// nothing but Qt Widgets, so it loads no more libraries than a minimal program would.
// Prints "painted MS" (milliseconds since main() began) and exits; the caller times the
// launch from outside, which is what counts (see startup.py).
// With PORTICO_BENCH_IDLE_RSS=1 it instead stays up a few seconds after that paint, the
// sandbox running, and prints "idle-rss KB" (VmRSS of the process, idle) before it exits.
//   bench_startup DATA_DIR
//   bench_startup_minimal [ANYTHING]

#ifndef PORTICO_BENCH_MINIMAL
#include "app/portico/console.h"
#include "client/common/datapaths.h"
#include "ui/mainwindow.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#else
#include <QLabel>
#endif

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 30'000;
// Long enough for start-up's deferred work (sandbox routes, first polls, caches) to settle.
constexpr int kIdleSettleMs = 3'000;

long vmRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// Looks at every paint event in the application, because after the first one only the
// widgets that changed are repainted and the window itself may get none. Reports after the
// event that painted has been handled in full, flush to the backing store included: a
// queued call runs only once control is back in the event loop.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, const QElapsedTimer &clock)
        : m_window(window)
        , m_clock(clock)
    {
        qApp->installEventFilter(this);
    }

    void arm() { m_armed = true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && !m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this, [this] { report(); }, Qt::QueuedConnection);
        }
        return false;
    }

private:
    void report()
    {
        if (qEnvironmentVariableIntValue("PORTICO_BENCH_IDLE_RSS") == 1) {
            QTimer::singleShot(kIdleSettleMs, this, [] {
                std::printf("idle-rss %ld\n", vmRssKb());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
            return;
        }
        std::printf("painted %.1f\n", double(m_clock.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
        QCoreApplication::quit();
    }

    QWidget *m_window;
    const QElapsedTimer &m_clock;
    bool m_armed = false;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QTimer::singleShot(kTimeoutMs + kIdleSettleMs, &app, [] {
        std::fprintf(stderr, "no first paint within %d ms\n", kTimeoutMs);
        QCoreApplication::exit(1);
    });

#ifdef PORTICO_BENCH_MINIMAL
    QMainWindow window;
    window.setCentralWidget(new QLabel(u"Hello"_s, &window));
    FirstPaint firstPaint(&window, clock);
    firstPaint.arm();
    window.show();
#else
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_startup DATA_DIR\n");
        return 2;
    }
    // As the console's own main(), but for its translations of itself: those are compiled
    // into the portico executable alone, and loading them is a small share of a start-up.
    QApplication::setApplicationName(u"portico"_s);
    QApplication::setApplicationDisplayName(u"Portico"_s);
    QApplication::setOrganizationName(u"portico"_s);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

    portico::app::Console console{portico::client::DataPaths(args.at(1))};
    // As main() does: the sandbox starts on the other core while the window is built.
    console.startSandbox();
    portico::ui::MainWindow &window = *console.window();
    FirstPaint firstPaint(&window, clock);
    // The window paints while the sandbox is still starting; the one a user waits for is the
    // one after the workspace is in place.
    QObject::connect(&window, &portico::ui::MainWindow::ready, &firstPaint, &FirstPaint::arm);
    window.show();
#endif
    return app.exec();
}
