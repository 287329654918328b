// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// portico-cli: the console's client core without a window, for terminals and CI. Parses the
// command line, opens the profile (starting the embedded sandbox when the environment is the
// sample's), runs one command and exits with a code that tells what happened.

#include "app/portico-cli/clisession.h"
#include "app/portico-cli/commands.h"
#include "app/portico-cli/exitcodes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using portico::cli::CliText;

namespace {

QString description()
{
    return CliText::tr("Sends, runs and exports the APIs of a Portico workspace without a window.") + u"\n\n"_s +
        CliText::tr("Commands:") +
        u"\n  import FILE|URL [--data-dir DIR] [--json]\n      "_s + // not for translation: command syntax
        CliText::tr("Imports OpenAPI 3.0/3.1, Swagger 2.0 (JSON or YAML), a Postman v2.1 collection or a curl "
                    "command into the workspace and reports what changed.") +
        u"\n  send API OPERATION [--env NAME] [--set var=value]...\n      "_s + // not for translation: command syntax
        CliText::tr("Sends the operation's saved request (or its defaults); prints the status line, the "
                    "headers and the body, with keys masked.") +
        u"\n  run [API | --all] [--env NAME] [--junit FILE]\n      "_s + // not for translation: command syntax
        CliText::tr("Sends every operation that has a saved request, in order, and writes JUnit XML.") +
        u"\n  export API --format openapi|openapi-yaml|postman [-o FILE]\n      "_s + // not for translation: command syntax
        CliText::tr("Writes the API as OpenAPI 3.0 (JSON or YAML) or as a Postman v2.1 collection.") +
        u"\n  snippet API OPERATION --lang LANGUAGE\n      "_s + // not for translation: command syntax
        CliText::tr("Prints sample code for the request: curl, python-requests, python-urllib, csharp, r, "
                    "javascript or powershell.") +
        u"\n"_s + CliText::tr("API and OPERATION are ids or display names.") + u"\n\n"_s +
        CliText::tr("Keys: a {{secret:NAME}} reference is read from the environment variable PORTICO_SECRET_NAME "
                    "(characters other than A-Z, a-z, 0-9 and _ become _),") +
        u" "_s +
        CliText::tr("then from the embedded sandbox when portico-cli runs it, then from the OS keychain. "
                    "Without a Secret Service, set the variables. Keys are never printed.") +
        u"\n\n"_s + CliText::tr("Exit codes:") + u"\n"_s +
        CliText::tr("0 success; 1 an HTTP status of 400 or above (run: a request failed); 2 usage;") + u"\n"_s +
        CliText::tr("3 workspace unreadable or missing; 4 unknown API; 5 unknown operation;") + u"\n"_s +
        CliText::tr("6 unknown environment; 7 request incomplete (a variable or required parameter missing);") +
        u"\n"_s + CliText::tr("8 key unavailable; 9 transport error (no HTTP answer);") + u"\n"_s +
        CliText::tr("10 the embedded sandbox did not start; 11 a file could not be read or written;") + u"\n"_s +
        CliText::tr("12 the document to import is malformed or of no known kind.");
}

int fail(int code, const QString &message)
{
    QString line = message.simplified(); // one line, whatever the message held
    fprintf(stderr, "portico-cli: %s\n", qPrintable(line));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // stderr carries the one line of an error; the libraries' log lines only when asked for
    // with QT_LOGGING_RULES.
    QLoggingCategory::setFilterRules(u"portico.*.debug=false\nportico.*.info=false\nportico.*.warning=false"_s);
    QCoreApplication::setApplicationName(u"portico"_s);
    QCoreApplication::setOrganizationName(u"portico"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTICO_VERSION));
    // The system's language when Portico speaks it (Turkish), else English, as the console.
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString base = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (base != u"tr" && base != u"en")
            continue;
        auto *own = new QTranslator(&app);
        if (own->load(u":/i18n/portico_"_s + base))
            QCoreApplication::installTranslator(own);
        break;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dataDir(u"data-dir"_s, CliText::tr("The profile's files are in <dir>."),
                                     CliText::tr("dir"));
    const QCommandLineOption env(u"env"_s, CliText::tr("Use the environment <name>."), CliText::tr("name"));
    const QCommandLineOption set(u"set"_s, CliText::tr("Set the environment's variable: <var=value>."),
                                 CliText::tr("var=value"));
    const QCommandLineOption all(u"all"_s, CliText::tr("run: every API of the workspace."));
    const QCommandLineOption junit(u"junit"_s, CliText::tr("run: write JUnit XML to <file>."), CliText::tr("file"));
    const QCommandLineOption format(u"format"_s, CliText::tr("export: openapi, openapi-yaml or postman."),
                                    CliText::tr("format"));
    const QCommandLineOption output({u"o"_s, u"output"_s}, CliText::tr("export: write to <file> instead of stdout."),
                                    CliText::tr("file"));
    const QCommandLineOption lang(u"lang"_s, CliText::tr("snippet: the language of the sample code."),
                                  CliText::tr("language"));
    const QCommandLineOption json(u"json"_s, CliText::tr("import: report as JSON."));
    const QCommandLineOption noSandbox(u"no-sandbox"_s, CliText::tr("Do not start the embedded sandbox."));
    parser.addOptions({dataDir, env, set, all, junit, format, output, lang, json, noSandbox});
    parser.addPositionalArgument(u"command"_s, CliText::tr("import, send, run, export or snippet."));

    if (!parser.parse(QCoreApplication::arguments()))
        return fail(portico::cli::UsageError, parser.errorText());
    if (parser.isSet(helpOption)) {
        fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        printf("portico-cli %s\n", PORTICO_VERSION);
        return 0;
    }
    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const qsizetype wanted = command == u"send" || command == u"snippet" ? 3
        : command == u"export" || command == u"import"                   ? 2
                                                                         : 1;
    if (command.isEmpty())
        return fail(portico::cli::UsageError,
                    CliText::tr("Name a command: import, send, run, export or snippet (see --help)."));
    if (!QStringList{u"import"_s, u"send"_s, u"run"_s, u"export"_s, u"snippet"_s}.contains(command))
        return fail(portico::cli::UsageError, CliText::tr("Unknown command \"%1\" (see --help).").arg(command));
    if (command == u"run" ? args.size() > 2 || (args.size() == 2) == parser.isSet(all) : args.size() != wanted)
        return fail(portico::cli::UsageError, CliText::tr("Wrong arguments for %1 (see --help).").arg(command));
    if (command == u"export" && !portico::cli::Commands::exportFormats().contains(parser.value(format)))
        return fail(portico::cli::UsageError, CliText::tr("export needs --format openapi, openapi-yaml or postman."));
    if (command == u"snippet" && parser.value(lang).isEmpty())
        return fail(portico::cli::UsageError, CliText::tr("snippet needs --lang LANGUAGE."));

    portico::cli::CliSession::Options options;
    options.dataDir = parser.value(dataDir);
    options.environment = parser.value(env);
    options.noSandbox = parser.isSet(noSandbox);
    for (const QString &pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(portico::cli::UsageError, CliText::tr("--set takes var=value, not \"%1\".").arg(pair));
        options.overrides.append({pair.left(eq), pair.mid(eq + 1)});
    }

    portico::cli::CliSession session(options);
    portico::cli::Commands commands(&session);
    int exitCode = 0;
    auto done = [&exitCode](const portico::cli::Failure &failure) {
        exitCode = failure.code == 0 ? 0 : fail(failure.code, failure.message);
        // Out of the callback first: the session may be inside its sandbox's signal.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(); });
    };
    if (command == u"import") {
        QTimer::singleShot(0, &session, [&] { commands.importSource(args.at(1), parser.isSet(json), done); });
        app.exec();
        return exitCode;
    }
    QTimer::singleShot(0, &session, [&] {
        session.open([&](const portico::cli::Failure &opened) {
            if (opened.code != 0) {
                done(opened);
                return;
            }
            if (command == u"send")
                commands.send(args.at(1), args.at(2), done);
            else if (command == u"run")
                commands.run(args.value(1), parser.value(junit), done);
            else if (command == u"export")
                commands.exportApi(args.at(1), parser.value(format), parser.value(output), done);
            else
                commands.snippet(args.at(1), args.at(2), parser.value(lang), done);
        });
    });
    app.exec();
    return exitCode;
}
