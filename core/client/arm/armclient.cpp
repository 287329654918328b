// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/arm/armclient.h"

#include "client/auth/tokensource.h"
#include "client/http/httpengine.h"
#include "client/http/retryafter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portico::client {

Q_LOGGING_CATEGORY(lcArm, "portico.arm")

namespace {

class ArmText
{
    Q_DECLARE_TR_FUNCTIONS(ArmClient)
};

constexpr int kTimeoutMs = 60'000;
// When ARM asks for a wait it does not size, as its SDKs do.
constexpr int kDefaultPollSeconds = 5;
constexpr int kMaxPolls = 120;

int retryAfterSeconds(const Exchange &exchange, int fallback)
{
    const QByteArray value = exchange.header("Retry-After");
    if (value.isEmpty())
        return fallback;
    const int s = parseRetryAfter(value, QDateTime::currentDateTimeUtc());
    return s < 0 ? fallback : s;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

struct ArmClient::Call
{
    enum Phase { Initial, PollAsync, PollLocation, FinalGet };
    QByteArray method;
    QUrl url;        // what the current step sends to
    QUrl resource;   // the resource an Azure-AsyncOperation ends with
    QByteArray body;
    QByteArray ifMatch;
    QPointer<const QObject> context;
    Callback done;
    Phase phase = Initial;
    bool authRetried = false;
    QString sentToken; // the bearer token the current step went with, to say which one was refused
    int throttleRetries = 0;
    int polls = 0;
};

ArmClient::ArmClient(auth::TokenSource *tokens, HttpEngine *engine, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_engine(engine)
{
    connect(m_engine, &HttpEngine::finished, this, &ArmClient::onFinished);
}

ArmClient::~ArmClient()
{
    for (const auto &[id, call] : m_pending)
        m_engine->cancel(id);
}

QUrl ArmClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QString base = m_connection.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + m_connection.serviceId() + path, QUrl::TolerantMode);
    QUrlQuery q = query;
    q.removeAllQueryItems(u"api-version"_s);
    q.addQueryItem(u"api-version"_s, m_connection.apiVersion);
    url.setQuery(q);
    return url;
}

void ArmClient::send(const QByteArray &method, const QString &path, const QJsonObject &body, const QObject *context,
                     Callback done, const QByteArray &ifMatch, const QUrlQuery &query)
{
    auto call = std::make_shared<Call>();
    call->method = method;
    call->context = context;
    call->done = std::move(done);
    call->ifMatch = ifMatch;
    if (method == "PUT" || method == "PATCH" || (method == "POST" && !body.isEmpty()))
        call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (!m_connection.isComplete()) {
        ArmReply r;
        r.error = ArmText::tr("The Azure connection is not complete: it needs a subscription id, a resource group, "
                              "a service name and an api-version.");
        QMetaObject::invokeMethod(this, [this, call, r] { finish(call, r); }, Qt::QueuedConnection);
        return;
    }
    call->url = urlFor(path, query);
    start(call);
}

void ArmClient::list(const QString &path, const QUrlQuery &query, const QObject *context, ListCallback done)
{
    auto values = std::make_shared<QJsonArray>();
    QPointer<const QObject> guard(context);
    send(
        "GET", path, {}, context,
        [this, values, guard, done](const ArmReply &page) { nextPage(page, values, guard, done); }, {}, query);
}

void ArmClient::nextPage(const ArmReply &page, const std::shared_ptr<QJsonArray> &values,
                         const QPointer<const QObject> &context, const ListCallback &done)
{
    if (!page.ok()) {
        done(*values, page);
        return;
    }
    for (const QJsonValue &v : page.json.value(u"value"_s).toArray())
        values->append(v);
    const QUrl next(page.json.value(u"nextLink"_s).toString(), QUrl::StrictMode);
    if (next.isEmpty() || !next.isValid()) {
        done(*values, page);
        return;
    }
    // A token only ever goes to the Resource Manager it was asked for.
    if (!sameOrigin(next, m_connection.baseUrl)) {
        ArmReply r = page;
        r.error = ArmText::tr("Azure Resource Manager pointed the next page at %1, which is not %2; Portico did "
                              "not follow it.")
                      .arg(next.host(), m_connection.baseUrl.host());
        done(*values, r);
        return;
    }
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->url = next;
    call->context = context;
    call->done = [this, values, context, done](const ArmReply &p) { nextPage(p, values, context, done); };
    start(call);
}

void ArmClient::start(const std::shared_ptr<Call> &call)
{
    QPointer<ArmClient> self(this);
    m_tokens->token(QString::fromLatin1(kAudience), [self, call](const auth::AccessToken &token, const QString &error) {
        if (!self || !call->context)
            return;
        if (!token.isValid()) {
            ArmReply r;
            r.status = 401;
            r.error = error.isEmpty() ? ArmText::tr("Sign in to Azure to reach the API Management instance.") : error;
            self->finish(call, r);
            return;
        }
        call->sentToken = token.value;
        RequestSpec spec;
        spec.method = call->method;
        spec.url = call->url;
        spec.headers = {{"Authorization"_ba, "Bearer "_ba + token.value.toUtf8()}, {"Accept"_ba, "application/json"_ba}};
        if (!call->body.isEmpty()) {
            spec.headers.append({"Content-Type"_ba, "application/json"_ba});
            spec.body = call->body;
        }
        if (!call->ifMatch.isEmpty() && call->phase == Call::Initial)
            spec.headers.append({"If-Match"_ba, call->ifMatch});
        spec.timeoutMs = kTimeoutMs;
        const quint64 id = self->m_engine->send(spec);
        self->m_pending.emplace(id, call);
    });
}

void ArmClient::poll(const std::shared_ptr<Call> &call, const QUrl &url, int afterSeconds)
{
    if (++call->polls > kMaxPolls) {
        ArmReply r;
        r.error = ArmText::tr("Azure is still working on the change after %1 checks; look at the instance in the "
                              "Azure portal.")
                      .arg(kMaxPolls);
        finish(call, r);
        return;
    }
    call->url = url;
    call->method = "GET";
    call->body.clear();
    QTimer::singleShot(afterSeconds * 1000, this, [this, call] { start(call); });
}

void ArmClient::onFinished(const Exchange &exchange)
{
    const auto it = m_pending.find(exchange.id);
    if (it == m_pending.end())
        return;
    const std::shared_ptr<Call> call = it->second;
    m_pending.erase(it);
    if (!call->context)
        return;

    ArmReply r;
    r.status = exchange.status;
    if (!exchange.error.isEmpty() && exchange.status == 0) {
        r.error = exchange.error;
        finish(call, r);
        return;
    }
    if (exchange.status == 401 && !call->authRetried) {
        // The token may have been revoked or have expired early: one fresh one, once.
        call->authRetried = true;
        m_tokens->refused(QString::fromLatin1(kAudience), call->sentToken);
        start(call);
        return;
    }
    if (exchange.status == 429 && call->throttleRetries < m_maxThrottleRetries) {
        ++call->throttleRetries;
        const int wait = retryAfterSeconds(exchange, kDefaultPollSeconds);
        qCInfo(lcArm) << "throttled; sending again in" << wait << "s";
        QTimer::singleShot(wait * 1000, this, [this, call] { start(call); });
        return;
    }
    r.json = QJsonDocument::fromJson(exchange.body).object();
    r.etag = exchange.header("ETag");
    if (exchange.status >= 400) {
        r.error = errorMessage(exchange.status, r.json, &r.code);
        finish(call, r);
        return;
    }

    const QUrl async(QString::fromUtf8(exchange.header("Azure-AsyncOperation")));
    const QUrl location(QString::fromUtf8(exchange.header("Location")));
    switch (call->phase) {
    case Call::Initial:
        if ((exchange.status == 201 || exchange.status == 202) && async.isValid() && !async.isEmpty()) {
            call->phase = Call::PollAsync;
            call->resource = (call->method == "PUT" || call->method == "PATCH") ? call->url : location;
            poll(call, async, retryAfterSeconds(exchange, kDefaultPollSeconds));
            return;
        }
        if (exchange.status == 202 && location.isValid() && !location.isEmpty()) {
            call->phase = Call::PollLocation;
            poll(call, location, retryAfterSeconds(exchange, kDefaultPollSeconds));
            return;
        }
        break;
    case Call::PollAsync: {
        const QString status = r.json.value(u"status"_s).toString();
        if (status.compare(u"Succeeded"_s, Qt::CaseInsensitive) == 0) {
            if (call->resource.isEmpty())
                break;
            call->phase = Call::FinalGet;
            poll(call, call->resource, 0);
            return;
        }
        if (status.compare(u"Failed"_s, Qt::CaseInsensitive) == 0 ||
            status.compare(u"Canceled"_s, Qt::CaseInsensitive) == 0) {
            r.error = errorMessage(exchange.status, r.json, &r.code);
            if (r.json.value(u"error"_s).toObject().isEmpty())
                r.error = ArmText::tr("Azure ended the operation as %1.").arg(status);
            finish(call, r);
            return;
        }
        poll(call, call->url, retryAfterSeconds(exchange, kDefaultPollSeconds));
        return;
    }
    case Call::PollLocation:
        if (exchange.status == 202) {
            poll(call, location.isEmpty() ? call->url : location, retryAfterSeconds(exchange, kDefaultPollSeconds));
            return;
        }
        break;
    case Call::FinalGet:
        break;
    }
    finish(call, r);
}

void ArmClient::finish(const std::shared_ptr<Call> &call, ArmReply reply)
{
    if (call->context && call->done)
        call->done(reply);
}

QString ArmClient::errorMessage(int status, const QJsonObject &body, QString *code)
{
    const QJsonObject e = body.value(u"error"_s).toObject();
    const QString c = e.value(u"code"_s).toString();
    if (code)
        *code = c;
    QString message = e.value(u"message"_s).toString().trimmed();
    for (const QJsonValue &d : e.value(u"details"_s).toArray()) {
        const QString detail = d.toObject().value(u"message"_s).toString().trimmed();
        if (!detail.isEmpty() && !message.contains(detail))
            message += u"\n"_s + detail;
    }
    if (message.isEmpty())
        return ArmText::tr("Azure Resource Manager answered HTTP %1 without saying why.").arg(status);
    if (c == u"AuthorizationFailed") {
        static const QRegularExpression action(u"action '([^']+)'"_s);
        const QRegularExpressionMatch m = action.match(message);
        if (m.hasMatch())
            return ArmText::tr("Your Azure account may not do “%1” on this API Management instance. Ask its owner "
                               "for a role that allows it, such as API Management Service Contributor.\n\n%2")
                .arg(m.captured(1), message);
    }
    return message;
}

} // namespace portico::client
