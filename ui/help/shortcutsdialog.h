// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Help → Keyboard shortcuts: every action of a window that has a shortcut, found in its
// menus and widgets when the dialog opens, so a new action is listed without more code.

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>

class QAction;

namespace portico::ui {

class ShortcutsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, ShortcutColumn, WhereColumn, ColumnCount };
    enum Roles { ShortcutRole = Qt::UserRole + 1 };

    explicit ShortcutsModel(QObject *parent = nullptr);
    // Collects the actions of `window` and of every widget in it.
    void collect(const QWidget *window);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString action;
        QString shortcut;
        QString where;
    };
    QList<Row> m_rows;
};

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);
    ShortcutsModel *model() const { return m_model; }

private:
    ShortcutsModel *m_model;
};

} // namespace portico::ui
