// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The gateway's subscriptions as a table: name, product, state and creation date. Keys are
// never here; the subscriptions page reads them from the keychain on Reveal or Copy.

#include "client/management/product.h"

#include <QAbstractTableModel>
#include <QHash>

namespace portico::ui {

class SubscriptionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ProductColumn, StateColumn, CreatedColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, StateRole, ProductIdRole };

    explicit SubscriptionsModel(QObject *parent = nullptr);

    void setSubscriptions(const QList<client::Subscription> &subscriptions);
    // Product id -> display name, for the Product column.
    void setProductNames(const QHash<QString, QString> &names);
    const client::Subscription *subscriptionAt(int row) const;
    int rowOf(const QString &subscriptionId) const;

    static QString stateText(const QString &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<client::Subscription> m_subscriptions;
    QHash<QString, QString> m_productNames;
};

} // namespace portico::ui
