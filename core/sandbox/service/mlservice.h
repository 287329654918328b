// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The sandbox's AzureML (Studio classic) web service: SimpleFeatureHashingExperiment behind
// the request-response endpoint, its Swagger description, and the batch endpoints' routes.

#include "sandbox/http/httpserver.h"
#include "sandbox/state/sandboxmodel.h"

#include <QObject>
#include <QThreadPool>

namespace portico::sandbox {

class BatchService;

class MlService : public QObject
{
    Q_OBJECT
public:
    explicit MlService(const Credentials &credentials, QObject *parent = nullptr);

    void handle(const http::HttpRequest &request, const http::HttpServer::Responder &respond);
    // The batch endpoint's jobs; without one the BES routes answer 501.
    void setBatchService(BatchService *batch) { m_batch = batch; }

    // The OpenAPI 2.0 document AzureML published at .../services/{id}/swagger.json.
    QByteArray swaggerDocument(const QString &host) const;

private:
    bool authorized(const http::HttpRequest &request) const;

    Credentials m_credentials;
    QThreadPool m_workers;
    BatchService *m_batch = nullptr;
};

} // namespace portico::sandbox
