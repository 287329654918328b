// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Status colours stay readable on light and dark palettes: every message tone, chip,
// method badge and row tint meets the WCAG AA contrast of 4.5:1 against what it is drawn on.

#include "ui/catalog/methodbadgedelegate.h"
#include "ui/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using portico::ui::theme::Tone;
namespace theme = portico::ui::theme;

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void palettes_data();
    void messageTextIsReadableOnWindowAndBase_data() { palettes_data(); }
    void messageTextIsReadableOnWindowAndBase();
    void chipsAndTintsAreReadable_data() { palettes_data(); }
    void chipsAndTintsAreReadable();
    void methodBadgesAreReadable();
    void darkPaletteIsRecognisedAsDark();
};

namespace {
QPalette fusionPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    return fusion->standardPalette();
}
} // namespace

void TestTheme::palettes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light (Fusion)") << fusionPalette();
    QTest::newRow("dark") << theme::darkPalette();
}

static const Tone kTones[] = {Tone::Success, Tone::Info, Tone::Warning, Tone::Error, Tone::Neutral};

void TestTheme::messageTextIsReadableOnWindowAndBase()
{
    QFETCH(QPalette, palette);
    for (Tone tone : kTones) {
        for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
            const double ratio = theme::contrast(theme::text(tone, palette), palette.color(role));
            QVERIFY2(ratio >= 4.5, qPrintable(u"tone %1 on role %2: %3:1"_s.arg(int(tone)).arg(int(role)).arg(ratio)));
        }
    }
}

void TestTheme::chipsAndTintsAreReadable()
{
    QFETCH(QPalette, palette);
    for (Tone tone : {Tone::Success, Tone::Info, Tone::Warning, Tone::Error, Tone::Neutral, Tone::Muted}) {
        const double chip = theme::contrast(theme::chipText(tone, palette), theme::chipBackground(tone, palette));
        QVERIFY2(chip >= 4.5, qPrintable(u"chip %1: %2:1"_s.arg(int(tone)).arg(chip)));
        const double tint = theme::contrast(palette.color(QPalette::Text), theme::tint(tone, palette));
        QVERIFY2(tint >= 4.5, qPrintable(u"tint %1: %2:1"_s.arg(int(tone)).arg(tint)));
    }
}

void TestTheme::methodBadgesAreReadable()
{
    for (const QString &method : {u"GET"_s, u"POST"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s, u"HEAD"_s}) {
        const QColor badge = portico::ui::MethodBadgeDelegate::colorFor(method);
        const double ratio =
            std::max(theme::contrast(badge, Qt::white), theme::contrast(badge, QColor(0x1f, 0x1f, 0x1f)));
        QVERIFY2(ratio >= 4.5, qPrintable(method + u": "_s + QString::number(ratio)));
    }
}

void TestTheme::darkPaletteIsRecognisedAsDark()
{
    QVERIFY(theme::isDark(theme::darkPalette()));
    QVERIFY(!theme::isDark(fusionPalette()));
    QCOMPARE(qRound(theme::contrast(Qt::black, Qt::white)), 21);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
