// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/subscriptionsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace portico::ui {

SubscriptionsModel::SubscriptionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SubscriptionsModel::setSubscriptions(const QList<client::Subscription> &subscriptions)
{
    beginResetModel();
    m_subscriptions = subscriptions;
    endResetModel();
}

void SubscriptionsModel::setProductNames(const QHash<QString, QString> &names)
{
    m_productNames = names;
    if (!m_subscriptions.isEmpty())
        Q_EMIT dataChanged(index(0, ProductColumn), index(rowCount() - 1, ProductColumn));
}

const client::Subscription *SubscriptionsModel::subscriptionAt(int row) const
{
    return row >= 0 && row < m_subscriptions.size() ? &m_subscriptions.at(row) : nullptr;
}

int SubscriptionsModel::rowOf(const QString &subscriptionId) const
{
    for (int row = 0; row < m_subscriptions.size(); ++row) {
        if (m_subscriptions.at(row).id == subscriptionId)
            return row;
    }
    return -1;
}

QString SubscriptionsModel::stateText(const QString &state)
{
    if (state == QLatin1String("active"))
        return tr("Active");
    if (state == QLatin1String("suspended"))
        return tr("Suspended");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    return state;
}

int SubscriptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subscriptions.size());
}

int SubscriptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Subscription &s = m_subscriptions.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case StateRole:
        return s.state;
    case ProductIdRole:
        return s.productId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return s.name;
        case ProductColumn:
            return m_productNames.value(s.productId, s.productId);
        case StateColumn:
            return stateText(s.state);
        case CreatedColumn: {
            const QDateTime created = QDateTime::fromString(s.createdDate, Qt::ISODateWithMs);
            return created.isValid() ? QLocale().toString(created.toLocalTime(), QLocale::ShortFormat) : s.createdDate;
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SubscriptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Subscription");
    case ProductColumn:
        return tr("Product");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace portico::ui
