// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// portico-sandbox: the local AzureML-compatible service and APIM-compatible gateway as a
// headless program.
//   portico-sandbox serve [--data-dir DIR] [--host 127.0.0.1] [--gateway-port N] [--service-port N] [--allow-remote]
//                         [--storage-port N] [--no-storage]
//   portico-sandbox credentials [--data-dir DIR]

#include "sandbox/sandbox.h"
#include "sandbox/state/jobstore.h"
#include "sandbox/state/sandboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &c, 1);
}

// SIGINT and SIGTERM reach the event loop through a socket pair, the only safe way out
// of a signal handler.
bool installQuitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return false;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    return sigaction(SIGINT, &sa, nullptr) == 0 && sigaction(SIGTERM, &sa, nullptr) == 0;
}

void printErr(const QString &message)
{
    std::fprintf(stderr, "portico-sandbox: %s\n", message.toLocal8Bit().constData());
}

quint16 parsePort(const QString &text, bool *ok)
{
    const uint port = text.toUInt(ok);
    *ok = *ok && port <= 65535;
    return quint16(port);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Debug chatter (every keychain call, every connection) only when asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("portico.*.debug=false"));
    QCoreApplication::setApplicationName(u"portico-sandbox"_s);
    QCoreApplication::setOrganizationName(u"portico"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTICO_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Local AzureML-compatible web service behind an API Management-compatible gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("main", "serve | credentials"));
    const QCommandLineOption dataDir(u"data-dir"_s,
                                     QCoreApplication::translate("main", "State directory (default %1).")
                                         .arg(portico::sandbox::SandboxOptions::defaultDataDir()),
                                     u"dir"_s);
    const QCommandLineOption host(u"host"_s, QCoreApplication::translate("main", "Address to listen on."), u"address"_s,
                                  u"127.0.0.1"_s);
    const QCommandLineOption gatewayPort(
        u"gateway-port"_s, QCoreApplication::translate("main", "Gateway port (0: any free)."), u"port"_s, u"0"_s);
    const QCommandLineOption servicePort(
        u"service-port"_s, QCoreApplication::translate("main", "Service port (0: any free)."), u"port"_s, u"0"_s);
    const QCommandLineOption allowRemote(
        u"allow-remote"_s, QCoreApplication::translate("main", "Allow listening on a non-loopback address."));
    const QCommandLineOption storagePort(
        u"storage-port"_s,
        QCoreApplication::translate("main",
                                    "Port for the sandbox's Azurite blob storage, started when a batch job needs it "
                                    "(busy: any free port; 0: any free port)."),
        u"port"_s, u"10000"_s);
    const QCommandLineOption noStorage(
        u"no-storage"_s,
        QCoreApplication::translate("main",
                                    "Never start Azurite; batch jobs must name a storage "
                                    "account of their own."));
    parser.addOptions({dataDir, host, gatewayPort, servicePort, allowRemote, storagePort, noStorage});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args.first() != u"serve" && args.first() != u"credentials")) {
        printErr(QCoreApplication::translate("main", "expected one command: serve or credentials (see --help)."));
        return 2;
    }

    portico::sandbox::SandboxOptions options;
    options.dataDir =
        parser.isSet(dataDir) ? parser.value(dataDir) : portico::sandbox::SandboxOptions::defaultDataDir();

    if (args.first() == u"credentials") {
        portico::sandbox::SandboxStore store(options.dataDir);
        QString error;
        if (!store.open(&error)) {
            printErr(error);
            return 1;
        }
        // The storage connection string as the last serve started it, when it did.
        portico::sandbox::JobStore jobs(store.databasePath());
        const QString storage = jobs.open(nullptr) ? jobs.storageConnectionString() : QString();
        const QByteArray json =
            portico::sandbox::credentialsJson(store.credentials(), store.subscriptions(), store.products(), storage);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        std::fflush(stdout);
        return 0;
    }

    if (!options.host.setAddress(parser.value(host))) {
        printErr(QCoreApplication::translate("main", "'%1' is not an IP address.").arg(parser.value(host)));
        return 2;
    }
    if (!options.host.isLoopback() && !parser.isSet(allowRemote)) {
        printErr(QCoreApplication::translate(
                     "main",
                     "refusing to listen on %1: it is not a loopback address. The sandbox's keys are "
                     "not secrets worth the name; pass --allow-remote to do it anyway.")
                     .arg(options.host.toString()));
        return 2;
    }
    bool ok = false;
    options.gatewayPort = parsePort(parser.value(gatewayPort), &ok);
    if (!ok) {
        printErr(QCoreApplication::translate("main", "--gateway-port takes a number from 0 to 65535."));
        return 2;
    }
    options.servicePort = parsePort(parser.value(servicePort), &ok);
    if (!ok) {
        printErr(QCoreApplication::translate("main", "--service-port takes a number from 0 to 65535."));
        return 2;
    }

    options.storagePort = parsePort(parser.value(storagePort), &ok);
    if (!ok) {
        printErr(QCoreApplication::translate("main", "--storage-port takes a number from 0 to 65535."));
        return 2;
    }
    options.storageEnabled = !parser.isSet(noStorage);

    installQuitOnSignals(&app);
    portico::sandbox::Sandbox sandbox;
    QString error;
    if (!sandbox.start(options, &error)) {
        printErr(error);
        return 1;
    }
    const QByteArray line = sandbox.readyLine() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    const int rc = app.exec();
    sandbox.stop();
    return rc;
}
