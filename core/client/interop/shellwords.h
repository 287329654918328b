// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The shell's side of a pasted curl command: the words bash would hand to curl.
#include <QList>
#include <QString>
#include <QStringList>

namespace portico::client::importdetail {

struct ShellWord
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
// Variables found on the way go to *variables; knownSecrets are the keychain names a
// PORTICO_SECRET_ variable maps back to. False with *error naming the line and column.
bool splitShellWords(const QString &text, const QStringList &knownSecrets, QList<ShellWord> *words, QString *error,
                     QString *rest, QStringList *variables);

} // namespace portico::client::importdetail
