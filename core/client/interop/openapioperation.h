// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Reads one OpenAPI operation (3.x or Swagger 2.0) into the catalog's Operation.
#include "client/interop/importformats.h"

namespace portico::client::importdetail {

struct OpenApiContext
{
    RefResolver &resolver;
    Json root;
    bool swagger = false;
    const ImportOptions &options;
    QStringList &notes;

    // Security schemes by name: the header or query parameter each adds, and its value.
    struct Scheme
    {
        QString in; // "header" or "query"; empty when the scheme is not applied
        QString name;
        QString value;
    };
    QHash<QString, Scheme> schemes;

    void readSecuritySchemes(Api *api);
    // nullopt with *error empty: the operation is skipped (a note says why).
    std::optional<Operation> operation(const QString &path, const QString &method, const Node &item,
                                       const Node &operation, const Api &api, QString *error);

private:
    void applySecurity(const Json &op, Operation *out, const QString &label);
    void readBody(const Node &op, const QList<Json> &swaggerForm, const Node &bodyParam, Operation *out,
                  const QString &label, QString *error);
};

} // namespace portico::client::importdetail
