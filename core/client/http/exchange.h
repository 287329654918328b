// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Plain value types for one try-it request and what came back, as HttpEngine hands them
// to the UI and to the history: copyable, so they travel through queued signals.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace portico::client {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct RequestSpec
{
    QByteArray method = "GET";
    QUrl url;
    // In the order given; a Content-Length here is dropped, the engine computes it.
    HeaderList headers;
    QByteArray body;
    // When set, the file's contents are sent instead of body, streamed from disk.
    QString bodyFile;
    // Inactivity limit: the request fails when nothing moves for this long; 0 disables it.
    int timeoutMs = 60'000;
    bool followRedirects = true;
    int maxRedirects = 10;
    // Sends in all, the first included: above 1, a 429 or 503 whose Retry-After asks for at
    // most two minutes is sent again once the wait is over (HttpEngine::retryScheduled()).
    int maxAttempts = 1;
    // Where a body over the engine's spool threshold goes; empty means the engine's folder.
    QString spoolDirectory;
};

struct Exchange
{
    quint64 id = 0;
    RequestSpec request;
    // Where the response really came from, after any redirects.
    QUrl finalUrl;
    int status = 0;
    QByteArray reason;
    HeaderList responseHeaders;
    // The body when it stayed under the engine's spool threshold.
    QByteArray body;
    // Above the threshold the body lives in this file instead; it belongs to whoever
    // received the exchange, who removes it with HttpEngine::discardSpool().
    QString bodyFile;
    qint64 bodySize = 0;
    qint64 requestBodySize = 0;
    // Of the attempt that produced this response; offsets are milliseconds from it.
    QDateTime startedAt;
    qint64 headersAfterMs = -1;
    qint64 finishedAfterMs = -1;
    // Empty on a completed HTTP exchange, whatever its status; a sentence naming the
    // host otherwise.
    QString error;
    bool cancelled = false;
    bool timedOut = false;
    // The server's certificate in words (subject, issuer, validity, SHA-256), for https.
    QString tlsSummary;
    // From Retry-After (seconds or HTTP-date) on 403, 429 and 503; -1 when absent.
    int retryAfterSeconds = -1;
    // Sends it took, automatic retries included.
    int attempts = 1;

    bool isSpooled() const { return !bodyFile.isEmpty(); }
    // The first response header of that name, compared case-insensitively.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &field : responseHeaders) {
            if (field.first.compare(name, Qt::CaseInsensitive) == 0)
                return field.second;
        }
        return {};
    }
};

} // namespace portico::client

Q_DECLARE_METATYPE(portico::client::RequestSpec)
Q_DECLARE_METATYPE(portico::client::Exchange)
