// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/publish/productsmodel.h"

namespace portico::ui {

ProductsModel::ProductsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProductsModel::setProducts(const QList<client::Product> &products)
{
    beginResetModel();
    m_products = products;
    endResetModel();
}

const client::Product *ProductsModel::productAt(int row) const
{
    return row >= 0 && row < m_products.size() ? &m_products.at(row) : nullptr;
}

int ProductsModel::rowOf(const QString &productId) const
{
    for (int row = 0; row < m_products.size(); ++row) {
        if (m_products.at(row).id == productId)
            return row;
    }
    return -1;
}

QString ProductsModel::describePolicy(const client::Policy &policy)
{
    if (!policy.isSet())
        return tr("No limit");
    const int s = policy.renewalPeriod;
    QString period;
    if (s == 60)
        period = tr("minute");
    else if (s == 3600)
        period = tr("hour");
    else if (s == 86400)
        period = tr("day");
    else if (s == 604800)
        period = tr("week");
    else
        period = tr("%1 s").arg(s);
    // Spelled out rather than %n plurals, which read "call(s)" until a translation is loaded.
    return policy.calls == 1 ? tr("1 call per %1").arg(period) : tr("%1 calls per %2").arg(policy.calls).arg(period);
}

int ProductsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_products.size());
}

int ProductsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::Product &p = m_products.at(index.row());
    switch (role) {
    case IdRole:
        return p.id;
    case RateCallsRole:
        return p.rateLimit.calls;
    case RatePeriodRole:
        return p.rateLimit.renewalPeriod;
    case QuotaCallsRole:
        return p.quota.calls;
    case QuotaPeriodRole:
        return p.quota.renewalPeriod;
    case Qt::ToolTipRole:
        return p.description;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case ApprovalColumn:
            return p.approvalRequired ? tr("Approval required") : tr("Open");
        case RateLimitColumn:
            return describePolicy(p.rateLimit);
        case QuotaColumn:
            return describePolicy(p.quota);
        case ApisColumn:
            return p.apiIds.size() == 1 ? tr("1 API") : tr("%1 APIs").arg(p.apiIds.size());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Product");
    case ApprovalColumn:
        return tr("Subscribing");
    case RateLimitColumn:
        return tr("Rate limit");
    case QuotaColumn:
        return tr("Quota");
    case ApisColumn:
        return tr("APIs");
    default:
        return {};
    }
}

} // namespace portico::ui
