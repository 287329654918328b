#pragma once
// Runs SimpleFeatureHashingExperiment on one RRS request body: parses the table or swagger
// input, validates the global parameters, hashes every row and writes the AzureML answer
// straight into bytes (no intermediate JSON document for the output, which dominates).

#include "http/httpmessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace portico::sandbox {

struct HashingParameters
{
    int bits = 3;
    int ngrams = 2;
};

class RrsScorer
{
public:
    enum class Format { Table, Swagger };

    // Output cells (rows × 2^bits) one request may ask for; past it AzureML answers 413.
    static constexpr qint64 kMaxOutputCells = qint64(1) << 24;

    static http::HttpResponse score(const QByteArray &body, Format format, bool withColumnTypes);

    // Reads "Hashing bitsize" and "N-grams" (numbers or numeric strings); false and an
    // AzureML error answer when one is unknown or out of range.
    static bool readGlobalParameters(const QJsonObject &globals, HashingParameters *out, http::HttpResponse *error);

    static QStringList outputColumnNames(int bits);
};

} // namespace portico::sandbox
