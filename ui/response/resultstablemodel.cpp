// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/resultstablemodel.h"

#include "ui/response/discardinbackground.h"
#include "ui/response/jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

// AzureML sends strings, but other services behind the same gateway send numbers and nulls.
QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &element : array)
        list.append(cellText(element));
    return list;
}

// {"type":"table","value":{...}}, or the bare {"ColumnNames":...,"Values":...} some
// versions of the service write; the "type" spelling varies ("table", "DataTable").
bool readTableForm(const QJsonObject &output, ResultsTable *table)
{
    const QJsonObject payload = output.value("value"_L1).isObject() ? output.value("value"_L1).toObject() : output;
    const QJsonValue values = payload.value("Values"_L1);
    const QJsonValue names = payload.value("ColumnNames"_L1);
    if (!values.isArray() && !names.isArray())
        return false;
    table->columnNames = stringList(names);
    table->columnTypes = stringList(payload.value("ColumnTypes"_L1));
    const QJsonArray rows = values.toArray();
    table->rows.reserve(rows.size());
    for (const QJsonValue &row : rows)
        table->rows.append(row.isArray() ? stringList(row) : QStringList{cellText(row)});
    return true;
}

// Columns are the union of the rows' keys in the order they first appear.
bool readSwaggerForm(const QJsonArray &rows, JsonKeyOrder *order, ResultsTable *table)
{
    for (const QJsonValue &row : rows) {
        if (!row.isObject())
            return false;
    }
    QList<QStringList> rowKeys;
    rowKeys.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        rowKeys.append(order ? order->keysOf(object) : object.keys());
        if (order) {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                order->skip(it.value());
        }
        for (const QString &key : std::as_const(rowKeys.last())) {
            if (!table->columnNames.contains(key))
                table->columnNames.append(key);
        }
    }
    table->rows.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        const QJsonObject object = row.toObject();
        QStringList cells;
        cells.reserve(table->columnNames.size());
        for (const QString &column : std::as_const(table->columnNames))
            cells.append(cellText(object.value(column)));
        table->rows.append(cells);
    }
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
    for (qsizetype r = 0; r < qMin(kSampleRows, table.rows.size()); ++r) {
        const QString cell = table.rows.at(r).value(column);
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
    m_columns = int(m_table.columnNames.size());
    for (const QStringList &row : std::as_const(m_table.rows))
        m_columns = std::max(m_columns, int(row.size()));
    m_numeric.clear();
    for (int column = 0; column < m_columns; ++column)
        m_numeric.append(isNumericColumn(m_table, column));
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
    for (const QStringList &row : m_table.rows) {
        line.clear();
        for (int column = 0; column < m_columns; ++column)
            line.append(tsvCell(row.value(column)));
        tsv += line.join(u'\t') + u'\n';
    }
    return tsv;
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_table.rows.at(index.row());
    const bool isNull = index.column() >= row.size() || row.at(index.column()).isNull();
    switch (role) {
    case Qt::DisplayRole:
        return row.value(index.column());
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
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    JsonKeyOrder order(json);
    return parseResults(document, &order);
}

QList<ResultsOutput> ResultsTableModel::parseResults(const QJsonDocument &document, JsonKeyOrder *order)
{
    QList<ResultsOutput> outputs;
    if (!document.isObject())
        return outputs;
    const QJsonObject root = document.object();
    const QStringList rootKeys = order ? order->keysOf(root) : root.keys();
    for (const QString &rootKey : rootKeys) {
        const QJsonValue rootValue = root.value(rootKey);
        if (rootKey != "Results"_L1 || !rootValue.isObject()) {
            if (order)
                order->skip(rootValue);
            continue;
        }
        const QJsonObject results = rootValue.toObject();
        const QStringList names = order ? order->keysOf(results) : results.keys();
        for (const QString &name : names) {
            const QJsonValue value = results.value(name);
            ResultsOutput output{name, {}};
            bool isTable = false;
            if (value.isArray()) {
                // readSwaggerForm() consumes nothing from order when it says no.
                isTable = readSwaggerForm(value.toArray(), order, &output.table);
                if (!isTable && order)
                    order->skip(value);
            } else if (value.isObject()) {
                if (order)
                    order->skip(value);
                isTable = readTableForm(value.toObject(), &output.table);
            }
            if (isTable)
                outputs.append(output);
        }
    }
    return outputs;
}

} // namespace portico::ui
