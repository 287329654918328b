// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The sandbox's Azure ML online endpoint as a client sees it over real HTTP: both keys and an
// accepted Entra token score the customer's example in MLflow's input_data shape, a wrong key
// gets Azure ML's 401, a bad body its 424, and the azureml-model-deployment header picks
// between the plain-list and the {"predictions": [...]} deployment.

#include "sandbox/online/onlineendpoint.h"
#include "sandbox/sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico::sandbox;

namespace {

const QByteArray kSeedBody =
    R"({"input_data": {"columns": ["Col2"], "index": [0], "data": [["This is a good day"]]}})"_ba;
const QString kAcceptedToken = u"entra-token-for-ml"_s;

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// The customer's expected features of "This is a good day" (bitsize 3, bigrams), in order.
QString features(const QJsonObject &prediction)
{
    QString out;
    for (int k = 1; k <= 8; ++k)
        out += QString::number(prediction.value(u"Col2 - Hashing feature %1"_s.arg(k)).toInt(-1));
    return out;
}

} // namespace

class TestOnlineEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void primaryAndSecondaryKeysScoreTheExampleAsAList();
    void wrongOrMissingKeyIsRefusedWith401();
    void acceptedEntraTokenScores();
    void mlflowDeploymentAnswersPredictionsObject();
    void unknownDeploymentIsNotRouted();
    void badBodiesGetModelErrorsThatSayWhatIsWrong();
    void swaggerDescribesTheScoringRoute();
    void keysSurviveARestart();

private:
    Reply post(const QByteArray &authorization, const QByteArray &body,
               const QByteArray &deployment = QByteArray(), const QString &resource = u"score"_s);
    QUrl url(const QString &resource) const;

    QTemporaryDir m_dir;
    Sandbox m_sandbox;
    QNetworkAccessManager m_nam;
    Credentials m_credentials;
};

void TestOnlineEndpoint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_nam.setProxy(QNetworkProxy::NoProxy);
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    options.onlineTokenValidator = [](const QString &token, const QString &audience) {
        return token == kAcceptedToken && audience == u"https://ml.azure.com";
    };
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_credentials = m_sandbox.credentials();
    QVERIFY(!m_credentials.onlinePrimaryKey.isEmpty());
    QVERIFY(m_credentials.onlinePrimaryKey != m_credentials.onlineSecondaryKey);
}

QUrl TestOnlineEndpoint::url(const QString &resource) const
{
    QUrl u = m_sandbox.onlineScoringUrl();
    u.setPath(u"/online/feature-hashing/"_s + resource);
    return u;
}

Reply TestOnlineEndpoint::post(const QByteArray &authorization, const QByteArray &body, const QByteArray &deployment,
                               const QString &resource)
{
    QNetworkRequest request(url(resource));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!deployment.isEmpty())
        request.setRawHeader("azureml-model-deployment", deployment);
    QNetworkReply *reply = m_nam.post(request, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    Reply out;
    if (!done.wait(20'000))
        return out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

void TestOnlineEndpoint::primaryAndSecondaryKeysScoreTheExampleAsAList()
{
    QCOMPARE(m_sandbox.onlineScoringUrl().path(), u"/online/feature-hashing/score"_s);
    for (const QString &key : {m_credentials.onlinePrimaryKey, m_credentials.onlineSecondaryKey}) {
        const Reply r = post("Bearer " + key.toUtf8(), kSeedBody);
        QCOMPARE(r.status, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        QVERIFY2(doc.isArray(), r.body.constData());
        QCOMPARE(doc.array().size(), 1);
        QCOMPARE(features(doc.array().at(0).toObject()), u"11220201"_s);
        QCOMPARE(r.header("azureml-model-deployment"), "blue"_ba);
    }
}

void TestOnlineEndpoint::wrongOrMissingKeyIsRefusedWith401()
{
    const Reply wrong = post("Bearer not-the-key", kSeedBody);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.body, "key_auth_access_denied"_ba);
    // The RRS service's key is another service's: it opens nothing here.
    QCOMPARE(post("Bearer " + m_credentials.apiKey.toUtf8(), kSeedBody).status, 401);
    QCOMPARE(post(QByteArray(), kSeedBody).status, 401);
    QCOMPARE(post("Basic abc", kSeedBody).body, "key_auth_bad_header_forbidden"_ba);
}

void TestOnlineEndpoint::acceptedEntraTokenScores()
{
    const Reply r = post("Bearer " + kAcceptedToken.toUtf8(), kSeedBody);
    QCOMPARE(r.status, 200);
    QCOMPARE(features(QJsonDocument::fromJson(r.body).array().at(0).toObject()), u"11220201"_s);
    QCOMPARE(post("Bearer some-other-token", kSeedBody).status, 401);
}

void TestOnlineEndpoint::mlflowDeploymentAnswersPredictionsObject()
{
    const QByteArray twoRows =
        R"({"input_data": {"columns": ["id", "Col2"], "index": [0, 1], "data": [[1, "This is a good day"], [2, "x"]]}})"_ba;
    const Reply r = post("Bearer " + m_credentials.onlinePrimaryKey.toUtf8(), twoRows, "mlflow");
    QCOMPARE(r.status, 200);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    QVERIFY2(doc.isObject(), r.body.constData());
    const QJsonArray predictions = doc.object().value(u"predictions"_s).toArray();
    QCOMPARE(predictions.size(), 2);
    // Col2 is hashed wherever it stands among the columns.
    QCOMPARE(features(predictions.at(0).toObject()), u"11220201"_s);
    QCOMPARE(r.header("azureml-model-deployment"), "mlflow"_ba);
}

void TestOnlineEndpoint::unknownDeploymentIsNotRouted()
{
    const Reply r = post("Bearer " + m_credentials.onlinePrimaryKey.toUtf8(), kSeedBody, "green");
    QCOMPARE(r.status, 404);
    const QString message = QJsonDocument::fromJson(r.body).object().value(u"message"_s).toString();
    QVERIFY2(message.contains(u"No valid deployments to route to"_s) && message.contains(u"green"_s),
             r.body.constData());
}

void TestOnlineEndpoint::badBodiesGetModelErrorsThatSayWhatIsWrong()
{
    const QByteArray auth = "Bearer " + m_credentials.onlinePrimaryKey.toUtf8();
    struct Case
    {
        QByteArray body;
        QString says;
    };
    const QList<Case> cases{
        {"{not json"_ba, u"not valid JSON"_s},
        {R"({"Inputs": {}})"_ba, u"\"input_data\""_s},
        {R"({"input_data": {"columns": ["Col2"], "data": [["a", "b"]]}})"_ba, u"Row 0 of \"data\" has 2 values"_s},
        {R"({"input_data": {"columns": ["Col2"], "index": [0, 1], "data": [["a"]]}})"_ba, u"\"index\" has 2"_s},
        {R"({"input_data": {"columns": ["Col2"], "data": [[{"a": 1}]]}})"_ba, u"must be text"_s},
    };
    for (const Case &c : cases) {
        const Reply r = post(auth, c.body);
        QCOMPARE(r.status, 424);
        QCOMPARE(r.header("ms-azureml-model-error-statuscode"), "400"_ba);
        const QJsonObject error = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(error.value(u"error_code"_s).toString(), u"BAD_REQUEST"_s);
        QVERIFY2(error.value(u"message"_s).toString().contains(c.says), r.body.constData());
    }
}

void TestOnlineEndpoint::swaggerDescribesTheScoringRoute()
{
    QNetworkReply *reply = m_nam.get(QNetworkRequest(url(u"swagger.json"_s)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(20'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject doc = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QCOMPARE(doc.value(u"basePath"_s).toString(), u"/online/feature-hashing"_s);
    QVERIFY(doc.value(u"paths"_s).toObject().value(u"/score"_s).toObject().contains(u"post"_s));
}

void TestOnlineEndpoint::keysSurviveARestart()
{
    m_sandbox.stop();
    SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QCOMPARE(m_sandbox.credentials().onlinePrimaryKey, m_credentials.onlinePrimaryKey);
    QCOMPARE(post("Bearer " + m_credentials.onlineSecondaryKey.toUtf8(), kSeedBody).status, 200);
    // Without a validator the sandbox takes keys only.
    QCOMPARE(post("Bearer " + kAcceptedToken.toUtf8(), kSeedBody).status, 401);
}

QTEST_GUILESS_MAIN(TestOnlineEndpoint)
#include "tst_onlineendpoint.moc"
