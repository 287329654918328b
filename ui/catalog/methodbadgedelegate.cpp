// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/catalog/methodbadgedelegate.h"

#include "ui/catalog/operationtreemodel.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {
constexpr int kBadgeWidth = 62;
constexpr int kGap = 8;
} // namespace

MethodBadgeDelegate::MethodBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor MethodBadgeDelegate::colorFor(const QString &method)
{
    // The portal's palette, darkened enough for white text to stay readable.
    if (method == u"GET")
        return QColor(0x1b, 0x7f, 0x3b);
    if (method == u"POST")
        return QColor(0x1f, 0x5f, 0xbf);
    if (method == u"PUT")
        return QColor(0x9a, 0x5b, 0x00);
    if (method == u"PATCH")
        return QColor(0x6b, 0x3f, 0xa0);
    if (method == u"DELETE")
        return QColor(0xb0, 0x22, 0x22);
    return QColor(0x55, 0x55, 0x55);
}

void MethodBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(OperationTreeModel::IsOperationRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString method = index.data(OperationTreeModel::MethodRole).toString();
    const QString name = index.data(Qt::DisplayRole).toString();
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect content = opt.rect.adjusted(4, 3, -4, -3);
    const QRect badge(content.left(), content.top(), kBadgeWidth, content.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(method));
    painter->drawRoundedRect(badge, 4, 4);
    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.85);
    painter->setFont(badgeFont);
    painter->setPen(theme::contrast(colorFor(method), Qt::white) >= 4.5 ? QColor(Qt::white) : QColor(0x1f, 0x1f, 0x1f));
    painter->drawText(badge, Qt::AlignCenter, method);

    painter->setFont(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = content.adjusted(kBadgeWidth + kGap, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(name, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize MethodBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(OperationTreeModel::IsOperationRole).toBool())
        s.setWidth(s.width() + kBadgeWidth + kGap);
    s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
    return s;
}

} // namespace portico::ui
