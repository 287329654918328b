// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/jobs/statuschipdelegate.h"

#include "ui/jobs/jobsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace portico::ui {

using client::JobStatus;

QColor StatusChipDelegate::chipColor(int status)
{
    switch (JobStatus(status)) {
    case JobStatus::NotStarted:
        return QColor(0x61, 0x61, 0x61); // grey
    case JobStatus::Running:
        return QColor(0x15, 0x65, 0xc0); // blue
    case JobStatus::Failed:
        return QColor(0xc6, 0x28, 0x28); // red
    case JobStatus::Cancelled:
        return QColor(0xff, 0xb3, 0x00); // amber
    case JobStatus::Finished:
        return QColor(0x2e, 0x7d, 0x32); // green
    }
    return Qt::gray;
}

QColor StatusChipDelegate::textColor(int status)
{
    // Amber is light: dark text on it; white on the others.
    return JobStatus(status) == JobStatus::Cancelled ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white);
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // selection, focus

    const int status = index.data(JobsModel::StatusRole).toInt();
    const int progress = index.data(JobsModel::ProgressRole).toInt();
    const QFontMetrics fm(opt.font);
    const int height = fm.height() + 4;
    const int width = std::min(opt.rect.width() - 8, fm.horizontalAdvance(text) + 16);
    QRect chip(opt.rect.left() + 4, opt.rect.top() + (opt.rect.height() - height) / 2 - 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip, height / 2.0, height / 2.0);
    painter->fillPath(path, chipColor(status));
    painter->setPen(textColor(status));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, chip.width() - 8));
    if (JobStatus(status) == JobStatus::Running && progress >= 0) {
        const QRect track(chip.left() + height / 2, chip.bottom() + 1, chip.width() - height, 3);
        painter->fillRect(track, opt.palette.color(QPalette::Mid));
        painter->fillRect(QRect(track.topLeft(), QSize(track.width() * progress / 100, track.height())),
                          chipColor(status));
    }
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    return {std::max(size.width(), fm.horizontalAdvance(index.data().toString()) + 28),
            std::max(size.height(), fm.height() + 12)};
}

} // namespace portico::ui
