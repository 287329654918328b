// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Sample code for a request, in the languages people paste into their own programs: what
// the Try-it panel would send, as a program that sends it. Keys never appear in it: each
// {{secret:NAME}} becomes a read of the environment variable PORTICO_SECRET_NAME, and the
// snippet says which variables to set. Every snippet prints the response body's bytes to
// standard output and "HTTP <status>" to standard error.

#include "client/catalog/workspace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portico::client {

enum class SnippetLanguage {
    Curl,
    PythonRequests,
    PythonUrllib,
    CSharpHttpClient,
    RHttr,
    JavaScriptFetch,
    PowerShell,
};

struct SnippetLanguageInfo
{
    SnippetLanguage language;
    QString id;       // stable, for command lines: "curl", "python-requests", "python-urllib",
                      // "csharp", "r", "javascript", "powershell"
    QString name;     // a product name such as "Python 3 (requests)"; not translated
    QString fileName; // a name to save it under, e.g. "request.py", "Program.cs"
    bool jobSnippet;  // offers the whole batch job (generateJobSnippet)
};

// Every language, in the order the Code tab lists them.
const QList<SnippetLanguageInfo> &snippetLanguages();
const SnippetLanguageInfo &snippetLanguageInfo(SnippetLanguage language);
// The language with that id (case-insensitive); nullptr for none.
const SnippetLanguageInfo *findSnippetLanguage(const QString &id);

struct SnippetOptions
{
    // True: values of the environment's variables are written into the request. False:
    // each non-secret variable the request uses is declared once at the top and referred to
    // (a value that would need percent-encoding in the URL is still written in place).
    bool inlineVariables = true;
    // When set, the snippet reads the request body from this file instead of carrying it
    // (binary bodies). A body that is not UTF-8 text is always read from a file: see
    // SnippetRequest::bodyFile.
    QString bodyFile;
};

// One text of a request (the URL, a header value, the body) as a generator reads it.
struct SnippetText
{
    struct Piece
    {
        enum Kind { Literal, Variable, Secret };
        Kind kind = Literal;
        QString text; // the literal text, the variable's name, or the secret's name
    };
    QList<Piece> pieces;

    bool isLiteral() const;
    QString literal() const; // all pieces' text joined (for literal-only texts)
};

// A request ready for a generator: variables resolved (or kept, per SnippetOptions) and
// secrets as references.
struct SnippetRequest
{
    QByteArray method;
    SnippetText url; // percent-encoded as it will be sent
    QList<QPair<QString, SnippetText>> headers;
    SnippetText body;
    QString bodyFile; // read the body from this file; body is then empty
    // The non-secret variables the request refers to, in the environment's order.
    QList<QPair<QString, QString>> variables;
    QStringList secrets;             // names of the secrets referenced, once each
    QStringList unresolvedVariables; // {{name}} the environment lacks, left as written
};

// The request the Try-it panel would send for these values in this environment.
SnippetRequest snippetRequest(const Api &api, const Operation &operation, const SavedRequest &values,
                              const Environment &environment, const SnippetOptions &options = {});

// The program, as text. Ends with a newline.
QString generateSnippet(const SnippetRequest &request, SnippetLanguage language);
QString generateSnippet(const Api &api, const Operation &operation, const SavedRequest &values,
                        const Environment &environment, SnippetLanguage language, const SnippetOptions &options = {});

// A whole batch job for an API with BES operations: upload a local CSV to blob storage,
// submit, start, poll every second printing the status (NotStarted, Running, Failed,
// Cancelled, Finished) and download every output. The storage connection string is a secret
// too: it is read from PORTICO_SECRET_<storageSecret>.
struct JobSnippetOptions
{
    QString storageSecret = QStringLiteral("sandbox-storage");
    QString container = QStringLiteral("jobs");
    QString inputFile = QStringLiteral("input.csv"); // the local CSV
    QString inputBlob = QStringLiteral("input.csv");
    QString outputBlob = QStringLiteral("output.csv");
    QString outputDirectory = QStringLiteral("."); // where outputs are downloaded
};

// Whether the operation belongs to an API that runs batch jobs (one of its BES operations).
bool isJobOperation(const Api &api, const Operation &operation);
// Empty, with *error set, when the API has no BES Submit operation, the language has no job
// snippet, or the environment leaves the jobs URL unresolved.
QString generateJobSnippet(const Workspace &workspace, const QString &apiId, const QString &environment,
                           SnippetLanguage language, const JobSnippetOptions &options = {}, QString *error = nullptr);

} // namespace portico::client
