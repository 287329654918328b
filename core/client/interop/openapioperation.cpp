// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/openapioperation.h"

#include "client/catalog/urltemplate.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

QString templateName(const QString &name)
{
    QString out;
    for (QChar c : name) {
        if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.')
            out += c;
    }
    return out.isEmpty() ? u"value"_s : out;
}

const QStringList kFormTypes{u"string"_s, u"integer"_s, u"number"_s, u"boolean"_s};

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

QString scalarText(const Json &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNumber())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

QString pickContentType(const QStringList &types)
{
    for (const QString &t : types) {
        if (t.startsWith(u"application/json"_s) || t.endsWith(u"+json"_s))
            return t;
    }
    return types.value(0);
}

} // namespace

void OpenApiContext::readSecuritySchemes(Api *api)
{
    const Json defs = swagger ? root.value("securityDefinitions") : root.value("components").value("securitySchemes");
    bool headerSet = false;
    bool querySet = false;
    for (const auto &[schemeName, definition] : defs.members()) {
        const Json s = resolver.follow({definition, 0}).value;
        const QString type = s.value("type").toString();
        const QString secret = secretName(schemeName);
        Scheme scheme;
        // The subscription key names Portico's own export declares: they are the API's, and
        // the key is added where the environment says, not written into each operation.
        if (type == u"apiKey" && (schemeName == u"subscriptionKeyHeader" || schemeName == u"subscriptionKeyQuery")) {
            const QString name = s.value("name").toString();
            if (s.value("in").toString() == u"header" && !name.isEmpty()) {
                api->subscriptionKeyHeader = name;
                headerSet = true;
            } else if (s.value("in").toString() == u"query" && !name.isEmpty()) {
                api->subscriptionKeyQuery = name;
                querySet = true;
            }
            schemes.insert(schemeName, scheme);
            continue;
        }
        if (type == u"apiKey") {
            scheme.in = s.value("in").toString();
            scheme.name = s.value("name").toString();
            scheme.value = secretReference(secret);
            if (scheme.in == u"header" && scheme.name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0 &&
                s.value("description").toString().contains(u"Bearer"_s, Qt::CaseInsensitive)) {
                scheme.value = u"Bearer "_s + scheme.value;
                notes.append(
                    Text::tr("Security scheme '%1': the key is sent as a bearer token, as its description says.")
                        .arg(schemeName));
            }
            if (scheme.in == u"cookie") {
                notes.append(Text::tr("Security scheme '%1': cookie key sent as a Cookie header.").arg(schemeName));
                scheme.value = scheme.name + u'=' + scheme.value;
                scheme.in = u"header"_s;
                scheme.name = u"Cookie"_s;
            } else if (scheme.in == u"header" && !headerSet &&
                       scheme.name.compare(u"Authorization"_s, Qt::CaseInsensitive) != 0) {
                api->subscriptionKeyHeader = scheme.name;
                headerSet = true;
            } else if (scheme.in == u"query" && !querySet) {
                api->subscriptionKeyQuery = scheme.name;
                querySet = true;
            }
        } else if ((type == u"http" && s.value("scheme").toString().compare(u"bearer"_s, Qt::CaseInsensitive) == 0)) {
            scheme = {u"header"_s, u"Authorization"_s, u"Bearer "_s + secretReference(secret)};
        } else if ((type == u"http" && s.value("scheme").toString().compare(u"basic"_s, Qt::CaseInsensitive) == 0) ||
                   type == u"basic") {
            scheme = {u"header"_s, u"Authorization"_s, u"Basic "_s + secretReference(secret)};
            notes.append(Text::tr("Security scheme '%1': basic authentication; store base64(user:password) as "
                                  "the secret '%2'.")
                             .arg(schemeName, secret));
        } else {
            notes.append(Text::tr("Security scheme '%1' (%2) not applied: add its token as a header yourself.")
                             .arg(schemeName, type));
        }
        schemes.insert(schemeName, scheme);
    }
}

void OpenApiContext::applySecurity(const Json &op, Operation *out, const QString &label)
{
    const Json requirements = op.contains("security") ? op.value("security") : root.value("security");
    if (!requirements.isArray() || requirements.size() == 0)
        return;
    // Alternatives: any one satisfies the API, so the first is applied.
    for (const auto &[schemeName, scopes] : requirements.at(0).members()) {
        Q_UNUSED(scopes);
        const Scheme scheme = schemes.value(schemeName);
        if (scheme.in.isEmpty())
            continue;
        QList<Parameter> &list = scheme.in == u"query" ? out->queryParameters : out->headers;
        bool present = false;
        for (Parameter &p : list) {
            if (p.name.compare(scheme.name, Qt::CaseInsensitive) == 0) {
                present = true;
                if (p.defaultValue.isEmpty())
                    p.defaultValue = scheme.value;
            }
        }
        if (present)
            continue;
        Parameter p;
        p.name = scheme.name;
        p.required = true;
        p.defaultValue = scheme.value;
        list.append(p);
    }
    Q_UNUSED(label);
}

void OpenApiContext::readBody(const Node &op, const QList<Json> &swaggerForm, const Node &bodyParam, Operation *out,
                              const QString &label, QString *error)
{
    QString contentType;
    QString sample;
    if (swagger) {
        QStringList consumes;
        const Json c = op.value.contains("consumes") ? op.value.value("consumes") : root.value("consumes");
        for (const Json &v : c.elements())
            consumes.append(v.toString());
        if (!bodyParam.value.isUndefined() && !bodyParam.value.isNull()) {
            contentType = pickContentType(consumes);
            if (contentType.isEmpty())
                contentType = u"application/json"_s;
            const Json examples = bodyParam.value.value("x-examples");
            const QList<std::pair<QString, Json>> exampleList = examples.members();
            if (!exampleList.isEmpty())
                sample = sampleText(exampleList.first().second.toQt());
            else
                sample = sampleText(sampleFor(bodyParam.child("schema"), resolver, options.sampleDepth));
        } else if (!swaggerForm.isEmpty()) {
            contentType = consumes.contains(u"multipart/form-data"_s) ? u"multipart/form-data"_s
                                                                      : u"application/x-www-form-urlencoded"_s;
            QStringList pairs;
            for (const Json &f : swaggerForm)
                pairs.append(f.value("name").toString() + u'=' + scalarText(f.value("default")));
            sample = pairs.join(u'&');
            if (contentType == u"multipart/form-data")
                notes.append(Text::tr("%1: multipart form fields written as name=value pairs.").arg(label));
        }
        if (consumes.size() > 1 && !contentType.isEmpty())
            notes.append(Text::tr("%1: %2 content types; kept %3.").arg(label).arg(consumes.size()).arg(contentType));
    } else {
        std::optional<Node> body = resolver.resolve(op.child("requestBody"), label + u".requestBody"_s, error);
        if (!body || body->value.isUndefined())
            return;
        const Node content = body->child("content");
        const QStringList types = content.value.keys();
        contentType = pickContentType(types);
        if (contentType.isEmpty())
            return;
        if (types.size() > 1)
            notes.append(Text::tr("%1: %2 content types; kept %3.").arg(label).arg(types.size()).arg(contentType));
        const Node media = {content.value.field(contentType), content.document};
        const Json &m = media.value;
        const QList<std::pair<QString, Json>> examples = m.value("examples").members();
        if (m.contains("example")) {
            sample = sampleText(m.value("example").toQt());
        } else if (!examples.isEmpty()) {
            const Node ex = resolver.follow({examples.first().second, media.document});
            if (ex.value.contains("externalValue"))
                notes.append(Text::tr("%1: external example '%2' not fetched.")
                                 .arg(label, ex.value.value("externalValue").toString()));
            sample = sampleText(ex.value.value("value").toQt());
            // Examples are taken in key order, as for every object: say which one.
            if (examples.size() > 1)
                notes.append(Text::tr("%1: %2 examples; kept '%3'.")
                                 .arg(label)
                                 .arg(examples.size())
                                 .arg(examples.first().first));
        } else {
            const QJsonValue v = sampleFor(media.child("schema"), resolver, options.sampleDepth);
            if (contentType == u"application/x-www-form-urlencoded" && v.isObject()) {
                QStringList pairs;
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    pairs.append(it.key() + u'=' + scalarText(it.value()));
                sample = pairs.join(u'&');
            } else {
                sample = sampleText(v);
            }
        }
        if (contentType.startsWith(u"multipart/"_s))
            notes.append(Text::tr("%1: multipart body kept as a sample; files are not attached.").arg(label));
    }
    if (contentType.isEmpty())
        return;
    out->requestRepresentations.append(Representation{contentType, sample});
    bool hasContentType = false;
    for (const Parameter &h : std::as_const(out->headers))
        hasContentType = hasContentType || h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
    if (!hasContentType) {
        Parameter h;
        h.name = u"Content-Type"_s;
        h.required = true;
        h.defaultValue = contentType;
        out->headers.append(h);
    }
}

std::optional<Operation> OpenApiContext::operation(const QString &path, const QString &method, const Node &item,
                                                   const Node &opNode, const Api &api, QString *error)
{
    Q_UNUSED(api);
    const QString label = method.toUpper() + u' ' + path;
    const QString where = u"paths.%1.%2"_s.arg(path, method);
    const Json &op = opNode.value;
    Operation out;
    out.method = method.toUpper();
    out.id = op.value("operationId").toString();
    if (out.id.isEmpty())
        out.id = slug(method + u' ' + path);
    out.name = op.value("summary").toString();
    if (out.name.isEmpty())
        out.name = op.contains("operationId") ? out.id : label;
    out.description = op.value("description").toString();
    for (const Json &tag : op.value("tags").elements()) {
        if (!tag.toString().isEmpty() && !out.tags.contains(tag.toString()))
            out.tags.append(tag.toString());
    }

    for (const QString &key : {u"callbacks"_s, u"servers"_s}) {
        if (!op.field(key).isUndefined())
            notes.append(Text::tr("%1: %2 ignored.").arg(label, key));
    }

    // Path-level parameters first, the operation's override them by name and place.
    QList<Node> params;
    QStringList keys;
    const QString whereItem = u"paths.%1"_s.arg(path);
    for (const auto &[source, base] :
         {std::pair{item.child("parameters"), whereItem}, std::pair{opNode.child("parameters"), where}}) {
        const QList<Json> list = source.value.elements();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::optional<Node> p =
                resolver.resolve({list.at(i), source.document}, u"%1.parameters[%2]"_s.arg(base).arg(i), error);
            if (!p)
                return std::nullopt;
            const QString key = p->value.value("in").toString() + u'|' + p->value.value("name").toString();
            const qsizetype at = keys.indexOf(key);
            if (at >= 0) {
                params[at] = *p;
            } else {
                keys.append(key);
                params.append(*p);
            }
        }
    }

    QString pathPart = path;
    QStringList query;
    QList<Json> form;
    Node bodyParam;
    for (const Node &pn : std::as_const(params)) {
        const Json &p = pn.value;
        const QString in = p.value("in").toString();
        const QString name = p.value("name").toString();
        if (in == u"body") {
            bodyParam = pn;
            continue;
        }
        if (in == u"formData") {
            form.append(p);
            continue;
        }
        Parameter param;
        param.name = name;
        param.description = p.value("description").toString();
        param.required = p.value("required").toBool() || in == u"path";
        Json schema = swagger ? p : resolver.follow(pn.child("schema")).value;
        if (!schema.isObject())
            schema = Json();
        if (!swagger && p.contains("content")) {
            notes.append(Text::tr("%1: parameter '%2' described by content; sent as text.").arg(label, name));
        }
        if (schema.value("type").toString() == u"array" && schema.value("items").isObject()) {
            schema = resolver.follow({schema.value("items"), pn.document}).value;
        } else if (kFormTypes.contains(schema.value("type").toString())) {
            // The form edits text, numbers and flags; anything else is written as text.
            param.type = schema.value("type").toString();
        }
        for (const Json &v : schema.value("enum").elements())
            param.values.append(scalarText(v));
        param.defaultValue = scalarText(schema.value("default"));
        if (in == u"path") {
            const QString tname = templateName(name);
            if (tname != name) {
                notes.append(Text::tr("%1: path parameter '%2' renamed '%3'.").arg(label, name, tname));
                pathPart.replace(u'{' + name + u'}', u'{' + tname + u'}');
                param.name = tname;
            }
            out.templateParameters.append(param);
        } else if (in == u"query" && param.required) {
            param.name = templateName(name);
            query.append(name + u"={"_s + param.name + u'}');
            out.templateParameters.append(param);
        } else if (in == u"query") {
            out.queryParameters.append(param);
        } else if (in == u"header") {
            out.headers.append(param);
        } else if (in == u"cookie") {
            notes.append(Text::tr("%1: cookie parameter '%2' sent as a Cookie header.").arg(label, name));
            param.defaultValue = name + u'=' + param.defaultValue;
            param.name = u"Cookie"_s;
            // One Cookie header carries every cookie, as a browser sends them.
            auto cookie = std::find_if(out.headers.begin(), out.headers.end(),
                                       [](const Parameter &h) { return h.name == u"Cookie"; });
            if (cookie != out.headers.end()) {
                cookie->defaultValue += u"; "_s + param.defaultValue;
                cookie->required = cookie->required || param.required;
            } else {
                out.headers.append(param);
            }
        }
    }
    // Path names the document uses but does not describe.
    static const QRegularExpression names(u"\\{([^}]*)\\}"_s);
    for (auto m = names.globalMatch(pathPart); m.hasNext();) {
        const QString n = m.next().captured(1);
        if (!out.templateParameter(n)) {
            notes.append(
                Text::tr("%1: path parameter '%2' is not described; added as a required string.").arg(label, n));
            Parameter p;
            p.name = n;
            p.required = true;
            out.templateParameters.append(p);
        }
    }
    // Template parameters in the order the template names them, path first.
    out.urlTemplate = pathPart + (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
    const UrlTemplate parsed = UrlTemplate::parse(out.urlTemplate);
    if (!parsed.isValid()) {
        notes.append(Text::tr("%1: skipped, its URL cannot be a template: %2").arg(label, parsed.error()));
        return std::nullopt;
    }
    QList<Parameter> ordered;
    for (const QString &n : parsed.parameterNames()) {
        if (const Parameter *p = out.templateParameter(n))
            ordered.append(*p);
    }
    out.templateParameters = ordered;

    readBody(opNode, form, bodyParam, &out, label, error);
    if (!error->isEmpty())
        return std::nullopt;
    applySecurity(op, &out, label);

    for (const auto &[status, response] : op.value("responses").members()) {
        bool isCode = false;
        const int code = status.toInt(&isCode);
        const Node r = resolver.follow({response, opNode.document});
        if (r.value.contains("links"))
            notes.append(Text::tr("%1: response %2 links ignored.").arg(label, status));
        if (!isCode || code < 100 || code > 599)
            continue; // "default" and "2XX" ranges describe no single answer
        ResponseSpec spec;
        spec.statusCode = code;
        spec.description = r.value.value("description").toString();
        for (const auto &[type, media] : r.value.value("content").members()) {
            spec.representations.append(Representation{
                type, media.contains("example") ? sampleText(media.value("example").toQt()) : QString()});
        }
        out.responses.append(spec);
    }
    return out;
}

} // namespace portico::client::importdetail
