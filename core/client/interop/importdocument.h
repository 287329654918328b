// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The parsing half of import: JSON or YAML bytes to one JSON tree, with errors that name the
// line and column, and $ref resolution within a document and across sibling files.
#include "client/interop/importer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <optional>

namespace portico::client::importdetail {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
};

// JSON when the text starts with '{' or '[', YAML otherwise. *error names the place.
std::optional<QJsonValue> parseTree(const QByteArray &bytes, QString *error);

// A value and the document it was read from, so a $ref inside a sibling file resolves
// against that file.
struct Node
{
    QJsonValue value;
    int document = 0;
    QJsonObject object() const { return value.toObject(); }
    Node child(const QString &key) const { return {value.toObject().value(key), document}; }
};

class RefResolver
{
public:
    RefResolver(const QJsonValue &root, const QString &location, ImportLoader loader);
    Node root() const { return {m_documents.first().root, 0}; }
    // Follows $ref until a value without one; where is the place the value was found, for
    // the error naming an unresolved or circular reference.
    std::optional<Node> resolve(const Node &node, const QString &where, QString *error);
    // The same, but a failure gives an empty node and the caller goes on.
    Node follow(const Node &node);

private:
    struct Document
    {
        QString location;
        QJsonValue root;
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

} // namespace portico::client::importdetail
