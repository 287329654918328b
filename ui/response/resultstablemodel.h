// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// One output of an AzureML Request-Response answer as a table, in either of the forms the
// service writes ("table" with ColumnNames/ColumnTypes/Values, or swagger rows of objects).

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace portico::ui {

class JsonIndex;

struct ResultsTable
{
    QStringList columnNames;
    // Empty when the service was called without details=true, or in the swagger form.
    QStringList columnTypes;
    // Rows held as text (a CSV file). A null QString is a JSON null; other non-string
    // values keep their JSON spelling.
    QList<QStringList> rows;
    // Or rows read on demand from a JSON answer's index: the Values array, or the array of
    // swagger row objects; widest is the longest row's cell count.
    std::shared_ptr<const JsonIndex> index;
    int rowsNode = -1;
    bool swagger = false;
    int widest = 0;

    int rowCount() const;
    int cellCount(int row) const;
    // A null QString when the cell is JSON null or missing.
    QString cell(int row, int column) const;
};

struct ResultsOutput
{
    QString name;
    ResultsTable table;
};

class ResultsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        // On the horizontal header: the column's AzureML type ("Int32"), if the answer had one.
        ColumnTypeRole = Qt::UserRole,
        // On a cell: true when the service sent null rather than a value.
        IsNullRole,
    };

    explicit ResultsTableModel(QObject *parent = nullptr);
    ~ResultsTableModel() override;

    void setTable(const ResultsTable &table);
    const ResultsTable &table() const { return m_table; }
    void clear();
    // Header line and rows, tab-separated; tabs and line breaks inside cells become spaces
    // so a spreadsheet paste keeps its shape.
    QString toTsv() const;

    // Rows reach a view a block at a time, as it scrolls towards the end: a view's header
    // takes a moment per row it is told of, a tenth of a second for a million rows.
    static constexpr int kRowsPerFetch = 65'536;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every output of a {"Results": {...}} document, in the order the answer lists them;
    // empty when json is not such a document or none of its outputs is a table.
    static QList<ResultsOutput> parseResults(const QByteArray &json);
    // The same from an index, whose rows the tables then read on demand.
    static QList<ResultsOutput> parseResults(const std::shared_ptr<const JsonIndex> &index);

private:
    ResultsTable m_table;
    int m_columns = 0;
    // Of the table's rows, how many the model lists so far.
    int m_listed = 0;
    bool m_fetchPending = false;
    // Bumped by every setTable(), so a block asked for before it is not added after.
    quint64 m_generation = 0;
    // Numbers line up on the right, as in a spreadsheet.
    QList<bool> m_numeric;
};

} // namespace portico::ui
