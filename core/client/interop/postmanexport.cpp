// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/postmanexport.h"

#include "client/catalog/urltemplate.h"
#include "client/interop/curlexport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

const QString kSchema = u"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"_s;

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*(secret:)?([^{}]+?)\\s*\\}\\}"_s);
    return placeholder;
}

// Turns Portico's placeholders into Postman's: a variable whose value is a keychain reference
// is replaced by that reference, and every {{secret:NAME}} becomes {{PORTICO_SECRET_NAME}}.
// Other {{name}} stay for Postman to resolve from the collection's variables.
class Translator
{
public:
    explicit Translator(const Environment *environment)
    {
        if (!environment)
            return;
        for (const auto &[name, value] : environment->variables) {
            if (!secretReferences(value).isEmpty())
                m_secretValued.variables.append({name, value});
            else
                m_plain.append({name, value});
        }
    }

    QString operator()(const QString &text)
    {
        QString out = substituteVariables(text, m_secretValued);
        QString result;
        qsizetype last = 0;
        for (const QRegularExpressionMatch &m : placeholderPattern().globalMatch(out)) {
            result += QStringView(out).mid(last, m.capturedStart() - last);
            if (m.capturedLength(1) > 0) {
                const QString variable = secretEnvironmentVariable(m.captured(2));
                if (!m_secrets.contains(variable)) {
                    m_secrets.append(variable);
                    m_secretNames.append(m.captured(2));
                }
                result += u"{{"_s + variable + u"}}"_s;
            } else {
                result += u"{{"_s + m.captured(2) + u"}}"_s;
            }
            last = m.capturedEnd();
        }
        return result + QStringView(out).mid(last);
    }

    bool knows(const QString &variable) const
    {
        return m_secretValued.contains(variable) ||
            std::any_of(m_plain.cbegin(), m_plain.cend(), [&](const auto &v) { return v.first == variable; });
    }
    // A value that is nothing but a variable no one defines: such a header is left out, as
    // the Try-it panel leaves it out (a subscription key when calling the service directly).
    bool isUndefinedVariable(const QString &value) const
    {
        const QRegularExpressionMatch m = placeholderPattern().match(value.trimmed());
        // {{$guid}} and the like are Postman's own: it fills them in on every run.
        return m.hasMatch() && m.capturedLength() == value.trimmed().size() && m.capturedLength(1) == 0 &&
            !knows(m.captured(2)) && !m.captured(2).startsWith(u'$');
    }

    QList<QPair<QString, QString>> plainVariables() const { return m_plain; }
    QStringList secretVariables() const { return m_secrets; }
    // The keychain name behind each of secretVariables(), in the same order.
    QStringList secretNames() const { return m_secretNames; }
    void addPlain(const QString &name)
    {
        if (!knows(name))
            m_plain.append({name, QString()});
    }

private:
    Environment m_secretValued;
    QList<QPair<QString, QString>> m_plain;
    QStringList m_secrets;
    QStringList m_secretNames;
};

// Postman's placeholders must reach the URL unencoded: they are swapped for markers that
// encoding leaves alone, and back after the template has been expanded.
QString marker(qsizetype index)
{
    return u"PORTICOVARMARK%1X"_s.arg(index);
}

QJsonObject urlObject(const QString &raw)
{
    QJsonObject url{{u"raw"_s, raw}};
    QString rest = raw;
    QString query;
    const qsizetype q = rest.indexOf(u'?');
    if (q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    if (rest.startsWith(u"{{"_s)) {
        const qsizetype end = rest.indexOf(u"}}"_s) + 2;
        url.insert(u"host"_s, QJsonArray{rest.left(end)});
        rest = rest.mid(end);
    } else {
        const QUrl base(rest);
        url.insert(u"protocol"_s, base.scheme());
        url.insert(u"host"_s, QJsonArray::fromStringList(base.host().split(u'.')));
        if (base.port() > 0)
            url.insert(u"port"_s, QString::number(base.port()));
        rest = base.path(QUrl::FullyEncoded);
    }
    QStringList segments = rest.split(u'/');
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    url.insert(u"path"_s, QJsonArray::fromStringList(segments));
    if (!query.isEmpty()) {
        QJsonArray items;
        for (const QString &pair : query.split(u'&')) {
            const qsizetype eq = pair.indexOf(u'=');
            items.append(QJsonObject{{u"key"_s, eq < 0 ? pair : pair.left(eq)},
                                     {u"value"_s, eq < 0 ? QString() : pair.mid(eq + 1)}});
        }
        url.insert(u"query"_s, items);
    }
    return url;
}

QJsonObject requestItem(const Api &api, const Operation &op, const SavedRequest *saved, const Environment *environment,
                        Translator &translate)
{
    const UrlTemplate urlTemplate = UrlTemplate::parse(op.urlTemplate);
    QHash<QString, QString> values;
    QStringList markers;
    auto protect = [&](const QString &text) -> QString {
        QString out;
        qsizetype last = 0;
        for (const QRegularExpressionMatch &m : placeholderPattern().globalMatch(text)) {
            out += QStringView(text).mid(last, m.capturedStart() - last) + marker(markers.size());
            markers.append(m.captured(0));
            last = m.capturedEnd();
        }
        return out + QStringView(text).mid(last);
    };
    QList<QPair<QString, QString>> extraQuery;
    for (const QString &name : urlTemplate.parameterNames()) {
        const Parameter *p = op.templateParameter(name);
        QString value = p ? p->defaultValue : QString();
        if (value.isEmpty()) {
            // A value only the caller knows (a job id): a variable of the same name to fill in.
            value = u"{{"_s + name + u"}}"_s;
            translate.addPlain(name);
        }
        values.insert(name, value);
    }
    if (saved) {
        for (const auto &[name, value] : saved->parameters) {
            if (urlTemplate.parameterNames().contains(name))
                values.insert(name, value.isEmpty() ? values.value(name) : value);
            else if (!value.isEmpty())
                extraQuery.append({name, value});
        }
    }
    for (auto it = values.begin(); it != values.end(); ++it)
        it.value() = protect(translate(it.value()));
    QString pathAndQuery = urlTemplate.expand(values);
    for (const auto &[name, value] : extraQuery) {
        pathAndQuery += (pathAndQuery.contains(u'?') ? u"&"_s : u"?"_s) +
            QString::fromLatin1(QUrl::toPercentEncoding(name)) + u'=' + protect(translate(value));
    }
    for (qsizetype i = 0; i < markers.size(); ++i)
        pathAndQuery.replace(marker(i), markers.at(i));
    const QString base = environment && environment->contains(u"baseUrl"_s) ? u"{{baseUrl}}"_s : api.serviceUrl;
    const QString raw = joinUrl(base, pathAndQuery);

    QList<QPair<QString, QString>> headers;
    if (saved && !saved->headers.isEmpty()) {
        headers = saved->headers;
    } else {
        for (const Parameter &h : op.headers)
            headers.append({h.name, h.defaultValue});
        if (!api.subscriptionKeyHeader.isEmpty())
            headers.append({api.subscriptionKeyHeader, u"{{subscriptionKey}}"_s});
    }
    QJsonArray headerArray;
    QString contentType = saved ? saved->contentType : QString();
    for (const auto &[name, value] : headers) {
        if (name.trimmed().isEmpty() || translate.isUndefinedVariable(value))
            continue;
        if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
            contentType = value;
        headerArray.append(QJsonObject{{u"key"_s, name.trimmed()}, {u"value"_s, translate(value)}});
    }

    QJsonObject request{{u"method"_s, op.method.toUpper()}, {u"header"_s, headerArray}, {u"url"_s, urlObject(raw)}};
    if (!op.description.isEmpty())
        request.insert(u"description"_s, op.description);
    QString body = saved ? saved->body : QString();
    if (body.isEmpty() && (!saved || saved->headers.isEmpty()) && !op.requestRepresentations.isEmpty()) {
        body = op.requestRepresentations.first().sample;
        if (contentType.isEmpty())
            contentType = op.requestRepresentations.first().contentType;
    }
    if (!body.isEmpty()) {
        QJsonObject bodyObject{{u"mode"_s, u"raw"_s}, {u"raw"_s, translate(body)}};
        if (contentType.contains(u"json"_s, Qt::CaseInsensitive))
            bodyObject.insert(u"options"_s, QJsonObject{{u"raw"_s, QJsonObject{{u"language"_s, u"json"_s}}}});
        request.insert(u"body"_s, bodyObject);
    }
    // A run fails where a call fails, as in the console's own runner.
    const QJsonArray script{u"pm.test(\"HTTP status is 2xx\", function () {"_s, // not for translation: script
                            u"    pm.expect(pm.response.code).to.be.within(200, 299);"_s, u"});"_s};
    const QJsonArray events{QJsonObject{
        {u"listen"_s, u"test"_s}, {u"script"_s, QJsonObject{{u"type"_s, u"text/javascript"_s}, {u"exec"_s, script}}}}};
    // The id lets a re-import update the same operation instead of adding a copy.
    return QJsonObject{{u"id"_s, op.id},
                       {u"name"_s, op.name.isEmpty() ? op.id : op.name},
                       {u"request"_s, request},
                       {u"event"_s, events}};
}

} // namespace

QString operationGroup(const Api &api, const Operation &operation)
{
    if (!operation.tags.isEmpty())
        return operation.tags.constFirst();
    const QString first = operation.name.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (first.isEmpty() || first == operation.name.trimmed())
        return {};
    for (const Operation &other : api.operations) {
        if (other.id != operation.id && other.name.section(u' ', 0, 0, QString::SectionSkipEmpty) == first)
            return first;
    }
    return {};
}

QJsonObject postmanCollection(const Workspace &workspace, const Api &api, const Environment *environment)
{
    Translator translate(environment);
    QJsonArray items;
    QHash<QString, qsizetype> folders; // group → index in items
    for (const Operation &op : api.operations) {
        const QJsonObject item = requestItem(api, op, workspace.savedRequest(api.id, op.id), environment, translate);
        const QString group = operationGroup(api, op);
        if (group.isEmpty()) {
            items.append(item);
            continue;
        }
        if (!folders.contains(group)) {
            folders.insert(group, items.size());
            items.append(QJsonObject{{u"name"_s, group}, {u"item"_s, QJsonArray()}});
        }
        QJsonObject folder = items.at(folders.value(group)).toObject();
        QJsonArray children = folder.value(u"item"_s).toArray();
        children.append(item);
        folder.insert(u"item"_s, children);
        items.replace(folders.value(group), folder);
    }

    QJsonArray variables;
    for (const auto &[name, value] : translate.plainVariables())
        variables.append(QJsonObject{{u"key"_s, name}, {u"value"_s, value}, {u"type"_s, u"string"_s}});
    const QStringList secretVariables = translate.secretVariables();
    for (qsizetype i = 0; i < secretVariables.size(); ++i) {
        const QString &name = secretVariables.at(i);
        // "name" keeps the keychain name, which the variable's key had to simplify.
        variables.append(QJsonObject{
            {u"key"_s, name},
            {u"name"_s, translate.secretNames().at(i)},
            {u"value"_s, QString()},
            {u"type"_s, u"string"_s},
            {u"description"_s,
             u"A key: set it before running, never saved here."_s}}); // not for translation: collection data
    }
    QJsonObject info{{u"_postman_id"_s, QUuid::createUuidV5(QUuid(), api.id).toString(QUuid::WithoutBraces)},
                     {u"name"_s, api.name.isEmpty() ? api.id : api.name},
                     {u"schema"_s, kSchema}};
    if (!api.description.isEmpty())
        info.insert(u"description"_s, api.description);
    return QJsonObject{{u"info"_s, info}, {u"item"_s, items}, {u"variable"_s, variables}};
}

} // namespace portico::client
