// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Real third-party API descriptions (tests/data/import/thirdparty, and GitHub's REST API from
// npm @octokit/openapi installed by cmake/install-deps.sh): each imports without an error, and
// its OpenAPI export imports back to the same operations.
#include "client/interop/importer.h"
#include "client/interop/openapiexport.h"

#include "../common/importcompare.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTest>

using namespace portico::client;

class TestImportCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCorpusFileImportsAndRoundTrips_data();
    void everyCorpusFileImportsAndRoundTrips();
};

void TestImportCorpus::everyCorpusFileImportsAndRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("minimumOperations");
    const QString root = QString::fromUtf8(PORTICO_IMPORT_DATA) + u"/thirdparty"_s;
    QDirIterator it(root, {u"*.json"_s, u"*.yaml"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    QVERIFY(files.size() >= 60);
    for (const QString &f : std::as_const(files))
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(f))) << f << 0;
    const QString github = QString::fromUtf8(PORTICO_NPM_TOOLS) +
        u"/octokit-openapi/node_modules/@octokit/openapi/generated/api.github.com.json"_s;
    QVERIFY2(QFileInfo::exists(github), qPrintable(github + u" is missing: run make deps"_s));
    QTest::newRow("github/api.github.com.json") << github << 900;
}

void TestImportCorpus::everyCorpusFileImportsAndRoundTrips()
{
    QFETCH(QString, path);
    QFETCH(int, minimumOperations);
    const ImportResult first = importFile(path);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY2(first.operationCount() >= minimumOperations, qPrintable(QString::number(first.operationCount())));
    QVERIFY(!first.apis.isEmpty());
    for (const Api &api : first.apis) {
        const QString server = first.environments.isEmpty() ? QString()
                                                            : first.environments.first().value(u"baseUrl"_s);
        const ImportResult again = importDocument(QJsonDocument(openApiDocument(api, server)).toJson(), QString());
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.apis.size(), 1);
        const Api &back = again.apis.first();
        QCOMPARE(back.operations.size(), api.operations.size());
        for (const Operation &original : api.operations) {
            const Operation *found = back.operation(original.id);
            QVERIFY2(found, qPrintable(original.id));
            const Operation actual = secretNamesHidden(jsonSamplesFormatted(*found));
            const Operation expected = secretNamesHidden(jsonSamplesFormatted(original));
            if (actual != expected) {
                auto dump = [](const Operation &o) {
                    return QString::fromUtf8(QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact));
                };
                QFAIL(qPrintable(dump(actual) + u"\n  !=\n"_s + dump(expected)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
