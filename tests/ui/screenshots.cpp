// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// `make screenshots`: drives the console offscreen through a first launch, a scored RRS
// request, an error answer and the Keys dialog, then the publisher's API dialog, operation
// dialog and products page, the usage dashboard after a burst of traffic and the Jobs view
// with a job in every state, each on a sandbox of its own, and writes each as a PNG, so what a user sees can be looked at (and
// shown in the README) without a display.
//   portico-screenshots OUTPUT_DIR

#include "app/portico/console.h"
#include "client/arm/azuresession.h"
#include "client/auth/devicecodesignin.h"
#include "client/catalog/sampleworkspace.h"
#include "client/common/datapaths.h"
#include "client/http/transport.h"
#include "client/jobs/jobmonitor.h"
#include "client/management/managementclient.h"
#include "client/secrets/secretstore.h"
#include "sandbox/sandbox.h"
#include "ui/auth/signindialog.h"
#include "ui/connection/connectiondialog.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importpreviewdialog.h"
#include "ui/jobs/jobsmodel.h"
#include "ui/jobs/jobstimeline.h"
#include "ui/jobs/jobsview.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/publish/apidialog.h"
#include "ui/publish/operationdialog.h"
#include "ui/publish/productsmodel.h"
#include "ui/publish/productspage.h"
#include "ui/publish/publisherview.h"
#include "ui/publish/publishtreemodel.h"
#include "ui/theme.h"
#include "ui/tryit/environmentsdialog.h"
#include "ui/tryit/keyvaluemodel.h"

#include "../common/jobspage.h"
#include "../common/testbesservice.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QListWidget>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

#include <cstdio>
#include <functional>
#include <memory>

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

// A burst through a sandbox's gateway, as several clients would send it: successes on
// Unlimited, invalid keys, Starter until its rate limit refuses, and batch calls the service
// cannot answer yet. Calls done() when every answer is in.
void sendBurst(portico::sandbox::Sandbox *sandbox, QNetworkAccessManager *network, const std::function<void()> &done)
{
    const portico::sandbox::Credentials c = sandbox->credentials();
    QString unlimited;
    QString starter;
    for (const auto &s : sandbox->subscriptions())
        (s.productId == u"starter" ? starter : unlimited) = s.primaryKey;
    const QString service =
        sandbox->gatewayUrl().toString() + u"/azureml-demo/workspaces/"_s + c.workspace + u"/services/"_s + c.service;
    const QByteArray body =
        R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba;
    struct Call
    {
        QString key;
        QByteArray method;
        QString path;
    };
    QList<Call> calls;
    const QString execute = u"/execute?api-version=2.0&details=true"_s;
    for (int i = 0; i < 14; ++i)
        calls.append({unlimited, "POST"_ba, execute});
    for (int i = 0; i < 3; ++i)
        calls.append({u"0123456789abcdef0123456789abcdef"_s, "POST"_ba, execute});
    for (int i = 0; i < 8; ++i)
        calls.append({starter, "POST"_ba, execute});
    for (int i = 0; i < 2; ++i)
        calls.append({unlimited, "GET"_ba, u"/jobs/job%1?api-version=2.0"_s.arg(i)});
    auto left = std::make_shared<int>(int(calls.size()));
    for (const Call &call : std::as_const(calls)) {
        QNetworkRequest request(QUrl(service + call.path));
        request.setRawHeader("Content-Type", "application/json");
        request.setRawHeader("Ocp-Apim-Subscription-Key", call.key.toUtf8());
        request.setRawHeader("Authorization", "Bearer " + c.apiKey.toUtf8());
        QNetworkReply *reply =
            network->sendCustomRequest(request, call.method, call.method == "POST" ? body : QByteArray());
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, left, done] {
            reply->deleteLater();
            if (--*left == 0)
                done();
        });
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // PORTICO_SCREENSHOT_LANG=tr shoots the Turkish interface, PORTICO_SCREENSHOT_DARK=1 the
    // dark palette (Fusion), so both looks can be checked by eye.
    if (const QString lang = qEnvironmentVariable("PORTICO_SCREENSHOT_LANG"); !lang.isEmpty())
        portico::ui::Language::install(lang);
    if (qEnvironmentVariableIntValue("PORTICO_SCREENSHOT_DARK") == 1) {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(portico::ui::theme::darkPalette());
    }
    const QString outDir = app.arguments().value(1, u"screenshots"_s);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 1;
    }
    QTemporaryDir dataDir;
    portico::app::Console console{portico::client::DataPaths(dataDir.path())};
    portico::ui::MainWindow &window = *console.window();
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

    // The connection dialog on an Azure API Management instance, then the device-code sign-in
    // against the sandbox's Entra-shaped endpoint, showing its code, address and count-down.
    portico::sandbox::Sandbox signInSandbox;
    std::unique_ptr<portico::client::auth::DeviceCodeSignIn> signIn;
    auto shootSignIn = [&] {
        portico::sandbox::SandboxOptions options;
        options.dataDir = QDir(dataDir.path()).filePath(u"signin-sandbox"_s);
        options.storageEnabled = false;
        QString error;
        if (!signInSandbox.start(options, &error)) {
            std::fprintf(stderr, "cannot start the sign-in's sandbox: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        portico::client::auth::EntraSettings entra;
        entra.authority = signInSandbox.loginUrl();
        entra.tenant = u"contoso.onmicrosoft.com"_s;
        entra.clientId = u"11111111-2222-3333-4444-555555555555"_s;
        signIn = std::make_unique<portico::client::auth::DeviceCodeSignIn>(window.services().transport,
                                                                           window.secretStore(), entra);
        auto *dialog = new portico::ui::SignInDialog(signIn.get(), nullptr, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->start();
        when([&] { return !signIn->userCode().userCode.isEmpty(); },
             [&, dialog] {
                 when([] { return true; },
                      [&, dialog] {
                          save(dialog, u"signin-dialog.png"_s);
                          dialog->reject();
                          app.quit();
                      });
             });
    };
    auto shootConnection = [&] {
        portico::client::AzureSession::Settings settings;
        settings.connection.kind = portico::client::Connection::Kind::AzureApiManagement;
        settings.connection.azure.tenant = u"contoso.onmicrosoft.com"_s;
        settings.connection.azure.subscriptionId = u"00000000-0000-0000-0000-000000000000"_s;
        settings.connection.azure.resourceGroup = u"rg-portico"_s;
        settings.connection.azure.serviceName = u"contoso-apim"_s;
        settings.clientId = u"11111111-2222-3333-4444-555555555555"_s;
        auto *dialog = new portico::ui::ConnectionDialog(settings, true, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        when([] { return true; },
             [&, dialog] {
                 save(dialog, u"connection-dialog.png"_s);
                 dialog->reject();
                 shootSignIn();
             });
    };

    // The Jobs view with a job in every state, from a local batch service whose jobs ran
    // over the last few minutes, so the timeline has something to show.
    TestBesService besService;
    besService.scoreOnStart = false;
    portico::testing::JobsPage jobsView;
    auto showJobs = [&] {
        besService.listen();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const struct
        {
            int status;
            int createdAgo, startedAgo, endedAgo;
            qint64 done, total;
            const char *details;
        } plan[] = {
            {4, 600, 590, 420, 1000, 1000, nullptr},
            {2, 480, 470, 400, 220, 1000, "InputParseError: Parsing of input vector failed at row 221."},
            {3, 380, 370, 300, 400, 5000, nullptr},
            {4, 300, 280, 120, 25000, 25000, nullptr},
            {1, 200, 190, -1, 61000, 100000, nullptr},
            {1, 90, 80, -1, 1200, 10000, nullptr},
            {0, 30, -1, -1, 0, -1, nullptr},
        };
        jobsView = portico::testing::makeJobsPage(portico::client::DataPaths(dataDir.filePath(u"jobs"_s)), nullptr,
                                                  portico::ui::JobsView::WorkspaceProvider());
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
        when(
            [&] {
                const auto jobs = jobsView->monitor()->jobs();
                return std::all_of(jobs.cbegin(), jobs.cend(),
                                   [](const auto &j) { return j.state.createdAt.isValid(); });
            },
            [&] {
                jobsView->selectJob(jobsView->model()->job(1).id); // the failed one: its details show
                jobsView->timeline()->rebuild();
                when([] { return true; },
                     [&] {
                         save(jobsView.get(), u"jobs-view.png"_s);
                         shootConnection();
                     });
            });
    };
    QObject::connect(send, &QPushButton::clicked, &window, [&] { ++answers; });

    // The dashboard over a sandbox of its own, so the burst does not spend the console's quota.
    QTemporaryDir dashboardDir;
    portico::sandbox::Sandbox dashboardSandbox;
    QNetworkAccessManager network;
    std::unique_ptr<portico::ui::DashboardView> dashboard;
    bool burstDone = false;
    auto showDashboard = [&] {
        portico::sandbox::SandboxOptions options;
        options.dataDir = dashboardDir.path();
        QString error;
        if (!dashboardSandbox.start(options, &error)) {
            std::fprintf(stderr, "cannot start the dashboard's sandbox: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        window.secretStore()->write(u"sandbox-admin-key"_s, dashboardSandbox.credentials().adminKey, &window,
                                    [&](const portico::client::SecretStore::Result &) {
                                        sendBurst(&dashboardSandbox, &network, [&] { burstDone = true; });
                                    });
        when([&] { return burstDone; },
             [&] {
                 dashboard = std::make_unique<portico::ui::DashboardView>(window.services().reports, nullptr);
                 dashboard->resize(1400, 860);
                 dashboard->setGateway(dashboardSandbox.gatewayUrl(), u"sandbox-admin-key"_s);
                 dashboard->show();
                 when([&] { return dashboard->report().totals().total() > 0; },
                      [&] {
                          save(dashboard.get(), u"dashboard.png"_s);
                          showJobs();
                      });
             });
    };

    // The publisher's views, on a sandbox of their own so the console's stays as it was.
    portico::sandbox::Sandbox publishSandbox;
    portico::client::SecretStore publishSecrets(u"screenshots"_s);
    portico::client::ManagementClient publishManagement(&publishSecrets, window.services().transport->engine());
    std::unique_ptr<portico::ui::PublisherView> publisher;
    auto shootPublisher = [&] {
        portico::sandbox::SandboxOptions options;
        options.dataDir = QDir(dataDir.path()).filePath(u"publish-sandbox"_s);
        QString error;
        if (!publishSandbox.start(options, &error)) {
            std::fprintf(stderr, "cannot start a sandbox for the publisher: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        publishSecrets.write(
            portico::client::kSandboxAdminKeySecret, publishSandbox.credentials().adminKey, &window,
            [&](const portico::client::SecretStore::Result &) {
                publisher = std::make_unique<portico::ui::PublisherView>(&publishManagement, &publishSecrets);
                publisher->resize(1000, 640);
                publisher->show();
                publisher->setManagedGateway(publishSandbox.gatewayUrl(), portico::client::kSandboxAdminKeySecret);
                when([&] { return publisher->treeModel()->apiIndex(u"azureml-demo"_s).isValid(); },
                     [&] {
                         publisher->select(u"azureml-demo"_s);
                         publisher->editSelected();
                         when([&] { return publisher->openApiDialog() != nullptr; },
                              [&] {
                                  save(publisher->openApiDialog(), u"api-dialog.png"_s);
                                  publisher->openApiDialog()->reject();
                                  publisher->select(u"azureml-demo"_s, u"rrs-execute"_s);
                                  publisher->editSelected();
                                  when([&] { return publisher->openOperationDialog() != nullptr; },
                                       [&] {
                                           save(publisher->openOperationDialog(), u"operation-dialog.png"_s);
                                           publisher->openOperationDialog()->reject();
                                           publisher->findChild<QTabWidget *>(u"publishTabWidget"_s)
                                               ->setCurrentWidget(publisher->productsPage());
                                           when([&] { return publisher->productsPage()->model()->rowCount() > 0; },
                                                [&] {
                                                    save(publisher.get(), u"products-page.png"_s);
                                                    showDashboard();
                                                });
                                       });
                              });
                     });
            });
    };
    // The environments dialog on the sandbox's online endpoint, then the import preview.
    auto shootEnvironments = [&] {
        window.findChild<QAction *>(u"environmentsAction"_s)->trigger();
        when([&] { return window.findChild<portico::ui::EnvironmentsDialog *>() != nullptr; }, [&] {
            auto *dialog = window.findChild<portico::ui::EnvironmentsDialog *>();
            auto *list = dialog->findChild<QListWidget *>(u"environmentsListWidget"_s);
            const auto online = list->findItems(portico::client::kSandboxOnlineEnvironment, Qt::MatchExactly);
            if (!online.isEmpty())
                list->setCurrentItem(online.first());
            save(dialog, u"environments-dialog.png"_s);
            dialog->done(QDialog::Rejected); // nothing changed: closes without a question
            // The import preview, before anything changes.
            window.importer()->importFile(QString::fromUtf8(PORTICO_IMPORT_DATA) + u"/preview-scoring.yaml"_s);
            when([&] { return window.importer()->preview() != nullptr; }, [&] {
                save(window.importer()->preview(), u"import-preview.png"_s);
                window.importer()->preview()->reject();
                shootPublisher();
            });
        });
    };

    QObject::connect(&window, &portico::ui::MainWindow::ready, &window, [&] {
        when([] { return true; },
             [&] {
                 save(&window, u"first-launch.png"_s);
                 send->click();
                 when([&] { return send->isEnabled() && answers == 1; },
                      [&] {
                          save(&window, u"rrs-response-table.png"_s);
                          // The Code tab beside the request, in Python.
                          auto *tabs = window.findChild<QTabWidget *>(u"requestTabWidget"_s);
                          tabs->setCurrentIndex(1);
                          auto *language = window.findChild<QComboBox *>(u"snippetLanguageComboBox"_s);
                          language->setCurrentIndex(language->findData(u"python-requests"_s));
                          save(&window, u"code-tab.png"_s);
                          tabs->setCurrentIndex(0);
                          for (int r = 0; r < headers->rowCount(); ++r) {
                              if (headers->index(r, 0).data(Qt::EditRole).toString() == u"Authorization")
                                  headers->setData(headers->index(r, 1), u"Bearer not-the-key"_s);
                          }
                          send->click();
                          when([&] { return send->isEnabled() && answers == 2; },
                               [&] {
                                   save(&window, u"error-response.png"_s);
                                   window.findChild<QAction *>(u"keysAction"_s)->trigger();
                                   when([&] { return window.findChild<QDialog *>() != nullptr; },
                                        [&] {
                                            save(window.findChild<QDialog *>(), u"keys-dialog.png"_s);
                                            window.findChild<QDialog *>()->reject();
                                            shootEnvironments();
                                        });
                               });
                      });
             });
    });
    console.startSandbox();
    const int rc = app.exec();
    return rc ? rc : status;
}
