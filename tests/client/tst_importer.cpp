// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The importer on real documents under tests/data/import: Postman collections, pasted curl
// commands, OpenAPI 3.0/3.1 and Swagger 2.0 in JSON and YAML, malformed inputs, and the round
// trips through Portico's own exports.
#include "client/catalog/requestbuilder.h"
#include "client/catalog/sampleworkspace.h"
#include "client/interop/curlexport.h"
#include "client/interop/importer.h"
#include "client/interop/openapiexport.h"
#include "client/interop/postmanexport.h"
#include "../common/importcompare.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico::client;

namespace {

QString dataPath(const QString &relative)
{
    return QString::fromUtf8(PORTICO_IMPORT_DATA) + u'/' + relative;
}

ImportResult load(const QString &relative)
{
    return importFile(dataPath(relative));
}

// Everything an import could write into a workspace or show, as one text.
QString everything(const ImportResult &r)
{
    QJsonArray apis;
    for (const Api &a : r.apis)
        apis.append(a.toJson());
    QJsonArray requests;
    for (const SavedRequest &s : r.requests)
        requests.append(s.toJson());
    QString out = QString::fromUtf8(QJsonDocument(apis).toJson()) + QString::fromUtf8(QJsonDocument(requests).toJson());
    for (const Environment &e : r.environments) {
        out += e.name;
        for (const auto &[name, value] : e.variables)
            out += name + u'=' + value + u'\n';
    }
    return out + r.notes.join(u'\n') + r.secretNames.join(u'\n') + r.error;
}

const Operation *findOperation(const ImportResult &r, const QString &id, const Api **api = nullptr)
{
    for (const Api &a : r.apis) {
        if (const Operation *op = a.operation(id)) {
            if (api)
                *api = &a;
            return op;
        }
    }
    return nullptr;
}

const Operation *byName(const ImportResult &r, const QString &name, const Api **api = nullptr)
{
    for (const Api &a : r.apis) {
        for (const Operation &op : a.operations) {
            if (op.name == name) {
                if (api)
                    *api = &a;
                return &op;
            }
        }
    }
    return nullptr;
}

QString header(const Operation &op, const QString &name)
{
    for (const Parameter &h : op.headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.defaultValue;
    }
    return u"<absent>"_s;
}

const Parameter *query(const Operation &op, const QString &name)
{
    for (const Parameter &p : op.queryParameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

bool hasNote(const ImportResult &r, const QString &part)
{
    return std::any_of(r.notes.cbegin(), r.notes.cend(), [&](const QString &n) { return n.contains(part); });
}

Workspace workspaceOf(const ImportResult &r)
{
    Workspace w;
    w.apis = r.apis;
    w.environments = r.environments;
    for (const SavedRequest &s : r.requests)
        w.setSavedRequest(s);
    return w;
}

const Environment *environmentFor(const ImportResult &r, const Api &api)
{
    for (const Environment &e : r.environments) {
        if (e.name == api.name)
            return &e;
    }
    return r.environments.isEmpty() ? nullptr : &r.environments.first();
}

// The values the Try-it panel starts from: the saved request's, else the operation's
// defaults and the API's subscription key header.
SavedRequest tryItValues(const Api &api, const Operation &op, const SavedRequest *saved, const Environment &env)
{
    SavedRequest r = saved ? *saved : SavedRequest{};
    QList<QPair<QString, QString>> parameters;
    auto value = [&](const Parameter &p) {
        for (const auto &[name, v] : r.parameters) {
            if (name == p.name)
                return v;
        }
        return p.defaultValue;
    };
    for (const Parameter &p : op.templateParameters)
        parameters.append({p.name, value(p)});
    for (const Parameter &p : op.queryParameters)
        parameters.append({p.name, value(p)});
    const bool hadHeaders = !r.headers.isEmpty();
    if (!hadHeaders) {
        for (const Parameter &h : op.headers)
            r.headers.append({h.name, h.defaultValue});
        if (!api.subscriptionKeyHeader.isEmpty())
            r.headers.append({api.subscriptionKeyHeader, u"{{subscriptionKey}}"_s});
    }
    if (r.body.isEmpty() && !hadHeaders && !op.requestRepresentations.isEmpty()) {
        r.body = op.requestRepresentations.first().sample;
        r.contentType = op.requestRepresentations.first().contentType;
    }
    // An empty value the environment has a variable for is that variable, as in the exports.
    for (auto &[name, v] : parameters) {
        if (v.isEmpty() && op.templateParameter(name) && env.contains(name))
            v = u"{{"_s + name + u"}}"_s;
    }
    r.parameters = parameters;
    return r;
}

// What would go over the wire for each operation: method, URL, headers and body, in the
// environment the import brought. Sorted by operation name.
QStringList sent(const Workspace &w, const QList<Environment> &environments)
{
    QStringList out;
    for (const Api &api : w.apis) {
        Environment env;
        for (const Environment &e : environments) {
            if (e.name == api.name || environments.size() == 1)
                env = e;
        }
        for (const Operation &op : api.operations) {
            const SavedRequest *saved = w.savedRequest(api.id, op.id);
            const BuiltRequest b = RequestBuilder::prepare(api, op, tryItValues(api, op, saved, env), env);
            QStringList headers;
            for (const auto &[name, value] : b.spec.headers)
                headers.append(QString::fromUtf8(name).toLower() + u": "_s + QString::fromUtf8(value));
            headers.sort();
            headers.prepend(QString::fromLatin1(b.spec.method) + u' ' + QString::fromUtf8(b.spec.url.toEncoded()));
            out.append(op.name + u" | "_s + headers.join(u'\n') + u"\n\n"_s + QString::fromUtf8(b.spec.body));
        }
    }
    out.sort();
    return out;
}

QStringList sent(const ImportResult &r)
{
    return sent(workspaceOf(r), r.environments);
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Postman
    void postmanFoldersBecomeTagsAndEveryRequestAnOperation();
    void postmanVariablesBecomeTheEnvironmentWithBaseUrl();
    void postmanAuthOfEachKindBecomesASecretReference();
    void postmanBodiesBecomeSamples();
    void postmanPathAndQueryVariables();
    void postmanDroppedConstructsEachHaveANote();
    void postmanImportHoldsNoKeyValue();
    void postmanExportOfAnImportSendsTheSameRequests();
    void postmanExportOfTheSampleWorkspaceRoundTrips();
    void postmanMalformedCollectionsAreRefused();

    // curl
    void curlOptionsBecomeTheRequest_data();
    void curlOptionsBecomeTheRequest();
    void curlQuotingFollowsBash_data();
    void curlQuotingFollowsBash();
    void curlDataFromFilesRelativeToTheImport();
    void curlUserBecomesABasicAuthSecret();
    void curlKeyHeadersBecomeSecrets();
    void curlIgnoredAndUnknownOptionsAreNoted();
    void curlMalformedInputNamesThePlace_data();
    void curlMalformedInputNamesThePlace();
    void curlCopyAsCurlRoundTrips();

    // OpenAPI / Swagger
    void openApiDocumentsImport_data();
    void openApiDocumentsImport();
    void openApiParametersKeepRequiredEnumDefaultAndDescription();
    void openApiBodiesFromExamplesOrSchemas();
    void openApiJsonKeysReadInKeyOrderTheLastOfTwoCounting();
    void openApiSecuritySchemesBecomeSecretHeaders();
    void openApiServersBecomeEnvironments();
    void openApiCallbacksAndCookiesAreNoted();
    void malformedDocumentsNameThePlace_data();
    void malformedDocumentsNameThePlace();
    void openApiExportOfAnImportIsEqual_data();
    void openApiExportOfAnImportIsEqual();
    void postmanExportOfAnOpenApiImportSendsTheSameRequests();
};

// --- Postman ---

void TestImporter::postmanFoldersBecomeTagsAndEveryRequestAnOperation()
{
    const ImportResult r = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, ImportFormat::Postman);
    QCOMPARE(r.operationCount(), 9);
    // The health check goes to another host: an API of its own, with its own base URL.
    QCOMPARE(r.apis.size(), 2);
    QCOMPARE(r.apis.at(0).name, u"Pet Store"_s);
    QCOMPARE(r.apis.at(0).description, u"Pets, adoptions and the shop's admin calls."_s);
    QCOMPARE(r.apis.at(1).name, u"Pet Store (status.example.com)"_s);
    QCOMPARE(byName(r, u"List pets"_s)->tags, QStringList{u"Pets"_s});
    QCOMPARE(byName(r, u"Delete pet"_s)->tags, QStringList{u"Pets / Admin"_s});
    QCOMPARE(byName(r, u"Apply"_s)->tags, QStringList{u"Adoptions"_s});
    QVERIFY(byName(r, u"Health"_s)->tags.isEmpty());
    QCOMPARE(byName(r, u"Create pet"_s)->method, u"POST"_s);
    QCOMPARE(byName(r, u"Delete pet"_s)->method, u"DELETE"_s);
    // Saved examples become the operation's responses.
    const Operation *list = byName(r, u"List pets"_s);
    QCOMPARE(list->responses.size(), 1);
    QCOMPARE(list->responses.first().statusCode, 200);
    QCOMPARE(list->responses.first().representations.first().contentType, u"application/json"_s);
    QCOMPARE(r.requests.size(), 9);
}

void TestImporter::postmanVariablesBecomeTheEnvironmentWithBaseUrl()
{
    const ImportResult r = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.environments.size(), 2);
    const Environment &env = r.environments.first();
    QCOMPARE(env.name, u"Pet Store"_s);
    QCOMPARE(env.value(u"baseUrl"_s), u"https://pets.example.com/v2"_s);
    QCOMPARE(env.value(u"petId"_s), u"42"_s);
    QCOMPARE(env.value(u"locale"_s), u"tr-TR"_s);
    // Variables that hold keys are not variables any more: they are keychain entries.
    QVERIFY(!env.contains(u"apiKey"_s));
    QVERIFY(!env.contains(u"vaultPassword"_s));
    QCOMPARE(r.environments.at(1).value(u"baseUrl"_s), u"https://status.example.com"_s);
    QCOMPARE(r.apis.first().serviceUrl, u"https://pets.example.com/v2"_s);
    // Operations are relative to baseUrl, and a {{variable}} header stays a variable.
    QCOMPARE(byName(r, u"List pets"_s)->urlTemplate, u"/pets"_s);
    QCOMPARE(header(*byName(r, u"List pets"_s), u"Accept-Language"_s), u"{{locale}}"_s);
    const QStringList requests = sent(r);
    QVERIFY2(requests.filter(u"List pets | GET https://pets.example.com/v2/pets?limit=20&status=available\n"_s).size() == 1,
             qPrintable(requests.join(u"\n---\n"_s)));
    QVERIFY(requests.filter(u"accept-language: tr-TR"_s).size() == 1);
}

void TestImporter::postmanAuthOfEachKindBecomesASecretReference()
{
    const ImportResult r = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // Collection-level apikey in a header, its value a variable: the variable is the secret.
    QCOMPARE(header(*byName(r, u"List pets"_s), u"X-API-Key"_s), u"{{secret:apiKey}}"_s);
    QCOMPARE(header(*byName(r, u"Apply"_s), u"X-API-Key"_s), u"{{secret:apiKey}}"_s);
    // A variable that holds a key is a reference wherever it is used, not only in auth.
    QCOMPARE(header(*byName(r, u"Apply"_s), u"X-Vault"_s), u"{{secret:vaultPassword}}"_s);
    // A request's own bearer token replaces the collection's key.
    const Operation *create = byName(r, u"Create pet"_s);
    QCOMPARE(header(*create, u"Authorization"_s), u"Bearer {{secret:bearerToken}}"_s);
    QCOMPARE(header(*create, u"X-API-Key"_s), u"<absent>"_s);
    // Basic: base64(user:password) is the secret; neither is written.
    QCOMPARE(header(*byName(r, u"Delete pet"_s), u"Authorization"_s), u"Basic {{secret:basic-admin}}"_s);
    // An apikey in the query.
    const Parameter *key = query(*byName(r, u"Audit log"_s), u"api_key"_s);
    QVERIFY(key);
    QCOMPARE(key->defaultValue, u"{{secret:api_key}}"_s);
    // noauth means no header at all.
    QCOMPARE(header(*byName(r, u"Health"_s), u"X-API-Key"_s), u"<absent>"_s);
    QCOMPARE(header(*byName(r, u"Health"_s), u"Authorization"_s), u"<absent>"_s);
    for (const QString &name : {u"apiKey"_s, u"bearerToken"_s, u"basic-admin"_s, u"api_key"_s, u"vaultPassword"_s})
        QVERIFY2(r.secretNames.contains(name), qPrintable(name + u" not in "_s + r.secretNames.join(u", "_s)));
    QVERIFY(hasNote(r, u"Variable 'apiKey' holds a key: it is the secret 'apiKey'"_s));
    QVERIFY(hasNote(r, u"Pets / Create pet: the key in its bearer token authorization was not imported; store it as "
                       "the secret 'bearerToken'."_s));
    QVERIFY(hasNote(r, u"basic authorization for user 'admin'"_s));
    QVERIFY(hasNote(r, u"The password was not imported."_s));
    QVERIFY(hasNote(r, u"Sign in with OAuth: 'oauth2' authorization not imported"_s));
}

void TestImporter::postmanBodiesBecomeSamples()
{
    const ImportResult r = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Operation *create = byName(r, u"Create pet"_s);
    QCOMPARE(create->requestRepresentations.size(), 1);
    QCOMPARE(create->requestRepresentations.first().contentType, u"application/json"_s);
    QCOMPARE(create->requestRepresentations.first().sample,
             u"{\n  \"name\": \"Karabaş\",\n  \"tag\": \"köpek 犬\"\n}"_s);
    QCOMPARE(header(*create, u"Content-Type"_s), u"application/json"_s);
    const Operation *apply = byName(r, u"Apply"_s);
    QCOMPARE(apply->requestRepresentations.first().contentType, u"application/x-www-form-urlencoded"_s);
    // Encoded field by field; a {{variable}} is left for the environment; disabled fields stay out.
    QCOMPARE(apply->requestRepresentations.first().sample,
             u"pet={{petId}}&name=Ay%C5%9Fe%20Y%C4%B1lmaz&note=a%26b%3Dc"_s);
    QVERIFY(sent(r).filter(u"pet=42&name=Ay%C5%9Fe"_s).size() == 1);
    const Operation *upload = byName(r, u"Upload photo"_s);
    QCOMPARE(upload->requestRepresentations.first().sample, u"caption=Bah%C3%A7ede"_s);
}

void TestImporter::postmanPathAndQueryVariables()
{
    const ImportResult r = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Operation *get = byName(r, u"Get pet"_s);
    QCOMPARE(get->urlTemplate, u"/pets/{id}"_s);
    QCOMPARE(get->templateParameters.size(), 1);
    QCOMPARE(get->templateParameters.first().defaultValue, u"7"_s);
    QCOMPARE(get->templateParameters.first().description, u"The pet's id"_s);
    const Operation *del = byName(r, u"Delete pet"_s);
    QCOMPARE(del->urlTemplate, u"/pets/{petId}"_s);
    QCOMPARE(del->templateParameters.first().defaultValue, u"{{petId}}"_s);
    QVERIFY(sent(r).filter(u"Delete pet | DELETE https://pets.example.com/v2/pets/42\n"_s).size() == 1);
    const Operation *list = byName(r, u"List pets"_s);
    QCOMPARE(list->queryParameters.size(), 3);
    QCOMPARE(query(*list, u"limit"_s)->defaultValue, u"20"_s);
    QCOMPARE(query(*list, u"limit"_s)->description, u"Page size"_s);
    // A disabled query parameter is offered, but not sent.
    QVERIFY(query(*list, u"offset"_s)->defaultValue.isEmpty());
}

void TestImporter::postmanDroppedConstructsEachHaveANote()
{
    const ImportResult r = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList expected{
        u"Pet Store: pre-request script not imported."_s,
        u"Pets / List pets: test script not imported."_s,
        u"Pets / List pets: disabled header 'X-Debug' not imported."_s,
        u"Pets / List pets: query parameter 'offset' is disabled; kept as optional, without its value."_s,
        u"Adoptions / Apply: disabled form field 'draft' not imported."_s,
        u"Adoptions / Upload photo: file part 'photo' of its form not imported."_s,
        u"Adoptions / Upload photo: multipart form sent URL-encoded."_s,
        u"'{{$guid}}' is a value Postman makes up on each run; set the variable yourself."_s,
        u"Variable 'vaultPassword' holds a key: it is the secret 'vaultPassword', its value was not imported."_s,
    };
    for (const QString &note : expected)
        QVERIFY2(r.notes.contains(note), qPrintable(note + u"\nnot in:\n"_s + r.notes.join(u'\n')));
}

void TestImporter::postmanImportHoldsNoKeyValue()
{
    const ImportResult r = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QString all = everything(r);
    for (const QString &secret : {u"sk-live-SECRETKEY1"_s, u"tok-SECRET-2"_s, u"hunter2-password"_s, u"qk-SECRET-3"_s,
                                  u"vault-SECRET-4"_s, u"oauth-SECRET-5"_s})
        QVERIFY2(!all.contains(secret), qPrintable(secret));
    // Nor does a merged workspace's file.
    Workspace w;
    mergeImport(&w, r);
    QVERIFY(!QString::fromUtf8(w.toJson()).contains(u"SECRET"_s));
}

void TestImporter::postmanExportOfAnImportSendsTheSameRequests()
{
    const ImportResult first = load(u"postman/petstore.postman_collection.json"_s);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const Workspace w = workspaceOf(first);
    for (const Api &api : w.apis) {
        const Environment *env = environmentFor(first, api);
        const QJsonObject collection = postmanCollection(w, api, env);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"exported.postman_collection.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(collection).toJson());
        f.close();
        const ImportResult again = importFile(file);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.apis.size(), 1);
        Workspace one;
        one.apis = {api};
        for (const SavedRequest &s : first.requests) {
            if (s.apiId == api.id)
                one.setSavedRequest(s);
        }
        QList<Environment> envs;
        if (env)
            envs.append(*env);
        // The same requests go out; operation ids, folders and descriptions survive.
        QCOMPARE(sent(workspaceOf(again), again.environments), sent(one, envs));
        QCOMPARE(again.apis.first().operations.size(), api.operations.size());
        for (qsizetype i = 0; i < api.operations.size(); ++i) {
            QCOMPARE(again.apis.first().operations.at(i).id, api.operations.at(i).id);
            QCOMPARE(again.apis.first().operations.at(i).tags, api.operations.at(i).tags);
            QCOMPARE(again.apis.first().operations.at(i).method, api.operations.at(i).method);
        }
        QCOMPARE(again.secretNames.size() > 0, first.secretNames.size() > 0 && api.id == first.apis.first().id);
        // The export's own status check is Portico's runner's check: not a dropped script.
        QVERIFY2(!hasNote(again, u"test script"_s), qPrintable(again.notes.join(u'\n')));
    }
}

void TestImporter::postmanExportOfTheSampleWorkspaceRoundTrips()
{
    const Workspace w = sampleWorkspace({QUrl(u"http://127.0.0.1:7001"_s), QUrl(u"http://127.0.0.1:7002/score"_s),
                                         u"ws-demo"_s, u"svc-demo"_s});
    const Api &api = w.apis.first();
    for (const Environment &env : w.environments) {
        const QByteArray bytes = QJsonDocument(postmanCollection(w, api, &env)).toJson();
        const ImportResult again = importDocument(bytes, QString());
        QVERIFY2(again.ok(), qPrintable(again.error));
        Workspace one;
        one.apis = {api};
        one.savedRequests = w.savedRequests;
        QCOMPARE(sent(workspaceOf(again), again.environments), sent(one, {env}));
        // Keys come back as the same keychain references.
        for (const QString &name : again.secretNames) {
            QVERIFY2(std::any_of(env.variables.cbegin(), env.variables.cend(),
                                 [&](const auto &v) { return v.second == u"{{secret:"_s + name + u"}}"_s; }),
                     qPrintable(name));
        }
        QCOMPARE(again.apis.first().operations.size(), api.operations.size());
        for (qsizetype i = 0; i < api.operations.size(); ++i)
            QCOMPARE(again.apis.first().operations.at(i).id, api.operations.at(i).id);
    }
}

void TestImporter::postmanMalformedCollectionsAreRefused()
{
    ImportResult r = load(u"malformed/postman-v1.json"_s);
    QCOMPARE(r.error, u"info.schema: 'https://schema.getpostman.com/json/collection/v1.0.0/collection.json' is not a "
                      "Postman collection v2.0 or v2.1; export it from Postman as v2.1."_s);
    QVERIFY(r.apis.isEmpty());
    r = load(u"malformed/postman-bad-item.json"_s);
    QCOMPARE(r.error, u"item[1]: expected an item or a folder."_s);
    QVERIFY(r.apis.isEmpty());
}

// --- curl ---

void TestImporter::curlOptionsBecomeTheRequest_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("wire"); // what sent() gives, without the operation name

    QTest::newRow("GET with a query string")
        << u"curl 'https://api.example.com/v1/pets?limit=5&q=kedi%20k%C3%B6pek'"_s
        << u"GET https://api.example.com/v1/pets?limit=5&q=kedi%20k%C3%B6pek\n\n"_s;
    QTest::newRow("-X and -H")
        << u"curl -X PUT -H 'Accept: application/json' -H 'X-Trace: 1' https://api.example.com/pets/7"_s
        << u"PUT https://api.example.com/pets/7\naccept: application/json\nx-trace: 1\n\n"_s;
    QTest::newRow("--request and --header, --url")
        << u"curl --request PATCH --header 'X-A: b' --url 'https://api.example.com/pets/7'"_s
        << u"PATCH https://api.example.com/pets/7\nx-a: b\n\n"_s;
    QTest::newRow("-d makes a form POST, several -d are joined with &")
        << u"curl https://api.example.com/form -d a=1 -d 'b=2 3'"_s
        << u"POST https://api.example.com/form\ncontent-type: application/x-www-form-urlencoded\n\na=1&b=2 3"_s;
    QTest::newRow("--data-raw keeps @ and the Content-Type given")
        << u"curl https://api.example.com/x -H 'Content-Type: text/plain' --data-raw '@not-a-file'"_s
        << u"POST https://api.example.com/x\ncontent-type: text/plain\n\n@not-a-file"_s;
    QTest::newRow("--data and --data-ascii")
        << u"curl https://api.example.com/x --data one --data-ascii two"_s
        << u"POST https://api.example.com/x\ncontent-type: application/x-www-form-urlencoded\n\none&two"_s;
    QTest::newRow("--data-urlencode forms")
        << u"curl https://api.example.com/x --data-urlencode 'q=a b&c' --data-urlencode '=ş' --data-urlencode raw"_s
        << u"POST https://api.example.com/x\ncontent-type: application/x-www-form-urlencoded\n\n"
           "q=a%20b%26c&%C5%9F&raw"_s;
    QTest::newRow("-G moves the data into the query")
        << u"curl -G https://api.example.com/search -d q=kedi -d page=2"_s
        << u"GET https://api.example.com/search?q=kedi&page=2\n\n"_s;
    QTest::newRow("--get with --data-urlencode")
        << u"curl --get --data-urlencode 'q=çay ve simit' https://api.example.com/search"_s
        << u"GET https://api.example.com/search?q=%C3%A7ay%20ve%20simit\n\n"_s;
    QTest::newRow("-X after the data overrides POST")
        << u"curl -d '{\"a\":1}' -H 'Content-Type: application/json' -X PUT https://api.example.com/j"_s
        << u"PUT https://api.example.com/j\ncontent-type: application/json\n\n{\"a\":1}"_s;
    QTest::newRow("clustered short options and attached values")
        << u"curl -sSLk -XDELETE -HAccept:text/csv https://api.example.com/jobs/9"_s
        << u"DELETE https://api.example.com/jobs/9\naccept: text/csv\n\n"_s;
    QTest::newRow("-I is HEAD")
        << u"curl -I https://api.example.com/"_s << u"HEAD https://api.example.com/\n\n"_s;
    QTest::newRow("-A and -e become headers")
        << u"curl -A 'Portico/1' -e https://ref.example.com https://api.example.com/"_s
        << u"GET https://api.example.com/\nreferer: https://ref.example.com\nuser-agent: Portico/1\n\n"_s;
    QTest::newRow("--json sets both content types")
        << u"curl --json '{\"ad\":\"Çağrı\"}' https://api.example.com/people"_s
        << u"POST https://api.example.com/people\naccept: application/json\ncontent-type: application/json\n\n"
           "{\"ad\":\"Çağrı\"}"_s;
    QTest::newRow("a port and no scheme")
        << u"curl localhost:8080/health"_s << u"GET http://localhost:8080/health\n\n"_s;
    QTest::newRow("a prompt before it")
        << u"$ curl https://api.example.com/a"_s << u"GET https://api.example.com/a\n\n"_s;
}

void TestImporter::curlOptionsBecomeTheRequest()
{
    QFETCH(QString, command);
    QFETCH(QString, wire);
    const ImportResult r = importDocument(command.toUtf8(), QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, ImportFormat::Curl);
    QCOMPARE(r.operationCount(), 1);
    const QStringList requests = sent(r);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().section(u" | "_s, 1), wire);
}

void TestImporter::curlQuotingFollowsBash_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("body");

    QTest::newRow("single quotes keep everything")
        << u"curl https://x.example/ --data-raw 'a \"b\" \\n $HOME `x`'"_s << u"a \"b\" \\n $HOME `x`"_s;
    QTest::newRow("double quotes with backslash escapes")
        << u"curl https://x.example/ --data-raw \"say \\\"merhaba\\\" \\$5 \\\\ \\a\""_s
        << u"say \"merhaba\" $5 \\ \\a"_s;
    QTest::newRow("ANSI-C quoting")
        << u"curl https://x.example/ --data-raw $'l1\\nl2\\t\\'q\\' \\u00e7\\x41 \\xc5\\x9f \\101'"_s
        << u"l1\nl2\t'q' çA ş A"_s;
    QTest::newRow("backslash-newline continuations")
        << u"curl https://x.example/ \\\n  --data-raw \\\n  'one' \\\r\n  -H 'X-A: 1'"_s << u"one"_s;
    QTest::newRow("a quote closed and reopened in one word")
        << u"curl https://x.example/ --data-raw 'it'\\''s '\"Ayşe's\"' ok'"_s << u"it's Ayşe's ok"_s;
    QTest::newRow("Turkish and CJK text")
        << u"curl https://x.example/ --data-raw '{\"şehir\":\"İstanbul\",\"都市\":\"東京\"}'"_s
        << u"{\"şehir\":\"İstanbul\",\"都市\":\"東京\"}"_s;
    QTest::newRow("unquoted backslashes escape")
        << u"curl https://x.example/ --data-raw a\\ b\\&c"_s << u"a b&c"_s;
    QTest::newRow("shell variables become variables")
        << u"curl https://x.example/ --data-raw \"user=${USER_NAME}&x=$X\""_s << u"user={{USER_NAME}}&x={{X}}"_s;
}

void TestImporter::curlQuotingFollowsBash()
{
    QFETCH(QString, command);
    QFETCH(QString, body);
    const ImportResult r = importDocument(command.toUtf8(), QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.requests.size(), 1);
    QCOMPARE(r.requests.first().body, body);
}

void TestImporter::curlDataFromFilesRelativeToTheImport()
{
    // A pasted command reads files relative to where the paste came from.
    const QString location = dataPath(u"curl/"_s);
    ImportResult r = importDocument("curl https://x.example/up --data-binary @body-crlf.txt", location);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.requests.first().body, u"line one\r\nsatır iki — 二行目\r\n"_s);
    // -d @file strips the line ends, as curl does.
    r = importDocument("curl https://x.example/up -d @body-crlf.txt", location);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.requests.first().body, u"line onesatır iki — 二行目"_s);
    // --data-urlencode name@file.
    r = importDocument("curl https://x.example/up --data-urlencode pet@pet.json", location);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.requests.first().body, u"pet=%7B%22name%22%3A%22Pamuk%22%2C%0A%20%22tag%22%3A%22kedi%22%7D%0A"_s);
    // A file from a script next to it: importFile passes its own path.
    r = importFile(dataPath(u"curl/copied-from-browser.sh"_s));
    QVERIFY2(r.ok(), qPrintable(r.error));
    // Relative to the current directory when the text has no location.
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(dataPath(u"curl"_s));
    r = importDocument("curl https://x.example/up -H 'Content-Type: application/json' --data-binary @pet.json", QString());
    QDir::setCurrent(cwd);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.requests.first().body, u"{\"name\":\"Pamuk\",\n \"tag\":\"kedi\"}\n"_s);
    QCOMPARE(r.requests.first().contentType, u"application/json"_s);
    // A file that cannot be read, and one that is not text, are refused by name.
    r = importDocument("curl https://x.example/up --data-binary @missing.bin", location);
    QVERIFY(r.error.startsWith(u"--data-binary @missing.bin: cannot read '"_s + dataPath(u"curl/missing.bin'"_s)));
    QVERIFY(r.apis.isEmpty());
    r = importDocument("curl https://x.example/up --data-binary @not-utf8.bin", location);
    QCOMPARE(r.error, u"--data-binary @not-utf8.bin: the file is not UTF-8 text, and a request body here holds text."_s);
}

void TestImporter::curlUserBecomesABasicAuthSecret()
{
    ImportResult r = importDocument("curl -u 'ayse:p4ss-SECRET' https://api.example.com/me", QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(header(r.apis.first().operations.first(), u"Authorization"_s), u"Basic {{secret:basic-ayse}}"_s);
    QCOMPARE(r.secretNames, QStringList{u"basic-ayse"_s});
    QVERIFY(hasNote(r, u"Basic authorization for user 'ayse': store base64(user:password) as the secret 'basic-ayse'. "
                       "The password was not imported."_s));
    QVERIFY(!everything(r).contains(u"p4ss"_s));
    r = importDocument("curl --user bob https://bob:hunter2-SECRET@api.example.com/me", QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(!everything(r).contains(u"hunter2"_s));
    QCOMPARE(r.environments.first().value(u"baseUrl"_s), u"https://api.example.com"_s);
}

void TestImporter::curlKeyHeadersBecomeSecrets()
{
    const ImportResult r = importFile(dataPath(u"curl/copied-from-browser.sh"_s));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Operation &op = r.apis.first().operations.first();
    QCOMPARE(header(op, u"Ocp-Apim-Subscription-Key"_s), u"{{secret:Ocp-Apim-Subscription-Key}}"_s);
    QCOMPARE(header(op, u"x-note"_s), u"it's çok güzel\tok"_s);
    QVERIFY(hasNote(r, u"Header 'Ocp-Apim-Subscription-Key' carries a key: it is the secret "
                       "'Ocp-Apim-Subscription-Key', its value was not imported."_s));
    QVERIFY(!everything(r).contains(u"0123456789abcdef"_s));
    QCOMPARE(sent(r).first().section(u" | "_s, 1).section(u'\n', 0, 0),
             u"GET https://pets.example.com/v2/pets/7?lang=tr&fields=name%2Ctag"_s);

    const QList<std::pair<QByteArray, QString>> cases{
        {"curl https://x.example/ -H 'Authorization: Bearer eyJ-SECRET'", u"Bearer {{secret:Authorization}}"_s},
        {"curl https://x.example/ -H 'api-key: k-SECRET'", u"{{secret:api-key}}"_s},
        {"curl https://x.example/ -H 'X-API-Key: k-SECRET'", u"{{secret:X-API-Key}}"_s},
        {"curl https://x.example/ -H \"Authorization: Bearer $TOKEN\"", u"Bearer {{secret:TOKEN}}"_s},
        {"curl https://x.example/ -H 'Authorization: Bearer '\"${PORTICO_SECRET_sandbox_key}\"''",
         u"Bearer {{secret:sandbox_key}}"_s},
    };
    for (const auto &[command, expected] : cases) {
        const ImportResult c = importDocument(command, QString());
        QVERIFY2(c.ok(), qPrintable(c.error));
        const Operation &o = c.apis.first().operations.first();
        const QString value = header(o, u"Authorization"_s) != u"<absent>"_s ? header(o, u"Authorization"_s)
            : header(o, u"api-key"_s) != u"<absent>"_s                     ? header(o, u"api-key"_s)
                                                                          : header(o, u"X-API-Key"_s);
        QCOMPARE(value, expected);
        QVERIFY(!everything(c).contains(u"SECRET"_s));
    }
    // A key in the query string too.
    const ImportResult q = importDocument("curl 'https://x.example/a?subscription-key=abc-SECRET&x=1'", QString());
    QVERIFY2(q.ok(), qPrintable(q.error));
    QCOMPARE(query(q.apis.first().operations.first(), u"subscription-key"_s)->defaultValue,
             u"{{secret:subscription-key}}"_s);
    QVERIFY(!everything(q).contains(u"SECRET"_s));
}

void TestImporter::curlIgnoredAndUnknownOptionsAreNoted()
{
    const ImportResult r = importDocument(
        "curl --compressed -s -k -L -i -v -o out.json --frobnicate https://x.example/a -F file=@x.png | jq .",
        QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QStringList expected{
        u"--compressed ignored: it does not change the request."_s,
        u"-s ignored: it does not change the request."_s,
        u"-k ignored: Portico always checks the server's certificate."_s,
        u"-L ignored: it does not change the request."_s,
        u"-i ignored: it does not change the request."_s,
        u"-v ignored: it does not change the request."_s,
        u"-o out.json ignored: it does not change the request."_s,
        u"Unknown option --frobnicate ignored."_s,
        u"-F file=@x.png: multipart form fields are not imported."_s,
        u"Text after the curl command ignored: '| jq .'."_s,
    };
    for (const QString &note : expected)
        QVERIFY2(r.notes.contains(note), qPrintable(note + u"\nnot in:\n"_s + r.notes.join(u'\n')));
}

void TestImporter::curlMalformedInputNamesThePlace_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("error");
    QTest::newRow("unterminated single quote")
        << u"curl https://x.example/ \\\n  -H 'Accept: text/plain"_s
        << u"Unterminated single quote opened at line 2, column 6."_s;
    QTest::newRow("unterminated double quote")
        << u"curl \"https://x.example/"_s << u"Unterminated double quote opened at line 1, column 6."_s;
    QTest::newRow("unterminated ANSI-C string")
        << u"curl https://x.example/ -d $'abc\\'"_s << u"Unterminated $'…' string opened at line 1, column 28."_s;
    QTest::newRow("option without its value")
        << u"curl https://x.example/ -H"_s << u"-H at line 1, column 25 needs a value."_s;
    QTest::newRow("no URL") << u"curl -X POST -d a=1"_s << u"The curl command has no URL."_s;
}

void TestImporter::curlMalformedInputNamesThePlace()
{
    QFETCH(QString, command);
    QFETCH(QString, error);
    const ImportResult r = importDocument(command.toUtf8(), QString());
    QCOMPARE(r.error, error);
    QVERIFY(r.apis.isEmpty());
    QVERIFY(r.requests.isEmpty());
}

void TestImporter::curlCopyAsCurlRoundTrips()
{
    // "Copy as curl" of every request in the sample workspace, pasted back.
    const Workspace w = sampleWorkspace({QUrl(u"http://127.0.0.1:7001"_s), QUrl(u"http://127.0.0.1:7002/score"_s),
                                         u"ws-demo"_s, u"svc-demo"_s});
    const Api &api = w.apis.first();
    int checked = 0;
    for (const Environment &env : w.environments) {
        for (const Operation &op : api.operations) {
            const BuiltRequest before =
                RequestBuilder::prepare(api, op, tryItValues(api, op, w.savedRequest(api.id, op.id), env), env);
            if (!before.missingParameters.isEmpty())
                continue; // a job id only the caller knows: nothing to copy yet
            const QString command = curlCommand(before);
            ImportOptions options;
            options.knownSecretNames = {kSandboxApiKeySecret, kSandboxUnlimitedKeySecret, kSandboxStarterKeySecret};
            const ImportResult r = importDocument(command.toUtf8(), QString(), options);
            QVERIFY2(r.ok(), qPrintable(r.error + u"\n"_s + command));
            const Api &imported = r.apis.first();
            const BuiltRequest after = RequestBuilder::prepare(imported, imported.operations.first(),
                                                               r.requests.first(), r.environments.first());
            QCOMPARE(after.spec.method, before.spec.method);
            QCOMPARE(after.spec.url.toEncoded(), before.spec.url.toEncoded());
            auto lowered = [](const BuiltRequest &b) {
                QStringList out;
                for (const auto &[n, v] : b.spec.headers)
                    out.append(QString::fromUtf8(n).toLower() + u": "_s + QString::fromUtf8(v));
                out.sort();
                return out;
            };
            QCOMPARE(lowered(after), lowered(before));
            QCOMPARE(after.spec.body, before.spec.body);
            QCOMPARE(after.secretNames, before.secretNames);
            ++checked;
        }
    }
    QVERIFY(checked >= 6);
}

// --- OpenAPI / Swagger ---

void TestImporter::openApiDocumentsImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("operations");
    QTest::newRow("OpenAPI 3.0 YAML") << u"openapi/petstore-3.0.yaml"_s << int(ImportFormat::OpenApi3) << 5;
    QTest::newRow("OpenAPI 3.0 JSON") << u"openapi/petstore-3.0.json"_s << int(ImportFormat::OpenApi3) << 5;
    QTest::newRow("OpenAPI 3.1 JSON") << u"openapi/petstore-3.1.json"_s << int(ImportFormat::OpenApi3) << 5;
    QTest::newRow("Swagger 2.0 JSON") << u"openapi/swagger-2.0.json"_s << int(ImportFormat::Swagger2) << 3;
    QTest::newRow("Swagger 2.0 YAML") << u"openapi/swagger-2.0.yaml"_s << int(ImportFormat::Swagger2) << 3;
}

void TestImporter::openApiDocumentsImport()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(int, operations);
    const ImportResult r = load(file);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(int(r.format), format);
    QCOMPARE(r.operationCount(), operations);
    // Tags group the operations.
    QCOMPARE(findOperation(r, u"listPets"_s)->tags, QStringList{u"pets"_s});
    if (operations == 5)
        QCOMPARE(findOperation(r, u"placeOrder"_s)->tags, QStringList{u"store"_s});
    // A $ref inside the document (#/components or #/definitions) becomes a generated body.
    const Operation *create = findOperation(r, u"createPet"_s);
    QVERIFY(create->requestRepresentations.first().sample.contains(u"\"name\": \"Pamuk\""_s));
    if (format == int(ImportFormat::Swagger2))
        QVERIFY(create->requestRepresentations.first().sample.contains(u"\"name\": \"kedi\""_s));
    // The YAML and JSON spellings of one document give the same operations.
    if (file.endsWith(u".yaml"_s)) {
        QString twin = file;
        twin.replace(u".yaml"_s, u".json"_s);
        const ImportResult json = load(twin);
        QVERIFY2(json.ok(), qPrintable(json.error));
        QCOMPARE(json.apis.first().operations, r.apis.first().operations);
        QCOMPARE(json.environments, r.environments);
    }
}

void TestImporter::openApiParametersKeepRequiredEnumDefaultAndDescription()
{
    for (const QString &file : {u"openapi/petstore-3.0.yaml"_s, u"openapi/swagger-2.0.json"_s}) {
        const ImportResult r = load(file);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Operation *list = findOperation(r, u"listPets"_s);
        // A required query parameter is part of the template; an optional one is not.
        QCOMPARE(list->urlTemplate, u"/pets?status={status}"_s);
        const Parameter *status = list->templateParameter(u"status"_s);
        QVERIFY(status);
        QVERIFY(status->required);
        QCOMPARE(status->defaultValue, u"available"_s);
        QVERIFY(status->values.contains(u"available"_s) && status->values.contains(u"sold"_s));
        const Parameter *limit = query(*list, u"limit"_s);
        QVERIFY(limit);
        QVERIFY(!limit->required);
        QCOMPARE(limit->defaultValue, u"20"_s);
        QCOMPARE(limit->type, u"integer"_s);
        QCOMPARE(limit->description, u"How many to return"_s);
        // A header parameter, here through a $ref to a sibling file in 3.0.
        bool found = false;
        for (const Parameter &h : list->headers) {
            if (h.name == u"X-Trace-Id") {
                found = true;
                QCOMPARE(h.description, u"Passed through to the logs"_s);
                QVERIFY(!h.required);
            }
        }
        QVERIFY(found);
    }
    const ImportResult r = load(u"openapi/petstore-3.0.yaml"_s);
    const Operation *get = findOperation(r, u"getPet"_s);
    QCOMPARE(get->urlTemplate, u"/pets/{petId}"_s);
    QCOMPARE(get->templateParameters.first().description, u"The pet's id"_s);
    QCOMPARE(get->templateParameters.first().type, u"integer"_s);
    // The sibling file's Error schema has its example.
    const ImportResult swagger = load(u"openapi/swagger-2.0.json"_s);
    const Operation *upload = findOperation(swagger, u"uploadPhoto"_s);
    QCOMPARE(upload->requestRepresentations.first().contentType, u"application/x-www-form-urlencoded"_s);
    QCOMPARE(upload->requestRepresentations.first().sample, u"caption=Bahçede"_s);
}

void TestImporter::openApiBodiesFromExamplesOrSchemas()
{
    const ImportResult r = load(u"openapi/petstore-3.0.yaml"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    // example
    QCOMPARE(findOperation(r, u"updatePet"_s)->requestRepresentations.first().sample,
             u"{\n    \"name\": \"Karabaş\",\n    \"tag\": \"köpek\"\n}"_s);
    // examples: the first, with a note about the rest
    QCOMPARE(findOperation(r, u"placeOrder"_s)->requestRepresentations.first().sample,
             u"{\n    \"petId\": 7,\n    \"quantity\": 10\n}"_s);
    QVERIFY(hasNote(r, u"POST /store/orders: 2 examples; kept 'large'."_s));
    // generated from the schema, through #/components
    const QString generated = findOperation(r, u"createPet"_s)->requestRepresentations.first().sample;
    QCOMPARE(generated, u"{\n    \"born\": \"2026-01-01\",\n    \"name\": \"Pamuk\",\n    \"tag\": \"string\"\n}"_s);
    // 3.1: a type list and a schema's examples array
    const ImportResult r31 = load(u"openapi/petstore-3.1.json"_s);
    QVERIFY(findOperation(r31, u"createPet"_s)->requestRepresentations.first().sample.contains(u"\"tag\": \"kedi\""_s));
}

void TestImporter::openApiJsonKeysReadInKeyOrderTheLastOfTwoCounting()
{
    // A title given twice and paths and examples out of key order: the import reads them as a
    // JSON object holds them.
    const QByteArray json = R"({"openapi": "3.0.3", "info": {"title": "First", "title": "Second"},
        "paths": {"/b": {"post": {"operationId": "post-b", "requestBody": {"content": {"application/json":
            {"examples": {"zeta": {"value": {"n": 1}}, "alpha": {"value": {"n": 2, "n": 3}}}}}}}},
                  "/a": {"get": {"operationId": "get-a"}}}})";
    const ImportResult r = importDocument(json, QString());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.apis.first().name, u"Second"_s);
    QCOMPARE(r.apis.first().operations.first().id, u"get-a"_s);
    QCOMPARE(findOperation(r, u"post-b"_s)->requestRepresentations.first().sample, u"{\n    \"n\": 3\n}"_s);
    QVERIFY(hasNote(r, u"POST /b: 2 examples; kept 'alpha'."_s));

    // A number beyond 64 bits and an escaped lone surrogate are JSON Qt reads: they import.
    const QByteArray wide = R"({"openapi": "3.0.3", "info": {"title": "Wide"}, "paths": {"/a": {"post":
        {"operationId": "post-a", "summary": "\ud800 lone", "requestBody": {"content": {"application/json":
            {"example": {"n": 123456789012345678901234}}}}}}}})";
    const ImportResult w = importDocument(wide, QString());
    QVERIFY2(w.ok(), qPrintable(w.error));
    QVERIFY(findOperation(w, u"post-a"_s)->name.endsWith(u" lone"_s));
    QCOMPARE(findOperation(w, u"post-a"_s)->requestRepresentations.first().sample,
             u"{\n    \"n\": 1.2345678901234569e+23\n}"_s);
}

void TestImporter::openApiSecuritySchemesBecomeSecretHeaders()
{
    const ImportResult r = load(u"openapi/petstore-3.0.yaml"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(header(*findOperation(r, u"listPets"_s), u"Ocp-Apim-Subscription-Key"_s), u"{{secret:apiKeyHeader}}"_s);
    QCOMPARE(header(*findOperation(r, u"getPet"_s), u"Authorization"_s), u"Bearer {{secret:bearerAuth}}"_s);
    QCOMPARE(header(*findOperation(r, u"getPet"_s), u"Ocp-Apim-Subscription-Key"_s), u"<absent>"_s);
    QCOMPARE(query(*findOperation(r, u"placeOrder"_s), u"subscription-key"_s)->defaultValue,
             u"{{secret:apiKeyQuery}}"_s);
    QCOMPARE(r.apis.first().subscriptionKeyHeader, u"Ocp-Apim-Subscription-Key"_s);
    for (const QString &name : {u"apiKeyHeader"_s, u"bearerAuth"_s, u"apiKeyQuery"_s})
        QVERIFY2(r.secretNames.contains(name), qPrintable(r.secretNames.join(u", "_s)));
    const ImportResult swagger = load(u"openapi/swagger-2.0.yaml"_s);
    QCOMPARE(header(*findOperation(swagger, u"listPets"_s), u"api-key"_s), u"{{secret:api_key}}"_s);
    QCOMPARE(query(*findOperation(swagger, u"uploadPhoto"_s), u"subscription-key"_s)->defaultValue,
             u"{{secret:query_key}}"_s);
}

void TestImporter::openApiServersBecomeEnvironments()
{
    const ImportResult r = load(u"openapi/petstore-3.0.yaml"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.environments.size(), 2);
    QCOMPARE(r.environments.at(0).value(u"baseUrl"_s), u"https://eu.pets.example.com/v1"_s);
    QCOMPARE(r.environments.at(1).value(u"baseUrl"_s), u"http://localhost:8080/v1"_s);
    QVERIFY(r.environments.at(0).name != r.environments.at(1).name);
    QVERIFY(hasNote(r, u"Server variable 'region' set to its default 'eu'"_s));
    const ImportResult swagger = load(u"openapi/swagger-2.0.json"_s);
    QCOMPARE(swagger.environments.size(), 2);
    QCOMPARE(swagger.environments.at(0).value(u"baseUrl"_s), u"https://pets.example.com/v2"_s);
    QCOMPARE(swagger.environments.at(1).value(u"baseUrl"_s), u"http://pets.example.com/v2"_s);
}

void TestImporter::openApiCallbacksAndCookiesAreNoted()
{
    const ImportResult r = load(u"openapi/petstore-3.0.yaml"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.notes.contains(u"POST /pets: callbacks ignored."_s), qPrintable(r.notes.join(u'\n')));
    QVERIFY(r.notes.contains(u"GET /pets: cookie parameter 'session' sent as a Cookie header."_s));
    QCOMPARE(header(*findOperation(r, u"listPets"_s), u"Cookie"_s), u"session="_s);
    const ImportResult r31 = load(u"openapi/petstore-3.1.json"_s);
    QVERIFY(r31.notes.contains(u"'webhooks' ignored: only paths become operations."_s));
}

void TestImporter::malformedDocumentsNameThePlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("JSON: a missing comma")
        << u"malformed/missing-comma.json"_s << u"JSON error at line 6, column 6: unterminated object"_s;
    QTest::newRow("YAML: bad indentation")
        << u"malformed/bad-indent.yaml"_s << u"YAML error at line 9, column 4: end of map not found"_s;
    QTest::newRow("an internal $ref that does not resolve")
        << u"malformed/unresolved-ref.yaml"_s
        << u"paths./pets.post.parameters[0]: $ref '#/components/parameters/Missing' does not resolve: 'components' is "
           "not there"_s;
    QTest::newRow("a sibling file that is not there")
        << u"malformed/missing-sibling.yaml"_s
        << u"paths./pets: $ref 'no-such-file.yaml#/paths/~1pets' does not resolve: "_s +
            dataPath(u"malformed/no-such-file.yaml"_s);
    QTest::newRow("a $ref to itself")
        << u"malformed/self-ref.yaml"_s << u"paths./pets: $ref '#/paths/~1pets' refers to itself"_s;
    QTest::newRow("a version Portico does not read")
        << u"malformed/wrong-version.yaml"_s
        << u"openapi: version '4.0.0' is not one Portico reads (Swagger 2.0, OpenAPI 3.0 or 3.1)."_s;
    QTest::newRow("not an API at all")
        << u"malformed/not-a-spec.json"_s
        << u"Not an OpenAPI or Swagger document, a Postman collection or a curl command"_s;
    QTest::newRow("a file that is not there") << u"malformed/absent.yaml"_s << dataPath(u"malformed/absent.yaml: "_s);
}

void TestImporter::malformedDocumentsNameThePlace()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const ImportResult r = load(file);
    QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    QVERIFY(r.apis.isEmpty());
    QVERIFY(!r.ok());
    // The workspace is left as it was.
    Workspace w = sampleWorkspace({QUrl(u"http://127.0.0.1:7001"_s), QUrl(u"http://127.0.0.1:7002/score"_s),
                                   u"ws-demo"_s, u"svc-demo"_s});
    const QByteArray before = w.toJson();
    QVERIFY(previewMerge(w, r).isEmpty());
    QCOMPARE(w.toJson(), before);
}

void TestImporter::openApiExportOfAnImportIsEqual_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("OpenAPI 3.0 YAML") << u"openapi/petstore-3.0.yaml"_s;
    QTest::newRow("OpenAPI 3.1 JSON") << u"openapi/petstore-3.1.json"_s;
    QTest::newRow("Swagger 2.0 JSON") << u"openapi/swagger-2.0.json"_s;
    QTest::newRow("Postman collection") << u"postman/petstore.postman_collection.json"_s;
}

void TestImporter::openApiExportOfAnImportIsEqual()
{
    QFETCH(QString, file);
    const ImportResult first = load(file);
    QVERIFY2(first.ok(), qPrintable(first.error));
    for (const Api &api : first.apis) {
        const Environment *env = environmentFor(first, api);
        const QJsonObject doc = openApiDocument(api, env ? env->value(u"baseUrl"_s) : QString());
        const ImportResult again = importDocument(QJsonDocument(doc).toJson(), QString());
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.apis.size(), 1);
        const Api &back = again.apis.first();
        QCOMPARE(back.operations.size(), api.operations.size());
        for (const Operation &original : api.operations) {
            QVERIFY2(back.operation(original.id), qPrintable(original.id));
            const Operation actual = secretNamesHidden(jsonSamplesFormatted(*back.operation(original.id)));
            const Operation expected = secretNamesHidden(jsonSamplesFormatted(original));
            QCOMPARE(actual.templateParameters, expected.templateParameters);
            QCOMPARE(actual.queryParameters, expected.queryParameters);
            auto dump = [](const Operation &o) { return QString::fromUtf8(QJsonDocument(o.toJson()).toJson()); };
            QVERIFY2(actual.headers == expected.headers, qPrintable(dump(actual) + u"\n---\n"_s + dump(expected)));
            QCOMPARE(actual.requestRepresentations, expected.requestRepresentations);
            QCOMPARE(actual.responses, expected.responses);
            QCOMPARE(actual, expected);
        }
        QCOMPARE(back.subscriptionKeyHeader, api.subscriptionKeyHeader);
        // And a second round changes nothing more.
        const ImportResult third = importDocument(QJsonDocument(openApiDocument(back, QString())).toJson(), QString());
        QCOMPARE(third.apis.first().operations.size(), back.operations.size());
        for (const Operation &op : back.operations)
            QCOMPARE(*third.apis.first().operation(op.id), op);
    }
}

void TestImporter::postmanExportOfAnOpenApiImportSendsTheSameRequests()
{
    const ImportResult first = load(u"openapi/petstore-3.0.yaml"_s);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const Workspace w = workspaceOf(first);
    const Api &api = w.apis.first();
    const Environment &env = first.environments.first();
    const ImportResult again = importDocument(QJsonDocument(postmanCollection(w, api, &env)).toJson(), QString());
    QVERIFY2(again.ok(), qPrintable(again.error));
    Workspace one;
    one.apis = {api};
    one.savedRequests = w.savedRequests;
    QCOMPARE(sent(workspaceOf(again), again.environments), sent(one, {env}));
    for (const Operation &op : api.operations) {
        QVERIFY2(findOperation(again, op.id), qPrintable(op.id));
        QCOMPARE(findOperation(again, op.id)->tags, op.tags);
    }
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
