// The ledger's text search (FTS5 trigram index kept by triggers) and its view model on a worker
// thread: every column a person types finds its row, a superseded search never shows, a row added
// while a search is shown appears, an older ledger is upgraded and indexed without losing search
// meanwhile, and an export streams a large ledger with flat memory into an owner-only file.
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerModel.h"
#include "core/ledger/LedgerReader.h"
#include "core/ledger/LedgerSearch.h"
#include "core/util/CsvReader.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
#define TC_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TC_ASAN 1
#endif
#endif
#ifndef TC_ASAN
#define TC_ASAN 0
#endif

using namespace Qt::StringLiterals;
using tc::Ledger;
using tc::LedgerEntry;
using tc::LedgerModel;
using tc::LedgerQuery;

namespace {
LedgerEntry person(const QString &token, const QString &first, const QString &last, const QString &email,
                   const QString &phone, const QString &clientId)
{
    LedgerEntry e;
    e.source = tc::LedgerSource::create();
    e.state = tc::LedgerState::done();
    e.deviceToken = token;
    e.instanceId = u"9f1c2d3e-0000-4000-8000-00000000abcd"_s;
    e.clientId = clientId;
    e.profile = QJsonObject{{u"FirstName"_s, first},
                            {u"LastName"_s, last},
                            {u"Email"_s, email},
                            {u"Phone"_s, phone},
                            {u"ClientId"_s, clientId}};
    return e;
}

LedgerQuery text(const QString &t)
{
    LedgerQuery q;
    q.text = t;
    return q;
}

// Rows straight into the file, as a fast bulk run would (triggers and all), on their own connection.
bool insertRows(const QString &path, int first, int count, const QString &tag, qint64 jobId = 0)
{
    const QString name = u"filler-"_s + tag;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery q(db);
        ok = ok
             && q.prepare(u"INSERT INTO entries(source, job_id, row_no, line, state, device_token, client_id, "
                          "instance_id, profile, created_at, updated_at) VALUES('bulk', ?, ?, 0, 'done', ?, ?, "
                          "'group-1', ?, 0, 0)"_s);
        for (int i = first; ok && i < first + count; ++i) {
            q.bindValue(0, jobId > 0 ? QVariant(jobId) : QVariant(QMetaType(QMetaType::LongLong)));
            q.bindValue(1, i);
            q.bindValue(
                    2,
                    u"%1-%2-4000-8000-%3"_s.arg(tag).arg(i, 8, 16, QLatin1Char('0')).arg(i, 12, 10, QLatin1Char('0')));
            q.bindValue(3, u"C-%1"_s.arg(i));
            q.bindValue(4,
                        u"{\"FirstName\":\"Filler\",\"LastName\":\"Row%1\",\"Email\":\"row%1@example.com\"}"_s.arg(i));
            ok = q.exec();
        }
        if (!ok)
            qWarning() << q.lastError().text() << db.lastError().text();
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Runs SQL on a connection of its own; the first column of the last statement's first row.
QVariant onItsOwn(const QString &path, const QStringList &statements)
{
    static int n = 0;
    const QString name = u"own-%1"_s.arg(++n);
    QVariant out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    out = QVariant();
                    break;
                }
                out = q.next() ? q.value(0) : QVariant();
                q.finish();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

qint64 onItsOwn(const QString &path, const QString &sql)
{
    return onItsOwn(path, QStringList{sql}).toLongLong();
}

// A bulk run in the ledger, as a run that is still going (or was killed) leaves it; its id.
qint64 runningJob(Ledger &ledger)
{
    tc::LedgerJob job;
    job.kind = u"bulk"_s;
    job.state = u"running"_s;
    return ledger.createJob(job);
}

// Indexes every row waiting for the index, as the end of a bulk run does.
bool indexWaitingRows(const QString &path, qint64 inFlightSince)
{
    QString error;
    if (!Ledger::openConnection(path, u"indexer"_s, &error))
        return false;
    bool ok = true;
    {
        const QSqlDatabase db = QSqlDatabase::database(u"indexer"_s, false);
        bool more = true;
        while (ok && more) {
            qint64 indexed = 0;
            ok = tc::ledgersql::indexPending(db, 7, inFlightSince, &indexed, &more, &error);
        }
        if (!ok)
            qWarning() << error;
    }
    QSqlDatabase::removeDatabase(u"indexer"_s);
    return ok;
}

qint64 peakRssKb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

class TestLedgerSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void search_findsWhatAPersonTypes_inEveryColumn()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        // Debian 12's SQLite, through Qt's driver, has FTS5 and the trigram tokenizer.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(ledger.path());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT sql FROM sqlite_master WHERE name = 'entries_fts'"_s) && q.next());
            QVERIFY2(q.value(0).toString().contains(u"trigram"_s), qPrintable(q.value(0).toString()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);

        QList<LedgerEntry> rows{
                person(u"5dd0a1b2-1c3d-4e5f-8a9b-0c1d2e3f4a5b"_s, u"Ines"_s, u"Ortega"_s,
                       u"ines.ortega@fleet.example"_s, u"+34 600 111 222"_s, u"CL-7781"_s),
                person(u"7e6f5a4b-3c2d-4e1f-9a8b-7c6d5e4f3a2b"_s, u"Олена"_s, u"Коваль"_s, u"olena@fleet.example"_s,
                       u"+380 67 123 4567"_s, u"CL-9902"_s),
                person(u"0a0b0c0d-1111-4222-8333-444455556666"_s, u"Tom"_s, u"Hart"_s, u"tom@100%_off.example"_s,
                       u"+1 555 0100"_s, u"CL-0003"_s),
        };
        rows[2].customToken = u"custom-fixed-token-42"_s;
        rows[2].deviceToken.clear();
        rows[2].state = tc::LedgerState::unknown();
        rows[2].error = u"the answer was lost (timeout)"_s;
        QVERIFY(ledger.addAll(rows));

        const auto one = [&](const QString &t) {
            const QList<LedgerEntry> found = ledger.search(text(t), 10);
            return found.size() == 1 ? found.first().id : qint64(-found.size());
        };
        QCOMPARE(one(u"5dd0a1b2-1c3d-4e5f-8a9b-0c1d2e3f4a5b"_s), rows[0].id); // a whole DeviceToken
        QCOMPARE(one(u"4e5f-8a9b"_s), rows[0].id);                            // a piece from its middle
        QCOMPARE(one(u"3F4A5B"_s), rows[0].id);                               // in capitals
        QCOMPARE(one(u"ines.ortega@"_s), rows[0].id);                         // e-mail
        QCOMPARE(one(u"Ortega"_s), rows[0].id);                               // last name
        QCOMPARE(one(u"ines ortega"_s), rows[0].id);                          // full name
        QCOMPARE(one(u"600 111"_s), rows[0].id);                              // phone
        QCOMPARE(one(u"CL-7781"_s), rows[0].id);                              // ClientId
        QCOMPARE(one(u"олена"_s), rows[1].id);                                // Cyrillic, any case
        QCOMPARE(one(u"КОВАЛЬ"_s), rows[1].id);
        QCOMPARE(one(u"fixed-token"_s), rows[2].id); // CustomToken
        QCOMPARE(one(u"(timeout)"_s), rows[2].id);   // error
        QCOMPARE(one(u"100%_"_s), rows[2].id);       // LIKE's wildcards are literal
        QCOMPARE(one(u"0%_o"_s), rows[2].id);
        QCOMPARE(ledger.count(text(u"100%x"_s)), 0);
        QCOMPARE(ledger.count(text(u"fleet.example"_s)), 2);
        QCOMPARE(ledger.count(text(u"9f1c2d3e-0000"_s)), 3); // InstanceId
        QCOMPARE(ledger.count(text(u"CL"_s)), 3);            // two letters: no trigram, LIKE
        QCOMPARE(ledger.count(text(u"zz"_s)), 0);
        QCOMPARE(ledger.count(text(u"5dd0a1b2-1c3d-4e5f-8a9b-0c1d2e3f4a5c"_s)), 0); // one character off
        // Trigrams all present but apart are not a match: "ortega" + "ines" reversed.
        QCOMPARE(ledger.count(text(u"ortega ines"_s)), 0);
        // Filters combine with the text.
        LedgerQuery q = text(u"CL-"_s);
        q.state = tc::LedgerState::unknown();
        QCOMPARE(ledger.count(q), 1);

        // A DeviceToken that arrives later (the bulk journal's update) is found, the old text is not.
        LedgerEntry later = rows[2];
        later.deviceToken = u"ffffeeee-dddd-4ccc-8bbb-aaaa99998888"_s;
        later.customToken.clear();
        later.error.clear();
        later.state = tc::LedgerState::done();
        QVERIFY(ledger.update(later));
        QCOMPARE(one(u"eeee-dddd"_s), rows[2].id);
        QCOMPARE(ledger.count(text(u"fixed-token"_s)), 0);
        QCOMPARE(ledger.count(text(u"(timeout)"_s)), 0);

        // The same answers through the view's model (its worker thread and connection).
        LedgerModel model(&ledger);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const auto &[t, id] : {std::pair{u"4e5f-8a9b"_s, rows[0].id}, std::pair{u"олена"_s, rows[1].id},
                                    std::pair{u"eeee-dddd"_s, rows[2].id}, std::pair{u"CL-7781"_s, rows[0].id}}) {
            model.setQuery(text(t));
            QTRY_VERIFY(!model.isLoading());
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.entryAt(0)->id, id);
        }
    }

    void model_supersededSearchNeverShows()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        // Many rows for the early, short texts (a long count), one for the last.
        QVERIFY(insertRows(ledger.path(), 1, 20000, u"aaaa"_s));
        LedgerEntry target = person(u"bbbbcccc-0000-4000-8000-123456789abc"_s, u"Zed"_s, u"Quill"_s,
                                    u"zed@quill.example"_s, u"+1"_s, u"CL-Z"_s);
        QVERIFY(ledger.add(target));

        LedgerModel model(&ledger);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(!model.isLoading());
        QString current;
        int violations = 0;
        // Whenever the model changes, every loaded row must match the newest text.
        const auto check = [&] {
            if (model.isLoading())
                return; // the rows shown are the previous answer, and say so
            for (int r = 0; r < std::min(model.rowCount(), LedgerModel::PageRows); ++r) {
                const auto e = model.entryAt(r);
                if (!e)
                    continue;
                const QString all
                        = e->deviceToken + e->clientId + QString::fromUtf8(QJsonDocument(e->profile).toJson());
                if (!all.contains(current, Qt::CaseInsensitive))
                    ++violations;
            }
            if (model.rowCount() > 1 && current == u"bbbbcccc"_s)
                ++violations;
        };
        connect(&model, &QAbstractItemModel::modelReset, this, check);
        connect(&model, &QAbstractItemModel::rowsInserted, this, check);
        connect(&model, &QAbstractItemModel::dataChanged, this, check);
        QSignalSpy loaded(&model, &LedgerModel::loaded);
        // Typed fast: each text replaces the last before its answer is in.
        for (const QString &t :
             {u"a"_s, u"aa"_s, u"aaa"_s, u"aaaa"_s, u"bbb"_s, u"bbbb"_s, u"bbbbc"_s, u"bbbbcccc"_s}) {
            current = t;
            model.setQuery(text(t));
        }
        QTRY_VERIFY(!model.isLoading() && !model.isCounting());
        QCOMPARE(violations, 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0)->id, target.id);
        QVERIFY(loaded.count() >= 1);
        // A count still running for an older text never lands on the newer one.
        current = u"aaaa"_s;
        model.setQuery(text(u"aaaa"_s));
        QTRY_VERIFY(!model.isLoading());
        current = u"quill"_s;
        model.setQuery(text(u"quill"_s));
        QTRY_VERIFY(!model.isLoading() && !model.isCounting());
        QCOMPARE(violations, 0);
        QCOMPARE(model.rowCount(), 1);
    }

    void model_rowAddedWhileSearchShown_appears()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        QVERIFY(insertRows(ledger.path(), 1, 600, u"cafe"_s));
        LedgerModel model(&ledger);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&ledger, &Ledger::changed, &model, &LedgerModel::refresh);
        model.setQuery(text(u"example.com"_s));
        QTRY_VERIFY(!model.isLoading() && !model.isCounting());
        QCOMPARE(model.rowCount(), 600);
        LedgerEntry other = person(u"dead0000-0000-4000-8000-000000000001"_s, u"No"_s, u"Match"_s, u"no@match.test"_s,
                                   u"+1"_s, u"CL-N"_s);
        LedgerEntry hit = person(u"dead0000-0000-4000-8000-000000000002"_s, u"New"_s, u"Row"_s,
                                 u"new.row@example.com"_s, u"+1"_s, u"CL-H"_s);
        QVERIFY(ledger.add(other));
        QVERIFY(ledger.add(hit));
        QTRY_COMPARE(model.rowCount(), 601);
        QTRY_VERIFY(model.entryAt(0) && model.entryAt(0)->id == hit.id);
        // Scrolled far down: the last row of the snapshot loads too.
        QTRY_VERIFY(model.entryAt(600).has_value());
        QCOMPARE(model.entryAt(600)->rowNo, 1);
    }

    void upgrade_olderLedger_isIndexedWhileSearchKeepsWorking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        // The schema of a ledger written by 0.2 (no text index), with rows in it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql :
                 {u"PRAGMA journal_mode=WAL"_s,
                  u"CREATE TABLE jobs(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, "
                  "source_path TEXT, source_size INTEGER, source_fingerprint TEXT, instance_id TEXT, base_url TEXT, "
                  "options TEXT, rows_total INTEGER, message TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT "
                  "NULL)"_s,
                  u"CREATE TABLE entries(id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
                  "job_id INTEGER REFERENCES jobs(id), row_no INTEGER, line INTEGER, state TEXT NOT NULL, "
                  "device_token TEXT, custom_token TEXT, client_id TEXT, instance_id TEXT, base_url TEXT, profile "
                  "TEXT, "
                  "error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
                  u"CREATE UNIQUE INDEX entries_job_row ON entries(job_id, row_no)"_s,
                  u"CREATE INDEX entries_device_token ON entries(device_token)"_s, u"PRAGMA user_version = 1"_s})
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        const int old = tc::LedgerReader::IndexChunk * 2 + 123;
        QVERIFY(insertRows(path, 1, old, u"0dd0"_s));

        Ledger ledger;
        QVERIFY(ledger.open(path));
        // Search works at once (LIKE), before any row is indexed.
        QCOMPARE(ledger.count(text(u"row77@example"_s)), 1);
        // Written after the upgrade, before the build: indexed by the triggers, once.
        LedgerEntry fresh = person(u"feed0000-0000-4000-8000-00000000f00d"_s, u"Fresh"_s, u"Row"_s,
                                   u"fresh@example.com"_s, u"+1"_s, u"CL-F"_s);
        QVERIFY(ledger.add(fresh));
        // An old row's DeviceToken changes before it is indexed (the journal's update).
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE entries SET device_token = 'beefbeef-0000-4000-8000-000000000005' WHERE id = 5"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);

        LedgerModel model(&ledger);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy status(&model, &LedgerModel::statusChanged);
        model.setQuery(text(u"row77@example"_s));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        // The reader indexes the older rows between requests, and says how many are left.
        QTRY_VERIFY_WITH_TIMEOUT(status.count() > 0 && model.rowsToIndex() == 0, 60000);
        // Now through the index: every row once, the changed one by its new token only.
        QCOMPARE(ledger.count(text(u"row77@example"_s)), 1);
        QCOMPARE(ledger.count(text(u"example.com"_s)), old + 1);
        QCOMPARE(ledger.count(text(u"fresh@example"_s)), 1);
        QCOMPARE(ledger.count(text(u"beefbeef-0000"_s)), 1);
        QCOMPARE(ledger.count(text(u"0dd0-00000005-4000"_s)), 0);
        QCOMPARE(ledger.count(text(u"0dd0-00000006-4000"_s)), 1);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT indexed_from FROM ledger_search"_s) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 1);
            QVERIFY(q.exec(u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"0dd\"'"_s) && q.next());
            QCOMPARE(q.value(0).toLongLong(), old - 1); // row 5's old token left the index
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        // Reopened: nothing left to do.
        ledger.close();
        Ledger again;
        QVERIFY(again.open(path));
        LedgerModel second(&again);
        second.setQuery(text(u"fresh@"_s));
        QTRY_VERIFY(!second.isLoading());
        QCOMPARE(second.rowCount(), 1);
        QCOMPARE(second.rowsToIndex(), 0);
    }

    void bulkRows_waitForTheIndex_foundMeanwhile_thenIndexedOnce()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        const QString path = ledger.path();
        QCOMPARE(onItsOwn(path, u"PRAGMA user_version"_s), 3);
        const qint64 jobId = runningJob(ledger);
        QVERIFY(jobId > 0);
        // A bulk run's rows are listed for the index, not indexed one by one.
        QVERIFY(insertRows(path, 1, 40, u"b1b1"_s, jobId));
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_unindexed"_s), 40);
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"b1b\"'"_s), 0);
        // A row of the console's own (no run) is indexed at once, as before.
        LedgerEntry own = person(u"0be0be00-0000-4000-8000-00000000cafe"_s, u"Олена"_s, u"Коваль"_s,
                                 u"olena@fleet.example"_s, u"+380"_s, u"CL-OWN"_s);
        QVERIFY(ledger.add(own));
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"caf\" \"afe\"'"_s), 1);
        // Waiting rows are found all the same, by every column, with the filters.
        QCOMPARE(ledger.count(text(u"row17@example"_s)), 1);
        QCOMPARE(ledger.count(text(u"b1b1-00000011"_s)), 1);
        QCOMPARE(ledger.count(text(u"Filler Row3"_s)), 11); // Row3, Row30..Row39
        QCOMPARE(ledger.count(text(u"example"_s)), 41);
        QCOMPARE(ledger.count(text(u"коваль"_s)), 1); // the indexed row, any case
        LedgerQuery inJob = text(u"example"_s);
        inJob.jobId = jobId;
        QCOMPARE(ledger.count(inJob), 40);
        QCOMPARE(ledger.search(text(u"row17@example"_s), 10).value(0).rowNo, 17);

        // An old row in flight is indexed; one in flight since the cut-off waits for its outcome.
        QVERIFY(insertRows(path, 41, 2, u"f1f1"_s, jobId));
        const qint64 cutoff = 1000;
        onItsOwn(path, u"UPDATE entries SET state = 'in-flight', updated_at = 5000 WHERE row_no = 42"_s);
        onItsOwn(path, u"UPDATE entries SET state = 'in-flight', updated_at = 10 WHERE row_no = 41"_s);
        QVERIFY(indexWaitingRows(path, cutoff));
        QCOMPARE(onItsOwn(path,
                          u"SELECT group_concat(e.row_no) FROM entries_unindexed u JOIN entries e ON e.id = u.id"_s),
                 42);
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"b1b\"'"_s), 40);
        // Each row once, through the index now.
        QCOMPARE(ledger.count(text(u"example"_s)), 43);
        QCOMPARE(ledger.count(text(u"row17@example"_s)), 1);
        QCOMPARE(ledger.count(text(u"f1f1-0000002a"_s)), 1); // still waiting, still found

        // An indexed row's outcome changes: out of the index (its old text really removed), waiting
        // again, found by its new token only.
        onItsOwn(path, u"UPDATE entries SET device_token = 'feedface-0000-4000-8000-000000000017' WHERE row_no = 17"_s);
        QCOMPARE(ledger.count(text(u"b1b1-00000011"_s)), 0);
        QCOMPARE(ledger.count(text(u"feedface-0000"_s)), 1);
        QCOMPARE(ledger.count(text(u"example"_s)), 43);
        QVERIFY(indexWaitingRows(path, QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_unindexed"_s), 0);
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"b1b\"'"_s), 39);
        QCOMPARE(ledger.count(text(u"feedface-0000"_s)), 1);
        QCOMPARE(ledger.count(text(u"example"_s)), 43);
        // A row deleted while it waits leaves the list.
        QVERIFY(insertRows(path, 50, 1, u"d0d0"_s, jobId));
        onItsOwn(path, u"DELETE FROM entries WHERE row_no = 50"_s);
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_unindexed"_s), 0);
    }

    void reader_indexesWhatAKilledRunLeft()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        const qint64 jobId = runningJob(ledger);
        QVERIFY(jobId > 0);
        const int rows = tc::ledgersql::PendingChunk * 2 + 5;
        QVERIFY(insertRows(ledger.path(), 1, rows, u"a11a"_s, jobId));
        LedgerModel model(&ledger);
        model.setQuery(text(u"row1234@"_s));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(onItsOwn(ledger.path(), u"SELECT count(*) FROM entries_unindexed"_s), 0, 30000);
        QCOMPARE(onItsOwn(ledger.path(), u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"a11\"'"_s),
                 rows);
        QCOMPARE(ledger.count(text(u"row1234@"_s)), 1);
    }

    void upgrade_version2_bulkRowsWaitFromNowOn_indexedRowsStay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.sqlite"_s);
        // A version 2 ledger: every row indexed by its triggers, a bulk run's too.
        {
            Ledger v3;
            QVERIFY(v3.open(path));
            tc::LedgerJob job;
            job.kind = u"bulk"_s;
            job.state = u"finished"_s;
            QVERIFY(v3.createJob(job) > 0);
        }
        QVERIFY(insertRows(path, 1, 5, u"2222"_s));
        QVERIFY(onItsOwn(path, {u"DROP TRIGGER entries_fts_insert"_s, u"DROP TRIGGER entries_fts_update"_s,
                                u"DROP TRIGGER entries_fts_delete"_s, u"DROP TABLE entries_unindexed"_s,
                                u"UPDATE entries SET job_id = 1"_s, u"PRAGMA user_version = 2"_s, u"SELECT 1"_s})
                        .isValid());
        Ledger ledger;
        QVERIFY2(ledger.open(path), qPrintable(ledger.errorString()));
        QCOMPARE(onItsOwn(path, u"PRAGMA user_version"_s), 3);
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND sql LIKE "
                                "'%entries_unindexed%'"_s),
                 3);
        QCOMPARE(ledger.count(text(u"row3@example"_s)), 1);
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_unindexed"_s), 0);
        // The old run's row gets a new token: its old text leaves the index, it waits, it is found.
        onItsOwn(path, u"UPDATE entries SET device_token = 'abad1dea-0000-4000-8000-000000000003' WHERE row_no = 3"_s);
        QCOMPARE(ledger.count(text(u"2222-00000003"_s)), 0);
        QCOMPARE(ledger.count(text(u"abad1dea"_s)), 1);
        QVERIFY(indexWaitingRows(path, QDateTime::currentMSecsSinceEpoch()));
        QCOMPARE(onItsOwn(path, u"SELECT count(*) FROM entries_fts WHERE entries_fts MATCH '\"222\"'"_s), 4);
        QCOMPARE(ledger.count(text(u"example"_s)), 5);
        // Opened again: current, nothing written.
        ledger.close();
        Ledger again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count(text(u"abad1dea"_s)), 1);
    }

    void export_streamsALargeLedger_ownerOnly()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        constexpr int Rows = 60000;
        QVERIFY(insertRows(ledger.path(), 1, Rows, u"e0e0"_s));
        const QString out = dir.filePath(u"export.csv"_s);
        // Peak memory from here: resident rows for the whole ledger would be ~100 MB.
        QFile clear(u"/proc/self/clear_refs"_s);
        const bool canMeasure = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
        clear.close();
        const qint64 before = peakRssKb();
        qint64 pages = 0;
        QString error;
        QVERIFY2(Ledger::exportCsvFile(ledger.path(), out, {}, &error,
                                       [&](qint64 rows) {
                                           ++pages;
                                           return rows > 0;
                                       }),
                 qPrintable(error));
        const qint64 grew = peakRssKb() - before;
        // A page at a time.
        QCOMPARE(pages, qint64(Rows / 1000 + 1));
        QFile f(out);
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(f.open(QIODevice::ReadOnly));
        qint64 lines = 0;
        QByteArray last;
        while (!f.atEnd()) {
            const QByteArray line = f.readLine();
            if (!line.trimmed().isEmpty()) {
                ++lines;
                last = line;
            }
        }
        QCOMPARE(lines, qint64(Rows + 1));
        QVERIFY2(last.contains("C-60000"), last.constData());
#if !TC_ASAN // ASan keeps freed memory in quarantine: peak RSS says nothing there
        if (canMeasure && before > 0)
            QVERIFY2(grew < 40 * 1024, qPrintable(u"peak RSS grew by %1 kB"_s.arg(grew)));
#else
        Q_UNUSED(grew);
        Q_UNUSED(canMeasure);
#endif
        // A search exports only its rows; a canceled export leaves no file behind.
        const QString some = dir.filePath(u"some.csv"_s);
        QVERIFY(Ledger::exportCsvFile(ledger.path(), some, text(u"row4242@"_s), &error));
        QFile s(some);
        QVERIFY(s.open(QIODevice::ReadOnly));
        QCOMPARE(tc::CsvReader::parseAll(s.readAll()).size(), 2);
        const QString canceled = dir.filePath(u"canceled.csv"_s);
        QVERIFY(!Ledger::exportCsvFile(ledger.path(), canceled, {}, &error, [](qint64) { return false; }));
        QVERIFY(!QFileInfo::exists(canceled));
    }
};

QTEST_GUILESS_MAIN(TestLedgerSearch)
#include "TestLedgerSearch.moc"
