// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "app/portico-cli/commands.h"

#include "app/portico-cli/exitcodes.h"
#include "client/http/httpengine.h"
#include "client/http/transport.h"
#include "client/interop/curlexport.h"
#include "client/interop/openapiexport.h"
#include "client/interop/postmanexport.h"
#include "client/interop/snippets.h"
#include "client/interop/yamlwriter.h"
#include "client/tryit/tryitsession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace portico::cli {

namespace {

// What the Try-it panel would hold for an operation: the saved request, else the operation's
// defaults with the API's subscription key and its first request sample.
client::SavedRequest requestValues(const client::Workspace &workspace, const client::Api &api,
                                   const client::Operation &op)
{
    if (const client::SavedRequest *saved = workspace.savedRequest(api.id, op.id))
        return *saved;
    client::SavedRequest values;
    values.apiId = api.id;
    values.operationId = op.id;
    for (const client::Parameter &p : op.templateParameters)
        values.parameters.append({p.name, p.defaultValue.isEmpty() ? u"{{"_s + p.name + u"}}"_s : p.defaultValue});
    for (const client::Parameter &h : op.headers)
        values.headers.append({h.name, h.defaultValue});
    // The keys the user set up for this API's other requests come along (a gateway's
    // subscription key, the service's bearer key).
    const client::SavedRequest *sibling = nullptr;
    for (const client::SavedRequest &r : workspace.savedRequests) {
        if (r.apiId == api.id && !r.headers.isEmpty()) {
            sibling = &r;
            break;
        }
    }
    if (sibling) {
        for (const auto &header : sibling->headers) {
            const bool known = std::any_of(values.headers.cbegin(), values.headers.cend(), [&](const auto &h) {
                return h.first.compare(header.first, Qt::CaseInsensitive) == 0;
            });
            if (!known && header.first.compare(u"Content-Type"_s, Qt::CaseInsensitive) != 0)
                values.headers.append(header);
        }
    } else if (!api.subscriptionKeyHeader.isEmpty()) {
        values.headers.append({api.subscriptionKeyHeader, u"{{subscriptionKey}}"_s});
    }
    if (!op.requestRepresentations.isEmpty()) {
        values.body = op.requestRepresentations.constFirst().sample;
        values.contentType = op.requestRepresentations.constFirst().contentType;
    }
    return values;
}

void print(const QByteArray &bytes)
{
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString statusLine(const client::Exchange &e)
{
    return u"HTTP %1 %2"_s.arg(e.status).arg(QString::fromLatin1(e.reason)).trimmed();
}

} // namespace

Commands::Commands(CliSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

QStringList Commands::exportFormats()
{
    return {u"openapi"_s, u"openapi-yaml"_s, u"postman"_s};
}

QByteArray Commands::scrub(QByteArray text) const
{
    for (const QString &value : m_session->knownSecretValues())
        text.replace(value.toUtf8(), "••••••");
    return text;
}

void Commands::sendOne(const client::Api &api, const client::Operation &op, std::function<void(const Outcome &)> done)
{
    const client::SavedRequest values = requestValues(m_session->workspace(), api, op);
    auto *session = new client::TryItSession(m_session->transport()->engine(), m_session->secrets(), this);
    const client::BuiltRequest preview = client::TryItSession::preview(api, op, values, m_session->environment());
    session->setPresetSecrets(m_session->presetSecrets(preview.secretNames));
    auto finish = [session, done](const Outcome &outcome) {
        session->disconnect();
        session->deleteLater();
        done(outcome);
    };
    // A request that cannot be built says why at once: which variable or parameter is missing.
    QString blocked;
    auto once = connect(session, &client::TryItSession::problem, this, [&blocked](const QString &m) { blocked = m; });
    const bool started = session->send(api, op, values, m_session->environment());
    disconnect(once);
    if (!started) {
        finish({{IncompleteRequest, blocked}, {}, false});
        return;
    }
    // Whatever comes first ends the request: finish() disconnects the rest.
    connect(session, &client::TryItSession::secretMissing, this, [finish](const QString &name) {
        const auto end = finish; // the connection, and this lambda, go in finish()
        end({{SecretUnavailable,
              CliText::tr("No key \"%1\": set %2, or add it to the keychain (portico, Tools → Keys).")
                  .arg(name, client::secretEnvironmentVariable(name))},
             {},
             false});
    });
    connect(session, &client::TryItSession::problem, this, [finish](const QString &message) {
        const auto end = finish;
        end({{SecretUnavailable, message}, {}, false});
    });
    connect(session, &client::TryItSession::finished, this, [finish](const client::RedactedExchange &exchange) {
        Outcome outcome;
        outcome.exchange = exchange;
        if (!exchange->error.isEmpty())
            outcome.failure = {TransportError, exchange->error};
        else if (exchange->status >= 400)
            outcome.failure = {HttpError, statusLine(*exchange)};
        outcome.answered = exchange->error.isEmpty();
        const auto end = finish;
        end(outcome);
    });
}

void Commands::send(const QString &apiName, const QString &operationName, Done done)
{
    Failure failure;
    const client::Api *api = m_session->findApi(apiName, &failure);
    const client::Operation *op = api ? m_session->findOperation(*api, operationName, &failure) : nullptr;
    if (!op) {
        done(failure);
        return;
    }
    sendOne(*api, *op, [this, done](const Outcome &outcome) {
        if (outcome.answered) {
            const client::Exchange &e = *outcome.exchange;
            QByteArray head = statusLine(e).toUtf8() + '\n';
            for (const auto &[name, value] : e.responseHeaders)
                head += name + ": " + value + '\n';
            print(scrub(head) + '\n');
            if (e.isSpooled()) {
                QFile body(e.bodyFile);
                if (body.open(QIODevice::ReadOnly)) {
                    while (!body.atEnd())
                        print(scrub(body.read(1 << 20)));
                }
                client::HttpEngine::discardSpool(e);
            } else {
                print(scrub(e.body));
            }
            if (!e.body.endsWith('\n'))
                print("\n");
            fflush(stdout);
        }
        done(outcome.failure);
    });
}

void Commands::run(const QString &apiName, const QString &junitFile, Done done)
{
    m_queue.clear();
    m_cases.clear();
    m_junitFile = junitFile;
    m_done = std::move(done);
    const client::Api *only = nullptr;
    if (!apiName.isEmpty()) {
        Failure failure;
        only = m_session->findApi(apiName, &failure);
        if (!only) {
            m_done(failure);
            return;
        }
    }
    for (const client::SavedRequest &saved : m_session->workspace().savedRequests) {
        const client::Api *api = m_session->workspace().api(saved.apiId);
        if (!api || (only && api != only))
            continue;
        if (const client::Operation *op = api->operation(saved.operationId))
            m_queue.append({api, op});
    }
    runNext();
}

void Commands::runNext()
{
    if (m_queue.isEmpty()) {
        int failed = 0;
        for (const Case &c : std::as_const(m_cases))
            failed += c.outcome.failure.code != 0 ? 1 : 0;
        print(CliText::tr("%1 passed, %2 failed").arg(m_cases.size() - failed).arg(failed).toUtf8() + '\n');
        fflush(stdout);
        QString error;
        if (!m_junitFile.isEmpty() && !writeJUnit(m_junitFile, &error)) {
            m_done({FileError, error});
            return;
        }
        m_done(failed ? Failure{HttpError, CliText::tr("%n request(s) failed.", nullptr, failed)} : Failure{});
        return;
    }
    const auto [api, op] = m_queue.takeFirst();
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    sendOne(*api, *op, [this, api = api, op = op, timer](const Outcome &outcome) {
        Case c{api->id, op->name.isEmpty() ? op->id : op->name, outcome, timer->elapsed()};
        const QString result = outcome.answered ? statusLine(*outcome.exchange) : outcome.failure.message;
        const QString line = outcome.failure.code == 0
            ? CliText::tr("PASS %1 / %2: %3 (%4 ms)").arg(c.apiId, c.name, result).arg(c.ms)
            : CliText::tr("FAIL %1 / %2: %3 (%4 ms)").arg(c.apiId, c.name, result).arg(c.ms);
        print(scrub(line.toUtf8()) + '\n');
        if (outcome.answered)
            client::HttpEngine::discardSpool(*outcome.exchange);
        m_cases.append(c);
        runNext();
    });
}

bool Commands::writeJUnit(const QString &file, QString *error) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = CliText::tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int failures = 0;
    int errors = 0;
    qint64 total = 0;
    for (const Case &c : m_cases) {
        failures += c.outcome.failure.code == HttpError ? 1 : 0;
        errors += c.outcome.failure.code != 0 && c.outcome.failure.code != HttpError ? 1 : 0;
        total += c.ms;
    }
    xml.writeStartElement(u"testsuites"_s);
    xml.writeStartElement(u"testsuite"_s);
    xml.writeAttribute(u"name"_s, u"portico-cli run"_s); // not for translation: a report's id
    xml.writeAttribute(u"tests"_s, QString::number(m_cases.size()));
    xml.writeAttribute(u"failures"_s, QString::number(failures));
    xml.writeAttribute(u"errors"_s, QString::number(errors));
    xml.writeAttribute(u"time"_s, QString::number(double(total) / 1000.0, 'f', 3));
    for (const Case &c : m_cases) {
        xml.writeStartElement(u"testcase"_s);
        xml.writeAttribute(u"classname"_s, c.apiId);
        xml.writeAttribute(u"name"_s, c.name);
        xml.writeAttribute(u"time"_s, QString::number(double(c.ms) / 1000.0, 'f', 3));
        if (c.outcome.failure.code != 0) {
            const bool http = c.outcome.failure.code == HttpError;
            xml.writeStartElement(http ? u"failure"_s : u"error"_s);
            xml.writeAttribute(u"message"_s, QString::fromUtf8(scrub(c.outcome.failure.message.toUtf8())));
            if (c.outcome.answered && !c.outcome.exchange->isSpooled())
                xml.writeCharacters(QString::fromUtf8(scrub(c.outcome.exchange->body.left(2000))));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (!out.commit()) {
        *error = CliText::tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

void Commands::exportApi(const QString &apiName, const QString &format, const QString &output, Done done)
{
    Failure failure;
    const client::Api *api = m_session->findApi(apiName, &failure);
    if (!api) {
        done(failure);
        return;
    }
    const client::Environment &env = m_session->environment();
    QByteArray text;
    if (format == u"postman") {
        text = QJsonDocument(client::postmanCollection(m_session->workspace(), *api, &env)).toJson();
    } else {
        const QString server =
            env.contains(u"baseUrl"_s) ? client::substituteVariables(u"{{baseUrl}}"_s, env) : api->serviceUrl;
        const QJsonObject doc = client::openApiDocument(*api, server);
        text = format == u"openapi-yaml" ? client::yamlDocument(doc) : QJsonDocument(doc).toJson();
    }
    if (output.isEmpty() || output == u"-") {
        print(text);
        fflush(stdout);
        done({});
        return;
    }
    QSaveFile out(output);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        done({FileError, CliText::tr("Cannot write %1: %2").arg(output, out.errorString())});
        return;
    }
    done({});
}

void Commands::snippet(const QString &apiName, const QString &operationName, const QString &language, Done done)
{
    Failure failure;
    const client::Api *api = m_session->findApi(apiName, &failure);
    const client::Operation *op = api ? m_session->findOperation(*api, operationName, &failure) : nullptr;
    if (!op) {
        done(failure);
        return;
    }
    const client::SnippetLanguageInfo *info = client::findSnippetLanguage(language);
    if (!info) {
        QStringList ids;
        for (const client::SnippetLanguageInfo &l : client::snippetLanguages())
            ids << l.id;
        done({UsageError, CliText::tr("Unknown language \"%1\": use one of %2.").arg(language, ids.join(u", "_s))});
        return;
    }
    const client::SavedRequest values = requestValues(m_session->workspace(), *api, *op);
    print(client::generateSnippet(*api, *op, values, m_session->environment(), info->language).toUtf8());
    fflush(stdout);
    done({});
}

} // namespace portico::cli
