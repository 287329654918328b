// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Speaks Azure Resource Manager for one API Management instance: Bearer tokens from a
// TokenSource (a refused token is dropped and fetched again, once), nextLink paging, 429s
// sent again after their Retry-After, long-running operations polled to their end, If-Match
// ETags, and ARM's own error message for the user.

#include "client/arm/azureconnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <memory>

namespace portico::client {

class HttpEngine;
struct Exchange;
namespace auth {
class TokenSource;
}

struct ArmReply
{
    int status = 0;     // the final HTTP status; 0 when no answer came
    QJsonObject json;   // the resource, or the page, or the operation's answer
    QByteArray etag;    // the entity's ETag, for If-Match
    QString code;       // ARM's error code, e.g. AuthorizationFailed
    QString error;      // empty on success; otherwise a sentence for the user
    bool ok() const { return error.isEmpty(); }
};

class ArmClient : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *kAudience = "https://management.azure.com";
    using Callback = std::function<void(const ArmReply &)>;
    using ListCallback = std::function<void(const QJsonArray &values, const ArmReply &last)>;

    // Neither is owned; both must outlive every call in flight.
    ArmClient(auth::TokenSource *tokens, HttpEngine *engine, QObject *parent = nullptr);
    ~ArmClient() override;

    void setConnection(const AzureConnection &connection) { m_connection = connection; }
    const AzureConnection &connection() const { return m_connection; }
    HttpEngine *engine() const { return m_engine; }
    // How often a 429 is sent again before its message reaches the user.
    void setMaxThrottleRetries(int n) { m_maxThrottleRetries = n; }

    // path is under the service, e.g. "/apis/echo" ("" for the service itself). Every callback
    // runs later on this thread, never inside the call, and not at all if context is gone.
    void send(const QByteArray &method, const QString &path, const QJsonObject &body, const QObject *context,
              Callback done, const QByteArray &ifMatch = {}, const QUrlQuery &query = {});
    // GETs every page, following nextLink.
    void list(const QString &path, const QUrlQuery &query, const QObject *context, ListCallback done);

    // The user's sentence for an ARM error body (403s name the action ARM said is missing).
    static QString errorMessage(int status, const QJsonObject &body, QString *code = nullptr);

private:
    struct Call;
    void start(const std::shared_ptr<Call> &call);
    void onFinished(const Exchange &exchange);
    void poll(const std::shared_ptr<Call> &call, const QUrl &url, int afterSeconds);
    void nextPage(const ArmReply &page, const std::shared_ptr<QJsonArray> &values,
                  const QPointer<const QObject> &context, const ListCallback &done);
    void finish(const std::shared_ptr<Call> &call, ArmReply reply);
    QUrl urlFor(const QString &path, const QUrlQuery &query) const;

    auth::TokenSource *m_tokens;
    HttpEngine *m_engine;
    AzureConnection m_connection;
    int m_maxThrottleRetries = 3;
    std::map<quint64, std::shared_ptr<Call>> m_pending;
};

} // namespace portico::client
