// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins the console's URL template expansion: parameters in template order, values encoded so
// they can never change the shape of the URL, missing values left visible, the customer's
// five templates read back exactly, and malformed templates refused with a reason.

#include "client/catalog/urltemplate.h"

#include <QHash>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::client::UrlTemplate;

namespace {

const QString kExecute =
    u"/workspaces/{workspace}/services/{service}/execute?api-version={apiversion}&details={details}"_s;
const QString kSubmit = u"/workspaces/{workspace}/services/{service}/jobs?api-version={apiversion}"_s;
const QString kStart = u"/workspaces/{workspace}/services/{service}/jobs/{jobid}/start?api-version={apiversion}"_s;
const QString kJob = u"/workspaces/{workspace}/services/{service}/jobs/{jobid}?api-version={apiversion}"_s;

} // namespace

class TestClientUrlTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parameterNamesFollowTemplateOrderPathFirst();
    void queryParametersAreToldApartFromPathOnes();
    void pathValuesAreEncodedAsOneSegment_data();
    void pathValuesAreEncodedAsOneSegment();
    void queryValuesAreEncodedAsOneComponent_data();
    void queryValuesAreEncodedAsOneComponent();
    void literalsAreKeptAsWritten();
    void valuesThatLookLikeParametersAreNotExpandedAgain();
    void missingAndEmptyValuesAreListedAndLeftAsPlaceholders();
    void missingListCollectsAcrossCallsWithoutRepeats();
    void seedTemplatesReadBackExactly_data();
    void seedTemplatesReadBackExactly();
    void malformedTemplatesAreRefused_data();
    void malformedTemplatesAreRefused();
    void joinUrlPutsExactlyOneSlashBetween_data();
    void joinUrlPutsExactlyOneSlashBetween();
};

void TestClientUrlTemplate::parameterNamesFollowTemplateOrderPathFirst()
{
    const UrlTemplate t = UrlTemplate::parse(kExecute);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(t.parameterNames(), (QStringList{u"workspace"_s, u"service"_s, u"apiversion"_s, u"details"_s}));

    const UrlTemplate mixed = UrlTemplate::parse(u"/files/{name}.{ext}/v{major}_{minor}"_s);
    QVERIFY2(mixed.isValid(), qPrintable(mixed.error()));
    QCOMPARE(mixed.parameterNames(), (QStringList{u"name"_s, u"ext"_s, u"major"_s, u"minor"_s}));

    QVERIFY(UrlTemplate::parse(u"/"_s).isValid());
    QVERIFY(UrlTemplate::parse(u"/"_s).parameterNames().isEmpty());
}

void TestClientUrlTemplate::queryParametersAreToldApartFromPathOnes()
{
    const UrlTemplate t = UrlTemplate::parse(kStart);
    QVERIFY(!t.isQueryParameter(u"workspace"_s));
    QVERIFY(!t.isQueryParameter(u"jobid"_s));
    QVERIFY(t.isQueryParameter(u"apiversion"_s));
    QVERIFY(!t.isQueryParameter(u"unknown"_s));
}

void TestClientUrlTemplate::pathValuesAreEncodedAsOneSegment_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << u"abc123"_s << u"abc123"_s;
    QTest::newRow("unreserved kept") << u"a-b_c.d~e"_s << u"a-b_c.d~e"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a%2Fb"_s;
    QTest::newRow("dot segment") << u".."_s << u".."_s;
    QTest::newRow("space") << u"a b"_s << u"a%20b"_s;
    QTest::newRow("ampersand") << u"a&b"_s << u"a%26b"_s;
    QTest::newRow("equals") << u"a=b"_s << u"a%3Db"_s;
    QTest::newRow("plus") << u"a+b"_s << u"a%2Bb"_s;
    QTest::newRow("question mark") << u"a?b"_s << u"a%3Fb"_s;
    QTest::newRow("hash") << u"a#b"_s << u"a%23b"_s;
    QTest::newRow("percent") << u"100%"_s << u"100%25"_s;
    QTest::newRow("turkish") << u"çalışma"_s << u"%C3%A7al%C4%B1%C5%9Fma"_s;
    QTest::newRow("emoji") << u"😀"_s << u"%F0%9F%98%80"_s;
}

void TestClientUrlTemplate::pathValuesAreEncodedAsOneSegment()
{
    QFETCH(QString, value);
    QFETCH(QString, encoded);
    const UrlTemplate t = UrlTemplate::parse(kJob);
    QStringList missing;
    const QString url = t.expand(
        {{u"workspace"_s, u"ws"_s}, {u"service"_s, u"svc"_s}, {u"jobid"_s, value}, {u"apiversion"_s, u"2.0"_s}},
        &missing);
    QVERIFY(missing.isEmpty());
    QCOMPARE(url, u"/workspaces/ws/services/svc/jobs/"_s + encoded + u"?api-version=2.0"_s);
}

void TestClientUrlTemplate::queryValuesAreEncodedAsOneComponent_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << u"2.0"_s << u"2.0"_s;
    QTest::newRow("ampersand") << u"2.0&details=false"_s << u"2.0%26details%3Dfalse"_s;
    QTest::newRow("equals") << u"a=b"_s << u"a%3Db"_s;
    QTest::newRow("plus") << u"a+b"_s << u"a%2Bb"_s;
    QTest::newRow("hash") << u"a#b"_s << u"a%23b"_s;
    QTest::newRow("space") << u"a b"_s << u"a%20b"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a%2Fb"_s;
    QTest::newRow("turkish") << u"ğüşiöç"_s << u"%C4%9F%C3%BC%C5%9Fi%C3%B6%C3%A7"_s;
    QTest::newRow("emoji") << u"👍🏽"_s << u"%F0%9F%91%8D%F0%9F%8F%BD"_s;
}

void TestClientUrlTemplate::queryValuesAreEncodedAsOneComponent()
{
    QFETCH(QString, value);
    QFETCH(QString, encoded);
    const UrlTemplate t = UrlTemplate::parse(kSubmit);
    const QString url = t.expand({{u"workspace"_s, u"ws"_s}, {u"service"_s, u"svc"_s}, {u"apiversion"_s, value}});
    QCOMPARE(url, u"/workspaces/ws/services/svc/jobs?api-version="_s + encoded);
}

void TestClientUrlTemplate::literalsAreKeptAsWritten()
{
    const UrlTemplate t = UrlTemplate::parse(u"/v1/files/{name}.json?format=swagger&x-ms=a,b&flag&n={n}"_s);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(t.expand({{u"name"_s, u"a b"_s}, {u"n"_s, u"1"_s}}),
             u"/v1/files/a%20b.json?format=swagger&x-ms=a,b&flag&n=1"_s);
}

void TestClientUrlTemplate::valuesThatLookLikeParametersAreNotExpandedAgain()
{
    const UrlTemplate t = UrlTemplate::parse(kSubmit);
    const QString url =
        t.expand({{u"workspace"_s, u"{service}"_s}, {u"service"_s, u"svc"_s}, {u"apiversion"_s, u"2.0"_s}});
    QCOMPARE(url, u"/workspaces/%7Bservice%7D/services/svc/jobs?api-version=2.0"_s);
}

void TestClientUrlTemplate::missingAndEmptyValuesAreListedAndLeftAsPlaceholders()
{
    const UrlTemplate t = UrlTemplate::parse(kExecute);
    QStringList missing;
    // An empty value would give "//" or "details=", neither of which the gateway matches.
    const QString url = t.expand({{u"workspace"_s, u"ws"_s}, {u"apiversion"_s, u""_s}}, &missing);
    QCOMPARE(missing, (QStringList{u"service"_s, u"apiversion"_s, u"details"_s}));
    QCOMPARE(url, u"/workspaces/ws/services/{service}/execute?api-version={apiversion}&details={details}"_s);

    QCOMPARE(t.expand({}), kExecute); // missing is optional
}

void TestClientUrlTemplate::missingListCollectsAcrossCallsWithoutRepeats()
{
    QStringList missing{u"earlier"_s};
    UrlTemplate::parse(kSubmit).expand({}, &missing);
    UrlTemplate::parse(kJob).expand({}, &missing);
    QCOMPARE(missing, (QStringList{u"earlier"_s, u"workspace"_s, u"service"_s, u"apiversion"_s, u"jobid"_s}));
}

void TestClientUrlTemplate::seedTemplatesReadBackExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    const QStringList common{u"workspace"_s, u"service"_s};
    QTest::newRow("RRS Execute") << kExecute << (common + QStringList{u"apiversion"_s, u"details"_s});
    QTest::newRow("BES Submit") << kSubmit << (common + QStringList{u"apiversion"_s});
    QTest::newRow("BES Start") << kStart << (common + QStringList{u"jobid"_s, u"apiversion"_s});
    QTest::newRow("BES Status") << kJob << (common + QStringList{u"jobid"_s, u"apiversion"_s});
    QTest::newRow("BES Delete") << kJob << (common + QStringList{u"jobid"_s, u"apiversion"_s});
    QTest::newRow("trailing slash") << u"/items/{id}/"_s << QStringList{u"id"_s};
    QTest::newRow("valueless query item") << u"/items?flag&id={id}"_s << QStringList{u"id"_s};
}

void TestClientUrlTemplate::seedTemplatesReadBackExactly()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    const UrlTemplate t = UrlTemplate::parse(text);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(t.text(), text);
    QCOMPARE(t.toString(), text);
    QCOMPARE(t.parameterNames(), names);

    QStringList missing;
    // Filling each name with nothing gives the template back as written.
    QCOMPARE(t.expand({}, &missing), text);
    QCOMPARE(missing, names);
}

void TestClientUrlTemplate::malformedTemplatesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason"); // a fragment of the error text

    QTest::newRow("empty") << QString() << u"starts with '/'"_s;
    QTest::newRow("no leading slash") << u"workspaces/{workspace}"_s << u"starts with '/'"_s;
    QTest::newRow("space") << u"/work spaces"_s << u"spaces"_s;
    QTest::newRow("fragment") << u"/a#b"_s << u"'#'"_s;
    QTest::newRow("unclosed brace") << u"/jobs/{jobid"_s << u"Unbalanced"_s;
    QTest::newRow("unopened brace") << u"/jobs/jobid}"_s << u"Unbalanced"_s;
    QTest::newRow("nested braces") << u"/jobs/{a{b}}"_s << u"Unbalanced"_s;
    QTest::newRow("brace across segments") << u"/jobs/{a/b}"_s << u"Unbalanced"_s;
    QTest::newRow("unclosed in query") << u"/jobs?v={apiversion"_s << u"literal or one whole"_s;
    QTest::newRow("empty name") << u"/jobs/{}"_s << u"needs a name"_s;
    QTest::newRow("invalid name") << u"/jobs/{job!id}"_s << u"not a valid parameter name"_s;
    QTest::newRow("duplicate in path") << u"/a/{id}/b/{id}"_s << u"appears twice"_s;
    QTest::newRow("duplicate path and query") << u"/a/{id}?id={id}"_s << u"appears twice"_s;
    QTest::newRow("adjacent parameters") << u"/a/{x}{y}"_s << u"literal text between"_s;
    QTest::newRow("empty segment") << u"/a//b"_s << u"empty path segment"_s;
    QTest::newRow("query item without name") << u"/a?=1"_s << u"no valid name"_s;
    QTest::newRow("empty query item") << u"/a?x=1&&y=2"_s << u"no valid name"_s;
    QTest::newRow("parameter as query name") << u"/a?{name}=1"_s << u"no valid name"_s;
    QTest::newRow("partial query value") << u"/a?x=v{n}"_s << u"literal or one whole"_s;
}

void TestClientUrlTemplate::malformedTemplatesAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const UrlTemplate t = UrlTemplate::parse(text);
    QVERIFY(!t.isValid());
    QVERIFY2(t.error().contains(reason), qPrintable(t.error()));
    QVERIFY(t.parameterNames().isEmpty());
    QCOMPARE(t.text(), text);
    QStringList missing;
    QCOMPARE(t.expand({{u"id"_s, u"1"_s}}, &missing), text); // nothing is filled into a broken template
    QVERIFY(missing.isEmpty());
}

void TestClientUrlTemplate::joinUrlPutsExactlyOneSlashBetween_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("joined");
    QTest::newRow("plain") << u"http://h:1/azureml-demo"_s << u"/jobs"_s << u"http://h:1/azureml-demo/jobs"_s;
    QTest::newRow("base slash") << u"http://h:1/azureml-demo/"_s << u"/jobs"_s << u"http://h:1/azureml-demo/jobs"_s;
    QTest::newRow("no slash") << u"http://h:1"_s << u"azureml-demo"_s << u"http://h:1/azureml-demo"_s;
    QTest::newRow("query only") << u"http://h:1/x/"_s << u"?a=1"_s << u"http://h:1/x?a=1"_s;
    QTest::newRow("empty tail") << u"http://h:1/x"_s << QString() << u"http://h:1/x"_s;
}

void TestClientUrlTemplate::joinUrlPutsExactlyOneSlashBetween()
{
    QFETCH(QString, base);
    QFETCH(QString, tail);
    QFETCH(QString, joined);
    QCOMPARE(portico::client::joinUrl(base, tail), joined);
}

QTEST_GUILESS_MAIN(TestClientUrlTemplate)
#include "tst_urltemplate_client.moc"
