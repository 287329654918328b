// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The gateway's products as a table: name, approval, rate limit, quota and how many APIs
// each holds, for the products page.

#include "client/management/product.h"

#include <QAbstractTableModel>

namespace portico::ui {

class ProductsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ApprovalColumn, RateLimitColumn, QuotaColumn, ApisColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, RateCallsRole, RatePeriodRole, QuotaCallsRole, QuotaPeriodRole };

    explicit ProductsModel(QObject *parent = nullptr);

    void setProducts(const QList<client::Product> &products);
    QList<client::Product> products() const { return m_products; }
    // nullptr when there is no such row.
    const client::Product *productAt(int row) const;
    int rowOf(const QString &productId) const;

    // "5 calls per 60 s", "100 calls per week", or "No limit".
    static QString describePolicy(const client::Policy &policy);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<client::Product> m_products;
};

} // namespace portico::ui
