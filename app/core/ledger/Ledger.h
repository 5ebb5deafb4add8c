#pragma once
// The ledger: every DeviceToken the console receives (one user, CreateMany, bulk) is committed
// here BEFORE it is shown or counted as done, with the profile, the group's InstanceId, the row
// or ClientId and the time. It is also the journal of bulk runs (one entry per CSV row: pending
// -> in-flight (written before sending) -> done / failed / unknown) so a killed run can resume.
//
// SQLite in the app's data folder (defaultPath()), WAL, synchronous FULL (set on every
// connection), busy timeout 10 s (the bulk journal writes from its own thread and connection).
// JWTs and refresh tokens are never stored here.
//
// A Ledger object is one connection, used on the thread that opened it. Writes are small
// transactions; a failed write (disk full, read-only file, ...) returns false with
// errorString(), and the caller keeps what it could not write in memory (never silently lost).
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
class QSqlDatabase;
class QSqlError;

namespace tc {

namespace LedgerState {
inline QString pending()
{
    return QStringLiteral("pending");
}
inline QString inFlight()
{
    return QStringLiteral("in-flight");
}
inline QString done()
{
    return QStringLiteral("done");
}
inline QString failed()
{
    return QStringLiteral("failed");
}
inline QString unknown()
{
    return QStringLiteral("unknown");
}
} // namespace LedgerState

namespace LedgerSource {
inline QString create()
{
    return QStringLiteral("create");
}
inline QString createMany()
{
    return QStringLiteral("create-many");
}
inline QString bulk()
{
    return QStringLiteral("bulk");
}
} // namespace LedgerSource

struct LedgerEntry
{
    qint64 id = 0;
    QString source;   // LedgerSource
    qint64 jobId = 0; // bulk run (0: none)
    qint64 rowNo = 0; // bulk: 1-based data row; create-many: position in the answer
    qint64 line = 0;  // bulk: the CSV line the row starts on
    QString state;    // LedgerState
    QString deviceToken;
    QString customToken; // chosen before sending (then deviceToken is known even if the answer is lost)
    QString clientId;
    QString instanceId;
    QString baseUrl;
    QJsonObject profile; // the Registration/Create body sent (never tokens)
    QString error;
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

struct LedgerJob
{
    qint64 id = 0;
    QString kind = QStringLiteral("bulk");
    QString state; // running, paused, stopped, interrupted, canceled, finished
    QString sourcePath;
    qint64 sourceSize = 0;
    QString sourceFingerprint; // SHA-256 of the file (hex)
    QString instanceId;
    QString baseUrl;
    QJsonObject options; // mapping, concurrency, custom tokens, ...
    qint64 rowsTotal = 0;
    QString message;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What an admin did to a user after it existed (Management API): kept against the DeviceToken.
namespace LedgerUserAction {
inline QString deleted()
{
    return QStringLiteral("deleted");
}
inline QString moved()
{
    return QStringLiteral("moved");
}
// The answer was lost after the request may have been acted on.
inline QString deleteUnknown()
{
    return QStringLiteral("delete-unknown");
}
inline QString moveUnknown()
{
    return QStringLiteral("move-unknown");
}
} // namespace LedgerUserAction

struct LedgerUserEvent
{
    qint64 id = 0;
    QString deviceToken;
    QString action;       // LedgerUserAction
    QString instanceId;   // the user's group before
    QString toInstanceId; // a move: the group after
    QString baseUrl;
    QString actor;  // the admin profile (or login) that acted
    QString detail; // e.g. the user's name as it was shown
    QDateTime at;   // UTC
};

struct LedgerQuery
{
    QString text;   // matches DeviceToken, CustomToken, ClientId, InstanceId, names, e-mail, phone
    QString state;  // empty: any
    QString source; // empty: any
    qint64 jobId = 0;
    bool withDeviceTokenOnly = false;
};

class Ledger : public QObject
{
    Q_OBJECT
public:
    explicit Ledger(QObject *parent = nullptr);
    ~Ledger() override;

    // <GenericDataLocation>/telematics-console/ledger.sqlite (~/.local/share/telematics-console/):
    // one ledger for the window and the CLI.
    static QString defaultPath();
    // Opens (creating the folder, the file and the schema). False + errorString() on failure.
    // The file (and SQLite's -wal and -shm beside it) is readable by its owner only (0600); folders
    // it creates are 0700, and so is the default folder.
    bool open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Opens another connection to `path` with the ledger's pragmas (for a writer thread).
    // The name must be unique; the caller removes it (QSqlDatabase::removeDatabase).
    static bool openConnection(const QString &path, const QString &connectionName, QString *error);
    // What went wrong, in one sentence: SQLite's words ("the disk is full") rather than SQLite's
    // and Qt's run together ("database or disk is full Unable to commit transaction").
    static QString errorText(const QSqlError &error);

    // ---- writes (each one transaction; false + errorString() when not durable) ----
    bool add(LedgerEntry &entry); // sets id, createdAt, updatedAt
    bool addAll(QList<LedgerEntry> &entries);
    bool update(const LedgerEntry &entry); // by id: state, device token, custom token, error
    qint64 createJob(LedgerJob &job);      // 0 on failure
    bool updateJob(const LedgerJob &job);  // state, message, rows total, options
    // Resume: rows of a job left "in-flight" by a killed run become "unknown". Returns how many.
    int markInFlightUnknown(qint64 jobId);
    // The same, knowing which rows' requests left (the run's sent log, BulkSentLog): an in-flight
    // row not in `sent` was marked ahead and never sent, and goes back to pending; the others
    // become "unknown". One transaction. Returns how many became unknown (-1 on failure) and, in
    // *neverSent, how many went back to pending.
    int settleInFlight(qint64 jobId, const QSet<qint64> &sent, int *neverSent);
    bool setEntryState(qint64 jobId, qint64 rowNo, const QString &state, const QString &deviceToken,
                       const QString &error);

    // A deletion or a move, against the DeviceToken (sets id and at). Its own table.
    bool addUserEvent(LedgerUserEvent &event);

    // ---- reads ----
    // The events of one DeviceToken, oldest first.
    QList<LedgerUserEvent> userEvents(const QString &deviceToken) const;
    std::optional<LedgerEntry> entry(qint64 id) const;
    std::optional<LedgerEntry> findByDeviceToken(const QString &deviceToken) const;
    std::optional<LedgerEntry> jobEntry(qint64 jobId, qint64 rowNo) const;
    QList<LedgerEntry> search(const LedgerQuery &query, int limit, qint64 offset = 0) const;
    qint64 count(const LedgerQuery &query) const;
    // Entries of a job with rowNo >= fromRow, by rowNo.
    QList<LedgerEntry> jobEntries(qint64 jobId, qint64 fromRow, int limit, const QString &state = {}) const;
    QHash<QString, qint64> jobStateCounts(qint64 jobId) const;
    std::optional<LedgerJob> job(qint64 id) const;
    // The latest job of this file (absolute path) and group.
    std::optional<LedgerJob> latestJob(const QString &sourcePath, const QString &instanceId) const;
    QList<LedgerJob> jobs(int limit = 100) const;

    // Streams every matching entry as CSV (header first), a page at a time (memory stays flat).
    // False + errorString() on failure.
    bool exportCsv(QIODevice *out, const LedgerQuery &query);
    // The same on any connection to a ledger (a worker thread's); `progress` gets the rows written
    // so far after each page and cancels the export by returning false.
    static bool exportCsv(const QSqlDatabase &db, QIODevice *out, const LedgerQuery &query, QString *error,
                          const std::function<bool(qint64)> &progress = {});
    // The export to a file, on its own connection to the ledger at `ledgerPath` (so any thread can
    // run it): written through QSaveFile, owner-only (0600) before the first byte, a page at a time.
    static bool exportCsvFile(const QString &ledgerPath, const QString &outPath, const LedgerQuery &query,
                              QString *error, const std::function<bool(qint64)> &progress = {});
    static QStringList csvHeader();
    static QStringList csvRow(const LedgerEntry &e);

    // Test seam: caps the database at `pages` pages (PRAGMA max_page_count) on this connection,
    // so the next writes fail like a full disk.
    void setPageLimitForTesting(qint64 pages);
    qint64 pageCount() const;

Q_SIGNALS:
    // Something was written through this connection (for views).
    void changed();

private:
    QSqlDatabase db() const;
    bool fail(const QString &what, const QString &detail);
    bool insertEntry(LedgerEntry &entry);
    bool createUserEventSchema(); // LedgerUserEvents.cpp
    bool createSearchIndex();     // the text index (LedgerSearch.h), inside open()'s transaction
    bool upgradeSearchIndex();    // a version 2 index to version 3, the same way

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    bool m_indexed = false; // every row is in the text index (it stays so once it is)
};

} // namespace tc
