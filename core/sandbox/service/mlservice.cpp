// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/service/mlservice.h"

#include "sandbox/batch/batchservice.h"
#include "sandbox/scoring/azuremlerror.h"
#include "sandbox/scoring/rrsscorer.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

const QString kApiVersion = u"2.0"_s;

// Compares keys without leaking where they differ through timing.
bool sameSecret(const QByteArray &a, const QByteArray &b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i)
        diff |= static_cast<unsigned char>(ha[i] ^ hb[i]);
    return diff == 0;
}

} // namespace

MlService::MlService(const Credentials &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{ }

bool MlService::authorized(const http::HttpRequest &request) const
{
    const QByteArray header = request.headers.value("Authorization");
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return false;
    return sameSecret(header.mid(7).trimmed(), m_credentials.apiKey.toUtf8());
}

void MlService::handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond)
{
    const QStringList segments = request.pathSegments();
    if (segments.size() < 5 || segments.at(0) != u"workspaces" || segments.at(2) != u"services") {
        respond(azureMlError(
            404, u"ResourceNotFound"_s,
            u"No resource at %1. Web services live under /workspaces/{workspace}/services/{service}/."_s.arg(
                QString::fromUtf8(request.path))));
        return;
    }
    if (segments.at(1).compare(m_credentials.workspace, Qt::CaseInsensitive) != 0) {
        respond(azureMlError(404, u"WorkspaceNotFound"_s, u"Workspace '%1' was not found."_s.arg(segments.at(1))));
        return;
    }
    if (segments.at(3).compare(m_credentials.service, Qt::CaseInsensitive) != 0) {
        respond(
            azureMlError(404, u"WebServiceNotFound"_s,
                         u"Web service '%1' was not found in workspace '%2'."_s.arg(segments.at(3), segments.at(1))));
        return;
    }

    const QStringList rest = segments.mid(4);
    if (rest == QStringList{u"swagger.json"_s}) {
        if (request.method != "GET") {
            // RFC 9110 requires Allow on every 405.
            http::HttpResponse r = azureMlError(405, u"MethodNotAllowed"_s, u"swagger.json answers GET only."_s);
            r.headers.set("Allow"_ba, "GET"_ba);
            respond(std::move(r));
            return;
        }
        respond(http::HttpResponse::json(200, swaggerDocument(QString::fromUtf8(request.headers.value("Host")))));
        return;
    }

    const bool execute = rest == QStringList{u"execute"_s};
    const bool jobs = !rest.isEmpty() && rest.first() == u"jobs";
    if (!execute && !jobs) {
        respond(azureMlError(404, u"ResourceNotFound"_s, u"No resource at %1."_s.arg(QString::fromUtf8(request.path))));
        return;
    }

    if (!authorized(request)) {
        http::HttpResponse r = azureMlError(401, u"ScoreRequestUnauthorized"_s, u"Invalid credentials provided."_s);
        r.headers.set("WWW-Authenticate"_ba, "Bearer"_ba);
        respond(std::move(r));
        return;
    }

    const QUrlQuery query = request.queryItems();
    const QString version = query.queryItemValue(u"api-version"_s, QUrl::FullyDecoded);
    if (version != kApiVersion) {
        respond(azureMlError(
            400, u"BadVersionCall"_s,
            version.isEmpty()
                ? u"The api-version query parameter is missing; this service supports '%1'."_s.arg(kApiVersion)
                : u"api-version '%1' is not supported; this service supports '%2'."_s.arg(version, kApiVersion)));
        return;
    }

    if (jobs && m_batch) {
        m_batch->handle(rest, request, respond);
        return;
    }
    if (jobs) {
        respond(
            azureMlError(501, u"BatchExecutionUnavailable"_s,
                         u"This sandbox does not run batch jobs yet; use the request-response endpoint (execute)."_s));
        return;
    }

    if (request.method != "POST") {
        http::HttpResponse r = azureMlError(405, u"MethodNotAllowed"_s, u"execute answers POST only."_s);
        r.headers.set("Allow"_ba, "POST"_ba);
        respond(std::move(r));
        return;
    }
    const auto format =
        query.queryItemValue(u"format"_s, QUrl::FullyDecoded).compare(u"swagger"_s, Qt::CaseInsensitive) == 0
        ? RrsScorer::Format::Swagger
        : RrsScorer::Format::Table;
    const bool details =
        query.queryItemValue(u"details"_s, QUrl::FullyDecoded).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    // Scoring runs on the worker pool so a large request never stalls the listeners (the
    // gateway shares their thread); the answer is written back on this thread.
    auto *watcher = new QFutureWatcher<http::HttpResponse>(this);
    connect(watcher, &QFutureWatcher<http::HttpResponse>::finished, this, [watcher, respond] {
        respond(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        &m_workers, [body = request.body, format, details] { return RrsScorer::score(body, format, details); }));
}

QByteArray MlService::swaggerDocument(const QString &host) const
{
    const QString base = u"/workspaces/"_s + m_credentials.workspace + u"/services/"_s + m_credentials.service;
    const QJsonObject stringSchema{{u"type"_s, u"string"_s}};
    const QJsonObject inputRow{{u"type"_s, u"object"_s}, {u"properties"_s, QJsonObject{{u"Col2"_s, stringSchema}}}};
    QJsonObject outputProps{{u"Col2"_s, stringSchema}};
    for (int k = 1; k <= 8; ++k)
        outputProps.insert(u"Col2 - Hashing feature "_s + QString::number(k), stringSchema);
    const QJsonObject globals{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{
             {u"Hashing bitsize"_s,
              QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"maximum"_s, 31}, {u"default"_s, 3}}},
             {u"N-grams"_s,
              QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, 1}, {u"maximum"_s, 10}, {u"default"_s, 2}}}}}};
    const QJsonObject definitions{
        {u"ExecutionRequest"_s,
         QJsonObject{
             {u"type"_s, u"object"_s},
             {u"properties"_s,
              QJsonObject{{u"Inputs"_s,
                           QJsonObject{{u"type"_s, u"object"_s},
                                       {u"properties"_s,
                                        QJsonObject{{u"input1"_s,
                                                     QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, inputRow}}}}}}},
                          {u"GlobalParameters"_s, globals}}}}},
        {u"ExecutionResults"_s,
         QJsonObject{
             {u"type"_s, u"object"_s},
             {u"properties"_s,
              QJsonObject{
                  {u"Results"_s,
                   QJsonObject{{u"type"_s, u"object"_s},
                               {u"properties"_s,
                                QJsonObject{{u"output1"_s,
                                             QJsonObject{{u"type"_s, u"array"_s},
                                                         {u"items"_s,
                                                          QJsonObject{{u"type"_s, u"object"_s},
                                                                      {u"properties"_s, outputProps}}}}}}}}}}}}},
        {u"Error"_s,
         QJsonObject{{u"type"_s, u"object"_s},
                     {u"properties"_s, QJsonObject{{u"error"_s, QJsonObject{{u"type"_s, u"object"_s}}}}}}},
    };
    const QJsonArray versionParam{
        QJsonObject{{u"name"_s, u"api-version"_s},
                    {u"in"_s, u"query"_s},
                    {u"required"_s, true},
                    {u"type"_s, u"string"_s},
                    {u"default"_s, kApiVersion}},
        QJsonObject{{u"name"_s, u"format"_s},
                    {u"in"_s, u"query"_s},
                    {u"required"_s, false},
                    {u"type"_s, u"string"_s},
                    {u"enum"_s, QJsonArray{u"swagger"_s}}},
        QJsonObject{{u"name"_s, u"body"_s},
                    {u"in"_s, u"body"_s},
                    {u"required"_s, true},
                    {u"schema"_s, QJsonObject{{u"$ref"_s, u"#/definitions/ExecutionRequest"_s}}}}};
    const QJsonObject execute{
        {u"post"_s,
         QJsonObject{
             {u"summary"_s, u"Execute the web service and get a response synchronously"_s},
             {u"operationId"_s, u"execute"_s},
             {u"consumes"_s, QJsonArray{u"application/json"_s}},
             {u"produces"_s, QJsonArray{u"application/json"_s}},
             {u"parameters"_s, versionParam},
             {u"responses"_s,
              QJsonObject{{u"200"_s,
                           QJsonObject{{u"description"_s, u"OK"_s},
                                       {u"schema"_s, QJsonObject{{u"$ref"_s, u"#/definitions/ExecutionResults"_s}}}}},
                          {u"default"_s,
                           QJsonObject{{u"description"_s, u"An AzureML error"_s},
                                       {u"schema"_s, QJsonObject{{u"$ref"_s, u"#/definitions/Error"_s}}}}}}}}}};
    const QJsonObject doc{
        {u"swagger"_s, u"2.0"_s},
        {u"info"_s,
         QJsonObject{{u"title"_s, u"SimpleFeatureHashingExperiment"_s},
                     {u"description"_s, u"Feature Hashing (bitsize 3, bigrams) of the text column Col2."_s},
                     {u"version"_s, kApiVersion}}},
        {u"host"_s, host},
        {u"basePath"_s, base},
        {u"schemes"_s, QJsonArray{u"http"_s}},
        {u"securityDefinitions"_s,
         QJsonObject{{u"apiKey"_s,
                      QJsonObject{{u"type"_s, u"apiKey"_s},
                                  {u"name"_s, u"Authorization"_s},
                                  {u"in"_s, u"header"_s},
                                  {u"description"_s, u"Bearer <API key>"_s}}}}},
        {u"security"_s, QJsonArray{QJsonObject{{u"apiKey"_s, QJsonArray{}}}}},
        {u"paths"_s, QJsonObject{{u"/execute"_s, execute}}},
        {u"definitions"_s, definitions},
    };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

} // namespace portico::sandbox
