// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// C# with System.Net.Http's HttpClient, asynchronous, in the C# that Mono's mcs compiles
// (no top-level statements, no using declarations). Headers the request may not carry go
// on the content, as HttpClient wants.
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

// not for translation: program text in the sample's own language
QString csharpString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += u"\\\\"_s;
        else if (u == u'"')
            out += u"\\\""_s;
        else if (u == u'\n')
            out += u"\\n"_s;
        else if (u == u'\r')
            out += u"\\r"_s;
        else if (u == u'\t')
            out += u"\\t"_s;
        else if (u < 0x20 || u == 0x7f || u == 0x85 || u == 0x2028 || u == 0x2029 || u == 0xfeff)
            out += u"\\u"_s + hex4(u); // line terminators in C# source, or invisible
        else
            out += c;
    }
    return out + u'"';
}

namespace {

// not for translation: program text in the sample's own language
const Expression &csharp()
{
    static const Expression e{csharpString, [](const QString &name) -> QString { return name; },
                              [](const QString &name) -> QString { return u"Secret("_s + csharpString(name) + u')'; },
                              u" + "_s};
    return e;
}

} // namespace

// not for translation: program text in the sample's own language
QString csharpSnippet(const SnippetRequest &request)
{
    QStringList lines;
    for (const QString &line : setVariablesNote(request.secrets))
        lines << u"// "_s + line;
    lines << u"// Build: mcs -r:System.Net.Http.dll Program.cs && mono Program.exe (or any .NET SDK)."_s;
    lines << u"using System;"_s << u"using System.IO;"_s << u"using System.Net.Http;"_s << u"using System.Text;"_s
          << u"using System.Threading.Tasks;"_s << QString() << u"class Program"_s << u"{"_s;
    if (!request.secrets.isEmpty()) {
        lines
            << u"    static string Secret(string name)"_s << u"    {"_s
            << u"        string value = Environment.GetEnvironmentVariable(name);"_s << u"        if (value == null)"_s
            << u"            throw new InvalidOperationException(\"Set the environment variable \" + name + \" first.\");"_s
            << u"        return value;"_s << u"    }"_s << QString();
    }
    lines << u"    static void AddHeader(HttpRequestMessage request, string name, string value)"_s << u"    {"_s
          << u"        if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content != null)"_s
          << u"            request.Content.Headers.TryAddWithoutValidation(name, value);"_s << u"    }"_s << QString()
          << u"    static async Task<int> RunAsync()"_s << u"    {"_s;
    for (const auto &[name, value] : request.variables)
        lines << u"        string "_s + identifier(name) + u" = "_s + csharpString(value) + u';';
    lines << u"        string url = "_s + render(request.url, csharp()) + u';';
    lines << u"        using (var client = new HttpClient())"_s
          << u"        using (var request = new HttpRequestMessage(new HttpMethod("_s +
            csharpString(QString::fromLatin1(request.method)) + u"), url))"_s
          << u"        {"_s << u"            request.Headers.ExpectContinue = false;"_s;
    if (!request.bodyFile.isEmpty())
        lines << u"            request.Content = new ByteArrayContent(File.ReadAllBytes("_s +
                csharpString(request.bodyFile) + u"));"_s;
    else if (!request.body.literal().isEmpty() || request.method != "GET")
        lines << u"            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes("_s +
                render(request.body, csharp()) + u"));"_s;
    for (const auto &[name, value] : request.headers) {
        bool ascii = true;
        for (const QChar c : value.literal())
            ascii = ascii && c.unicode() < 128;
        if (!ascii) {
            lines << u"            // Mono's and .NET Framework's HttpClient refuse header values outside ASCII."_s
                  << u"            // On .NET 5 or later give the handler RequestHeaderEncodingSelector ="_s
                  << u"            // (name, req) => Encoding.UTF8 to send this one as UTF-8."_s;
        }
        lines << u"            AddHeader(request, "_s + csharpString(name) + u", "_s + render(value, csharp()) +
                u");"_s;
    }
    lines << u"            using (HttpResponseMessage response = await client.SendAsync(request))"_s
          << u"            {"_s << u"                Console.Error.WriteLine(\"HTTP \" + (int)response.StatusCode);"_s
          << u"                byte[] content = await response.Content.ReadAsByteArrayAsync();"_s
          << u"                using (Stream stdout = Console.OpenStandardOutput())"_s
          << u"                    stdout.Write(content, 0, content.Length);"_s << u"            }"_s << u"        }"_s
          << u"        return 0;"_s << u"    }"_s << QString() << u"    static int Main()"_s << u"    {"_s
          << u"        return RunAsync().GetAwaiter().GetResult();"_s << u"    }"_s << u"}"_s;
    return lines.join(u'\n') + u'\n';
}

} // namespace portico::client::snippetcode
