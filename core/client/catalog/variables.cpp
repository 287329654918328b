// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "client/catalog/variables.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace portico::client {

namespace {

// A variable name has no ':' so that "secret:NAME" can never be read as a variable.
const QRegularExpression &variablePattern()
{
    static const QRegularExpression re(uR"(\{\{\s*([A-Za-z0-9_.\-]+)\s*\}\})"_s);
    return re;
}

const QRegularExpression &secretPattern()
{
    static const QRegularExpression re(uR"(\{\{\s*secret:\s*([A-Za-z0-9_.\-]+)\s*\}\})"_s);
    return re;
}

// Copies text, replacing each match of re whose first capture lookup() knows; one pass,
// so replacement text is never matched again.
template<typename Lookup>
QString replaceAll(const QString &text, const QRegularExpression &re, Lookup lookup, QStringList *unknown)
{
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const std::optional<QString> value = lookup(name);
        if (!value) {
            if (unknown && !unknown->contains(name))
                unknown->append(name);
            continue;
        }
        out += QStringView(text).mid(copied, m.capturedStart() - copied);
        out += *value;
        copied = m.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace

bool Environment::contains(const QString &n) const
{
    for (const auto &v : variables) {
        if (v.first == n)
            return true;
    }
    return false;
}

QString Environment::value(const QString &n) const
{
    for (const auto &v : variables) {
        if (v.first == n)
            return v.second;
    }
    return {};
}

QString substituteVariables(const QString &text, const Environment &env, QStringList *unresolved)
{
    return replaceAll(
        text, variablePattern(),
        [&env](const QString &name) -> std::optional<QString> {
            if (!env.contains(name))
                return std::nullopt;
            return env.value(name);
        },
        unresolved);
}

QStringList secretReferences(const QString &text)
{
    QStringList out;
    QRegularExpressionMatchIterator it = secretPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

QString substituteSecrets(const QString &text, const QHash<QString, QString> &secrets, QStringList *missing)
{
    return replaceAll(
        text, secretPattern(),
        [&secrets](const QString &name) -> std::optional<QString> {
            const auto it = secrets.constFind(name);
            if (it == secrets.cend())
                return std::nullopt;
            return *it;
        },
        missing);
}

} // namespace portico::client
