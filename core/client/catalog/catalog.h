// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The console's picture of an API Management API and its operations, as plain values in
// APIM's management-model field names, so a catalog reads and writes the same JSON shapes.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace portico::client {

// The fromJson functions take the JSON path of the value they read (e.g.
// "apis[0].operations[2]") and, on failure, set *error to "<path>.<field>: <reason>" so a
// hand-edited workspace file points at the exact place to fix.

// Reads the fields of one JSON object for the fromJson functions. The first problem wins:
// after it every read returns a default, so callers check ok() once at the end.
class JsonFields
{
public:
    explicit JsonFields(const QJsonValue &value, const QString &path, QString *error);

    bool ok() const { return m_ok; }
    QString path() const { return m_path; }
    QString childPath(const QString &key) const;
    void fail(const QString &key, const QString &reason);

    bool contains(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key, bool required = false);
    int integer(const QString &key, int fallback);
    bool boolean(const QString &key, bool fallback);
    QStringList strings(const QString &key);
    // [{"name": ..., "value": ...}], which keeps order and repeats that an object would lose.
    QList<QPair<QString, QString>> pairs(const QString &key);
    // A nested object's fields; an absent key reads as an empty object. Its failures are
    // this object's failures, so it must not outlive this object.
    JsonFields object(const QString &key);

    template<typename T> QList<T> list(const QString &key)
    {
        QList<T> out;
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
            std::optional<T> item = T::fromJson(items.at(i), indexPath(key, i), &why);
            if (!item) {
                failWith(why);
                return {};
            }
            out.append(*item);
        }
        return out;
    }

private:
    QString indexPath(const QString &key, qsizetype index) const;
    void failWith(const QString &message);
    static QString expectedArray();

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    JsonFields *m_parent = nullptr;
    bool m_ok = true;
};

struct Parameter
{
    QString name;
    QString description;
    QString type = QStringLiteral("string");
    QString defaultValue;
    bool required = false;
    QStringList values; // the allowed values, when the publisher listed them

    QJsonObject toJson() const;
    static std::optional<Parameter> fromJson(const QJsonValue &json, const QString &path, QString *error);
    friend bool operator==(const Parameter &a, const Parameter &b);
    friend bool operator!=(const Parameter &a, const Parameter &b) { return !(a == b); }
};

struct Representation
{
    QString contentType;
    QString sample;

    QJsonObject toJson() const;
    static std::optional<Representation> fromJson(const QJsonValue &json, const QString &path, QString *error);
    friend bool operator==(const Representation &a, const Representation &b);
    friend bool operator!=(const Representation &a, const Representation &b) { return !(a == b); }
};

struct ResponseSpec
{
    int statusCode = 200;
    QString description;
    QList<Representation> representations;

    QJsonObject toJson() const;
    static std::optional<ResponseSpec> fromJson(const QJsonValue &json, const QString &path, QString *error);
    friend bool operator==(const ResponseSpec &a, const ResponseSpec &b);
    friend bool operator!=(const ResponseSpec &a, const ResponseSpec &b) { return !(a == b); }
};

struct Operation
{
    QString id;
    QString name; // display name
    QString method;
    QString urlTemplate;
    QString description;
    // Everything written in the URL template, path and query alike; all are required.
    QList<Parameter> templateParameters;
    // Optional query parameters the template does not name; the gateway passes them through.
    QList<Parameter> queryParameters;
    QList<Parameter> headers;
    QList<Representation> requestRepresentations;
    QList<ResponseSpec> responses;
    // The groups the operation is filed under (OpenAPI tags, Postman folders), first one first.
    QStringList tags;

    const Parameter *templateParameter(const QString &name) const;

    // Template parameters go at the top level and the rest under "request", as APIM has it.
    QJsonObject toJson() const;
    // Also checks that the URL template parses and that every name in it is described.
    static std::optional<Operation> fromJson(const QJsonValue &json, const QString &path, QString *error);
    friend bool operator==(const Operation &a, const Operation &b);
    friend bool operator!=(const Operation &a, const Operation &b) { return !(a == b); }
};

struct Api
{
    QString id;
    QString name;
    QString description;
    QString serviceUrl;                           // the backend the gateway forwards to
    QString path;                                 // the URL suffix on the gateway
    QStringList schemes{QStringLiteral("https")}; // APIM calls these "protocols"
    QStringList products;                         // display names of the products that include the API
    QString subscriptionKeyHeader = QStringLiteral("Ocp-Apim-Subscription-Key");
    QString subscriptionKeyQuery = QStringLiteral("subscription-key");
    QList<Operation> operations;

    // nullptr when the API has no such operation.
    const Operation *operation(const QString &id) const;

    QJsonObject toJson() const;
    static std::optional<Api> fromJson(const QJsonValue &json, const QString &path, QString *error);
    friend bool operator==(const Api &a, const Api &b);
    friend bool operator!=(const Api &a, const Api &b) { return !(a == b); }
};

} // namespace portico::client
