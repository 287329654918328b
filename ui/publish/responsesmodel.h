// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// An operation's documented responses (status code, description, sample body), as the
// operation dialog's Responses tab edits them.

#include "client/catalog/catalog.h"

#include <QAbstractTableModel>

namespace portico::ui {

class ResponsesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, DescriptionColumn, ColumnCount };
    enum Roles { StatusCodeRole = Qt::UserRole + 1, SampleRole };

    explicit ResponsesModel(QObject *parent = nullptr);

    void setResponses(const QList<client::ResponseSpec> &responses);
    QList<client::ResponseSpec> responses() const { return m_responses; }
    // Appends the next unused code among 200, 201, 202, 400, 401, 404, 500; answers its row.
    int addResponse();
    void removeResponse(int row);
    // Empty when every code is a valid HTTP status and none repeats; otherwise why not.
    QString problem() const;

    static QString reasonPhrase(int statusCode);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<client::ResponseSpec> m_responses;
};

} // namespace portico::ui
