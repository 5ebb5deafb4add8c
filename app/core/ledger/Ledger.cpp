#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerSearch.h"

#include "core/util/CsvWriter.h"
#include "core/util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;
using tc::ledgersql::entryColumns;
using tc::ledgersql::fromMs;
using tc::ledgersql::readEntry;

namespace {

// BEGIN IMMEDIATE takes the write lock first (waiting up to the busy timeout), so a transaction
// that reads and then writes cannot fail because another connection (the bulk journal's, another
// process's) wrote in between: in WAL mode a deferred one gets SQLITE_BUSY at once then.
QSqlError beginWrite(QSqlDatabase &d)
{
    QSqlQuery q(d);
    return q.exec(u"BEGIN IMMEDIATE"_s) ? QSqlError() : q.lastError();
}

Q_LOGGING_CATEGORY(lc, "tc.core.ledger", QtWarningMsg)

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString jobColumns()
{
    return u"id, kind, state, source_path, source_size, source_fingerprint, instance_id, base_url, options, "
           "rows_total, message, created_at, updated_at"_s;
}

tc::LedgerJob readJob(const QSqlQuery &q)
{
    tc::LedgerJob j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.state = q.value(2).toString();
    j.sourcePath = q.value(3).toString();
    j.sourceSize = q.value(4).toLongLong();
    j.sourceFingerprint = q.value(5).toString();
    j.instanceId = q.value(6).toString();
    j.baseUrl = q.value(7).toString();
    j.options = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
    j.rowsTotal = q.value(9).toLongLong();
    j.message = q.value(10).toString();
    j.createdAt = fromMs(q.value(11));
    j.updatedAt = fromMs(q.value(12));
    return j;
}

} // namespace

namespace tc {

Ledger::Ledger(QObject *parent) : QObject(parent)
{
    m_connection = u"tc-ledger-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Ledger::~Ledger()
{
    close();
}

QString Ledger::defaultPath()
{
    // Shared by the window and the CLI: <GenericDataLocation>/telematics-console/ledger.sqlite.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/telematics-console/ledger.sqlite"_s;
}

QString Ledger::errorText(const QSqlError &error)
{
    // QSQLITE's native code is SQLite's (extended) result code; the low byte is the primary one.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric) {
        switch (code) {
        case 13: // SQLITE_FULL
            return QCoreApplication::translate("Ledger", "the disk is full (or the ledger reached its size limit)");
        case 8: // SQLITE_READONLY
            return QCoreApplication::translate("Ledger", "the ledger file is read-only");
        case 10: // SQLITE_IOERR
            return QCoreApplication::translate("Ledger", "the disk could not be written (%1)")
                    .arg(error.databaseText().trimmed());
        case 5: // SQLITE_BUSY
            return QCoreApplication::translate("Ledger", "another program holds the ledger locked");
        default: break;
        }
    }
    const QString database = error.databaseText().trimmed(); // SQLite's words
    const QString driver = error.driverText().trimmed();     // Qt's ("Unable to commit transaction")
    if (database.isEmpty())
        return driver;
    if (driver.isEmpty())
        return database;
    return QCoreApplication::translate("Ledger", "%1 (%2)").arg(database, driver.toLower());
}

bool Ledger::openConnection(const QString &path, const QString &connectionName, QString *error)
{
    const QFileInfo info(path);
    if (!files::makePrivateFolder(info.absolutePath(), error))
        return false;
    if (info.absolutePath() == QFileInfo(defaultPath()).absolutePath()) {
        QString why; // an older console made it 0755; not a reason to refuse to record
        if (!files::restrictFolder(info.absolutePath(), &why))
            qCWarning(lc) << "the ledger's folder stays readable by others:" << why;
    }
    // Created 0600 before SQLite opens it; SQLite gives its -wal and -shm the file's mode. A ledger
    // an older console made 0644 is tightened, with the -wal and -shm it left.
    if (!files::makePrivateFile(info.absoluteFilePath(), error))
        return false;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString sidecar = info.absoluteFilePath() + QLatin1StringView(suffix);
        if (QFileInfo::exists(sidecar) && !files::makePrivateFile(sidecar, error))
            return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(info.absoluteFilePath());
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        *error = errorText(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next() || q.value(0).toString().toLower() != u"wal"_s) {
        *error = QCoreApplication::translate("tc::Ledger", "cannot switch the ledger to WAL: ")
                 + errorText(q.lastError());
        db.close();
        return false;
    }
    for (const QString &pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (!q.exec(pragma)) {
            *error = errorText(q.lastError());
            db.close();
            return false;
        }
    }
    return true;
}

bool Ledger::open(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    if (!openConnection(m_path, m_connection, &m_error)) {
        QSqlDatabase::removeDatabase(m_connection);
        m_error = QCoreApplication::translate("tc::Ledger", "The ledger %1 cannot be opened: %2").arg(m_path, m_error);
        return false;
    }
    QSqlDatabase d = db();
    QSqlQuery q(d);
    const QStringList schema{
            u"CREATE TABLE IF NOT EXISTS jobs(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, "
            "source_path TEXT, source_size INTEGER, source_fingerprint TEXT, instance_id TEXT, base_url TEXT, "
            "options TEXT, rows_total INTEGER, message TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE IF NOT EXISTS entries(id INTEGER PRIMARY KEY, source TEXT NOT NULL, "
            "job_id INTEGER REFERENCES jobs(id), row_no INTEGER, line INTEGER, state TEXT NOT NULL, "
            "device_token TEXT, custom_token TEXT, client_id TEXT, instance_id TEXT, base_url TEXT, profile TEXT, "
            "error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)"_s,
            u"CREATE UNIQUE INDEX IF NOT EXISTS entries_job_row ON entries(job_id, row_no)"_s,
            u"CREATE INDEX IF NOT EXISTS entries_device_token ON entries(device_token)"_s,
            u"CREATE INDEX IF NOT EXISTS entries_job_state ON entries(job_id, state)"_s,
            u"CREATE INDEX IF NOT EXISTS jobs_source ON jobs(source_path, instance_id)"_s,
            u"PRAGMA user_version = 3"_s,
    };
    // A ledger that is already current is opened without writing: open() in one process (the
    // console, a test watching a bulk run) must not take the write lock from a running bulk run.
    if (q.exec(u"SELECT (SELECT user_version FROM pragma_user_version) >= 3 AND (SELECT count(*) FROM sqlite_master "
               "WHERE name IN ('jobs', 'entries', 'entries_fts', 'ledger_search', 'entries_unindexed')) = 5"_s)
        && q.next() && q.value(0).toBool()) {
        q.finish();
        m_indexed = ledgersql::indexReady(d);
        if (!createUserEventSchema())
            return false;
        qCInfo(lc) << "ledger open";
        return true;
    }
    q.finish();
    if (const QSqlError e = beginWrite(d); e.isValid())
        return fail(u"open"_s, errorText(e));
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            const QString e = errorText(q.lastError());
            d.rollback();
            return fail(QCoreApplication::translate("tc::Ledger", "create the schema"), e);
        }
    }
    if (!createSearchIndex()) {
        const QString e = m_error;
        d.rollback();
        return fail(QCoreApplication::translate("tc::Ledger", "create the schema"), e);
    }
    if (!d.commit())
        return fail(QCoreApplication::translate("tc::Ledger", "create the schema"), errorText(d.lastError()));
    m_indexed = ledgersql::indexReady(d);
    if (!createUserEventSchema())
        return false;
    qCInfo(lc) << "ledger open";
    return true;
}

void Ledger::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_connection, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Ledger::createSearchIndex()
{
    // Inside open()'s transaction. A ledger with the index keeps it; an older one gets it here
    // (its rows are indexed later, off the GUI thread: LedgerReader). A SQLite without FTS5 or
    // the trigram tokenizer leaves the ledger as it was: searches then use LIKE.
    QSqlQuery q(db());
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE name IN ('entries_fts', 'ledger_search')"_s) || !q.next()) {
        m_error = errorText(q.lastError());
        return false;
    }
    const int found = q.value(0).toInt();
    q.finish();
    if (found == 2)
        return upgradeSearchIndex();
    if (found != 0) { // half of it: cannot happen (one transaction), but never write into a guess
        qCWarning(lc) << "the ledger's search index is incomplete; searching without it";
        return true;
    }
    const QStringList schema = ledgersql::indexSchema();
    if (!q.exec(u"SAVEPOINT search_index"_s)) {
        m_error = errorText(q.lastError());
        return false;
    }
    for (const QString &sql : schema) {
        if (!q.exec(sql)) {
            qCWarning(lc) << "no search index:" << errorText(q.lastError());
            QSqlQuery undo(db());
            undo.exec(u"ROLLBACK TO search_index"_s);
            undo.exec(u"RELEASE search_index"_s);
            return true;
        }
    }
    if (!q.exec(u"RELEASE search_index"_s)) {
        m_error = errorText(q.lastError());
        return false;
    }
    return true;
}

bool Ledger::upgradeSearchIndex()
{
    // Version 2's triggers indexed a bulk run's rows one by one; version 3's list them for
    // indexPending(). What is in the index stays valid.
    QSqlQuery q(db());
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'entries_unindexed'"_s) || !q.next()) {
        m_error = errorText(q.lastError());
        return false;
    }
    const bool current = q.value(0).toInt() == 1;
    q.finish();
    if (current)
        return true;
    for (const QString &sql : ledgersql::indexUpgradeFrom2()) {
        if (!q.exec(sql)) {
            m_error = errorText(q.lastError());
            return false;
        }
    }
    return true;
}

bool Ledger::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

QSqlDatabase Ledger::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Ledger::fail(const QString &what, const QString &detail)
{
    m_error = QCoreApplication::translate("tc::Ledger", "The ledger could not %1: %2").arg(what, detail);
    qCWarning(lc) << "write failed:" << what;
    return false;
}

bool Ledger::insertEntry(LedgerEntry &e)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!e.createdAt.isValid())
        e.createdAt = now;
    e.updatedAt = now;
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO entries(source, job_id, row_no, line, state, device_token, custom_token, client_id, "
              "instance_id, base_url, profile, error, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(e.source);
    q.addBindValue(nullableId(e.jobId));
    q.addBindValue(e.rowNo);
    q.addBindValue(e.line);
    q.addBindValue(e.state);
    q.addBindValue(nullable(e.deviceToken));
    q.addBindValue(nullable(e.customToken));
    q.addBindValue(nullable(e.clientId));
    q.addBindValue(e.instanceId);
    q.addBindValue(nullable(e.baseUrl));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.profile).toJson(QJsonDocument::Compact)));
    q.addBindValue(nullable(e.error));
    q.addBindValue(e.createdAt.toMSecsSinceEpoch());
    q.addBindValue(e.updatedAt.toMSecsSinceEpoch());
    if (!q.exec()) {
        m_error = errorText(q.lastError());
        return false;
    }
    e.id = q.lastInsertId().toLongLong();
    return true;
}

bool Ledger::add(LedgerEntry &entry)
{
    QList<LedgerEntry> one{entry};
    if (!addAll(one))
        return false;
    entry = one.first();
    return true;
}

bool Ledger::addAll(QList<LedgerEntry> &entries)
{
    QSqlDatabase d = db();
    if (!d.isOpen())
        return fail(QCoreApplication::translate("tc::Ledger", "record a registration"),
                    QCoreApplication::translate("tc::Ledger", "the ledger is not open"));
    if (const QSqlError e = beginWrite(d); e.isValid())
        return fail(QCoreApplication::translate("tc::Ledger", "record a registration"), errorText(e));
    for (LedgerEntry &e : entries) {
        if (!insertEntry(e)) {
            const QString why = m_error;
            d.rollback();
            for (LedgerEntry &x : entries)
                x.id = 0;
            return fail(QCoreApplication::translate("tc::Ledger", "record a registration"), why);
        }
    }
    if (!d.commit()) {
        const QString why = errorText(d.lastError());
        d.rollback();
        for (LedgerEntry &x : entries)
            x.id = 0;
        return fail(QCoreApplication::translate("tc::Ledger", "record a registration"), why);
    }
    Q_EMIT changed();
    return true;
}

bool Ledger::update(const LedgerEntry &e)
{
    QSqlQuery q(db());
    q.prepare(
            u"UPDATE entries SET state = ?, device_token = ?, custom_token = ?, error = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(e.state);
    q.addBindValue(nullable(e.deviceToken));
    q.addBindValue(nullable(e.customToken));
    q.addBindValue(nullable(e.error));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(e.id);
    if (!q.exec())
        return fail(QCoreApplication::translate("tc::Ledger", "update a registration"), errorText(q.lastError()));
    Q_EMIT changed();
    return true;
}

bool Ledger::setEntryState(qint64 jobId, qint64 rowNo, const QString &state, const QString &deviceToken,
                           const QString &error)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE entries SET state = ?, device_token = COALESCE(?, device_token), error = ?, updated_at = ? "
              "WHERE job_id = ? AND row_no = ?"_s);
    q.addBindValue(state);
    q.addBindValue(nullable(deviceToken));
    q.addBindValue(nullable(error));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(jobId);
    q.addBindValue(rowNo);
    if (!q.exec())
        return fail(QCoreApplication::translate("tc::Ledger", "update a bulk row"), errorText(q.lastError()));
    Q_EMIT changed();
    return true;
}

qint64 Ledger::createJob(LedgerJob &job)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    job.createdAt = job.updatedAt = now;
    QSqlQuery q(db());
    q.prepare(u"INSERT INTO jobs(kind, state, source_path, source_size, source_fingerprint, instance_id, base_url, "
              "options, rows_total, message, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"_s);
    q.addBindValue(job.kind);
    q.addBindValue(job.state);
    q.addBindValue(job.sourcePath);
    q.addBindValue(job.sourceSize);
    q.addBindValue(job.sourceFingerprint);
    q.addBindValue(job.instanceId);
    q.addBindValue(job.baseUrl);
    q.addBindValue(QString::fromUtf8(QJsonDocument(job.options).toJson(QJsonDocument::Compact)));
    q.addBindValue(job.rowsTotal);
    q.addBindValue(nullable(job.message));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec()) {
        fail(QCoreApplication::translate("tc::Ledger", "record the bulk run"), errorText(q.lastError()));
        return 0;
    }
    job.id = q.lastInsertId().toLongLong();
    Q_EMIT changed();
    return job.id;
}

bool Ledger::updateJob(const LedgerJob &job)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE jobs SET state = ?, message = ?, rows_total = ?, options = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(job.state);
    q.addBindValue(nullable(job.message));
    q.addBindValue(job.rowsTotal);
    q.addBindValue(QString::fromUtf8(QJsonDocument(job.options).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(job.id);
    if (!q.exec())
        return fail(QCoreApplication::translate("tc::Ledger", "update the bulk run"), errorText(q.lastError()));
    Q_EMIT changed();
    return true;
}

int Ledger::markInFlightUnknown(qint64 jobId)
{
    QSqlQuery q(db());
    q.prepare(
            u"UPDATE entries SET state = 'unknown', error = ?, updated_at = ? WHERE job_id = ? AND state = 'in-flight'"_s);
    q.addBindValue(QCoreApplication::translate("tc::Ledger",
                                               "the run stopped while this row's request may have been in flight"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(jobId);
    if (!q.exec()) {
        fail(QCoreApplication::translate("tc::Ledger", "mark interrupted rows"), errorText(q.lastError()));
        return -1;
    }
    const int n = q.numRowsAffected();
    if (n > 0)
        Q_EMIT changed();
    return n;
}

int Ledger::settleInFlight(qint64 jobId, const QSet<qint64> &sent, int *neverSent)
{
    *neverSent = 0;
    QSqlDatabase d = db();
    if (const QSqlError e = beginWrite(d); e.isValid()) { // it reads the in-flight rows, then writes them
        fail(u"settle interrupted rows"_s, e.text());
        return -1;
    }
    QSqlQuery rows(d);
    rows.prepare(u"SELECT row_no FROM entries WHERE job_id = ? AND state = 'in-flight'"_s);
    rows.addBindValue(jobId);
    if (!rows.exec()) {
        fail(u"settle interrupted rows"_s, rows.lastError().text());
        d.rollback();
        return -1;
    }
    QList<qint64> unsent;
    while (rows.next()) {
        const qint64 rowNo = rows.value(0).toLongLong();
        if (!sent.contains(rowNo))
            unsent.append(rowNo);
    }
    rows.finish();
    QSqlQuery back(d);
    back.prepare(u"UPDATE entries SET state = 'pending', error = NULL, updated_at = ? WHERE job_id = ? AND row_no = ? "
                 "AND state = 'in-flight'"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qint64 rowNo : std::as_const(unsent)) {
        back.bindValue(0, now);
        back.bindValue(1, jobId);
        back.bindValue(2, rowNo);
        if (!back.exec()) {
            fail(u"settle interrupted rows"_s, back.lastError().text());
            d.rollback();
            return -1;
        }
        *neverSent += back.numRowsAffected();
    }
    QSqlQuery q(d);
    q.prepare(
            u"UPDATE entries SET state = 'unknown', error = ?, updated_at = ? WHERE job_id = ? AND state = 'in-flight'"_s);
    q.addBindValue(u"the run stopped while this row's request may have been in flight"_s);
    q.addBindValue(now);
    q.addBindValue(jobId);
    if (!q.exec() || !d.commit()) {
        fail(u"settle interrupted rows"_s, q.lastError().isValid() ? q.lastError().text() : d.lastError().text());
        d.rollback();
        *neverSent = 0;
        return -1;
    }
    const int n = q.numRowsAffected();
    if (n > 0 || *neverSent > 0)
        Q_EMIT changed();
    return n;
}

std::optional<LedgerEntry> Ledger::entry(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + entryColumns() + u" FROM entries WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

std::optional<LedgerEntry> Ledger::findByDeviceToken(const QString &deviceToken) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + entryColumns() + u" FROM entries WHERE device_token = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(deviceToken);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

std::optional<LedgerEntry> Ledger::jobEntry(qint64 jobId, qint64 rowNo) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + entryColumns() + u" FROM entries WHERE job_id = ? AND row_no = ?"_s);
    q.addBindValue(jobId);
    q.addBindValue(rowNo);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEntry(q);
}

QList<LedgerEntry> Ledger::search(const LedgerQuery &query, int limit, qint64 offset) const
{
    const ledgersql::Select s
            = ledgersql::select(query, m_indexed || ledgersql::indexReady(db()), 0, ledgersql::hasUnindexed(db()));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + entryColumns(u"e"_s) + u" "_s + s.from + u" ORDER BY "_s + s.orderKey
              + u" DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<LedgerEntry> out;
    if (!q.exec()) {
        m_error = errorText(q.lastError());
        return out;
    }
    while (q.next())
        out.append(readEntry(q));
    return out;
}

qint64 Ledger::count(const LedgerQuery &query) const
{
    const ledgersql::Select s
            = ledgersql::select(query, m_indexed || ledgersql::indexReady(db()), 0, ledgersql::hasUnindexed(db()));
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) "_s + s.from);
    for (const QVariant &b : s.binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<LedgerEntry> Ledger::jobEntries(qint64 jobId, qint64 fromRow, int limit, const QString &state) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + entryColumns() + u" FROM entries WHERE job_id = ? AND row_no >= ?"_s
              + (state.isEmpty() ? QString() : u" AND state = ?"_s) + u" ORDER BY row_no LIMIT ?"_s);
    q.addBindValue(jobId);
    q.addBindValue(fromRow);
    if (!state.isEmpty())
        q.addBindValue(state);
    q.addBindValue(limit);
    QList<LedgerEntry> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(readEntry(q));
    return out;
}

QHash<QString, qint64> Ledger::jobStateCounts(qint64 jobId) const
{
    QHash<QString, qint64> out;
    QSqlQuery q(db());
    q.prepare(u"SELECT state, COUNT(*) FROM entries WHERE job_id = ? GROUP BY state"_s);
    q.addBindValue(jobId);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return out;
}

std::optional<LedgerJob> Ledger::job(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + jobColumns() + u" FROM jobs WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readJob(q);
}

std::optional<LedgerJob> Ledger::latestJob(const QString &sourcePath, const QString &instanceId) const
{
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + jobColumns()
              + u" FROM jobs WHERE source_path = ? AND instance_id = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(QFileInfo(sourcePath).absoluteFilePath());
    q.addBindValue(instanceId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readJob(q);
}

QList<LedgerJob> Ledger::jobs(int limit) const
{
    QList<LedgerJob> out;
    QSqlQuery q(db());
    q.prepare(u"SELECT "_s + jobColumns() + u" FROM jobs ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            out.append(readJob(q));
    }
    return out;
}

QStringList Ledger::csvHeader()
{
    return {u"Time"_s, u"Source"_s, u"State"_s, u"DeviceToken"_s, u"InstanceId"_s, u"ClientId"_s, u"CustomToken"_s,
            u"Job"_s,  u"Row"_s,    u"Line"_s,  u"Profile"_s,     u"Error"_s,      u"BaseUrl"_s};
}

QStringList Ledger::csvRow(const LedgerEntry &e)
{
    return {e.createdAt.toString(Qt::ISODateWithMs),
            e.source,
            e.state,
            e.deviceToken,
            e.instanceId,
            e.clientId,
            e.customToken,
            e.jobId > 0 ? QString::number(e.jobId) : QString(),
            e.rowNo > 0 ? QString::number(e.rowNo) : QString(),
            e.line > 0 ? QString::number(e.line) : QString(),
            QString::fromUtf8(QJsonDocument(e.profile).toJson(QJsonDocument::Compact)),
            e.error,
            e.baseUrl};
}

bool Ledger::exportCsv(QIODevice *out, const LedgerQuery &query)
{
    return exportCsv(db(), out, query, &m_error);
}

bool Ledger::exportCsv(const QSqlDatabase &db, QIODevice *out, const LedgerQuery &query, QString *error,
                       const std::function<bool(qint64)> &progress)
{
    // One page of rows at a time (keyset, oldest first): memory stays flat for any size, and no
    // read transaction is held for the whole export.
    CsvWriter w(out);
    if (!w.writeRow(csvHeader())) {
        *error = QCoreApplication::translate("tc::Ledger", "The export could not be written: ") + w.errorString();
        return false;
    }
    const bool indexed = ledgersql::indexReady(db);
    const bool unindexed = ledgersql::hasUnindexed(db);
    qint64 lastId = 0;
    qint64 written = 0;
    constexpr int Page = 1000;
    for (;;) {
        const ledgersql::Select s = ledgersql::select(query, indexed, 0, unindexed);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT "_s + entryColumns(u"e"_s) + u" "_s + s.from
                  + (s.from.contains(u" WHERE "_s) ? u" AND "_s : u" WHERE "_s) + s.orderKey + u" > ? ORDER BY "_s
                  + s.orderKey + u" LIMIT %1"_s.arg(Page));
        for (const QVariant &b : s.binds)
            q.addBindValue(b);
        q.addBindValue(lastId);
        if (!q.exec()) {
            *error = QCoreApplication::translate("tc::Ledger", "The ledger could not %1: %2")
                             .arg(QCoreApplication::translate("tc::Ledger", "be read for the export"),
                                  errorText(q.lastError()));
            return false;
        }
        int n = 0;
        while (q.next()) {
            const LedgerEntry e = readEntry(q);
            lastId = e.id;
            ++n;
            if (!w.writeRow(csvRow(e))) {
                *error = QCoreApplication::translate("tc::Ledger", "The export could not be written: ")
                         + w.errorString();
                return false;
            }
        }
        written += n;
        if (progress && !progress(written)) {
            *error = QCoreApplication::translate("tc::Ledger", "The export was canceled.");
            return false;
        }
        if (n < Page)
            break;
    }
    return true;
}

bool Ledger::exportCsvFile(const QString &ledgerPath, const QString &outPath, const LedgerQuery &query, QString *error,
                           const std::function<bool(qint64)> &progress)
{
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    // DeviceTokens, like the ledger: readable by the owner only, set before any byte is written.
    if (!files::restrictToOwner(f, error)) {
        f.cancelWriting();
        return false;
    }
    const QString connection = u"tc-ledger-export-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = Ledger::openConnection(ledgerPath, connection, error);
    if (ok)
        ok = exportCsv(QSqlDatabase::database(connection, false), &f, query, error, progress);
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        f.cancelWriting();
        return false;
    }
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void Ledger::setPageLimitForTesting(qint64 pages)
{
    QSqlQuery q(db());
    q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
}

qint64 Ledger::pageCount() const
{
    QSqlQuery q(db());
    if (q.exec(u"PRAGMA page_count"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace tc
