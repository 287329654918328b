// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/catalog.h"

#include "client/catalog/urltemplate.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

struct Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)
};

// Optional fields are left out when empty so a hand-written catalog and a saved one look
// alike and diffs show only what someone actually set.
void insertIfSet(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void insertIfSet(QJsonObject &o, const QString &key, const QStringList &values)
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
}

template<typename T> void insertIfSet(QJsonObject &o, const QString &key, const QList<T> &items)
{
    if (items.isEmpty())
        return;
    QJsonArray a;
    for (const T &item : items)
        a.append(item.toJson());
    o.insert(key, a);
}

} // namespace

JsonFields::JsonFields(const QJsonValue &value, const QString &path, QString *error)
    : m_object(value.toObject())
    , m_path(path)
    , m_error(error)
{
    if (!value.isObject()) {
        const QString where = path.isEmpty() ? Catalog::tr("The document") : path;
        failWith(where + u": "_s + Catalog::tr("expected a JSON object."));
    }
}

QString JsonFields::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

QString JsonFields::indexPath(const QString &key, qsizetype index) const
{
    return childPath(key) + u'[' + QString::number(index) + u']';
}

void JsonFields::failWith(const QString &message)
{
    if (!m_ok)
        return;
    m_ok = false;
    if (m_parent)
        m_parent->failWith(message);
    else if (m_error)
        *m_error = message;
}

void JsonFields::fail(const QString &key, const QString &reason)
{
    failWith(childPath(key) + u": "_s + reason);
}

QString JsonFields::expectedArray()
{
    return Catalog::tr("expected an array.");
}

QString JsonFields::string(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (!m_ok)
        return {};
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, Catalog::tr("is required."));
        return {};
    }
    if (!v.isString()) {
        fail(key, Catalog::tr("expected a string."));
        return {};
    }
    const QString s = v.toString();
    if (required && s.isEmpty())
        fail(key, Catalog::tr("must not be empty."));
    return s;
}

int JsonFields::integer(const QString &key, int fallback)
{
    const QJsonValue v = m_object.value(key);
    if (!m_ok || v.isUndefined() || v.isNull())
        return fallback;
    const double d = v.toDouble();
    if (!v.isDouble() || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max() ||
        d != double(int(d))) {
        fail(key, Catalog::tr("expected a whole number."));
        return fallback;
    }
    return int(d);
}

bool JsonFields::boolean(const QString &key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (!m_ok || v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, Catalog::tr("expected true or false."));
        return fallback;
    }
    return v.toBool();
}

QStringList JsonFields::strings(const QString &key)
{
    QStringList out;
    const QJsonValue v = m_object.value(key);
    if (!m_ok || v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        fail(key, expectedArray());
        return out;
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            failWith(indexPath(key, i) + u": "_s + Catalog::tr("expected a string."));
            return {};
        }
        out.append(items.at(i).toString());
    }
    return out;
}

QList<QPair<QString, QString>> JsonFields::pairs(const QString &key)
{
    QList<QPair<QString, QString>> out;
    const QJsonValue v = m_object.value(key);
    if (!m_ok || v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray()) {
        fail(key, expectedArray());
        return out;
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString why;
        JsonFields item(items.at(i), indexPath(key, i), &why);
        const QString name = item.string(u"name"_s, true);
        const QString value = item.string(u"value"_s);
        if (!item.ok()) {
            failWith(why);
            return {};
        }
        out.append({name, value});
    }
    return out;
}

JsonFields JsonFields::object(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    QString why;
    JsonFields child(v.isUndefined() || v.isNull() ? QJsonValue(QJsonObject()) : v, childPath(key), &why);
    if (!child.ok())
        failWith(why);
    // Later failures of the child fail this object too, so ok() here covers both.
    child.m_parent = this;
    child.m_ok = m_ok;
    return child;
}

// --- Parameter ---

QJsonObject Parameter::toJson() const
{
    QJsonObject o{{u"name"_s, name}, {u"type"_s, type}, {u"required"_s, required}};
    insertIfSet(o, u"description"_s, description);
    insertIfSet(o, u"defaultValue"_s, defaultValue);
    insertIfSet(o, u"values"_s, values);
    return o;
}

std::optional<Parameter> Parameter::fromJson(const QJsonValue &json, const QString &path, QString *error)
{
    JsonFields f(json, path, error);
    Parameter p;
    p.name = f.string(u"name"_s, true);
    p.description = f.string(u"description"_s);
    p.type = f.contains(u"type"_s) ? f.string(u"type"_s) : u"string"_s;
    p.defaultValue = f.string(u"defaultValue"_s);
    p.required = f.boolean(u"required"_s, false);
    p.values = f.strings(u"values"_s);
    if (!f.ok())
        return std::nullopt;
    return p;
}

bool operator==(const Parameter &a, const Parameter &b)
{
    return a.name == b.name && a.description == b.description && a.type == b.type && a.defaultValue == b.defaultValue &&
        a.required == b.required && a.values == b.values;
}

// --- Representation ---

QJsonObject Representation::toJson() const
{
    QJsonObject o{{u"contentType"_s, contentType}};
    insertIfSet(o, u"sample"_s, sample);
    return o;
}

std::optional<Representation> Representation::fromJson(const QJsonValue &json, const QString &path, QString *error)
{
    JsonFields f(json, path, error);
    Representation r;
    r.contentType = f.string(u"contentType"_s, true);
    r.sample = f.string(u"sample"_s);
    if (!f.ok())
        return std::nullopt;
    return r;
}

bool operator==(const Representation &a, const Representation &b)
{
    return a.contentType == b.contentType && a.sample == b.sample;
}

// --- ResponseSpec ---

QJsonObject ResponseSpec::toJson() const
{
    QJsonObject o{{u"statusCode"_s, statusCode}};
    insertIfSet(o, u"description"_s, description);
    insertIfSet(o, u"representations"_s, representations);
    return o;
}

std::optional<ResponseSpec> ResponseSpec::fromJson(const QJsonValue &json, const QString &path, QString *error)
{
    JsonFields f(json, path, error);
    ResponseSpec r;
    r.statusCode = f.integer(u"statusCode"_s, 0);
    if (f.ok() && (r.statusCode < 100 || r.statusCode > 599))
        f.fail(u"statusCode"_s, Catalog::tr("must be an HTTP status code (100 to 599)."));
    r.description = f.string(u"description"_s);
    r.representations = f.list<Representation>(u"representations"_s);
    if (!f.ok())
        return std::nullopt;
    return r;
}

bool operator==(const ResponseSpec &a, const ResponseSpec &b)
{
    return a.statusCode == b.statusCode && a.description == b.description && a.representations == b.representations;
}

// --- Operation ---

const Parameter *Operation::templateParameter(const QString &name) const
{
    for (const Parameter &p : templateParameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QJsonObject Operation::toJson() const
{
    QJsonObject o{{u"id"_s, id}, {u"name"_s, name}, {u"method"_s, method}, {u"urlTemplate"_s, urlTemplate}};
    insertIfSet(o, u"description"_s, description);
    insertIfSet(o, u"templateParameters"_s, templateParameters);
    QJsonObject request;
    insertIfSet(request, u"queryParameters"_s, queryParameters);
    insertIfSet(request, u"headers"_s, headers);
    insertIfSet(request, u"representations"_s, requestRepresentations);
    if (!request.isEmpty())
        o.insert(u"request"_s, request);
    insertIfSet(o, u"responses"_s, responses);
    insertIfSet(o, u"tags"_s, tags);
    return o;
}

std::optional<Operation> Operation::fromJson(const QJsonValue &json, const QString &path, QString *error)
{
    JsonFields f(json, path, error);
    Operation op;
    op.id = f.string(u"id"_s, true);
    op.name = f.string(u"name"_s);
    op.method = f.string(u"method"_s, true);
    if (f.ok()) {
        for (QChar c : std::as_const(op.method)) {
            if (!(c.isLetter() && c.unicode() < 128)) {
                f.fail(u"method"_s, Catalog::tr("'%1' is not an HTTP method.").arg(op.method));
                break;
            }
        }
    }
    op.urlTemplate = f.string(u"urlTemplate"_s, true);
    const UrlTemplate parsed = UrlTemplate::parse(op.urlTemplate);
    if (f.ok() && !parsed.isValid())
        f.fail(u"urlTemplate"_s, parsed.error());
    op.description = f.string(u"description"_s);
    op.templateParameters = f.list<Parameter>(u"templateParameters"_s);
    JsonFields request = f.object(u"request"_s);
    op.queryParameters = request.list<Parameter>(u"queryParameters"_s);
    op.headers = request.list<Parameter>(u"headers"_s);
    op.requestRepresentations = request.list<Representation>(u"representations"_s);
    op.responses = f.list<ResponseSpec>(u"responses"_s);
    op.tags = f.strings(u"tags"_s);
    if (!f.ok())
        return std::nullopt;

    // APIM refuses an operation whose template and parameter list disagree; so do we, as
    // the request form is built from the list and the URL from the template.
    const QStringList names = parsed.parameterNames();
    for (const QString &n : names) {
        if (!op.templateParameter(n)) {
            f.fail(u"templateParameters"_s,
                   Catalog::tr("the URL template uses '{%1}', which is not described here.").arg(n));
            return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < op.templateParameters.size(); ++i) {
        const QString &n = op.templateParameters.at(i).name;
        if (!names.contains(n)) {
            f.fail(u"templateParameters[%1].name"_s.arg(i),
                   Catalog::tr("'%1' does not appear in the URL template.").arg(n));
            return std::nullopt;
        }
    }
    return op;
}

bool operator==(const Operation &a, const Operation &b)
{
    return a.id == b.id && a.name == b.name && a.method == b.method && a.urlTemplate == b.urlTemplate &&
        a.description == b.description && a.templateParameters == b.templateParameters &&
        a.queryParameters == b.queryParameters && a.headers == b.headers &&
        a.requestRepresentations == b.requestRepresentations && a.responses == b.responses && a.tags == b.tags;
}

// --- Api ---

const Operation *Api::operation(const QString &id) const
{
    for (const Operation &op : operations) {
        if (op.id == id)
            return &op;
    }
    return nullptr;
}

QJsonObject Api::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"name"_s, name},
                  {u"serviceUrl"_s, serviceUrl},
                  {u"path"_s, path},
                  {u"protocols"_s, QJsonArray::fromStringList(schemes)},
                  {u"subscriptionKeyParameterNames"_s,
                   QJsonObject{{u"header"_s, subscriptionKeyHeader}, {u"query"_s, subscriptionKeyQuery}}}};
    insertIfSet(o, u"description"_s, description);
    insertIfSet(o, u"products"_s, products);
    insertIfSet(o, u"operations"_s, operations);
    return o;
}

std::optional<Api> Api::fromJson(const QJsonValue &json, const QString &path, QString *error)
{
    JsonFields f(json, path, error);
    Api api;
    api.id = f.string(u"id"_s, true);
    api.name = f.string(u"name"_s);
    api.description = f.string(u"description"_s);
    api.serviceUrl = f.string(u"serviceUrl"_s);
    api.path = f.string(u"path"_s);
    if (f.contains(u"protocols"_s))
        api.schemes = f.strings(u"protocols"_s);
    static const QStringList known{u"https"_s, u"http"_s, u"wss"_s, u"ws"_s};
    for (const QString &s : std::as_const(api.schemes)) {
        if (f.ok() && !known.contains(s))
            f.fail(u"protocols"_s,
                   Catalog::tr("'%1' is not a protocol API Management knows (https, http, wss, ws).").arg(s));
    }
    api.products = f.strings(u"products"_s);
    JsonFields keys = f.object(u"subscriptionKeyParameterNames"_s);
    if (keys.contains(u"header"_s))
        api.subscriptionKeyHeader = keys.string(u"header"_s, true);
    if (keys.contains(u"query"_s))
        api.subscriptionKeyQuery = keys.string(u"query"_s, true);
    api.operations = f.list<Operation>(u"operations"_s);
    if (!f.ok())
        return std::nullopt;

    for (qsizetype i = 0; i < api.operations.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (api.operations.at(j).id == api.operations.at(i).id) {
                f.fail(u"operations[%1].id"_s.arg(i),
                       Catalog::tr("'%1' is already the id of operations[%2].").arg(api.operations.at(i).id).arg(j));
                return std::nullopt;
            }
        }
    }
    return api;
}

bool operator==(const Api &a, const Api &b)
{
    return a.id == b.id && a.name == b.name && a.description == b.description && a.serviceUrl == b.serviceUrl &&
        a.path == b.path && a.schemes == b.schemes && a.products == b.products &&
        a.subscriptionKeyHeader == b.subscriptionKeyHeader && a.subscriptionKeyQuery == b.subscriptionKeyQuery &&
        a.operations == b.operations;
}

} // namespace portico::client
