// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// portico-sandbox: the local AzureML-compatible service and APIM-compatible gateway as a
// headless program.
//   portico-sandbox serve [--data-dir DIR] [--host 127.0.0.1] [--gateway-port N] [--service-port N] [--allow-remote]
//                         [--storage-port N] [--no-storage]
//                         [--login-port N] [--token-lifetime S] [--device-code-interval S] [--device-code-lifetime S]
//   portico-sandbox credentials [--data-dir DIR]
//   portico-sandbox approve-device-code CODE [--login-url URL]   (or $PORTICO_SANDBOX_LOGIN_URL)
//   portico-sandbox deny-device-code CODE [--login-url URL]
// approve/deny stand in for the person who enters the code in a browser: they post it to the
// running sandbox's /devicelogin page, which answers loopback peers only. The URL is the
// "login" of serve's ready line.

#include "sandbox/sandbox.h"
#include "sandbox/state/jobstore.h"
#include "sandbox/state/sandboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

// Posts the code to the sandbox's sign-in page as the browser form would.
int decideDeviceCode(const QString &loginUrl, const QString &action, const QString &userCode)
{
    const QUrl base(loginUrl, QUrl::StrictMode);
    if (loginUrl.isEmpty() || !base.isValid() || base.scheme() != u"http") {
        printErr(QCoreApplication::translate(
                     "main", "give the sandbox's sign-in URL (the \"login\" of serve's ready line) with --login-url "
                             "or PORTICO_SANDBOX_LOGIN_URL; got '%1'.")
                     .arg(loginUrl));
        return 2;
    }
    QUrl url = base;
    QString path = base.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/devicelogin"_s);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    const QByteArray form = "user_code=" + QUrl::toPercentEncoding(userCode.trimmed()) + "&action=" + action.toLatin1();
    QNetworkReply *reply = network.post(request, form);
    int rc = 1;
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &rc, &url] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll().trimmed();
        if (status == 200) {
            std::fprintf(stdout, "%s\n", body.constData());
            rc = 0;
        } else if (status == 0) {
            printErr(QCoreApplication::translate("main", "cannot reach the sandbox at %1: %2")
                         .arg(url.toString(), reply->errorString()));
        } else {
            printErr(QString::fromUtf8(body));
        }
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    reply->deleteLater();
    return rc;
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
    parser.addPositionalArgument(
        u"command"_s,
        QCoreApplication::translate("main", "serve | credentials | approve-device-code CODE | deny-device-code CODE"));
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
    const QCommandLineOption loginPort(
        u"login-port"_s, QCoreApplication::translate("main", "Sign-in (Entra ID) port (0: any free)."), u"port"_s,
        u"0"_s);
    const QCommandLineOption tokenLifetime(
        u"token-lifetime"_s, QCoreApplication::translate("main", "Seconds an access token lasts."), u"seconds"_s,
        u"3600"_s);
    const QCommandLineOption deviceCodeInterval(
        u"device-code-interval"_s,
        QCoreApplication::translate("main", "Seconds a device-code client must wait between polls."), u"seconds"_s,
        u"5"_s);
    const QCommandLineOption deviceCodeLifetime(
        u"device-code-lifetime"_s, QCoreApplication::translate("main", "Seconds a device code stays valid."),
        u"seconds"_s, u"900"_s);
    const QCommandLineOption loginUrl(
        u"login-url"_s,
        QCoreApplication::translate("main", "The running sandbox's sign-in URL (default $PORTICO_SANDBOX_LOGIN_URL)."),
        u"url"_s);
    parser.addOptions({dataDir, host, gatewayPort, servicePort, allowRemote, storagePort, noStorage, loginPort,
                       tokenLifetime, deviceCodeInterval, deviceCodeLifetime, loginUrl});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    if (command == u"approve-device-code" || command == u"deny-device-code") {
        if (args.size() != 2 || args.at(1).trimmed().isEmpty()) {
            printErr(QCoreApplication::translate("main", "%1 takes one argument: the code the console shows.")
                         .arg(command));
            return 2;
        }
        const QString url =
            parser.isSet(loginUrl) ? parser.value(loginUrl) : qEnvironmentVariable("PORTICO_SANDBOX_LOGIN_URL");
        return decideDeviceCode(url, command == u"approve-device-code" ? u"approve"_s : u"deny"_s, args.at(1));
    }
    if (args.size() != 1 || (command != u"serve" && command != u"credentials")) {
        printErr(QCoreApplication::translate(
            "main", "expected one command: serve, credentials, approve-device-code or deny-device-code (see --help)."));
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
    options.loginPort = parsePort(parser.value(loginPort), &ok);
    if (!ok) {
        printErr(QCoreApplication::translate("main", "--login-port takes a number from 0 to 65535."));
        return 2;
    }
    const struct
    {
        const QCommandLineOption &option;
        int *value;
    } seconds[] = {{tokenLifetime, &options.entra.accessTokenLifetimeSeconds},
                   {deviceCodeInterval, &options.entra.pollIntervalSeconds},
                   {deviceCodeLifetime, &options.entra.deviceCodeLifetimeSeconds}};
    for (const auto &s : seconds) {
        *s.value = parser.value(s.option).toInt(&ok);
        if (!ok || *s.value < 1 || *s.value > 86400) {
            printErr(QCoreApplication::translate("main", "--%1 takes a number of seconds from 1 to 86400.")
                         .arg(s.option.names().constFirst()));
            return 2;
        }
    }

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
