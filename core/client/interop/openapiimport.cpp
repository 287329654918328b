// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/openapioperation.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

// The server's URL with each {variable} replaced by its default.
QString serverUrl(const QJsonObject &server, QStringList *notes)
{
    QString url = server.value(u"url"_s).toString();
    const QJsonObject vars = server.value(u"variables"_s).toObject();
    for (auto it = vars.begin(); it != vars.end(); ++it) {
        const QString value = it.value().toObject().value(u"default"_s).toString();
        url.replace(u'{' + it.key() + u'}', value);
        if (it.value().toObject().value(u"enum"_s).toArray().size() > 1)
            notes->append(Text::tr("Server variable '%1' set to its default '%2'; its other values were not kept.")
                              .arg(it.key(), value));
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
QStringList baseUrls(const QJsonObject &root, bool swagger, const QString &location, QStringList *notes)
{
    QStringList out;
    if (swagger) {
        const QUrl base(location);
        QString host = root.value(u"host"_s).toString();
        if (host.isEmpty() && base.scheme().startsWith(u"http"_s))
            host = base.authority();
        const QString basePath = root.value(u"basePath"_s).toString();
        QStringList schemes;
        for (const QJsonValue &s : root.value(u"schemes"_s).toArray())
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
    for (const QJsonValue &s : root.value(u"servers"_s).toArray())
        out.append(absolute(serverUrl(s.toObject(), notes), location, notes));
    if (out.isEmpty())
        out.append(absolute(QString(), location, notes));
    return out;
}

} // namespace

ImportResult importOpenApi(const QJsonObject &root, const QString &location, const ImportOptions &options)
{
    ImportResult result;
    const bool swagger = root.contains(u"swagger"_s);
    result.format = swagger ? ImportFormat::Swagger2 : ImportFormat::OpenApi3;
    const QString version = root.value(swagger ? u"swagger"_s : u"openapi"_s).toVariant().toString();
    if (swagger ? !version.startsWith(u"2."_s) : !(version.startsWith(u"3.0"_s) || version.startsWith(u"3.1"_s))) {
        result.error = Text::tr("%1: version '%2' is not one Portico reads (Swagger 2.0, OpenAPI 3.0 or 3.1).")
                           .arg(swagger ? u"swagger"_s : u"openapi"_s, version);
        return result;
    }
    ImportLoader loader = options.loader;
    RefResolver resolver(root, location, loader);
    OpenApiContext context{resolver, root, swagger, options, result.notes, {}};

    const QJsonObject info = root.value(u"info"_s).toObject();
    Api api;
    api.name = info.value(u"title"_s).toString();
    if (api.name.isEmpty())
        api.name = QUrl(location).fileName().section(u'.', 0, 0);
    api.id = slug(api.name);
    api.path = api.id;
    api.description = info.value(u"description"_s).toString();

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
        if (root.contains(key))
            result.notes.append(Text::tr("'%1' ignored: only paths become operations.").arg(key));
    }

    const QJsonObject paths = root.value(u"paths"_s).toObject();
    int total = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it)
        total += int(it.value().toObject().size());
    int done = 0;
    static const QStringList methods{u"get"_s,     u"put"_s,  u"post"_s,  u"delete"_s,
                                     u"options"_s, u"head"_s, u"patch"_s, u"trace"_s};
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (options.isCancelled && options.isCancelled()) {
            result.cancelled = true;
            return result;
        }
        const QString where = u"paths.%1"_s.arg(it.key());
        QString error;
        const std::optional<Node> item = resolver.resolve({it.value(), 0}, where, &error);
        if (!item) {
            result.error = error;
            return result;
        }
        const QJsonObject itemObject = item->object();
        if (itemObject.contains(u"servers"_s))
            result.notes.append(Text::tr("%1: its own servers ignored; the API's are used.").arg(it.key()));
        for (auto m = itemObject.begin(); m != itemObject.end(); ++m) {
            if (!methods.contains(m.key()))
                continue;
            std::optional<Operation> op =
                context.operation(it.key(), m.key(), *item, item->child(m.key()), api, &error);
            if (!error.isEmpty()) {
                result.error = error;
                return result;
            }
            if (op) {
                for (const Operation &other : std::as_const(api.operations)) {
                    if (other.id == op->id) {
                        result.notes.append(
                            Text::tr("%1 %2: operationId '%3' used twice; renamed.").arg(op->method, it.key(), op->id));
                        op->id += u'-' + QString::number(api.operations.size());
                        break;
                    }
                }
                api.operations.append(*op);
            }
        }
        done += int(it.value().toObject().size());
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
