// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The Pretty tab: a JSON body as a foldable tree, "Formatting…" while the tree is built
// off the UI thread, or a sentence saying why there is no tree (with a way to the Raw tab).

#include "ui/response/jsontreemodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace portico::ui {

class PrettyBodyView : public QWidget
{
    Q_OBJECT
public:
    explicit PrettyBodyView(QWidget *parent = nullptr);

    JsonTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    // The sentence on show when there is no tree; empty while the tree is up.
    QString message() const;

    void showFormatting();
    void showTree(const JsonTreeModel::Tree &tree);
    // offerRaw adds a button that asks for the Raw tab.
    void showMessage(const QString &message, bool offerRaw);
    // Selects and shows the next node, after the current one, whose key or value holds
    // text; false (and a note beside the box) when there is none.
    bool findNext(const QString &text);
    QLineEdit *findEdit() const { return m_find; }

Q_SIGNALS:
    void rawViewRequested();

private:
    void expandTopLevels();

    JsonTreeModel *m_model;
    QStackedWidget *m_stack;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_showRaw;
    QTreeView *m_tree;
    QWidget *m_treePage;
    QLineEdit *m_find;
    QLabel *m_findStatus;
};

} // namespace portico::ui
