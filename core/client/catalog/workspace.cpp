// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/workspace.h"

#include "client/common/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

struct WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

QJsonArray pairsToJson(const QList<QPair<QString, QString>> &pairs)
{
    QJsonArray a;
    for (const auto &p : pairs)
        a.append(QJsonObject{{u"name"_s, p.first}, {u"value"_s, p.second}});
    return a;
}

struct EnvironmentJson
{
    Environment environment;

    static QJsonObject toJson(const Environment &e)
    {
        QJsonObject o{{u"name"_s, e.name}, {u"variables"_s, pairsToJson(e.variables)}};
        if (!e.kind.isEmpty()) // plain environments keep the shape older files have
            o.insert(u"kind"_s, e.kind);
        return o;
    }
    static std::optional<EnvironmentJson> fromJson(const QJsonValue &json, const QString &path, QString *error)
    {
        JsonFields f(json, path, error);
        EnvironmentJson e;
        e.environment.name = f.string(u"name"_s, true);
        e.environment.kind = f.string(u"kind"_s);
        e.environment.variables = f.pairs(u"variables"_s);
        if (!f.ok())
            return std::nullopt;
        return e;
    }
};

// QJsonObject sorts its keys alphabetically, which would put "description" above "id" and
// "operations" in the middle of an API. The file is meant to be read and diffed, so objects
// are written in this order instead; keys not listed follow, alphabetically.
const QStringList &keyOrder()
{
    static const QStringList order{
        u"schemaVersion"_s, u"activeEnvironment"_s,
        u"environments"_s,  u"id"_s,
        u"apiId"_s,         u"operationId"_s,
        u"statusCode"_s,    u"name"_s,
        u"value"_s,         u"method"_s,
        u"urlTemplate"_s,   u"description"_s,
        u"type"_s,          u"required"_s,
        u"defaultValue"_s,  u"values"_s,
        u"serviceUrl"_s,    u"path"_s,
        u"protocols"_s,     u"subscriptionKeyParameterNames"_s,
        u"header"_s,        u"query"_s,
        u"products"_s,      u"templateParameters"_s,
        u"request"_s,       u"queryParameters"_s,
        u"parameters"_s,    u"headers"_s,
        u"variables"_s,     u"representations"_s,
        u"contentType"_s,   u"sample"_s,
        u"body"_s,          u"responses"_s,
        u"operations"_s,    u"apis"_s,
        u"savedRequests"_s,
    };
    return order;
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth);

void writeIndent(QByteArray &out, int depth)
{
    out.append(QByteArray(depth * 4, ' '));
}

// Scalars go through QJsonDocument so escaping is exactly what the parser expects back.
QByteArray scalarJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void writeObject(QByteArray &out, const QJsonObject &object, int depth)
{
    if (object.isEmpty()) {
        out.append("{}");
        return;
    }
    QStringList keys = object.keys();
    const QStringList &order = keyOrder();
    std::stable_sort(keys.begin(), keys.end(), [&order](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        const qsizetype ra = ia < 0 ? order.size() : ia;
        const qsizetype rb = ib < 0 ? order.size() : ib;
        return ra != rb ? ra < rb : a < b;
    });
    out.append("{\n");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        writeIndent(out, depth + 1);
        out.append(scalarJson(keys.at(i)));
        out.append(": ");
        writeValue(out, object.value(keys.at(i)), depth + 1);
        out.append(i + 1 < keys.size() ? ",\n" : "\n");
    }
    writeIndent(out, depth);
    out.append('}');
}

void writeArray(QByteArray &out, const QJsonArray &array, int depth)
{
    if (array.isEmpty()) {
        out.append("[]");
        return;
    }
    out.append("[\n");
    for (qsizetype i = 0; i < array.size(); ++i) {
        writeIndent(out, depth + 1);
        writeValue(out, array.at(i), depth + 1);
        out.append(i + 1 < array.size() ? ",\n" : "\n");
    }
    writeIndent(out, depth);
    out.append(']');
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    if (value.isObject())
        writeObject(out, value.toObject(), depth);
    else if (value.isArray())
        writeArray(out, value.toArray(), depth);
    else
        out.append(scalarJson(value));
}

// QJsonParseError gives a byte offset; people look for a line and a column.
QString describeParseError(const QByteArray &json, const QJsonParseError &e)
{
    // Qt's parser reports the offset just past the byte it choked on, except for trailing
    // garbage, which it reports where the garbage starts. An offset at the very end is
    // ambiguous: "[}" chokes on its last byte, "{" simply ends. Parsing again with a space
    // appended tells them apart, as only running out of input moves the offset with it.
    qsizetype at = std::clamp<qsizetype>(e.offset, 0, json.size());
    if (at == json.size()) {
        QJsonParseError again;
        QJsonDocument::fromJson(json + ' ', &again);
        if (again.offset <= json.size() && at > 0)
            --at;
    } else if (e.error != QJsonParseError::GarbageAtEnd && at > 0) {
        --at;
    }
    const QByteArray before = json.left(at);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Columns count characters, not UTF-8 bytes.
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return WorkspaceText::tr("The workspace is not valid JSON: %1 at line %2, column %3.")
        .arg(e.errorString())
        .arg(line)
        .arg(column);
}

} // namespace

// --- SavedRequest ---

QJsonObject SavedRequest::toJson() const
{
    QJsonObject o{{u"apiId"_s, apiId},
                  {u"operationId"_s, operationId},
                  {u"parameters"_s, pairsToJson(parameters)},
                  {u"headers"_s, pairsToJson(headers)}};
    if (!contentType.isEmpty())
        o.insert(u"contentType"_s, contentType);
    if (!body.isEmpty())
        o.insert(u"body"_s, body);
    return o;
}

std::optional<SavedRequest> SavedRequest::fromJson(const QJsonValue &json, const QString &path, QString *error)
{
    JsonFields f(json, path, error);
    SavedRequest r;
    r.apiId = f.string(u"apiId"_s, true);
    r.operationId = f.string(u"operationId"_s, true);
    r.parameters = f.pairs(u"parameters"_s);
    r.headers = f.pairs(u"headers"_s);
    r.contentType = f.string(u"contentType"_s);
    r.body = f.string(u"body"_s);
    if (!f.ok())
        return std::nullopt;
    return r;
}

bool operator==(const SavedRequest &a, const SavedRequest &b)
{
    return a.apiId == b.apiId && a.operationId == b.operationId && a.parameters == b.parameters &&
        a.headers == b.headers && a.body == b.body && a.contentType == b.contentType;
}

// --- Workspace ---

const Api *Workspace::api(const QString &id) const
{
    const auto it = std::find_if(apis.cbegin(), apis.cend(), [&id](const Api &a) { return a.id == id; });
    return it == apis.cend() ? nullptr : &*it;
}

const Environment *Workspace::environment(const QString &name) const
{
    const auto it = std::find_if(environments.cbegin(), environments.cend(),
                                 [&name](const Environment &e) { return e.name == name; });
    return it == environments.cend() ? nullptr : &*it;
}

const SavedRequest *Workspace::savedRequest(const QString &apiId, const QString &operationId) const
{
    const auto it = std::find_if(savedRequests.cbegin(), savedRequests.cend(), [&](const SavedRequest &r) {
        return r.apiId == apiId && r.operationId == operationId;
    });
    return it == savedRequests.cend() ? nullptr : &*it;
}

void Workspace::setSavedRequest(const SavedRequest &request)
{
    for (SavedRequest &r : savedRequests) {
        if (r.apiId == request.apiId && r.operationId == request.operationId) {
            r = request;
            return;
        }
    }
    savedRequests.append(request);
}

QByteArray Workspace::toJson() const
{
    QJsonArray apiArray;
    for (const Api &a : apis)
        apiArray.append(a.toJson());
    QJsonArray environmentArray;
    for (const Environment &e : environments)
        environmentArray.append(EnvironmentJson::toJson(e));
    QJsonArray requestArray;
    for (const SavedRequest &r : savedRequests)
        requestArray.append(r.toJson());

    QJsonObject root{{u"schemaVersion"_s, kSchemaVersion},
                     {u"activeEnvironment"_s, activeEnvironment},
                     {u"environments"_s, environmentArray},
                     {u"apis"_s, apiArray},
                     {u"savedRequests"_s, requestArray}};
    if (connection.kind != Connection::Kind::LocalSandbox)
        root.insert(u"connection"_s, connection.toJson());
    QByteArray out;
    writeObject(out, root, 0);
    out.append('\n');
    return out;
}

std::optional<Workspace> Workspace::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = describeParseError(json, parseError);
        return std::nullopt;
    }

    if (!doc.isObject()) {
        if (error)
            *error = WorkspaceText::tr("The workspace is not a JSON object.");
        return std::nullopt;
    }
    JsonFields f(doc.object(), QString(), error);
    if (!f.contains(u"schemaVersion"_s)) {
        if (error)
            *error = WorkspaceText::tr("This is not a Portico workspace: it has no schemaVersion.");
        return std::nullopt;
    }
    const int version = f.integer(u"schemaVersion"_s, 0);
    if (f.ok() && version < 1)
        f.fail(u"schemaVersion"_s, WorkspaceText::tr("must be 1 or more."));
    if (!f.ok())
        return std::nullopt;
    if (version > kSchemaVersion) {
        if (error) {
            *error = WorkspaceText::tr("This workspace was saved by a newer version of Portico (schema version %1); "
                                       "this version reads schema version %2 and older. Update Portico to open it.")
                         .arg(version)
                         .arg(kSchemaVersion);
        }
        return std::nullopt;
    }

    Workspace w;
    w.activeEnvironment = f.string(u"activeEnvironment"_s);
    const QList<EnvironmentJson> environments = f.list<EnvironmentJson>(u"environments"_s);
    for (const EnvironmentJson &e : environments)
        w.environments.append(e.environment);
    w.apis = f.list<Api>(u"apis"_s);
    w.savedRequests = f.list<SavedRequest>(u"savedRequests"_s);
    if (!f.ok())
        return std::nullopt;
    if (doc.object().contains(u"connection"_s)) {
        QString connectionError;
        const std::optional<Connection> c =
            Connection::fromJson(doc.object().value(u"connection"_s).toObject(), &connectionError);
        if (!c) {
            if (error)
                *error = connectionError;
            return std::nullopt;
        }
        w.connection = *c;
    }

    // Lookups return the first match, so a repeat would silently hide an entry.
    for (qsizetype i = 0; i < w.environments.size(); ++i) {
        if (w.environment(w.environments.at(i).name) != &w.environments.at(i)) {
            f.fail(u"environments[%1].name"_s.arg(i),
                   WorkspaceText::tr("another environment is already named '%1'.").arg(w.environments.at(i).name));
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < w.apis.size(); ++i) {
        if (w.api(w.apis.at(i).id) != &w.apis.at(i)) {
            f.fail(u"apis[%1].id"_s.arg(i),
                   WorkspaceText::tr("another API already has the id '%1'.").arg(w.apis.at(i).id));
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < w.savedRequests.size(); ++i) {
        const SavedRequest &r = w.savedRequests.at(i);
        if (w.savedRequest(r.apiId, r.operationId) != &r) {
            f.fail(u"savedRequests[%1]"_s.arg(i),
                   WorkspaceText::tr("another request is already saved for operation '%1' of API '%2'.")
                       .arg(r.operationId, r.apiId));
            return std::nullopt;
        }
    }
    if (!w.activeEnvironment.isEmpty() && !w.environment(w.activeEnvironment)) {
        f.fail(u"activeEnvironment"_s, WorkspaceText::tr("no environment is named '%1'.").arg(w.activeEnvironment));
        return std::nullopt;
    }
    return w;
}

bool Workspace::save(const QString &path, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error =
                WorkspaceText::tr("Could not save the workspace to %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(
            WorkspaceText::tr("cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));

    // QSaveFile writes a temporary file beside the target and renames it over the target
    // only once everything is written, so a crash or a full disk never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const QByteArray data = toJson();
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (!commitSaveFile(file))
        return fail(file.errorString());
    return true;
}

std::optional<Workspace> Workspace::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = WorkspaceText::tr("Could not open the workspace %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<Workspace> w = fromJson(file.readAll(), &why);
    if (!w && error)
        *error = QDir::toNativeSeparators(path) + u": "_s + why;
    return w;
}

bool operator==(const Workspace &a, const Workspace &b)
{
    return a.apis == b.apis && a.environments == b.environments && a.activeEnvironment == b.activeEnvironment &&
        a.savedRequests == b.savedRequests && a.connection == b.connection;
}

} // namespace portico::client
