// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/requestbuilder.h"

#include "client/catalog/onlineendpoint.h"
#include "client/catalog/urltemplate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

bool hasPlaceholder(const QString &text)
{
    static const QRegularExpression placeholder(u"\\{\\{\\s*[A-Za-z0-9_.-]+\\s*\\}\\}"_s);
    return placeholder.match(text).hasMatch();
}

void appendOnce(QStringList *list, const QStringList &more)
{
    for (const QString &s : more) {
        if (!list->contains(s))
            list->append(s);
    }
}

} // namespace

BuiltRequest RequestBuilder::prepare(const Api &api, const Operation &operation, const SavedRequest &values,
                                     const Environment &environment)
{
    BuiltRequest out;
    auto resolve = [&](const QString &text) {
        const QString resolved = substituteVariables(text, environment, &out.unresolvedVariables);
        appendOnce(&out.secretNames, secretReferences(resolved));
        return resolved;
    };

    const UrlTemplate urlTemplate = UrlTemplate::parse(operation.urlTemplate);
    out.urlTemplate = operation.urlTemplate;
    for (const Parameter &p : operation.templateParameters) {
        if (!p.defaultValue.isEmpty())
            out.templateValues.insert(p.name, p.defaultValue);
    }
    for (const auto &[name, value] : values.parameters) {
        if (urlTemplate.parameterNames().contains(name))
            out.templateValues.insert(name, resolve(value));
        else if (!value.isEmpty())
            out.extraQuery.append({name, resolve(value)});
    }
    const std::optional<OnlineEndpointSettings> online = onlineEndpointSettings(environment);
    if (online) {
        // The scoring URI is the whole address: the operation's template does not apply.
        out.onlineEndpoint = true;
        out.urlTemplate.clear();
        out.templateValues.clear();
        out.baseUrl = resolve(online->scoringUri);
        if (online->auth == OnlineEndpointSettings::Auth::EntraToken)
            out.bearerAudience = kMlAudience;
    } else {
        out.baseUrl = environment.contains(u"baseUrl"_s) ? resolve(u"{{baseUrl}}"_s) : api.serviceUrl;
    }
    // Until the keychain answers, references stand in for the secrets' values.
    QHash<QString, QString> placeholders;
    for (const QString &name : std::as_const(out.secretNames))
        placeholders.insert(name, u"{{secret:"_s + name + u"}}"_s);
    out.spec.url = buildUrl(out, placeholders, nullptr, &out.missingParameters);
    out.spec.method = online ? "POST"_ba : operation.method.toUpper().toLatin1(); // scoring is always a POST

    bool hasContentType = false;
    for (const auto &[name, value] : values.headers) {
        if (name.trimmed().isEmpty())
            continue;
        QStringList unresolvedHere;
        const QString resolved = substituteVariables(value, environment, &unresolvedHere);
        if (!unresolvedHere.isEmpty() && hasPlaceholder(resolved) && resolved.trimmed() == value.trimmed()) {
            // The whole value was a variable this environment lacks (a subscription key when
            // calling the service directly): leave the header out rather than send "{{...}}".
            out.droppedHeaders.append(name);
            continue;
        }
        appendOnce(&out.unresolvedVariables, unresolvedHere);
        appendOnce(&out.secretNames, secretReferences(resolved));
        hasContentType = hasContentType || name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
        out.spec.headers.append({name.trimmed().toLatin1(), resolved.toUtf8()});
    }

    if (online) {
        const auto sends = [&out](QByteArrayView name) {
            return std::any_of(out.spec.headers.cbegin(), out.spec.headers.cend(), [name](const auto &h) {
                return QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0;
            });
        };
        if (online->auth == OnlineEndpointSettings::Auth::Key && !sends("Authorization")) {
            out.spec.headers.append({"Authorization"_ba, resolve(u"Bearer {{"_s + kEndpointKeyVariable + u"}}"_s).toUtf8()});
        }
        if (online->auth == OnlineEndpointSettings::Auth::EntraToken) {
            // The token replaces whatever the request held: a key there would go to the wrong place.
            out.spec.headers.removeIf(
                [](const auto &h) { return QByteArrayView(h.first).compare("Authorization", Qt::CaseInsensitive) == 0; });
        }
        if (!online->deployment.isEmpty() && !sends("azureml-model-deployment"))
            out.spec.headers.append({"azureml-model-deployment"_ba, resolve(online->deployment).toUtf8()});
        hasContentType = hasContentType || sends("Content-Type");
    }
    const QString body = resolve(values.body.isEmpty() && online ? online->sampleBody : values.body);
    out.spec.body = body.toUtf8();
    if (!body.isEmpty() && !hasContentType) {
        const QString type = online                        ? u"application/json"_s
            : !values.contentType.isEmpty()                ? values.contentType
            : !operation.requestRepresentations.isEmpty()  ? operation.requestRepresentations.first().contentType
                                                           : QString();
        if (!type.isEmpty())
            out.spec.headers.append({"Content-Type"_ba, type.toLatin1()});
    }
    return out;
}

QUrl RequestBuilder::buildUrl(const BuiltRequest &request, const QHash<QString, QString> &secrets,
                              QStringList *missingSecrets, QStringList *missingParameters)
{
    QHash<QString, QString> values;
    for (auto it = request.templateValues.cbegin(); it != request.templateValues.cend(); ++it)
        values.insert(it.key(), substituteSecrets(it.value(), secrets, missingSecrets));
    QStringList missing;
    QString text = joinUrl(substituteSecrets(request.baseUrl, secrets, missingSecrets),
                           request.urlTemplate.isEmpty() ? QString()
                                                         : UrlTemplate::parse(request.urlTemplate).expand(values, &missing));
    if (missingParameters)
        appendOnce(missingParameters, missing);
    if (!request.extraQuery.isEmpty()) {
        QString query;
        for (const auto &[name, value] : request.extraQuery) {
            query += (query.isEmpty() ? QString() : u"&"_s) + QString::fromLatin1(QUrl::toPercentEncoding(name)) +
                u'=' + QString::fromLatin1(QUrl::toPercentEncoding(substituteSecrets(value, secrets, missingSecrets)));
        }
        text += (text.contains(u'?') ? u"&"_s : u"?"_s) + query;
    }
    return QUrl(text, QUrl::StrictMode);
}

void RequestBuilder::applySecrets(BuiltRequest *request, const QHash<QString, QString> &secrets)
{
    RequestSpec &spec = request->spec;
    spec.url = buildUrl(*request, secrets, &request->missingSecrets, nullptr);
    for (auto &header : spec.headers)
        header.second = substituteSecrets(QString::fromUtf8(header.second), secrets, &request->missingSecrets).toUtf8();
    spec.body = substituteSecrets(QString::fromUtf8(spec.body), secrets, &request->missingSecrets).toUtf8();
}

} // namespace portico::client
