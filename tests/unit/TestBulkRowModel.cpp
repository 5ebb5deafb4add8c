// The windowed models over the ledger (bulk rows, the ledger view) under QAbstractItemModelTester.
#include "core/bulk/BulkRowModel.h"
#include "core/ledger/LedgerModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
namespace LedgerState = tc::LedgerState;

class TestBulkRowModel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    tc::Ledger m_ledger;
    qint64 m_job = 0;

    void addRow(qint64 row, const QString &state, const QString &token)
    {
        tc::LedgerEntry e;
        e.source = tc::LedgerSource::bulk();
        e.jobId = m_job;
        e.rowNo = row;
        e.line = row + 1;
        e.state = state;
        e.deviceToken = token;
        e.clientId = u"c-%1"_s.arg(row);
        e.instanceId = u"g"_s;
        e.profile = QJsonObject{{u"FirstName"_s, u"U%1"_s.arg(row)}, {u"Email"_s, u"u%1@example.org"_s.arg(row)}};
        QVERIFY(m_ledger.add(e));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_ledger.open(m_dir.filePath(u"l.sqlite"_s)));
        tc::LedgerJob job;
        job.state = u"running"_s;
        job.instanceId = u"g"_s;
        QVERIFY(m_ledger.createJob(job) > 0);
        m_job = job.id;
        QList<tc::LedgerEntry> many;
        for (qint64 row = 1; row <= 1000; row += 2) {
            tc::LedgerEntry e;
            e.source = tc::LedgerSource::bulk();
            e.jobId = m_job;
            e.rowNo = row;
            e.line = row + 1;
            e.state = LedgerState::done();
            e.deviceToken = u"tok-%1"_s.arg(row);
            e.instanceId = u"g"_s;
            e.profile = QJsonObject{{u"FirstName"_s, u"U%1"_s.arg(row)}};
            many.append(e);
        }
        QVERIFY(m_ledger.addAll(many));
    }

    void bulkRows_windowedOverTheLedger()
    {
        tc::BulkRowModel model(&m_ledger);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setJob(m_job, 2000);
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.columnCount(), int(tc::BulkRowModel::ColumnCount));
        QCOMPARE(model.index(0, tc::BulkRowModel::Status).data().toString(), LedgerState::done());
        QCOMPARE(model.index(0, tc::BulkRowModel::DeviceToken).data().toString(), u"tok-1"_s);
        QCOMPARE(model.index(0, tc::BulkRowModel::Name).data().toString(), u"U1"_s);
        QCOMPARE(model.index(1, tc::BulkRowModel::Status).data().toString(), LedgerState::pending());
        QCOMPARE(model.index(998, tc::BulkRowModel::DeviceToken).data().toString(), u"tok-999"_s);
        QCOMPARE(model.index(1999, tc::BulkRowModel::Status).data().toString(), LedgerState::pending());
        QCOMPARE(model.index(998, tc::BulkRowModel::Line).data().toLongLong(), 1000);
    }

    void bulkRows_updatesRefreshTheirPage()
    {
        tc::BulkRowModel model(&m_ledger);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setJob(m_job, 1500);
        QCOMPARE(model.index(1, tc::BulkRowModel::Status).data().toString(), LedgerState::pending()); // cached now
        addRow(2, LedgerState::done(), u"tok-2"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyUpdates({{2, 3, LedgerState::done(), u"tok-2"_s, u"c-2"_s, {}, true}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, tc::BulkRowModel::DeviceToken).data().toString(), u"tok-2"_s);
        // A token the ledger could not take is shown from memory, flagged.
        model.applyUpdates({{1400, 1401, LedgerState::done(), u"mem-1400"_s, {}, {}, false}});
        QCOMPARE(model.index(1399, tc::BulkRowModel::DeviceToken).data().toString(), u"mem-1400"_s);
        QVERIFY(model.index(1399, tc::BulkRowModel::Status).data().toString().contains(u"NOT in the ledger"_s));
        // Rows past the known total grow the table.
        model.applyUpdates({{1600, 1601, LedgerState::failed(), {}, {}, u"bad"_s, false}});
        QCOMPARE(model.rowCount(), 1600);
        model.setTotalRows(1700);
        QCOMPARE(model.rowCount(), 1700);
    }

    void ledgerModel_searchAndPaging()
    {
        tc::LedgerModel model(&m_ledger);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.rowCount() >= 501 && !model.isCounting());
        // Newest first.
        QCOMPARE(model.index(0, tc::LedgerModel::DeviceToken).data().toString(), u"tok-2"_s);
        // A row past the first page loads on the worker when it is asked for.
        QTRY_VERIFY(!model.index(model.rowCount() - 1, tc::LedgerModel::DeviceToken).data().toString().isEmpty());
        tc::LedgerQuery q;
        q.text = u"tok-99"_s;
        model.setQuery(q);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 6); // tok-99, tok-991 ... tok-999 (odd only)
        q = {};
        q.state = LedgerState::done();
        q.jobId = m_job;
        model.setQuery(q);
        QTRY_VERIFY(!model.isLoading() && !model.isCounting());
        QCOMPARE(model.rowCount(), 501);
        QCOMPARE(model.headerData(tc::LedgerModel::DeviceToken, Qt::Horizontal).toString(), u"DeviceToken"_s);
    }
};

QTEST_GUILESS_MAIN(TestBulkRowModel)
#include "TestBulkRowModel.moc"
