// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Workspace mode, for a gateway Portico cannot manage: the publisher's edits land in the
// workspace's catalog (and ask to be saved), products are the names APIM would show, and
// every edit can be taken back.

#include "client/catalog/sampleworkspace.h"
#include "client/catalog/workspace.h"
#include "client/management/workspacepublisher.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace portico;

class TestWorkspacePublisher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void newApiLandsInTheWorkspaceWithItsProducts();
    void editingAnApiKeepsItsOperations();
    void operationsAreAddedReplacedAndDeleted();
    void undoTakesBackEachEditInTurn();
    void deletingAnUnknownApiFailsInWords();
    void idsComeFromDisplayNames();

private:
    client::Workspace m_workspace;
};

void TestWorkspacePublisher::init()
{
    m_workspace =
        client::sampleWorkspace({QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:2"_s),
                                 u"0123456789abcdef0123456789abcdef"_s, u"fedcba9876543210fedcba9876543210"_s});
}

void TestWorkspacePublisher::newApiLandsInTheWorkspaceWithItsProducts()
{
    client::WorkspacePublisher publisher(&m_workspace);
    QVERIFY(!publisher.managesGateway());
    QSignalSpy changed(&publisher, &client::WorkspacePublisher::changed);
    QSignalSpy apisChanged(&publisher, &client::ApiPublisher::apisChanged);
    client::Api api;
    api.id = u"cloud"_s;
    api.name = u"Cloud API"_s;
    api.serviceUrl = u"https://ml.example.net"_s;
    api.path = u"cloud"_s;
    publisher.saveApi(api, {u"Starter"_s});
    // Never inside the call.
    QCOMPARE(changed.count(), 0);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(apisChanged.count(), 1);
    QVERIFY(m_workspace.api(u"cloud"_s));
    QCOMPARE(m_workspace.api(u"cloud"_s)->products, QStringList{u"Starter"_s});
    QCOMPARE(publisher.apis().size(), 2);
    QCOMPARE(publisher.products().first().name, u"Starter"_s);
    // The workspace still reads back as the same catalog after a save.
    QString error;
    const auto reread = client::Workspace::fromJson(m_workspace.toJson(), &error);
    QVERIFY2(reread, qPrintable(error));
    QCOMPARE(reread->apis, m_workspace.apis);
}

void TestWorkspacePublisher::editingAnApiKeepsItsOperations()
{
    client::WorkspacePublisher publisher(&m_workspace);
    QSignalSpy changed(&publisher, &client::WorkspacePublisher::changed);
    client::Api api = m_workspace.apis.first();
    const qsizetype operations = api.operations.size();
    api.operations.clear();
    api.name = u"Renamed"_s;
    publisher.saveApi(api, {});
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(m_workspace.apis.first().name, u"Renamed"_s);
    QCOMPARE(m_workspace.apis.first().operations.size(), operations);
    QVERIFY(m_workspace.apis.first().products.isEmpty());
}

void TestWorkspacePublisher::operationsAreAddedReplacedAndDeleted()
{
    client::WorkspacePublisher publisher(&m_workspace);
    QSignalSpy changed(&publisher, &client::WorkspacePublisher::changed);
    const QString apiId = m_workspace.apis.first().id;
    client::Operation op;
    op.id = u"health"_s;
    op.name = u"Health"_s;
    op.method = u"GET"_s;
    op.urlTemplate = u"/health"_s;
    publisher.saveOperation(apiId, op);
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(m_workspace.apis.first().operation(u"health"_s));
    op.name = u"Health check"_s;
    publisher.saveOperation(apiId, op);
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(m_workspace.apis.first().operation(u"health"_s)->name, u"Health check"_s);
    publisher.deleteOperation(apiId, u"health"_s);
    QTRY_COMPARE(changed.count(), 3);
    QVERIFY(!m_workspace.apis.first().operation(u"health"_s));
}

void TestWorkspacePublisher::undoTakesBackEachEditInTurn()
{
    client::WorkspacePublisher publisher(&m_workspace);
    QSignalSpy changed(&publisher, &client::WorkspacePublisher::changed);
    const client::Workspace before = m_workspace;
    const QString apiId = m_workspace.apis.first().id;
    const QString name = m_workspace.apis.first().name;
    publisher.deleteOperation(apiId, u"bes-delete"_s);
    publisher.deleteApi(apiId);
    QTRY_COMPARE(changed.count(), 2);
    QVERIFY(m_workspace.apis.isEmpty());
    QCOMPARE(publisher.undoText(), u"Delete API “%1”"_s.arg(name));

    publisher.undo();
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(m_workspace.apis.size(), 1);
    QVERIFY(!m_workspace.apis.first().operation(u"bes-delete"_s));
    QCOMPARE(publisher.undoText(), u"Delete operation “BES Delete”"_s);
    publisher.undo();
    QTRY_COMPARE(changed.count(), 4);
    QCOMPARE(m_workspace.apis, before.apis);
    QVERIFY(publisher.undoText().isEmpty());
}

void TestWorkspacePublisher::deletingAnUnknownApiFailsInWords()
{
    client::WorkspacePublisher publisher(&m_workspace);
    QSignalSpy failed(&publisher, &client::ApiPublisher::failed);
    publisher.deleteApi(u"nope"_s);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), u"There is no API “nope” in the workspace."_s);
    QCOMPARE(m_workspace.apis.size(), 1);
}

void TestWorkspacePublisher::idsComeFromDisplayNames()
{
    QCOMPARE(client::idFromName(u"BES Status"_s), u"bes-status"_s);
    QCOMPARE(client::idFromName(u"  RRS: Execute!  "_s), u"rrs-execute"_s);
    QCOMPARE(client::idFromName(u"***"_s), u"item"_s);
}

QTEST_GUILESS_MAIN(TestWorkspacePublisher)
#include "tst_workspacepublisher.moc"
