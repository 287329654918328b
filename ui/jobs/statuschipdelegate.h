// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Paints a job's status as a coloured chip that always carries the status in words (colour
// is never the only signal), with a thin progress bar under running jobs' chips.

#include <QStyledItemDelegate>

namespace portico::ui {

class StatusChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Fill and text colours per status, chosen so the text contrasts at least 4.5:1.
    static QColor chipColor(int status);
    static QColor textColor(int status);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portico::ui
