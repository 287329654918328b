// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// What the environments dialog refuses: one environment's first problem, in words.
#include "client/catalog/onlineendpoint.h"
#include "client/secrets/redactor.h"
#include "client/tryit/jsonbodycheck.h"
#include "ui/tryit/environmentsdialog.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::ui {

namespace {

bool hasPlaceholder(const QString &text)
{
    return text.contains(u"{{"_s);
}

} // namespace

bool EnvironmentsDialog::isEndpointVariable(const QString &name)
{
    return name == client::kScoringUriVariable || name == client::kAuthVariable ||
           name == client::kEndpointKeyVariable || name == client::kDeploymentVariable ||
           name == client::kSampleBodyVariable;
}

QString EnvironmentsDialog::problemOf(const client::Environment &e, const QString &typedKey,
                                      const QStringList &secretNames)
{
    if (e.name.isEmpty())
        return tr("An environment needs a name.");
    QStringList seen;
    static const QRegularExpression variableName(u"^[A-Za-z0-9_.-]+$"_s);
    const auto online = client::onlineEndpointSettings(e);
    for (const auto &[name, value] : e.variables) {
        Q_UNUSED(value)
        if (online && isEndpointVariable(name) && !seen.contains(name)) {
            seen.append(name);
            continue;
        }
        if (name.isEmpty())
            return tr("\"%1\": a variable has no name.").arg(e.name);
        if (!variableName.match(name).hasMatch())
            return tr("\"%1\": the variable name \"%2\" may hold only letters, digits, '_', '-' and '.'.")
                .arg(e.name, name);
        if (seen.contains(name))
            return tr("\"%1\": the variable \"%2\" is there twice.").arg(e.name, name);
        seen.append(name);
    }
    if (!online)
        return {};
    if (online->scoringUri.isEmpty())
        return tr("\"%1\": an online endpoint needs its scoring URI.").arg(e.name);
    if (!hasPlaceholder(online->scoringUri)) {
        const QUrl url(online->scoringUri, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
            return tr("\"%1\": the scoring URI is not an http or https address.").arg(e.name);
    }
    if (online->auth == client::OnlineEndpointSettings::Auth::Key) {
        if (online->keySecret.isEmpty())
            return tr("\"%1\": name the keychain key that holds the endpoint key.").arg(e.name);
        if (!client::isValidSecretName(online->keySecret))
            return tr("\"%1\": \"%2\" is not a key name the keychain takes (letters, digits, '_', '-' and '.').")
                .arg(e.name, online->keySecret);
        if (typedKey.isEmpty() && !secretNames.contains(online->keySecret))
            return tr("\"%1\": the keychain has no key \"%2\"; type the endpoint key to store it.")
                .arg(e.name, online->keySecret);
    }
    if (!online->sampleBody.trimmed().isEmpty() && !hasPlaceholder(online->sampleBody)) {
        if (const auto error = client::jsonSyntaxError(online->sampleBody.toUtf8())) {
            return tr("\"%1\": the sample body is not JSON: %2 at line %3, column %4.")
                .arg(e.name, error->message)
                .arg(error->line)
                .arg(error->column);
        }
    }
    return {};
}

} // namespace portico::ui
