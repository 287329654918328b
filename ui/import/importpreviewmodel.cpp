// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/import/importpreviewmodel.h"

#include <algorithm>

namespace portico::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ImportPreviewModel::setPreview(const client::ImportResult &result, const client::MergeReport &report)
{
    beginResetModel();
    m_lines.clear();
    const QList<QPair<Kind, const QStringList *>> parts = {
        {Kind::AddedApi, &report.addedApis}, {Kind::Added, &report.added},   {Kind::Changed, &report.changed},
        {Kind::Removed, &report.removed},    {Kind::Note, &result.notes},    {Kind::Key, &result.secretNames}};
    for (const auto &[kind, lines] : parts) {
        for (const QString &text : *lines)
            m_lines.append({kind, text});
    }
    endResetModel();
}

int ImportPreviewModel::count(Kind kind) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(), [kind](const Line &l) { return l.kind == kind; }));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case KindRole:
        return QVariant::fromValue(line.kind);
    case TextRole:
        return line.text;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (line.kind) {
        case Kind::AddedApi:
            return tr("New API: %1").arg(line.text);
        case Kind::Added:
            return tr("Added: %1").arg(line.text);
        case Kind::Changed:
            return tr("Changed: %1").arg(line.text);
        case Kind::Removed:
            return tr("Removed: %1").arg(line.text);
        case Kind::Note:
            return tr("Note: %1").arg(line.text);
        case Kind::Key:
            return tr("Key to add under Tools → Keys: %1").arg(line.text);
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace portico::ui
