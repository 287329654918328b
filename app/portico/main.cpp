// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The desktop console: parses the command line, loads translations, and has the composition
// root (Console) build the services, the window and the embedded sandbox.

#include "app/portico/console.h"
#include "client/common/datapaths.h"
#include "ui/help/aboutdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption dataDir{u"data-dir"_s, QApplication::translate("main", "Keep this profile's files in <dir>."),
                               QApplication::translate("main", "dir")};
    QCommandLineOption noSandbox{u"no-sandbox"_s,
                                 QApplication::translate("main", "Do not start the embedded sandbox.")};
    QCommandLineOption version{{u"v"_s, u"version"_s},
                               QApplication::translate("main", "Show the version, the Qt version and the licence.")};
    QCommandLineOption language{u"lang"_s,
                                QApplication::translate("main",
                                                        "Show the interface in <language> (tr or en) instead of the "
                                                        "system's or the saved choice."),
                                QApplication::translate("main", "language")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QApplication::translate("main", "Console for machine-learning web services behind an API gateway."));
    parser.addHelpOption();
    parser.addOptions({options.version, options.dataDir, options.noSandbox, options.language});
}

// --version and --help answer on a terminal without a display, so they get a core
// application: a QApplication would need a window system first.
bool answersWithoutWindows(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (answersWithoutWindows(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    // Debug chatter (every keychain call, every connection) only when asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("portico.*.debug=false"));
    QCoreApplication::setApplicationName(u"portico"_s);
    QCoreApplication::setOrganizationName(u"portico"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTICO_VERSION));

    // A first look for the profile and the language, so the help text itself is translated.
    QString requestedLanguage;
    QString dataDir;
    {
        QCommandLineParser early;
        const Options options;
        describe(early, options);
        early.parse(QCoreApplication::arguments());
        requestedLanguage = early.value(options.language);
        dataDir = early.value(options.dataDir);
    }
    const portico::client::DataPaths paths(dataDir);
    const QSettings settings(QDir(paths.dataDir()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    portico::ui::Language::install(requestedLanguage.isEmpty()
                                       ? settings.value(portico::ui::Language::settingsKey()).toString()
                                       : requestedLanguage);

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(*app);
    if (parser.isSet(options.version)) {
        printf("%s\n", qPrintable(portico::ui::AboutDialog::versionLine()));
        return 0;
    }
    if (!requestedLanguage.isEmpty() && !portico::ui::Language::isKnown(requestedLanguage)) {
        const QString message =
            QApplication::translate("main", "Unknown language \"%1\": use tr or en.").arg(requestedLanguage);
        fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }

    QApplication::setApplicationDisplayName(u"Portico"_s);
    QGuiApplication::setDesktopFileName(u"dev.portico.Portico"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"dev.portico.Portico"_s, QIcon(u":/icons/dev.portico.Portico.svg"_s)));
    portico::app::Console console(paths);
    // The sandbox first: it starts on the other core while the window is built.
    const bool sandbox = !parser.isSet(options.noSandbox) && console.sandboxEnabled();
    if (sandbox)
        console.startSandbox();
    portico::ui::MainWindow *window = console.window();
    if (!sandbox)
        window->showSandboxDisabled();
    window->show();
    return app->exec();
}
