// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/auth/azureclitokensource.h"

#include "client/auth/authclock.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace portico::client::auth {

namespace {

constexpr int kRefreshMarginSeconds = 300;

QString normalizedAudience(QString audience)
{
    audience = audience.trimmed();
    while (audience.endsWith(u'/'))
        audience.chop(1);
    return audience;
}

QString resolve(const QString &program)
{
    if (!program.isEmpty())
        return program.contains(u'/') ? program : QStandardPaths::findExecutable(program);
    return QStandardPaths::findExecutable(u"az"_s);
}

} // namespace

AzureCliTokenSource::AzureCliTokenSource(const QString &program, AuthClock *clock, QObject *parent)
    : TokenSource(parent)
    , m_program(program)
    , m_clock(clock ? clock : AuthClock::system())
{ }

AzureCliTokenSource::~AzureCliTokenSource()
{
    // Their answers would find no one; QProcess's own destructor ends them.
    for (QProcess *p : std::as_const(m_running))
        p->disconnect(this);
}

bool AzureCliTokenSource::isAvailable(const QString &program)
{
    const QString path = resolve(program);
    return !path.isEmpty() && QFileInfo::exists(path);
}

bool AzureCliTokenSource::parse(const QByteArray &json, const QDateTime &now, AccessToken *token, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(json, &parseError).object();
    token->value = o.value(u"accessToken"_s).toString();
    if (parseError.error != QJsonParseError::NoError || token->value.isEmpty()) {
        *error = tr("The Azure CLI answered without an access token.");
        token->value.clear();
        return false;
    }
    // Newer CLIs give expires_on in POSIX seconds; older ones only expiresOn, in local time.
    const QJsonValue posix = o.value(u"expires_on"_s);
    if (posix.isDouble() || (posix.isString() && !posix.toString().isEmpty())) {
        const qint64 secs = posix.isDouble() ? qint64(posix.toDouble()) : posix.toString().toLongLong();
        token->expiresOn = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    } else {
        QString text = o.value(u"expiresOn"_s).toString();
        // "2026-03-01 13:30:00.123456": to the second is close enough.
        const QDateTime local = QDateTime::fromString(text.left(19), u"yyyy-MM-dd HH:mm:ss"_s);
        token->expiresOn = local.toUTC();
    }
    if (!token->expiresOn.isValid()) {
        // Without an expiry the token is used once and asked for again next time.
        token->expiresOn = now;
    }
    return true;
}

void AzureCliTokenSource::token(const QString &requested, Callback done)
{
    const QString audience = normalizedAudience(requested);
    const auto cached = m_tokens.constFind(audience);
    if (cached != m_tokens.cend() && m_clock->now().secsTo(cached->expiresOn) > kRefreshMarginSeconds) {
        const AccessToken token = *cached;
        QTimer::singleShot(0, this, [done = std::move(done), token] { done(token, {}); });
        return;
    }
    QList<Callback> &waiting = m_waiting[audience];
    waiting.append(std::move(done));
    if (waiting.size() == 1)
        run(audience);
}

void AzureCliTokenSource::run(const QString &audience)
{
    const QString program = resolve(m_program);
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this, audience] {
            finish(audience, {},
                   tr("The Azure CLI (az) is not installed or not on PATH. Install it and run \"az login\", or sign "
                      "in with a device code."));
        });
        return;
    }
    auto *process = new QProcess(this);
    m_running.append(process);
    process->setProgram(program);
    process->setArguments({u"account"_s, u"get-access-token"_s, u"--resource"_s, audience, u"-o"_s, u"json"_s});
    connect(process, &QProcess::errorOccurred, this, [this, process, audience](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_running.removeOne(process);
        process->deleteLater();
        finish(audience, {}, tr("Cannot run the Azure CLI (%1): %2").arg(process->program(), process->errorString()));
    });
    connect(process, &QProcess::finished, this, [this, process, audience](int exitCode, QProcess::ExitStatus status) {
        m_running.removeOne(process);
        process->deleteLater();
        const QByteArray out = process->readAllStandardOutput();
        const QString err = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (status != QProcess::NormalExit || exitCode != 0) {
            finish(audience, {},
                   err.isEmpty() ? tr("The Azure CLI failed (exit code %1).").arg(exitCode)
                                 : tr("The Azure CLI failed: %1").arg(err));
            return;
        }
        AccessToken token;
        QString error;
        if (!parse(out, m_clock->now(), &token, &error)) {
            finish(audience, {}, error);
            return;
        }
        m_tokens.insert(audience, token);
        if (!m_signedIn) {
            m_signedIn = true;
            Q_EMIT signedInChanged(true);
        }
        finish(audience, token, {});
    });
    process->start(QIODevice::ReadOnly);
}

void AzureCliTokenSource::finish(const QString &audience, const AccessToken &token, const QString &error)
{
    const QList<Callback> waiting = m_waiting.take(audience);
    for (const Callback &done : waiting)
        done(token, error);
}

void AzureCliTokenSource::invalidate(const QString &audience)
{
    m_tokens.remove(normalizedAudience(audience));
}

} // namespace portico::client::auth
