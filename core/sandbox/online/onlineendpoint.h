// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's Azure ML managed online endpoint: the feature-hashing model behind a scoring
// URI, keyed like a real endpoint (primary and secondary key, or a Microsoft Entra token for
// https://ml.azure.com), reading MLflow's input_data shape and answering with predictions.
//
// Layout on the service listener, mirroring https://{endpoint}.{region}.inference.ml.azure.com:
//   POST /online/{endpoint}/score         (Azure: POST https://{endpoint}.{region}.inference.ml.azure.com/score)
//   GET  /online/{endpoint}/swagger.json  (Azure: GET  .../swagger.json)
// The endpoint is named kEndpointName. Two deployments serve it: "blue" (the default route)
// answers a plain JSON list, as a custom scoring script does; "mlflow" answers
// {"predictions": [...]}, as an MLflow model server does. The azureml-model-deployment
// header picks one.

#include "sandbox/http/httpserver.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace portico::sandbox {

// Accepts or refuses a bearer token for an audience; the sandbox knows no token issuer of its
// own, whoever runs it supplies this.
using TokenValidator = std::function<bool(const QString &token, const QString &audience)>;

struct OnlineEndpointKeys
{
    QString primaryKey;
    QString secondaryKey;
};

class OnlineEndpoint : public QObject
{
    Q_OBJECT
public:
    static constexpr const char16_t *kEndpointName = u"feature-hashing";
    static constexpr const char16_t *kAudience = u"https://ml.azure.com";
    static constexpr const char16_t *kListDeployment = u"blue";
    static constexpr const char16_t *kMlflowDeployment = u"mlflow";
    // The path prefix of every online endpoint on the service listener.
    static constexpr const char *kPathPrefix = "/online/";

    OnlineEndpoint(const OnlineEndpointKeys &keys, TokenValidator validator, QObject *parent = nullptr);

    static bool handles(const http::HttpRequest &request);
    void handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond);

    // Scores one MLflow input_data body; public for the tests of its error messages.
    static http::HttpResponse score(const QByteArray &body, bool predictionsObject);
    QByteArray swaggerDocument() const;

private:
    bool authorized(const http::HttpRequest &request) const;

    OnlineEndpointKeys m_keys;
    TokenValidator m_validator;
};

} // namespace portico::sandbox
