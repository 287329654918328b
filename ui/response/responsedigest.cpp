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
    QByteArray json;
    if (!bodyFile.isEmpty()) {
        QFile file(bodyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            digest.problem = tr("Cannot read the response body: %1").arg(file.errorString());
            return digest;
        }
        // One buffer with room for the parser's padding, read straight into.
        const qint64 size = file.size();
        json.reserve(size + 64);
        json.resize(size);
        qint64 done = 0;
        while (done < size) {
            const qint64 read = file.read(json.data() + done, size - done);
            if (read <= 0)
                break;
            done += read;
        }
        json.resize(done);
    } else {
        json = body;
    }
    JsonIndex::Error error;
    // Moved, so a spooled body's buffer becomes the index's text without a copy.
    digest.tree = JsonTreeModel::buildTree(std::move(json), &error);
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
    return digest;
}

} // namespace portico::ui
