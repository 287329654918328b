// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client {

using namespace importdetail;

namespace {

bool looksLikeCurl(const QByteArray &bytes)
{
    const QByteArray t = bytes.trimmed();
    return t.startsWith("curl ") || t.startsWith("curl\t") || t.startsWith("curl\\") || t.startsWith("$ curl ");
}

ImportFormat formatOf(const Json &root)
{
    if (root.contains("openapi"))
        return ImportFormat::OpenApi3;
    if (root.contains("swagger"))
        return ImportFormat::Swagger2;
    const Json info = root.value("info");
    if (info.value("schema").toString().contains(u"postman"_s) || info.contains("_postman_id") ||
        root.value("item").isArray())
        return ImportFormat::Postman;
    return ImportFormat::Unknown;
}

std::optional<QByteArray> readLocal(const QString &location, QString *error)
{
    const QUrl url(location);
    const QString path = url.isLocalFile() ? url.toLocalFile() : location;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return std::nullopt;
    }
    return f.readAll();
}

// The file's bytes with room after them for the JSON parser's look-ahead, so a large
// description is parsed where it was read instead of copied first.
QByteArray readPadded(QFile *f)
{
    const qint64 size = f->isSequential() ? 0 : f->size();
    if (size <= 0)
        return f->readAll();
    QByteArray bytes;
    bytes.reserve(qsizetype(size) + qsizetype(simdjson::SIMDJSON_PADDING));
    preferHugePages(bytes.constData(), size_t(size));
    bytes.resize(qsizetype(size));
    const qint64 got = f->read(bytes.data(), size);
    bytes.resize(qsizetype(qMax<qint64>(got, 0)));
    if (got == size && f->atEnd())
        return bytes;
    bytes += f->readAll(); // the file grew while it was read
    return bytes;
}

QString urlPath(const QString &urlTemplate)
{
    return urlTemplate.section(u'?', 0, 0);
}

const Operation *match(const Api &api, const Operation &op)
{
    if (const Operation *byId = api.operation(op.id))
        return byId;
    for (const Operation &o : api.operations) {
        if (o.method.compare(op.method, Qt::CaseInsensitive) == 0 && urlPath(o.urlTemplate) == urlPath(op.urlTemplate))
            return &o;
    }
    return nullptr;
}

Api *findApi(Workspace *w, const Api &api)
{
    for (Api &a : w->apis) {
        if (a.id == api.id)
            return &a;
    }
    for (Api &a : w->apis) {
        if (!api.name.isEmpty() && a.name == api.name)
            return &a;
    }
    return nullptr;
}

MergeReport merge(Workspace *w, const ImportResult &result)
{
    MergeReport report;
    for (const Api &incoming : result.apis) {
        Api *existing = findApi(w, incoming);
        const QString apiName = incoming.name.isEmpty() ? incoming.id : incoming.name;
        auto line = [&](const Operation &op) -> QString {
            return apiName + u": "_s + (op.name.isEmpty() ? op.id : op.name);
        };
        QStringList newOperations;
        if (!existing) {
            report.addedApis.append(apiName);
            for (const Operation &op : incoming.operations) {
                report.added.append(line(op));
                newOperations.append(op.id);
            }
            w->apis.append(incoming);
            existing = &w->apis.last();
        } else {
            Api updated = incoming;
            updated.id = existing->id;
            updated.products = existing->products;
            updated.operations.clear();
            for (Operation op : incoming.operations) {
                const Operation *old = match(*existing, op);
                if (!old) {
                    report.added.append(line(op));
                    newOperations.append(op.id);
                } else {
                    op.id = old->id; // saved requests and history keep pointing at it
                    if (op != *old)
                        report.changed.append(line(op));
                }
                updated.operations.append(op);
            }
            for (const Operation &old : existing->operations) {
                if (!updated.operation(old.id))
                    report.removed.append(line(old));
            }
            w->savedRequests.removeIf(
                [&](const SavedRequest &r) { return r.apiId == updated.id && !updated.operation(r.operationId); });
            *existing = updated;
        }
        for (SavedRequest r : result.requests) {
            if (r.apiId != incoming.id || !newOperations.contains(r.operationId))
                continue;
            r.apiId = existing->id;
            w->setSavedRequest(r);
        }
    }
    for (const Environment &env : result.environments) {
        bool replaced = false;
        for (Environment &e : w->environments) {
            if (e.name == env.name) {
                // Keep what the user added; the import owns only its own variables.
                for (const auto &[name, value] : env.variables) {
                    bool set = false;
                    for (auto &v : e.variables) {
                        if (v.first == name) {
                            v.second = value;
                            set = true;
                        }
                    }
                    if (!set)
                        e.variables.append({name, value});
                }
                replaced = true;
            }
        }
        if (!replaced)
            w->environments.append(env);
    }
    if (w->activeEnvironment.isEmpty() && !w->environments.isEmpty())
        w->activeEnvironment = w->environments.first().name;
    return report;
}

} // namespace

int ImportResult::operationCount() const
{
    int n = 0;
    for (const Api &a : apis)
        n += int(a.operations.size());
    return n;
}

ImportFormat detectImportFormat(const QByteArray &bytes)
{
    if (looksLikeCurl(bytes))
        return ImportFormat::Curl;
    QString error;
    const std::shared_ptr<const JsonTree> tree = parseTree(bytes, &error);
    return tree ? formatOf(tree->root()) : ImportFormat::Unknown;
}

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::OpenApi3:
        return Text::tr("OpenAPI 3");
    case ImportFormat::Swagger2:
        return Text::tr("Swagger 2.0");
    case ImportFormat::Postman:
        return Text::tr("Postman collection");
    case ImportFormat::Curl:
        return Text::tr("curl command");
    case ImportFormat::Unknown:
        break;
    }
    return Text::tr("unknown");
}

ImportResult importDocument(const QByteArray &bytes, const QString &location, const ImportOptions &options)
{
    ImportOptions opts = options;
    if (!opts.loader)
        opts.loader = readLocal;
    if (looksLikeCurl(bytes))
        return importCurl(QString::fromUtf8(bytes), location, opts);
    ImportResult result;
    QString error;
    const std::shared_ptr<const JsonTree> tree = parseTree(bytes, &error);
    if (!tree) {
        result.error = error;
        return result;
    }
    switch (formatOf(tree->root())) {
    case ImportFormat::OpenApi3:
    case ImportFormat::Swagger2:
        return importOpenApi(tree, location, opts);
    case ImportFormat::Postman:
        return importPostman(tree->root().toQt().toObject(), location, opts);
    default:
        result.error = Text::tr("Not an OpenAPI or Swagger document, a Postman collection or a curl command: "
                                "no 'openapi', 'swagger' or collection 'info' at the top.");
        return result;
    }
}

ImportResult importFile(const QString &path, const ImportOptions &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error = Text::tr("%1: %2").arg(path, f.errorString());
        return result;
    }
    return importDocument(readPadded(&f), QFileInfo(path).absoluteFilePath(), options);
}

MergeReport mergeImport(Workspace *workspace, const ImportResult &result)
{
    return merge(workspace, result);
}

MergeReport previewMerge(const Workspace &workspace, const ImportResult &result)
{
    Workspace copy = workspace;
    return merge(&copy, result);
}

} // namespace portico::client
