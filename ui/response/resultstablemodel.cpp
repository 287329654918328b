// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/resultstablemodel.h"

#include "ui/response/discardinbackground.h"
#include "ui/response/jsonindex.h"

#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

using Kind = JsonIndex::Kind;

// AzureML sends strings, but other services behind the same gateway send numbers and nulls.
QString cellText(const JsonIndex &index, int node)
{
    switch (index.kind(node)) {
    case Kind::Null:
        return QString();
    case Kind::Object:
    case Kind::Array:
        return index.compactText(node);
    default:
        return index.scalarText(node);
    }
}

QStringList stringList(const JsonIndex &index, int node)
{
    QStringList list;
    if (node < 0 || index.kind(node) != Kind::Array)
        return list;
    const int count = index.childCount(node);
    list.reserve(count);
    for (int row = 0; row < count; ++row)
        list.append(cellText(index, index.child(node, row)));
    return list;
}

// {"type":"table","value":{...}}, or the bare {"ColumnNames":...,"Values":...} some
// versions of the service write; the "type" spelling varies ("table", "DataTable").
bool readTableForm(const JsonIndex &index, int output, ResultsTable *table)
{
    const int value = index.member(output, u"value");
    const int payload = value >= 0 && index.kind(value) == Kind::Object ? value : output;
    const int values = index.member(payload, u"Values");
    const int names = index.member(payload, u"ColumnNames");
    const bool valuesIsArray = values >= 0 && index.kind(values) == Kind::Array;
    if (!valuesIsArray && !(names >= 0 && index.kind(names) == Kind::Array))
        return false;
    table->columnNames = stringList(index, names);
    table->columnTypes = stringList(index, index.member(payload, u"ColumnTypes"));
    table->rowsNode = valuesIsArray ? values : -1;
    const int rows = valuesIsArray ? index.childCount(values) : 0;
    for (int row = 0; row < rows; ++row) {
        const int node = index.child(values, row);
        table->widest = std::max(table->widest, index.kind(node) == Kind::Array ? index.childCount(node) : 1);
    }
    return true;
}

// Columns are the union of the rows' keys in the order they first appear.
bool readSwaggerForm(const JsonIndex &index, int rowsNode, ResultsTable *table)
{
    const int rows = index.childCount(rowsNode);
    for (int row = 0; row < rows; ++row) {
        if (index.kind(index.child(rowsNode, row)) != Kind::Object)
            return false;
    }
    for (int row = 0; row < rows; ++row) {
        const int object = index.child(rowsNode, row);
        const int members = index.childCount(object);
        for (int m = 0; m < members; ++m) {
            const QString key = index.key(index.child(object, m));
            // Rows repeat the same keys in the same place: check that place first.
            if (table->columnNames.value(m) != key && !table->columnNames.contains(key))
                table->columnNames.append(key);
        }
        // Every row's keys are read: a spooled body's pages go as the pass moves on.
        if (row % 65536 == 65535)
            index.releaseText();
    }
    table->rowsNode = rowsNode;
    table->swagger = true;
    table->widest = int(table->columnNames.size());
    return true;
}

// By the declared type when the answer has one (AzureML's are .NET names: Int32, Double…),
// otherwise by whether every value in the column reads as a number.
bool isNumericColumn(const ResultsTable &table, int column)
{
    const QString type = table.columnTypes.value(column).toLower();
    if (!type.isEmpty()) {
        static const QStringList numericTypes{u"int"_s,     u"double"_s, u"single"_s, u"float"_s, u"decimal"_s,
                                              u"numeric"_s, u"byte"_s,   u"long"_s,   u"short"_s};
        return std::any_of(numericTypes.cbegin(), numericTypes.cend(),
                           [&type](const QString &numeric) { return type.contains(numeric); });
    }
    // A sample decides: parsing every cell of a 100,000-row answer would stall the UI thread.
    constexpr qsizetype kSampleRows = 500;
    bool sawNumber = false;
    for (int r = 0; r < qMin(int(kSampleRows), table.rowCount()); ++r) {
        const QString cell = table.cell(r, column);
        if (cell.isEmpty())
            continue;
        bool ok = false;
        cell.toDouble(&ok);
        if (!ok)
            return false;
        sawNumber = true;
    }
    return sawNumber;
}

QString tsvCell(QString text)
{
    text.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return text;
}

} // namespace

int ResultsTable::rowCount() const
{
    if (index)
        return rowsNode < 0 ? 0 : index->childCount(rowsNode);
    return int(rows.size());
}

int ResultsTable::cellCount(int row) const
{
    if (!index)
        return int(rows.at(row).size());
    if (swagger)
        return int(columnNames.size());
    const int node = index->child(rowsNode, row);
    return index->kind(node) == JsonIndex::Kind::Array ? index->childCount(node) : 1;
}

QString ResultsTable::cell(int row, int column) const
{
    if (!index)
        return rows.at(row).value(column);
    const int node = index->child(rowsNode, row);
    if (swagger) {
        const QString name = columnNames.value(column);
        // Most rows list their keys in the column order.
        const int guess = index->child(node, column);
        if (guess >= 0 && index->key(guess) == name)
            return cellText(*index, guess);
        const int member = index->member(node, name);
        return member < 0 ? QString() : cellText(*index, member);
    }
    if (index->kind(node) != JsonIndex::Kind::Array)
        return column == 0 ? cellText(*index, node) : QString();
    const int cellNode = index->child(node, column);
    return cellNode < 0 ? QString() : cellText(*index, cellNode);
}

ResultsTableModel::ResultsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ResultsTableModel::~ResultsTableModel()
{
    discardInBackground(m_table.rows);
}

void ResultsTableModel::setTable(const ResultsTable &table)
{
    beginResetModel();
    discardInBackground(m_table.rows);
    m_table = table;
    m_columns = std::max(int(m_table.columnNames.size()), m_table.widest);
    for (const QStringList &row : std::as_const(m_table.rows))
        m_columns = std::max(m_columns, int(row.size()));
    m_numeric.clear();
    for (int column = 0; column < m_columns; ++column)
        m_numeric.append(isNumericColumn(m_table, column));
    m_listed = std::min(m_table.rowCount(), kRowsPerFetch);
    ++m_generation;
    m_fetchPending = false;
    endResetModel();
}

void ResultsTableModel::clear()
{
    setTable(ResultsTable());
}

QString ResultsTableModel::toTsv() const
{
    QString tsv;
    QStringList line;
    for (int column = 0; column < m_columns; ++column)
        line.append(tsvCell(headerData(column, Qt::Horizontal).toString()));
    tsv += line.join(u'\t') + u'\n';
    for (int row = 0; row < m_table.rowCount(); ++row) {
        line.clear();
        for (int column = 0; column < m_columns; ++column)
            line.append(tsvCell(m_table.cell(row, column)));
        tsv += line.join(u'\t') + u'\n';
    }
    return tsv;
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_listed;
}

bool ResultsTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_listed < m_table.rowCount();
}

void ResultsTableModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetchPending || !canFetchMore(parent))
        return;
    // The rows arrive from the event loop, not from inside the call: whoever asked may be
    // handling the last block's arrival still, and blocks must not nest.
    m_fetchPending = true;
    const quint64 table = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, table] {
            if (table != m_generation)
                return;
            m_fetchPending = false;
            const int more = std::min(m_table.rowCount() - m_listed, kRowsPerFetch);
            if (more <= 0)
                return;
            beginInsertRows(QModelIndex(), m_listed, m_listed + more - 1);
            m_listed += more;
            endInsertRows();
        },
        Qt::QueuedConnection);
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString cell = m_table.cell(index.row(), index.column());
    const bool isNull = cell.isNull();
    switch (role) {
    case Qt::DisplayRole:
        return cell;
    case Qt::ToolTipRole:
        return isNull ? tr("null") : QVariant();
    case Qt::TextAlignmentRole:
        if (m_numeric.value(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsNullRole:
        return isNull;
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_columns)
        return {};
    const QString type = m_table.columnTypes.value(section);
    switch (role) {
    case Qt::DisplayRole:
        // Rows longer than ColumnNames get numbered columns rather than vanishing.
        return section < m_table.columnNames.size() ? m_table.columnNames.at(section) : QString::number(section + 1);
    case Qt::ToolTipRole:
        return type.isEmpty() ? tr("%1 (no type given)").arg(headerData(section, orientation).toString())
                              : tr("%1 (type %2)").arg(headerData(section, orientation).toString(), type);
    case ColumnTypeRole:
        return type;
    default:
        return {};
    }
}

QList<ResultsOutput> ResultsTableModel::parseResults(const QByteArray &json)
{
    const std::shared_ptr<const JsonIndex> index = JsonIndex::build(json);
    return index ? parseResults(index) : QList<ResultsOutput>();
}

QList<ResultsOutput> ResultsTableModel::parseResults(const std::shared_ptr<const JsonIndex> &index)
{
    QList<ResultsOutput> outputs;
    if (!index || index->scalarRoot() || index->kind(0) != Kind::Object)
        return outputs;
    const int top = index->childCount(0);
    for (int t = 0; t < top; ++t) {
        const int results = index->child(0, t);
        if (index->key(results) != "Results"_L1 || index->kind(results) != Kind::Object)
            continue;
        const int count = index->childCount(results);
        for (int o = 0; o < count; ++o) {
            const int value = index->child(results, o);
            ResultsOutput output{index->key(value), {}};
            output.table.index = index;
            bool isTable = false;
            if (index->kind(value) == Kind::Array)
                isTable = readSwaggerForm(*index, value, &output.table);
            else if (index->kind(value) == Kind::Object)
                isTable = readTableForm(*index, value, &output.table);
            if (isTable)
                outputs.append(output);
        }
    }
    return outputs;
}

} // namespace portico::ui
