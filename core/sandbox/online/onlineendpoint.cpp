// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/online/onlineendpoint.h"

#include "sandbox/hashing/featurehasher.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

// The same experiment the request-response service runs: bitsize 3, bigrams.
constexpr int kBits = 3;
constexpr int kNgrams = 2;
// An MLflow model server refuses oversized batches long before memory runs out.
constexpr qsizetype kMaxRows = 100'000;

bool sameSecret(QByteArrayView a, QByteArrayView b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return diff == 0;
}

// Azure ML's front end answers authentication failures in plain text, e.g.
// "key_auth_access_denied" for a wrong key (as users report it from real endpoints).
http::HttpResponse authFailure(const QByteArray &reason)
{
    http::HttpResponse r = http::HttpResponse::text(401, reason);
    r.headers.set("WWW-Authenticate"_ba, "Bearer"_ba);
    return r;
}

// The front end's 404 when nothing routes (its wording; the endpoint name is our addition).
http::HttpResponse noRoute(const QString &detail)
{
    const QJsonObject o{{u"message"_s, detail}};
    return http::HttpResponse::json(404, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A model container that refuses the body answers 400 with MLflow's error shape; Azure ML
// hands that on as 424 "Model Error", naming the container's own status and reason in
// ms-azureml-model-error-* headers.
http::HttpResponse modelError(const QString &message)
{
    const QJsonObject o{{u"error_code"_s, u"BAD_REQUEST"_s}, {u"message"_s, message}};
    http::HttpResponse r = http::HttpResponse::json(424, QJsonDocument(o).toJson(QJsonDocument::Compact));
    r.headers.set("ms-azureml-model-error-statuscode"_ba, "400"_ba);
    r.headers.set("ms-azureml-model-error-reason"_ba, "model_error"_ba);
    return r;
}

QString cellText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    return QString();
}

} // namespace

OnlineEndpoint::OnlineEndpoint(const OnlineEndpointKeys &keys, TokenValidator validator, QObject *parent)
    : QObject(parent)
    , m_keys(keys)
    , m_validator(std::move(validator))
{ }

bool OnlineEndpoint::handles(const http::HttpRequest &request)
{
    return request.path.startsWith(kPathPrefix);
}

bool OnlineEndpoint::authorized(const http::HttpRequest &request) const
{
    const QByteArray token = request.headers.value("Authorization").mid(7).trimmed();
    if (!m_keys.primaryKey.isEmpty() && sameSecret(token, m_keys.primaryKey.toUtf8()))
        return true;
    if (!m_keys.secondaryKey.isEmpty() && sameSecret(token, m_keys.secondaryKey.toUtf8()))
        return true;
    return m_validator && m_validator(QString::fromUtf8(token), QString::fromUtf16(kAudience));
}

void OnlineEndpoint::handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond)
{
    const QStringList segments = request.pathSegments(); // "online", endpoint, resource
    if (segments.size() != 3 || segments.at(1) != QString::fromUtf16(kEndpointName)) {
        respond(noRoute(u"No online endpoint at %1. This sandbox serves /online/%2/score."_s.arg(
            QString::fromUtf8(request.path), QString::fromUtf16(kEndpointName))));
        return;
    }
    const QString resource = segments.at(2);
    if (resource == u"swagger.json") {
        if (request.method != "GET") {
            http::HttpResponse r = http::HttpResponse::text(405, "Method Not Allowed");
            r.headers.set("Allow"_ba, "GET"_ba);
            respond(std::move(r));
            return;
        }
        respond(http::HttpResponse::json(200, swaggerDocument()));
        return;
    }
    if (resource != u"score") {
        respond(noRoute(u"No resource at %1."_s.arg(QString::fromUtf8(request.path))));
        return;
    }
    const QByteArray header = request.headers.value("Authorization");
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer ")) {
        respond(authFailure(header.isEmpty() ? "key_auth_token_missing"_ba : "key_auth_bad_header_forbidden"_ba));
        return;
    }
    if (!authorized(request)) {
        respond(authFailure("key_auth_access_denied"_ba));
        return;
    }
    if (request.method != "POST") {
        http::HttpResponse r = http::HttpResponse::text(405, "Method Not Allowed");
        r.headers.set("Allow"_ba, "POST"_ba);
        respond(std::move(r));
        return;
    }
    QString deployment = QString::fromUtf8(request.headers.value("azureml-model-deployment")).trimmed();
    if (deployment.isEmpty())
        deployment = QString::fromUtf16(kListDeployment);
    if (deployment != QString::fromUtf16(kListDeployment) && deployment != QString::fromUtf16(kMlflowDeployment)) {
        respond(noRoute(u"No valid deployments to route to. Deployment '%1' does not exist in endpoint '%2'; this "
                        "endpoint has '%3' and '%4'."_s.arg(deployment, QString::fromUtf16(kEndpointName),
                                                           QString::fromUtf16(kListDeployment),
                                                           QString::fromUtf16(kMlflowDeployment))));
        return;
    }
    http::HttpResponse r = score(request.body, deployment == QString::fromUtf16(kMlflowDeployment));
    r.headers.set("azureml-model-deployment"_ba, deployment.toUtf8());
    respond(std::move(r));
}

http::HttpResponse OnlineEndpoint::score(const QByteArray &body, bool predictionsObject)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return modelError(u"Failed to parse input: the body is not valid JSON (%1 at offset %2)."_s.arg(
            parseError.errorString())
                              .arg(parseError.offset));
    const QJsonObject root = doc.object();
    // input_data is Azure ML's key; dataframe_split is the same shape under MLflow's own name.
    const QString key = root.contains(u"input_data"_s) ? u"input_data"_s : u"dataframe_split"_s;
    if (!doc.isObject() || !root.value(key).isObject())
        return modelError(
            u"Invalid input. The body must be a JSON object with an \"input_data\" object: {\"input_data\": "
            "{\"columns\": [...], \"index\": [...], \"data\": [[...]]}}."_s);
    const QJsonObject input = root.value(key).toObject();
    if (!input.value(u"data"_s).isArray())
        return modelError(u"Invalid input. \"%1\" needs a \"data\" list of rows."_s.arg(key));
    const QJsonArray columns = input.value(u"columns"_s).toArray();
    const QJsonArray data = input.value(u"data"_s).toArray();
    if (columns.isEmpty())
        return modelError(u"Invalid input. \"%1\" needs a \"columns\" list naming the row values."_s.arg(key));
    if (input.contains(u"index"_s) && input.value(u"index"_s).toArray().size() != data.size())
        return modelError(u"Invalid input. \"index\" has %1 entries but \"data\" has %2 rows."_s
                              .arg(input.value(u"index"_s).toArray().size())
                              .arg(data.size()));
    if (data.size() > kMaxRows)
        return modelError(u"Invalid input. At most %1 rows are scored per request; this one has %2."_s.arg(kMaxRows)
                              .arg(data.size()));

    // The text column is Col2 when there is one (the experiment's input), else the first.
    qsizetype textColumn = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (columns.at(c).toString() == u"Col2")
            textColumn = c;
    }
    const QString columnName = columns.at(textColumn).toString();
    QStringList names;
    for (int k = 1; k <= (1 << kBits); ++k)
        names.append(columnName + u" - Hashing feature "_s + QString::number(k));

    const hashing::FeatureHasher hasher(kBits, kNgrams);
    QJsonArray predictions;
    for (qsizetype r = 0; r < data.size(); ++r) {
        const QJsonArray row = data.at(r).toArray();
        if (!data.at(r).isArray() || row.size() != columns.size())
            return modelError(
                u"Invalid input. Row %1 of \"data\" has %2 values; \"columns\" names %3."_s.arg(r)
                    .arg(data.at(r).isArray() ? row.size() : 0)
                    .arg(columns.size()));
        const QJsonValue cell = row.at(textColumn);
        if (!cell.isString() && !cell.isDouble() && !cell.isBool() && !cell.isNull())
            return modelError(u"Invalid input. Row %1, column \"%2\" must be text, not a list or an object."_s.arg(r)
                                  .arg(columnName));
        const std::vector<quint32> counts = hasher.hash(cellText(cell).toUtf8());
        QJsonObject prediction;
        for (qsizetype k = 0; k < names.size(); ++k)
            prediction.insert(names.at(k), qint64(counts.at(size_t(k))));
        predictions.append(prediction);
    }
    const QJsonDocument answer =
        predictionsObject ? QJsonDocument(QJsonObject{{u"predictions"_s, predictions}}) : QJsonDocument(predictions);
    return http::HttpResponse::json(200, answer.toJson(QJsonDocument::Compact));
}

QByteArray OnlineEndpoint::swaggerDocument() const
{
    const QJsonObject stringList{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}};
    const QJsonObject inputData{
        {u"type"_s, u"object"_s},
        {u"required"_s, QJsonArray{u"columns"_s, u"data"_s}},
        {u"properties"_s,
         QJsonObject{{u"columns"_s, stringList},
                     {u"index"_s, QJsonObject{{u"type"_s, u"array"_s},
                                              {u"items"_s, QJsonObject{{u"type"_s, u"integer"_s}}}}},
                     {u"data"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, stringList}}}}}};
    const QJsonObject request{{u"type"_s, u"object"_s},
                              {u"required"_s, QJsonArray{u"input_data"_s}},
                              {u"properties"_s, QJsonObject{{u"input_data"_s, inputData}}},
                              {u"example"_s,
                               QJsonObject{{u"input_data"_s,
                                            QJsonObject{{u"columns"_s, QJsonArray{u"Col2"_s}},
                                                        {u"index"_s, QJsonArray{0}},
                                                        {u"data"_s, QJsonArray{QJsonArray{u"This is a good day"_s}}}}}}}};
    const QJsonObject prediction{{u"type"_s, u"object"_s},
                                 {u"additionalProperties"_s, QJsonObject{{u"type"_s, u"integer"_s}}}};
    const QJsonObject score{
        {u"post"_s,
         QJsonObject{
             {u"summary"_s, u"Score the feature-hashing model"_s},
             {u"operationId"_s, u"score"_s},
             {u"consumes"_s, QJsonArray{u"application/json"_s}},
             {u"produces"_s, QJsonArray{u"application/json"_s}},
             {u"parameters"_s,
              QJsonArray{QJsonObject{{u"name"_s, u"body"_s},
                                     {u"in"_s, u"body"_s},
                                     {u"required"_s, true},
                                     {u"schema"_s, request}},
                         QJsonObject{{u"name"_s, u"azureml-model-deployment"_s},
                                     {u"in"_s, u"header"_s},
                                     {u"required"_s, false},
                                     {u"type"_s, u"string"_s},
                                     {u"enum"_s, QJsonArray{QString::fromUtf16(kListDeployment),
                                                            QString::fromUtf16(kMlflowDeployment)}}}}},
             {u"responses"_s,
              QJsonObject{{u"200"_s,
                           QJsonObject{{u"description"_s, u"One prediction per input row"_s},
                                       {u"schema"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, prediction}}}}},
                          {u"401"_s, QJsonObject{{u"description"_s, u"A wrong or missing key or token"_s}}},
                          {u"424"_s, QJsonObject{{u"description"_s, u"The model refused the input"_s}}}}}}}};
    const QJsonObject doc{
        {u"swagger"_s, u"2.0"_s},
        {u"info"_s, QJsonObject{{u"title"_s, QString::fromUtf16(kEndpointName)},
                                {u"description"_s, u"Feature Hashing (bitsize 3, bigrams) of the text column Col2."_s},
                                {u"version"_s, u"1.0"_s}}},
        {u"basePath"_s, QString(u"/online/"_s + QString::fromUtf16(kEndpointName))},
        {u"schemes"_s, QJsonArray{u"http"_s}},
        {u"securityDefinitions"_s,
         QJsonObject{{u"Bearer"_s, QJsonObject{{u"type"_s, u"apiKey"_s},
                                               {u"name"_s, u"Authorization"_s},
                                               {u"in"_s, u"header"_s},
                                               {u"description"_s, u"Bearer <endpoint key or Entra token>"_s}}}}},
        {u"security"_s, QJsonArray{QJsonObject{{u"Bearer"_s, QJsonArray{}}}}},
        {u"paths"_s, QJsonObject{{u"/score"_s, score}}},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace portico::sandbox
