// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace portico::ui {

QString Language::settingsKey()
{
    return u"ui/language"_s;
}

QStringList Language::available()
{
    return {u"en"_s, u"tr"_s};
}

bool Language::isKnown(const QString &code)
{
    return code.isEmpty() || code == u"system" || available().contains(code);
}

QString Language::resolve(const QString &code)
{
    if (available().contains(code))
        return code;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString base = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (available().contains(base))
            return base;
    }
    return u"en"_s;
}

QString Language::install(const QString &code)
{
    const QString language = resolve(code);
    // A chosen language brings its formats too (1.234,5 and 27.11.2026 in Turkish); the
    // system's choice keeps the system's own locale.
    if (available().contains(code))
        QLocale::setDefault(QLocale(language == u"tr" ? QLocale::Turkish : QLocale::English,
                                    language == u"tr" ? QLocale::Turkey : QLocale::UnitedStates));
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(u":/i18n/portico_"_s + language))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return language;
}

QString Language::nativeName(const QString &code)
{
    if (code == u"tr")
        return u"Türkçe"_s; // not for translation: each language is named in its own words
    if (code == u"en")
        return u"English"_s;
    return QCoreApplication::translate("portico::ui::Language", "System language");
}

} // namespace portico::ui
