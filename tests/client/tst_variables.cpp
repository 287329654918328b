// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins {{variable}} and {{secret:NAME}} substitution: one pass with no recursion, secret
// references left for the keychain step, unknown names reported, and the two-step order
// that lets an environment variable hold a secret reference.

#include "client/catalog/variables.h"

#include <QTest>

using namespace Qt::StringLiterals;
using portico::client::Environment;
using portico::client::secretReferences;
using portico::client::substituteSecrets;
using portico::client::substituteVariables;

namespace {

Environment sandbox()
{
    Environment e;
    e.name = u"Sandbox"_s;
    e.variables = {{u"baseUrl"_s, u"http://127.0.0.1:8080/azureml-demo"_s},
                   {u"workspace"_s, u"ws1"_s},
                   {u"subscriptionKey"_s, u"{{secret:sandbox-unlimited-key}}"_s},
                   {u"loop"_s, u"{{loop}}"_s},
                   {u"empty"_s, QString()},
                   {u"workspace"_s, u"shadowed"_s}};
    return e;
}

} // namespace

class TestVariables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownVariablesAreReplaced_data();
    void knownVariablesAreReplaced();
    void firstOfRepeatedNamesWins();
    void emptyValueIsAValueNotAnUnknownName();
    void unknownNamesStayAsWrittenAndAreReportedOnce();
    void unresolvedListCollectsAcrossCalls();
    void substitutedValuesAreNotSearchedAgain();
    void secretReferencesAreLeftForTheKeychainStep();
    void secretReferencesAreListedOnceInOrder();
    void secretsAreReplacedAndMissingOnesReported();
    void secretValuesAreNotSearchedAgain();
    void variableHoldingSecretReferenceResolvesVariablesFirstThenSecrets();
};

void TestVariables::knownVariablesAreReplaced_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << u"{{baseUrl}}"_s << u"http://127.0.0.1:8080/azureml-demo"_s;
    QTest::newRow("inside text") << u"ws={{workspace}};"_s << u"ws=ws1;"_s;
    QTest::newRow("spaces inside braces") << u"{{  workspace }}"_s << u"ws1"_s;
    QTest::newRow("tab and newline") << u"{{\tworkspace\n}}"_s << u"ws1"_s;
    QTest::newRow("several") << u"{{baseUrl}}/workspaces/{{workspace}}"_s
                             << u"http://127.0.0.1:8080/azureml-demo/workspaces/ws1"_s;
    QTest::newRow("single braces are URL template syntax") << u"/{workspace}"_s << u"/{workspace}"_s;
    QTest::newRow("space inside a name") << u"{{work space}}"_s << u"{{work space}}"_s;
    QTest::newRow("nothing inside") << u"{{ }}"_s << u"{{ }}"_s;
    QTest::newRow("no placeholders") << u"plain"_s << u"plain"_s;
    QTest::newRow("unicode around") << u"çay {{workspace}} 😀"_s << u"çay ws1 😀"_s;
}

void TestVariables::knownVariablesAreReplaced()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QStringList unresolved;
    QCOMPARE(substituteVariables(text, sandbox(), &unresolved), expected);
    QVERIFY(unresolved.isEmpty());
}

void TestVariables::firstOfRepeatedNamesWins()
{
    QCOMPARE(sandbox().value(u"workspace"_s), u"ws1"_s);
    QCOMPARE(substituteVariables(u"{{workspace}}"_s, sandbox()), u"ws1"_s);
}

void TestVariables::emptyValueIsAValueNotAnUnknownName()
{
    QStringList unresolved;
    QCOMPARE(substituteVariables(u"[{{empty}}]"_s, sandbox(), &unresolved), u"[]"_s);
    QVERIFY(unresolved.isEmpty());
    QVERIFY(sandbox().contains(u"empty"_s));
    QVERIFY(!sandbox().contains(u"absent"_s));
    QVERIFY(sandbox().value(u"absent"_s).isEmpty());
}

void TestVariables::unknownNamesStayAsWrittenAndAreReportedOnce()
{
    QStringList unresolved;
    const QString out =
        substituteVariables(u"{{apiKey}} {{workspace}} {{ apiKey }} {{service}}"_s, sandbox(), &unresolved);
    QCOMPARE(out, u"{{apiKey}} ws1 {{ apiKey }} {{service}}"_s);
    QCOMPARE(unresolved, (QStringList{u"apiKey"_s, u"service"_s}));
    QCOMPARE(substituteVariables(u"{{Workspace}}"_s, sandbox()), u"{{Workspace}}"_s); // names are case-sensitive
}

void TestVariables::unresolvedListCollectsAcrossCalls()
{
    // One list gathers the gaps of a whole request: URL, headers and body.
    QStringList unresolved;
    substituteVariables(u"{{a}}"_s, sandbox(), &unresolved);
    substituteVariables(u"{{b}} {{a}}"_s, sandbox(), &unresolved);
    QCOMPARE(unresolved, (QStringList{u"a"_s, u"b"_s}));
}

void TestVariables::substitutedValuesAreNotSearchedAgain()
{
    QStringList unresolved;
    QCOMPARE(substituteVariables(u"{{loop}}"_s, sandbox(), &unresolved), u"{{loop}}"_s);
    QVERIFY(unresolved.isEmpty());

    Environment e;
    e.variables = {{u"a"_s, u"{{b}}"_s}, {u"b"_s, u"deep"_s}};
    QCOMPARE(substituteVariables(u"{{a}}-{{b}}"_s, e), u"{{b}}-deep"_s);
}

void TestVariables::secretReferencesAreLeftForTheKeychainStep()
{
    QStringList unresolved;
    const QString text = u"Bearer {{secret:sandbox-api-key}} {{ secret:other }}"_s;
    QCOMPARE(substituteVariables(text, sandbox(), &unresolved), text);
    QVERIFY(unresolved.isEmpty());
}

void TestVariables::secretReferencesAreListedOnceInOrder()
{
    QCOMPARE(secretReferences(u"{{secret:b}} {{ secret:a }} {{secret:b}} {{a}} {{secret:}}"_s),
             (QStringList{u"b"_s, u"a"_s}));
    QVERIFY(secretReferences(u"no secrets {{here}}"_s).isEmpty());
}

void TestVariables::secretsAreReplacedAndMissingOnesReported()
{
    const QHash<QString, QString> secrets{{u"sandbox-api-key"_s, u"k3y"_s}};
    QStringList missing;
    const QString out =
        substituteSecrets(u"{{secret:sandbox-api-key}}|{{secret:gone}}|{{secret:gone}}|{{other}}"_s, secrets, &missing);
    QCOMPARE(out, u"k3y|{{secret:gone}}|{{secret:gone}}|{{other}}"_s);
    QCOMPARE(missing, QStringList{u"gone"_s});
}

void TestVariables::secretValuesAreNotSearchedAgain()
{
    const QHash<QString, QString> secrets{{u"a"_s, u"{{secret:b}}"_s}, {u"b"_s, u"hidden"_s}};
    QCOMPARE(substituteSecrets(u"{{secret:a}}"_s, secrets), u"{{secret:b}}"_s);
}

void TestVariables::variableHoldingSecretReferenceResolvesVariablesFirstThenSecrets()
{
    const QString header = u"{{subscriptionKey}}"_s;
    const QString withVariables = substituteVariables(header, sandbox());
    QCOMPARE(withVariables, u"{{secret:sandbox-unlimited-key}}"_s);
    QCOMPARE(secretReferences(withVariables), QStringList{u"sandbox-unlimited-key"_s});
    QStringList missing;
    QCOMPARE(substituteSecrets(withVariables, {{u"sandbox-unlimited-key"_s, u"0123abcd"_s}}, &missing), u"0123abcd"_s);
    QVERIFY(missing.isEmpty());
}

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
