// The desktop console: parses the command line, loads translations, starts the embedded
// sandbox on its own thread and shows the main window.

#include "common/datapaths.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Debug chatter (every keychain call, every connection) only when asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("portico.*.debug=false"));
    QApplication::setApplicationName(u"portico"_s);
    QApplication::setApplicationDisplayName(u"Portico"_s);
    QApplication::setOrganizationName(u"portico"_s);
    QApplication::setApplicationVersion(QStringLiteral(PORTICO_VERSION));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"portico"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Console for machine-learning web services behind an API gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(u"data-dir"_s,
                                           QApplication::translate("main", "Keep this profile's files in <dir>."),
                                           QApplication::translate("main", "dir"));
    const QCommandLineOption noSandboxOption(u"no-sandbox"_s,
                                             QApplication::translate("main", "Do not start the embedded sandbox."));
    parser.addOption(dataDirOption);
    parser.addOption(noSandboxOption);
    parser.process(app);

    const portico::client::DataPaths paths(parser.value(dataDirOption));
    portico::ui::MainWindow window(paths);
    if (parser.isSet(noSandboxOption) || !window.sandboxEnabled())
        window.showSandboxDisabled();
    else
        window.startEmbeddedSandbox();
    window.show();
    return app.exec();
}
