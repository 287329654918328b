// `make screenshots`: drives the console offscreen through a first launch, a scored RRS
// request, an error answer and the Keys dialog, and writes each as a PNG, so what a user
// sees can be looked at (and shown in the README) without a display.
//   portico-screenshots OUTPUT_DIR

#include "../common/testbesservice.h"

#include "common/datapaths.h"
#include "jobs/jobmonitor.h"
#include "jobs/jobsmodel.h"
#include "jobs/jobstimeline.h"
#include "jobs/jobsview.h"
#include "mainwindow.h"
#include "tryit/keyvaluemodel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Polls a condition on the event loop, then runs the next step; gives up after 30 s.
void when(const std::function<bool()> &condition, const std::function<void()> &next, int waitedMs = 0)
{
    if (condition()) {
        QTimer::singleShot(150, next); // let layouts and repaints settle
        return;
    }
    if (waitedMs > 30'000) {
        std::fprintf(stderr, "portico-screenshots: a step did not complete within 30 s\n");
        QCoreApplication::exit(1);
        return;
    }
    QTimer::singleShot(50, [=] { when(condition, next, waitedMs + 50); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = app.arguments().value(1, u"screenshots"_s);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 1;
    }
    QTemporaryDir dataDir;
    portico::ui::MainWindow window{portico::client::DataPaths(dataDir.path())};
    window.resize(1400, 860);
    window.show();

    int status = 0;
    auto save = [&](QWidget *widget, const QString &name) {
        const QString path = QDir(outDir).filePath(name);
        if (!widget->grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            status = 1;
        } else {
            std::printf("%s\n", qPrintable(path));
        }
    };
    auto *send = window.findChild<QPushButton *>(u"sendRequestButton"_s);
    auto *headersView = window.findChild<QTableView *>(u"headersTableView"_s);
    auto *headers = qobject_cast<portico::ui::KeyValueModel *>(headersView->model());
    int answers = 0;

    // The Jobs view with a job in every state, from a local batch service whose jobs ran
    // over the last few minutes, so the timeline has something to show.
    TestBesService besService;
    besService.scoreOnStart = false;
    std::unique_ptr<portico::ui::JobsView> jobsView;
    auto showJobs = [&] {
        besService.listen();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct { int status; int createdAgo, startedAgo, endedAgo; qint64 done, total; const char *details; } plan[] = {
            {4, 600, 590, 420, 1000, 1000, nullptr},
            {2, 480, 470, 400, 220, 1000, "InputParseError: Parsing of input vector failed at row 221."},
            {3, 380, 370, 300, 400, 5000, nullptr},
            {4, 300, 280, 120, 25000, 25000, nullptr},
            {1, 200, 190, -1, 61000, 100000, nullptr},
            {1, 90, 80, -1, 1200, 10000, nullptr},
            {0, 30, -1, -1, 0, -1, nullptr},
        };
        jobsView = std::make_unique<portico::ui::JobsView>(portico::client::DataPaths(dataDir.filePath(u"jobs"_s)),
                                                           nullptr, portico::ui::JobsView::WorkspaceProvider());
        jobsView->resize(1300, 760);
        int n = 0;
        for (const auto &p : plan) {
            TestBesService::Job j;
            j.id = QUuid::createUuid().toString(QUuid::Id128);
            j.status = p.status;
            j.created = now.addSecs(-p.createdAgo);
            if (p.startedAgo >= 0)
                j.started = now.addSecs(-p.startedAgo);
            if (p.endedAgo >= 0)
                j.ended = now.addSecs(-p.endedAgo);
            j.rowsDone = p.done;
            j.rowsTotal = p.total;
            if (p.details)
                j.details = QString::fromLatin1(p.details);
            besService.jobs.insert(j.id, j);
            portico::client::BatchJob job;
            job.id = j.id;
            job.endpoint.jobsUrl = besService.jobsUrl();
            job.endpoint.headers = {{"Authorization", "Bearer " + besService.apiKey.toUtf8()}};
            job.inputFile = u"/home/analyst/reviews-%1.csv"_s.arg(++n);
            job.inputLocation = u"/jobs/reviews-%1.csv"_s.arg(n);
            job.outputLocation = u"/jobs/reviews-%1-scored.csv"_s.arg(n);
            job.state.status = portico::client::JobStatus::NotStarted;
            jobsView->monitor()->addJob(job);
        }
        jobsView->show();
        when([&] {
            const auto jobs = jobsView->monitor()->jobs();
            return std::all_of(jobs.cbegin(), jobs.cend(), [](const auto &j) { return j.state.createdAt.isValid(); });
        }, [&] {
            jobsView->selectJob(jobsView->model()->job(1).id); // the failed one: its details show
            jobsView->timeline()->rebuild();
            when([] { return true; }, [&] {
                save(jobsView.get(), u"jobs-view.png"_s);
                app.quit();
            });
        });
    };
    QObject::connect(send, &QPushButton::clicked, &window, [&] { ++answers; });

    QObject::connect(&window, &portico::ui::MainWindow::ready, &window, [&] {
        when([] { return true; }, [&] {
            save(&window, u"first-launch.png"_s);
            send->click();
            when([&] { return send->isEnabled() && answers == 1; }, [&] {
                save(&window, u"rrs-response-table.png"_s);
                for (int r = 0; r < headers->rowCount(); ++r) {
                    if (headers->index(r, 0).data(Qt::EditRole).toString() == u"Authorization")
                        headers->setData(headers->index(r, 1), u"Bearer not-the-key"_s);
                }
                send->click();
                when([&] { return send->isEnabled() && answers == 2; }, [&] {
                    save(&window, u"error-response.png"_s);
                    window.findChild<QAction *>(u"keysAction"_s)->trigger();
                    when([&] { return window.findChild<QDialog *>() != nullptr; }, [&] {
                        save(window.findChild<QDialog *>(), u"keys-dialog.png"_s);
                        window.findChild<QDialog *>()->close();
                        showJobs();
                    });
                });
            });
        });
    });
    window.startEmbeddedSandbox();
    const int rc = app.exec();
    return rc ? rc : status;
}
