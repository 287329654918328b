// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The console's "Azure ML online endpoint" environments against the sandbox's endpoint over
// real HTTP and the real keychain: the sample's key-auth environment scores and shows its
// predictions on the Table tab, a wrong key comes back with words the user can act on, an
// Entra token source signs the request instead of a key, and neither key nor token reaches
// the workspace file or the history.

#include "client/auth/tokensource.h"
#include "client/catalog/onlineendpoint.h"
#include "client/catalog/sampleworkspace.h"
#include "client/history/historystore.h"
#include "client/http/httpengine.h"
#include "client/secrets/secretstore.h"
#include "client/tryit/tryitsession.h"
#include "sandbox/sandbox.h"
#include "ui/response/responsedigest.h"

#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace portico;

namespace {

const QString kGoodToken = u"eyJ0eXAiOiJKV1QifQ.ml-audience.signature"_s;
const QString kWrongKeySecret = u"online-endpoint-wrong-key"_s;

// Hands out one fixed token, as a signed-in Entra session would; answers on the next turn of
// the event loop, as the interface asks.
class FixedTokenSource : public client::auth::TokenSource
{
public:
    using TokenSource::TokenSource;
    QString value = kGoodToken;
    QStringList audiencesAsked;
    QStringList invalidated;

    void token(const QString &audience, Callback done) override
    {
        audiencesAsked.append(audience);
        QTimer::singleShot(0, this, [this, done] { done({value, QDateTime::currentDateTimeUtc().addSecs(3600)}, {}); });
    }
    void invalidate(const QString &audience) override { invalidated.append(audience); }
    bool isSignedIn() const override { return true; }
};

// The features of "This is a good day" the customer's document gives (bitsize 3, bigrams).
const QStringList kGoodDayFeatures{u"1"_s, u"1"_s, u"2"_s, u"2"_s, u"0"_s, u"2"_s, u"0"_s, u"1"_s};

} // namespace

class TestOnlineEndpointSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sampleEnvironmentScoresWithTheKeyAndTheTableShowsTheList();
    void wrongKeyComesBackWithTheEndpointsRefusal();
    void entraTokenSignsTheRequestAndTheTableShowsPredictions();
    void refusedTokenIsInvalidatedForTheNextSend();
    void entraWithoutSignInIsReportedNotSent();
    void cleanupTestCase();

private:
    bool writeSecret(const QString &name, const QString &value);
    client::RedactedExchange send(client::TryItSession *session, const client::Environment &environment,
                                  QStringList *problems = nullptr);
    void verifyTableShowsGoodDay(const client::Exchange &exchange);
    void verifyNothingStoredHolds(const QString &secret, qint64 historyId);

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    client::SecretStore *m_secrets = nullptr;
    client::HttpEngine *m_engine = nullptr;
    client::TryItSession *m_session = nullptr;
    FixedTokenSource *m_tokens = nullptr;
    std::unique_ptr<client::HistoryStore> m_history;
    client::Workspace m_workspace;
    QString m_key;
    QStringList m_acceptedTokens{kGoodToken};
};

bool TestOnlineEndpointSession::writeSecret(const QString &name, const QString &value)
{
    bool done = false;
    bool ok = false;
    m_secrets->write(name, value, this, [&](const client::SecretStore::Result &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 20'000) && ok;
}

void TestOnlineEndpointSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.dataDir = m_dir.filePath(u"sandbox"_s);
    options.storageEnabled = false;
    // The hook the Entra sign-in's issuer fills in; here, the tokens this test hands out.
    options.onlineTokenValidator = [this](const QString &token, const QString &audience) {
        return audience == client::kMlAudience && m_acceptedTokens.contains(token);
    };
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    const sandbox::Credentials c = m_sandbox.credentials();
    m_key = c.onlinePrimaryKey;
    m_workspace = client::sampleWorkspace({m_sandbox.gatewayUrl(), m_sandbox.serviceUrl(), c.workspace, c.service},
                                          m_sandbox.onlineScoringUrl());

    m_secrets = new client::SecretStore(u"t"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), this);
    m_engine = new client::HttpEngine(nullptr, this);
    m_engine->setProxy(QNetworkProxy::NoProxy);
    m_session = new client::TryItSession(m_engine, m_secrets, this);
    m_tokens = new FixedTokenSource(this);
    m_session->setTokenSource(m_tokens);
    m_history = std::make_unique<client::HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
    QVERIFY(m_history->open());
    m_session->setHistory(m_history.get());
    QVERIFY(writeSecret(client::kSandboxOnlineKeySecret, m_key));
    QVERIFY(writeSecret(kWrongKeySecret, u"not-this-endpoints-key"_s));
}

void TestOnlineEndpointSession::cleanupTestCase()
{
    for (const QString &name : {client::kSandboxOnlineKeySecret, kWrongKeySecret}) {
        bool done = false;
        m_secrets->remove(name, this, [&](const client::SecretStore::Result &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20'000));
    }
}

client::RedactedExchange TestOnlineEndpointSession::send(client::TryItSession *session,
                                                         const client::Environment &environment, QStringList *problems)
{
    const client::Api *api = m_workspace.api(client::kSandboxOnlineApiId);
    const client::SavedRequest *values = m_workspace.savedRequest(client::kSandboxOnlineApiId, u"score"_s);
    if (!api || !values)
        return {};
    QSignalSpy finished(session, &client::TryItSession::finished);
    QSignalSpy problem(session, &client::TryItSession::problem);
    if (!session->send(*api, *api->operation(u"score"_s), *values, environment))
        return {};
    if (!finished.wait(20'000))
        return {};
    // A problem about the answer is emitted right after finished(), in the same call.
    if (problems) {
        for (const auto &args : std::as_const(problem))
            problems->append(args.first().toString());
    }
    return finished.first().first().value<client::RedactedExchange>();
}

void TestOnlineEndpointSession::verifyTableShowsGoodDay(const client::Exchange &exchange)
{
    const ui::ResponseDigest digest = ui::ResponseDigest::fromBody(exchange.body, exchange.bodyFile, "application/json");
    QVERIFY2(digest.isJson, qPrintable(digest.problem));
    QCOMPARE(digest.outputs.size(), 1);
    ui::ResultsTableModel model;
    model.setTable(digest.outputs.first().table);
    QCOMPARE(model.rowCount(), 2); // the sample scores two rows
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Col2 - Hashing feature 1"_s);
    QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), u"Col2 - Hashing feature 8"_s);
    QStringList first;
    for (int c = 0; c < model.columnCount(); ++c)
        first.append(model.data(model.index(0, c)).toString());
    QCOMPARE(first, kGoodDayFeatures);
}

void TestOnlineEndpointSession::verifyNothingStoredHolds(const QString &secret, qint64 historyId)
{
    const QByteArray bytes = secret.toUtf8();
    QVERIFY(!m_workspace.toJson().contains(bytes));
    const auto stored = m_history->load(historyId);
    QVERIFY(stored);
    for (const auto &[name, value] : stored->request.headers)
        QVERIFY2(!value.contains(bytes), name.constData());
    QVERIFY(!stored->request.url.toString().toUtf8().contains(bytes));
    // The database and its journal, byte for byte.
    const QStringList files = QDir(m_dir.path()).entryList({u"history.sqlite*"_s}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(bytes), qPrintable(name));
    }
}

void TestOnlineEndpointSession::sampleEnvironmentScoresWithTheKeyAndTheTableShowsTheList()
{
    const client::Environment *env = m_workspace.environment(client::kSandboxOnlineEnvironment);
    QVERIFY(env);
    QCOMPARE(env->kind, client::kOnlineEndpointKind);
    // The workspace keeps the scoring URI and a reference to the key, never the key.
    QCOMPARE(env->value(client::kScoringUriVariable), m_sandbox.onlineScoringUrl().toString());
    QCOMPARE(env->value(client::kEndpointKeyVariable), u"{{secret:"_s + client::kSandboxOnlineKeySecret + u"}}"_s);
    QVERIFY(m_workspace.toJson().contains("\"kind\": \"azureml-online-endpoint\""));

    QSignalSpy recorded(m_session, &client::TryItSession::recorded);
    QStringList problems;
    const client::RedactedExchange exchange = send(m_session, *env, &problems);
    QCOMPARE(exchange->status, 200);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(exchange->request.url, m_sandbox.onlineScoringUrl());
    QVERIFY(exchange->body.trimmed().startsWith('[')); // the default deployment answers a bare list
    verifyTableShowsGoodDay(*exchange);

    // The viewer's copy sends Authorization, masked.
    bool sawAuthorization = false;
    for (const auto &[name, value] : exchange->request.headers) {
        QVERIFY2(!value.contains(m_key.toUtf8()), name.constData());
        sawAuthorization = sawAuthorization || name.compare("Authorization", Qt::CaseInsensitive) == 0;
    }
    QVERIFY(sawAuthorization);
    QTRY_COMPARE(recorded.size(), 1);
    verifyNothingStoredHolds(m_key, recorded.first().first().toLongLong());
}

void TestOnlineEndpointSession::wrongKeyComesBackWithTheEndpointsRefusal()
{
    client::OnlineEndpointSettings settings;
    settings.scoringUri = m_sandbox.onlineScoringUrl().toString();
    settings.keySecret = kWrongKeySecret;
    QStringList problems;
    const client::RedactedExchange exchange =
        send(m_session, client::onlineEndpointEnvironment(u"Wrong key"_s, settings), &problems);
    QCOMPARE(exchange->status, 401);
    QCOMPARE(exchange->body, "key_auth_access_denied"_ba);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"key_auth_access_denied"_s) && problems.first().contains(u"endpoint key"_s),
             qPrintable(problems.first()));
}

void TestOnlineEndpointSession::entraTokenSignsTheRequestAndTheTableShowsPredictions()
{
    client::OnlineEndpointSettings settings;
    settings.scoringUri = m_sandbox.onlineScoringUrl().toString();
    settings.auth = client::OnlineEndpointSettings::Auth::EntraToken;
    settings.deployment = u"mlflow"_s; // an MLflow model server answers {"predictions": [...]}
    const client::Environment env = client::onlineEndpointEnvironment(u"Entra"_s, settings);
    m_tokens->audiencesAsked.clear();
    QSignalSpy recorded(m_session, &client::TryItSession::recorded);
    QStringList problems;
    const client::RedactedExchange exchange = send(m_session, env, &problems);
    QCOMPARE(exchange->status, 200);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(m_tokens->audiencesAsked, QStringList{u"https://ml.azure.com"_s});
    QVERIFY(exchange->body.startsWith("{\"predictions\":"));
    verifyTableShowsGoodDay(*exchange);
    for (const auto &[name, value] : exchange->request.headers)
        QVERIFY2(!value.contains(kGoodToken.toUtf8()), name.constData());
    QTRY_COMPARE(recorded.size(), 1);
    verifyNothingStoredHolds(kGoodToken, recorded.first().first().toLongLong());
}

void TestOnlineEndpointSession::refusedTokenIsInvalidatedForTheNextSend()
{
    client::OnlineEndpointSettings settings;
    settings.scoringUri = m_sandbox.onlineScoringUrl().toString();
    settings.auth = client::OnlineEndpointSettings::Auth::EntraToken;
    m_tokens->value = u"expired-token"_s;
    m_tokens->invalidated.clear();
    QStringList problems;
    const client::RedactedExchange exchange =
        send(m_session, client::onlineEndpointEnvironment(u"Entra"_s, settings), &problems);
    m_tokens->value = kGoodToken;
    QCOMPARE(exchange->status, 401);
    QCOMPARE(m_tokens->invalidated, QStringList{u"https://ml.azure.com"_s});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"Microsoft Entra token"_s), qPrintable(problems.first()));
}

void TestOnlineEndpointSession::entraWithoutSignInIsReportedNotSent()
{
    client::TryItSession unsigned_(m_engine, m_secrets);
    client::OnlineEndpointSettings settings;
    settings.scoringUri = m_sandbox.onlineScoringUrl().toString();
    settings.auth = client::OnlineEndpointSettings::Auth::EntraToken;
    QSignalSpy finished(&unsigned_, &client::TryItSession::finished);
    QSignalSpy problem(&unsigned_, &client::TryItSession::problem);
    const client::Api *api = m_workspace.api(client::kSandboxOnlineApiId);
    QVERIFY(unsigned_.send(*api, *api->operation(u"score"_s),
                           *m_workspace.savedRequest(client::kSandboxOnlineApiId, u"score"_s),
                           client::onlineEndpointEnvironment(u"Entra"_s, settings)));
    QTRY_COMPARE(problem.size(), 1);
    QVERIFY2(problem.first().first().toString().contains(u"Sign in"_s), qPrintable(problem.first().first().toString()));
    QVERIFY(!unsigned_.isBusy());
    QCOMPARE(finished.size(), 0);
}

QTEST_MAIN(TestOnlineEndpointSession)
#include "tst_onlineendpointsession.moc"
