// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins what the console hides when it shows, stores or copies a request: credential headers,
// key and signature query parameters, storage account keys and SAS signatures, and known key
// values in bodies; while references, unrelated headers and parameters come through untouched.

#include "client/secrets/redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico::client;

namespace {

// Azurite's published development key: real-looking, and harmless to write down.
const QString kAzuriteKey =
    u"Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="_s;
const QString kMask = kRedactionMask.toString();
const QByteArray kMaskUtf8 = kRedactionMask.toUtf8();

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void maskIsSixBullets();
    void secretNamesAreKeychainSafe_data();
    void secretNamesAreKeychainSafe();
    void onlyAWholeReferenceCountsAsOne_data();
    void onlyAWholeReferenceCountsAsOne();
    void credentialHeadersAreRecognisedInAnyCase_data();
    void credentialHeadersAreRecognisedInAnyCase();
    void headerValuesAreMaskedKeepingSchemeAndReferences_data();
    void headerValuesAreMaskedKeepingSchemeAndReferences();
    void urlsLoseKeyAndSignatureValuesAndKeepEverythingElse_data();
    void urlsLoseKeyAndSignatureValuesAndKeepEverythingElse();
    void connectionStringsLoseAccountKeysAndSignatures_data();
    void connectionStringsLoseAccountKeysAndSignatures();
    void bodiesLoseEveryKnownSecretOfEightCharactersOrMore_data();
    void bodiesLoseEveryKnownSecretOfEightCharactersOrMore();
    void textLosesConnectionStringSecretsAndKnownSecrets();
};

void TestRedactor::maskIsSixBullets()
{
    QCOMPARE(kMask, QString(6, QChar(0x2022)));
}

void TestRedactor::secretNamesAreKeychainSafe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"sandbox-api-key"_s << true;
    QTest::newRow("dots and underscores") << u"prod.apim_key.2"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("reserved leading dot") << u".index"_s << false;
    QTest::newRow("slash would change the scope") << u"other/key"_s << false;
    QTest::newRow("space") << u"my key"_s << false;
    QTest::newRow("non-ASCII") << u"schlüssel"_s << false;
    QTest::newRow("100 characters") << QString(100, u'k') << true;
    QTest::newRow("101 characters") << QString(101, u'k') << false;
}

void TestRedactor::secretNamesAreKeychainSafe()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(isValidSecretName(name), valid);
}

void TestRedactor::onlyAWholeReferenceCountsAsOne_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("reference");

    QTest::newRow("reference") << u"{{secret:apim-key}}"_s << true;
    QTest::newRow("spaces inside the braces") << u"{{ secret: apim-key }}"_s << true;
    QTest::newRow("text around it") << u"key {{secret:apim-key}}"_s << false;
    QTest::newRow("variable, not a secret") << u"{{apimKey}}"_s << false;
    QTest::newRow("no name") << u"{{secret:}}"_s << false;
    QTest::newRow("unclosed") << u"{{secret:apim-key}"_s << false;
}

void TestRedactor::onlyAWholeReferenceCountsAsOne()
{
    QFETCH(QString, text);
    QFETCH(bool, reference);
    QCOMPARE(isSecretReference(text), reference);
}

void TestRedactor::credentialHeadersAreRecognisedInAnyCase_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("sensitive");

    QTest::newRow("Authorization") << "Authorization"_ba << true;
    QTest::newRow("authorization") << "authorization"_ba << true;
    QTest::newRow("Proxy-Authorization") << "PROXY-AUTHORIZATION"_ba << true;
    QTest::newRow("APIM key") << "Ocp-Apim-Subscription-Key"_ba << true;
    QTest::newRow("APIM key, lower case") << "ocp-apim-subscription-key"_ba << true;
    QTest::newRow("Cookie") << "Cookie"_ba << true;
    QTest::newRow("Set-Cookie") << "set-cookie"_ba << true;
    QTest::newRow("*-key") << "x-functions-key"_ba << true;
    QTest::newRow("*api-key*") << "X-Api-Key-Id"_ba << true;
    QTest::newRow("*token*") << "X-Auth-Token"_ba << true;
    QTest::newRow("Content-Type") << "Content-Type"_ba << false;
    QTest::newRow("Accept") << "Accept"_ba << false;
    QTest::newRow("x-ms-version") << "x-ms-version"_ba << false;
    QTest::newRow("x-ms-client-request-id") << "x-ms-client-request-id"_ba << false;
    QTest::newRow("Keep-Alive") << "Keep-Alive"_ba << false;
}

void TestRedactor::credentialHeadersAreRecognisedInAnyCase()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, sensitive);
    QCOMPARE(isSensitiveHeader(name), sensitive);
}

void TestRedactor::headerValuesAreMaskedKeepingSchemeAndReferences_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("shown");

    const QByteArray longKey = "q8JdQ0nS7r2YwXv9bKc1LmZp4Hf6Tg3EeRaUoIiOyNtWs5Dh0jAxCkVlBz+/PMQ=="_ba;
    QTest::newRow("Bearer key") << "Authorization"_ba
                                << "Bearer "_ba + longKey << "Bearer "_ba + kMaskUtf8;
    QTest::newRow("SharedKey keeps the account")
        << "authorization"_ba
        << "SharedKey devstoreaccount1:"_ba + longKey << "SharedKey devstoreaccount1:"_ba + kMaskUtf8;
    QTest::newRow("Basic") << "Proxy-Authorization"_ba
                           << "Basic dXNlcjpodW50ZXIy"_ba
                           << "Basic "_ba + kMaskUtf8;
    QTest::newRow("no scheme") << "Authorization"_ba << longKey << kMaskUtf8;
    // The first word of a value is not a scheme unless it is a known one: here it is the key.
    QTest::newRow("key where a scheme would be") << "Authorization"_ba << longKey + " x"_ba << kMaskUtf8;
    QTest::newRow("unknown scheme") << "Authorization"_ba
                                    << "Custom "_ba + longKey << kMaskUtf8;
    QTest::newRow("unknown scheme with a reference") << "Authorization"_ba << longKey + " {{secret:k}}"_ba << kMaskUtf8;
    QTest::newRow("SharedKey with a key where the account goes") << "Authorization"_ba
                                                                 << "SharedKey "_ba + longKey + ":x"_ba
                                                                 << "SharedKey "_ba + kMaskUtf8;
    QTest::newRow("Bearer reference") << "Authorization"_ba
                                      << "Bearer {{secret:api-key}}"_ba
                                      << "Bearer {{secret:api-key}}"_ba;
    QTest::newRow("APIM key") << "Ocp-Apim-Subscription-Key"_ba
                              << "0123456789abcdef0123456789abcdef"_ba << kMaskUtf8;
    QTest::newRow("APIM reference") << "Ocp-Apim-Subscription-Key"_ba
                                    << "{{secret:sandbox-unlimited-key}}"_ba
                                    << "{{secret:sandbox-unlimited-key}}"_ba;
    QTest::newRow("reference with spaces") << "Ocp-Apim-Subscription-Key"_ba
                                           << "{{ secret:x }}"_ba
                                           << "{{ secret:x }}"_ba;
    QTest::newRow("text around a reference") << "Ocp-Apim-Subscription-Key"_ba
                                             << "k-{{secret:x}}"_ba << kMaskUtf8;
    QTest::newRow("cookie") << "Cookie"_ba
                            << "session=abc123; theme=dark"_ba << kMaskUtf8;
    QTest::newRow("token header") << "X-Auth-Token"_ba
                                  << "tok"_ba << kMaskUtf8;
    QTest::newRow("empty stays empty") << "Ocp-Apim-Subscription-Key"_ba << QByteArray() << QByteArray();
    QTest::newRow("Content-Type untouched") << "Content-Type"_ba
                                            << "application/json"_ba
                                            << "application/json"_ba;
    QTest::newRow("x-ms-version untouched") << "x-ms-version"_ba
                                            << "2019-02-02"_ba
                                            << "2019-02-02"_ba;
}

void TestRedactor::headerValuesAreMaskedKeepingSchemeAndReferences()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, shown);
    QCOMPARE(redactHeaderValue(name, value), shown);
}

void TestRedactor::urlsLoseKeyAndSignatureValuesAndKeepEverythingElse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");

    QTest::newRow("SAS blob URL")
        << u"https://acct.blob.core.windows.net/c/b.csv?sv=2019-02-02&sr=b&sig=abc%2Bdef%3D&se=2026-01-01&sp=r"_s
        << u"https://acct.blob.core.windows.net/c/b.csv?sv=2019-02-02&sr=b&sig="_s + kMask + u"&se=2026-01-01&sp=r"_s;
    QTest::newRow("subscription-key")
        << u"https://gw.example.net/ml/score?subscription-key=0123abcd0123abcd&format=swagger"_s
        << u"https://gw.example.net/ml/score?subscription-key="_s + kMask + u"&format=swagger"_s;
    QTest::newRow("key, token, secret, password in a name")
        << u"/score?api_key=a1&access_token=t1&client_secret=s1&db_password=p1&page=2"_s
        << u"/score?api_key="_s + kMask + u"&access_token="_s + kMask + u"&client_secret="_s + kMask +
            u"&db_password="_s + kMask + u"&page=2"_s;
    QTest::newRow("names in any case") << u"https://h/p?SIG=x1&Subscription-Key=y1"_s
                                       << u"https://h/p?SIG="_s + kMask + u"&Subscription-Key="_s + kMask;
    QTest::newRow("percent-encoded name")
        << u"https://h/p?subscription%2Dkey=abc"_s << u"https://h/p?subscription%2Dkey="_s + kMask;
    QTest::newRow("unrelated parameters untouched") << u"https://h/p?q=a%20b+c&sort=asc&flag&x=&sv=2019-02-02"_s
                                                    << u"https://h/p?q=a%20b+c&sort=asc&flag&x=&sv=2019-02-02"_s;
    QTest::newRow("empty signature stays") << u"https://h/p?sig=&sv=1"_s << u"https://h/p?sig=&sv=1"_s;
    QTest::newRow("reference kept") << u"https://h/p?subscription-key={{secret:apim}}&a=1"_s
                                    << u"https://h/p?subscription-key={{secret:apim}}&a=1"_s;
    QTest::newRow("encoded reference kept") << u"https://h/p?subscription-key=%7B%7Bsecret:apim%7D%7D"_s
                                            << u"https://h/p?subscription-key=%7B%7Bsecret:apim%7D%7D"_s;
    QTest::newRow("token in the fragment") << u"https://h/cb?state=s1#access_token=t1&expires_in=3600"_s
                                           << u"https://h/cb?state=s1#access_token="_s + kMask + u"&expires_in=3600"_s;
    QTest::newRow("plain fragment") << u"https://h/docs?x=1#section-2"_s << u"https://h/docs?x=1#section-2"_s;
    QTest::newRow("no query") << u"https://acct.blob.core.windows.net/c/b.csv"_s
                              << u"https://acct.blob.core.windows.net/c/b.csv"_s;
    QTest::newRow("password in user info")
        << u"https://user:hunter22@host:8080/p?a=1"_s << u"https://user:"_s + kMask + u"@host:8080/p?a=1"_s;
    QTest::newRow("user without password") << u"https://user@host:8080/p"_s << u"https://user@host:8080/p"_s;
}

void TestRedactor::urlsLoseKeyAndSignatureValuesAndKeepEverythingElse()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QCOMPARE(redactUrl(url), shown);
}

void TestRedactor::connectionStringsLoseAccountKeysAndSignatures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    QTest::newRow("Azurite") << u"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="_s +
            kAzuriteKey + u";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"_s
                             << u"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="_s + kMask +
            u";BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"_s;
    QTest::newRow("key last, no semicolon")
        << u"DefaultEndpointsProtocol=https;AccountName=acct;EndpointSuffix=core.windows.net;AccountKey=abc+def/ghi=="_s
        << u"DefaultEndpointsProtocol=https;AccountName=acct;EndpointSuffix=core.windows.net;AccountKey="_s + kMask;
    QTest::newRow("SAS connection string")
        << u"BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature=sv=2019-02-02&ss=b&srt=sco&sp=rl&se=2026-01-01&sig=abc%2Bdef%3D"_s
        << u"BlobEndpoint=https://acct.blob.core.windows.net/;SharedAccessSignature="_s + kMask;
    QTest::newRow("SAS URL as an endpoint")
        << u"BlobEndpoint=https://acct.blob.core.windows.net/c?sv=2019-02-02&sig=abc%2Bdef%3D&se=2026-01-01;AccountName=acct"_s
        << u"BlobEndpoint=https://acct.blob.core.windows.net/c?sv=2019-02-02&sig="_s + kMask +
            u"&se=2026-01-01;AccountName=acct"_s;
    QTest::newRow("Service Bus key, key name kept")
        << u"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=abcDEF123="_s
        << u"Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey="_s +
            kMask;
    QTest::newRow("lower case") << u"accountname=a;accountkey=xyz=="_s << u"accountname=a;accountkey="_s + kMask;
    QTest::newRow("reference kept") << u"AccountName=a;AccountKey={{secret:storage-key}}"_s
                                    << u"AccountName=a;AccountKey={{secret:storage-key}}"_s;
    QTest::newRow("inside a BES body")
        << uR"({"ConnectionString": "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc+def/ghi==", "RelativeLocation": "c/in.csv"})"_s
        << uR"({"ConnectionString": "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=)"_s + kMask +
            uR"(", "RelativeLocation": "c/in.csv"})"_s;
    QTest::newRow("inside escaped JSON") << uR"("{\"cs\":\"AccountName=acct;AccountKey=abc+def/ghi==\"}")"_s
                                         << uR"("{\"cs\":\"AccountName=acct;AccountKey=)"_s + kMask + uR"(\"}")"_s;
    QTest::newRow("unrelated untouched") << u"AccountName=acct;EndpointSuffix=core.windows.net;design=1;assig=2"_s
                                         << u"AccountName=acct;EndpointSuffix=core.windows.net;design=1;assig=2"_s;
}

void TestRedactor::connectionStringsLoseAccountKeysAndSignatures()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(redactConnectionString(text), shown);
}

void TestRedactor::bodiesLoseEveryKnownSecretOfEightCharactersOrMore_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QByteArray>("shown");

    const QByteArray key = kAzuriteKey.toUtf8();
    QTest::newRow("BES input embedding the account key twice")
        << R"({"Inputs":{"input1":{"ConnectionString":"AccountName=devstoreaccount1;AccountKey=)"_ba + key +
            R"(","RelativeLocation":"c/in.csv"}},"Outputs":{"output1":{"ConnectionString":"AccountKey=)"_ba + key +
            R"("}}})"_ba
        << QStringList{kAzuriteKey}
        << R"({"Inputs":{"input1":{"ConnectionString":"AccountName=devstoreaccount1;AccountKey=)"_ba + kMaskUtf8 +
            R"(","RelativeLocation":"c/in.csv"}},"Outputs":{"output1":{"ConnectionString":"AccountKey=)"_ba +
            kMaskUtf8 + R"("}}})"_ba;
    QTest::newRow("percent-encoded occurrence")
        << "sig=abc%2Bdef%2Fghi%3D%3D&sv=1"_ba << QStringList{u"abc+def/ghi=="_s} << "sig="_ba + kMaskUtf8 + "&sv=1"_ba;
    QTest::newRow("longer secret first") << "a=secret-value-12345 b=secret-value-1"_ba
                                         << QStringList{u"secret-value-1"_s, u"secret-value-12345"_s}
                                         << "a="_ba + kMaskUtf8 + " b="_ba + kMaskUtf8;
    QTest::newRow("non-ASCII secret") << u"{\"k\":\"ключ-🔑-секрет\"}"_s.toUtf8() << QStringList{u"ключ-🔑-секрет"_s}
                                      << "{\"k\":\""_ba + kMaskUtf8 + "\"}"_ba;
    QTest::newRow("short and empty secrets ignored")
        << "id=1234567 name=abc"_ba << QStringList{u"1234567"_s, QString()} << "id=1234567 name=abc"_ba;
    QTest::newRow("no secrets") << "{\"a\":1}"_ba << QStringList() << "{\"a\":1}"_ba;
}

void TestRedactor::bodiesLoseEveryKnownSecretOfEightCharactersOrMore()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, secrets);
    QFETCH(QByteArray, shown);
    QCOMPARE(redactBody(body, secrets), shown);
}

void TestRedactor::textLosesConnectionStringSecretsAndKnownSecrets()
{
    const QString text = u"POST /score Ocp-Apim-Subscription-Key: 0123456789abcdef\n"
                         "AccountName=acct;AccountKey=zzzzzzzzzzzz==;\n"
                         "id=1234567"_s;
    QCOMPARE(redactText(text, {u"0123456789abcdef"_s, u"1234567"_s}),
             u"POST /score Ocp-Apim-Subscription-Key: "_s + kMask + u"\nAccountName=acct;AccountKey="_s + kMask +
                 u";\nid=1234567"_s);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
