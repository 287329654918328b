// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// A small AzureML batch service for client tests, on the sandbox's real HTTP server over
// 127.0.0.1: submit, start, status, delete and list as protocols.md §2 describes. A started
// job reads its input blob from real storage (Azurite), feature-hashes Col2 (3 bits,
// bigrams) and writes the output blob, handing back a read SAS. Tests can throttle it
// (429 + Retry-After), slow its answers, and read how it was polled.

#include "client/storage/blobclient.h"
#include "client/storage/connectionstring.h"
#include "client/storage/sharedkey.h"
#include "sandbox/hashing/featurehasher.h"
#include "sandbox/http/httpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <memory>

class TestBesService : public QObject
{
public:
    struct Job
    {
        QString id;
        int status = 0; // 0..4
        QString details;
        QJsonObject submitted;
        QDateTime created, started, ended;
        qint64 rowsDone = 0, rowsTotal = -1;
        QJsonObject results;
        int statusCalls = 0;
        int inFlight = 0;
        int maxInFlight = 0;
        QList<qint64> pollTimesMs; // since the service started
    };

    QString apiKey = QStringLiteral("test-bes-api-key-0123456789");
    int statusDelayMs = 0; // answer status calls this late
    int throttleCount = 0; // answer the next N calls with 429
    int retryAfterSeconds = 2;
    bool scoreOnStart = true;   // false: started jobs stay Running until a test moves them
    bool numericStatus = false; // StatusCode as 0..4 instead of names
    QHash<QString, Job> jobs;
    QStringList order;
    int throttled = 0;
    int inFlightAll = 0;
    int maxInFlightAll = 0;

    TestBesService()
        : m_server([this](const portico::http::HttpRequest &r, portico::http::HttpServer::Responder respond) {
            handle(r, std::move(respond));
        })
    {
        m_clock.start();
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl jobsUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/workspaces/ws1/services/svc1/jobs").arg(m_server.serverPort()));
    }
    Job &job(const QString &id) { return jobs[id]; }
    void setStatus(const QString &id, int status, qint64 rowsDone = -1)
    {
        Job &j = jobs[id];
        j.status = status;
        if (rowsDone >= 0)
            j.rowsDone = rowsDone;
        if (status == 1 && !j.started.isValid())
            j.started = QDateTime::currentDateTimeUtc();
        if (status >= 2)
            j.ended = QDateTime::currentDateTimeUtc();
    }

private:
    using Request = portico::http::HttpRequest;
    using Response = portico::http::HttpResponse;

    static Response error(int status, const QString &code, const QString &message)
    {
        const QJsonObject body{{QStringLiteral("error"),
                                QJsonObject{{QStringLiteral("code"), QStringLiteral("BadArgument")},
                                            {QStringLiteral("message"), QStringLiteral("Invalid argument provided.")},
                                            {QStringLiteral("details"),
                                             QJsonArray{QJsonObject{{QStringLiteral("code"), code},
                                                                    {QStringLiteral("message"), message}}}}}}};
        return Response::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    QJsonObject statusObject(const Job &j) const
    {
        static const char *names[] = {"NotStarted", "Running", "Failed", "Cancelled", "Finished"};
        auto time = [](const QDateTime &t) {
            return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
        };
        return {{QStringLiteral("Id"), j.id},
                {QStringLiteral("StatusCode"),
                 numericStatus ? QJsonValue(j.status) : QJsonValue(QString::fromLatin1(names[j.status]))},
                {QStringLiteral("Results"), j.results.isEmpty() ? QJsonValue() : QJsonValue(j.results)},
                {QStringLiteral("Details"), j.details.isEmpty() ? QJsonValue() : QJsonValue(j.details)},
                {QStringLiteral("CreatedAt"), time(j.created)},
                {QStringLiteral("StartTime"), time(j.started)},
                {QStringLiteral("EndTime"), time(j.ended)},
                {QStringLiteral("Progress"),
                 QJsonObject{
                     {QStringLiteral("RowsDone"), double(j.rowsDone)},
                     {QStringLiteral("RowsTotal"), j.rowsTotal < 0 ? QJsonValue() : QJsonValue(double(j.rowsTotal))}}}};
    }

    void handle(const Request &r, portico::http::HttpServer::Responder respond)
    {
        if (throttleCount > 0) {
            --throttleCount;
            ++throttled;
            Response t =
                Response::json(429, QByteArrayLiteral("{\"statusCode\":429,\"message\":\"Rate limit is exceeded.\"}"));
            t.headers.set("Retry-After", QByteArray::number(retryAfterSeconds));
            if (r.method == "GET" && r.pathSegments().size() == 6) {
                Job &j = jobs[r.pathSegments().at(5)];
                j.pollTimesMs.append(m_clock.elapsed());
            }
            respond(t);
            return;
        }
        if (r.headers.value("Authorization") != "Bearer " + apiKey.toUtf8()) {
            respond(Response::json(
                401,
                QByteArrayLiteral(
                    "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"Invalid credentials provided.\",\"details\":[{\"code\":\"ScoreRequestUnauthorized\",\"message\":\"Invalid credentials provided.\"}]}}")));
            return;
        }
        const QStringList s = r.pathSegments(); // workspaces ws services svc jobs [id [start]]
        if (s.size() < 5 || s.at(4) != QLatin1String("jobs")) {
            respond(error(404, QStringLiteral("WebServiceNotFound"), QStringLiteral("No such service.")));
            return;
        }
        if (s.size() == 5 && r.method == "POST") {
            Job j;
            j.id = QUuid::createUuid().toString(QUuid::Id128);
            j.submitted = QJsonDocument::fromJson(r.body).object();
            j.created = QDateTime::currentDateTimeUtc();
            jobs.insert(j.id, j);
            order.append(j.id);
            respond(
                Response::json(200, QJsonDocument(QJsonArray{j.id}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
            return;
        }
        if (s.size() == 5 && r.method == "GET") {
            QJsonArray list;
            for (const QString &id : std::as_const(order))
                list.append(statusObject(jobs.value(id)));
            respond(Response::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact)));
            return;
        }
        const QString id = s.at(5);
        if (!jobs.contains(id)) {
            respond(error(404, QStringLiteral("MissingJobId"), QStringLiteral("No job %1.").arg(id)));
            return;
        }
        Job &j = jobs[id];
        if (s.size() == 7 && r.method == "POST") {
            if (j.status != 0) {
                respond(Response::json(
                    400,
                    QByteArrayLiteral(
                        "{\"error\":{\"code\":\"InvalidOperation\",\"message\":\"The job cannot be started because it is in Running state.\",\"details\":[{\"code\":\"CannotStartJob\",\"message\":\"The job cannot be started.\"}]}}")));
                return;
            }
            setStatus(id, 1);
            if (scoreOnStart)
                score(id);
            respond(Response::json(200, QByteArray()));
            return;
        }
        if (r.method == "DELETE") {
            if (j.status < 2)
                setStatus(id, 3);
            respond(Response::json(200, QByteArray()));
            return;
        }
        // Status: counted while in flight, to see whether a client ever overlaps two polls.
        ++j.statusCalls;
        j.pollTimesMs.append(m_clock.elapsed());
        j.maxInFlight = std::max(j.maxInFlight, ++j.inFlight);
        maxInFlightAll = std::max(maxInFlightAll, ++inFlightAll);
        auto answer = [this, id, respond] {
            Job &job = jobs[id];
            --job.inFlight;
            --inFlightAll;
            respond(Response::json(200, QJsonDocument(statusObject(job)).toJson(QJsonDocument::Compact)));
        };
        if (statusDelayMs > 0)
            QTimer::singleShot(statusDelayMs, this, answer);
        else
            answer();
    }

    // Input blob → hashed output blob, through real storage.
    void score(const QString &id)
    {
        using namespace portico::client::storage;
        const QJsonObject input =
            jobs[id].submitted.value(QStringLiteral("Inputs")).toObject().value(QStringLiteral("input1")).toObject();
        const QJsonObject output =
            jobs[id].submitted.value(QStringLiteral("Outputs")).toObject().value(QStringLiteral("output1")).toObject();
        const ConnectionString account =
            ConnectionString::parse(input.value(QStringLiteral("ConnectionString")).toString());
        if (!account.isValid()) {
            setStatus(id, 2);
            jobs[id].details = QStringLiteral("InvalidBlob: ") + account.errorString();
            return;
        }
        auto split = [](const QString &location) {
            QString path = location;
            while (path.startsWith(QLatin1Char('/')))
                path.remove(0, 1);
            const qsizetype slash = path.indexOf(QLatin1Char('/'));
            return std::make_pair(path.left(slash), path.mid(slash + 1));
        };
        const auto in = split(input.value(QStringLiteral("RelativeLocation")).toString());
        const auto out = split(output.value(QStringLiteral("RelativeLocation")).toString());
        auto *blobs = new BlobClient(account, this);
        auto dir = std::make_shared<QTemporaryDir>();
        const QString inPath = dir->filePath(QStringLiteral("in.csv"));
        const QString outPath = dir->filePath(QStringLiteral("out.csv"));
        const quint64 get = blobs->getBlob(in.first, in.second, inPath);
        QObject::connect(
            blobs, &BlobClient::finished, this,
            [this, id, blobs, dir, get, inPath, outPath, out, account](quint64 op, const BlobClient::Result &result) {
                if (!result.ok) {
                    setStatus(id, 2);
                    jobs[id].details = QStringLiteral("BlobNotFound: ") + result.message;
                    blobs->deleteLater();
                    return;
                }
                if (op != get) { // the output is written
                    Job &j = jobs[id];
                    const QString base = account.blobEndpoint().toString() + QLatin1Char('/');
                    const QString sas =
                        SharedKey::serviceSas(account.accountName(), account.decodedAccountKey(), out.first, out.second,
                                              SharedKey::SasResource::Blob, QStringLiteral("r"),
                                              QDateTime::currentDateTimeUtc().addSecs(3600));
                    QJsonObject result;
                    result.insert(QStringLiteral("ConnectionString"), QJsonValue());
                    result.insert(QStringLiteral("RelativeLocation"),
                                  QString(out.first + QLatin1Char('/') + out.second));
                    result.insert(QStringLiteral("BaseLocation"), base);
                    result.insert(QStringLiteral("SasBlobToken"), QString(QLatin1Char('?') + sas));
                    j.results = QJsonObject();
                    j.results.insert(QStringLiteral("output1"), result);
                    setStatus(id, 4, j.rowsTotal);
                    blobs->deleteLater();
                    return;
                }
                QFile inFile(inPath);
                if (!inFile.open(QIODevice::ReadOnly))
                    return;
                const QList<QByteArray> lines = inFile.readAll().split('\n');
                const portico::hashing::FeatureHasher hasher(3, 2);
                QByteArray csv = "Col2";
                for (int k = 1; k <= 8; ++k)
                    csv += ",Col2 - Hashing feature " + QByteArray::number(k);
                csv += '\n';
                qint64 rows = 0;
                for (qsizetype n = 1; n < lines.size(); ++n) {
                    QByteArray text = lines.at(n).trimmed();
                    if (text.isEmpty())
                        continue;
                    if (text.startsWith('"') && text.endsWith('"'))
                        text = text.mid(1, text.size() - 2).replace("\"\"", "\"");
                    const std::vector<quint32> counts = hasher.hash(text);
                    csv += '"' + QByteArray(text).replace("\"", "\"\"") + '"';
                    for (quint32 c : counts)
                        csv += ',' + QByteArray::number(c);
                    csv += '\n';
                    ++rows;
                }
                jobs[id].rowsTotal = rows;
                QFile outFile(outPath);
                if (!outFile.open(QIODevice::WriteOnly) || outFile.write(csv) != csv.size())
                    return;
                outFile.close();
                blobs->putBlob(out.first, out.second, outPath);
            });
    }

    portico::http::HttpServer m_server;
    QElapsedTimer m_clock;
};
