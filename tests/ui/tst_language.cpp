// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// The Turkish interface: Portico's own text, Qt's standard dialog buttons, numbers and dates
// in Turkish formats, and dotted/dotless i kept right where text changes case.

#include "client/catalog/requestbuilder.h"
#include "ui/language.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void porticoTextIsTurkish();
    void qtStandardButtonsAreTurkish();
    void numbersAndDatesUseTurkishFormats();
    void caseChangesKeepTheDottedAndDotlessI();
    void unknownCodesAreRefusedAndTheSystemIsFollowedOtherwise();
};

void TestLanguage::initTestCase()
{
    QCOMPARE(portico::ui::Language::install(u"tr"_s), u"tr"_s);
}

void TestLanguage::porticoTextIsTurkish()
{
    const QString keys = QCoreApplication::translate("portico::ui::MainWindow", "&Keys…");
    QVERIFY2(keys != u"&Keys…"_s && keys.contains(u"Anahtar"_s), qPrintable(keys));
    const QString plural = QCoreApplication::translate(
        "ExchangeText", "%1 sent nothing for %n second(s); the request timed out.", nullptr, 5);
    QVERIFY2(plural.contains(u'5') && !plural.contains(u"second"_s), qPrintable(plural));
}

void TestLanguage::qtStandardButtonsAreTurkish()
{
    QDialogButtonBox box(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    const QString cancel = box.button(QDialogButtonBox::Cancel)->text().remove(u'&');
    QVERIFY2(cancel == u"İptal"_s, qPrintable(cancel));
}

void TestLanguage::numbersAndDatesUseTurkishFormats()
{
    const QLocale locale;
    QCOMPARE(locale.language(), QLocale::Turkish);
    QCOMPARE(locale.toString(1234567.5, 'f', 1), u"1.234.567,5"_s);
    QCOMPARE(locale.toString(QDate(2026, 11, 27), QLocale::ShortFormat), u"27.11.2026"_s);
}

void TestLanguage::caseChangesKeepTheDottedAndDotlessI()
{
    // Text for people goes through the locale Portico installed: i → İ and ı → I in Turkish…
    const QLocale locale;
    QCOMPARE(locale.toUpper(u"işlem istanbul"_s), u"İŞLEM İSTANBUL"_s);
    // …while protocol tokens do not: an operation written "options" or "delete" goes on the
    // wire as OPTIONS and DELETE, not OPTİONS, under the Turkish interface.
    portico::client::Api api;
    api.serviceUrl = u"http://127.0.0.1:41002"_s;
    const QList<std::pair<QString, QByteArray>> methods{{u"options"_s, "OPTIONS"}, {u"delete"_s, "DELETE"}};
    for (const auto &[method, onTheWire] : methods) {
        portico::client::Operation operation;
        operation.method = method;
        operation.urlTemplate = u"/items"_s;
        const portico::client::BuiltRequest built =
            portico::client::RequestBuilder::prepare(api, operation, {}, portico::client::Environment());
        QCOMPARE(built.spec.method, onTheWire);
    }
}

void TestLanguage::unknownCodesAreRefusedAndTheSystemIsFollowedOtherwise()
{
    QVERIFY(portico::ui::Language::isKnown(u"tr"_s));
    QVERIFY(portico::ui::Language::isKnown(QString()));
    QVERIFY(!portico::ui::Language::isKnown(u"xx"_s));
    QVERIFY(portico::ui::Language::available().contains(portico::ui::Language::resolve(u"system"_s)));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
