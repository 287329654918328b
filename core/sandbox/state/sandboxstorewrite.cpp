// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The sandbox store's writes: APIs, operations, products, their links, subscriptions and keys,
// each in one transaction. Opening, seeding and reading are in sandboxstore.cpp.
#include "sandbox/state/sandboxstore.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace portico::sandbox {

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    return client::SqliteDatabase::run(q, sql, values, error);
}

} // namespace

bool SandboxStore::write(const std::function<bool(QSqlQuery &)> &statements, QString *error)
{
    QString why;
    if (m_db.transaction(statements, &why))
        return true;
    // Every failure names the file, so "database or disk is full" says which disk. A failing
    // statement has already said what went wrong.
    if (error && !why.isEmpty())
        *error = QObject::tr("Cannot write %1: %2").arg(databasePath(), why);
    return false;
}

bool SandboxStore::upsertApi(const Api &api, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return run(q,
                       u"INSERT INTO apis (id, name, description, service_url, path, protocols, key_header, key_query,"
                       " position) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?,"
                       " (SELECT COALESCE(MAX(position), 0) + 1 FROM apis))"
                       " ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,"
                       " service_url = excluded.service_url, path = excluded.path, protocols = excluded.protocols"_s,
                       {api.id, api.name, api.description, api.serviceUrl, api.path, api.protocols.join(u','),
                        api.subscriptionKeyHeader, api.subscriptionKeyQuery},
                       error);
        },
        error);
}

bool SandboxStore::deleteApi(const QString &apiId, QString *error)
{
    // Foreign keys cascade only where the pragma is on; say it explicitly.
    return write(
        [&](QSqlQuery &q) {
            return run(q, u"DELETE FROM operations WHERE api_id = ?"_s, {apiId}, error) &&
                run(q, u"DELETE FROM product_apis WHERE api_id = ?"_s, {apiId}, error) &&
                run(q, u"DELETE FROM apis WHERE id = ?"_s, {apiId}, error);
        },
        error);
}

bool SandboxStore::upsertOperation(const QString &apiId, const Operation &op, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return run(
                q,
                u"INSERT INTO operations (api_id, id, name, method, url_template, description, extra, position)"
                " VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM operations"
                " WHERE api_id = ?)) ON CONFLICT (api_id, id) DO UPDATE SET name = excluded.name,"
                " method = excluded.method, url_template = excluded.url_template,"
                " description = excluded.description, extra = excluded.extra"_s,
                {apiId, op.id, op.name, op.method, op.urlTemplate, op.description,
                 QString::fromUtf8(QJsonDocument(op.extra).toJson(QJsonDocument::Compact)), apiId},
                error);
        },
        error);
}

bool SandboxStore::deleteOperation(const QString &apiId, const QString &operationId, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return run(q, u"DELETE FROM operations WHERE api_id = ? AND id = ?"_s, {apiId, operationId}, error);
        },
        error);
}

bool SandboxStore::upsertProduct(const Product &p, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return run(q,
                       u"INSERT INTO products (id, name, description, approval_required, rate_calls, rate_period,"
                       " quota_calls, quota_period, position) VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?,"
                       " (SELECT COALESCE(MAX(position), 0) + 1 FROM products)) ON CONFLICT (id) DO UPDATE SET"
                       " name = excluded.name, description = excluded.description,"
                       " approval_required = excluded.approval_required, rate_calls = excluded.rate_calls,"
                       " rate_period = excluded.rate_period, quota_calls = excluded.quota_calls,"
                       " quota_period = excluded.quota_period"_s,
                       {p.id, p.name, p.description, int(p.approvalRequired), p.rateLimit.calls,
                        p.rateLimit.renewalPeriod, p.quota.calls, p.quota.renewalPeriod},
                       error);
        },
        error);
}

bool SandboxStore::deleteProduct(const QString &productId, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return run(q, u"DELETE FROM subscriptions WHERE product_id = ?"_s, {productId}, error) &&
                run(q, u"DELETE FROM product_apis WHERE product_id = ?"_s, {productId}, error) &&
                run(q, u"DELETE FROM products WHERE id = ?"_s, {productId}, error);
        },
        error);
}

bool SandboxStore::setProductApi(const QString &productId, const QString &apiId, bool linked, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return linked
                ? run(q, u"INSERT OR IGNORE INTO product_apis (product_id, api_id) VALUES (?, ?)"_s, {productId, apiId},
                      error)
                : run(q, u"DELETE FROM product_apis WHERE product_id = ? AND api_id = ?"_s, {productId, apiId}, error);
        },
        error);
}

bool SandboxStore::upsertSubscription(const Subscription &s, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return run(
                q,
                u"INSERT INTO subscriptions (id, name, product_id, primary_key, secondary_key, state, created_at)"
                " VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                " product_id = excluded.product_id, state = excluded.state"_s,
                {s.id, s.name, s.productId, s.primaryKey, s.secondaryKey, s.state, s.createdAtMs}, error);
        },
        error);
}

bool SandboxStore::deleteSubscription(const QString &subscriptionId, QString *error)
{
    return write(
        [&](QSqlQuery &q) { return run(q, u"DELETE FROM subscriptions WHERE id = ?"_s, {subscriptionId}, error); },
        error);
}

bool SandboxStore::setSubscriptionKey(const QString &subscriptionId, bool primary, const QString &key, QString *error)
{
    return write(
        [&](QSqlQuery &q) {
            return run(q,
                       primary ? u"UPDATE subscriptions SET primary_key = ? WHERE id = ?"_s
                               : u"UPDATE subscriptions SET secondary_key = ? WHERE id = ?"_s,
                       {key, subscriptionId}, error);
        },
        error);
}

} // namespace portico::sandbox
