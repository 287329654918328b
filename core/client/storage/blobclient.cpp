// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/storage/blobclient.h"

#include "client/storage/bloboperation.h"
#include "client/storage/sharedkey.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSaveFile>
#include <QTimer>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace portico::client::storage {

Q_LOGGING_CATEGORY(lcStorage, "portico.storage")

namespace {

std::pair<QString, QString> parseErrorXml(const QByteArray &body)
{
    QString code;
    QString message;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"Code"_s)
            code = xml.readElementText().trimmed();
        else if (xml.name() == u"Message"_s)
            message = xml.readElementText().trimmed();
    }
    // The service appends RequestId and Time lines; only the first line helps a person.
    return {code, message.section(u'\n', 0, 0).trimmed()};
}

} // namespace

BlobClient::BlobClient(const ConnectionString &account, QObject *parent, QNetworkAccessManager *network)
    : QObject(parent)
    , m_account(account)
    , m_key(account.decodedAccountKey())
    , m_nam(network ? network : new QNetworkAccessManager(this))
{
    qRegisterMetaType<portico::client::storage::BlobClient::Result>();
}

BlobClient::~BlobClient()
{
    for (auto &[id, op] : m_operations) {
        abortReplies(*op);
        if (op->target)
            op->target->cancelWriting();
    }
}

QUrl BlobClient::containerUrl(const QString &container) const
{
    QUrl url = m_account.blobEndpoint();
    url.setPath(url.path() % u'/' % container, QUrl::DecodedMode);
    return url;
}

QUrl BlobClient::blobUrl(const QString &container, const QString &blob) const
{
    QUrl url = m_account.blobEndpoint();
    url.setPath(url.path() % u'/' % container % u'/' % blob, QUrl::DecodedMode);
    return url;
}

bool BlobClient::isPending(quint64 id) const
{
    return m_operations.count(id) != 0;
}

QNetworkRequest BlobClient::signedRequest(const QUrl &url, const QByteArray &verb,
                                          const QList<std::pair<QByteArray, QByteArray>> &headers,
                                          qint64 contentLength) const
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (contentLength >= 0)
        request.setHeader(QNetworkRequest::ContentLengthHeader, contentLength);
    SharedKey::sign(request, verb, m_account.accountName(), m_key);
    return request;
}

quint64 BlobClient::start(std::unique_ptr<Operation> op)
{
    const quint64 id = ++m_lastId;
    op->id = id;
    m_operations[id] = std::move(op);
    return id;
}

void BlobClient::attach(Operation &op, QNetworkReply *reply)
{
    op.reply = reply;
    const quint64 id = op.id;
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    if (op.kind == Operation::Kind::GetBlob) {
        connect(reply, &QNetworkReply::downloadProgress, this, [this, id, reply](qint64 received, qint64 total) {
            auto it = m_operations.find(id);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // An error body is not the blob: no progress for it.
            if (it == m_operations.end() || status < 200 || status >= 300)
                return;
            it->second->total = total;
            Q_EMIT progress(id, received, total);
        });
    } else if (op.kind == Operation::Kind::PutBlob) {
        connect(reply, &QNetworkReply::uploadProgress, this, [this, id](qint64 sent, qint64) {
            auto it = m_operations.find(id);
            if (it != m_operations.end())
                Q_EMIT progress(id, sent, it->second->total);
        });
    }
}

quint64 BlobClient::createContainer(const QString &container)
{
    auto op = std::make_unique<Operation>();
    op->kind = Operation::Kind::CreateContainer;
    op->container = container;
    Operation &ref = *op;
    const quint64 id = start(std::move(op));
    QUrl url = containerUrl(container);
    url.setQuery(u"restype=container"_s);
    attach(ref, m_nam->put(signedRequest(url, "PUT"_ba, {}, 0), QByteArray()));
    return id;
}

quint64 BlobClient::getBlob(const QString &container, const QString &blob, const QString &localPath)
{
    auto op = std::make_unique<Operation>();
    op->kind = Operation::Kind::GetBlob;
    op->container = container;
    op->blob = blob;
    op->target = std::make_unique<QSaveFile>(localPath);
    Operation &ref = *op;
    const quint64 id = start(std::move(op));
    if (!ref.target->open(QIODevice::WriteOnly)) {
        failSoon(id, u"LocalFileError"_s, tr("Cannot write %1: %2").arg(localPath, ref.target->errorString()));
        return id;
    }
    attach(ref, m_nam->get(signedRequest(blobUrl(container, blob), "GET"_ba, {}, -1)));
    return id;
}

quint64 BlobClient::deleteBlob(const QString &container, const QString &blob)
{
    auto op = std::make_unique<Operation>();
    op->kind = Operation::Kind::DeleteBlob;
    op->container = container;
    op->blob = blob;
    Operation &ref = *op;
    const quint64 id = start(std::move(op));
    attach(ref, m_nam->deleteResource(signedRequest(blobUrl(container, blob), "DELETE"_ba, {}, -1)));
    return id;
}

void BlobClient::cancel(quint64 id)
{
    auto it = m_operations.find(id);
    if (it == m_operations.end() || it->second->cancelled)
        return;
    Operation &op = *it->second;
    op.cancelled = true;
    // finished() must not fire from inside cancel().
    abortReplies(op);
    failSoon(id, u"Cancelled"_s, tr("Cancelled"));
}

void BlobClient::onReadyRead(quint64 id)
{
    auto it = m_operations.find(id);
    if (it == m_operations.end() || !it->second->reply)
        return;
    Operation &op = *it->second;
    QNetworkReply *reply = op.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (op.target && status >= 200 && status < 300) {
        const QByteArray chunk = reply->readAll();
        if (op.target->write(chunk) != chunk.size()) {
            const QString error = op.target->errorString();
            op.cancelled = true;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            op.reply = nullptr;
            failSoon(id, u"LocalFileError"_s, tr("Cannot write %1: %2").arg(op.target->fileName(), error));
        }
        return;
    }
    const QByteArray chunk = reply->readAll();
    if (op.errorBody.size() < MaxErrorBody)
        op.errorBody += chunk.left(MaxErrorBody - op.errorBody.size());
}

BlobClient::Result BlobClient::errorResult(const Operation &op, QNetworkReply *reply) const
{
    Result result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.httpStatus == 0) {
        const QUrl url = reply->url();
        const QString where = url.host() % (url.port() > 0 ? u':' % QString::number(url.port()) : QString());
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            result.errorCode = u"ConnectionRefused"_s;
            result.message = tr("Connection refused by %1: is the storage service running?").arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            result.errorCode = u"HostNotFound"_s;
            result.message = tr("Storage host %1 not found").arg(url.host());
            break;
        default:
            result.errorCode = u"NetworkError"_s;
            result.message = tr("Cannot reach %1: %2").arg(where, reply->errorString());
            break;
        }
        return result;
    }

    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        // The answer began well and then broke off: the service went away mid-transfer.
        const QUrl url = reply->url();
        result.errorCode = u"TransferInterrupted"_s;
        result.message = tr("The transfer with %1 broke off before it was complete: %2")
                             .arg(url.host() % (url.port() > 0 ? u':' % QString::number(url.port()) : QString()),
                                  reply->errorString());
        return result;
    }
    const auto [xmlCode, xmlMessage] = parseErrorXml(op.errorBody);
    result.errorCode = QString::fromLatin1(reply->rawHeader("x-ms-error-code"));
    if (result.errorCode.isEmpty())
        result.errorCode = xmlCode;
    const QString detail =
        xmlMessage.isEmpty() ? reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString() : xmlMessage;
    // Azure answers a wrong key with AuthenticationFailed, Azurite with AuthorizationFailure;
    // for a Shared Key request both mean the same to the user.
    if (result.errorCode == u"AuthenticationFailed"_s ||
        (result.httpStatus == 403 && result.errorCode == u"AuthorizationFailure"_s)) {
        result.message = tr("Storage account %1 rejected the request signature (%2): "
                            "check the account name and key")
                             .arg(m_account.accountName(), result.errorCode);
    } else if (result.errorCode == u"BlobNotFound"_s) {
        result.message = tr("Blob %1 not found in container %2 (BlobNotFound)").arg(op.blob, op.container);
    } else if (result.errorCode == u"ContainerNotFound"_s) {
        result.message = tr("Container %1 does not exist (ContainerNotFound)").arg(op.container);
    } else {
        const QString code = result.errorCode.isEmpty() ? QString() : u" ("_s % result.errorCode % u')';
        result.message = tr("Storage answered HTTP %1%2: %3").arg(result.httpStatus).arg(code, detail);
    }
    return result;
}

void BlobClient::onReplyFinished(quint64 id)
{
    auto it = m_operations.find(id);
    if (it == m_operations.end() || !it->second->reply)
        return;
    Operation &op = *it->second;
    QNetworkReply *reply = op.reply;
    op.reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        switch (op.kind) {
        case Operation::Kind::PutBlob:
            Q_EMIT progress(id, op.total, op.total);
            break;
        case Operation::Kind::GetBlob: {
            onReadyRead(id);
            // Qt 6.4's commit() renames over the target even when its last buffered bytes
            // could not be written (a full disk); flushing first catches that.
            const bool flushed = op.target->flush();
            if (!flushed)
                op.target->cancelWriting();
            if (!flushed || !op.target->commit()) {
                complete(id,
                         Result{false, status, u"LocalFileError"_s,
                                tr("Cannot save %1: %2").arg(op.target->fileName(), op.target->errorString())});
                return;
            }
            break;
        }
        default:
            break;
        }
        complete(id, Result{true, status, QString(), QString()});
        return;
    }

    if (status == 0 || status >= 300) {
        const QByteArray rest = reply->readAll();
        if (op.errorBody.size() < MaxErrorBody)
            op.errorBody += rest.left(MaxErrorBody - op.errorBody.size());
    }
    Result result = errorResult(op, reply);
    if (op.kind == Operation::Kind::CreateContainer && status == 409 &&
        result.errorCode == u"ContainerAlreadyExists"_s) {
        result.ok = true;
        result.message.clear();
    }
    if (!result.ok)
        qCDebug(lcStorage) << "storage operation failed:" << result.httpStatus << result.errorCode;
    complete(id, result);
}

void BlobClient::failSoon(quint64 id, const QString &code, const QString &message)
{
    // Never from inside the call that started the operation.
    QTimer::singleShot(0, this, [this, id, code, message] { complete(id, Result{false, 0, code, message}); });
}

void BlobClient::complete(quint64 id, Result result)
{
    auto it = m_operations.find(id);
    if (it == m_operations.end())
        return;
    std::unique_ptr<Operation> op = std::move(it->second);
    m_operations.erase(it);
    abortReplies(*op);
    if (op->target && !result.ok)
        op->target->cancelWriting();
    Q_EMIT finished(id, result);
}

} // namespace portico::client::storage
