// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/jsontreemodel.h"

#include <QRegularExpression>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

bool isIdentifier(const QString &key)
{
    static const QRegularExpression identifier(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    return identifier.match(key).hasMatch();
}

QString displayText(const QString &value)
{
    if (value.size() > JsonTreeModel::kMaxDisplayChars)
        return QStringView(value).left(JsonTreeModel::kMaxDisplayChars) + u'…';
    return value;
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

JsonTreeModel::~JsonTreeModel() = default;

JsonTreeModel::Tree JsonTreeModel::buildTree(QByteArray json, JsonIndex::Error *error)
{
    return JsonIndex::build(std::move(json), error);
}

void JsonTreeModel::setTree(const Tree &tree)
{
    beginResetModel();
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
    const int parent = m_tree->parent(node);
    if (parent == 0 && m_tree->scalarRoot())
        return tr("(value)");
    if (m_tree->kind(parent) == JsonIndex::Kind::Array)
        return u'[' + QString::number(m_tree->row(node)) + u']';
    return m_tree->key(node);
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    QString path;
    if (!m_tree)
        return path;
    for (int node = nodeOf(index); node > 0; node = m_tree->parent(node)) {
        const int parent = m_tree->parent(node);
        QString step;
        if (m_tree->kind(parent) == JsonIndex::Kind::Array) {
            step = u'[' + QString::number(m_tree->row(node)) + u']';
        } else {
            const QString key = m_tree->key(node);
            if (isIdentifier(key))
                step = (parent > 0 ? u"."_s : QString()) + key;
            else
                step = u"[\""_s + key + u"\"]"_s;
        }
        path.prepend(step);
    }
    return path;
}

QModelIndex JsonTreeModel::indexOfNode(int node) const
{
    if (!m_tree || node <= 0 || node >= m_tree->nodeCount())
        return {};
    return createIndex(m_tree->row(node), 0, quintptr(node));
}

QModelIndex JsonTreeModel::find(const QString &text, const QModelIndex &after) const
{
    if (!m_tree || text.isEmpty())
        return {};
    const QByteArray needle = text.toUtf8();
    const QByteArrayView body = m_tree->text();
    const qint64 size = body.size();
    qint64 from = 0;
    int last = 0;
    if (after.isValid()) {
        last = nodeOf(after);
        from = m_tree->valueOffset(last) + 1;
    }
    // Keys sit before their values: a hit inside the key of the node already found moves on.
    int found = -1;
    for (qint64 at = QByteArrayView(body.constData(), size).indexOf(needle, from); at >= 0;
         at = QByteArrayView(body.constData(), size).indexOf(needle, at + 1)) {
        const int node = m_tree->nodeAt(at);
        if (node > 0 && node != last) {
            found = node;
            break;
        }
    }
    // A search through a spooled body has read all of it; that need not stay in memory.
    m_tree->releaseText();
    return found < 0 ? QModelIndex() : indexOfNode(found);
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const int node = m_tree->child(nodeOf(parent), row);
    if (node < 0)
        return {};
    return createIndex(row, column, quintptr(node));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree)
        return {};
    const int parentNode = m_tree->parent(nodeOf(child));
    if (parentNode <= 0)
        return {};
    return createIndex(m_tree->row(parentNode), 0, quintptr(parentNode));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || parent.column() > 0)
        return 0;
    return m_tree->childCount(nodeOf(parent));
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
    const auto kind = Kind(m_tree->kind(node));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(node);
        case ValueColumn:
            if (kind == Kind::Object)
                return QString(u'{' + QString::number(m_tree->childCount(node)) + u'}');
            if (kind == Kind::Array)
                return QString(u'[' + QString::number(m_tree->childCount(node)) + u']');
            return displayText(m_tree->scalarText(node));
        case TypeColumn:
            switch (kind) {
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
        return int(kind);
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
