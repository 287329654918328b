// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The sandbox's AzureML request-response service as a client sees it over real HTTP: the
// customer's example, both wire formats, the global parameters, large and unusual inputs,
// and AzureML's error answers, all against the same running Sandbox.

#include "sandbox/hashing/featurehasher.h"
#include "sandbox/sandbox.h"
#include "sandbox/state/sandboxmodel.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using portico::hashing::FeatureHasher;
using portico::sandbox::Credentials;
using portico::sandbox::Sandbox;
using portico::sandbox::SandboxOptions;

namespace {

constexpr int kReplyTimeoutMs = 20'000;

const QString kColumn = u"Col2"_s;
const QString kExecuteQuery = u"api-version=2.0&details=true"_s;

const QByteArray kSeedRequest =
    R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {}})"_ba;

struct Reply
{
    int status = 0; // 0: no HTTP answer at all
    QString networkError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;
    QJsonDocument json;
    bool jsonValid = false;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject object() const { return json.object(); }
    QJsonObject error() const { return json.object().value(u"error"_s).toObject(); }
    QJsonObject firstDetail() const { return error().value(u"details"_s).toArray().at(0).toObject(); }
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + ' ' + networkError.toUtf8() + ": " + body.left(600);
    }
};

QByteArray compact(const QJsonValue &v)
{
    // Wrapping in an array lets scalars print too; QJsonObject sorts keys, so key order
    // on the wire does not matter when two values are compared this way.
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

QByteArray compactDoc(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList expectedCounts(const QJsonValue &cell, int bits, int ngrams)
{
    // The service hashes a null cell as empty text and a number as its decimal digits.
    QByteArray utf8;
    if (cell.isString())
        utf8 = cell.toString().toUtf8();
    else if (cell.isDouble())
        utf8 = QByteArray::number(cell.toInteger());
    const std::vector<quint32> counts = FeatureHasher(bits, ngrams).hash(utf8);
    QStringList out;
    out.reserve(qsizetype(counts.size()));
    for (quint32 c : counts)
        out.append(QString::number(c));
    return out;
}

QStringList featureNames(int bits)
{
    QStringList names;
    for (qint64 k = 1; k <= (qint64(1) << bits); ++k)
        names.append(kColumn + u" - Hashing feature "_s + QString::number(k));
    return names;
}

struct ScoredRow
{
    QJsonValue col2;
    QStringList counts; // every feature value; anything but a string shows up as "<type N>"
};

QString cellText(const QJsonValue &v)
{
    return v.isString() ? v.toString() : u"<type %1>"_s.arg(int(v.type()));
}

// Rows of a table-format answer, feature columns in order.
QList<ScoredRow> tableRows(const QJsonObject &root)
{
    const QJsonArray values = root[u"Results"_s][u"output1"_s][u"value"_s][u"Values"_s].toArray();
    QList<ScoredRow> rows;
    rows.reserve(values.size());
    for (const QJsonValue &v : values) {
        const QJsonArray cells = v.toArray();
        ScoredRow row;
        row.col2 = cells.at(0);
        for (qsizetype i = 1; i < cells.size(); ++i)
            row.counts.append(cellText(cells.at(i)));
        rows.append(row);
    }
    return rows;
}

// Rows of a swagger-format answer, features read by name so key order does not matter.
QList<ScoredRow> swaggerRows(const QJsonObject &root, int bits)
{
    const QJsonArray values = root[u"Results"_s][u"output1"_s].toArray();
    const QStringList names = featureNames(bits);
    QList<ScoredRow> rows;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        ScoredRow row;
        row.col2 = o.value(kColumn);
        for (const QString &name : names)
            row.counts.append(o.contains(name) ? cellText(o.value(name)) : u"<missing>"_s);
        if (o.size() != names.size() + 1)
            row.counts.append(u"<%1 keys>"_s.arg(o.size()));
        rows.append(row);
    }
    return rows;
}

QByteArray tableRequest(const QJsonArray &rows, const QJsonObject &globals = {})
{
    const QJsonObject input{{u"ColumnNames"_s, QJsonArray{kColumn}}, {u"Values"_s, rows}};
    const QJsonObject root{{u"Inputs"_s, QJsonObject{{u"input1"_s, input}}}, {u"GlobalParameters"_s, globals}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray swaggerRequest(const QJsonArray &cells, const QJsonObject &globals = {})
{
    QJsonArray rows;
    for (const QJsonValue &c : cells)
        rows.append(QJsonObject{{kColumn, c}});
    const QJsonObject root{{u"Inputs"_s, QJsonObject{{u"input1"_s, rows}}}, {u"GlobalParameters"_s, globals}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Texts that trip up tokenisers and encoders, sent as one request.
QJsonArray awkwardCells()
{
    return QJsonArray{
        u"This is a good day"_s,
        u""_s,
        u"   \t  \n "_s,
        QJsonValue(QJsonValue::Null),
        42,
        u"Bugün hava çok güzel"_s,
        u"今天 天气 很好"_s,
        u"今天天气很好"_s,
        u"good 🙂 day 🎉🎉"_s,
        u"quotes \" and back\\slash"_s,
        u"  leading and trailing  "_s,
    };
}

} // namespace

class TestMlService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void seedExampleWithDetailsReturnsTypedTable();
    void seedExampleWithoutDetailsOmitsColumnTypes();
    void swaggerFormatAnswersOneObjectPerRow();
    void tableFindsCol2AmongOtherColumns();
    void globalParametersChangeBitsizeAndNgrams_data();
    void globalParametersChangeBitsizeAndNgrams();
    void outOfRangeGlobalParameterIsBadParameterValue_data();
    void outOfRangeGlobalParameterIsBadParameterValue();
    void unknownGlobalParameterIsUnexpectedParameter();
    void awkwardTextsComeBackIntactAndHashed_data();
    void awkwardTextsComeBackIntactAndHashed();
    void twentyThousandRowsInOneRequestAreAllScored();

    void missingOrWrongKeyIsUnauthorized_data();
    void missingOrWrongKeyIsUnauthorized();
    void unknownWorkspaceIsWorkspaceNotFound();
    void unknownServiceIsWebServiceNotFound();
    void unparseableBodyIsRequestBodyInvalid_data();
    void unparseableBodyIsRequestBodyInvalid();
    void missingInputIsMissingRequestInput_data();
    void missingInputIsMissingRequestInput();
    void malformedInputIsInputParseError_data();
    void malformedInputIsInputParseError();
    void unknownInputNameIsInvalidInputNames_data();
    void unknownInputNameIsInvalidInputNames();
    void unsupportedApiVersionIsBadVersionCall_data();
    void unsupportedApiVersionIsBadVersionCall();
    void wrongMethodIsMethodNotAllowedWithAllow_data();
    void wrongMethodIsMethodNotAllowedWithAllow();
    void bodyOver16MegabytesIsMemoryQuotaViolation();
    void bitsize31IsRefusedAsTooLargeInsteadOfCrashing_data();
    void bitsize31IsRefusedAsTooLargeInsteadOfCrashing();

    void swaggerJsonDescribesExecute();

    // Must stay last: proves every answer above left the service able to score.
    void seedExampleStillScoresAfterEverythingAbove();

private:
    QUrl serviceUrl(const QString &path, const QString &query = {}) const;
    QUrl executeUrl(const QString &query = kExecuteQuery) const;
    QString servicePath(const QString &tail) const;
    QByteArray bearer() const { return "Bearer "_ba + m_credentials.apiKey.toUtf8(); }

    // authorization: the Authorization header's value; a null array sends none.
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &authorization);
    Reply execute(const QByteArray &body, const QString &query = kExecuteQuery)
    {
        return send("POST"_ba, executeUrl(query), body, bearer());
    }
    // Writes raw request bytes and returns as soon as one complete answer has arrived.
    Reply sendReadingEarly(const QByteArray &request);
    // QCOMPARE-based; callers check QTest::currentTestFailed() afterwards.
    void verifyAzureMlError(const Reply &r, int status, const QString &code, const QString &detailCode);

    QTemporaryDir m_dataDir;
    std::unique_ptr<Sandbox> m_sandbox;
    Credentials m_credentials;
    QNetworkAccessManager m_nam;
};

void TestMlService::initTestCase()
{
    QVERIFY2(m_dataDir.isValid(), qPrintable(m_dataDir.errorString()));
    m_sandbox = std::make_unique<Sandbox>();
    SandboxOptions options;
    options.dataDir = m_dataDir.path();
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    QVERIFY(m_sandbox->serviceUrl().isValid());
    QVERIFY(m_sandbox->serviceUrl().port() > 0);
    m_credentials = m_sandbox->credentials();
    QVERIFY(!m_credentials.workspace.isEmpty());
    QVERIFY(!m_credentials.service.isEmpty());
    QVERIFY(!m_credentials.apiKey.isEmpty());
    // A proxy from the environment would turn 127.0.0.1 into someone else's answer.
    m_nam.setProxy(QNetworkProxy::NoProxy);
}

void TestMlService::cleanupTestCase()
{
    m_sandbox.reset();
}

QString TestMlService::servicePath(const QString &tail) const
{
    return u"/workspaces/"_s + m_credentials.workspace + u"/services/"_s + m_credentials.service + tail;
}

QUrl TestMlService::serviceUrl(const QString &path, const QString &query) const
{
    QUrl url = m_sandbox->serviceUrl();
    url.setPath(path);
    if (!query.isNull())
        url.setQuery(query);
    return url;
}

QUrl TestMlService::executeUrl(const QString &query) const
{
    return serviceUrl(servicePath(u"/execute"_s), query);
}

Reply TestMlService::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                          const QByteArray &authorization)
{
    QNetworkRequest request(url);
    if (!authorization.isNull())
        request.setRawHeader("Authorization"_ba, authorization);
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setTransferTimeout(kReplyTimeoutMs);

    std::unique_ptr<QNetworkReply> reply(body.isNull() ? m_nam.sendCustomRequest(request, verb)
                                                       : m_nam.sendCustomRequest(request, verb, body));
    Reply out;
    // Not qWaitFor: it sleeps 10 ms between event-loop rounds, and a large request to a
    // server in this same thread needs many rounds, so the suite would crawl.
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(kReplyTimeoutMs) && !reply->isFinished()) {
        reply->abort();
        out.networkError = u"no answer within %1 ms"_s.arg(kReplyTimeoutMs);
        return out;
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError)
        out.networkError = reply->errorString();
    out.headers = reply->rawHeaderPairs();
    out.body = reply->readAll();
    QJsonParseError parseError;
    out.json = QJsonDocument::fromJson(out.body, &parseError);
    out.jsonValid = parseError.error == QJsonParseError::NoError;
    return out;
}

Reply TestMlService::sendReadingEarly(const QByteArray &request)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    const QUrl base = m_sandbox->serviceUrl();
    socket.connectToHost(base.host(), quint16(base.port()));
    socket.write(request);

    Reply out;
    qsizetype headEnd = -1;
    qsizetype contentLength = -1;
    const auto complete = [&] {
        if (headEnd < 0) {
            headEnd = received.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return false;
            const QList<QByteArray> lines = received.left(headEnd).split('\n');
            out.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                out.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            }
            contentLength = out.header("Content-Length").toLongLong();
        }
        return received.size() >= headEnd + 4 + contentLength;
    };
    if (!QTest::qWaitFor(complete, kReplyTimeoutMs)) {
        out.networkError = u"no complete answer within %1 ms: %2"_s.arg(kReplyTimeoutMs).arg(socket.errorString());
        return out;
    }
    socket.abort();
    out.body = received.mid(headEnd + 4, contentLength);
    QJsonParseError parseError;
    out.json = QJsonDocument::fromJson(out.body, &parseError);
    out.jsonValid = parseError.error == QJsonParseError::NoError;
    return out;
}

void TestMlService::verifyAzureMlError(const Reply &r, int status, const QString &code, const QString &detailCode)
{
    QVERIFY2(r.status == status, r.describe().constData());
    QVERIFY2(r.jsonValid, r.describe().constData());
    QVERIFY2(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type").constData());
    QCOMPARE(r.object().keys(), QStringList{u"error"_s});
    const QJsonObject error = r.error();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    const QJsonArray details = error.value(u"details"_s).toArray();
    QCOMPARE(details.size(), 1);
    QCOMPARE(r.firstDetail().value(u"code"_s).toString(), detailCode);
    QVERIFY(!r.firstDetail().value(u"message"_s).toString().isEmpty());
}

void TestMlService::seedExampleWithDetailsReturnsTypedTable()
{
    const Reply r = execute(kSeedRequest);
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY2(r.jsonValid, r.describe().constData());
    QVERIFY(r.header("Content-Type").startsWith("application/json"));

    const QJsonObject root = r.object();
    QCOMPARE(root.keys(), QStringList{u"Results"_s});
    const QJsonObject results = root.value(u"Results"_s).toObject();
    QCOMPARE(results.keys(), QStringList{u"output1"_s});
    const QJsonObject output = results.value(u"output1"_s).toObject();
    QCOMPARE(output.value(u"type"_s).toString(), u"table"_s);
    const QJsonObject value = output.value(u"value"_s).toObject();
    QCOMPARE(value.keys(), (QStringList{u"ColumnNames"_s, u"ColumnTypes"_s, u"Values"_s}));

    const QJsonArray expectedNames{u"Col2"_s,
                                   u"Col2 - Hashing feature 1"_s,
                                   u"Col2 - Hashing feature 2"_s,
                                   u"Col2 - Hashing feature 3"_s,
                                   u"Col2 - Hashing feature 4"_s,
                                   u"Col2 - Hashing feature 5"_s,
                                   u"Col2 - Hashing feature 6"_s,
                                   u"Col2 - Hashing feature 7"_s,
                                   u"Col2 - Hashing feature 8"_s};
    QCOMPARE(compact(value.value(u"ColumnNames"_s)), compact(expectedNames));
    const QJsonArray expectedTypes{u"String"_s, u"Int32"_s, u"Int32"_s, u"Int32"_s, u"Int32"_s,
                                   u"Int32"_s,  u"Int32"_s, u"Int32"_s, u"Int32"_s};
    QCOMPARE(compact(value.value(u"ColumnTypes"_s)), compact(expectedTypes));
    const QJsonArray expectedValues{
        QJsonArray{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}};
    QCOMPARE(compact(value.value(u"Values"_s)), compact(expectedValues));
}

void TestMlService::seedExampleWithoutDetailsOmitsColumnTypes()
{
    const Reply r = execute(kSeedRequest, u"api-version=2.0"_s);
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonObject output = r.object()[u"Results"_s][u"output1"_s].toObject();
    QCOMPARE(output.value(u"type"_s).toString(), u"table"_s);
    const QJsonObject value = output.value(u"value"_s).toObject();
    QCOMPARE(value.keys(), (QStringList{u"ColumnNames"_s, u"Values"_s}));
    QCOMPARE(value.value(u"ColumnNames"_s).toArray().size(), 9);
    const QJsonArray expectedValues{
        QJsonArray{u"This is a good day"_s, u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}};
    QCOMPARE(compact(value.value(u"Values"_s)), compact(expectedValues));

    // details=false is the same as leaving it out.
    const Reply explicitFalse = execute(kSeedRequest, u"api-version=2.0&details=false"_s);
    QVERIFY2(explicitFalse.status == 200, explicitFalse.describe().constData());
    QCOMPARE(explicitFalse.body, r.body);
}

void TestMlService::swaggerFormatAnswersOneObjectPerRow()
{
    const QByteArray body =
        R"({"Inputs": {"input1": [{"Col2": "This is a good day"}, {"Col2": "good day"}]}, "GlobalParameters": {}})"_ba;
    for (const QString &query :
         {u"api-version=2.0&format=swagger"_s, u"api-version=2.0&details=true&format=swagger"_s}) {
        const Reply r = execute(body, query);
        QVERIFY2(r.status == 200, r.describe().constData());
        QVERIFY2(r.jsonValid, r.describe().constData());
        QCOMPARE(r.object().keys(), QStringList{u"Results"_s});
        QCOMPARE(r.object().value(u"Results"_s).toObject().keys(), QStringList{u"output1"_s});
        const QJsonArray rows = r.object()[u"Results"_s][u"output1"_s].toArray();
        QCOMPARE(rows.size(), 2);

        const QJsonObject expectedFirst{
            {u"Col2"_s, u"This is a good day"_s},    {u"Col2 - Hashing feature 1"_s, u"1"_s},
            {u"Col2 - Hashing feature 2"_s, u"1"_s}, {u"Col2 - Hashing feature 3"_s, u"2"_s},
            {u"Col2 - Hashing feature 4"_s, u"2"_s}, {u"Col2 - Hashing feature 5"_s, u"0"_s},
            {u"Col2 - Hashing feature 6"_s, u"2"_s}, {u"Col2 - Hashing feature 7"_s, u"0"_s},
            {u"Col2 - Hashing feature 8"_s, u"1"_s}};
        QCOMPARE(compactDoc(rows.at(0).toObject()), compactDoc(expectedFirst));

        const QList<ScoredRow> scored = swaggerRows(r.object(), 3);
        QCOMPARE(scored.at(1).col2.toString(), u"good day"_s);
        QCOMPARE(scored.at(1).counts, expectedCounts(u"good day"_s, 3, 2));
    }
}

void TestMlService::tableFindsCol2AmongOtherColumns()
{
    const QByteArray body =
        R"({"Inputs": {"input1": {"ColumnNames": ["Col1", "Col2", "Col3"], "Values": [["x", "This is a good day", "7"], ["y", "good day", "8"]]}}, "GlobalParameters": {}})"_ba;
    const Reply r = execute(body);
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonObject value = r.object()[u"Results"_s][u"output1"_s][u"value"_s].toObject();
    QStringList expectedNames{kColumn};
    expectedNames += featureNames(3);
    QCOMPARE(value.value(u"ColumnNames"_s).toVariant().toStringList(), expectedNames);
    const QList<ScoredRow> rows = tableRows(r.object());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).col2.toString(), u"This is a good day"_s);
    QCOMPARE(rows.at(0).counts, (QStringList{u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}));
    QCOMPARE(rows.at(1).col2.toString(), u"good day"_s);
    QCOMPARE(rows.at(1).counts, expectedCounts(u"good day"_s, 3, 2));
}

void TestMlService::globalParametersChangeBitsizeAndNgrams_data()
{
    QTest::addColumn<QByteArray>("globals");
    QTest::addColumn<int>("bits");
    QTest::addColumn<int>("ngrams");

    QTest::newRow("empty object keeps 3 bits, bigrams") << R"({})"_ba << 3 << 2;
    QTest::newRow("bitsize 4 as number") << R"({"Hashing bitsize": 4})"_ba << 4 << 2;
    QTest::newRow("bitsize 4 as string") << R"({"Hashing bitsize": "4"})"_ba << 4 << 2;
    QTest::newRow("bitsize 4.0 as number") << R"({"Hashing bitsize": 4.0})"_ba << 4 << 2;
    QTest::newRow("bitsize 1 (minimum)") << R"({"Hashing bitsize": 1})"_ba << 1 << 2;
    QTest::newRow("bitsize 12 as string") << R"({"Hashing bitsize": "12"})"_ba << 12 << 2;
    QTest::newRow("n-grams 1 as number") << R"({"N-grams": 1})"_ba << 3 << 1;
    QTest::newRow("n-grams 3 as string") << R"({"N-grams": "3"})"_ba << 3 << 3;
    QTest::newRow("n-grams 10 (maximum)") << R"({"N-grams": 10})"_ba << 3 << 10;
    QTest::newRow("both as numbers") << R"({"Hashing bitsize": 5, "N-grams": 4})"_ba << 5 << 4;
    QTest::newRow("both as strings") << R"({"Hashing bitsize": "6", "N-grams": "3"})"_ba << 6 << 3;
}

void TestMlService::globalParametersChangeBitsizeAndNgrams()
{
    QFETCH(QByteArray, globals);
    QFETCH(int, bits);
    QFETCH(int, ngrams);

    const QJsonObject globalsObject = QJsonDocument::fromJson(globals).object();
    const QJsonArray cells{u"This is a good day"_s, u"the quick brown fox jumps over the lazy dog and the quick cat"_s,
                           u"a b c d e f g h i j k l m"_s};
    const qsizetype featureColumns = qsizetype(1) << bits;

    QJsonArray tableValues;
    for (const QJsonValue &c : cells)
        tableValues.append(QJsonArray{c});
    const Reply table = execute(tableRequest(tableValues, globalsObject));
    QVERIFY2(table.status == 200, table.describe().constData());
    const QJsonObject value = table.object()[u"Results"_s][u"output1"_s][u"value"_s].toObject();
    QStringList expectedNames{kColumn};
    expectedNames += featureNames(bits);
    QCOMPARE(value.value(u"ColumnNames"_s).toArray().size(), featureColumns + 1);
    QCOMPARE(value.value(u"ColumnNames"_s).toVariant().toStringList(), expectedNames);
    QCOMPARE(value.value(u"ColumnTypes"_s).toArray().size(), featureColumns + 1);
    const QList<ScoredRow> tableScored = tableRows(table.object());
    QCOMPARE(tableScored.size(), cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QCOMPARE(tableScored.at(i).col2, cells.at(i));
        QCOMPARE(tableScored.at(i).counts.size(), featureColumns);
        QCOMPARE(tableScored.at(i).counts, expectedCounts(cells.at(i), bits, ngrams));
    }

    const Reply swagger = execute(swaggerRequest(cells, globalsObject), u"api-version=2.0&format=swagger"_s);
    QVERIFY2(swagger.status == 200, swagger.describe().constData());
    const QList<ScoredRow> swaggerScored = swaggerRows(swagger.object(), bits);
    QCOMPARE(swaggerScored.size(), cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QCOMPARE(swaggerScored.at(i).col2, cells.at(i));
        QCOMPARE(swaggerScored.at(i).counts, expectedCounts(cells.at(i), bits, ngrams));
    }
}

void TestMlService::outOfRangeGlobalParameterIsBadParameterValue_data()
{
    QTest::addColumn<QByteArray>("globals");
    QTest::addColumn<QString>("parameter");

    const QString bits = u"Hashing bitsize"_s;
    const QString ngrams = u"N-grams"_s;
    QTest::newRow("bitsize 0") << R"({"Hashing bitsize": 0})"_ba << bits;
    QTest::newRow("bitsize 32") << R"({"Hashing bitsize": 32})"_ba << bits;
    QTest::newRow("bitsize -1") << R"({"Hashing bitsize": -1})"_ba << bits;
    QTest::newRow("bitsize \"32\"") << R"({"Hashing bitsize": "32"})"_ba << bits;
    QTest::newRow("bitsize \"x\"") << R"({"Hashing bitsize": "x"})"_ba << bits;
    QTest::newRow("bitsize \"\"") << R"({"Hashing bitsize": ""})"_ba << bits;
    QTest::newRow("bitsize 3.5") << R"({"Hashing bitsize": 3.5})"_ba << bits;
    QTest::newRow("bitsize \"3.5\"") << R"({"Hashing bitsize": "3.5"})"_ba << bits;
    QTest::newRow("bitsize 1e10") << R"({"Hashing bitsize": 1e10})"_ba << bits;
    QTest::newRow("bitsize null") << R"({"Hashing bitsize": null})"_ba << bits;
    QTest::newRow("bitsize true") << R"({"Hashing bitsize": true})"_ba << bits;
    QTest::newRow("bitsize [4]") << R"({"Hashing bitsize": [4]})"_ba << bits;
    QTest::newRow("n-grams 0") << R"({"N-grams": 0})"_ba << ngrams;
    QTest::newRow("n-grams 11") << R"({"N-grams": 11})"_ba << ngrams;
    QTest::newRow("n-grams \"0\"") << R"({"N-grams": "0"})"_ba << ngrams;
    QTest::newRow("n-grams \"11\"") << R"({"N-grams": "11"})"_ba << ngrams;
    QTest::newRow("n-grams 2.5 next to a valid bitsize") << R"({"Hashing bitsize": 4, "N-grams": 2.5})"_ba << ngrams;
}

void TestMlService::outOfRangeGlobalParameterIsBadParameterValue()
{
    QFETCH(QByteArray, globals);
    QFETCH(QString, parameter);

    const QByteArray body =
        R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": )"_ba +
        globals + '}';
    const Reply r = execute(body);
    verifyAzureMlError(r, 400, u"BadArgument"_s, u"BadParameterValue"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r.firstDetail().value(u"message"_s).toString().contains(parameter), r.body.constData());
}

void TestMlService::unknownGlobalParameterIsUnexpectedParameter()
{
    const QByteArray body =
        R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {"Hashing bitsize": 4, "Stop words": "yes"}})"_ba;
    const Reply r = execute(body);
    verifyAzureMlError(r, 400, u"BadArgument"_s, u"UnexpectedParameter"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r.firstDetail().value(u"message"_s).toString().contains(u"Stop words"_s), r.body.constData());
}

void TestMlService::awkwardTextsComeBackIntactAndHashed_data()
{
    QTest::addColumn<bool>("swagger");
    QTest::newRow("table") << false;
    QTest::newRow("swagger") << true;
}

void TestMlService::awkwardTextsComeBackIntactAndHashed()
{
    QFETCH(bool, swagger);

    const QJsonArray cells = awkwardCells();
    QByteArray body;
    if (swagger) {
        body = swaggerRequest(cells);
    } else {
        QJsonArray values;
        for (const QJsonValue &c : cells)
            values.append(QJsonArray{c});
        body = tableRequest(values);
    }
    const Reply r = execute(body, swagger ? u"api-version=2.0&format=swagger"_s : kExecuteQuery);
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY2(r.jsonValid, r.describe().constData());

    // UTF-8 on the wire, not \u escapes, as a client that greps the raw answer expects.
    QVERIFY(r.body.contains(u"Bugün hava çok güzel"_s.toUtf8()));
    QVERIFY(r.body.contains(u"今天天气很好"_s.toUtf8()));
    QVERIFY(r.body.contains(u"good 🙂 day 🎉🎉"_s.toUtf8()));

    const QList<ScoredRow> rows = swagger ? swaggerRows(r.object(), 3) : tableRows(r.object());
    QCOMPARE(rows.size(), cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const QJsonValue sent = cells.at(i);
        const ScoredRow &row = rows.at(i);
        if (sent.isNull())
            QVERIFY2(row.col2.isNull(), compact(row.col2).constData());
        else if (sent.isDouble())
            QCOMPARE(row.col2.toString(), u"42"_s);
        else
            QCOMPARE(row.col2.toString(), sent.toString());
        QCOMPARE(row.counts, expectedCounts(sent, 3, 2));
    }

    // Empty, blank and missing text have no tokens, so every count is zero.
    const QStringList zeros(8, u"0"_s);
    QCOMPARE(rows.at(1).counts, zeros);
    QCOMPARE(rows.at(2).counts, zeros);
    QCOMPARE(rows.at(3).counts, zeros);
    // Multi-byte text is hashed as tokens too: four words, three bigrams.
    qint64 turkishFeatures = 0;
    for (const QString &c : rows.at(5).counts)
        turkishFeatures += c.toLongLong();
    QCOMPARE(turkishFeatures, 7);
}

void TestMlService::twentyThousandRowsInOneRequestAreAllScored()
{
    constexpr int kRows = 20'000;
    const QStringList words{u"alpha"_s, u"beta"_s, u"gamma"_s, u"delta"_s, u"güzel"_s, u"天气"_s, u"day"_s};
    QJsonArray values;
    QList<QString> texts;
    texts.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        QString text = u"row "_s + QString::number(i);
        for (int w = 0; w < i % 9; ++w)
            text += u' ' + words.at((i + w * 3) % words.size());
        texts.append(text);
        values.append(QJsonArray{text});
    }
    const Reply r = execute(tableRequest(values, QJsonObject{{u"Hashing bitsize"_s, 4}}));
    QVERIFY2(r.status == 200, r.describe().constData());
    const QList<ScoredRow> rows = tableRows(r.object());
    QCOMPARE(rows.size(), kRows);

    // Every row against the reference hasher; a QCOMPARE per row would dominate the run time.
    const FeatureHasher hasher(4, 2);
    for (int i = 0; i < kRows; ++i) {
        const ScoredRow &row = rows.at(i);
        if (row.col2.toString() != texts.at(i))
            QFAIL(qPrintable(u"row %1 came back as '%2'"_s.arg(i).arg(cellText(row.col2))));
        const std::vector<quint32> counts = hasher.hash(texts.at(i).toUtf8());
        QStringList expected;
        for (quint32 c : counts)
            expected.append(QString::number(c));
        if (row.counts != expected)
            QFAIL(qPrintable(u"row %1: got %2, expected %3"_s.arg(i).arg(row.counts.join(u' '), expected.join(u' '))));
    }
}

void TestMlService::missingOrWrongKeyIsUnauthorized_data()
{
    // "{key}" stands for the service's real key.
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no Authorization header") << QByteArray();
    QTest::newRow("wrong key") << "Bearer not-the-key"_ba;
    QTest::newRow("empty bearer") << "Bearer "_ba;
    QTest::newRow("key without Bearer") << "{key}"_ba;
    QTest::newRow("key as Basic") << "Basic {key}"_ba;
    QTest::newRow("key with a suffix") << "Bearer {key}x"_ba;
}

void TestMlService::missingOrWrongKeyIsUnauthorized()
{
    QFETCH(QByteArray, authorization);
    if (!authorization.isNull())
        authorization.replace("{key}"_ba, m_credentials.apiKey.toUtf8());

    const Reply r = send("POST"_ba, executeUrl(), kSeedRequest, authorization);
    verifyAzureMlError(r, 401, u"Unauthorized"_s, u"ScoreRequestUnauthorized"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.firstDetail().value(u"message"_s).toString(), u"Invalid credentials provided."_s);
    QCOMPARE(r.header("WWW-Authenticate"), "Bearer"_ba);
}

void TestMlService::unknownWorkspaceIsWorkspaceNotFound()
{
    const QString path =
        u"/workspaces/00000000000000000000000000000000/services/"_s + m_credentials.service + u"/execute"_s;
    const Reply r = send("POST"_ba, serviceUrl(path, kExecuteQuery), kSeedRequest, bearer());
    verifyAzureMlError(r, 404, u"NotFound"_s, u"WorkspaceNotFound"_s);
}

void TestMlService::unknownServiceIsWebServiceNotFound()
{
    const QString path =
        u"/workspaces/"_s + m_credentials.workspace + u"/services/00000000000000000000000000000000/execute"_s;
    const Reply r = send("POST"_ba, serviceUrl(path, kExecuteQuery), kSeedRequest, bearer());
    verifyAzureMlError(r, 404, u"NotFound"_s, u"WebServiceNotFound"_s);
}

void TestMlService::unparseableBodyIsRequestBodyInvalid_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("malformed JSON") << R"({"Inputs": {"input1": )"_ba;
    QTest::newRow("array root") << R"([{"Inputs": {}}])"_ba;
    QTest::newRow("string root") << R"("Inputs")"_ba;
    QTest::newRow("empty body") << ""_ba;
    QTest::newRow("GlobalParameters not an object")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["a"]]}}, "GlobalParameters": [4]})"_ba;
}

void TestMlService::unparseableBodyIsRequestBodyInvalid()
{
    QFETCH(QByteArray, body);
    verifyAzureMlError(execute(body), 400, u"BadArgument"_s, u"RequestBodyInvalid"_s);
}

void TestMlService::missingInputIsMissingRequestInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no Inputs") << R"({"GlobalParameters": {}})"_ba;
    QTest::newRow("Inputs not an object") << R"({"Inputs": [], "GlobalParameters": {}})"_ba;
    QTest::newRow("no input1") << R"({"Inputs": {}, "GlobalParameters": {}})"_ba;
}

void TestMlService::missingInputIsMissingRequestInput()
{
    QFETCH(QByteArray, body);
    verifyAzureMlError(execute(body), 400, u"BadArgument"_s, u"MissingRequestInput"_s);
}

void TestMlService::malformedInputIsInputParseError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("swagger");
    QTest::newRow("table without Col2")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col1"], "Values": [["This is a good day"]]}}})"_ba << false;
    QTest::newRow("table without ColumnNames")
        << R"({"Inputs": {"input1": {"Values": [["This is a good day"]]}}})"_ba << false;
    QTest::newRow("table without Values") << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"]}}})"_ba << false;
    QTest::newRow("row with too many values")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["a"], ["b", "c"]]}}})"_ba << false;
    QTest::newRow("row with too few values")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col1", "Col2"], "Values": [["a"]]}}})"_ba << false;
    QTest::newRow("row that is not an array")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": ["a"]}}})"_ba << false;
    QTest::newRow("cell that is an object")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [[{"text": "a"}]]}}})"_ba << false;
    QTest::newRow("input1 a string") << R"({"Inputs": {"input1": "This is a good day"}})"_ba << false;
    QTest::newRow("swagger row without Col2")
        << R"({"Inputs": {"input1": [{"Col2": "fine"}, {"Col1": "This is a good day"}]}})"_ba << true;
    QTest::newRow("swagger row not an object") << R"({"Inputs": {"input1": ["This is a good day"]}})"_ba << true;
    QTest::newRow("swagger cell an array") << R"({"Inputs": {"input1": [{"Col2": ["a"]}]}})"_ba << true;
}

void TestMlService::malformedInputIsInputParseError()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, swagger);
    const Reply r = execute(body, swagger ? u"api-version=2.0&format=swagger"_s : kExecuteQuery);
    verifyAzureMlError(r, 400, u"BadArgument"_s, u"InputParseError"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r.firstDetail().value(u"message"_s).toString().startsWith(u"Parsing of input vector failed."_s),
             r.body.constData());
}

void TestMlService::unknownInputNameIsInvalidInputNames_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("input2 instead of input1")
        << R"({"Inputs": {"input2": {"ColumnNames": ["Col2"], "Values": [["a"]]}}})"_ba;
    QTest::newRow("input2 next to input1")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["a"]]}, "input2": {"ColumnNames": ["Col2"], "Values": [["a"]]}}})"_ba;
}

void TestMlService::unknownInputNameIsInvalidInputNames()
{
    QFETCH(QByteArray, body);
    const Reply r = execute(body);
    verifyAzureMlError(r, 400, u"BadArgument"_s, u"InvalidInputNames"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(r.firstDetail().value(u"message"_s).toString().contains(u"input2"_s), r.body.constData());
}

void TestMlService::unsupportedApiVersionIsBadVersionCall_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("missing") << u"details=true"_s;
    QTest::newRow("no query at all") << QString();
    QTest::newRow("empty") << u"api-version=&details=true"_s;
    QTest::newRow("1.0") << u"api-version=1.0&details=true"_s;
    QTest::newRow("2.1") << u"api-version=2.1"_s;
}

void TestMlService::unsupportedApiVersionIsBadVersionCall()
{
    QFETCH(QString, query);
    const Reply r = send("POST"_ba, executeUrl(query), kSeedRequest, bearer());
    verifyAzureMlError(r, 400, u"BadArgument"_s, u"BadVersionCall"_s);
}

void TestMlService::wrongMethodIsMethodNotAllowedWithAllow_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("GET execute") << "GET"_ba << u"/execute"_s << kExecuteQuery << "POST"_ba;
    QTest::newRow("PUT execute") << "PUT"_ba << u"/execute"_s << kExecuteQuery << "POST"_ba;
    QTest::newRow("DELETE execute") << "DELETE"_ba << u"/execute"_s << kExecuteQuery << "POST"_ba;
    QTest::newRow("POST swagger.json") << "POST"_ba << u"/swagger.json"_s << QString() << "GET"_ba;
}

void TestMlService::wrongMethodIsMethodNotAllowedWithAllow()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, tail);
    QFETCH(QString, query);
    QFETCH(QByteArray, allow);
    const QByteArray body = verb == "GET" || verb == "DELETE" ? QByteArray() : kSeedRequest;
    const Reply r = send(verb, serviceUrl(servicePath(tail), query), body, bearer());
    verifyAzureMlError(r, 405, u"MethodNotAllowed"_s, u"MethodNotAllowed"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(r.header("Allow"), allow);
}

void TestMlService::bodyOver16MegabytesIsMemoryQuotaViolation()
{
    // Well-formed as far as it goes, so only its size can be the reason for refusing it.
    constexpr qsizetype kTarget = 17 * 1024 * 1024;
    const QByteArray row = R"(["This is a good day, repeated to make the request large"],)"_ba;
    QByteArray body = R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [)"_ba;
    body.reserve(kTarget + 256);
    while (body.size() < kTarget)
        body += row;
    body.chop(1);
    body += "]}}, \"GlobalParameters\": {}}";
    QVERIFY(QJsonDocument::fromJson(body).isObject());

    // Sent over a plain socket that reads while it writes, as curl does: the listener
    // answers as soon as it has seen Content-Length, and this way the answer is read no
    // matter when the listener closes afterwards. QNetworkAccessManager reads only once
    // the whole body is out, which makes the outcome depend on that closing.
    const QUrl url = executeUrl();
    const QByteArray head = "POST " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n" +
        "Host: " + url.host().toUtf8() + ':' + QByteArray::number(url.port()) + "\r\n" + "Authorization: " + bearer() +
        "\r\n" + "Content-Type: application/json\r\n" + "Content-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n";
    const Reply r = sendReadingEarly(head + body);
    verifyAzureMlError(r, 413, u"MemoryQuotaViolation"_s, u"OutOfMemoryLimit"_s);
}

void TestMlService::bitsize31IsRefusedAsTooLargeInsteadOfCrashing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("query");
    QTest::newRow("table, bitsize 31")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": [["This is a good day"]]}}, "GlobalParameters": {"Hashing bitsize": 31}})"_ba
        << kExecuteQuery;
    QTest::newRow("swagger, bitsize \"31\"")
        << R"({"Inputs": {"input1": [{"Col2": "This is a good day"}]}, "GlobalParameters": {"Hashing bitsize": "31"}})"_ba
        << u"api-version=2.0&format=swagger"_s;
    QTest::newRow("table, no rows, bitsize 31")
        << R"({"Inputs": {"input1": {"ColumnNames": ["Col2"], "Values": []}}, "GlobalParameters": {"Hashing bitsize": 31}})"_ba
        << kExecuteQuery;
}

void TestMlService::bitsize31IsRefusedAsTooLargeInsteadOfCrashing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, query);
    verifyAzureMlError(execute(body, query), 413, u"MemoryQuotaViolation"_s, u"OutOfMemoryLimit"_s);
}

void TestMlService::swaggerJsonDescribesExecute()
{
    const Reply r = send("GET"_ba, serviceUrl(servicePath(u"/swagger.json"_s)), QByteArray(), QByteArray());
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY2(r.jsonValid, r.describe().constData());
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject doc = r.object();
    QCOMPARE(doc.value(u"swagger"_s).toString(), u"2.0"_s);

    const QString basePath = doc.value(u"basePath"_s).toString();
    QVERIFY2(basePath.contains(m_credentials.workspace), qPrintable(basePath));
    QVERIFY2(basePath.contains(m_credentials.service), qPrintable(basePath));

    const QJsonObject executePath = doc[u"paths"_s][u"/execute"_s].toObject();
    QVERIFY2(executePath.contains(u"post"_s), compactDoc(doc.value(u"paths"_s).toObject()).constData());
    const QJsonObject post = executePath.value(u"post"_s).toObject();
    QVERIFY(post.value(u"responses"_s).toObject().contains(u"200"_s));
    bool hasApiVersion = false;
    const QJsonArray parameters = post.value(u"parameters"_s).toArray();
    for (const QJsonValue &p : parameters) {
        if (p[u"name"_s].toString() == u"api-version" && p[u"in"_s].toString() == u"query")
            hasApiVersion = true;
    }
    QVERIFY(hasApiVersion);

    // A client that joins basePath and the path must land on the endpoint that scores.
    QUrl url = m_sandbox->serviceUrl();
    url.setPath(basePath + u"/execute"_s);
    url.setQuery(kExecuteQuery);
    const Reply scored = send("POST"_ba, url, kSeedRequest, bearer());
    QVERIFY2(scored.status == 200, scored.describe().constData());
}

void TestMlService::seedExampleStillScoresAfterEverythingAbove()
{
    const Reply r = execute(kSeedRequest);
    QVERIFY2(r.status == 200, r.describe().constData());
    const QList<ScoredRow> rows = tableRows(r.object());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).col2.toString(), u"This is a good day"_s);
    QCOMPARE(rows.at(0).counts, (QStringList{u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s}));
}

QTEST_GUILESS_MAIN(TestMlService)
#include "tst_mlservice.moc"
