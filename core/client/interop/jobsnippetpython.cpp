// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// A whole batch job in Python 3: azure-storage-blob uploads the CSV, requests talks to the
// batch service, and the outputs come back through the SAS URLs the finished job names. The
// fixed part of the program is templates/besjob.py; only its settings are written here.
#include "client/interop/snippetcode.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client::snippetcode {

// Reads a template from the library's resources and puts settings where its marker line is,
// dropping the template's own licence header (the first three lines).
QString fillTemplate(const QString &resource, const QString &marker, const QString &settings)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    lines.remove(0, qMin<qsizetype>(3, lines.size()));
    QString text = lines.join(u'\n');
    text.replace(marker, settings);
    return text;
}

namespace {

const Expression &python()
{
    static const Expression e{pythonString, [](const QString &name) -> QString { return name; },
                              [](const QString &name) -> QString { return u"secret("_s + pythonString(name) + u')'; },
                              u" + "_s};
    return e;
}

} // namespace

QString pythonJobSnippet(const JobParts &job)
{
    QStringList note;
    for (const QString &line : setVariablesNote(job.secrets))
        note << u"# "_s + line;
    QStringList lines{u"jobs_url = "_s + pythonString(job.jobsUrl), u"headers = ["_s};
    for (const auto &[name, value] : job.headers)
        lines << u"    ("_s + pythonString(name) + u", "_s + render(value, python()) + u"),"_s;
    lines << u"]"_s;
    const SnippetText storage{{{SnippetText::Piece::Secret, job.options.storageSecret}}};
    lines << u"connection_string = "_s + render(storage, python())
          << u"container = "_s + pythonString(job.options.container)
          << u"input_file = "_s + pythonString(job.options.inputFile)
          << u"input_blob = "_s + pythonString(job.options.inputBlob)
          << u"output_blob = "_s + pythonString(job.options.outputBlob)
          << u"output_directory = "_s + pythonString(job.options.outputDirectory);
    return note.join(u'\n') + u'\n' +
        fillTemplate(u":/portico/snippets/besjob.py"_s, u"# @SETTINGS@"_s, lines.join(u'\n'));
}

} // namespace portico::client::snippetcode
