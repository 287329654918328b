// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/snippets.h"

#include "client/catalog/requestbuilder.h"
#include "client/interop/curlexport.h"
#include "client/interop/snippetcode.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// Markers made of lower-case letters and digits only: percent-encoding, header handling and
// the lower-casing of a URL's host all leave them alone, so they can be found again.
QString variableMarker(qsizetype index)
{
    return u"zzpvar%1zz"_s.arg(index);
}
QString secretMarker(qsizetype index)
{
    return u"zzpsec%1zz"_s.arg(index);
}

SnippetText split(const QString &text, const QList<QPair<QString, QString>> &variables, const QStringList &secrets)
{
    static const QRegularExpression marker(u"zzp(var|sec)(\\d+)zz"_s);
    SnippetText out;
    qsizetype at = 0;
    const auto literal = [&](const QString &s) {
        if (s.isEmpty())
            return;
        if (!out.pieces.isEmpty() && out.pieces.constLast().kind == SnippetText::Piece::Literal)
            out.pieces.last().text += s;
        else
            out.pieces.append({SnippetText::Piece::Literal, s});
    };
    for (const QRegularExpressionMatch &m : marker.globalMatch(text)) {
        const qsizetype index = m.captured(2).toLongLong();
        const bool isVariable = m.captured(1) == u"var";
        if ((isVariable && index >= variables.size()) || (!isVariable && index >= secrets.size()))
            continue; // not one of ours: stays literal
        literal(text.mid(at, m.capturedStart() - at));
        out.pieces.append({isVariable ? SnippetText::Piece::Variable : SnippetText::Piece::Secret,
                           isVariable ? variables.at(index).first : secrets.at(index)});
        at = m.capturedEnd();
    }
    literal(text.mid(at));
    return out;
}

// A value can stay a variable only if the URL would carry it unchanged.
bool survivesPercentEncoding(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, ":/?#[]@!$&'()*+,;=%")) == value;
}

} // namespace

bool SnippetText::isLiteral() const
{
    for (const Piece &p : pieces) {
        if (p.kind != Piece::Literal)
            return false;
    }
    return true;
}

QString SnippetText::literal() const
{
    QString out;
    for (const Piece &p : pieces)
        out += p.text;
    return out;
}

// not for translation: product names, the same in every language
const QList<SnippetLanguageInfo> &snippetLanguages()
{
    static const QList<SnippetLanguageInfo> languages{
        {SnippetLanguage::Curl, u"curl"_s, u"curl"_s, u"request.sh"_s, false},
        {SnippetLanguage::PythonRequests, u"python-requests"_s, u"Python 3 (requests)"_s, u"request.py"_s, true},
        {SnippetLanguage::PythonUrllib, u"python-urllib"_s, u"Python 3 (urllib.request)"_s, u"request.py"_s, false},
        {SnippetLanguage::CSharpHttpClient, u"csharp"_s, u"C# (HttpClient)"_s, u"Program.cs"_s, true},
        {SnippetLanguage::RHttr, u"r"_s, u"R (httr)"_s, u"request.R"_s, false},
        {SnippetLanguage::JavaScriptFetch, u"javascript"_s, u"JavaScript (fetch)"_s, u"request.js"_s, false},
        {SnippetLanguage::PowerShell, u"powershell"_s, u"PowerShell (Invoke-RestMethod)"_s, u"request.ps1"_s, false},
    };
    return languages;
}

const SnippetLanguageInfo &snippetLanguageInfo(SnippetLanguage language)
{
    for (const SnippetLanguageInfo &info : snippetLanguages()) {
        if (info.language == language)
            return info;
    }
    return snippetLanguages().constFirst();
}

const SnippetLanguageInfo *findSnippetLanguage(const QString &id)
{
    for (const SnippetLanguageInfo &info : snippetLanguages()) {
        if (info.id.compare(id, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

SnippetRequest snippetRequest(const Api &api, const Operation &operation, const SavedRequest &values,
                              const Environment &environment, const SnippetOptions &options)
{
    SnippetRequest out;
    Environment env = environment;
    QList<QPair<QString, QString>> kept; // index = marker number
    if (!options.inlineVariables) {
        QSet<QString> seen;
        for (auto &[name, value] : env.variables) {
            if (seen.contains(name))
                continue; // the first of a name wins, as Environment::value() reads it
            seen.insert(name);
            if (!secretReferences(value).isEmpty() || !survivesPercentEncoding(value))
                continue;
            kept.append({name, value});
            value = variableMarker(kept.size() - 1);
        }
    }
    BuiltRequest built = RequestBuilder::prepare(api, operation, values, env);
    out.unresolvedVariables = built.unresolvedVariables;
    out.secrets = built.secretNames;
    QHash<QString, QString> markers;
    for (qsizetype i = 0; i < out.secrets.size(); ++i)
        markers.insert(out.secrets.at(i), secretMarker(i));
    RequestBuilder::applySecrets(&built, markers);

    // Only the variables the request really uses are declared.
    QString everything = QString::fromUtf8(built.spec.url.toEncoded()) + QString::fromUtf8(built.spec.body);
    for (const auto &header : std::as_const(built.spec.headers))
        everything += QString::fromUtf8(header.second);
    for (qsizetype i = 0; i < kept.size(); ++i) {
        if (everything.contains(variableMarker(i)))
            out.variables.append(kept.at(i));
    }

    out.method = built.spec.method;
    out.url = split(QString::fromUtf8(built.spec.url.toEncoded()), kept, out.secrets);
    for (const auto &[name, value] : std::as_const(built.spec.headers))
        out.headers.append({QString::fromLatin1(name), split(QString::fromUtf8(value), kept, out.secrets)});
    if (!options.bodyFile.isEmpty())
        out.bodyFile = options.bodyFile;
    else
        out.body = split(QString::fromUtf8(built.spec.body), kept, out.secrets);
    return out;
}

QString generateSnippet(const SnippetRequest &request, SnippetLanguage language)
{
    using namespace snippetcode;
    switch (language) {
    case SnippetLanguage::Curl:
        return curlSnippet(request);
    case SnippetLanguage::PythonRequests:
        return pythonRequestsSnippet(request);
    case SnippetLanguage::PythonUrllib:
        return pythonUrllibSnippet(request);
    case SnippetLanguage::CSharpHttpClient:
        return csharpSnippet(request);
    case SnippetLanguage::RHttr:
        return rSnippet(request);
    case SnippetLanguage::JavaScriptFetch:
        return javascriptSnippet(request);
    case SnippetLanguage::PowerShell:
        return powershellSnippet(request);
    }
    return {};
}

QString generateSnippet(const Api &api, const Operation &operation, const SavedRequest &values,
                        const Environment &environment, SnippetLanguage language, const SnippetOptions &options)
{
    return generateSnippet(snippetRequest(api, operation, values, environment, options), language);
}

namespace snippetcode {

QString render(const SnippetText &text, const Expression &expression)
{
    if (text.pieces.isEmpty())
        return expression.literal(QString());
    QStringList parts;
    for (const SnippetText::Piece &p : text.pieces) {
        switch (p.kind) {
        case SnippetText::Piece::Literal:
            parts << expression.literal(p.text);
            break;
        case SnippetText::Piece::Variable:
            parts << expression.variable(identifier(p.text));
            break;
        case SnippetText::Piece::Secret:
            parts << expression.secret(secretEnvironmentVariable(p.text));
            break;
        }
    }
    return parts.join(expression.join);
}

QString identifier(const QString &variableName)
{
    // The snippets' own names and the keywords of their languages that a variable could meet.
    static const QSet<QString> taken{
        u"url"_s,      u"headers"_s, u"body"_s,      u"response"_s, u"request"_s, u"client"_s, u"content"_s,
        u"status"_s,   u"main"_s,    u"env"_s,       u"sys"_s,      u"os"_s,      u"json"_s,   u"requests"_s,
        u"urllib"_s,   u"httr"_s,    u"jsonlite"_s,  u"process"_s,  u"args"_s,    u"class"_s,  u"def"_s,
        u"function"_s, u"return"_s,  u"if"_s,        u"else"_s,     u"for"_s,     u"while"_s,  u"in"_s,
        u"is"_s,       u"not"_s,     u"and"_s,       u"or"_s,       u"from"_s,    u"import"_s, u"as"_s,
        u"with"_s,     u"try"_s,     u"except"_s,    u"finally"_s,  u"raise"_s,   u"lambda"_s, u"pass"_s,
        u"None"_s,     u"True"_s,    u"False"_s,     u"null"_s,     u"true"_s,    u"false"_s,  u"var"_s,
        u"let"_s,      u"const"_s,   u"new"_s,       u"this"_s,     u"base"_s,    u"string"_s, u"int"_s,
        u"object"_s,   u"event"_s,   u"namespace"_s, u"using"_s,    u"static"_s,  u"public"_s, u"private"_s,
        u"async"_s,    u"await"_s,   u"delete"_s,    u"default"_s,  u"switch"_s,  u"case"_s,   u"break"_s,
        u"continue"_s, u"do"_s,      u"typeof"_s,    u"void"_s,     u"yield"_s,   u"global"_s, u"NULL"_s,
        u"TRUE"_s,     u"FALSE"_s,   u"NA"_s,        u"Inf"_s,      u"NaN"_s,     u"repeat"_s, u"next"_s,
        u"param"_s,    u"begin"_s,   u"end"_s,       u"filter"_s,   u"input"_s,   u"host"_s,   u"error"_s,
        u"args"_s,     u"t"_s,       u"c"_s,         u"T"_s,        u"F"_s,       u"bytes"_s,  u"data"_s,
    };
    QString name;
    for (const QChar c : variableName)
        name += (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_')) ? c : u'_';
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(u'v');
    while (taken.contains(name))
        name += u'_';
    return name;
}

QStringList secretVariables(const QStringList &secretNames)
{
    QStringList out;
    for (const QString &name : secretNames)
        out << secretEnvironmentVariable(name);
    return out;
}

// not for translation: program text in the sample's own language
QStringList setVariablesNote(const QStringList &secretNames)
{
    if (secretNames.isEmpty())
        return {};
    QStringList lines{u"Keys are not written here: set these environment variables before running it."_s};
    for (const QString &name : secretNames)
        lines << u"  "_s + secretEnvironmentVariable(name) + u"  (the key \""_s + name + u"\")"_s;
    return lines;
}

QString hex4(char16_t unit)
{
    return QString::number(unit, 16).rightJustified(4, u'0');
}

} // namespace snippetcode

} // namespace portico::client
