// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// Environments and the {{name}} / {{secret:NAME}} placeholders that let one saved request run
// against the sandbox, a gateway or the service directly without copying keys into it.

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace portico::client {

// A named set of variables. A value may itself be a {{secret:NAME}} reference: variables
// are substituted first and secrets after, so the keychain value ends up in the request
// without ever being stored in the workspace.
struct Environment
{
    QString name;
    // Empty for a plain set of variables; kOnlineEndpointKind (client/catalog/onlineendpoint.h)
    // for an Azure ML online endpoint, whose well-known variables shape the request.
    QString kind;
    QList<QPair<QString, QString>> variables; // kept in the user's order

    bool contains(const QString &name) const;
    // The first variable of that name; an empty string when there is none.
    QString value(const QString &name) const;

    friend bool operator==(const Environment &a, const Environment &b)
    {
        return a.name == b.name && a.kind == b.kind && a.variables == b.variables;
    }
    friend bool operator!=(const Environment &a, const Environment &b) { return !(a == b); }
};

// Replaces each {{name}} (spaces inside the braces allowed) by the environment's value, in one
// pass: a substituted value is not searched for further placeholders. {{secret:NAME}} is left
// for substituteSecrets(). Names the environment lacks stay as written and are appended to
// *unresolved unless already there, so one list can collect them over a whole request.
// Names are ASCII letters, digits, '_', '-' and '.'.
QString substituteVariables(const QString &text, const Environment &env, QStringList *unresolved = nullptr);

// The NAMEs of the {{secret:NAME}} references in text, once each, in order.
QStringList secretReferences(const QString &text);

// Replaces each {{secret:NAME}} by secrets[NAME], in one pass. Names not in secrets stay as
// written and are appended to *missing unless already there.
QString substituteSecrets(const QString &text, const QHash<QString, QString> &secrets, QStringList *missing = nullptr);

} // namespace portico::client
