// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Reads a BES submit body (the "Inputs" map or the older single "Input" form, "Outputs",
// "GlobalParameters") into the one normalised shape the sandbox stores, answering
// AzureML's errors for anything it cannot run.

#include "sandbox/http/httpmessage.h"
#include "sandbox/scoring/rrsscorer.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace portico::sandbox {

struct BlobLocation
{
    QString connectionString;
    QString container;
    QString blob; // may hold '/'
};

class JobRequest
{
public:
    static const QString kInputName;
    static const QString kOutputName;

    // On success *normalized is {"Inputs":{"input1":{...}},"Outputs":{...},"GlobalParameters":{...}};
    // Outputs may be empty (the job then writes next to its input).
    static bool parse(const QByteArray &body, QJsonObject *normalized, http::HttpResponse *error);

    static BlobLocation input(const QJsonObject &request);
    static QList<std::pair<QString, BlobLocation>> outputs(const QJsonObject &request);
    static HashingParameters parameters(const QJsonObject &request);
    // Every connection string the job names (input first), to see which storage it needs.
    static QStringList connectionStrings(const QJsonObject &request);
    // Replaces every connection string equal to from by to.
    static void replaceConnectionString(QJsonObject *request, const QString &from, const QString &to);

    // "/container/dir/blob.csv" or "container/blob.csv" into its container and blob name.
    static bool splitRelativeLocation(const QString &relative, QString *container, QString *blob);
};

} // namespace portico::sandbox
