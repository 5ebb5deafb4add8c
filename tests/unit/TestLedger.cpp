// The ledger: WAL + synchronous FULL, entries and jobs, search, export, and a write failure
// (a full disk, simulated with max_page_count) that reports instead of losing anything.
#include "core/ledger/Ledger.h"
#include "core/util/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tc::Ledger;
using tc::LedgerEntry;

namespace {
QFileDevice::Permissions others()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
           | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

LedgerEntry entry(const QString &token, const QString &source = tc::LedgerSource::create())
{
    LedgerEntry e;
    e.source = source;
    e.state = tc::LedgerState::done();
    e.deviceToken = token;
    e.instanceId = u"group-1"_s;
    e.clientId = u"client-"_s + token.left(4);
    e.profile = QJsonObject{{u"FirstName"_s, u"Ada"_s}, {u"Email"_s, u"ada@example.org"_s}};
    return e;
}

// A ledger file at `path` holding one entry, closed again.
bool writeLedgerWith(const QString &path, const QString &token)
{
    Ledger ledger;
    LedgerEntry e = entry(token);
    return ledger.open(path) && ledger.add(e);
}
} // namespace

class TestLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPath_isInTheAppDataFolder()
    {
        const QString path = Ledger::defaultPath();
        QVERIFY(path.endsWith(u"/telematics-console/ledger.sqlite"_s));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }

    // The ledger holds every DeviceToken: owner only, from the first byte.
    void open_createsFileOwnerOnlyInOwnerOnlyFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new/sub/ledger.sqlite"_s);
        {
            Ledger ledger;
            QVERIFY2(ledger.open(path), qPrintable(ledger.errorString()));
            LedgerEntry e = entry(u"tok-private"_s);
            QVERIFY(ledger.add(e));
            QVERIFY(QFile::exists(path + u"-wal"_s)); // open while the ledger is
            QCOMPARE(QFile::permissions(path + u"-wal"_s) & others(), QFileDevice::Permissions());
            QCOMPARE(QFile::permissions(path + u"-shm"_s) & others(), QFileDevice::Permissions());
        }
        QCOMPARE(QFile::permissions(path) & others(), QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path).testFlag(QFileDevice::WriteOwner));
        for (const QString &folder : {dir.filePath(u"new"_s), dir.filePath(u"new/sub"_s)})
            QCOMPARE(QFile::permissions(folder) & others(), QFileDevice::Permissions());
    }

    void open_olderLedgerReadableByOthers_isTightened()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ledger.sqlite"_s);
        {
            Ledger ledger;
            QVERIFY(ledger.open(path));
        }
        const auto everyone
                = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(path, everyone));
        Ledger again;
        QVERIFY2(again.open(path), qPrintable(again.errorString()));
        QCOMPARE(QFile::permissions(path) & others(), QFileDevice::Permissions());
        // A folder a person chose is theirs: left as it was.
        QVERIFY(QFile::permissions(dir.path()).testFlag(QFileDevice::ExeOwner));
    }

    void open_defaultFolder_isOwnerOnlyEvenWhenItExisted()
    {
        const QString folder = QFileInfo(Ledger::defaultPath()).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                                      | QFileDevice::ReadOther | QFileDevice::ExeOther));
        Ledger ledger;
        QVERIFY2(ledger.open(Ledger::defaultPath()), qPrintable(ledger.errorString()));
        QCOMPARE(QFile::permissions(folder) & others(), QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(Ledger::defaultPath()) & others(), QFileDevice::Permissions());
    }

    void open_usesWalAndSynchronousFull()
    {
        QTemporaryDir dir;
        Ledger ledger;
        const QString path = dir.filePath(u"sub/ledger.sqlite"_s);
        QVERIFY2(ledger.open(path), qPrintable(ledger.errorString()));
        QString error;
        QVERIFY(Ledger::openConnection(path, u"probe"_s, &error));
        {
            QSqlDatabase db = QSqlDatabase::database(u"probe"_s);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA synchronous"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2); // FULL
            db.close();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
    }

    void add_thenFindAndSearch()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        QSignalSpy changed(&ledger, &Ledger::changed);
        LedgerEntry a = entry(u"aaaa-1111"_s);
        QVERIFY(ledger.add(a));
        QVERIFY(a.id > 0);
        QCOMPARE(changed.count(), 1);
        QList<LedgerEntry> many{entry(u"bbbb-2222"_s, tc::LedgerSource::createMany()),
                                entry(u"cccc-3333"_s, tc::LedgerSource::createMany())};
        QVERIFY(ledger.addAll(many));
        QVERIFY(many.at(1).id > many.at(0).id);

        const auto found = ledger.findByDeviceToken(u"bbbb-2222"_s);
        QVERIFY(found);
        QCOMPARE(found->source, tc::LedgerSource::createMany());
        QCOMPARE(found->profile.value(u"FirstName"_s).toString(), u"Ada"_s);
        QVERIFY(found->createdAt.isValid());

        tc::LedgerQuery q;
        q.text = u"cccc"_s;
        QCOMPARE(ledger.count(q), 1);
        q.text = u"ada@example"_s; // inside the profile
        QCOMPARE(ledger.count(q), 3);
        q.text.clear();
        q.source = tc::LedgerSource::createMany();
        QCOMPARE(ledger.search(q, 10).size(), 2);
        q.text = u"100%_"_s; // LIKE wildcards are literal
        QCOMPARE(ledger.count(q), 0);
    }

    void reopen_keepsEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"l.sqlite"_s);
        QVERIFY(writeLedgerWith(path, u"dddd-4444"_s));
        Ledger again;
        QVERIFY(again.open(path));
        QVERIFY(again.findByDeviceToken(u"dddd-4444"_s));
    }

    // A ledger that is already current opens without writing: the console (or a test watching a
    // bulk run) opening it must not take the write lock from the bulk run that is writing it.
    void open_currentLedger_takesNoWriteLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"l.sqlite"_s);
        QVERIFY(writeLedgerWith(path, u"eeee-5555"_s));
        QString error;
        QVERIFY2(Ledger::openConnection(path, u"writer"_s, &error), qPrintable(error));
        {
            QSqlDatabase writer = QSqlDatabase::database(u"writer"_s);
            QSqlQuery hold(writer);
            QVERIFY2(hold.exec(u"BEGIN IMMEDIATE"_s), qPrintable(hold.lastError().text()));
            QVERIFY(hold.exec(
                    u"INSERT INTO jobs(kind, state, created_at, updated_at) VALUES ('bulk', 'running', 1, 1)"_s));

            QElapsedTimer clock;
            clock.start();
            Ledger reader;
            QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
            QVERIFY2(clock.elapsed() < 5000, "open() waited for the write lock");
            QVERIFY(reader.findByDeviceToken(u"eeee-5555"_s));

            QVERIFY(hold.exec(u"COMMIT"_s));
            reader.close();
        }
        QSqlDatabase::removeDatabase(u"writer"_s);
    }

    void jobs_markInFlightUnknown()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        tc::LedgerJob job;
        job.state = u"running"_s;
        job.sourcePath = dir.filePath(u"x.csv"_s);
        job.instanceId = u"g"_s;
        QVERIFY(ledger.createJob(job) > 0);
        for (int i = 1; i <= 3; ++i) {
            LedgerEntry e;
            e.source = tc::LedgerSource::bulk();
            e.jobId = job.id;
            e.rowNo = i;
            e.instanceId = u"g"_s;
            e.state = i == 1 ? tc::LedgerState::done() : tc::LedgerState::inFlight();
            QVERIFY(ledger.add(e));
        }
        QCOMPARE(ledger.markInFlightUnknown(job.id), 2);
        const auto counts = ledger.jobStateCounts(job.id);
        QCOMPARE(counts.value(tc::LedgerState::unknown()), 2);
        QCOMPARE(counts.value(tc::LedgerState::done()), 1);
        QCOMPARE(ledger.latestJob(job.sourcePath, u"g"_s)->id, job.id);
        QVERIFY(!ledger.latestJob(job.sourcePath, u"other"_s));
        QCOMPARE(ledger.jobEntries(job.id, 2, 10).size(), 2);
    }

    void exportCsv_streamsEveryMatchingEntry()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        QList<LedgerEntry> many;
        for (int i = 0; i < 2500; ++i)
            many.append(entry(u"tok-%1"_s.arg(i, 5, 10, QLatin1Char('0'))));
        QVERIFY(ledger.addAll(many));
        QByteArray out;
        QBuffer b(&out);
        b.open(QIODevice::WriteOnly);
        QVERIFY(ledger.exportCsv(&b, {}));
        const auto rows = tc::CsvReader::parseAll(out);
        QCOMPARE(rows.size(), 2501);
        QCOMPARE(rows.first().fields, Ledger::csvHeader());
        QCOMPARE(rows.at(1).fields.at(3), u"tok-00000"_s);
        QCOMPARE(rows.last().fields.at(3), u"tok-02499"_s);
        QVERIFY(!out.contains("AccessToken"));
    }

    void writeFailure_isReportedNotSilent()
    {
        QTemporaryDir dir;
        Ledger ledger;
        QVERIFY(ledger.open(dir.filePath(u"l.sqlite"_s)));
        ledger.setPageLimitForTesting(ledger.pageCount());
        QList<LedgerEntry> big;
        for (int i = 0; i < 200; ++i) {
            LedgerEntry e = entry(u"full-%1"_s.arg(i));
            e.profile.insert(u"Address"_s, QString(400, u'x'));
            big.append(e);
        }
        QVERIFY(!ledger.addAll(big));
        // One plain sentence, not SQLite's and Qt's errors run together
        // ("database or disk is full Unable to commit transaction").
        QCOMPARE(ledger.errorString(), u"The ledger could not record a registration: the disk is full (or the ledger "
                                       "reached its size limit)"_s);
        for (const auto &e : big)
            QCOMPARE(e.id, 0); // none claims to be written
        QCOMPARE(ledger.count({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "TestLedger.moc"
