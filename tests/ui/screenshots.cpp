// `make screenshots`: renders the console's windows offscreen to PNG files, so what a user
// sees can be looked at (and shown in the README) without a display.
//   portico-screenshots OUTPUT_DIR

#include "embeddedsandbox.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = app.arguments().value(1, u"screenshots"_s);
    if (!QDir().mkpath(outDir)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(outDir));
        return 1;
    }
    QTemporaryDir dataDir;
    portico::ui::MainWindow window;
    window.resize(1100, 720);
    window.show();

    portico::sandbox::EmbeddedSandbox sandbox;
    int status = 0;
    auto save = [&](const QString &name) {
        const QString path = QDir(outDir).filePath(name);
        if (!window.grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            status = 1;
            return;
        }
        std::printf("%s\n", qPrintable(path));
    };
    QObject::connect(&sandbox, &portico::sandbox::EmbeddedSandbox::started, &window, [&](const QUrl &g, const QUrl &s) {
        window.showSandboxReady(g, s);
        // Let the status bar lay out its new text before grabbing.
        QTimer::singleShot(0, &window, [&] {
            save(u"first-launch.png"_s);
            app.quit();
        });
    });
    QObject::connect(&sandbox, &portico::sandbox::EmbeddedSandbox::failed, &window, [&](const QString &message) {
        window.showSandboxFailed(message);
        save(u"sandbox-failed.png"_s);
        status = 1;
        app.quit();
    });
    window.showSandboxStarting();
    portico::sandbox::SandboxOptions options;
    options.dataDir = dataDir.filePath(u"sandbox"_s);
    sandbox.start(options);
    QTimer::singleShot(30'000, &app, [&] {
        std::fprintf(stderr, "the sandbox did not start within 30 s\n");
        status = 1;
        app.quit();
    });
    app.exec();
    return status;
}
