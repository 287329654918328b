// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/http/redactedexchange.h"

#include "client/secrets/redactor.h"

#include <QFile>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// Credentials written into the request itself rather than referenced from the keychain: the
// values of its sensitive headers (and the key after "Bearer "), and of its key parameters.
QStringList credentialsOf(const RequestSpec &request)
{
    QStringList secrets;
    for (const auto &[name, value] : request.headers) {
        if (!isSensitiveHeader(name))
            continue;
        const QString text = QString::fromUtf8(value).trimmed();
        secrets.append(text);
        // "Bearer <key>": the key alone is the secret.
        if (const qsizetype space = text.indexOf(u' '); space > 0)
            secrets.append(text.sliced(space + 1).trimmed());
    }
    const auto items = QUrlQuery(request.url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        const QString probe = u"x:?"_s + name + u"=v"_s;
        if (redactUrl(probe) != probe)
            secrets.append(value);
    }
    return secrets;
}

// The first kSpooledHeadBytes of a spool file with the known secrets masked. A secret that
// straddles the end is left out with everything after it, not kept in part.
QByteArray maskedHead(const QString &path, const QStringList &knownSecrets)
{
    QList<QByteArray> forms; // as redactBody() matches them
    qsizetype longest = 0;
    for (const QString &secret : knownSecrets) {
        if (secret.size() < 8)
            continue;
        for (const QByteArray &form : {secret.toUtf8(), QUrl::toPercentEncoding(secret)}) {
            forms.append(form);
            longest = std::max(longest, form.size());
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(RedactedExchange::kSpooledHeadBytes + longest);
    qsizetype cut = std::min<qsizetype>(head.size(), RedactedExchange::kSpooledHeadBytes);
    for (bool moved = cut < head.size(); moved;) {
        moved = false;
        for (const QByteArray &form : std::as_const(forms)) {
            const qsizetype at = head.indexOf(form, std::max<qsizetype>(0, cut - form.size() + 1));
            if (at >= 0 && at < cut) {
                cut = at;
                moved = true;
            }
        }
    }
    head.truncate(cut);
    return redactBody(head, knownSecrets);
}

} // namespace

RedactedExchange RedactedExchange::of(const Exchange &exchange, const QStringList &keychainSecrets)
{
    const QStringList knownSecrets = keychainSecrets + credentialsOf(exchange.request);
    Exchange out = exchange;
    const auto url = [&](const QUrl &u) {
        return QUrl(redactText(redactUrl(u.toString(QUrl::FullyEncoded)), knownSecrets), QUrl::TolerantMode);
    };
    out.request.url = url(exchange.request.url);
    out.finalUrl = url(exchange.finalUrl);
    const auto headers = [&](HeaderList &list) {
        for (auto &h : list)
            h.second = redactBody(redactHeaderValue(h.first, h.second), knownSecrets);
    };
    headers(out.request.headers);
    headers(out.responseHeaders);
    out.request.body = redactBody(exchange.request.body, knownSecrets);
    out.body = redactBody(exchange.body, knownSecrets);
    out.reason = redactBody(exchange.reason, knownSecrets);
    out.error = redactText(exchange.error, knownSecrets);
    RedactedExchange redacted(std::move(out));
    if (exchange.isSpooled())
        redacted.m_spooledHead = maskedHead(exchange.bodyFile, knownSecrets);
    return redacted;
}

} // namespace portico::client
