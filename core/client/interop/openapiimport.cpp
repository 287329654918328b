// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/openapioperation.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

// The server's URL with each {variable} replaced by its default.
QString serverUrl(const Json &server, QStringList *notes)
{
    QString url = server.value("url").toString();
    for (const auto &[name, variable] : server.value("variables").members()) {
        const QString value = variable.value("default").toString();
        url.replace(u'{' + name + u'}', value);
        const Json values = variable.value("enum");
        if (values.isArray() && values.size() > 1)
            notes->append(Text::tr("Server variable '%1' set to its default '%2'; its other values were not kept.")
                              .arg(name, value));
    }
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString absolute(const QString &url, const QString &location, QStringList *notes)
{
    const QUrl parsed(url);
    if (!parsed.scheme().isEmpty())
        return url;
    const QUrl base(location);
    if (base.scheme().startsWith(u"http"_s)) {
        QString out = base.resolved(QUrl(url.isEmpty() ? u"/"_s : url)).toString();
        while (out.endsWith(u'/'))
            out.chop(1);
        return out;
    }
    notes->append(Text::tr("Server URL '%1' is relative; set the environment's baseUrl.").arg(url));
    return url;
}

// Servers (OpenAPI 3) or host + basePath + schemes (Swagger 2), as absolute base URLs.
QStringList baseUrls(const Json &root, bool swagger, const QString &location, QStringList *notes)
{
    QStringList out;
    if (swagger) {
        const QUrl base(location);
        QString host = root.value("host").toString();
        if (host.isEmpty() && base.scheme().startsWith(u"http"_s))
            host = base.authority();
        const QString basePath = root.value("basePath").toString();
        QStringList schemes;
        for (const Json &s : root.value("schemes").elements())
            schemes.append(s.toString());
        if (schemes.isEmpty())
            schemes.append(base.scheme().startsWith(u"http"_s) ? base.scheme() : u"https"_s);
        for (const QString &scheme : std::as_const(schemes)) {
            QString url = host.isEmpty() ? basePath : scheme + u"://"_s + host + basePath;
            while (url.endsWith(u'/'))
                url.chop(1);
            if (host.isEmpty())
                url = absolute(url, location, notes);
            out.append(url);
        }
        return out;
    }
    for (const Json &s : root.value("servers").elements())
        out.append(absolute(serverUrl(s, notes), location, notes));
    if (out.isEmpty())
        out.append(absolute(QString(), location, notes));
    return out;
}

} // namespace

ImportResult importOpenApi(const std::shared_ptr<const JsonTree> &tree, const QString &location,
                           const ImportOptions &options)
{
    ImportResult result;
    const Json root = tree->root();
    const bool swagger = root.contains("swagger");
    result.format = swagger ? ImportFormat::Swagger2 : ImportFormat::OpenApi3;
    const QString version = root.value(swagger ? "swagger" : "openapi").variantText();
    if (swagger ? !version.startsWith(u"2."_s) : !(version.startsWith(u"3.0"_s) || version.startsWith(u"3.1"_s))) {
        result.error = Text::tr("%1: version '%2' is not one Portico reads (Swagger 2.0, OpenAPI 3.0 or 3.1).")
                           .arg(swagger ? u"swagger"_s : u"openapi"_s, version);
        return result;
    }
    ImportLoader loader = options.loader;
    RefResolver resolver(tree, location, loader);
    OpenApiContext context{resolver, root, swagger, options, result.notes, {}};

    const Json info = root.value("info");
    Api api;
    api.name = info.value("title").toString();
    if (api.name.isEmpty())
        api.name = QUrl(location).fileName().section(u'.', 0, 0);
    api.id = slug(api.name);
    api.path = api.id;
    api.description = info.value("description").toString();

    const QStringList urls = baseUrls(root, swagger, location, &result.notes);
    api.serviceUrl = urls.value(0);
    api.schemes = {api.serviceUrl.startsWith(u"http:"_s) ? u"http"_s : u"https"_s};
    for (qsizetype i = 0; i < urls.size(); ++i) {
        Environment env;
        env.name = urls.size() == 1 ? api.name : api.name + u" ("_s + QUrl(urls.at(i)).host() + u')';
        if (env.name == api.name + u" ()"_s ||
            result.environments.end() !=
                std::find_if(result.environments.begin(), result.environments.end(),
                             [&](const Environment &e) { return e.name == env.name; }))
            env.name = api.name + u" (%1)"_s.arg(i + 1);
        env.variables = {{u"baseUrl"_s, urls.at(i)}};
        result.environments.append(env);
    }

    context.readSecuritySchemes(&api);
    for (const QString &key : {u"webhooks"_s, u"x-ms-paths"_s}) {
        if (!root.field(key).isUndefined())
            result.notes.append(Text::tr("'%1' ignored: only paths become operations.").arg(key));
    }

    const QList<std::pair<QString, Json>> paths = root.value("paths").members();
    int total = 0;
    for (const auto &[path, value] : paths)
        total += value.isObject() ? int(value.size()) : 0;
    int done = 0;
    QSet<QString> ids; // of the operations so far
    static const QStringList methods{u"get"_s,     u"put"_s,  u"post"_s,  u"delete"_s,
                                     u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};
    for (const auto &[path, value] : paths) {
        if (options.isCancelled && options.isCancelled()) {
            result.cancelled = true;
            return result;
        }
        const QString where = u"paths.%1"_s.arg(path);
        QString error;
        const std::optional<Node> item = resolver.resolve({value, 0}, where, &error);
        if (!item) {
            result.error = error;
            return result;
        }
        if (item->value.contains("servers"))
            result.notes.append(Text::tr("%1: its own servers ignored; the API's are used.").arg(path));
        for (const auto &[method, operation] : item->value.members()) {
            if (!methods.contains(method))
                continue;
            std::optional<Operation> op =
                context.operation(path, method, *item, {operation, item->document}, api, &error);
            if (!error.isEmpty()) {
                result.error = error;
                return result;
            }
            if (op) {
                if (ids.contains(op->id)) {
                    result.notes.append(
                        Text::tr("%1 %2: operationId '%3' used twice; renamed.").arg(op->method, path, op->id));
                    op->id += u'-' + QString::number(api.operations.size());
                }
                ids.insert(op->id);
                api.operations.append(std::move(*op));
            }
        }
        done += value.isObject() ? int(value.size()) : 0;
        if (options.progress)
            options.progress(done, total);
    }
    for (const Operation &op : std::as_const(api.operations)) {
        const SavedRequest r = defaultRequest(api, op);
        for (const auto &h : r.headers)
            addSecretNames(&result, h.second);
        for (const auto &p : r.parameters)
            addSecretNames(&result, p.second);
        result.requests.append(r);
    }
    result.apis.append(api);
    return result;
}

} // namespace portico::client::importdetail
