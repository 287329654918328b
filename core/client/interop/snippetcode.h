// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// What the per-language writers of sample code share: how a text made of literals,
// variables and secrets becomes one expression, safe identifiers, and the comment that says
// which environment variables to set. Internal to client/interop.

#include "client/interop/snippets.h"

#include <functional>

namespace portico::client::snippetcode {

// How one language writes the three kinds of piece and joins them.
struct Expression
{
    std::function<QString(const QString &)> literal;  // a string literal for the text
    std::function<QString(const QString &)> variable; // a reference to a declared variable
    std::function<QString(const QString &)> secret;   // a read of the secret's environment variable
    QString join;                                     // e.g. " + "; empty for juxtaposition
};

QString render(const SnippetText &text, const Expression &expression);

// The name a variable is declared under: ASCII letters, digits and '_', not starting with a
// digit, never one of the names the snippets use themselves or a keyword of their languages.
QString identifier(const QString &variableName);

// PORTICO_SECRET_<name> for each secret, in order.
QStringList secretVariables(const QStringList &secretNames);

// Lines (without comment markers) saying which variables to set, or nothing without secrets.
QStringList setVariablesNote(const QStringList &secretNames);

// "\uXXXX" style escape of one UTF-16 code unit, lower-case hex, four digits.
QString hex4(char16_t unit);

// Writers, one per language (each in its own file).
QString curlSnippet(const SnippetRequest &request);
QString pythonRequestsSnippet(const SnippetRequest &request);
QString pythonUrllibSnippet(const SnippetRequest &request);
QString csharpSnippet(const SnippetRequest &request);
QString rSnippet(const SnippetRequest &request);
QString javascriptSnippet(const SnippetRequest &request);
QString powershellSnippet(const SnippetRequest &request);

// String literals, exposed for the job snippets.
QString pythonString(const QString &text);
QString csharpString(const QString &text);

// What a whole-job snippet needs, resolved from the workspace: the jobs URL (no query) and
// the headers every BES call carries, secrets as references.
struct JobParts
{
    QString jobsUrl;
    QList<QPair<QString, SnippetText>> headers;
    QStringList secrets; // the BES calls' secrets and the storage's, once each
    JobSnippetOptions options;
};
QString pythonJobSnippet(const JobParts &job);
// A template from the library's resources, its licence header dropped, settings in place of marker.
QString fillTemplate(const QString &resource, const QString &marker, const QString &settings);
QString csharpJobSnippet(const JobParts &job);

} // namespace portico::client::snippetcode
