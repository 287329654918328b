// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The lines of an import's preview: what the merge adds, changes and removes, every construct
// the importer dropped or changed, and the keys the imported requests will ask for.

#include "client/interop/importer.h"

#include <QAbstractListModel>

namespace portico::ui {

class ImportPreviewModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class Kind { AddedApi, Added, Changed, Removed, Note, Key };
    enum Roles { KindRole = Qt::UserRole, TextRole };
    Q_ENUM(Kind)

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const client::ImportResult &result, const client::MergeReport &report);
    int count(Kind kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        Kind kind;
        QString text;
    };
    QList<Line> m_lines;
};

} // namespace portico::ui
