// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Edits a header's name with the common names suggested as one types.

#include <QStyledItemDelegate>

namespace portico::ui {

class HeaderNameDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HeaderNameDelegate(QObject *parent = nullptr);

    static QStringList commonHeaderNames();

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portico::ui
