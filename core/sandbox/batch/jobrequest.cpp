// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/batch/jobrequest.h"

#include "client/storage/connectionstring.h"
#include "sandbox/batch/csvhasher.h"
#include "sandbox/scoring/azuremlerror.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;
using portico::client::storage::ConnectionString;

namespace portico::sandbox {

const QString JobRequest::kInputName = u"input1"_s;
const QString JobRequest::kOutputName = u"output1"_s;

namespace {

const QString kConnectionString = u"ConnectionString"_s;
const QString kRelativeLocation = u"RelativeLocation"_s;

// Checks one {"ConnectionString","RelativeLocation"} pair; what names it in messages.
bool readLocation(const QJsonValue &value, const QString &what, bool isOutput, QJsonObject *out,
                  http::HttpResponse *error)
{
    if (!value.isObject()) {
        *error = azureMlError(400, u"RequestBodyInvalid"_s,
                              u"%1 must be an object with \"ConnectionString\" and \"RelativeLocation\"."_s.arg(what));
        return false;
    }
    const QJsonObject o = value.toObject();
    const QString connection = o.value(kConnectionString).toString();
    const QString relative = o.value(kRelativeLocation).toString();
    if (connection.isEmpty() || relative.isEmpty()) {
        *error = azureMlError(400, u"InvalidBlob"_s,
                              u"%1 needs both \"ConnectionString\" and \"RelativeLocation\"."_s.arg(what));
        return false;
    }
    const ConnectionString parsed = ConnectionString::parse(connection);
    if (!parsed.isValid()) {
        *error = azureMlError(400, u"InvalidBlob"_s,
                              u"The connection string of %1 is not usable: %2"_s.arg(what, parsed.errorString()));
        return false;
    }
    QString container;
    QString blob;
    if (!JobRequest::splitRelativeLocation(relative, &container, &blob)) {
        *error = azureMlError(
            400, u"InvalidBlob"_s,
            u"The RelativeLocation '%1' of %2 must name a container and a blob, as /container/blob.csv."_s.arg(relative,
                                                                                                               what));
        return false;
    }
    CsvHasher::OutputFormat format;
    if (isOutput && !CsvHasher::formatFor(blob, &format)) {
        *error = azureMlError(400, u"InvalidBlob"_s,
                              u"The output blob '%1' of %2 must end in .csv, .tsv or .arff."_s.arg(blob, what));
        return false;
    }
    *out = QJsonObject{{kConnectionString, connection}, {kRelativeLocation, relative}};
    return true;
}

BlobLocation locationOf(const QJsonObject &o)
{
    BlobLocation location;
    location.connectionString = o.value(kConnectionString).toString();
    JobRequest::splitRelativeLocation(o.value(kRelativeLocation).toString(), &location.container, &location.blob);
    return location;
}

} // namespace

bool JobRequest::splitRelativeLocation(const QString &relative, QString *container, QString *blob)
{
    QString path = relative.trimmed();
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash == path.size() - 1)
        return false;
    *container = path.left(slash);
    *blob = path.mid(slash + 1);
    return !blob->endsWith(u'/');
}

bool JobRequest::parse(const QByteArray &body, QJsonObject *normalized, http::HttpResponse *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            azureMlError(400, u"RequestBodyInvalid"_s,
                         parseError.error != QJsonParseError::NoError
                             ? u"The request body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString())
                                   .arg(parseError.offset)
                             : u"The request body must be a JSON object."_s);
        return false;
    }
    const QJsonObject root = doc.object();
    const bool single = root.contains(u"Input"_s);
    const bool map = root.contains(u"Inputs"_s);
    if (single && map) {
        *error = azureMlError(400, u"DuplicateInputInBatchCall"_s,
                              u"The request has both \"Input\" and \"Inputs\"; give the job's input in one of them."_s);
        return false;
    }
    if (!single && !map) {
        *error = azureMlError(400, u"MissingRequestInput"_s, u"The request has no \"Inputs\" object."_s);
        return false;
    }
    QJsonObject input;
    if (single) {
        if (!readLocation(root.value(u"Input"_s), u"Input"_s, false, &input, error))
            return false;
    } else {
        const QJsonObject inputs = root.value(u"Inputs"_s).toObject();
        for (auto it = inputs.begin(); it != inputs.end(); ++it) {
            if (it.key() != kInputName) {
                *error = azureMlError(
                    400, u"InvalidInputNames"_s,
                    u"Unknown input '%1'. This web service's only input is '%2'."_s.arg(it.key(), kInputName));
                return false;
            }
        }
        if (!inputs.contains(kInputName)) {
            *error =
                azureMlError(400, u"MissingRequestInput"_s, u"The request has no input named '%1'."_s.arg(kInputName));
            return false;
        }
        if (!readLocation(inputs.value(kInputName), kInputName, false, &input, error))
            return false;
    }

    QJsonObject outputs;
    const QJsonValue outputsValue = root.value(u"Outputs"_s);
    if (!outputsValue.isUndefined() && !outputsValue.isNull()) {
        if (!outputsValue.isObject()) {
            *error = azureMlError(400, u"RequestBodyInvalid"_s, u"\"Outputs\" must be a JSON object."_s);
            return false;
        }
        const QJsonObject given = outputsValue.toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (it.key() != kOutputName) {
                *error = azureMlError(
                    400, u"InvalidOutputNames"_s,
                    u"Unknown output '%1'. This web service's only output is '%2'."_s.arg(it.key(), kOutputName));
                return false;
            }
            QJsonObject location;
            if (!readLocation(it.value(), it.key(), true, &location, error))
                return false;
            outputs.insert(it.key(), location);
        }
    }

    const QJsonValue globalsValue = root.value(u"GlobalParameters"_s);
    if (!globalsValue.isUndefined() && !globalsValue.isNull() && !globalsValue.isObject()) {
        *error = azureMlError(400, u"RequestBodyInvalid"_s, u"\"GlobalParameters\" must be a JSON object."_s);
        return false;
    }
    HashingParameters parameters;
    if (!RrsScorer::readGlobalParameters(globalsValue.toObject(), &parameters, error))
        return false;

    *normalized = QJsonObject{{u"Inputs"_s, QJsonObject{{kInputName, input}}},
                              {u"Outputs"_s, outputs},
                              {u"GlobalParameters"_s, globalsValue.toObject()}};
    return true;
}

BlobLocation JobRequest::input(const QJsonObject &request)
{
    return locationOf(request.value(u"Inputs"_s).toObject().value(kInputName).toObject());
}

QList<std::pair<QString, BlobLocation>> JobRequest::outputs(const QJsonObject &request)
{
    QList<std::pair<QString, BlobLocation>> out;
    const QJsonObject outputs = request.value(u"Outputs"_s).toObject();
    for (auto it = outputs.begin(); it != outputs.end(); ++it)
        out.append({it.key(), locationOf(it.value().toObject())});
    return out;
}

HashingParameters JobRequest::parameters(const QJsonObject &request)
{
    HashingParameters parameters;
    http::HttpResponse ignored;
    RrsScorer::readGlobalParameters(request.value(u"GlobalParameters"_s).toObject(), &parameters, &ignored);
    return parameters;
}

QStringList JobRequest::connectionStrings(const QJsonObject &request)
{
    QStringList out{input(request).connectionString};
    for (const auto &[name, location] : outputs(request))
        out.append(location.connectionString);
    return out;
}

void JobRequest::replaceConnectionString(QJsonObject *request, const QString &from, const QString &to)
{
    for (const QString &group : {u"Inputs"_s, u"Outputs"_s}) {
        QJsonObject entries = request->value(group).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            QJsonObject location = it.value().toObject();
            if (location.value(kConnectionString).toString() == from) {
                location.insert(kConnectionString, to);
                it.value() = location;
            }
        }
        request->insert(group, entries);
    }
}

} // namespace portico::sandbox
