// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "sandbox/state/sandboxstore.h"

#include "sandbox/state/demoapi.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcStore, "portico.sandbox.state")

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE products (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " approval_required INTEGER NOT NULL DEFAULT 0, rate_calls INTEGER NOT NULL DEFAULT 0,"
    " rate_period INTEGER NOT NULL DEFAULT 0, quota_calls INTEGER NOT NULL DEFAULT 0,"
    " quota_period INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE apis (id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " service_url TEXT NOT NULL, path TEXT NOT NULL UNIQUE, protocols TEXT NOT NULL,"
    " key_header TEXT NOT NULL, key_query TEXT NOT NULL, follows_local_service INTEGER NOT NULL DEFAULT 0,"
    " position INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE operations (api_id TEXT NOT NULL REFERENCES apis(id) ON DELETE CASCADE, id TEXT NOT NULL,"
    " name TEXT NOT NULL, method TEXT NOT NULL, url_template TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " extra TEXT NOT NULL DEFAULT '{}', position INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (api_id, id))",
    "CREATE TABLE product_apis (product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,"
    " api_id TEXT NOT NULL REFERENCES apis(id) ON DELETE CASCADE, PRIMARY KEY (product_id, api_id))",
    "CREATE TABLE subscriptions (id TEXT PRIMARY KEY, name TEXT NOT NULL, product_id TEXT NOT NULL"
    " REFERENCES products(id), primary_key TEXT NOT NULL, secondary_key TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'active', created_at INTEGER NOT NULL)",
    "CREATE TABLE usage (time_ms INTEGER NOT NULL, subscription_id TEXT NOT NULL DEFAULT '',"
    " api_id TEXT NOT NULL DEFAULT '', operation_id TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL,"
    " latency_ms INTEGER NOT NULL, blocked INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX usage_by_time ON usage (time_ms)",
    "CREATE INDEX usage_by_subscription ON usage (subscription_id, time_ms)",
};

bool exec(QSqlQuery &q, QString *error)
{
    return client::SqliteDatabase::exec(q, error);
}

} // namespace

SandboxStore::SandboxStore(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_db(QDir(dataDir).filePath(u"sandbox.sqlite"_s), u"portico-sandbox"_s)
{ }

SandboxStore::~SandboxStore() = default;

QString SandboxStore::databasePath() const
{
    return m_db.path();
}

bool SandboxStore::open(QString *error)
{
    if (!QDir().mkpath(m_dataDir)) {
        if (error)
            *error = QObject::tr("Cannot create the data directory %1.").arg(m_dataDir);
        return false;
    }
    QString why;
    if (!m_db.open(&why)) {
        if (error)
            *error = QObject::tr("Cannot open %1: %2").arg(databasePath(), why);
        return false;
    }
    QSqlQuery q(m_db.database());
    // Read before anything writes: a damaged file, or someone else's database, is refused
    // and left exactly as it is rather than "repaired" by creating tables in it.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        if (error)
            *error = QObject::tr("%1 is damaged or not a database: %2").arg(databasePath(), q.lastError().text());
        return false;
    }
    const bool isNew = q.value(0).toInt() == 0;
    q.finish();
    q.prepare(u"SELECT value FROM meta WHERE key = 'schema'"_s);
    const bool hasSchema = q.exec() && q.next();
    if (!isNew && !hasSchema) {
        if (error)
            *error = QObject::tr("%1 is not the sandbox's database: it has no schema version.").arg(databasePath());
        return false;
    }
    if (hasSchema && q.value(0).toInt() > kSchemaVersion) {
        if (error)
            *error = QObject::tr("%1 was written by a newer Portico (schema %2).")
                         .arg(databasePath(), q.value(0).toString());
        return false;
    }
    q.finish();
    client::SqliteDatabase::Pragmas pragmas;
    pragmas.foreignKeys = true;
    m_db.applyPragmas(pragmas);
    if (hasSchema)
        return ensureOnlineEndpointKeys(error);
    if (!m_db.transaction([this, error](QSqlQuery &) { return createSchema(error) && seed(error); }, error))
        return false;
    if (!ensureOnlineEndpointKeys(error))
        return false;
    qCInfo(lcStore) << "created" << databasePath();
    return true;
}

// Databases from before the online endpoint lack its keys: they are added on open, once, and
// kept from then on like the other keys.
bool SandboxStore::ensureOnlineEndpointKeys(QString *error)
{
    return write(
        [error](QSqlQuery &q) {
            q.prepare(u"INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"_s);
            for (const QString &key : {u"online_primary_key"_s, u"online_secondary_key"_s}) {
                q.addBindValue(key);
                q.addBindValue(randomKey(32));
                if (!exec(q, error))
                    return false;
            }
            return true;
        },
        error);
}

bool SandboxStore::createSchema(QString *error)
{
    QSqlQuery q(m_db.database());
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString SandboxStore::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toHex());
}

QString SandboxStore::randomKey(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(raw.toBase64());
}

bool SandboxStore::seed(QString *error)
{
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    const QList<QPair<QString, QString>> meta = {
        {u"schema"_s, QString::number(kSchemaVersion)},
        {u"workspace"_s, randomHex(16)},
        {u"service"_s, randomHex(16)},
        {u"api_key"_s, randomKey(64)},
        {u"admin_key"_s, randomKey(32)},
    };
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
    for (const auto &[key, value] : meta) {
        q.addBindValue(key);
        q.addBindValue(value);
        if (!exec(q, error))
            return false;
    }

    // The service URL is filled in when the sandbox's service listener is up.
    const Api api = demoApi(QString());
    q.prepare(u"INSERT INTO apis (id, name, description, service_url, path, protocols, key_header, key_query,"
              " follows_local_service) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(api.id), QVariant(api.name), QVariant(api.description), QVariant(api.serviceUrl),
                              QVariant(api.path), QVariant(api.protocols.join(u',')),
                              QVariant(api.subscriptionKeyHeader), QVariant(api.subscriptionKeyQuery), QVariant(1)})
        q.addBindValue(v);
    if (!exec(q, error))
        return false;
    int position = 0;
    q.prepare(u"INSERT INTO operations (api_id, id, name, method, url_template, description, extra, position)"
              " VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?)"_s);
    for (const Operation &op : api.operations) {
        for (const QVariant &v : {QVariant(api.id), QVariant(op.id), QVariant(op.name), QVariant(op.method),
                                  QVariant(op.urlTemplate), QVariant(op.description),
                                  QVariant(QString::fromUtf8(QJsonDocument(op.extra).toJson(QJsonDocument::Compact))),
                                  QVariant(position++)})
            q.addBindValue(v);
        if (!exec(q, error))
            return false;
    }

    position = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Product &p : defaultProducts()) {
        q.prepare(u"INSERT INTO products (id, name, description, approval_required, rate_calls, rate_period,"
                  " quota_calls, quota_period, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const QVariant &v :
             {QVariant(p.id), QVariant(p.name), QVariant(p.description), QVariant(int(p.approvalRequired)),
              QVariant(p.rateLimit.calls), QVariant(p.rateLimit.renewalPeriod), QVariant(p.quota.calls),
              QVariant(p.quota.renewalPeriod), QVariant(position++)})
            q.addBindValue(v);
        if (!exec(q, error))
            return false;
        for (const QString &apiId : p.apiIds) {
            q.prepare(u"INSERT INTO product_apis (product_id, api_id) VALUES (?, ?)"_s);
            q.addBindValue(p.id);
            q.addBindValue(apiId);
            if (!exec(q, error))
                return false;
        }
        q.prepare(u"INSERT INTO subscriptions (id, name, product_id, primary_key, secondary_key, state, created_at)"
                  " VALUES (?, ?, ?, ?, ?, 'active', ?)"_s);
        for (const QVariant &v : {QVariant(randomHex(12)), QVariant(p.name + u" subscription"_s), QVariant(p.id),
                                  QVariant(randomHex(16)), QVariant(randomHex(16)), QVariant(now)})
            q.addBindValue(v);
        if (!exec(q, error))
            return false;
    }
    return true;
}

Credentials SandboxStore::credentials() const
{
    Credentials c;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT key, value FROM meta"_s);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"workspace")
            c.workspace = value;
        else if (key == u"service")
            c.service = value;
        else if (key == u"api_key")
            c.apiKey = value;
        else if (key == u"admin_key")
            c.adminKey = value;
        else if (key == u"online_primary_key")
            c.onlinePrimaryKey = value;
        else if (key == u"online_secondary_key")
            c.onlineSecondaryKey = value;
    }
    return c;
}

QList<Product> SandboxStore::products() const
{
    QList<Product> out;
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.exec(u"SELECT id, name, description, approval_required, rate_calls, rate_period, quota_calls, quota_period"
           " FROM products ORDER BY position, id"_s);
    while (q.next()) {
        Product p;
        p.id = q.value(0).toString();
        p.name = q.value(1).toString();
        p.description = q.value(2).toString();
        p.approvalRequired = q.value(3).toBool();
        p.rateLimit = {q.value(4).toInt(), q.value(5).toInt()};
        p.quota = {q.value(6).toInt(), q.value(7).toInt()};
        out.append(p);
    }
    QSqlQuery links(db);
    links.exec(u"SELECT product_id, api_id FROM product_apis ORDER BY api_id"_s);
    while (links.next()) {
        for (Product &p : out) {
            if (p.id == links.value(0).toString())
                p.apiIds.append(links.value(1).toString());
        }
    }
    return out;
}

QList<Subscription> SandboxStore::subscriptions() const
{
    QList<Subscription> out;
    QSqlQuery q(m_db.database());
    q.exec(u"SELECT id, name, product_id, primary_key, secondary_key, state, created_at FROM subscriptions"
           " ORDER BY created_at, id"_s);
    while (q.next()) {
        Subscription s;
        s.id = q.value(0).toString();
        s.name = q.value(1).toString();
        s.productId = q.value(2).toString();
        s.primaryKey = q.value(3).toString();
        s.secondaryKey = q.value(4).toString();
        s.state = q.value(5).toString();
        s.createdAtMs = q.value(6).toLongLong();
        out.append(s);
    }
    return out;
}

QList<Api> SandboxStore::apis() const
{
    QList<Api> out;
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    q.exec(u"SELECT id, name, description, service_url, path, protocols, key_header, key_query,"
           " follows_local_service FROM apis ORDER BY position, id"_s);
    while (q.next()) {
        Api a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString();
        a.description = q.value(2).toString();
        a.serviceUrl = q.value(3).toString();
        a.path = q.value(4).toString();
        a.protocols = q.value(5).toString().split(u',', Qt::SkipEmptyParts);
        a.subscriptionKeyHeader = q.value(6).toString();
        a.subscriptionKeyQuery = q.value(7).toString();
        a.followsLocalService = q.value(8).toBool();
        out.append(a);
    }
    QSqlQuery ops(db);
    ops.exec(u"SELECT api_id, id, name, method, url_template, description, extra FROM operations"
             " ORDER BY api_id, position, id"_s);
    while (ops.next()) {
        Operation op;
        op.id = ops.value(1).toString();
        op.name = ops.value(2).toString();
        op.method = ops.value(3).toString();
        op.urlTemplate = ops.value(4).toString();
        op.description = ops.value(5).toString();
        op.extra = QJsonDocument::fromJson(ops.value(6).toString().toUtf8()).object();
        for (Api &a : out) {
            if (a.id == ops.value(0).toString())
                a.operations.append(op);
        }
    }
    return out;
}

bool SandboxStore::setLocalServiceUrl(const QString &url)
{
    QSqlQuery q(m_db.database());
    q.prepare(u"UPDATE apis SET service_url = ? WHERE follows_local_service = 1"_s);
    q.addBindValue(url);
    return exec(q, nullptr);
}

} // namespace portico::sandbox
