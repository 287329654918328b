// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A whole batch job in C# with nothing beyond the framework (no NuGet packages): the CSV
// goes up with a Shared Key request signed by the program, JSON goes through
// JavaScriptSerializer, and the outputs come back through the SAS URLs the finished job
// names. The fixed part is templates/besjob.cs; only its settings are written here.
#include "client/interop/snippetcode.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

namespace {

const Expression &csharp()
{
    static const Expression e{csharpString, [](const QString &name) -> QString { return name; },
                              [](const QString &name) -> QString { return u"Secret("_s + csharpString(name) + u')'; },
                              u" + "_s};
    return e;
}

// One "static readonly string" setting of the program.
QString setting(const QString &name, const QString &expression)
{
    return u"    static readonly string "_s + name + u" = "_s + expression + u';';
}

} // namespace

// not for translation: program text in the sample's own language
QString csharpJobSnippet(const JobParts &job)
{
    QStringList note;
    for (const QString &line : setVariablesNote(job.secrets))
        note << u"// "_s + line;
    const SnippetText storage{{{SnippetText::Piece::Secret, job.options.storageSecret}}};
    QStringList lines{
        setting(u"jobsUrl"_s, csharpString(job.jobsUrl)),
        setting(u"connectionString"_s, render(storage, csharp())),
        setting(u"container"_s, csharpString(job.options.container)),
        setting(u"inputFile"_s, csharpString(job.options.inputFile)),
        setting(u"inputBlob"_s, csharpString(job.options.inputBlob)),
        setting(u"outputBlob"_s, csharpString(job.options.outputBlob)),
        setting(u"outputDirectory"_s, csharpString(job.options.outputDirectory)),
        QString(),
        u"    static IEnumerable<KeyValuePair<string, string>> Headers()\n    {"_s,
    };
    for (const auto &[name, value] : job.headers)
        lines << u"        yield return new KeyValuePair<string, string>("_s + csharpString(name) + u", "_s +
                render(value, csharp()) + u");"_s;
    if (job.headers.isEmpty())
        lines << u"        yield break;"_s;
    lines << u"    }"_s;
    return note.join(u'\n') + u'\n' +
        fillTemplate(u":/portico/snippets/besjob.cs"_s, u"    // @SETTINGS@"_s, lines.join(u'\n'));
}

} // namespace portico::client::snippetcode
