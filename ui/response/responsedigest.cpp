// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/response/responsedigest.h"

#include "ui/response/predictionsshape.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace portico::ui {

ResponseDigest ResponseDigest::fromBody(const QByteArray &body, const QString &bodyFile, const QByteArray &contentType)
{
    ResponseDigest digest;
    JsonIndex::Error error;
    if (!bodyFile.isEmpty()) {
        auto file = std::make_unique<QFile>(bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            digest.problem = tr("Cannot read the response body: %1").arg(file->errorString());
            return digest;
        }
        // Read through a mapping, page by page, rather than into memory at once.
        digest.tree = JsonIndex::build(std::move(file), &error);
    } else {
        digest.tree = JsonTreeModel::buildTree(body, &error);
    }
    digest.isJson = bool(digest.tree);
    if (!digest.isJson) {
        digest.problem = tr("The body is not valid JSON: %1.").arg(error.describe());
        if (!contentType.isEmpty() && !contentType.contains("json"))
            digest.problem += u' ' + tr("The server labelled it %1.").arg(QString::fromLatin1(contentType));
        return digest;
    }
    digest.outputs = ResultsTableModel::parseResults(digest.tree);
    if (digest.outputs.isEmpty()) { // an Azure ML online endpoint's answer
        if (std::optional<ResultsOutput> predictions = predictionsOutput(digest.tree))
            digest.outputs.append(*predictions);
    }
    // Looking for tables reads a byte of every row; the views read little of a spooled
    // body after this, so its pages need not stay.
    digest.tree->releaseText();
    return digest;
}

} // namespace portico::ui
