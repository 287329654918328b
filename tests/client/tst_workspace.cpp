// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins the workspace file: it reads back equal to what was saved, saves are atomic and
// byte-stable, broken or newer files are refused with a message that says where and why, and
// the file holds keychain references, never key values.

#include "client/catalog/sampleworkspace.h"
#include "client/catalog/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace portico::client;

namespace {

Workspace sample()
{
    SandboxEndpoints endpoints;
    endpoints.gatewayUrl = QUrl(u"http://127.0.0.1:41001"_s);
    endpoints.serviceUrl = QUrl(u"http://127.0.0.1:41002"_s);
    endpoints.workspaceId = u"0123456789abcdef0123456789abcdef"_s;
    endpoints.serviceId = u"fedcba9876543210fedcba9876543210"_s;
    return sampleWorkspace(endpoints);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sampleWorkspaceSurvivesJsonRoundTrip();
    void sampleWorkspaceSurvivesSaveAndLoad();
    void savingTwiceGivesIdenticalBytes();
    void keysAreWrittenInReadingOrder();
    void minimalFileGetsApimDefaults();
    void saveCreatesMissingFolders();
    void saveIntoUnwritableFolderFailsAndKeepsOldFile();
    void saveUnderAFileFailsAndKeepsOldFile();
    void failedWriteLeavesPreviousFileIntact();
    void malformedJsonNamesLineAndColumn_data();
    void malformedJsonNamesLineAndColumn();
    void newerSchemaVersionIsRefused();
    void fileWithoutSchemaVersionIsRefused();
    void invalidFieldIsReportedWithItsPath_data();
    void invalidFieldIsReportedWithItsPath();
    void missingFileIsReported();
    void savedFileHoldsSecretReferencesNeverValues();
    void setSavedRequestReplacesInPlaceOrAppends();
};

void TestWorkspace::sampleWorkspaceSurvivesJsonRoundTrip()
{
    const Workspace w = sample();
    QString error;
    const std::optional<Workspace> back = Workspace::fromJson(w.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->apis.size(), 1);
    QCOMPARE(back->apis.first().operations.size(), 5);
    QVERIFY(back->apis.first() == w.apis.first());
    QVERIFY(back->environments == w.environments);
    QVERIFY(back->savedRequests == w.savedRequests);
    QCOMPARE(back->activeEnvironment, w.activeEnvironment);
    QVERIFY(*back == w);
}

void TestWorkspace::sampleWorkspaceSurvivesSaveAndLoad()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"workspace.json"_s);
    Workspace w = sample();
    // Text that needs escaping or is not ASCII must come back exactly.
    w.savedRequests.first().body = u"{\"Values\": [[\"Bugün çok güzel bir gün 😀\", \"tab\there\\\\\nnext\x01\"]]}"_s;
    w.environments.first().variables.append({u"note"_s, u"/ and \\ and </script>"_s});
    QString error;
    QVERIFY2(w.save(path, &error), qPrintable(error));
    QVERIFY(readAll(path).contains("Bugün çok güzel bir gün 😀"));
    const std::optional<Workspace> back = Workspace::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->savedRequests.first().body, w.savedRequests.first().body);
    QVERIFY(*back == w);
}

void TestWorkspace::savingTwiceGivesIdenticalBytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath(u"first.json"_s);
    const QString second = dir.filePath(u"second.json"_s);
    QString error;
    QVERIFY2(sample().save(first, &error), qPrintable(error));
    // Through a load, so nothing depends on the in-memory order of a hash.
    const std::optional<Workspace> loaded = Workspace::load(first, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY2(loaded->save(second, &error), qPrintable(error));
    const QByteArray a = readAll(first);
    QVERIFY(!a.isEmpty());
    QCOMPARE(readAll(second), a);
    QVERIFY(a.endsWith('\n'));
}

void TestWorkspace::keysAreWrittenInReadingOrder()
{
    const QByteArray json = sample().toJson();
    const QList<QByteArray> lines = json.split('\n');
    QCOMPARE(lines.value(0), "{"_ba);
    QCOMPARE(lines.value(1), R"(    "schemaVersion": 1,)"_ba);
    QCOMPARE(lines.value(2), R"j(    "activeEnvironment": "Sandbox gateway (Unlimited)",)j"_ba);

    auto inOrder = [&json](const QList<QByteArray> &needles) {
        qsizetype from = 0;
        for (const QByteArray &n : needles) {
            const qsizetype at = json.indexOf(n, from);
            if (at < 0) {
                qWarning() << "not found in order:" << n;
                return false;
            }
            from = at + n.size();
        }
        return true;
    };
    QVERIFY(inOrder({R"("environments": [)"_ba, R"("apis": [)"_ba, R"("savedRequests": [)"_ba}));
    QVERIFY(inOrder({R"("id": "azureml-demo")"_ba, R"("name": "AzureML Demo API")"_ba, R"("description": )"_ba,
                     R"("serviceUrl": )"_ba, R"("path": "azureml-demo")"_ba, R"("protocols": [)"_ba,
                     R"("products": [)"_ba, R"("operations": [)"_ba}));
    QVERIFY(inOrder({R"("id": "rrs-execute")"_ba, R"("name": "RRS Execute")"_ba, R"("method": "POST")"_ba,
                     R"("urlTemplate": )"_ba, R"("description": )"_ba, R"("templateParameters": [)"_ba,
                     R"("request": {)"_ba, R"("responses": [)"_ba, R"("id": "bes-submit")"_ba}));
    // Catalog order, not alphabetical order.
    QVERIFY(inOrder({R"("id": "rrs-execute")"_ba, R"("id": "bes-submit")"_ba, R"("id": "bes-start")"_ba,
                     R"("id": "bes-status")"_ba, R"("id": "bes-delete")"_ba}));
    QVERIFY(inOrder({R"("name": "workspace")"_ba, R"("name": "service")"_ba, R"("name": "apiversion")"_ba,
                     R"("name": "details")"_ba}));
}

void TestWorkspace::minimalFileGetsApimDefaults()
{
    const QByteArray json = R"({"schemaVersion": 1, "apis": [{"id": "echo", "operations": [
        {"id": "get", "method": "GET", "urlTemplate": "/items/{id}",
         "templateParameters": [{"name": "id"}]}]}]})"_ba;
    QString error;
    const std::optional<Workspace> w = Workspace::fromJson(json, &error);
    QVERIFY2(w, qPrintable(error));
    const Api &api = w->apis.first();
    QCOMPARE(api.schemes, QStringList{u"https"_s});
    QCOMPARE(api.subscriptionKeyHeader, u"Ocp-Apim-Subscription-Key"_s);
    QCOMPARE(api.subscriptionKeyQuery, u"subscription-key"_s);
    QVERIFY(api.operation(u"get"_s));
    QVERIFY(!api.operation(u"post"_s));
    QCOMPARE(api.operation(u"get"_s)->templateParameters.first().type, u"string"_s);
    QVERIFY(w->activeEnvironment.isEmpty());
}

void TestWorkspace::saveCreatesMissingFolders()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"a/b/c/workspace.json"_s);
    QString error;
    QVERIFY2(sample().save(path, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).isFile());
}

void TestWorkspace::saveIntoUnwritableFolderFailsAndKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"ws"_s);
    const QString path = folder + u"/workspace.json"_s;
    QString error;
    const Workspace before = sample();
    QVERIFY2(before.save(path, &error), qPrintable(error));
    const QByteArray old = readAll(path);

    Workspace after = before;
    after.activeEnvironment = after.environments.last().name;

    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
    const QString probe = folder + u"/probe"_s;
    const bool permissionsHold = !writeAll(probe, "x");
    QFile::remove(probe);

    if (!permissionsHold) {
        QVERIFY(QFile::setPermissions(folder,
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QSKIP("Running as root: a read-only folder still takes writes, so this case cannot be made here "
              "(saveUnderAFileFailsAndKeepsOldFile covers a failed save for root).");
    }
    const bool saved = after.save(path, &error);
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QVERIFY(!saved);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"workspace.json"_s});
}

void TestWorkspace::saveUnderAFileFailsAndKeepsOldFile()
{
    // Nothing can be created under a regular file, whoever runs the test, root included.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"workspace.json"_s);
    QString error;
    QVERIFY2(sample().save(path, &error), qPrintable(error));
    const QByteArray old = readAll(path);
    const QString plainFile = dir.filePath(u"plain"_s);
    QVERIFY(writeAll(plainFile, "not a folder"));
    QVERIFY(!sample().save(plainFile + u"/workspace.json"_s, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(plainFile)), qPrintable(error));
    QCOMPARE(readAll(plainFile), "not a folder"_ba);
    QCOMPARE(readAll(path), old);
}

void TestWorkspace::failedWriteLeavesPreviousFileIntact()
{
#ifdef Q_OS_UNIX
    // A file size limit makes the write itself fail halfway, as a full disk would, and
    // applies to root too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"workspace.json"_s);
    QString error;
    Workspace w = sample();
    QVERIFY2(w.save(path, &error), qPrintable(error));
    const QByteArray old = readAll(path);
    QVERIFY(old.size() > 4096);

    w.savedRequests.first().body = QString(8192, u'x');
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool saved1 = w.save(path, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!saved1);
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"workspace.json"_s});
#else
    QSKIP("Needs a POSIX file size limit to make a write fail.");
#endif
}

void TestWorkspace::malformedJsonNamesLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("missing comma") << "{\n    \"schemaVersion\": 1\n    \"apis\": []\n}\n"_ba << 3 << 5;
    // Columns count characters: "çğü" is 3 columns, 6 bytes.
    QTest::newRow("after unicode") << "{\n  \"activeEnvironment\": \"çğü\", x\n}"_ba << 2 << 31;
    QTest::newRow("first line") << "[}"_ba << 1 << 2;
    QTest::newRow("garbage after the document") << "{\"schemaVersion\": 1}\n\n  x"_ba << 3 << 3;
    // Cut short: the position after the last character.
    QTest::newRow("truncated") << "{\n  \"apis\": ["_ba << 2 << 12;
    QTest::newRow("unterminated string") << "{\"activeEnvironment\": \"Sand"_ba << 1 << 28;
    QTest::newRow("wrong last character") << "{\"apis\": [}"_ba << 1 << 11;
}

void TestWorkspace::malformedJsonNamesLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QString error;
    QVERIFY(!Workspace::fromJson(json, &error));
    QVERIFY2(error.contains(u"line %1, column %2"_s.arg(line).arg(column)), qPrintable(error));
}

void TestWorkspace::newerSchemaVersionIsRefused()
{
    QByteArray json = sample().toJson();
    json.replace(R"("schemaVersion": 1,)"_ba, R"("schemaVersion": 2,)"_ba);
    QString error;
    QVERIFY(!Workspace::fromJson(json, &error));
    QVERIFY2(error.contains(u"newer version of Portico"_s), qPrintable(error));
    QVERIFY2(error.contains(u"schema version 2"_s), qPrintable(error));
    QVERIFY2(error.contains(u"schema version %1 and older"_s.arg(Workspace::kSchemaVersion)), qPrintable(error));
}

void TestWorkspace::fileWithoutSchemaVersionIsRefused()
{
    QString error;
    QVERIFY(!Workspace::fromJson(R"({"apis": []})"_ba, &error));
    QVERIFY2(error.contains(u"schemaVersion"_s), qPrintable(error));
    QVERIFY(!Workspace::fromJson(R"([{"schemaVersion": 1}])"_ba, &error));
    QVERIFY2(error.contains(u"not a JSON object"_s), qPrintable(error));
    QVERIFY(!Workspace::fromJson(R"({"schemaVersion": "1"})"_ba, &error));
    QVERIFY2(error.startsWith(u"schemaVersion: "_s), qPrintable(error));
}

void TestWorkspace::invalidFieldIsReportedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("path");

    QTest::newRow("template without leading slash")
        << R"("urlTemplate": "/workspaces/{workspace}/services/{service}/jobs/{jobid}/start)"_ba
        << R"("urlTemplate": "workspaces/{workspace}/services/{service}/jobs/{jobid}/start)"_ba
        << u"apis[0].operations[2].urlTemplate: "_s;
    QTest::newRow("method of the wrong type") << R"("method": "GET")"_ba
                                              << R"("method": 7)"_ba << u"apis[0].operations[3].method: "_s;
    QTest::newRow("template parameter not described")
        << R"("name": "details")"_ba
        << R"("name": "detail")"_ba << u"apis[0].operations[0].templateParameters: "_s;
    QTest::newRow("status code as text") << R"("statusCode": 200)"_ba
                                         << R"("statusCode": "200")"_ba
                                         << u"apis[0].operations[0].responses[0].statusCode: "_s;
    QTest::newRow("unknown protocol") << R"("https",)"_ba
                                      << R"("ftp",)"_ba << u"apis[0].protocols: "_s;
    QTest::newRow("header without name") << R"("name": "Content-Type",)"_ba << QByteArray()
                                         << u"apis[0].operations[0].request.headers[0].name: "_s;
    QTest::newRow("repeated environment name")
        << R"j("name": "Sandbox gateway (Starter, throttled)")j"_ba
        << R"j("name": "Sandbox gateway (Unlimited)")j"_ba << u"environments[1].name: "_s;
    QTest::newRow("unknown active environment")
        << R"j("activeEnvironment": "Sandbox gateway (Unlimited)")j"_ba
        << R"("activeEnvironment": "Production")"_ba << u"activeEnvironment: "_s;
    QTest::newRow("saved request without operation")
        << R"("operationId": "rrs-execute",)"_ba << QByteArray() << u"savedRequests[0].operationId: "_s;
}

void TestWorkspace::invalidFieldIsReportedWithItsPath()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, path);
    QByteArray json = sample().toJson();
    QVERIFY2(json.contains(from), from.constData());
    json.replace(from, to);
    QString error;
    QVERIFY(!Workspace::fromJson(json, &error));
    QVERIFY2(error.startsWith(path), qPrintable(error));
    QVERIFY2(error.size() > path.size() + 5, "the path is followed by a reason");
}

void TestWorkspace::missingFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"nothing.json"_s);
    QString error;
    QVERIFY(!Workspace::load(path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));

    QVERIFY(writeAll(path, "{"));
    QVERIFY(!Workspace::load(path, &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u": "_s), qPrintable(error));
    QVERIFY2(error.contains(u"line 1"_s), qPrintable(error));
}

void TestWorkspace::savedFileHoldsSecretReferencesNeverValues()
{
    const Workspace w = sample();
    const QHash<QString, QString> secrets{{kSandboxUnlimitedKeySecret, u"unl1m1ted0c0ffee0000000000000001"_s},
                                          {kSandboxStarterKeySecret, u"st4rter0c0ffee000000000000000002"_s},
                                          {kSandboxApiKeySecret, u"ap1key0c0ffee0000000000000000003"_s}};

    // What sending does with a copy of the saved request: the values are reachable...
    const SavedRequest *request = w.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    QVERIFY(request);
    for (const Environment &env : w.environments) {
        QStringList resolved;
        for (const auto &h : request->headers)
            resolved.append(substituteSecrets(substituteVariables(h.second, env), secrets));
        QVERIFY(resolved.contains(u"Bearer "_s + secrets.value(kSandboxApiKeySecret)));
    }

    // ...yet the file only ever names them.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"workspace.json"_s);
    QString error;
    QVERIFY2(w.save(path, &error), qPrintable(error));
    const QByteArray file = readAll(path);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        QVERIFY2(!file.contains(it.value().toUtf8()), qPrintable(it.key()));
        QVERIFY2(file.contains(QByteArray("{{secret:" + it.key().toUtf8() + "}}")), qPrintable(it.key()));
    }
}

void TestWorkspace::setSavedRequestReplacesInPlaceOrAppends()
{
    Workspace w = sample();
    SavedRequest status;
    status.apiId = u"azureml-demo"_s;
    status.operationId = u"bes-status"_s;
    status.parameters = {{u"jobid"_s, u"job-1"_s}};
    w.setSavedRequest(status);
    QCOMPARE(w.savedRequests.size(), 2);
    QVERIFY(w.savedRequest(u"azureml-demo"_s, u"bes-status"_s));
    QVERIFY(*w.savedRequest(u"azureml-demo"_s, u"bes-status"_s) == status);

    SavedRequest execute = *w.savedRequest(u"azureml-demo"_s, u"rrs-execute"_s);
    execute.body = u"{}"_s;
    w.setSavedRequest(execute);
    QCOMPARE(w.savedRequests.size(), 2);
    QCOMPARE(w.savedRequests.first().operationId, u"rrs-execute"_s); // kept its place
    QCOMPARE(w.savedRequests.first().body, u"{}"_s);
    QVERIFY(!w.savedRequest(u"azureml-demo"_s, u"bes-start"_s));
    QVERIFY(!w.savedRequest(u"other"_s, u"rrs-execute"_s));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
