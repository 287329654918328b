// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The rows of one operation's request history as a table (time, method, status, duration,
// size), newest first, fed from HistoryStore summaries; the store keeps the data.

#include "client/history/historystore.h"

#include <QAbstractTableModel>
#include <QList>

namespace portico::ui {

class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, StatusColumn, DurationColumn, SizeColumn, ColumnCount };
    // Raw values for every column, whatever the column asked, so proxies sort by value.
    enum Roles {
        IdRole = Qt::UserRole,
        TimeRole,     // QDateTime
        MethodRole,   // QString
        UrlRole,      // QString, redacted
        StatusRole,   // int, 0 when no response came
        ErrorRole,    // QString
        DurationRole, // qint64 ms, -1 when unknown
        SizeRole,     // qint64 bytes of the whole response body
        TruncatedRole // bool: only the body's start was kept
    };

    explicit HistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<client::HistoryEntry> &entries);
    // A newly recorded entry goes on top; rows beyond what the store keeps fall off the end.
    void prependEntry(const client::HistoryEntry &entry);
    bool removeEntry(qint64 id);
    void clear();

    client::HistoryEntry entryAt(int row) const { return m_entries.value(row); }
    // -1 when no row holds that id.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant displayText(const client::HistoryEntry &entry, int column) const;

    QList<client::HistoryEntry> m_entries;
};

} // namespace portico::ui
