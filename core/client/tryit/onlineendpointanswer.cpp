// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/tryit/onlineendpointanswer.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

QByteArray header(const Exchange &exchange, QByteArrayView name)
{
    for (const auto &[key, value] : exchange.responseHeaders) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// The server's own words, short: a bare code, or the "message" of a JSON body.
QString serverWords(const Exchange &exchange)
{
    const QJsonObject o = QJsonDocument::fromJson(exchange.body).object();
    QString words = o.value(u"message"_s).toString();
    if (words.isEmpty() && !exchange.body.trimmed().startsWith('{'))
        words = QString::fromUtf8(exchange.body.left(200)).trimmed();
    return words;
}

} // namespace

QString OnlineEndpointAnswer::problem(const Exchange &exchange, bool withToken)
{
    const QString words = serverWords(exchange);
    switch (exchange.status) {
    case 401:
        if (withToken)
            return tr("The online endpoint refused the Microsoft Entra token (%1). Sign in again, or ask for a role "
                      "that may score this endpoint.")
                .arg(words);
        return tr("The online endpoint refused the endpoint key (%1). Check the key stored in the keychain for this "
                  "environment, or whether the endpoint expects a Microsoft Entra token instead.")
            .arg(words);
    case 404:
        return tr("The online endpoint has nothing at this address (%1). Check the scoring URI and the deployment.")
            .arg(words);
    case 424: {
        const QByteArray modelStatus = header(exchange, "ms-azureml-model-error-statuscode");
        return tr("The model refused the input (its status %1): %2")
            .arg(modelStatus.isEmpty() ? u"?"_s : QString::fromLatin1(modelStatus), words);
    }
    default:
        return QString();
    }
}

} // namespace portico::client
