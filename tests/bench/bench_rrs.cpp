// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Feature hashing end to end through the sandbox's RRS endpoint: reads a CSV of texts,
// posts it in batches as AzureML table requests, parses every answer, and prints rows/s as
// one JSON line. The same rows go twice, one batch at a time: through the sandbox's own
// keep-alive HTTP client (the way the gateway reaches the service, so the figure is the RRS
// path's own), and through QNetworkAccessManager (the console's engine, whose HTTP thread
// takes a request body 16 KiB at a time, each piece a round trip between two threads).
// One one-row request on each client comes first, untimed, so neither figure counts the
// connection or the service's first request. Also times the hashing alone in-process.
//   bench_rrs SERVICE_URL WORKSPACE SERVICE API_KEY FILE [BATCH_ROWS]

#include "sandbox/hashing/featurehasher.h"
#include "sandbox/http/httpclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
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

    QElapsedTimer reading;
    reading.start();
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
    const double readSeconds = double(reading.nsecsElapsed()) / 1e9;

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

    const auto batchBody = [&](size_t from, size_t to) {
        QByteArray body = R"({"Inputs":{"input1":{"ColumnNames":["Col2"],"Values":[)";
        body.reserve(qsizetype(to - from) * 48 + 64);
        for (size_t i = from; i < to; ++i) {
            if (i != from)
                body += ',';
            body += '[';
            appendEscaped(body, rows[i]);
            body += ']';
        }
        body += "]}},\"GlobalParameters\":{}}";
        return body;
    };

    simdjson::dom::parser parser;
    int failures = 0;
    // Sends every row, one batch after another, through post(body, done(status, answer,
    // error)); returns the seconds it took and adds the rows scored to *answered.
    using Done = std::function<void(bool ok, const QByteArray &answer, const QString &error)>;
    const auto sendAll = [&](const std::function<void(QByteArray, Done)> &post, bool warmUp, qint64 *answered) {
        size_t next = 0;
        const size_t total = warmUp ? std::min<size_t>(1, rows.size()) : rows.size();
        QEventLoop loop;
        std::function<void()> sendNext = [&] {
            if (next >= total) {
                loop.quit();
                return;
            }
            const size_t end = std::min(total, next + size_t(batchRows));
            const qint64 expected = qint64(end - next);
            QByteArray body = batchBody(next, end);
            next = end;
            post(std::move(body), [&, expected](bool ok, const QByteArray &answer, const QString &error) {
                const qint64 got = std::max<qint64>(0, scoredRows(parser, answer));
                if (!ok || got != expected) {
                    ++failures;
                    std::fprintf(stderr, "batch failed: %s (%lld of %lld rows)\n", qPrintable(error),
                                 static_cast<long long>(got), static_cast<long long>(expected));
                }
                *answered += got;
                // Not inside the callback of the request just finished.
                QMetaObject::invokeMethod(&loop, [&] { sendNext(); }, Qt::QueuedConnection);
            });
        };
        QElapsedTimer timer;
        timer.start();
        sendNext();
        loop.exec();
        return double(timer.nsecsElapsed()) / 1e9;
    };

    portico::http::HttpClient lean;
    const auto postLean = [&](QByteArray body, Done done) {
        portico::http::HttpClient::Request request;
        request.method = "POST";
        request.url = url;
        request.headers.set("Authorization", auth);
        request.headers.set("Content-Type", "application/json");
        request.body = std::move(body);
        lean.send(std::move(request), [done](portico::http::HttpClient::Response r) {
            done(r.status == 200, r.body, r.error.isEmpty() ? u"HTTP %1"_s.arg(r.status) : r.error);
        });
    };
    QNetworkAccessManager nam;
    const auto postQt = [&](QByteArray body, Done done) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", auth);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [reply, done] {
            reply->deleteLater();
            done(reply->error() == QNetworkReply::NoError, reply->readAll(), reply->errorString());
        });
    };

    qint64 ignored = 0;
    sendAll(postLean, true, &ignored);
    sendAll(postQt, true, &ignored);
    qint64 answeredLean = 0;
    qint64 answeredQt = 0;
    const double leanSeconds = sendAll(postLean, false, &answeredLean);
    const double qtSeconds = sendAll(postQt, false, &answeredQt);
    const double n = double(rows.size());

    const QJsonObject out{{u"rows"_s, qint64(rows.size())},
                          {u"rowsAnswered"_s, answeredLean},
                          {u"rowsAnsweredQt"_s, answeredQt},
                          {u"failures"_s, failures},
                          {u"batchRows"_s, batchRows},
                          {u"secondsReadingFile"_s, readSeconds},
                          {u"secondsEndToEnd"_s, readSeconds + leanSeconds},
                          {u"secondsEndToEndQt"_s, readSeconds + qtSeconds},
                          {u"rowsPerSecondEndToEnd"_s, n / (readSeconds + leanSeconds)},
                          {u"rowsPerSecondEndToEndQt"_s, n / (readSeconds + qtSeconds)},
                          {u"rowsPerSecondHashOnly"_s, n / hashSeconds},
                          {u"checksum"_s, qint64(checksum)}};
    const QByteArray json = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return failures ? 1 : 0;
}
