// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Feature hashing end to end through the sandbox's RRS endpoint: reads a CSV of texts,
// posts it in batches as AzureML table requests, parses every answer, and prints rows/s as
// one JSON line. Also times the hashing alone in-process, for scale.
//   bench_rrs SERVICE_URL WORKSPACE SERVICE API_KEY FILE [BATCH_ROWS]

#include "sandbox/hashing/featurehasher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <simdjson.h>

#include <cstdio>
#include <cstring>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void appendEscaped(QByteArray &out, QByteArrayView s)
{
    out += '"';
    const char *p = s.data();
    const char *end = p + s.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        out.append(run, p - run);
        if (p < end) {
            out += '\\';
            out += *p++;
        }
    }
    out += '"';
}

// The number of scored rows in an RRS answer, each checked to be a row of values; -1 when
// the answer is not the table it should be.
qint64 scoredRows(simdjson::dom::parser &parser, const QByteArray &answer)
{
    simdjson::dom::element doc;
    if (parser.parse(answer.constData(), size_t(answer.size())).get(doc))
        return -1;
    simdjson::dom::array values;
    if (doc.at_pointer("/Results/output1/value/Values").get(values))
        return -1;
    qint64 rows = 0;
    for (const simdjson::dom::element row : values) {
        if (!row.is_array())
            return -1;
        ++rows;
    }
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        std::fprintf(stderr, "usage: bench_rrs SERVICE_URL WORKSPACE SERVICE API_KEY FILE [BATCH_ROWS]\n");
        return 2;
    }
    const QString base = args.at(1);
    const QUrl url(base + u"/workspaces/"_s + args.at(2) + u"/services/"_s + args.at(3) +
                   u"/execute?api-version=2.0&details=true"_s);
    const QByteArray auth = "Bearer " + args.at(4).toUtf8();
    const int batchRows = args.size() > 6 ? args.at(6).toInt() : 25'000;

    QElapsedTimer total;
    total.start();
    QFile file(args.at(5));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(5)));
        return 1;
    }
    // One read of the whole file, rows split in place, as any client reading a CSV would.
    const QByteArray csv = file.readAll();
    std::vector<QByteArrayView> rows;
    {
        const char *p = csv.constData();
        const char *end = p + csv.size();
        bool header = true;
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *lineEnd = nl ? nl : end;
            const char *trimmed = lineEnd;
            while (trimmed > p && trimmed[-1] == '\r')
                --trimmed;
            if (!header)
                rows.emplace_back(p, trimmed - p);
            header = false;
            p = nl ? nl + 1 : end;
        }
    }

    // In-process hashing alone, the floor of what the endpoint can do.
    QElapsedTimer hashOnly;
    hashOnly.start();
    const portico::hashing::FeatureHasher hasher(3, 2);
    quint32 counts[8];
    quint64 checksum = 0;
    for (const QByteArrayView r : rows) {
        std::fill(std::begin(counts), std::end(counts), 0u);
        hasher.countInto(r, counts);
        checksum += counts[0];
    }
    const double hashSeconds = double(hashOnly.nsecsElapsed()) / 1e9;

    QNetworkAccessManager nam;
    simdjson::dom::parser parser;
    size_t next = 0;
    qint64 answered = 0;
    int failures = 0;
    std::function<void()> sendNext = [&] {
        if (next >= rows.size()) {
            app.quit();
            return;
        }
        const size_t end = std::min(rows.size(), next + size_t(batchRows));
        QByteArray body = R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[)";
        body.reserve(qsizetype(end - next) * 48 + 64);
        for (size_t i = next; i < end; ++i) {
            if (i != next)
                body += ',';
            body += '[';
            appendEscaped(body, rows[i]);
            body += ']';
        }
        body += "]}},\"GlobalParameters\":{}}";
        const qint64 expected = qint64(end - next);
        next = end;
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", auth);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, expected] {
            reply->deleteLater();
            const qint64 got = std::max<qint64>(0, scoredRows(parser, reply->readAll()));
            if (reply->error() != QNetworkReply::NoError || got != expected) {
                ++failures;
                std::fprintf(stderr, "batch failed: %s (%lld of %lld rows)\n", qPrintable(reply->errorString()),
                             static_cast<long long>(got), static_cast<long long>(expected));
            }
            answered += got;
            sendNext();
        });
    };
    QElapsedTimer http;
    http.start();
    sendNext();
    app.exec();
    const double httpSeconds = double(http.nsecsElapsed()) / 1e9;
    const double totalSeconds = double(total.nsecsElapsed()) / 1e9;

    const QJsonObject out{{u"rows"_s, qint64(rows.size())},
                          {u"rowsAnswered"_s, answered},
                          {u"failures"_s, failures},
                          {u"batchRows"_s, batchRows},
                          {u"secondsEndToEnd"_s, totalSeconds},
                          {u"secondsHttp"_s, httpSeconds},
                          {u"rowsPerSecondEndToEnd"_s, double(rows.size()) / totalSeconds},
                          {u"rowsPerSecondHashOnly"_s, double(rows.size()) / hashSeconds},
                          {u"checksum"_s, qint64(checksum)}};
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return failures ? 1 : 0;
}
