// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The workspace's APIs as the developer portal lists them: one row per API, its name shown,
// its description as tooltip.

#include "client/catalog/catalog.h"

#include <QAbstractListModel>

namespace portico::ui {

class ApiListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { ApiIdRole = Qt::UserRole, PathRole, ServiceUrlRole };

    explicit ApiListModel(QObject *parent = nullptr);

    void setApis(const QList<client::Api> &apis);
    int rowOf(const QString &apiId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<client::Api> m_apis;
};

} // namespace portico::ui
