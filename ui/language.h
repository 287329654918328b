// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#pragma once
// The interface language: the system's by default, or the user's choice (a setting, or
// --lang). Installs Portico's translation and Qt's own, and the matching number and date
// formats, before any window exists.

#include <QString>
#include <QStringList>

namespace portico::ui {

class Language
{
public:
    // settings.ini key holding "tr", "en" or nothing (follow the system).
    static QString settingsKey();
    static QStringList available();           // language codes the console is translated into
    static bool isKnown(const QString &code); // an available code, "system" or empty
    // The language a code stands for: empty or "system" resolve to the system's when
    // available, else English.
    static QString resolve(const QString &code);
    // Installs the translators on the running application; returns the language in use.
    static QString install(const QString &code);
    // "Türkçe", "English": each language in its own words, for the language menu.
    static QString nativeName(const QString &code);
};

} // namespace portico::ui
