// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Paints an operation row as the developer portal does: a coloured badge holding the HTTP
// verb, then the operation's name. The verb is written in the badge, so colour is never the
// only signal.

#include <QStyledItemDelegate>

namespace portico::ui {

class MethodBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MethodBadgeDelegate(QObject *parent = nullptr);

    static QColor colorFor(const QString &method);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace portico::ui
