// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/prettybodyview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {
// Expanding thousands of rows up front makes the first paint slow and the tree unreadable;
// past this the user unfolds what they want.
constexpr int kExpandBudget = 200;
// Unfolding an array of a million rows costs a visible pause; such a node stays folded.
constexpr int kExpandMaxChildren = 10'000;
} // namespace

PrettyBodyView::PrettyBodyView(QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_stack(new QStackedWidget(this))
    , m_messagePage(new QWidget(m_stack))
    , m_message(new QLabel(m_messagePage))
    , m_showRaw(new QPushButton(tr("Show &Raw"), m_messagePage))
    , m_tree(new QTreeView(m_stack))
    , m_treePage(new QWidget(m_stack))
    , m_find(new QLineEdit(m_treePage))
    , m_findStatus(new QLabel(m_treePage))
{
    setObjectName(u"prettyBodyWidget"_s);
    m_stack->setObjectName(u"prettyStackedWidget"_s);
    m_message->setObjectName(u"prettyMessageLabel"_s);
    m_message->setAccessibleName(tr("Formatted view status"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showRaw->setObjectName(u"showRawButton"_s);
    m_showRaw->setAccessibleName(tr("Show the raw body"));
    connect(m_showRaw, &QPushButton::clicked, this, &PrettyBodyView::rawViewRequested);

    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_showRaw, 0, Qt::AlignHCenter);
    messageLayout->addStretch(1);

    m_tree->setObjectName(u"prettyTreeView"_s);
    m_tree->setAccessibleName(tr("Formatted JSON body"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);

    m_find->setObjectName(u"prettyFindLineEdit"_s);
    m_find->setAccessibleName(tr("Find in the body"));
    m_find->setPlaceholderText(tr("Find a key or value (Enter for the next)"));
    m_find->setClearButtonEnabled(true);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(m_find->text()); });
    m_findStatus->setObjectName(u"prettyFindStatusLabel"_s);
    m_findStatus->setAccessibleName(tr("Find status"));
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_findStatus);
    m_tree->setParent(m_treePage);
    auto *treeLayout = new QVBoxLayout(m_treePage);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addLayout(findRow);
    treeLayout->addWidget(m_tree, 1);
    m_treePage->setObjectName(u"prettyTreePage"_s);

    m_stack->addWidget(m_messagePage);
    m_stack->addWidget(m_treePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showMessage(QString(), false);
}

QString PrettyBodyView::message() const
{
    return m_stack->currentWidget() == m_messagePage ? m_message->text() : QString();
}

void PrettyBodyView::showFormatting()
{
    showMessage(tr("Formatting…"), false);
}

void PrettyBodyView::showTree(const JsonTreeModel::Tree &tree)
{
    m_model->setTree(tree);
    expandTopLevels();
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    m_tree->resizeColumnToContents(JsonTreeModel::TypeColumn);
    m_findStatus->clear();
    m_stack->setCurrentWidget(m_treePage);
}

bool PrettyBodyView::findNext(const QString &text)
{
    QModelIndex found = m_model->find(text, m_tree->currentIndex());
    if (!found.isValid() && m_tree->currentIndex().isValid())
        found = m_model->find(text); // wrap around to the top
    if (!found.isValid()) {
        m_findStatus->setText(tr("Not found"));
        return false;
    }
    m_findStatus->clear();
    m_tree->setCurrentIndex(found);
    m_tree->scrollTo(found);
    return true;
}

void PrettyBodyView::showMessage(const QString &message, bool offerRaw)
{
    m_model->clear();
    m_message->setText(message);
    m_showRaw->setVisible(offerRaw);
    m_stack->setCurrentWidget(m_messagePage);
}

void PrettyBodyView::expandTopLevels()
{
    int budget = kExpandBudget;
    const int top = m_model->rowCount();
    for (int row = 0; row < top && budget > 0; ++row) {
        const QModelIndex first = m_model->index(row, 0);
        if (!m_model->hasChildren(first) || m_model->rowCount(first) > kExpandMaxChildren)
            continue;
        m_tree->expand(first);
        --budget;
        const int second = m_model->rowCount(first);
        for (int child = 0; child < second && budget > 0; ++child) {
            const QModelIndex index = m_model->index(child, 0, first);
            if (m_model->hasChildren(index) && m_model->rowCount(index) <= kExpandMaxChildren) {
                m_tree->expand(index);
                --budget;
            }
        }
    }
}

} // namespace portico::ui
