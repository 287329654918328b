// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Portico authors
// Pins HistoryModel: a well-behaved table (checked by QAbstractItemModelTester from before it
// is filled) showing time, method, status, duration and size, with raw values in its roles.

#include "ui/history/historymodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using portico::client::HistoryEntry;
using portico::client::HistoryStore;
using portico::ui::HistoryModel;

namespace {

HistoryEntry makeEntry(qint64 id, int status = 200, qint64 durationMs = 57, qint64 bodySize = 2048)
{
    HistoryEntry entry;
    entry.id = id;
    entry.at = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + id * 1000);
    entry.method = "POST";
    entry.url = u"https://gateway.example/scoring/execute?subscription-key=\u2022\u2022\u2022\u2022\u2022\u2022"_s;
    entry.status = status;
    entry.durationMs = durationMs;
    entry.bodySize = bodySize;
    return entry;
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void columnsHaveHeaders();
    void rowsShowTheEntries();
    void rolesCarryRawValues();
    void failedExchangeShowsItsError();
    void prependPutsTheNewestOnTopAndKeepsTheCap();
    void removeAndClear();
    void proxySortsBySize();

private:
    HistoryModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestHistoryModel::init()
{
    m_model = new HistoryModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestHistoryModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestHistoryModel::columnsHaveHeaders()
{
    QCOMPARE(m_model->columnCount(), int(HistoryModel::ColumnCount));
    QCOMPARE(m_model->rowCount(), 0);
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers.append(m_model->headerData(column, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{u"Time"_s, u"Method"_s, u"Status"_s, u"Duration"_s, u"Size"_s}));
}

void TestHistoryModel::rowsShowTheEntries()
{
    m_model->setEntries({makeEntry(3, 200, 57, 2048), makeEntry(2, 503, 1500, 0)});
    QCOMPARE(m_model->rowCount(), 2);
    const QLocale locale;
    QCOMPARE(m_model->index(0, HistoryModel::TimeColumn).data().toString(),
             locale.toString(makeEntry(3).at.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_model->index(0, HistoryModel::MethodColumn).data().toString(), u"POST"_s);
    QCOMPARE(m_model->index(0, HistoryModel::StatusColumn).data().toString(), u"200"_s);
    QCOMPARE(m_model->index(0, HistoryModel::DurationColumn).data().toString(), u"57 ms"_s);
    QCOMPARE(m_model->index(0, HistoryModel::SizeColumn).data().toString(),
             locale.formattedDataSize(2048, 1, QLocale::DataSizeTraditionalFormat));
    QCOMPARE(m_model->index(1, HistoryModel::StatusColumn).data().toString(), u"503"_s);
    QCOMPARE(m_model->index(1, HistoryModel::DurationColumn).data().toString(),
             u"%1 s"_s.arg(locale.toString(1.5, 'f', 2)));
    // Numbers line up on the right.
    const auto alignment =
        m_model->index(0, HistoryModel::SizeColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
    QCOMPARE(m_model->index(0, HistoryModel::MethodColumn).data(Qt::ToolTipRole).toString(), makeEntry(3).url);
}

void TestHistoryModel::rolesCarryRawValues()
{
    HistoryEntry truncated = makeEntry(9, 200, 12, 3 * 1024 * 1024);
    truncated.bodyTruncated = true;
    m_model->setEntries({truncated});
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(0, column);
        QCOMPARE(index.data(HistoryModel::IdRole).toLongLong(), 9);
        QCOMPARE(index.data(HistoryModel::TimeRole).toDateTime(), truncated.at);
        QCOMPARE(index.data(HistoryModel::MethodRole).toString(), u"POST"_s);
        QCOMPARE(index.data(HistoryModel::UrlRole).toString(), truncated.url);
        QCOMPARE(index.data(HistoryModel::StatusRole).toInt(), 200);
        QCOMPARE(index.data(HistoryModel::DurationRole).toLongLong(), 12);
        QCOMPARE(index.data(HistoryModel::SizeRole).toLongLong(), 3 * 1024 * 1024);
        QCOMPARE(index.data(HistoryModel::TruncatedRole).toBool(), true);
    }
    QVERIFY(m_model->index(0, HistoryModel::SizeColumn).data(Qt::ToolTipRole).toString().contains(u"first"_s));
    QCOMPARE(m_model->roleNames().value(HistoryModel::IdRole), "historyId"_ba);
    QCOMPARE(int(HistoryModel::IdRole), int(Qt::UserRole));
}

void TestHistoryModel::failedExchangeShowsItsError()
{
    HistoryEntry failed = makeEntry(4, 0, -1, 0);
    failed.error = u"Could not connect to gateway.example."_s;
    m_model->setEntries({failed});
    QCOMPARE(m_model->index(0, HistoryModel::StatusColumn).data().toString(), u"Failed"_s);
    QVERIFY(m_model->index(0, HistoryModel::DurationColumn).data().toString().isEmpty());
    QCOMPARE(m_model->index(0, HistoryModel::StatusColumn).data(Qt::ToolTipRole).toString(), failed.error);
    QCOMPARE(m_model->index(0, 0).data(HistoryModel::ErrorRole).toString(), failed.error);
}

void TestHistoryModel::prependPutsTheNewestOnTopAndKeepsTheCap()
{
    QList<HistoryEntry> entries;
    for (qint64 id = HistoryStore::kKeptPerOperation; id >= 1; --id)
        entries.append(makeEntry(id));
    m_model->setEntries(entries);
    QCOMPARE(m_model->rowCount(), HistoryStore::kKeptPerOperation);

    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_model->prependEntry(makeEntry(HistoryStore::kKeptPerOperation + 1));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), HistoryStore::kKeptPerOperation);
    QCOMPARE(m_model->entryAt(0).id, HistoryStore::kKeptPerOperation + 1);
    QCOMPARE(m_model->rowOfId(1), -1);
    QCOMPARE(m_model->rowOfId(2), HistoryStore::kKeptPerOperation - 1);
}

void TestHistoryModel::removeAndClear()
{
    m_model->setEntries({makeEntry(3), makeEntry(2), makeEntry(1)});
    QVERIFY(m_model->removeEntry(2));
    QVERIFY(!m_model->removeEntry(2));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entryAt(1).id, 1);
    QCOMPARE(m_model->entryAt(7).id, 0);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestHistoryModel::proxySortsBySize()
{
    m_model->setEntries({makeEntry(1, 200, 5, 10), makeEntry(2, 200, 5, 9000), makeEntry(3, 200, 5, 500)});
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(m_model);
    proxy.setSortRole(HistoryModel::SizeRole);
    proxy.sort(HistoryModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(HistoryModel::IdRole).toLongLong(), 2);
    QCOMPARE(proxy.index(1, 0).data(HistoryModel::IdRole).toLongLong(), 3);
    QCOMPARE(proxy.index(2, 0).data(HistoryModel::IdRole).toLongLong(), 1);
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
