// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The portico-sandbox command line as tools and the console depend on it: one JSON line on
// stdout when ready, clean exit on SIGINT/SIGTERM, loopback only unless told otherwise,
// and credentials that persist in the data directory.

#include "client/storage/blobclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestSandboxCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serveAnnouncesBothListenersOnOneJsonLine();
    void serveStopsCleanlyOnSignal_data();
    void serveStopsCleanlyOnSignal();
    void serveRefusesNonLoopbackHostWithoutAllowRemote();
    void serveListensOnRequestedPorts();
    void serveRejectsBadArguments_data();
    void serveRejectsBadArguments();
    void credentialsPrintsPersistentIdsAndKeys();
    void credentialsDifferPerDataDir();
    void gatewayAcceptsTheKeysCredentialsPrints();
    void killedDuringABatchJobKeepsEveryJobAndFailsTheInterruptedOne();

private:
    static QString binary() { return QStringLiteral(PORTICO_BINARY_DIR "/app/portico-sandbox/portico-sandbox"); }
    // Starts serve and waits for its ready line; the process is owned by the caller.
    QProcess *startServe(const QString &dataDir, const QStringList &extra = {});
    QJsonObject readyLine(QProcess *p);
    QJsonObject credentials(const QString &dataDir);
    int get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {}, QByteArray *body = nullptr,
            const QByteArray &post = {});

    QNetworkAccessManager m_nam;
};

QProcess *TestSandboxCli::startServe(const QString &dataDir, const QStringList &extra)
{
    auto *p = new QProcess(this);
    p->setProgram(binary());
    p->setArguments(QStringList{u"serve"_s, u"--data-dir"_s, dataDir} + extra);
    p->start();
    if (!p->waitForStarted(10'000))
        qWarning() << "could not start" << binary() << p->errorString();
    return p;
}

QJsonObject TestSandboxCli::readyLine(QProcess *p)
{
    if (!QTest::qWaitFor([p] { return p->canReadLine() || p->state() == QProcess::NotRunning; }, 20'000))
        return {};
    const QByteArray line = p->readLine();
    return QJsonDocument::fromJson(line).object();
}

QJsonObject TestSandboxCli::credentials(const QString &dataDir)
{
    QProcess p;
    p.start(binary(), {u"credentials"_s, u"--data-dir"_s, dataDir});
    if (!p.waitForFinished(20'000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

int TestSandboxCli::get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers, QByteArray *body,
                        const QByteArray &post)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = post.isNull() ? m_nam.get(request) : m_nam.post(request, post);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20'000))
        return -1;
    reply->deleteLater();
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

void TestSandboxCli::serveAnnouncesBothListenersOnOneJsonLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess *p = startServe(dir.path());
    const QJsonObject ready = readyLine(p);
    QCOMPARE(ready.keys(), (QStringList{u"gateway"_s, u"login"_s, u"service"_s}));
    const QRegularExpression loopbackUrl(u"^http://127\\.0\\.0\\.1:[1-9][0-9]*$"_s);
    QVERIFY2(loopbackUrl.match(ready.value(u"gateway"_s).toString()).hasMatch(),
             qPrintable(ready.value(u"gateway"_s).toString()));
    QVERIFY2(loopbackUrl.match(ready.value(u"service"_s).toString()).hasMatch(),
             qPrintable(ready.value(u"service"_s).toString()));
    QVERIFY(ready.value(u"gateway"_s) != ready.value(u"service"_s));

    // Both listeners answer.
    QCOMPARE(get(QUrl(ready.value(u"gateway"_s).toString() + u"/status-0123456789abcdef"_s)), 200);
    QCOMPARE(get(QUrl(ready.value(u"service"_s).toString() + u"/workspaces/x/services/y/swagger.json"_s)), 404);

    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(p->waitForFinished(10'000));
    // Exactly one line on stdout: logs go to stderr.
    QCOMPARE(p->readAllStandardOutput(), QByteArray());
    QVERIFY(!p->readAllStandardError().isEmpty());
}

void TestSandboxCli::serveStopsCleanlyOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestSandboxCli::serveStopsCleanlyOnSignal()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    QProcess *p = startServe(dir.path());
    QVERIFY(!readyLine(p).isEmpty());
    ::kill(pid_t(p->processId()), signal);
    QVERIFY(p->waitForFinished(10'000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 0);
}

void TestSandboxCli::serveRefusesNonLoopbackHostWithoutAllowRemote()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(binary(), {u"serve"_s, u"--data-dir"_s, dir.path(), u"--host"_s, u"0.0.0.0"_s});
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("--allow-remote"), err.constData());
}

void TestSandboxCli::serveListensOnRequestedPorts()
{
    // Ask the kernel for two free ports, then hand them to the sandbox.
    QTcpServer a;
    QTcpServer b;
    QVERIFY(a.listen(QHostAddress::LocalHost));
    QVERIFY(b.listen(QHostAddress::LocalHost));
    const quint16 gw = a.serverPort();
    const quint16 svc = b.serverPort();
    a.close();
    b.close();

    QTemporaryDir dir;
    QProcess *p =
        startServe(dir.path(), {u"--gateway-port"_s, QString::number(gw), u"--service-port"_s, QString::number(svc)});
    const QJsonObject ready = readyLine(p);
    QCOMPARE(ready.value(u"gateway"_s).toString(), u"http://127.0.0.1:%1"_s.arg(gw));
    QCOMPARE(ready.value(u"service"_s).toString(), u"http://127.0.0.1:%1"_s.arg(svc));

    // A second sandbox on the same ports fails with a message, not a hang.
    QTemporaryDir dir2;
    QProcess clash;
    clash.start(binary(), {u"serve"_s, u"--data-dir"_s, dir2.path(), u"--gateway-port"_s, QString::number(gw)});
    QVERIFY(clash.waitForFinished(10'000));
    QCOMPARE(clash.exitCode(), 1);
    QVERIFY(clash.readAllStandardError().contains(QByteArray::number(gw)));

    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(p->waitForFinished(10'000));
}

void TestSandboxCli::serveRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"dance"_s};
    QTest::newRow("two commands") << QStringList{u"serve"_s, u"credentials"_s};
    QTest::newRow("port out of range") << QStringList{u"serve"_s, u"--gateway-port"_s, u"70000"_s};
    QTest::newRow("port not a number") << QStringList{u"serve"_s, u"--service-port"_s, u"http"_s};
    QTest::newRow("host not an address") << QStringList{u"serve"_s, u"--host"_s, u"localhost.example"_s};
}

void TestSandboxCli::serveRejectsBadArguments()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QProcess p;
    p.start(binary(), args + QStringList{u"--data-dir"_s, dir.path()});
    QVERIFY(p.waitForFinished(10'000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    QVERIFY(!p.readAllStandardError().isEmpty());
}

void TestSandboxCli::credentialsPrintsPersistentIdsAndKeys()
{
    QTemporaryDir dir;
    const QJsonObject c = credentials(dir.path());
    const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
    QVERIFY(hex32.match(c.value(u"workspace"_s).toString()).hasMatch());
    QVERIFY(hex32.match(c.value(u"service"_s).toString()).hasMatch());
    QVERIFY(c.value(u"workspace"_s) != c.value(u"service"_s));
    QVERIFY(c.value(u"apiKey"_s).toString().size() >= 32);
    QVERIFY(c.value(u"adminKey"_s).toString().size() >= 32);
    QCOMPARE(c.value(u"apiSuffix"_s).toString(), u"azureml-demo"_s);

    const QJsonArray subs = c.value(u"subscriptions"_s).toArray();
    QCOMPARE(subs.size(), 2);
    QStringList products;
    QSet<QString> keys;
    for (const QJsonValue &v : subs) {
        const QJsonObject s = v.toObject();
        products.append(s.value(u"product"_s).toString());
        QVERIFY(!s.value(u"id"_s).toString().isEmpty());
        QVERIFY(!s.value(u"name"_s).toString().isEmpty());
        QVERIFY(hex32.match(s.value(u"primaryKey"_s).toString()).hasMatch());
        QVERIFY(hex32.match(s.value(u"secondaryKey"_s).toString()).hasMatch());
        keys.insert(s.value(u"primaryKey"_s).toString());
        keys.insert(s.value(u"secondaryKey"_s).toString());
    }
    products.sort();
    QCOMPARE(products, (QStringList{u"Starter"_s, u"Unlimited"_s}));
    QCOMPARE(keys.size(), 4);

    // Persisted: a second call, and a serve run in between, change nothing.
    QCOMPARE(credentials(dir.path()), c);
    QProcess *p = startServe(dir.path());
    QVERIFY(!readyLine(p).isEmpty());
    QCOMPARE(credentials(dir.path()), c);
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(p->waitForFinished(10'000));
    QCOMPARE(credentials(dir.path()), c);
}

void TestSandboxCli::credentialsDifferPerDataDir()
{
    QTemporaryDir a;
    QTemporaryDir b;
    const QJsonObject ca = credentials(a.path());
    const QJsonObject cb = credentials(b.path());
    QVERIFY(!ca.isEmpty() && !cb.isEmpty());
    QVERIFY(ca.value(u"workspace"_s) != cb.value(u"workspace"_s));
    QVERIFY(ca.value(u"apiKey"_s) != cb.value(u"apiKey"_s));
}

void TestSandboxCli::gatewayAcceptsTheKeysCredentialsPrints()
{
    QTemporaryDir dir;
    QProcess *p = startServe(dir.path());
    const QJsonObject ready = readyLine(p);
    const QJsonObject c = credentials(dir.path());
    QString unlimitedKey;
    for (const QJsonValue &v : c.value(u"subscriptions"_s).toArray()) {
        if (v.toObject().value(u"product"_s).toString() == u"Unlimited")
            unlimitedKey = v.toObject().value(u"secondaryKey"_s).toString();
    }
    const QUrl url(ready.value(u"gateway"_s).toString() + u"/azureml-demo/workspaces/"_s +
                   c.value(u"workspace"_s).toString() + u"/services/"_s + c.value(u"service"_s).toString() +
                   u"/execute?api-version=2.0&details=true"_s);
    QByteArray body;
    const int status = get(
        url,
        {{"Ocp-Apim-Subscription-Key"_ba, unlimitedKey.toUtf8()},
         {"Authorization"_ba, "Bearer " + c.value(u"apiKey"_s).toString().toUtf8()},
         {"Content-Type"_ba, "application/json"_ba}},
        &body,
        R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba);
    QCOMPARE(status, 200);
    const QJsonArray row = QJsonDocument::fromJson(body)
                               .object()[u"Results"_s][u"output1"_s][u"value"_s][u"Values"_s]
                               .toArray()
                               .at(0)
                               .toArray();
    QStringList values;
    for (const QJsonValue &v : row)
        values.append(v.toString());
    QCOMPARE(values,
             (QStringList{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}));
    ::kill(pid_t(p->processId()), SIGTERM);
    QVERIFY(p->waitForFinished(10'000));
}

void TestSandboxCli::killedDuringABatchJobKeepsEveryJobAndFailsTheInterruptedOne()
{
    using portico::client::storage::BlobClient;
    using portico::client::storage::ConnectionString;
    QTemporaryDir dir;
    QProcess *p = startServe(dir.path(), {u"--storage-port"_s, u"0"_s});
    const QString service = readyLine(p).value(u"service"_s).toString();
    QVERIFY(!service.isEmpty());
    QJsonObject c = credentials(dir.path());
    const QString jobs = service + u"/workspaces/"_s + c.value(u"workspace"_s).toString() + u"/services/"_s +
        c.value(u"service"_s).toString() + u"/jobs"_s;
    const QList<QPair<QByteArray, QByteArray>> auth{
        {"Authorization"_ba, "Bearer " + c.value(u"apiKey"_s).toString().toUtf8()},
        {"Content-Type"_ba, "application/json"_ba}};
    auto body = [](const QString &input, const QString &output) -> QByteArray {
        return R"({"Inputs":{"input1":{"ConnectionString":"UseDevelopmentStorage=true","RelativeLocation":"/cli/)"_ba +
            input.toUtf8() +
            R"("}},"Outputs":{"output1":{"ConnectionString":"UseDevelopmentStorage=true","RelativeLocation":"/cli/)"_ba +
            output.toUtf8() + R"("}},"GlobalParameters":{}})"_ba;
    };
    auto submit = [&](const QString &input, const QString &output) {
        QByteArray answer;
        const int status = get(QUrl(jobs + u"?api-version=2.0"_s), auth, &answer, body(input, output));
        return status == 200 ? QString::fromUtf8(answer).remove(u'"') : QString();
    };
    auto start = [&](const QString &id) {
        return get(QUrl(jobs + u'/' + id + u"/start?api-version=2.0"_s), auth, nullptr, ""_ba);
    };
    auto list = [&] {
        QByteArray answer;
        get(QUrl(jobs + u"?api-version=2.0"_s), auth, &answer);
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue &v : QJsonDocument::fromJson(answer).array())
            byId.insert(v[u"Id"_s].toString(), v.toObject());
        return byId;
    };

    // The first job naming the development storage starts the sandbox's own Azurite;
    // credentials then tell where it is.
    const QString waiting = submit(u"small.csv"_s, u"never-started.csv"_s);
    QVERIFY(!waiting.isEmpty());
    c = credentials(dir.path());
    const QString storage = c.value(u"storage"_s).toString();
    QVERIFY2(storage.contains(u"BlobEndpoint=http://127.0.0.1:"_s), qPrintable(storage));
    const quint16 azuritePort = quint16(ConnectionString::parse(storage).blobEndpoint().port());

    BlobClient blobs(ConnectionString::parse(storage));
    QSignalSpy done(&blobs, &BlobClient::finished);
    blobs.createContainer(u"cli"_s);
    QVERIFY(done.wait(20'000));
    QTemporaryDir files;
    QByteArray small = "Col2\nThis is a good day\n";
    QByteArray large = "Col2\n";
    for (int i = 0; i < 20'000; ++i)
        large += "line " + QByteArray::number(i) + " with enough words to take a moment to hash and upload\n";
    for (const auto &[name, data] : {std::pair{u"small.csv"_s, small}, std::pair{u"large.csv"_s, large}}) {
        QFile f(files.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        blobs.putBlob(u"cli"_s, name, f.fileName());
        QVERIFY(done.wait(20'000));
        QVERIFY(done.last().at(1).value<BlobClient::Result>().ok);
    }

    const QString finished = submit(u"small.csv"_s, u"small-out.csv"_s);
    QCOMPARE(start(finished), 200);
    QVERIFY(
        QTest::qWaitFor([&] { return list().value(finished)[u"StatusCode"_s].toString() == u"Finished"_s; }, 20'000));
    const QString interrupted = submit(u"large.csv"_s, u"large-out.csv"_s);
    QCOMPARE(start(interrupted), 200);
    QCOMPARE(list().value(interrupted)[u"StatusCode"_s].toString(), u"Running"_s);

    ::kill(pid_t(p->processId()), SIGKILL);
    QVERIFY(p->waitForFinished(10'000));
    // Azurite went with it.
    QVERIFY(QTest::qWaitFor(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, azuritePort);
            return !probe.waitForConnected(200);
        },
        10'000));

    QProcess *again = startServe(dir.path(), {u"--storage-port"_s, u"0"_s});
    const QString service2 = readyLine(again).value(u"service"_s).toString();
    QVERIFY(!service2.isEmpty());
    const QString jobs2 = service2 + jobs.mid(service.size());
    QByteArray answer;
    QCOMPARE(get(QUrl(jobs2 + u"?api-version=2.0"_s), auth, &answer), 200);
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue &v : QJsonDocument::fromJson(answer).array())
        byId.insert(v[u"Id"_s].toString(), v.toObject());
    QCOMPARE(byId.size(), 3);
    QCOMPARE(byId.value(waiting)[u"StatusCode"_s].toString(), u"NotStarted"_s);
    QCOMPARE(byId.value(finished)[u"StatusCode"_s].toString(), u"Finished"_s);
    QCOMPARE(byId.value(interrupted)[u"StatusCode"_s].toString(), u"Failed"_s);
    QVERIFY2(byId.value(interrupted)[u"Details"_s].toString().contains(u"stopped while this job was running"_s),
             qPrintable(byId.value(interrupted)[u"Details"_s].toString()));
    ::kill(pid_t(again->processId()), SIGTERM);
    QVERIFY(again->waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"
