// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The products an API can be put in, as a checkable list for the API dialog.

#include "client/management/apipublisher.h"

#include <QAbstractListModel>
#include <QSet>

namespace portico::ui {

class ProductChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit ProductChoiceModel(QObject *parent = nullptr);

    void setChoices(const QList<client::ProductChoice> &choices, const QStringList &checkedIds);
    QStringList checkedIds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<client::ProductChoice> m_choices;
    QSet<QString> m_checked;
};

} // namespace portico::ui
