// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins UrlTemplate to API Management's operation matching: the customer's five templates,
// values taken from percent-decoded requests, required template query parameters, and the
// reasons malformed templates are refused.

#include "sandbox/gateway/urltemplate.h"
#include "sandbox/http/httpmessage.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using portico::sandbox::UrlTemplate;

namespace {

const QString kExecute =
    u"/workspaces/{workspace}/services/{service}/execute?api-version={apiversion}&details={details}"_s;
const QString kSubmit = u"/workspaces/{workspace}/services/{service}/jobs?api-version={apiversion}"_s;
const QString kStart = u"/workspaces/{workspace}/services/{service}/jobs/{jobid}/start?api-version={apiversion}"_s;
const QString kJob = u"/workspaces/{workspace}/services/{service}/jobs/{jobid}?api-version={apiversion}"_s;

// What the gateway hands a template: the request's path segments and query as the HTTP
// layer decodes them off the wire.
struct Incoming
{
    QStringList segments;
    QUrlQuery query;
};

Incoming incoming(const QByteArray &target)
{
    portico::http::HttpRequest request;
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    return {request.pathSegments(), request.queryItems()};
}

// "name=value" pairs, sorted, so a whole extraction compares in one QCOMPARE.
QStringList flatten(const QHash<QString, QString> &values)
{
    QStringList out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.append(it.key() + u'=' + it.value());
    std::sort(out.begin(), out.end());
    return out;
}

struct Outcome
{
    bool matched = false;
    QStringList values;
};

Outcome matchTarget(const UrlTemplate &t, const QByteArray &target)
{
    const Incoming in = incoming(target);
    QHash<QString, QString> values;
    Outcome o;
    o.matched = t.match(in.segments, in.query, &values);
    o.values = flatten(values);
    return o;
}

} // namespace

class TestUrlTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedTemplatesParseWithTheirParameters_data();
    void seedTemplatesParseWithTheirParameters();
    void matchesAndExtractsDecodedValues_data();
    void matchesAndExtractsDecodedValues();
    void matchFailureLeavesValuesUntouched();
    void literalQueryValuesMustBeEqual_data();
    void literalQueryValuesMustBeEqual();
    void trailingSlashIsOptional_data();
    void trailingSlashIsOptional();
    void mixedSegmentsCaptureAroundLiterals_data();
    void mixedSegmentsCaptureAroundLiterals();
    void invalidTemplatesAreRefusedWithReason_data();
    void invalidTemplatesAreRefusedWithReason();
};

void TestUrlTemplate::seedTemplatesParseWithTheirParameters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("literalSegments");

    const QStringList base{u"workspace"_s, u"service"_s};
    QTest::newRow("RRS Execute") << kExecute << (base + QStringList{u"apiversion"_s, u"details"_s}) << 3;
    QTest::newRow("BES Submit") << kSubmit << (base + QStringList{u"apiversion"_s}) << 3;
    QTest::newRow("BES Start") << kStart << (base + QStringList{u"jobid"_s, u"apiversion"_s}) << 4;
    QTest::newRow("BES Status") << kJob << (base + QStringList{u"jobid"_s, u"apiversion"_s}) << 3;
    QTest::newRow("BES Delete") << kJob << (base + QStringList{u"jobid"_s, u"apiversion"_s}) << 3;
    QTest::newRow("root") << u"/"_s << QStringList() << 0;
}

void TestUrlTemplate::seedTemplatesParseWithTheirParameters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(int, literalSegments);

    const UrlTemplate t = UrlTemplate::parse(text);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QVERIFY(t.error().isEmpty());
    QCOMPARE(t.text(), text);
    QCOMPARE(t.parameterNames(), names);
    QCOMPARE(t.literalSegmentCount(), literalSegments);
}

void TestUrlTemplate::matchesAndExtractsDecodedValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QStringList>("values");

    const QStringList executeValues{u"apiversion=2.0"_s, u"details=true"_s, u"service=svc1"_s, u"workspace=ws1"_s};

    QTest::newRow("execute") << kExecute << "/workspaces/ws1/services/svc1/execute?api-version=2.0&details=true"_ba
                             << true << executeValues;
    QTest::newRow("query order is free") << kExecute
                                         << "/workspaces/ws1/services/svc1/execute?details=true&api-version=2.0"_ba
                                         << true << executeValues;
    QTest::newRow("extra query parameters") << kExecute
                                            << "/workspaces/ws1/services/svc1/execute?format=swagger&api-version=2.0"
                                               "&subscription-key=abc&details=true"_ba
                                            << true << executeValues;
    QTest::newRow("literals ignore case")
        << kExecute << "/WORKSPACES/ws1/Services/svc1/EXECUTE?api-version=2.0&details=true"_ba << true << executeValues;
    QTest::newRow("values keep their case")
        << kExecute << "/workspaces/WS1/services/Svc1/execute?api-version=2.0&details=True"_ba << true
        << QStringList{u"apiversion=2.0"_s, u"details=True"_s, u"service=Svc1"_s, u"workspace=WS1"_s};
    QTest::newRow("percent-decoded segments")
        << kExecute << "/workspaces/my%20ws/services/a%2Fb%C3%A9/execute?api-version=2%2E0&details=t%20f"_ba << true
        << QStringList{u"apiversion=2.0"_s, u"details=t f"_s, u"service=a/b\u00e9"_s, u"workspace=my ws"_s};
    QTest::newRow("missing details") << kExecute << "/workspaces/ws1/services/svc1/execute?api-version=2.0"_ba << false
                                     << QStringList();
    QTest::newRow("no query at all") << kExecute << "/workspaces/ws1/services/svc1/execute"_ba << false
                                     << QStringList();
    QTest::newRow("empty details") << kExecute << "/workspaces/ws1/services/svc1/execute?api-version=2.0&details="_ba
                                   << false << QStringList();
    QTest::newRow("details without '='") << kExecute
                                         << "/workspaces/ws1/services/svc1/execute?api-version=2.0&details"_ba << false
                                         << QStringList();
    QTest::newRow("query names are exact")
        << kExecute << "/workspaces/ws1/services/svc1/execute?api-version=2.0&Details=true"_ba << false
        << QStringList();
    QTest::newRow("empty path parameter")
        << kExecute << "/workspaces//services/svc1/execute?api-version=2.0&details=true"_ba << false << QStringList();
    QTest::newRow("literal differs") << kExecute
                                     << "/workspaces/ws1/services/svc1/score?api-version=2.0&details=true"_ba << false
                                     << QStringList();
    QTest::newRow("one segment too many")
        << kExecute << "/workspaces/ws1/services/svc1/execute/now?api-version=2.0&details=true"_ba << false
        << QStringList();
    QTest::newRow("one segment too few") << kExecute
                                         << "/workspaces/ws1/services/execute?api-version=2.0&details=true"_ba << false
                                         << QStringList();

    QTest::newRow("submit") << kSubmit << "/workspaces/ws1/services/svc1/jobs?api-version=2.0"_ba << true
                            << QStringList{u"apiversion=2.0"_s, u"service=svc1"_s, u"workspace=ws1"_s};
    QTest::newRow("start") << kStart << "/workspaces/ws1/services/svc1/jobs/job%2042/start?api-version=2.0"_ba << true
                           << QStringList{u"apiversion=2.0"_s, u"jobid=job 42"_s, u"service=svc1"_s,
                                          u"workspace=ws1"_s};
    QTest::newRow("status") << kJob << "/workspaces/ws1/services/svc1/jobs/539d0bc2?api-version=2.0"_ba << true
                            << QStringList{u"apiversion=2.0"_s, u"jobid=539d0bc2"_s, u"service=svc1"_s,
                                           u"workspace=ws1"_s};
    QTest::newRow("status is not start") << kJob
                                         << "/workspaces/ws1/services/svc1/jobs/539d0bc2/start?api-version=2.0"_ba
                                         << false << QStringList();
    QTest::newRow("start is not status") << kStart << "/workspaces/ws1/services/svc1/jobs/539d0bc2?api-version=2.0"_ba
                                         << false << QStringList();
    QTest::newRow("submit without api-version")
        << kSubmit << "/workspaces/ws1/services/svc1/jobs"_ba << false << QStringList();
}

void TestUrlTemplate::matchesAndExtractsDecodedValues()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, target);
    QFETCH(bool, matched);
    QFETCH(QStringList, values);

    const UrlTemplate t = UrlTemplate::parse(text);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    const Outcome o = matchTarget(t, target);
    QCOMPARE(o.matched, matched);
    if (matched)
        QCOMPARE(o.values, values);

    // The gateway asks without wanting the values, too.
    const Incoming in = incoming(target);
    QCOMPARE(t.match(in.segments, in.query), matched);
}

void TestUrlTemplate::matchFailureLeavesValuesUntouched()
{
    // A caller trying operations one after another must not see a failed attempt's captures.
    const UrlTemplate t = UrlTemplate::parse(kExecute);
    const Incoming in = incoming("/workspaces/ws1/services/svc1/execute?api-version=2.0"_ba);
    QHash<QString, QString> values{{u"before"_s, u"kept"_s}};
    QVERIFY(!t.match(in.segments, in.query, &values));
    QCOMPARE(flatten(values), QStringList{u"before=kept"_s});
}

void TestUrlTemplate::literalQueryValuesMustBeEqual_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QStringList>("values");

    QTest::newRow("both literals") << "/score?format=swagger&api-version=2.0"_ba << true << QStringList{u"id=x"_s};
    QTest::newRow("percent-encoded literal")
        << "/score?format=swag%67er&api-version=2%2E0"_ba << true << QStringList{u"id=x"_s};
    QTest::newRow("other literal value") << "/score?format=table&api-version=2.0"_ba << false << QStringList();
    QTest::newRow("literal missing") << "/score?api-version=2.0"_ba << false << QStringList();
    QTest::newRow("literal empty") << "/score?format=&api-version=2.0"_ba << false << QStringList();
    QTest::newRow("parameter missing") << "/score?format=swagger"_ba << false << QStringList();
}

void TestUrlTemplate::literalQueryValuesMustBeEqual()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, matched);
    QFETCH(QStringList, values);

    const UrlTemplate t = UrlTemplate::parse(u"/score?format=swagger&api-version=2.0&id={id}"_s);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(t.parameterNames(), QStringList{u"id"_s});
    const Outcome o = matchTarget(t, target + "&id=x");
    QCOMPARE(o.matched, matched);
    if (matched)
        QCOMPARE(o.values, values);
}

void TestUrlTemplate::trailingSlashIsOptional_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("matched");

    QTest::newRow("template without, request without") << u"/jobs/{jobid}"_s << "/jobs/7"_ba << true;
    QTest::newRow("template without, request with") << u"/jobs/{jobid}"_s << "/jobs/7/"_ba << true;
    QTest::newRow("template with, request without") << u"/jobs/{jobid}/"_s << "/jobs/7"_ba << true;
    QTest::newRow("template with, request with") << u"/jobs/{jobid}/"_s << "/jobs/7/"_ba << true;
    QTest::newRow("with query") << u"/jobs/?api-version={v}"_s << "/jobs/?api-version=2.0"_ba << true;
    QTest::newRow("two trailing slashes") << u"/jobs/{jobid}"_s << "/jobs/7//"_ba << false;
    QTest::newRow("root matches root") << u"/"_s << "/"_ba << true;
    QTest::newRow("root does not match a segment") << u"/"_s << "/jobs"_ba << false;
}

void TestUrlTemplate::trailingSlashIsOptional()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, target);
    QFETCH(bool, matched);

    const UrlTemplate t = UrlTemplate::parse(text);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    QCOMPARE(matchTarget(t, target).matched, matched);
}

void TestUrlTemplate::mixedSegmentsCaptureAroundLiterals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QStringList>("values");

    const QString file = u"/files/{name}.json"_s;
    QTest::newRow("suffix") << file << "/files/report.json"_ba << true << QStringList{u"name=report"_s};
    QTest::newRow("suffix ignores case") << file << "/FILES/report.JSON"_ba << true << QStringList{u"name=report"_s};
    QTest::newRow("dots inside the value") << file << "/files/a.b.json"_ba << true << QStringList{u"name=a.b"_s};
    QTest::newRow("decoded value") << file << "/files/my%20report.json"_ba << true << QStringList{u"name=my report"_s};
    QTest::newRow("empty value") << file << "/files/.json"_ba << false << QStringList();
    QTest::newRow("other suffix") << file << "/files/report.xml"_ba << false << QStringList();
    QTest::newRow("suffix must end the segment") << file << "/files/report.json.bak"_ba << false << QStringList();
    QTest::newRow("regex characters are literal") << file << "/files/reportXjson"_ba << false << QStringList();

    const QString version = u"/v{major}.{minor}/items"_s;
    QTest::newRow("two parameters") << version << "/v1.2/items"_ba << true << QStringList{u"major=1"_s, u"minor=2"_s};
    QTest::newRow("prefix ignores case") << version << "/V10.20/Items"_ba << true
                                         << QStringList{u"major=10"_s, u"minor=20"_s};
    QTest::newRow("prefix missing") << version << "/1.2/items"_ba << false << QStringList();
}

void TestUrlTemplate::mixedSegmentsCaptureAroundLiterals()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, target);
    QFETCH(bool, matched);
    QFETCH(QStringList, values);

    const UrlTemplate t = UrlTemplate::parse(text);
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    const Outcome o = matchTarget(t, target);
    QCOMPARE(o.matched, matched);
    if (matched)
        QCOMPARE(o.values, values);
}

void TestUrlTemplate::invalidTemplatesAreRefusedWithReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << u"starts with '/'"_s;
    QTest::newRow("no leading slash") << u"workspaces/{workspace}"_s << u"starts with '/'"_s;
    QTest::newRow("unclosed brace") << u"/workspaces/{workspace"_s << u"Unbalanced braces in '{workspace'"_s;
    QTest::newRow("unopened brace") << u"/workspaces/workspace}"_s << u"Unbalanced braces in 'workspace}'"_s;
    QTest::newRow("nested braces") << u"/a/{b{c}}"_s << u"Unbalanced braces"_s;
    QTest::newRow("duplicate in path") << u"/jobs/{id}/items/{id}"_s << u"Parameter 'id' appears twice"_s;
    QTest::newRow("duplicate across path and query") << u"/jobs/{id}?job={id}"_s << u"Parameter 'id' appears twice"_s;
    QTest::newRow("duplicate in mixed segment") << u"/{a}/{a}.json"_s << u"Parameter 'a' appears twice"_s;
    QTest::newRow("empty segment") << u"/workspaces//services"_s << u"empty path segment ('//')"_s;
    QTest::newRow("double leading slash") << u"//workspaces"_s << u"empty path segment ('//')"_s;
    QTest::newRow("empty parameter name") << u"/jobs/{}"_s << u"'' is not a valid parameter name"_s;
    QTest::newRow("bad parameter name") << u"/jobs/{job/id}"_s << u"Unbalanced braces"_s;
    QTest::newRow("punctuation in name") << u"/jobs/{job:id}"_s << u"'job:id' is not a valid parameter name"_s;
    QTest::newRow("adjacent parameters") << u"/{a}{b}"_s << u"need literal text between them"_s;
    QTest::newRow("space") << u"/jobs/{job id}"_s << u"spaces or '#'"_s;
    QTest::newRow("fragment") << u"/jobs#top"_s << u"spaces or '#'"_s;
    QTest::newRow("query without name") << u"/jobs?=2.0"_s << u"Query part '=2.0' has no valid name"_s;
    QTest::newRow("empty query part") << u"/jobs?a=1&&b=2"_s << u"Query part '' has no valid name"_s;
    QTest::newRow("parameter as query name") << u"/jobs?{name}=1"_s << u"Query part '{name}=1' has no valid name"_s;
    QTest::newRow("partial query parameter")
        << u"/jobs?v=x{y}"_s << u"Query value 'x{y}' must be a literal or one whole {parameter}"_s;
    QTest::newRow("unclosed query parameter")
        << u"/jobs?v={y"_s << u"Query value '{y' must be a literal or one whole {parameter}"_s;
    QTest::newRow("bad query parameter name") << u"/jobs?v={a:b}"_s << u"'a:b' is not a valid parameter name"_s;
}

void TestUrlTemplate::invalidTemplatesAreRefusedWithReason()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const UrlTemplate t = UrlTemplate::parse(text);
    QVERIFY(!t.isValid());
    QVERIFY2(t.error().contains(reason), qPrintable(t.error()));
    QVERIFY(t.parameterNames().isEmpty());
    QCOMPARE(t.literalSegmentCount(), 0);
    // An operation with a broken template must never catch a request, not even one that
    // looks like what the template was meant to say.
    QVERIFY(!t.match({u"workspaces"_s, u"x"_s}, QUrlQuery()));
    QVERIFY(!t.match({}, QUrlQuery()));
}

QTEST_GUILESS_MAIN(TestUrlTemplate)
#include "tst_urltemplate.moc"
