// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/responsedigest.h"

#include "ui/response/jsonkeyorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portico::ui {

ResponseDigest ResponseDigest::fromBody(const QByteArray &body, const QString &bodyFile, const QByteArray &contentType)
{
    ResponseDigest digest;
    QByteArray json = body;
    if (!bodyFile.isEmpty()) {
        QFile file(bodyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            digest.problem = tr("Cannot read the response body: %1").arg(file.errorString());
            return digest;
        }
        json = file.readAll();
    }
    // QJsonDocument rejects a byte-order mark, which some Windows-hosted services send.
    if (json.startsWith("\xEF\xBB\xBF"))
        json.remove(0, 3);

    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // A bare value is JSON too (RFC 8259), as BES answers a job id; it has no table.
        digest.tree = JsonTreeModel::buildTree(json);
        digest.isJson = !digest.tree.nodes.isEmpty();
        if (!digest.isJson) {
            digest.problem = tr("The body is not valid JSON: %1.").arg(JsonTreeModel::describeParseError(json, error));
            if (!contentType.isEmpty() && !contentType.contains("json"))
                digest.problem += u' ' + tr("The server labelled it %1.").arg(QString::fromLatin1(contentType));
        }
        return digest;
    }
    digest.isJson = true;
    // Both walks start from the first object, each with its own cursor over one scan.
    JsonKeyOrder treeOrder(json);
    JsonKeyOrder tableOrder = treeOrder;
    digest.tree = JsonTreeModel::buildTree(document, &treeOrder);
    digest.outputs = ResultsTableModel::parseResults(document, &tableOrder);
    return digest;
}

} // namespace portico::ui
