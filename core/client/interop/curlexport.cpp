// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/curlexport.h"

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// A marker made only of characters that percent-encoding and header handling leave alone, so
// it survives into the URL, the headers and the body and can be swapped for a reference.
QString marker(qsizetype index)
{
    return u"PORTICOSECRETMARK%1X"_s.arg(index);
}

// Single quotes keep everything literal; each marker closes the quotes, inserts a
// double-quoted variable reference and opens them again.
QString shellWord(QString text, const QHash<QString, QString> &references)
{
    text.replace(u"'"_s, u"'\\''"_s);
    for (auto it = references.cbegin(); it != references.cend(); ++it)
        text.replace(it.key(), u"'\"${"_s + it.value() + u"}\"'"_s);
    return u"'"_s + text + u"'"_s;
}

} // namespace

QString secretEnvironmentVariable(const QString &secretName)
{
    QString name = secretName;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            c = u'_';
    }
    return secretEnvironmentPrefix() + name;
}

QString secretEnvironmentPrefix()
{
    return u"PORTICO_SECRET_"_s;
}

QString curlCommand(const BuiltRequest &request)
{
    BuiltRequest withMarkers = request;
    QHash<QString, QString> substitutes; // secret name -> marker
    QHash<QString, QString> references;  // marker -> environment variable
    for (qsizetype i = 0; i < request.secretNames.size(); ++i) {
        const QString &name = request.secretNames.at(i);
        substitutes.insert(name, marker(i));
        references.insert(marker(i), secretEnvironmentVariable(name));
    }
    RequestBuilder::applySecrets(&withMarkers, substitutes);
    const RequestSpec &spec = withMarkers.spec;

    QStringList words{u"curl"_s};
    const QString method = QString::fromLatin1(spec.method);
    const bool hasBody = !spec.body.isEmpty() || !spec.bodyFile.isEmpty();
    if (method != u"GET"_s || hasBody)
        words << u"-X"_s << method;
    words << shellWord(QString::fromUtf8(spec.url.toEncoded()), references);
    for (const auto &header : spec.headers) {
        words << u"-H"_s
              << shellWord(QString::fromUtf8(header.first) + u": "_s + QString::fromUtf8(header.second), references);
    }
    if (!spec.bodyFile.isEmpty())
        words << u"--data-binary"_s << shellWord(u"@"_s + spec.bodyFile, references);
    else if (!spec.body.isEmpty())
        words << u"--data-raw"_s << shellWord(QString::fromUtf8(spec.body), references);
    return words.join(u' ');
}

} // namespace portico::client
