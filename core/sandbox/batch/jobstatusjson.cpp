// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/batch/jobstatusjson.h"

#include "client/storage/connectionstring.h"
#include "client/storage/sharedkey.h"
#include "sandbox/batch/jobrequest.h"
#include "sandbox/http/jsonwriter.h"

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;
using portico::client::storage::ConnectionString;
using portico::client::storage::SharedKey;

namespace portico::sandbox {

namespace {

// How long a result's download link stays valid; minted afresh on every status call.
constexpr qint64 kSasLifetimeSecs = 24 * 3600;

void appendTime(QByteArray &out, qint64 ms)
{
    if (ms <= 0) {
        out += "null";
        return;
    }
    http::appendJsonString(out, QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8());
}

} // namespace

QByteArray jobStatusJson(const BatchJob &job, qint64 rowsDone, qint64 rowsTotal)
{
    // Written by hand to keep AzureML's field order, with the sandbox's additions last.
    QByteArray out = "{\"Id\":";
    http::appendJsonString(out, job.id.toUtf8());
    out += ",\"StatusCode\":";
    http::appendJsonString(out, BatchJob::statusName(job.status).toUtf8());
    out += ",\"Results\":";
    if (job.status == BatchJob::Status::Finished) {
        out += '{';
        bool first = true;
        const QDateTime expiry = QDateTime::currentDateTimeUtc().addSecs(kSasLifetimeSecs);
        for (const auto &[name, location] : JobRequest::outputs(job.request)) {
            const ConnectionString account = ConnectionString::parse(location.connectionString);
            QString relative;
            const QStringList segments = QString(location.container + u'/' + location.blob).split(u'/');
            for (const QString &segment : segments)
                relative +=
                    (relative.isEmpty() ? QString() : u"/"_s) + QString::fromLatin1(QUrl::toPercentEncoding(segment));
            const QString sas =
                SharedKey::serviceSas(account.accountName(), account.decodedAccountKey(), location.container,
                                      location.blob, SharedKey::SasResource::Blob, u"r"_s, expiry);
            if (!first)
                out += ',';
            first = false;
            http::appendJsonString(out, name.toUtf8());
            out += ":{\"ConnectionString\":null,\"RelativeLocation\":";
            http::appendJsonString(out, relative.toUtf8());
            out += ",\"BaseLocation\":";
            http::appendJsonString(out, (account.blobEndpoint().toString() + u'/').toUtf8());
            out += ",\"SasBlobToken\":";
            http::appendJsonString(out, (u'?' + sas).toUtf8());
            out += '}';
        }
        out += '}';
    } else {
        out += "null";
    }
    out += ",\"Details\":";
    if (job.details.isEmpty())
        out += "null";
    else
        http::appendJsonString(out, job.details.toUtf8());
    out += ",\"CreatedAt\":";
    appendTime(out, job.createdMs);
    out += ",\"StartTime\":";
    appendTime(out, job.startMs);
    out += ",\"EndTime\":";
    appendTime(out, job.endMs);
    out += ",\"Progress\":{\"RowsDone\":" + QByteArray::number(rowsDone) +
        ",\"RowsTotal\":" + (rowsTotal < 0 ? "null"_ba : QByteArray::number(rowsTotal)) + "}}";
    return out;
}

} // namespace portico::sandbox
