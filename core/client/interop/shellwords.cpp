// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/interop/shellwords.h"

#include "client/interop/curlexport.h"
#include "client/interop/importformats.h"

using namespace Qt::StringLiterals;

namespace portico::client::importdetail {

namespace {

class Splitter
{
public:
    Splitter(const QString &text, const QStringList &knownSecrets) : m_text(text), m_knownSecrets(knownSecrets) {}

    bool split(QList<ShellWord> *words, QString *error, QString *rest, QStringList *variables)
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
            ShellWord w;
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
        if (name.startsWith(secretEnvironmentPrefix())) {
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

} // namespace

bool splitShellWords(const QString &text, const QStringList &knownSecrets, QList<ShellWord> *words, QString *error,
                     QString *rest, QStringList *variables)
{
    return Splitter(text, knownSecrets).split(words, error, rest, variables);
}

} // namespace portico::client::importdetail
