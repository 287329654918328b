// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/snippetcode.h"
#include "client/interop/snippets.h"
#include "client/jobs/besendpointresolver.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

SnippetText withSecrets(const QString &text, QStringList *secrets)
{
    static const QRegularExpression reference(u"\\{\\{\\s*secret:([A-Za-z0-9_.-]+)\\s*\\}\\}"_s);
    SnippetText out;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &m : reference.globalMatch(text)) {
        if (m.capturedStart() > at)
            out.pieces.append({SnippetText::Piece::Literal, text.mid(at, m.capturedStart() - at)});
        out.pieces.append({SnippetText::Piece::Secret, m.captured(1)});
        if (!secrets->contains(m.captured(1)))
            secrets->append(m.captured(1));
        at = m.capturedEnd();
    }
    if (at < text.size())
        out.pieces.append({SnippetText::Piece::Literal, text.mid(at)});
    return out;
}

} // namespace

bool isJobOperation(const Api &api, const Operation &operation)
{
    return api.operation(BesEndpointResolver::kSubmitOperation) && operation.id.startsWith(u"bes-"_s);
}

QString generateJobSnippet(const Workspace &workspace, const QString &apiId, const QString &environment,
                           SnippetLanguage language, const JobSnippetOptions &options, QString *error)
{
    if (!snippetLanguageInfo(language).jobSnippet) {
        if (error)
            *error = QCoreApplication::translate("JobSnippet", "There is no whole-job sample in %1.")
                         .arg(snippetLanguageInfo(language).name);
        return {};
    }
    const BesEndpoint endpoint = BesEndpointResolver::resolve(workspace, apiId, environment, error);
    if (!endpoint.isValid())
        return {};
    snippetcode::JobParts job;
    job.options = options;
    job.jobsUrl = QString::fromUtf8(endpoint.jobsUrl.toEncoded());
    for (const auto &[name, value] : endpoint.headers)
        job.headers.append({QString::fromLatin1(name), withSecrets(QString::fromUtf8(value), &job.secrets)});
    if (!job.secrets.contains(options.storageSecret))
        job.secrets.append(options.storageSecret);
    return language == SnippetLanguage::CSharpHttpClient ? snippetcode::csharpJobSnippet(job)
                                                         : snippetcode::pythonJobSnippet(job);
}

} // namespace portico::client
