// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

QString plain(QString text)
{
    // "&Save workspace" → "Save workspace"; "&&" stays one ampersand.
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString placeOf(const QAction *action, const QWidget *owner)
{
    for (QObject *w : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(w))
            return plain(menu->title());
    }
    if (!owner->accessibleName().isEmpty())
        return owner->accessibleName();
    return owner->windowTitle();
}

} // namespace

ShortcutsModel::ShortcutsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ShortcutsModel::collect(const QWidget *window)
{
    beginResetModel();
    m_rows.clear();
    QSet<const QAction *> seen;
    QList<const QWidget *> owners{window};
    for (const QWidget *w : window->findChildren<QWidget *>())
        owners.append(w);
    for (const QWidget *owner : std::as_const(owners)) {
        for (const QAction *action : owner->actions()) {
            if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
                continue;
            seen.insert(action);
            QStringList keys;
            for (const QKeySequence &k : action->shortcuts())
                keys.append(k.toString(QKeySequence::NativeText));
            m_rows.append({plain(action->text()), keys.join(tr(" or ")), placeOf(action, owner)});
        }
    }
    // Shortcuts without an action (Ctrl+Return in the Try-it panel) say what they do in
    // their What's This text; two keys for one deed share a row.
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->whatsThis().isEmpty() || shortcut->key().isEmpty())
            continue;
        const auto *owner = qobject_cast<const QWidget *>(shortcut->parent());
        const QString where =
            owner && !owner->accessibleName().isEmpty() ? owner->accessibleName() : window->windowTitle();
        const QString key = shortcut->key().toString(QKeySequence::NativeText);
        auto same = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&](const Row &r) { return r.action == shortcut->whatsThis() && r.where == where; });
        if (same != m_rows.end())
            same->shortcut += tr(" or ") + key;
        else
            m_rows.append({shortcut->whatsThis(), key, where});
    }
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return std::tie(a.where, a.action) < std::tie(b.where, b.action); });
    endResetModel();
}

int ShortcutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShortcutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case ActionColumn:
            return row.action;
        case ShortcutColumn:
            return row.shortcut;
        case WhereColumn:
            return row.where;
        }
    }
    if (role == ShortcutRole)
        return row.shortcut;
    return {};
}

QVariant ShortcutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case ShortcutColumn:
        return tr("Shortcut");
    case WhereColumn:
        return tr("Where");
    }
    return {};
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_model(new ShortcutsModel(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    resize(560, 480);
    m_model->collect(window);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);

    auto *layout = new QVBoxLayout(this);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(u"shortcutsFilterLineEdit"_s);
    filter->setAccessibleName(tr("Filter shortcuts"));
    filter->setPlaceholderText(tr("Filter"));
    filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Find:"), this);
    filterLabel->setBuddy(filter);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *table = new QTableView(this);
    table->setObjectName(u"shortcutsTableView"_s);
    table->setTabKeyNavigation(false); // Tab leaves the table for the Close button; arrows move inside
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setModel(proxy);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"shortcutsButtonBox"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closePushButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    layout->addWidget(filterLabel);
    layout->addWidget(filter);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}

} // namespace portico::ui
