// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The blob client's upload: a small file in one Put Blob, a large one as Put Block calls, a
// few at a time, then Put Block List; progress counts the bytes the service has stored.
#include "client/storage/bloboperation.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::client::storage {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace {

// One Put Block at a time leaves the connection idle while the service stores each block;
// a few in flight keep it busy, and memory stays bounded at this many blocks.
constexpr int MaxBlocksInFlight = 4;

QByteArray blockId(int index)
{
    // Every id of a blob must have the same length.
    return QByteArray::number(index).rightJustified(8, '0').prepend("block-").toBase64();
}

} // namespace

quint64 BlobClient::putBlob(const QString &container, const QString &blob, const QString &localPath)
{
    auto op = std::make_unique<Operation>();
    op->container = container;
    op->blob = blob;
    op->source = std::make_unique<QFile>(localPath);
    Operation &ref = *op;
    const quint64 id = start(std::move(op));
    if (!ref.source->open(QIODevice::ReadOnly)) {
        failSoon(id, u"LocalFileError"_s, tr("Cannot read %1: %2").arg(localPath, ref.source->errorString()));
        return id;
    }
    ref.total = ref.source->size();
    if (ref.total <= BlockSize) {
        ref.kind = Operation::Kind::PutBlob;
        const QNetworkRequest request = signedRequest(
            blobUrl(container, blob), "PUT"_ba,
            {{"x-ms-blob-type"_ba, "BlockBlob"_ba}, {"Content-Type"_ba, "application/octet-stream"_ba}}, ref.total);
        // QNAM reads the file as it sends, so the blob never sits in memory.
        attach(ref, m_nam->put(request, ref.source.get()));
    } else {
        ref.kind = Operation::Kind::PutBlocks;
        sendBlocks(ref);
    }
    return id;
}

void BlobClient::sendBlocks(Operation &op)
{
    while (int(op.blocksInFlight.size()) < MaxBlocksInFlight) {
        const qint64 offset = op.blockIds.size() * BlockSize;
        if (offset >= op.total)
            break;
        const qint64 size = qMin(BlockSize, op.total - offset);
        // Read only as the block is sent, so memory holds the blocks in flight, not the file.
        const bool seeked = op.source->seek(offset);
        const QByteArray chunk = seeked ? op.source->read(size) : QByteArray();
        if (chunk.size() != size) {
            const QString message = seeked
                ? tr("Cannot read %1: the file changed while it was being uploaded").arg(op.source->fileName())
                : tr("Cannot read %1: %2").arg(op.source->fileName(), op.source->errorString());
            // The blocks already on the wire are of no use without the rest.
            op.cancelled = true;
            abortReplies(op);
            failSoon(op.id, u"LocalFileError"_s, message);
            return;
        }
        const QByteArray id = blockId(int(op.blockIds.size()));
        op.blockIds.append(id);
        QUrl url = blobUrl(op.container, op.blob);
        url.setQuery(u"comp=block&blockid="_s % QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(id))),
                     QUrl::StrictMode);
        const QNetworkRequest request =
            signedRequest(url, "PUT"_ba, {{"Content-Type"_ba, "application/octet-stream"_ba}}, chunk.size());
        QNetworkReply *reply = m_nam->put(request, chunk);
        op.blocksInFlight.push_back({reply, size, 0});
        const quint64 opId = op.id;
        // A Put Block answer is empty or a short error document: read once when finished.
        connect(reply, &QNetworkReply::finished, this, [this, opId, reply] { onBlockFinished(opId, reply); });
        connect(reply, &QNetworkReply::uploadProgress, this, [this, opId, reply](qint64 sent, qint64) {
            auto it = m_operations.find(opId);
            if (it == m_operations.end())
                return;
            for (Operation::Block &block : it->second->blocksInFlight) {
                if (block.reply == reply)
                    block.sent = qMin(sent, block.size);
            }
            reportUploadProgress(*it->second);
        });
    }
    // Blocks finish in any order; the list commits them in index order once all are stored.
    if (op.blocksInFlight.empty())
        sendBlockList(op);
}

void BlobClient::reportUploadProgress(Operation &op)
{
    qint64 now = op.done;
    for (const Operation::Block &block : op.blocksInFlight)
        now += block.sent;
    // A request QNAM sends again reports from zero; the user should not see that.
    if (now <= op.reported)
        return;
    op.reported = now;
    Q_EMIT progress(op.id, now, op.total);
}

void BlobClient::abortReplies(Operation &op)
{
    // Detached first: abort() finishes a reply synchronously, and its finished() must not
    // reach the handlers of an operation that is ending.
    std::vector<QPointer<QNetworkReply>> replies;
    replies.reserve(op.blocksInFlight.size() + 1);
    replies.push_back(op.reply);
    for (const Operation::Block &block : op.blocksInFlight)
        replies.push_back(block.reply);
    op.reply = nullptr;
    op.blocksInFlight.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void BlobClient::sendBlockList(Operation &op)
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList>"_ba;
    for (const QByteArray &id : std::as_const(op.blockIds))
        body += "<Latest>"_ba + id + "</Latest>"_ba;
    body += "</BlockList>"_ba;
    QUrl url = blobUrl(op.container, op.blob);
    url.setQuery(u"comp=blocklist"_s);
    const QNetworkRequest request =
        signedRequest(url, "PUT"_ba, {{"Content-Type"_ba, "application/xml"_ba}}, body.size());
    attach(op, m_nam->put(request, body));
}

void BlobClient::onBlockFinished(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    Operation &op = *it->second;
    const auto block = std::find_if(op.blocksInFlight.begin(), op.blocksInFlight.end(),
                                    [reply](const Operation::Block &b) { return b.reply == reply; });
    if (block == op.blocksInFlight.end())
        return;
    const qint64 size = block->size;
    op.blocksInFlight.erase(block);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        op.done += size;
        reportUploadProgress(op);
        // A progress slot may have cancelled the operation.
        it = m_operations.find(id);
        if (it != m_operations.end() && !it->second->cancelled)
            sendBlocks(*it->second);
        return;
    }
    // The first failure ends the operation; complete() aborts the other blocks, so their
    // answers never arrive here.
    op.errorBody = reply->read(MaxErrorBody);
    const Result result = errorResult(op, reply);
    qCDebug(lcStorage) << "storage block upload failed:" << result.httpStatus << result.errorCode;
    complete(id, result);
}

} // namespace portico::client::storage
