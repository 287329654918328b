// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/history/historystore.h"

#include "client/http/redactedexchange.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcHistory, "portico.history")

namespace {

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    // AUTOINCREMENT, so an id a view still holds can never come to mean a newer entry.
    // Bodies come last: listing entries then never reads their overflow pages.
    "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, api_id TEXT NOT NULL,"
    " operation_id TEXT NOT NULL, at_ms INTEGER NOT NULL, method TEXT NOT NULL, url TEXT NOT NULL,"
    " final_url TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 0, reason BLOB,"
    " error TEXT NOT NULL DEFAULT '', cancelled INTEGER NOT NULL DEFAULT 0, timed_out INTEGER NOT NULL DEFAULT 0,"
    " headers_after_ms INTEGER NOT NULL DEFAULT -1, finished_after_ms INTEGER NOT NULL DEFAULT -1,"
    " request_body_size INTEGER NOT NULL DEFAULT 0, request_body_truncated INTEGER NOT NULL DEFAULT 0,"
    " request_body_file TEXT NOT NULL DEFAULT '', body_size INTEGER NOT NULL DEFAULT 0,"
    " body_truncated INTEGER NOT NULL DEFAULT 0, timeout_ms INTEGER NOT NULL DEFAULT 0,"
    " follow_redirects INTEGER NOT NULL DEFAULT 1, max_redirects INTEGER NOT NULL DEFAULT 0,"
    " retry_after_seconds INTEGER NOT NULL DEFAULT -1, attempts INTEGER NOT NULL DEFAULT 1,"
    " tls_summary TEXT NOT NULL DEFAULT '', request_headers BLOB, response_headers BLOB,"
    " request_body BLOB, response_body BLOB)",
    "CREATE INDEX history_by_operation ON history (api_id, operation_id, id)",
};

constexpr auto kSummaryColumns =
    "id, at_ms, method, url, status, error, finished_after_ms, body_size, body_truncated"_L1;

// What a body looks like on disk: redacted, and cut to kMaxStoredBodyBytes.
struct StoredBody
{
    QByteArray data;
    qint64 fullSize = 0;
    bool truncated = false;
};

// Where to cut data to at most limit bytes without splitting a UTF-8 sequence, so the text kept
// still decodes. Masks are whole characters too, so a cut leaves no part of what they hid.
qsizetype safeCut(const QByteArray &data, qsizetype limit)
{
    if (data.size() <= limit)
        return data.size();
    qsizetype cut = limit;
    while (cut > 0 && (static_cast<uchar>(data.at(cut)) & 0xC0) == 0x80)
        --cut;
    return cut;
}

StoredBody storedBody(const QByteArray &available, qint64 fullSize)
{
    StoredBody body;
    body.fullSize = std::max<qint64>(fullSize, available.size());
    const qsizetype cut = safeCut(available, HistoryStore::kMaxStoredBodyBytes);
    body.data = available.left(cut);
    body.truncated = cut < body.fullSize;
    return body;
}

QByteArray encodeHeaders(const HeaderList &headers)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << headers;
    return out;
}

HeaderList decodeHeaders(const QByteArray &data)
{
    HeaderList headers;
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_4);
    stream >> headers;
    if (stream.status() != QDataStream::Ok)
        return {};
    return headers;
}

HistoryEntry summaryFrom(const QSqlQuery &q)
{
    HistoryEntry entry;
    entry.id = q.value(0).toLongLong();
    entry.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
    entry.method = q.value(2).toString().toLatin1();
    entry.url = q.value(3).toString();
    entry.status = q.value(4).toInt();
    entry.error = q.value(5).toString();
    entry.durationMs = q.value(6).toLongLong();
    entry.bodySize = q.value(7).toLongLong();
    entry.bodyTruncated = q.value(8).toBool();
    return entry;
}

// Qt binds a null QString as SQL NULL; these columns hold text, empty or not.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

bool exec(QSqlQuery &q, QString *error = nullptr)
{
    return SqliteDatabase::exec(q, error);
}

} // namespace

HistoryStore::HistoryStore(const QString &databasePath)
    : m_db(databasePath, u"portico-history"_s)
{ }

HistoryStore::~HistoryStore() = default;

bool HistoryStore::open(QString *error)
{
    if (isOpen())
        return true;
    const auto fail = [this, error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcHistory).noquote() << message;
        close();
        return false;
    };

    const QFileInfo file(databasePath());
    if (!file.absoluteDir().mkpath(u"."_s))
        return fail(tr("Cannot create the folder %1.").arg(file.absolutePath()));
    QString why;
    if (!m_db.open(&why))
        return fail(tr("Cannot open the request history %1: %2").arg(databasePath(), why));
    // Read the version before anything writes: a damaged or newer file is refused as it is.
    const int version = m_db.userVersion(&why);
    if (version < 0)
        return fail(tr("Cannot read the request history %1: %2").arg(databasePath(), why));
    if (version > kSchemaVersion)
        return fail(tr("The request history %1 was written by a newer Portico.").arg(databasePath()));

    // Removed history is overwritten rather than left in free pages: it is redacted, but the
    // user who clears it expects it gone.
    SqliteDatabase::Pragmas pragmas;
    pragmas.secureDelete = true;
    m_db.applyPragmas(pragmas);
    if (version == kSchemaVersion)
        return true;

    QStringList schema;
    for (const char *statement : kSchema)
        schema.append(QString::fromLatin1(statement));
    if (!m_db.createSchema(schema, kSchemaVersion, &why))
        return fail(tr("Cannot set up the request history %1: %2").arg(databasePath(), why));
    qCInfo(lcHistory) << "created" << databasePath();
    return true;
}

qint64 HistoryStore::record(const QString &apiId, const QString &operationId, const RedactedExchange &redacted,
                            QString *error)
{
    if (!isOpen()) {
        if (error)
            *error = tr("The request history %1 is not open.").arg(databasePath());
        qCWarning(lcHistory) << "not recorded: the request history is not open";
        return -1;
    }
    QSqlDatabase db = m_db.database();

    const Exchange &exchange = redacted.exchange();
    const RequestSpec &request = exchange.request;
    const StoredBody requestBody = storedBody(request.body, exchange.requestBodySize);
    const StoredBody responseBody = exchange.isSpooled() ? storedBody(redacted.spooledHead(), exchange.bodySize)
                                                         : storedBody(exchange.body, exchange.bodySize);
    const QDateTime at = exchange.startedAt.isValid() ? exchange.startedAt : QDateTime::currentDateTimeUtc();

    qint64 id = -1;
    QString why;
    const bool stored = m_db.transaction(
        [&](QSqlQuery &) {
            QSqlQuery insert(db);
            insert.prepare(
                u"INSERT INTO history (api_id, operation_id, at_ms, method, url, final_url, status, reason,"
                " error, cancelled, timed_out, headers_after_ms, finished_after_ms, request_body_size,"
                " request_body_truncated, request_body_file, body_size, body_truncated, timeout_ms,"
                " follow_redirects, max_redirects, retry_after_seconds, attempts, tls_summary,"
                " request_headers, response_headers, request_body, response_body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            insert.addBindValue(text(apiId));
            insert.addBindValue(text(operationId));
            insert.addBindValue(at.toMSecsSinceEpoch());
            insert.addBindValue(text(QString::fromLatin1(request.method)));
            insert.addBindValue(text(request.url.isEmpty() ? QString() : request.url.toString()));
            insert.addBindValue(text(exchange.finalUrl.isEmpty() ? QString() : exchange.finalUrl.toString()));
            insert.addBindValue(exchange.status);
            insert.addBindValue(exchange.reason);
            insert.addBindValue(text(exchange.error));
            insert.addBindValue(exchange.cancelled);
            insert.addBindValue(exchange.timedOut);
            insert.addBindValue(exchange.headersAfterMs);
            insert.addBindValue(exchange.finishedAfterMs);
            insert.addBindValue(requestBody.fullSize);
            insert.addBindValue(requestBody.truncated);
            // The path of the file sent, not its contents: a history entry never copies a file.
            insert.addBindValue(text(request.bodyFile));
            insert.addBindValue(responseBody.fullSize);
            insert.addBindValue(responseBody.truncated);
            insert.addBindValue(request.timeoutMs);
            insert.addBindValue(request.followRedirects);
            insert.addBindValue(request.maxRedirects);
            insert.addBindValue(exchange.retryAfterSeconds);
            insert.addBindValue(exchange.attempts);
            insert.addBindValue(text(exchange.tlsSummary));
            insert.addBindValue(encodeHeaders(request.headers));
            insert.addBindValue(encodeHeaders(exchange.responseHeaders));
            insert.addBindValue(requestBody.data);
            insert.addBindValue(responseBody.data);
            if (!exec(insert, &why))
                return false;
            id = insert.lastInsertId().toLongLong();

            // Everything from the (kept+1)-th newest down; with fewer entries the subquery is NULL
            // and nothing matches.
            QSqlQuery prune(db);
            prune.prepare(u"DELETE FROM history WHERE api_id = ? AND operation_id = ? AND id <= (SELECT id FROM history"
                          " WHERE api_id = ? AND operation_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)"_s);
            prune.addBindValue(text(apiId));
            prune.addBindValue(text(operationId));
            prune.addBindValue(text(apiId));
            prune.addBindValue(text(operationId));
            prune.addBindValue(kKeptPerOperation);
            return exec(prune, &why);
        },
        &why);
    if (!stored && error)
        *error = tr("The exchange was not added to the request history %1: %2").arg(databasePath(), why);
    return stored ? id : -1;
}

QList<HistoryEntry> HistoryStore::entries(const QString &apiId, const QString &operationId, int limit) const
{
    QList<HistoryEntry> result;
    if (!isOpen() || limit == 0)
        return result;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    q.prepare("SELECT "_L1 + kSummaryColumns +
              " FROM history WHERE api_id = ? AND operation_id = ? ORDER BY id DESC LIMIT ?"_L1);
    q.addBindValue(text(apiId));
    q.addBindValue(text(operationId));
    q.addBindValue(limit < 0 ? -1 : limit);
    if (!exec(q))
        return result;
    while (q.next())
        result.append(summaryFrom(q));
    return result;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    q.prepare("SELECT "_L1 + kSummaryColumns + " FROM history WHERE id = ?"_L1);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return summaryFrom(q);
}

QList<HistoryCall> HistoryStore::calls(qint64 fromMs, qint64 toMs) const
{
    QList<HistoryCall> result;
    if (!isOpen())
        return result;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    // Bounded by kKeptPerOperation per operation, and no body column is read.
    q.prepare(u"SELECT api_id, operation_id, at_ms, status, finished_after_ms, retry_after_seconds, error"
              " FROM history WHERE at_ms >= ? AND at_ms < ? AND cancelled = 0 ORDER BY at_ms, id"_s);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!exec(q))
        return result;
    while (q.next()) {
        HistoryCall call;
        call.apiId = q.value(0).toString();
        call.operationId = q.value(1).toString();
        call.atMs = q.value(2).toLongLong();
        call.status = q.value(3).toInt();
        call.durationMs = q.value(4).toLongLong();
        call.retryAfterSeconds = q.value(5).toInt();
        call.failed = !q.value(6).toString().isEmpty();
        result.append(call);
    }
    return result;
}

std::optional<Exchange> HistoryStore::load(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT at_ms, method, url, final_url, status, reason, error, cancelled, timed_out, headers_after_ms,"
              " finished_after_ms, request_body_size, request_body_file, body_size, timeout_ms, follow_redirects,"
              " max_redirects, retry_after_seconds, attempts, tls_summary, request_headers, response_headers,"
              " request_body, response_body FROM history WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;

    Exchange exchange;
    exchange.id = static_cast<quint64>(id);
    exchange.startedAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong());
    exchange.request.method = q.value(1).toString().toLatin1();
    exchange.request.url = QUrl(q.value(2).toString());
    exchange.finalUrl = QUrl(q.value(3).toString());
    exchange.status = q.value(4).toInt();
    exchange.reason = q.value(5).toByteArray();
    exchange.error = q.value(6).toString();
    exchange.cancelled = q.value(7).toBool();
    exchange.timedOut = q.value(8).toBool();
    exchange.headersAfterMs = q.value(9).toLongLong();
    exchange.finishedAfterMs = q.value(10).toLongLong();
    exchange.requestBodySize = q.value(11).toLongLong();
    exchange.request.bodyFile = q.value(12).toString();
    exchange.bodySize = q.value(13).toLongLong();
    exchange.request.timeoutMs = q.value(14).toInt();
    exchange.request.followRedirects = q.value(15).toBool();
    exchange.request.maxRedirects = q.value(16).toInt();
    exchange.retryAfterSeconds = q.value(17).toInt();
    exchange.attempts = q.value(18).toInt();
    exchange.tlsSummary = q.value(19).toString();
    exchange.request.headers = decodeHeaders(q.value(20).toByteArray());
    exchange.responseHeaders = decodeHeaders(q.value(21).toByteArray());
    exchange.request.body = q.value(22).toByteArray();
    exchange.body = q.value(23).toByteArray();
    return exchange;
}

bool HistoryStore::remove(qint64 id)
{
    if (!isOpen())
        return false;
    bool removed = false;
    const bool ok = m_db.transaction(
        [id, &removed](QSqlQuery &q) {
            q.prepare(u"DELETE FROM history WHERE id = ?"_s);
            q.addBindValue(id);
            if (!exec(q))
                return false;
            removed = q.numRowsAffected() > 0;
            return true;
        },
        nullptr);
    return ok && removed;
}

bool HistoryStore::clear(const QString &apiId, const QString &operationId)
{
    if (!isOpen())
        return false;
    return m_db.transaction(
        [&apiId, &operationId](QSqlQuery &q) {
            q.prepare(u"DELETE FROM history WHERE api_id = ? AND operation_id = ?"_s);
            q.addBindValue(text(apiId));
            q.addBindValue(text(operationId));
            return exec(q);
        },
        nullptr);
}

} // namespace portico::client
