// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A JSON document as a foldable tree (key, value, type) for the response viewer's Pretty tab.
// The tree is built off the UI thread with buildTree() and handed over with setTree().

#include <QAbstractItemModel>
#include <QList>
#include <QString>

class QJsonDocument;
struct QJsonParseError;

namespace portico::ui {

class JsonKeyOrder;

class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum class Kind { Object, Array, String, Number, Bool, Null };
    Q_ENUM(Kind)
    enum Roles {
        KindRole = Qt::UserRole, // a Kind, as int
        PathRole,                // "error.details[0].code", for copying and for tests
    };

    struct Node
    {
        QString key;   // empty for array elements, whose key is their position
        QString value; // scalars only, in JSON spelling for numbers
        int parent = -1;
        int row = 0;
        int firstChild = 0;
        int childCount = 0;
        Kind kind = Kind::Null;
    };
    // Node 0 is the document's top object or array, shown only through its members.
    struct Tree
    {
        QList<Node> nodes;
        // The document was a bare value ("539d0bc2…" as BES answers), held by node 0.
        bool scalarRoot = false;
    };

    // Long strings are cut for display; the Raw tab and Copy keep them whole.
    static constexpr int kMaxDisplayChars = 10'000;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Safe on any thread: pure functions of their arguments.
    static Tree buildTree(const QJsonDocument &document, JsonKeyOrder *order = nullptr);
    // Parses json, bare scalars included; on failure returns an empty tree and sets error.
    static Tree buildTree(const QByteArray &json, QJsonParseError *error = nullptr);
    // "unterminated object at line 3, column 7", for showing next to the Raw view.
    static QString describeParseError(const QByteArray &json, const QJsonParseError &error);

    void setTree(const Tree &tree);
    void clear();
    // Members at the top level plus, recursively, everything below them.
    int nodeCount() const { return qMax(0, int(m_tree.nodes.size()) - 1); }
    QString path(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int nodeOf(const QModelIndex &index) const;
    QString keyText(int node) const;

    Tree m_tree;
};

} // namespace portico::ui
