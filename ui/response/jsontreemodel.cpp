// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/jsontreemodel.h"

#include "ui/response/discardinbackground.h"
#include "ui/response/jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

using Node = JsonTreeModel::Node;
using Kind = JsonTreeModel::Kind;

void fill(QList<Node> &nodes, int at, const QJsonValue &value, JsonKeyOrder *order);

// Children go into one contiguous block so a node needs no list of its own; a million
// nodes then cost one allocation, not a million.
void fillObject(QList<Node> &nodes, int at, const QJsonObject &object, JsonKeyOrder *order)
{
    const QStringList keys = order ? order->keysOf(object) : object.keys();
    const int first = int(nodes.size());
    nodes[at].kind = Kind::Object;
    nodes[at].firstChild = first;
    nodes[at].childCount = int(keys.size());
    nodes.resize(first + keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        Node &child = nodes[first + i];
        child.key = keys.at(i);
        child.parent = at;
        child.row = i;
    }
    for (int i = 0; i < keys.size(); ++i)
        fill(nodes, first + i, object.value(keys.at(i)), order);
}

void fillArray(QList<Node> &nodes, int at, const QJsonArray &array, JsonKeyOrder *order)
{
    const int first = int(nodes.size());
    nodes[at].kind = Kind::Array;
    nodes[at].firstChild = first;
    nodes[at].childCount = int(array.size());
    nodes.resize(first + array.size());
    for (int i = 0; i < array.size(); ++i) {
        nodes[first + i].parent = at;
        nodes[first + i].row = i;
    }
    for (int i = 0; i < array.size(); ++i)
        fill(nodes, first + i, array.at(i), order);
}

void fill(QList<Node> &nodes, int at, const QJsonValue &value, JsonKeyOrder *order)
{
    switch (value.type()) {
    case QJsonValue::Object:
        fillObject(nodes, at, value.toObject(), order);
        return;
    case QJsonValue::Array:
        fillArray(nodes, at, value.toArray(), order);
        return;
    case QJsonValue::String:
        nodes[at].kind = Kind::String;
        nodes[at].value = value.toString();
        return;
    case QJsonValue::Double:
        nodes[at].kind = Kind::Number;
        // Integers keep every digit; doubles get their shortest exact spelling.
        nodes[at].value = value.toVariant().toString();
        return;
    case QJsonValue::Bool:
        nodes[at].kind = Kind::Bool;
        nodes[at].value = value.toBool() ? u"true"_s : u"false"_s;
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        nodes[at].kind = Kind::Null;
        nodes[at].value = u"null"_s;
        return;
    }
}

bool isIdentifier(const QString &key)
{
    static const QRegularExpression identifier(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    return identifier.match(key).hasMatch();
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel()
{
    discardInBackground(m_tree.nodes);
}

JsonTreeModel::Tree JsonTreeModel::buildTree(const QJsonDocument &document, JsonKeyOrder *order)
{
    Tree tree;
    if (document.isNull())
        return tree;
    tree.nodes.resize(1);
    if (document.isObject())
        fillObject(tree.nodes, 0, document.object(), order);
    else
        fillArray(tree.nodes, 0, document.array(), order);
    return tree;
}

JsonTreeModel::Tree JsonTreeModel::buildTree(const QByteArray &json, QJsonParseError *error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    bool scalar = false;
    if (parseError.error != QJsonParseError::NoError) {
        // RFC 8259 allows a bare value at the top; QJsonDocument does not.
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + json + "]");
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            document = wrapped;
            scalar = true;
        }
    }
    if (error)
        *error = scalar ? QJsonParseError() : parseError;
    if (document.isNull())
        return Tree();
    JsonKeyOrder order(json);
    Tree tree = buildTree(document, &order);
    tree.scalarRoot = scalar;
    return tree;
}

QString JsonTreeModel::describeParseError(const QByteArray &json, const QJsonParseError &error)
{
    // Qt's offset can land past the whitespace after the bad token ("tru\n}" points after the
    // line break); report the position right after the last token instead.
    qsizetype offset = qBound(0, error.offset, int(json.size()));
    while (offset > 0 && QByteArrayView(" \t\r\n").contains(json.at(offset - 1)))
        --offset;
    const QByteArrayView before = QByteArrayView(json).first(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const qsizetype line = before.count('\n') + 1;
    // Columns count characters, as an editor's cursor does, not UTF-8 bytes.
    const qsizetype column = QString::fromUtf8(before.sliced(lineStart)).size() + 1;
    return tr("%1 at line %2, column %3").arg(error.errorString()).arg(line).arg(column);
}

void JsonTreeModel::setTree(const Tree &tree)
{
    beginResetModel();
    discardInBackground(m_tree.nodes);
    m_tree = tree;
    endResetModel();
}

void JsonTreeModel::clear()
{
    setTree(Tree());
}

int JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QString JsonTreeModel::keyText(int node) const
{
    const Node &n = m_tree.nodes.at(node);
    if (n.parent == 0 && m_tree.scalarRoot)
        return tr("(value)");
    if (m_tree.nodes.at(n.parent).kind == Kind::Array)
        return u'[' + QString::number(n.row) + u']';
    return n.key;
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    QString path;
    for (int node = nodeOf(index); node > 0; node = m_tree.nodes.at(node).parent) {
        const Node &n = m_tree.nodes.at(node);
        QString step;
        if (m_tree.nodes.at(n.parent).kind == Kind::Array)
            step = u'[' + QString::number(n.row) + u']';
        else if (isIdentifier(n.key))
            step = (n.parent > 0 ? u"."_s : QString()) + n.key;
        else
            step = u"[\""_s + n.key + u"\"]"_s;
        path.prepend(step);
    }
    return path;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (m_tree.nodes.isEmpty() || column < 0 || column >= ColumnCount || row < 0 ||
        (parent.isValid() && parent.column() != 0))
        return {};
    const Node &p = m_tree.nodes.at(nodeOf(parent));
    if (row >= p.childCount)
        return {};
    return createIndex(row, column, quintptr(p.firstChild + row));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_tree.nodes.at(nodeOf(child)).parent;
    if (parentNode <= 0)
        return {};
    return createIndex(m_tree.nodes.at(parentNode).row, 0, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_tree.nodes.isEmpty() || parent.column() > 0)
        return 0;
    return m_tree.nodes.at(nodeOf(parent)).childCount;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    const Node &n = m_tree.nodes.at(node);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(node);
        case ValueColumn:
            if (n.kind == Kind::Object)
                return QString(u'{' + QString::number(n.childCount) + u'}');
            if (n.kind == Kind::Array)
                return QString(u'[' + QString::number(n.childCount) + u']');
            if (n.value.size() > kMaxDisplayChars)
                return QString(QStringView(n.value).left(kMaxDisplayChars) + u'…');
            return n.value;
        case TypeColumn:
            switch (n.kind) {
            case Kind::Object:
                return tr("object");
            case Kind::Array:
                return tr("array");
            case Kind::String:
                return tr("string");
            case Kind::Number:
                return tr("number");
            case Kind::Bool:
                return tr("boolean");
            case Kind::Null:
                return tr("null");
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return path(index);
        return {};
    case KindRole:
        return int(n.kind);
    case PathRole:
        return path(index);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace portico::ui
