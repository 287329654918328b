// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The names of the keys a SecretStore holds, as a list model that follows the store's
// namesChanged(); values never pass through it.

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace portico::client {
class SecretStore;
}

namespace portico::ui {

class SecretNamesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { NameRole = Qt::UserRole };

    // The store is not owned; the model empties if it is destroyed.
    explicit SecretNamesModel(client::SecretStore *store, QObject *parent = nullptr);

    QString nameAt(int row) const { return m_names.value(row); }
    // An invalid index when no row holds that name.
    QModelIndex indexOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Inserts and removes only the rows that changed, so a view keeps its selection and
    // current row across another key being added or removed.
    void syncWithStore();

    QPointer<client::SecretStore> m_store;
    QStringList m_names;
};

} // namespace portico::ui
