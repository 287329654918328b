// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A JSON document as a foldable tree (key, value, type) for the response viewer's Pretty tab.
// The tree is built off the UI thread with buildTree() and handed over with setTree().

#include "ui/response/jsonindex.h"

#include <QAbstractItemModel>
#include <QList>
#include <QString>

#include <memory>

namespace portico::ui {

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

    // The index the tree reads from; null for no tree. Shared with the Table tab.
    using Tree = std::shared_ptr<const JsonIndex>;

    // Long strings are cut for display; the Raw tab and Copy keep them whole.
    static constexpr int kMaxDisplayChars = 10'000;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Safe on any thread. Indexes json, bare scalars included; on failure returns null and
    // sets error, whose describe() says where ("unexpected token at line 3, column 7").
    static Tree buildTree(QByteArray json, JsonIndex::Error *error = nullptr);

    void setTree(const Tree &tree);
    void clear();
    // Members at the top level plus, recursively, everything below them.
    int nodeCount() const { return m_tree ? m_tree->nodeCount() - 1 : 0; }
    QString path(const QModelIndex &index) const;
    // The next node after `after` (or from the top) whose key or value text contains text,
    // found in the body's bytes and mapped back to the tree; invalid when there is none.
    QModelIndex find(const QString &text, const QModelIndex &after = QModelIndex()) const;
    QModelIndex indexOfNode(int node) const;

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
