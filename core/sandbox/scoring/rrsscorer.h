// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Runs SimpleFeatureHashingExperiment on one RRS request body: parses the table or swagger
// input, validates the global parameters, hashes every row and writes the AzureML answer
// straight into bytes (no intermediate JSON document for the output, which dominates).

#include "sandbox/http/httpmessage.h"
#include "sandbox/scoring/rrsrequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace portico::sandbox {

class RrsScorer
{
public:
    enum class Format { Table, Swagger };

    // The largest answer one request may produce; past it AzureML answers 413
    // (MemoryQuotaViolation) rather than tie up the service building it.
    static constexpr qint64 kMaxAnswerBytes = qint64(64) * 1024 * 1024;

    // Reads the request with simdjson; what that reader leaves alone (errors, odd shapes)
    // goes through scoreWithQtJson(), so every answer is the same bytes either way.
    static http::HttpResponse score(const QByteArray &body, Format format, bool withColumnTypes);
    // The same answer, the request read through QJsonDocument: the reference the fast reader
    // is held to, and the one that words every error.
    static http::HttpResponse scoreWithQtJson(const QByteArray &body, Format format, bool withColumnTypes);

    // Reads "Hashing bitsize" and "N-grams" (numbers or numeric strings); false and an
    // AzureML error answer when one is unknown or out of range.
    static bool readGlobalParameters(const QJsonObject &globals, HashingParameters *out, http::HttpResponse *error);

    static QStringList outputColumnNames(int bits);
    static qint64 estimatedAnswerBytes(qint64 rows, int bits, Format format, bool withColumnTypes);
};

} // namespace portico::sandbox
