// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/importformats.h"

#include "client/catalog/urltemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

const QString kSecretPrefix = u"PORTICO_SECRET_"_s;

struct Word
{
    QString text;
    int line = 1;
    int column = 1;
};

// Splits a command line the way bash does for a simple command: quotes, backslashes,
// $'…' ANSI-C strings and backslash-newline continuations. $NAME and ${NAME} outside single
// quotes become {{NAME}} (a Portico variable; PORTICO_SECRET_NAME a keychain reference), as
// the shell would have filled them in. Stops at the end of the command (a newline, ';', '|',
// '&', a redirection) and says where in *rest.
class Splitter
{
public:
    Splitter(const QString &text, const QStringList &knownSecrets) : m_text(text), m_knownSecrets(knownSecrets) {}

    bool split(QList<Word> *words, QString *error, QString *rest, QStringList *variables)
    {
        m_variables = variables;
        while (true) {
            skipBlanks();
            if (atEnd())
                return true;
            const QChar c = peek();
            if (c == u'\n' || c == u';' || c == u'|' || c == u'&' || c == u'>' || c == u'<') {
                *rest = m_text.mid(m_pos).trimmed();
                return true;
            }
            if (c == u'#') {
                while (!atEnd() && peek() != u'\n')
                    ++m_pos;
                continue;
            }
            Word w;
            w.line = m_line;
            w.column = column();
            if (!readWord(&w.text, error))
                return false;
            words->append(w);
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text.at(m_pos + ahead) : QChar();
    }
    int column() const { return int(m_pos - m_lineStart) + 1; }
    void newline()
    {
        ++m_line;
        m_lineStart = m_pos;
    }
    // Blanks and backslash-newline continuations between words.
    void skipBlanks()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t') {
                ++m_pos;
            } else if (c == u'\\' && peek(1) == u'\n') {
                m_pos += 2;
                newline();
            } else {
                return;
            }
        }
    }
    QString unterminated(const QString &kind, int line, int col) const
    {
        return Text::tr("Unterminated %1 opened at line %2, column %3.").arg(kind).arg(line).arg(col);
    }

    void expansion(QString *out)
    {
        // At '$': ${NAME} or $NAME; anything else is a literal '$'.
        qsizetype i = m_pos + 1;
        QString name;
        if (peek(1) == u'{') {
            const qsizetype close = m_text.indexOf(u'}', m_pos + 2);
            if (close < 0) {
                *out += u'$';
                ++m_pos;
                return;
            }
            name = m_text.mid(m_pos + 2, close - m_pos - 2);
            i = close + 1;
        } else {
            while (i < m_text.size() && (m_text.at(i).isLetterOrNumber() || m_text.at(i) == u'_') &&
                   m_text.at(i).unicode() < 128)
                ++i;
            name = m_text.mid(m_pos + 1, i - m_pos - 1);
        }
        if (name.isEmpty() || name.at(0).isDigit()) {
            *out += u'$';
            ++m_pos;
            return;
        }
        m_pos = i;
        if (name.startsWith(kSecretPrefix)) {
            *out += secretReference(secretFromEnvironmentVariable(name, m_knownSecrets));
        } else {
            *out += u"{{"_s + name + u"}}"_s;
            if (!m_variables->contains(name))
                m_variables->append(name);
        }
    }

    bool ansiC(QString *out, QString *error)
    {
        const int line = m_line;
        const int col = column();
        m_pos += 2; // $'
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u'\'') {
                ++m_pos;
                return true;
            }
            if (c == u'\n') {
                *out += c;
                ++m_pos;
                newline();
                continue;
            }
            if (c != u'\\') {
                *out += c;
                ++m_pos;
                continue;
            }
            const QChar e = peek(1);
            m_pos += 2;
            auto digits = [&](int max, int base) {
                QString d;
                while (d.size() < max && !atEnd()) {
                    bool ok = false;
                    QString(peek()).toInt(&ok, base);
                    if (!ok)
                        break;
                    d += peek();
                    ++m_pos;
                }
                return d;
            };
            switch (e.unicode()) {
            case 'a': *out += QChar(7); break;
            case 'b': *out += QChar(8); break;
            case 'e':
            case 'E': *out += QChar(27); break;
            case 'f': *out += QChar(12); break;
            case 'n': *out += u'\n'; break;
            case 'r': *out += u'\r'; break;
            case 't': *out += u'\t'; break;
            case 'v': *out += QChar(11); break;
            case '\\': *out += u'\\'; break;
            case '\'': *out += u'\''; break;
            case '"': *out += u'"'; break;
            case '?': *out += u'?'; break;
            case 'x':
            case 'u':
            case 'U': {
                const QString d = digits(e == u'x' ? 2 : e == u'u' ? 4 : 8, 16);
                if (d.isEmpty()) {
                    *out += u'\\' + e;
                } else if (e == u'x') {
                    // Bytes: a run of \xHH escapes is one UTF-8 sequence.
                    m_bytes.append(char(d.toInt(nullptr, 16)));
                    if (!(peek() == u'\\' && peek(1) == u'x')) {
                        *out += QString::fromUtf8(m_bytes);
                        m_bytes.clear();
                    }
                } else {
                    const char32_t code = char32_t(d.toUInt(nullptr, 16));
                    *out += QString::fromUcs4(&code, 1);
                }
                break;
            }
            case 'c':
                if (!atEnd()) {
                    *out += QChar(peek().unicode() & 0x1f);
                    ++m_pos;
                }
                break;
            default:
                if (e >= u'0' && e <= u'7') {
                    --m_pos;
                    const QString d = digits(3, 8);
                    m_bytes.append(char(d.toInt(nullptr, 8)));
                    if (!(peek() == u'\\' && peek(1) >= u'0' && peek(1) <= u'7')) {
                        *out += QString::fromUtf8(m_bytes);
                        m_bytes.clear();
                    }
                } else if (e.isNull()) {
                    *out += u'\\';
                } else {
                    *out += u'\\' + e;
                }
            }
        }
        *error = unterminated(Text::tr("$'…' string"), line, col);
        return false;
    }

    bool readWord(QString *out, QString *error)
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c == u' ' || c == u'\t' || c == u'\n' || c == u';' || c == u'|' || c == u'&' || c == u'>' ||
                c == u'<')
                return true;
            if (c == u'\\') {
                if (peek(1) == u'\n') {
                    m_pos += 2;
                    newline();
                } else if (m_pos + 1 < m_text.size()) {
                    *out += peek(1);
                    m_pos += 2;
                } else {
                    ++m_pos;
                }
            } else if (c == u'\'') {
                const int line = m_line;
                const int col = column();
                ++m_pos;
                while (!atEnd() && peek() != u'\'') {
                    if (peek() == u'\n') {
                        *out += u'\n';
                        ++m_pos;
                        newline();
                    } else {
                        *out += peek();
                        ++m_pos;
                    }
                }
                if (atEnd()) {
                    *error = unterminated(Text::tr("single quote"), line, col);
                    return false;
                }
                ++m_pos;
            } else if (c == u'$' && peek(1) == u'\'') {
                if (!ansiC(out, error))
                    return false;
            } else if (c == u'"' || (c == u'$' && peek(1) == u'"')) {
                const int line = m_line;
                const int col = column();
                m_pos += c == u'$' ? 2 : 1;
                bool closed = false;
                while (!atEnd()) {
                    const QChar d = peek();
                    if (d == u'"') {
                        ++m_pos;
                        closed = true;
                        break;
                    }
                    if (d == u'\\') {
                        const QChar n = peek(1);
                        if (n == u'\n') {
                            m_pos += 2;
                            newline();
                        } else if (n == u'$' || n == u'`' || n == u'"' || n == u'\\') {
                            *out += n;
                            m_pos += 2;
                        } else {
                            *out += d;
                            ++m_pos;
                        }
                    } else if (d == u'$') {
                        expansion(out);
                    } else {
                        if (d == u'\n') {
                            *out += d;
                            ++m_pos;
                            newline();
                            continue;
                        }
                        *out += d;
                        ++m_pos;
                    }
                }
                if (!closed) {
                    *error = unterminated(Text::tr("double quote"), line, col);
                    return false;
                }
            } else if (c == u'$') {
                expansion(out);
            } else {
                *out += c;
                ++m_pos;
            }
        }
        return true;
    }

    QString m_text;
    QStringList m_knownSecrets;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    QByteArray m_bytes;
    QStringList *m_variables = nullptr;
};

enum class Takes { Nothing, Value };

struct OptionInfo
{
    QString longName;
    QChar shortName;
    Takes takes;
};

const QList<OptionInfo> &options()
{
    static const QList<OptionInfo> list{
        {u"request"_s, u'X', Takes::Value},       {u"header"_s, u'H', Takes::Value},
        {u"data"_s, u'd', Takes::Value},          {u"data-ascii"_s, QChar(), Takes::Value},
        {u"data-binary"_s, QChar(), Takes::Value}, {u"data-raw"_s, QChar(), Takes::Value},
        {u"data-urlencode"_s, QChar(), Takes::Value}, {u"json"_s, QChar(), Takes::Value},
        {u"user"_s, u'u', Takes::Value},          {u"url"_s, QChar(), Takes::Value},
        {u"user-agent"_s, u'A', Takes::Value},    {u"referer"_s, u'e', Takes::Value},
        {u"cookie"_s, u'b', Takes::Value},        {u"form"_s, u'F', Takes::Value},
        {u"form-string"_s, QChar(), Takes::Value}, {u"upload-file"_s, u'T', Takes::Value},
        {u"oauth2-bearer"_s, QChar(), Takes::Value}, {u"get"_s, u'G', Takes::Nothing},
        {u"head"_s, u'I', Takes::Nothing},
        // Accepted; they change how curl runs or prints, not the request.
        {u"compressed"_s, QChar(), Takes::Nothing}, {u"silent"_s, u's', Takes::Nothing},
        {u"show-error"_s, u'S', Takes::Nothing},  {u"insecure"_s, u'k', Takes::Nothing},
        {u"location"_s, u'L', Takes::Nothing},    {u"include"_s, u'i', Takes::Nothing},
        {u"verbose"_s, u'v', Takes::Nothing},     {u"fail"_s, u'f', Takes::Nothing},
        {u"fail-with-body"_s, QChar(), Takes::Nothing}, {u"no-buffer"_s, u'N', Takes::Nothing},
        {u"globoff"_s, u'g', Takes::Nothing},     {u"progress-bar"_s, u'#', Takes::Nothing},
        {u"http1.1"_s, QChar(), Takes::Nothing},  {u"http2"_s, QChar(), Takes::Nothing},
        {u"http1.0"_s, u'0', Takes::Nothing},     {u"http3"_s, QChar(), Takes::Nothing},
        {u"no-progress-meter"_s, QChar(), Takes::Nothing}, {u"location-trusted"_s, QChar(), Takes::Nothing},
        // Ignored, with their value.
        {u"output"_s, u'o', Takes::Value},        {u"max-time"_s, u'm', Takes::Value},
        {u"connect-timeout"_s, QChar(), Takes::Value}, {u"retry"_s, QChar(), Takes::Value},
        {u"proxy"_s, u'x', Takes::Value},         {u"cacert"_s, QChar(), Takes::Value},
        {u"cert"_s, u'E', Takes::Value},          {u"key"_s, QChar(), Takes::Value},
        {u"write-out"_s, u'w', Takes::Value},     {u"dump-header"_s, u'D', Takes::Value},
        {u"cookie-jar"_s, u'c', Takes::Value},    {u"resolve"_s, QChar(), Takes::Value},
        {u"max-redirs"_s, QChar(), Takes::Value}, {u"limit-rate"_s, QChar(), Takes::Value},
        {u"range"_s, u'r', Takes::Value},         {u"config"_s, u'K', Takes::Value},
        {u"proxy-user"_s, u'U', Takes::Value},    {u"interface"_s, QChar(), Takes::Value},
    };
    return list;
}

const OptionInfo *findOption(const QString &longName, QChar shortName)
{
    for (const OptionInfo &o : options()) {
        if ((!longName.isEmpty() && o.longName == longName) || (!shortName.isNull() && o.shortName == shortName))
            return &o;
    }
    return nullptr;
}

class CurlReader
{
public:
    CurlReader(const QString &location, ImportResult &result) : m_location(location), m_result(result) {}

    bool read(const QList<Word> &words);

private:
    bool apply(const OptionInfo &option, const QString &written, const QString &value, const Word &at);
    std::optional<QByteArray> readFile(const QString &name, const QString &option);
    void addHeader(const QString &line);
    bool build();

    QString m_location;
    ImportResult &m_result;
    QString m_method;
    QStringList m_urls;
    QList<QPair<QString, QString>> m_headers;
    QStringList m_data;
    bool m_hasData = false;
    bool m_get = false;
    bool m_head = false;
    bool m_upload = false;
    QString m_jsonType;
    QString m_user;
};

std::optional<QByteArray> CurlReader::readFile(const QString &name, const QString &option)
{
    if (name == u"-") {
        m_result.error = Text::tr("%1 @-: the body would come from standard input; paste it instead.").arg(option);
        return std::nullopt;
    }
    QString base = QDir::currentPath();
    if (!m_location.isEmpty()) {
        const QUrl url(m_location);
        const QString path = url.isLocalFile() ? url.toLocalFile() : m_location;
        const QFileInfo info(path);
        base = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    }
    const QString path = QFileInfo(name).isAbsolute() ? name : QDir(base).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_result.error = Text::tr("%1 @%2: cannot read '%3': %4").arg(option, name, path, f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

void CurlReader::addHeader(const QString &line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0) {
        if (line.trimmed().endsWith(u';')) // "Name;" sends the header empty
            m_headers.append({line.trimmed().chopped(1).trimmed(), QString()});
        else
            m_result.notes.append(Text::tr("Header '%1' has no ':'; ignored.").arg(line));
        return;
    }
    const QString name = line.left(colon).trimmed();
    const QString value = line.mid(colon + 1).trimmed();
    if (value.isEmpty()) {
        m_result.notes.append(Text::tr("Header '%1:' only removes curl's own header; ignored.").arg(name));
        return;
    }
    m_headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_headers.append({name, value});
}

bool CurlReader::apply(const OptionInfo &option, const QString &written, const QString &value, const Word &at)
{
    Q_UNUSED(at);
    const QString &o = option.longName;
    if (o == u"request") {
        m_method = value.toUpper();
    } else if (o == u"header") {
        if (value.startsWith(u'@'))
            m_result.notes.append(Text::tr("%1 %2: headers from a file not read.").arg(written, value));
        else
            addHeader(value);
    } else if (o == u"data" || o == u"data-ascii" || o == u"data-binary" || o == u"data-raw" || o == u"json") {
        m_hasData = true;
        QString text = value;
        if (value.startsWith(u'@') && o != u"data-raw") {
            const std::optional<QByteArray> bytes = readFile(value.mid(1), written);
            if (!bytes)
                return false;
            QByteArray content = *bytes;
            if (o == u"data" || o == u"data-ascii") {
                content.replace("\r", "");
                content.replace("\n", ""); // as curl does for -d @file
            }
            QStringDecoder decoder(QStringDecoder::Utf8);
            text = decoder(content);
            if (decoder.hasError()) {
                m_result.error = Text::tr("%1 @%2: the file is not UTF-8 text, and a request body here holds text.")
                                     .arg(written, value.mid(1));
                return false;
            }
        }
        if (o == u"json")
            m_jsonType = u"application/json"_s;
        m_data.append(text);
    } else if (o == u"data-urlencode") {
        m_hasData = true;
        // "content", "=content", "name=content", "@file" or "name@file".
        const qsizetype eq = value.indexOf(u'=');
        const qsizetype atSign = value.indexOf(u'@');
        QString name;
        QString content;
        if (atSign >= 0 && (eq < 0 || atSign < eq)) {
            name = value.left(atSign);
            const std::optional<QByteArray> bytes = readFile(value.mid(atSign + 1), written);
            if (!bytes)
                return false;
            content = QString::fromUtf8(*bytes);
        } else if (eq >= 0) {
            name = value.left(eq);
            content = value.mid(eq + 1);
        } else {
            content = value;
        }
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(content));
        m_data.append(name.isEmpty() ? encoded : name + u'=' + encoded);
    } else if (o == u"user") {
        m_user = value;
    } else if (o == u"url") {
        m_urls.append(value);
    } else if (o == u"user-agent") {
        addHeader(u"User-Agent: "_s + value);
    } else if (o == u"referer") {
        addHeader(u"Referer: "_s + value);
    } else if (o == u"cookie") {
        if (value.contains(u'='))
            addHeader(u"Cookie: "_s + value);
        else
            m_result.notes.append(Text::tr("%1 %2: cookies from a file not read.").arg(written, value));
    } else if (o == u"oauth2-bearer") {
        addHeader(u"Authorization: Bearer "_s + value); // not for translation: HTTP header
    } else if (o == u"get") {
        m_get = true;
    } else if (o == u"head") {
        m_head = true;
    } else if (o == u"form" || o == u"form-string") {
        m_result.notes.append(Text::tr("%1 %2: multipart form fields are not imported.").arg(written, value));
    } else if (o == u"upload-file") {
        m_upload = true;
        m_result.notes.append(Text::tr("%1 %2: the uploaded file is not imported.").arg(written, value));
    } else if (o == u"insecure") {
        m_result.notes.append(Text::tr("%1 ignored: Portico always checks the server's certificate.").arg(written));
    } else if (option.takes == Takes::Value) {
        m_result.notes.append(Text::tr("%1 %2 ignored: it does not change the request.").arg(written, value));
    } else {
        m_result.notes.append(Text::tr("%1 ignored: it does not change the request.").arg(written));
    }
    return true;
}

bool CurlReader::read(const QList<Word> &words)
{
    qsizetype i = 1;
    bool optionsEnd = false;
    while (i < words.size()) {
        const Word &w = words.at(i);
        const QString &t = w.text;
        ++i;
        if (optionsEnd || !t.startsWith(u'-') || t == u"-") {
            m_urls.append(t);
            continue;
        }
        if (t == u"--") {
            optionsEnd = true;
            continue;
        }
        auto valueFor = [&](const QString &written, QString *value) {
            if (i >= words.size()) {
                m_result.error = Text::tr("%1 at line %2, column %3 needs a value.").arg(written).arg(w.line).arg(w.column);
                return false;
            }
            *value = words.at(i++).text;
            return true;
        };
        if (t.startsWith(u"--"_s)) {
            const QString name = t.mid(2);
            const OptionInfo *option = findOption(name, QChar());
            if (!option) {
                m_result.notes.append(Text::tr("Unknown option %1 ignored.").arg(t));
                continue;
            }
            QString value;
            if (option->takes == Takes::Value && !valueFor(t, &value))
                return false;
            if (!apply(*option, t, value, w))
                return false;
            continue;
        }
        // A cluster of short options: "-sSL", "-XPOST", "-HAccept: */*".
        for (qsizetype k = 1; k < t.size(); ++k) {
            const QString written = u"-"_s + t.at(k);
            const OptionInfo *option = findOption(QString(), t.at(k));
            if (!option) {
                m_result.notes.append(Text::tr("Unknown option %1 ignored.").arg(written));
                continue;
            }
            QString value;
            if (option->takes == Takes::Value) {
                if (k + 1 < t.size())
                    value = t.mid(k + 1);
                else if (!valueFor(written, &value))
                    return false;
                if (!apply(*option, written, value, w))
                    return false;
                break;
            }
            if (!apply(*option, written, value, w))
                return false;
        }
    }
    return build();
}

bool CurlReader::build()
{
    if (m_urls.isEmpty()) {
        m_result.error = Text::tr("The curl command has no URL.");
        return false;
    }
    for (qsizetype i = 1; i < m_urls.size(); ++i)
        m_result.notes.append(Text::tr("Only the first URL is imported; '%1' ignored.").arg(m_urls.at(i)));
    QString url = m_urls.first();
    if (!url.contains(u"://"_s))
        url.prepend(u"http://"_s); // as curl guesses
    if (const qsizetype hash = url.indexOf(u'#'); hash >= 0)
        url.truncate(hash);
    const qsizetype authorityStart = url.indexOf(u"://"_s) + 3;
    qsizetype pathStart = url.indexOf(u'/', authorityStart);
    const qsizetype queryStart = url.indexOf(u'?', authorityStart);
    if (pathStart < 0 || (queryStart >= 0 && queryStart < pathStart))
        pathStart = queryStart;
    QString authority = pathStart < 0 ? url.mid(authorityStart) : url.mid(authorityStart, pathStart - authorityStart);
    const QString scheme = url.left(authorityStart - 3).toLower();
    QString rest = pathStart < 0 ? QString() : url.mid(pathStart);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        if (m_user.isEmpty())
            m_user = QUrl::fromPercentEncoding(authority.left(at).toUtf8());
        authority = authority.mid(at + 1);
    }
    QString path = rest.section(u'?', 0, 0);
    const QString query = rest.contains(u'?') ? rest.section(u'?', 1) : QString();
    if (path.isEmpty())
        path = u"/"_s;
    const QString baseUrl = scheme + u"://"_s + authority;

    Api api = requestApi(QUrl(baseUrl).host().isEmpty() ? authority : QUrl(baseUrl).host(), baseUrl);
    Operation op;
    if (m_head)
        op.method = u"HEAD"_s;
    if (!m_method.isEmpty())
        op.method = m_method;
    if (op.method.isEmpty())
        op.method = m_hasData && !m_get ? u"POST"_s : m_upload ? u"PUT"_s : u"GET"_s;
    QStringList segments = path.split(u'/');
    segments.removeFirst();
    QStringList kept;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments.at(i).isEmpty() && i + 1 < segments.size()) {
            m_result.notes.append(Text::tr("Empty path segments ('//') removed from the URL."));
            continue;
        }
        kept.append(templateLiteral(segments.at(i)));
    }
    op.urlTemplate = u'/' + kept.join(u'/');
    op.name = op.method + u' ' + path;
    op.id = slug(op.method + u' ' + path);

    QStringList queryPairs = query.split(u'&', Qt::SkipEmptyParts);
    const QString data = m_data.join(u'&');
    if (m_get && !data.isEmpty())
        queryPairs.append(data.split(u'&', Qt::SkipEmptyParts));
    for (const QString &pair : std::as_const(queryPairs)) {
        const qsizetype eq = pair.indexOf(u'=');
        auto decode = [](QString s) { return QUrl::fromPercentEncoding(s.replace(u'+', u' ').toUtf8()); };
        Parameter p;
        p.name = decode(eq < 0 ? pair : pair.left(eq));
        p.defaultValue = eq < 0 ? QString() : decode(pair.mid(eq + 1));
        if (isKeyQueryParameter(p.name) && !p.defaultValue.isEmpty()) {
            QString variable;
            bool literal = false;
            p.defaultValue = keyReference(p.defaultValue, p.name, &variable, &literal);
            m_result.notes.append(Text::tr("Query parameter '%1' carries a key: it is the secret '%2', its value was "
                                           "not imported.")
                                      .arg(p.name, secretReferences(p.defaultValue).value(0)));
        }
        if (eq < 0)
            m_result.notes.append(Text::tr("Query parameter '%1' has no value; it is sent only once you give it one.")
                                      .arg(p.name));
        op.queryParameters.append(p);
    }

    if (!m_user.isEmpty()) {
        const QString user = m_user.section(u':', 0, 0);
        const QString secret = secretName(u"basic-"_s + user);
        m_headers.removeIf([](const auto &h) { return h.first.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0; });
        m_headers.append({u"Authorization"_s, u"Basic "_s + secretReference(secret)});
        m_result.notes.append(Text::tr("Basic authorization for user '%1': store base64(user:password) as the secret "
                                       "'%2'. The password was not imported.")
                                  .arg(user, secret));
    }
    bool hasContentType = false;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        Parameter h;
        h.name = name;
        h.required = true;
        h.defaultValue = value;
        if ((isKeyHeader(name) || name.compare(u"Cookie"_s, Qt::CaseInsensitive) == 0) &&
            secretReferences(value).isEmpty()) {
            QString variable;
            bool literal = false;
            h.defaultValue = keyReference(value, name, &variable, &literal);
            m_result.notes.append(
                Text::tr("Header '%1' carries a key: it is the secret '%2', its value was not imported.")
                    .arg(name, secretReferences(h.defaultValue).value(0)));
        }
        hasContentType = hasContentType || name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
        op.headers.append(h);
    }
    if (!m_get && m_hasData) {
        QString contentType = !m_jsonType.isEmpty() ? m_jsonType : u"application/x-www-form-urlencoded"_s;
        for (const auto &[name, value] : std::as_const(m_headers)) {
            if (name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0)
                contentType = value;
        }
        op.requestRepresentations.append(Representation{contentType, data});
        if (!hasContentType) {
            Parameter h;
            h.name = u"Content-Type"_s;
            h.required = true;
            h.defaultValue = contentType;
            op.headers.append(h);
            if (!m_jsonType.isEmpty()) {
                Parameter accept;
                accept.name = u"Accept"_s;
                accept.required = true;
                accept.defaultValue = m_jsonType;
                op.headers.append(accept);
            }
        }
    }
    const UrlTemplate parsed = UrlTemplate::parse(op.urlTemplate);
    if (!parsed.isValid()) {
        m_result.error = Text::tr("The URL's path cannot be a template: %1").arg(parsed.error());
        return false;
    }
    api.operations.append(op);
    Environment env;
    env.name = api.name;
    env.variables = {{u"baseUrl"_s, baseUrl}};
    m_result.environments.append(env);
    SavedRequest r = defaultRequest(api, op);
    for (const auto &h : std::as_const(r.headers))
        addSecretNames(&m_result, h.second);
    for (const auto &p : std::as_const(r.parameters))
        addSecretNames(&m_result, p.second);
    addSecretNames(&m_result, r.body);
    m_result.requests.append(r);
    m_result.apis.append(api);
    return true;
}

} // namespace

ImportResult importCurl(const QString &command, const QString &location, const ImportOptions &options)
{
    ImportResult r;
    r.format = ImportFormat::Curl;
    QString text = command;
    text.replace(u"\r\n"_s, u"\n"_s);
    QList<Word> words;
    QString rest;
    QStringList variables;
    Splitter splitter(text, options.knownSecretNames);
    if (!splitter.split(&words, &r.error, &rest, &variables))
        return r;
    if (!words.isEmpty() && words.first().text == u"$")
        words.removeFirst();
    const QString first = words.isEmpty() ? QString() : words.first().text;
    if (first != u"curl" && !first.endsWith(u"/curl"_s) && first.compare(u"curl.exe"_s, Qt::CaseInsensitive) != 0) {
        r.error = words.isEmpty() ? Text::tr("Not a curl command: the text is empty.")
                                  : Text::tr("Not a curl command: it starts with '%1' (line %2, column %3).")
                                        .arg(first)
                                        .arg(words.first().line)
                                        .arg(words.first().column);
        return r;
    }
    for (const QString &v : std::as_const(variables))
        r.notes.append(Text::tr("Shell variable $%1 became the variable {{%1}}; set it in the environment.").arg(v));
    if (!rest.isEmpty())
        r.notes.append(Text::tr("Text after the curl command ignored: '%1'.").arg(rest.left(60)));
    CurlReader reader(location, r);
    if (!reader.read(words)) {
        r.apis.clear();
        r.environments.clear();
        r.requests.clear();
    }
    return r;
}

} // namespace portico::client::importdetail
