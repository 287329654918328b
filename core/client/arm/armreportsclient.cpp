// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/armreportsclient.h"

#include "client/arm/armclient.h"
#include "client/usage/reportsclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

constexpr qint64 kQuarterHourMs = 15 * 60 * 1000;

QString filterFor(const UsageWindow &w)
{
    // APIM's example form: timestamp ge datetime'...' and timestamp le datetime'...'.
    const QString from = w.from.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    const QString to = w.to.toUTC().addMSecs(-1).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
    return u"timestamp ge datetime'%1' and timestamp le datetime'%2'"_s.arg(from, to); // not for translation: OData filter syntax
}

QString lastSegment(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.mid(slash + 1);
}

struct Fetch
{
    std::array<QJsonArray, 3> rows;
    int outstanding = 3;
    QString error;
};

} // namespace

ArmReportsClient::ArmReportsClient(ArmClient *client, QObject *parent)
    : UsageReports(parent)
    , m_client(client)
{ }

bool ArmReportsClient::isConfigured() const
{
    return m_client->connection().isComplete();
}

UsageWindow ArmReportsClient::armWindow(const UsageWindow &window)
{
    if (window.bucketMs > 0 && window.bucketMs % kQuarterHourMs == 0)
        return window;
    UsageWindow w = window;
    w.bucketMs = (window.bucketMs / kQuarterHourMs + 1) * kQuarterHourMs;
    const qint64 toMs = window.to.toMSecsSinceEpoch();
    const qint64 end = toMs % w.bucketMs == 0 ? toMs : toMs - toMs % w.bucketMs + w.bucketMs;
    const qint64 fromMs = window.from.toMSecsSinceEpoch();
    const qint64 start = fromMs - fromMs % w.bucketMs;
    w.bucketCount = int((end - start) / w.bucketMs);
    w.to = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC);
    w.from = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC);
    return w;
}

QString ArmReportsClient::isoInterval(qint64 bucketMs)
{
    const qint64 minutes = bucketMs / 60'000;
    if (minutes % (24 * 60) == 0)
        return u"P%1D"_s.arg(minutes / (24 * 60));
    if (minutes % 60 == 0)
        return u"PT%1H"_s.arg(minutes / 60);
    return u"PT%1M"_s.arg(minutes);
}

QJsonArray ArmReportsClient::withPlainIds(const QJsonArray &rows)
{
    QJsonArray out;
    for (const QJsonValue &v : rows) {
        QJsonObject row = v.toObject();
        for (const QString &field : {u"apiId"_s, u"operationId"_s, u"subscriptionId"_s, u"productId"_s}) {
            if (row.contains(field))
                row.insert(field, lastSegment(row.value(field).toString()));
        }
        out.append(row);
    }
    return out;
}

bool ArmReportsClient::fetch(const UsageWindow &requested)
{
    if (m_busy)
        return false;
    m_busy = true;
    const UsageWindow window = armWindow(requested);
    auto state = std::make_shared<Fetch>();
    const QStringList kinds{u"byTime"_s, u"byOperation"_s, u"bySubscription"_s};
    for (int i = 0; i < 3; ++i) {
        QUrlQuery query;
        query.addQueryItem(u"$filter"_s, QString::fromLatin1(QUrl::toPercentEncoding(filterFor(window))));
        if (i == 0)
            query.addQueryItem(u"interval"_s, isoInterval(window.bucketMs));
        m_client->list(u"/reports/"_s + kinds.at(i), query, this,
                       [this, state, i, window](const QJsonArray &values, const ArmReply &last) {
                           if (!last.ok() && state->error.isEmpty())
                               state->error = last.error;
                           state->rows[size_t(i)] = withPlainIds(values);
                           if (--state->outstanding > 0)
                               return;
                           m_busy = false;
                           if (!state->error.isEmpty()) {
                               Q_EMIT failed(state->error);
                               return;
                           }
                           auto body = [&](int k) {
                               return QJsonDocument(QJsonObject{{u"value"_s, state->rows[size_t(k)]}})
                                   .toJson(QJsonDocument::Compact);
                           };
                           UsageReport report;
                           QString error;
                           if (ReportsClient::parse(window, body(0), body(1), body(2), &report, &error))
                               Q_EMIT reportReady(report);
                           else
                               Q_EMIT failed(error);
                       });
    }
    return true;
}

} // namespace portico::client
