// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

#include "client/catalog/urltemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

const QString kSecretPrefix = u"PORTICO_SECRET_"_s;

const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([^{}]+?)\\s*\\}\\}"_s);
    return pattern;
}

// v2.1 writes auth parameters and bodies' options as [{key, value}], v2.0 as an object.
QHash<QString, QString> keyValues(const QJsonValue &v)
{
    QHash<QString, QString> out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.insert(e.toObject().value(u"key"_s).toString(), e.toObject().value(u"value"_s).toVariant().toString());
    } else {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toVariant().toString());
    }
    return out;
}

QString textOf(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList lines;
        for (const QJsonValue &l : v.toArray())
            lines.append(l.toString());
        return lines.join(u'\n');
    }
    if (v.isObject())
        return v.toObject().value(u"content"_s).toString();
    return v.toVariant().toString();
}

// The status check Portico's own export adds to every request; the console's runner makes
// the same check, so nothing is lost when it is left out.
bool isPorticoStatusCheck(const QJsonObject &event)
{
    const QString exec = textOf(event.value(u"script"_s).toObject().value(u"exec"_s));
    return event.value(u"listen"_s).toString() == u"test" && exec.startsWith(u"pm.test(\"HTTP status is 2xx\""_s) && // not for translation: script
        exec.count(u'\n') == 2;
}

QString contentTypeForLanguage(const QString &language)
{
    if (language == u"json")
        return u"application/json"_s;
    if (language == u"xml")
        return u"application/xml"_s;
    if (language == u"html")
        return u"text/html"_s;
    if (language == u"javascript")
        return u"application/javascript"_s;
    return u"text/plain"_s;
}

// Percent-encodes a form field, leaving {{variables}} for the environment to fill.
QString formEncode(const QString &text)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : variablePattern().globalMatch(text)) {
        out += QString::fromLatin1(QUrl::toPercentEncoding(text.mid(last, m.capturedStart() - last)));
        out += m.captured(0);
        last = m.capturedEnd();
    }
    return out + QString::fromLatin1(QUrl::toPercentEncoding(text.mid(last)));
}

class PostmanReader
{
public:
    PostmanReader(const QJsonObject &root, const ImportOptions &options, ImportResult &result)
        : m_root(root), m_options(options), m_result(result)
    {
    }

    void read();

private:
    struct Group
    {
        QString base; // as written: "{{baseUrl}}" or "https://host:port"
        Api api;
    };

    void readVariables();
    void readEvents(const QJsonValue &events, const QString &label);
    bool readItems(const QJsonArray &items, const QStringList &folders, const QJsonObject &auth, const QString &where);
    void readRequest(const QJsonObject &item, const QStringList &folders, const QJsonObject &auth);
    void readUrl(const QJsonValue &urlValue, const QString &label, Operation *op, QString *base);
    void applyAuth(const QJsonObject &auth, const QString &label, Operation *op);
    void readBody(const QJsonObject &body, const QString &label, Operation *op);
    void readResponses(const QJsonArray &responses, Operation *op);
    QString secretFor(const QString &value, const QString &fallback, const QString &label, const QString &what);
    void setHeader(Operation *op, const QString &name, const QString &value, const QString &description);
    QString finish(const QString &text);
    Group &group(const QString &base);

    QJsonObject m_root;
    const ImportOptions &m_options;
    ImportResult &m_result;
    QString m_name;
    QList<QPair<QString, QString>> m_variables; // collection variables that are not keys
    QHash<QString, QString> m_secretVariables;  // variable → keychain name
    QSet<QString> m_ids;
    QSet<QString> m_noted;
    QList<Group> m_groups;
    int m_total = 0;
    int m_done = 0;
};

int countRequests(const QJsonArray &items)
{
    int n = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        n += o.contains(u"item"_s) ? countRequests(o.value(u"item"_s).toArray()) : 1;
    }
    return n;
}

void PostmanReader::read()
{
    const QJsonObject info = m_root.value(u"info"_s).toObject();
    m_name = info.value(u"name"_s).toString();
    if (m_name.isEmpty())
        m_name = Text::tr("Postman collection");
    readVariables();
    readEvents(m_root.value(u"event"_s), m_name);
    for (const QString &key : {u"protocolProfileBehavior"_s, u"proxy"_s}) {
        if (m_root.contains(key))
            m_result.notes.append(Text::tr("%1: '%2' ignored.").arg(m_name, key));
    }
    const QJsonArray items = m_root.value(u"item"_s).toArray();
    m_total = countRequests(items);
    if (!readItems(items, {}, m_root.value(u"auth"_s).toObject(), u"item"_s))
        return;

    // Keys referred to through variables become keychain references everywhere, once every
    // request has said which variables hold keys.
    for (Group &g : m_groups) {
        for (Operation &op : g.api.operations) {
            for (Parameter &p : op.templateParameters)
                p.defaultValue = finish(p.defaultValue);
            for (Parameter &p : op.queryParameters)
                p.defaultValue = finish(p.defaultValue);
            for (Parameter &p : op.headers)
                p.defaultValue = finish(p.defaultValue);
            for (Representation &r : op.requestRepresentations)
                r.sample = finish(r.sample);
        }
    }

    const QString description = textOf(info.value(u"description"_s));
    for (Group &g : m_groups) {
        // The first base URL's requests keep the collection's name; others add their host.
        if (&g != &m_groups.first()) {
            const QString host = QUrl(g.api.serviceUrl).host();
            g.api.name = m_name + u" ("_s + (host.isEmpty() ? g.base : host) + u')';
            g.api.id = slug(g.api.name);
            g.api.path = g.api.id;
        }
        g.api.description = description;
        Environment env;
        env.name = g.api.name;
        QString baseValue = g.base;
        static const QRegularExpression wholeVariable(u"^\\{\\{\\s*([^{}]+?)\\s*\\}\\}$"_s);
        if (const QRegularExpressionMatch m = wholeVariable.match(g.base); m.hasMatch()) {
            baseValue = QString();
            for (const auto &[name, value] : std::as_const(m_variables)) {
                if (name == m.captured(1))
                    baseValue = value;
            }
        }
        Environment variables;
        variables.variables = m_variables;
        baseValue = substituteVariables(baseValue, variables);
        while (baseValue.endsWith(u'/'))
            baseValue.chop(1);
        if (baseValue.isEmpty() || baseValue.contains(u"{{"_s))
            m_result.notes.append(Text::tr("%1: the base URL '%2' is not known; set the environment's baseUrl.")
                                      .arg(g.api.name, g.base));
        if (g.api.serviceUrl.isEmpty() && !baseValue.contains(u"{{"_s))
            g.api.serviceUrl = baseValue;
        g.api.schemes = {baseValue.startsWith(u"http:"_s) ? u"http"_s : u"https"_s};
        env.variables.append({u"baseUrl"_s, baseValue});
        for (const auto &v : std::as_const(m_variables)) {
            if (v.first != u"baseUrl")
                env.variables.append(v);
        }
        m_result.environments.append(env);
        for (const Operation &op : std::as_const(g.api.operations)) {
            const SavedRequest r = defaultRequest(g.api, op);
            for (const auto &h : r.headers)
                addSecretNames(&m_result, h.second);
            for (const auto &p : r.parameters)
                addSecretNames(&m_result, p.second);
            addSecretNames(&m_result, r.body);
            m_result.requests.append(r);
        }
        m_result.apis.append(g.api);
    }
    for (auto it = m_secretVariables.cbegin(); it != m_secretVariables.cend(); ++it) {
        if (!m_result.secretNames.contains(it.value()))
            m_result.secretNames.append(it.value());
    }
}

void PostmanReader::readVariables()
{
    for (const QJsonValue &v : m_root.value(u"variable"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"key"_s).toString();
        if (key.isEmpty())
            continue;
        const QString value = o.value(u"value"_s).toVariant().toString();
        if (key.startsWith(kSecretPrefix)) {
            const QString name = o.value(u"name"_s).toString();
            m_secretVariables.insert(key, name.isEmpty() ? secretFromEnvironmentVariable(key, m_options.knownSecretNames)
                                                          : secretName(name));
            continue;
        }
        if (o.value(u"type"_s).toString() == u"secret") {
            m_secretVariables.insert(key, secretName(key));
            m_result.notes.append(Text::tr("Variable '%1' holds a key: it is the secret '%2', its value was not "
                                           "imported.")
                                      .arg(key, secretName(key)));
            continue;
        }
        if (o.value(u"disabled"_s).toBool()) {
            m_result.notes.append(Text::tr("Variable '%1' is disabled; not imported.").arg(key));
            continue;
        }
        m_variables.append({key, value});
    }
}

void PostmanReader::readEvents(const QJsonValue &events, const QString &label)
{
    for (const QJsonValue &e : events.toArray()) {
        const QJsonObject event = e.toObject();
        if (isPorticoStatusCheck(event) || textOf(event.value(u"script"_s).toObject().value(u"exec"_s)).trimmed().isEmpty())
            continue;
        const QString listen = event.value(u"listen"_s).toString();
        if (listen == u"prerequest")
            m_result.notes.append(Text::tr("%1: pre-request script not imported.").arg(label));
        else if (listen == u"test")
            m_result.notes.append(Text::tr("%1: test script not imported.").arg(label));
        else
            m_result.notes.append(Text::tr("%1: '%2' script not imported.").arg(label, listen));
    }
}

bool PostmanReader::readItems(const QJsonArray &items, const QStringList &folders, const QJsonObject &auth,
                              const QString &where)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (m_options.isCancelled && m_options.isCancelled()) {
            m_result.cancelled = true;
            return false;
        }
        if (!items.at(i).isObject()) {
            m_result.error = Text::tr("%1[%2]: expected an item or a folder.").arg(where).arg(i);
            return false;
        }
        const QJsonObject item = items.at(i).toObject();
        // An item's own auth replaces its parent's; "inherit" or none keeps the parent's.
        QJsonObject effective = auth;
        const QJsonObject own = item.value(u"request"_s).isObject()
            ? item.value(u"request"_s).toObject().value(u"auth"_s).toObject()
            : item.value(u"auth"_s).toObject();
        if (!own.isEmpty() && own.value(u"type"_s).toString() != u"inherit")
            effective = own;
        if (item.contains(u"item"_s)) {
            const QString name = item.value(u"name"_s).toString();
            QStringList path = folders;
            path.append(name.isEmpty() ? Text::tr("Folder") : name);
            readEvents(item.value(u"event"_s), path.join(u" / "_s));
            if (!readItems(item.value(u"item"_s).toArray(), path, effective,
                           u"%1[%2].item"_s.arg(where).arg(i)))
                return false;
            continue;
        }
        if (!item.contains(u"request"_s)) {
            m_result.error = Text::tr("%1[%2]: an item without a request or items.").arg(where).arg(i);
            return false;
        }
        readRequest(item, folders, effective);
        ++m_done;
        if (m_options.progress)
            m_options.progress(m_done, m_total);
    }
    return true;
}

PostmanReader::Group &PostmanReader::group(const QString &base)
{
    for (Group &g : m_groups) {
        if (g.base == base)
            return g;
    }
    m_groups.append({base, requestApi(m_name, base.contains(u"{{"_s) ? QString() : base)});
    return m_groups.last();
}

void PostmanReader::readRequest(const QJsonObject &item, const QStringList &folders, const QJsonObject &auth)
{
    QJsonObject request = item.value(u"request"_s).toObject();
    if (item.value(u"request"_s).isString())
        request = QJsonObject{{u"url"_s, item.value(u"request"_s)}, {u"method"_s, u"GET"_s}};
    Operation op;
    op.name = item.value(u"name"_s).toString();
    const QString label = folders.isEmpty() ? op.name : folders.join(u" / "_s) + u" / "_s + op.name;
    static const QRegularExpression plainId(u"^[A-Za-z0-9._-]+$"_s);
    static const QRegularExpression uuid(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    const QString itemId = item.value(u"id"_s).toString();
    op.id = plainId.match(itemId).hasMatch() && !uuid.match(itemId).hasMatch() ? itemId : slug(op.name);
    for (int n = 2; m_ids.contains(op.id); ++n)
        op.id = (plainId.match(itemId).hasMatch() ? itemId : slug(op.name)) + u'-' + QString::number(n);
    m_ids.insert(op.id);
    if (op.name.isEmpty())
        op.name = op.id;
    op.method = request.value(u"method"_s).toString(u"GET"_s).toUpper();
    op.description = textOf(request.value(u"description"_s));
    if (!folders.isEmpty())
        op.tags = {folders.join(u" / "_s)};

    QString base;
    readUrl(request.value(u"url"_s), label, &op, &base);
    for (const QJsonValue &h : request.value(u"header"_s).toArray()) {
        QString name;
        QString value;
        QString description;
        bool disabled = false;
        if (h.isString()) {
            name = h.toString().section(u':', 0, 0).trimmed();
            value = h.toString().section(u':', 1).trimmed();
        } else {
            const QJsonObject o = h.toObject();
            name = o.value(u"key"_s).toString();
            value = o.value(u"value"_s).toString();
            description = textOf(o.value(u"description"_s));
            disabled = o.value(u"disabled"_s).toBool();
        }
        if (name.isEmpty())
            continue;
        if (disabled) {
            m_result.notes.append(Text::tr("%1: disabled header '%2' not imported.").arg(label, name));
            continue;
        }
        if (isKeyHeader(name))
            value = secretFor(value, name, label, Text::tr("header '%1'").arg(name));
        setHeader(&op, name, value, description);
    }
    // The body's Content-Type before the auth headers, in the order an OpenAPI import gives.
    readBody(request.value(u"body"_s).toObject(), label, &op);
    applyAuth(auth, label, &op);
    readResponses(item.value(u"response"_s).toArray(), &op);
    readEvents(item.value(u"event"_s), label);
    for (const QString &key : {u"protocolProfileBehavior"_s})
        if (item.contains(key))
            m_result.notes.append(Text::tr("%1: '%2' ignored.").arg(label, key));
    for (const QString &key : {u"proxy"_s, u"certificate"_s})
        if (request.contains(key))
            m_result.notes.append(Text::tr("%1: '%2' ignored.").arg(label, key));

    const UrlTemplate parsed = UrlTemplate::parse(op.urlTemplate);
    if (!parsed.isValid()) {
        m_result.notes.append(Text::tr("%1: skipped, its URL cannot be a template: %2").arg(label, parsed.error()));
        return;
    }
    group(base).api.operations.append(op);
}

QString PostmanReader::finish(const QString &text)
{
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch &m : variablePattern().globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        if (name.startsWith(kSecretPrefix) && !m_secretVariables.contains(name))
            m_secretVariables.insert(name, secretFromEnvironmentVariable(name, m_options.knownSecretNames));
        if (m_secretVariables.contains(name)) {
            out += secretReference(m_secretVariables.value(name));
        } else {
            out += m.captured(0);
            const bool known = name.startsWith(u"secret:"_s) ||
                std::any_of(m_variables.cbegin(), m_variables.cend(), [&](const auto &v) { return v.first == name; });
            if (!known && !m_noted.contains(name)) {
                m_noted.insert(name);
                if (name.startsWith(u'$'))
                    m_result.notes.append(
                        Text::tr("'{{%1}}' is a value Postman makes up on each run; set the variable yourself.").arg(name));
                else
                    m_result.notes.append(
                        Text::tr("'{{%1}}' is not defined in the collection; set it in the environment.").arg(name));
            }
        }
        last = m.capturedEnd();
    }
    return out + QStringView(text).mid(last);
}

QString PostmanReader::secretFor(const QString &value, const QString &fallback, const QString &label,
                                 const QString &what)
{
    QString variable;
    bool literal = false;
    QString fallbackName = fallback;
    const QString out = keyReference(value, fallbackName, &variable, &literal);
    if (!variable.isEmpty()) {
        if (!m_secretVariables.contains(variable)) {
            m_secretVariables.insert(variable, variable.startsWith(kSecretPrefix)
                                                   ? secretFromEnvironmentVariable(variable, m_options.knownSecretNames)
                                                   : secretName(variable));
            const bool hadValue = std::any_of(m_variables.cbegin(), m_variables.cend(),
                                              [&](const auto &v) { return v.first == variable && !v.second.isEmpty(); });
            m_variables.removeIf([&](const auto &v) { return v.first == variable; });
            if (hadValue)
                m_result.notes.append(Text::tr("Variable '%1' holds a key: it is the secret '%2', its value was not "
                                               "imported.")
                                          .arg(variable, m_secretVariables.value(variable)));
        }
        return QString(out).replace(secretReference(secretName(variable)),
                                    secretReference(m_secretVariables.value(variable)));
    }
    if (literal) {
        const QString name = secretReferences(out).value(0);
        if (!m_noted.contains(u"literal|"_s + name + u'|' + label)) {
            m_noted.insert(u"literal|"_s + name + u'|' + label);
            m_result.notes.append(
                Text::tr("%1: the key in its %2 was not imported; store it as the secret '%3'.").arg(label, what, name));
        }
    }
    return out;
}

void PostmanReader::setHeader(Operation *op, const QString &name, const QString &value, const QString &description)
{
    for (Parameter &h : op->headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0) {
            h.defaultValue = value;
            return;
        }
    }
    Parameter p;
    p.name = name;
    p.defaultValue = value;
    p.description = description;
    p.required = true;
    op->headers.append(p);
}

void PostmanReader::readUrl(const QJsonValue &urlValue, const QString &label, Operation *op, QString *base)
{
    const QJsonObject url = urlValue.toObject();
    QString raw = urlValue.isString() ? urlValue.toString() : url.value(u"raw"_s).toString();
    if (raw.isEmpty() && url.contains(u"host"_s)) {
        QStringList host;
        for (const QJsonValue &h : url.value(u"host"_s).toArray())
            host.append(h.toString());
        QStringList path;
        for (const QJsonValue &p : url.value(u"path"_s).toArray())
            path.append(p.isObject() ? p.toObject().value(u"value"_s).toString() : p.toString());
        const QString protocol = url.value(u"protocol"_s).toString();
        raw = (protocol.isEmpty() ? QString() : protocol + u"://"_s) + host.join(u'.') +
            (url.contains(u"port"_s) ? u':' + url.value(u"port"_s).toString() : QString()) + u'/' + path.join(u'/');
    }
    raw = raw.trimmed();
    if (const qsizetype hash = raw.indexOf(u'#'); hash >= 0)
        raw.truncate(hash);
    QString query;
    if (const qsizetype q = raw.indexOf(u'?'); q >= 0) {
        query = raw.mid(q + 1);
        raw.truncate(q);
    }
    QString rest;
    if (raw.startsWith(u"{{"_s)) {
        const qsizetype end = raw.indexOf(u"}}"_s);
        *base = raw.left(end + 2);
        rest = raw.mid(end + 2);
    } else {
        if (!raw.contains(u"://"_s))
            raw.prepend(u"http://"_s); // as Postman sends it
        const qsizetype slash = raw.indexOf(u'/', raw.indexOf(u"://"_s) + 3);
        *base = slash < 0 ? raw : raw.left(slash);
        rest = slash < 0 ? QString() : raw.mid(slash);
    }
    // "{{host}}:8080/path" or "{{baseUrl}}v1/path": what comes before the first '/' is the base's.
    if (!rest.startsWith(u'/')) {
        const qsizetype slash = rest.indexOf(u'/');
        *base += slash < 0 ? rest : rest.left(slash);
        rest = slash < 0 ? QString() : rest.mid(slash);
    }

    QHash<QString, QPair<QString, QString>> pathVariables; // name → value, description
    for (const QJsonValue &v : url.value(u"variable"_s).toArray()) {
        const QJsonObject o = v.toObject();
        pathVariables.insert(o.value(u"key"_s).toString(),
                             {o.value(u"value"_s).toVariant().toString(), textOf(o.value(u"description"_s))});
    }
    QStringList segments = rest.split(u'/');
    if (!segments.isEmpty())
        segments.removeFirst();
    QString path;
    bool collapsed = false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment.isEmpty() && i + 1 < segments.size()) {
            collapsed = true;
            continue;
        }
        path += u'/';
        auto addParameter = [&](const QString &written, const QString &defaultValue, const QString &description) {
            QString name = templateParameterName(written);
            for (int n = 2; op->templateParameter(name); ++n)
                name = templateParameterName(written) + QString::number(n);
            Parameter p;
            p.name = name;
            p.required = true;
            p.defaultValue = defaultValue;
            p.description = description;
            op->templateParameters.append(p);
            path += u'{' + name + u'}';
        };
        if (segment.startsWith(u':') && segment.size() > 1) {
            const QString name = segment.mid(1);
            addParameter(name, pathVariables.value(name).first, pathVariables.value(name).second);
            continue;
        }
        qsizetype last = 0;
        bool previousWasParameter = false;
        for (const QRegularExpressionMatch &m : variablePattern().globalMatch(segment)) {
            const QString literal = segment.mid(last, m.capturedStart() - last);
            if (literal.isEmpty() && previousWasParameter) {
                // Two variables side by side cannot both be template parameters.
                path += m.captured(0);
                last = m.capturedEnd();
                continue;
            }
            path += templateLiteral(literal);
            const QString name = m.captured(1);
            const bool defined = std::any_of(m_variables.cbegin(), m_variables.cend(),
                                             [&](const auto &v) { return v.first == name && !v.second.isEmpty(); });
            addParameter(name, defined ? m.captured(0) : QString(), QString());
            previousWasParameter = true;
            last = m.capturedEnd();
        }
        path += templateLiteral(segment.mid(last));
    }
    if (collapsed)
        m_result.notes.append(Text::tr("%1: empty path segments ('//') removed from its URL.").arg(label));
    op->urlTemplate = path.isEmpty() ? u"/"_s : path;

    QList<QPair<QJsonObject, bool>> queryItems;
    if (url.contains(u"query"_s)) {
        for (const QJsonValue &q : url.value(u"query"_s).toArray())
            queryItems.append({q.toObject(), true});
    } else if (!query.isEmpty()) {
        for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            const QString key = QUrl::fromPercentEncoding((eq < 0 ? pair : pair.left(eq)).toUtf8());
            const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
            queryItems.append({QJsonObject{{u"key"_s, key}, {u"value"_s, value}}, false});
        }
    }
    for (const auto &[q, fromArray] : std::as_const(queryItems)) {
        Q_UNUSED(fromArray);
        Parameter p;
        p.name = q.value(u"key"_s).toString();
        if (p.name.isEmpty())
            continue;
        p.description = textOf(q.value(u"description"_s));
        p.defaultValue = q.value(u"value"_s).toVariant().toString();
        if (q.value(u"disabled"_s).toBool()) {
            m_result.notes.append(
                Text::tr("%1: query parameter '%2' is disabled; kept as optional, without its value.").arg(label, p.name));
            p.defaultValue.clear();
        } else if (isKeyQueryParameter(p.name)) {
            p.defaultValue = secretFor(p.defaultValue, p.name, label, Text::tr("query parameter '%1'").arg(p.name));
        }
        op->queryParameters.append(p);
    }
}

void PostmanReader::applyAuth(const QJsonObject &auth, const QString &label, Operation *op)
{
    const QString type = auth.value(u"type"_s).toString();
    if (type.isEmpty() || type == u"noauth" || type == u"inherit")
        return;
    const QHash<QString, QString> params = keyValues(auth.value(type));
    if (type == u"apikey") {
        const QString name = params.value(u"key"_s, u"api_key"_s);
        const QString value = secretFor(params.value(u"value"_s), name, label, Text::tr("API key authorization"));
        if (params.value(u"in"_s) == u"query") {
            op->queryParameters.removeIf([&](const Parameter &p) { return p.name == name; });
            Parameter p;
            p.name = name;
            p.required = true;
            p.defaultValue = value;
            op->queryParameters.append(p);
        } else {
            setHeader(op, name, value, QString());
        }
    } else if (type == u"bearer") {
        setHeader(op, u"Authorization"_s,
                  u"Bearer "_s + secretFor(params.value(u"token"_s), u"bearerToken"_s, label,
                                           Text::tr("bearer token authorization")),
                  QString());
    } else if (type == u"basic") {
        const QString user = params.value(u"username"_s);
        const QString secret = secretName(user.isEmpty() || user.contains(u"{{"_s) ? u"basicAuth"_s : u"basic-"_s + user);
        setHeader(op, u"Authorization"_s, u"Basic "_s + secretReference(secret), QString());
        if (!m_noted.contains(u"basic|"_s + secret)) {
            m_noted.insert(u"basic|"_s + secret);
            m_result.notes.append(Text::tr("%1: basic authorization for user '%2'; store base64(user:password) as the "
                                           "secret '%3'. The password was not imported.")
                                      .arg(label, user, secret));
        }
    } else if (!m_noted.contains(u"auth|"_s + label)) {
        m_noted.insert(u"auth|"_s + label);
        m_result.notes.append(
            Text::tr("%1: '%2' authorization not imported; add its header yourself.").arg(label, type));
    }
}

void PostmanReader::readBody(const QJsonObject &body, const QString &label, Operation *op)
{
    if (body.isEmpty())
        return;
    if (body.value(u"disabled"_s).toBool()) {
        m_result.notes.append(Text::tr("%1: its body is disabled; not imported.").arg(label));
        return;
    }
    const QString mode = body.value(u"mode"_s).toString();
    QString contentType;
    QString sample;
    if (mode == u"raw") {
        sample = body.value(u"raw"_s).toString();
        const QString language = body.value(u"options"_s).toObject().value(u"raw"_s).toObject().value(u"language"_s).toString();
        contentType = contentTypeForLanguage(language);
    } else if (mode == u"urlencoded" || mode == u"formdata") {
        contentType = u"application/x-www-form-urlencoded"_s;
        QStringList pairs;
        for (const QJsonValue &v : body.value(mode).toArray()) {
            const QJsonObject field = v.toObject();
            const QString key = field.value(u"key"_s).toString();
            if (field.value(u"disabled"_s).toBool()) {
                m_result.notes.append(Text::tr("%1: disabled form field '%2' not imported.").arg(label, key));
                continue;
            }
            if (field.value(u"type"_s).toString() == u"file") {
                m_result.notes.append(Text::tr("%1: file part '%2' of its form not imported.").arg(label, key));
                continue;
            }
            pairs.append(formEncode(key) + u'=' + formEncode(field.value(u"value"_s).toVariant().toString()));
        }
        sample = pairs.join(u'&');
        if (mode == u"formdata")
            m_result.notes.append(Text::tr("%1: multipart form sent URL-encoded.").arg(label));
    } else if (mode == u"graphql") {
        const QJsonObject graphql = body.value(u"graphql"_s).toObject();
        QJsonObject payload{{u"query"_s, graphql.value(u"query"_s).toString()}};
        const QJsonDocument variables = QJsonDocument::fromJson(graphql.value(u"variables"_s).toString().toUtf8());
        if (variables.isObject())
            payload.insert(u"variables"_s, variables.object());
        sample = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)).trimmed();
        contentType = u"application/json"_s;
        m_result.notes.append(Text::tr("%1: GraphQL body written as its JSON request.").arg(label));
    } else if (!mode.isEmpty()) {
        m_result.notes.append(Text::tr("%1: '%2' body not imported.").arg(label, mode));
        return;
    }
    for (const Parameter &h : std::as_const(op->headers)) {
        if (h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0 && !h.defaultValue.isEmpty())
            contentType = h.defaultValue;
    }
    if (contentType.isEmpty())
        return;
    op->requestRepresentations.append(Representation{contentType, sample});
    if (!std::any_of(op->headers.cbegin(), op->headers.cend(), [](const Parameter &h) {
            return h.name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
        }))
        setHeader(op, u"Content-Type"_s, contentType, QString());
}

void PostmanReader::readResponses(const QJsonArray &responses, Operation *op)
{
    for (const QJsonValue &v : responses) {
        const QJsonObject r = v.toObject();
        const int code = r.value(u"code"_s).toInt();
        if (code < 100 || code > 599)
            continue;
        ResponseSpec spec;
        spec.statusCode = code;
        spec.description = r.value(u"name"_s).toString();
        QString contentType;
        for (const QJsonValue &h : r.value(u"header"_s).toArray()) {
            if (h.toObject().value(u"key"_s).toString().compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
                contentType = h.toObject().value(u"value"_s).toString();
        }
        const QString bodyText = r.value(u"body"_s).toString();
        if (!bodyText.isEmpty() || !contentType.isEmpty())
            spec.representations.append(Representation{contentType.isEmpty() ? u"text/plain"_s : contentType, bodyText});
        if (std::none_of(op->responses.cbegin(), op->responses.cend(),
                         [&](const ResponseSpec &s) { return s.statusCode == code; }))
            op->responses.append(spec);
    }
}

} // namespace

ImportResult importPostman(const QJsonObject &root, const QString &location, const ImportOptions &options)
{
    Q_UNUSED(location);
    ImportResult r;
    r.format = ImportFormat::Postman;
    const QString schema = root.value(u"info"_s).toObject().value(u"schema"_s).toString();
    if (!schema.isEmpty() && !schema.contains(u"v2.1"_s) && !schema.contains(u"v2.0"_s)) {
        r.error = Text::tr("info.schema: '%1' is not a Postman collection v2.0 or v2.1; export it from Postman as "
                           "v2.1.")
                      .arg(schema);
        return r;
    }
    if (!root.value(u"item"_s).isArray()) {
        r.error = Text::tr("item: a Postman collection needs a list of items.");
        return r;
    }
    PostmanReader reader(root, options, r);
    reader.read();
    if (!r.ok()) {
        r.apis.clear();
        r.environments.clear();
        r.requests.clear();
    }
    return r;
}

} // namespace portico::client::importdetail
