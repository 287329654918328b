// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The parsing half of import: JSON or YAML bytes to one JSON tree, with errors that name the
// line and column, and $ref resolution within a document and across sibling files.
//
// The tree is simdjson's DOM: a large description (GitHub's is 13 MB) is read at memory speed
// and walked in place; only the pieces the workspace keeps (samples, examples) become Qt
// values. Objects read the way QJsonObject reads them: their members in key order, and of two
// members with the same key, the last.
#include "client/interop/importer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <memory>
#include <optional>
#include <simdjson.h>
#include <string_view>
#include <utility>

namespace portico::client::importdetail {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// One value of a parsed document, or nothing (a key that is not there). Reading a value as a
// type it does not have gives that type's empty value, as QJsonValue does.
class Json
{
public:
    Json() = default;
    explicit Json(simdjson::dom::element element)
        : m_element(element)
        , m_defined(true)
    { }

    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return m_defined && m_element.is_null(); }
    bool isObject() const { return m_defined && m_element.is_object(); }
    bool isArray() const { return m_defined && m_element.is_array(); }
    bool isString() const { return m_defined && m_element.is_string(); }
    bool isBool() const { return m_defined && m_element.is_bool(); }
    bool isNumber() const { return m_defined && m_element.is_number(); }

    // An object's member; the last one when the key is there twice.
    Json value(std::string_view key) const;
    Json field(const QString &key) const { return value(std::string_view(key.toUtf8())); }
    bool contains(std::string_view key) const { return !value(key).isUndefined(); }
    QString toString() const;
    bool toBool() const { return isBool() && m_element.get_bool().value_unsafe(); }
    double toDouble() const;
    // An array's elements, or an object's distinct keys.
    qsizetype size() const;
    Json at(qsizetype index) const;
    QList<Json> elements() const;
    // An object's members in key order, one per key.
    QList<std::pair<QString, Json>> members() const;
    QStringList keys() const;
    // The value as Qt's JSON types, for what the workspace keeps.
    QJsonValue toQt() const;
    // As QJsonValue::toVariant().toString() would spell it.
    QString variantText() const;

private:
    simdjson::dom::element m_element;
    bool m_defined = false;
};

// One parsed document; its values point into it, so it outlives them.
class JsonTree
{
public:
    Json root() const { return m_root; }

private:
    friend std::shared_ptr<const JsonTree> parseTree(const QByteArray &bytes, QString *error);
    simdjson::dom::parser m_parser;
    Json m_root;
};

// JSON when the text starts with '{' or '[', YAML otherwise. *error names the place.
std::shared_ptr<const JsonTree> parseTree(const QByteArray &bytes, QString *error);

// A value and the document it was read from, so a $ref inside a sibling file resolves
// against that file.
struct Node
{
    Json value;
    int document = 0;
    Node child(std::string_view key) const { return {value.value(key), document}; }
};

class RefResolver
{
public:
    RefResolver(std::shared_ptr<const JsonTree> root, const QString &location, ImportLoader loader);
    Node root() const { return {m_documents.first().tree->root(), 0}; }
    // Follows $ref until a value without one; where is the place the value was found, for
    // the error naming an unresolved or circular reference.
    std::optional<Node> resolve(const Node &node, const QString &where, QString *error);
    // The same, but a failure gives an empty node and the caller goes on.
    Node follow(const Node &node);

private:
    struct Document
    {
        QString location;
        std::shared_ptr<const JsonTree> tree;
    };
    std::optional<Node> lookup(const QString &ref, int from, const QString &where, QString *error);
    QString resolveLocation(const QString &relative, int from) const;

    QList<Document> m_documents;
    QHash<QString, int> m_byLocation;
    // Resolved references by document and $ref text: a large description names the same
    // schemas and parameters hundreds of times, and the documents never change.
    QHash<QString, Node> m_resolved;
    ImportLoader m_loader;
};

QString slug(const QString &text);

// A hint that a large buffer about to be filled is better backed by 2 MiB pages: a 13 MB
// description and its parse otherwise cost one page fault per 4 KiB, the biggest part of the
// import. Where the system has no such hint, nothing happens.
void preferHugePages(const void *data, size_t size);

} // namespace portico::client::importdetail
