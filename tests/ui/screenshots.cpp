// `make screenshots`: drives the console offscreen through a first launch, a scored RRS
// request, an error answer and the Keys dialog, then the publisher's API dialog, operation
// dialog and products page on a sandbox of their own, and writes each as a PNG, so what a
// user sees can be looked at (and shown in the README) without a display.
//   portico-screenshots OUTPUT_DIR

#include "catalog/sampleworkspace.h"
#include "common/datapaths.h"
#include "mainwindow.h"
#include "publish/apidialog.h"
#include "publish/operationdialog.h"
#include "publish/productsmodel.h"
#include "publish/productspage.h"
#include "publish/publisherview.h"
#include "publish/publishtreemodel.h"
#include "sandbox.h"
#include "secrets/secretstore.h"
#include "tryit/keyvaluemodel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTimer>

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
    QObject::connect(send, &QPushButton::clicked, &window, [&] { ++answers; });

    // The publisher's views, on a sandbox of their own so the console's stays as it was.
    portico::sandbox::Sandbox publishSandbox;
    portico::client::SecretStore publishSecrets(u"screenshots"_s);
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
        publishSecrets.write(portico::client::kSandboxAdminKeySecret, publishSandbox.credentials().adminKey, &window,
                             [&](const portico::client::SecretStore::Result &) {
            publisher = std::make_unique<portico::ui::PublisherView>(&publishSecrets);
            publisher->resize(1000, 640);
            publisher->show();
            publisher->setManagedGateway(publishSandbox.gatewayUrl(), portico::client::kSandboxAdminKeySecret);
            when([&] { return publisher->treeModel()->apiIndex(u"azureml-demo"_s).isValid(); }, [&] {
                publisher->select(u"azureml-demo"_s);
                publisher->editSelected();
                when([&] { return publisher->openApiDialog() != nullptr; }, [&] {
                    save(publisher->openApiDialog(), u"api-dialog.png"_s);
                    publisher->openApiDialog()->reject();
                    publisher->select(u"azureml-demo"_s, u"rrs-execute"_s);
                    publisher->editSelected();
                    when([&] { return publisher->openOperationDialog() != nullptr; }, [&] {
                        save(publisher->openOperationDialog(), u"operation-dialog.png"_s);
                        publisher->openOperationDialog()->reject();
                        publisher->findChild<QTabWidget *>(u"publishTabWidget"_s)->setCurrentWidget(publisher->productsPage());
                        when([&] { return publisher->productsPage()->model()->rowCount() > 0; }, [&] {
                            save(publisher.get(), u"products-page.png"_s);
                            app.quit();
                        });
                    });
                });
            });
        });
    };

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
                        window.findChild<QDialog *>()->reject();
                        shootPublisher();
                    });
                });
            });
        });
    });
    window.startEmbeddedSandbox();
    const int rc = app.exec();
    return rc ? rc : status;
}
