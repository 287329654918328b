// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// portico-cli import: a file or a URL through the client's importer, merged into the
// profile's workspace.

#include "app/portico-cli/commands.h"
#include "app/portico-cli/exitcodes.h"
#include "client/http/httpengine.h"
#include "client/http/transport.h"
#include "client/interop/importer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace portico::cli {

namespace {

Failure mergeAndReport(const client::DataPaths &paths, const client::ImportResult &result, bool json)
{
    if (!result.ok())
        return {ImportRefused, result.error};
    client::Workspace workspace;
    const QString file = paths.workspaceFile();
    if (QFile::exists(file)) {
        QString error;
        std::optional<client::Workspace> loaded = client::Workspace::load(file, &error);
        if (!loaded)
            return {WorkspaceError, CliText::tr("The workspace %1 does not read: %2").arg(file, error)};
        workspace = *loaded;
    }
    const client::MergeReport report = client::mergeImport(&workspace, result);
    if (workspace.activeEnvironment.isEmpty() && !workspace.environments.isEmpty())
        workspace.activeEnvironment = workspace.environments.constFirst().name;
    QString error;
    if (!workspace.save(file, &error))
        return {FileError, CliText::tr("Cannot write %1: %2").arg(file, error)};

    QStringList apis;
    for (const client::Api &api : result.apis)
        apis << api.id;
    QByteArray text;
    if (json) {
        const QJsonObject out{{u"format"_s, client::importFormatName(result.format)},
                              {u"operations"_s, result.operationCount()},
                              {u"apis"_s, QJsonArray::fromStringList(apis)},
                              {u"addedApis"_s, QJsonArray::fromStringList(report.addedApis)},
                              {u"added"_s, QJsonArray::fromStringList(report.added)},
                              {u"changed"_s, QJsonArray::fromStringList(report.changed)},
                              {u"removed"_s, QJsonArray::fromStringList(report.removed)},
                              {u"notes"_s, QJsonArray::fromStringList(result.notes)},
                              {u"secrets"_s, QJsonArray::fromStringList(result.secretNames)},
                              {u"workspace"_s, file}};
        text = QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        QString lines = CliText::tr("Imported %1: %n operation(s) into %2.", nullptr, result.operationCount())
                            .arg(client::importFormatName(result.format), file) +
            u'\n';
        for (const QString &line : report.added)
            lines += CliText::tr("added %1").arg(line) + u'\n';
        for (const QString &line : report.changed)
            lines += CliText::tr("changed %1").arg(line) + u'\n';
        for (const QString &line : report.removed)
            lines += CliText::tr("removed %1").arg(line) + u'\n';
        for (const QString &note : result.notes)
            lines += CliText::tr("note: %1").arg(note) + u'\n';
        for (const QString &name : result.secretNames)
            lines += CliText::tr("key to add to the keychain (or PORTICO_SECRET_…): %1").arg(name) + u'\n';
        text = lines.toUtf8();
    }
    fwrite(text.constData(), 1, size_t(text.size()), stdout);
    fflush(stdout);
    return {};
}

} // namespace

void Commands::importSource(const QString &source, bool json, Done done)
{
    const client::DataPaths paths = m_session->paths();
    if (!source.startsWith(u"http://"_s) && !source.startsWith(u"https://"_s)) {
        const QFileInfo info(source);
        if (!info.isFile() || !info.isReadable()) {
            done({FileError, CliText::tr("Cannot read %1.").arg(source)});
            return;
        }
        done(mergeAndReport(paths, client::importFile(source), json));
        return;
    }
    client::HttpEngine *engine = m_session->transport()->engine();
    client::RequestSpec spec;
    spec.url = QUrl(source, QUrl::StrictMode);
    const quint64 id = engine->send(spec);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(engine, &client::HttpEngine::finished, this, [=](const client::Exchange &exchange) {
        if (exchange.id != id)
            return;
        disconnect(*connection);
        if (!exchange.error.isEmpty()) {
            done({TransportError, exchange.error});
            return;
        }
        if (exchange.status >= 400) {
            client::HttpEngine::discardSpool(exchange);
            done({HttpError, CliText::tr("%1 answered HTTP %2.").arg(source).arg(exchange.status)});
            return;
        }
        QByteArray bytes = exchange.body;
        if (exchange.isSpooled()) {
            QFile f(exchange.bodyFile);
            if (f.open(QIODevice::ReadOnly))
                bytes = f.readAll();
            client::HttpEngine::discardSpool(exchange);
        }
        done(mergeAndReport(paths, client::importDocument(bytes, source), json));
    });
}

} // namespace portico::cli
