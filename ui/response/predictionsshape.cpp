// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/predictionsshape.h"

#include "ui/response/jsonindex.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

using Kind = JsonIndex::Kind;

class PredictionsText
{
    Q_DECLARE_TR_FUNCTIONS(portico::ui::PredictionsText)
};

// The list of predictions: the root itself, or the root object's only "predictions" member.
int predictionsNode(const JsonIndex &index)
{
    if (index.scalarRoot())
        return -1;
    if (index.kind(0) == Kind::Array)
        return 0;
    if (index.kind(0) != Kind::Object)
        return -1;
    const int node = index.member(0, u"predictions");
    return node >= 0 && index.kind(node) == Kind::Array ? node : -1;
}

} // namespace

std::optional<ResultsOutput> predictionsOutput(const std::shared_ptr<const JsonIndex> &index)
{
    if (!index)
        return std::nullopt;
    const int list = predictionsNode(*index);
    const int rows = list < 0 ? 0 : index->childCount(list);
    if (rows == 0)
        return std::nullopt;
    ResultsOutput output;
    output.name = PredictionsText::tr("predictions");
    ResultsTable &table = output.table;
    table.index = index;
    table.rowsNode = list;
    const Kind first = index->kind(index->child(list, 0));
    if (first == Kind::Object) {
        // Rows of records: the union of their keys, in the order they first appear.
        for (int r = 0; r < rows; ++r) {
            const int object = index->child(list, r);
            if (index->kind(object) != Kind::Object)
                return std::nullopt; // a mixed list is no table
            const int members = index->childCount(object);
            for (int m = 0; m < members; ++m) {
                const QString key = index->key(index->child(object, m));
                if (table.columnNames.value(m) != key && !table.columnNames.contains(key))
                    table.columnNames.append(key);
            }
        }
        table.swagger = true;
        table.widest = int(table.columnNames.size());
        return output;
    }
    for (int r = 0; r < rows; ++r) {
        const int node = index->child(list, r);
        table.widest = std::max(table.widest, index->kind(node) == Kind::Array ? index->childCount(node) : 1);
    }
    if (first != Kind::Array)
        table.columnNames = {PredictionsText::tr("prediction")};
    return output;
}

} // namespace portico::ui
