// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Inside the blob client: one operation in flight, shared by its request code
// (blobclient.cpp) and its block upload (blobupload.cpp). Not for other users.

#include "client/storage/blobclient.h"

#include <QFile>
#include <QNetworkReply>
#include <QPointer>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace portico::client::storage {

// Enough of an error body to find <Code> and <Message>; blobs themselves never land here.
inline constexpr qint64 MaxErrorBody = 64 * 1024;

struct BlobClient::Operation
{
    enum class Kind { CreateContainer, PutBlob, PutBlocks, GetBlob, DeleteBlob };

    quint64 id = 0;
    Kind kind = Kind::CreateContainer;
    QString container;
    QString blob;
    QPointer<QNetworkReply> reply;
    std::unique_ptr<QFile> source;
    std::unique_ptr<QSaveFile> target;
    QByteArray errorBody;
    qint64 total = 0;
    qint64 done = 0;            // bytes of blocks the service has stored
    qint64 reported = 0;        // the highest progress emitted, so the bar never goes back
    QList<QByteArray> blockIds; // of every block sent so far, in index order
    // A Put Block on the wire: its reply, its size and the bytes QNAM has sent of it.
    struct Block
    {
        QPointer<QNetworkReply> reply;
        qint64 size = 0;
        qint64 sent = 0;
    };
    std::vector<Block> blocksInFlight;
    bool cancelled = false;
};

} // namespace portico::client::storage
