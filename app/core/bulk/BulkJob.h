#pragma once
// One bulk run: one Registration/Create per row of a CSV file, with bounded concurrency and a
// journal in the ledger that survives a SIGKILL. Every row's request goes through
// ApiClient::registerUser (so through ApiClient::send and its redacted exchanges) like any other.
//
// A row is sent only when BulkRowCheck (the dry run's check) finds no problem; a flagged row
// (malformed, not UTF-8, a value the service would refuse, a ClientId / CustomToken repeating an
// earlier row's) is marked failed "not sent: ..." and never sent. The check sees every row in file
// order, also the rows a resumed run skips, so a resumed run flags the same rows as the dry run.
// A file without rows (empty, not text, a header alone) is refused before a run is recorded.
//
// Each row goes pending -> in-flight -> done / failed / unknown in the ledger:
//  - "in-flight" is committed (synchronous FULL) BEFORE the row's request is sent. Marks are
//    group-committed on the journal thread: one transaction per tick holds the marks of the next
//    rows and the outcomes of the rows answered meanwhile, and rows already marked are sent while
//    the next transaction is written, so the network does not wait for the disk and there is far
//    less than one fsync per row. Rows are marked ahead of sending (the journal window, default
//    concurrency + max(8 x concurrency, 128)); just before a row's request leaves, its number is
//    appended to the run's sent log (BulkSentLog.h: one write(2), kept by the kernel when the
//    process is killed). On resume an in-flight row that the log does not name was never sent and
//    is pending again; the others become "unknown": after a SIGKILL the unknown rows are exactly
//    those whose request left and whose answer was not yet durable, never more than
//    concurrency + max(4 x concurrency, 64) (sending waits when that many are unsettled). Where no sent log can be kept
//    (no boot id, the file cannot be written) only rows about to be sent are marked (window =
//    concurrency) and every in-flight row of a killed run becomes unknown, as before.
//  - a row is counted (and shown) as done only once its DeviceToken is committed.
//  - a POST that may have reached the server (5xx, timeout, connection dropped after sending,
//    an unreadable answer) is never retried on its own: the row becomes "unknown".
//  - on resume, unknown rows are reconciled before anything is sent again: with an admin session,
//    a row with a ClientId is looked up with Management/users/find (one match: done with that
//    DeviceToken; none: sent again; several: stays unknown); a row whose CustomToken was recorded
//    before sending is looked up by DeviceToken (or, without an admin session, sent again with the
//    same CustomToken: a "CustomToken already in use" refusal then counts as done. The sandbox
//    refuses a reused CustomToken; the vendor does not document that the real service does).
//    Other unknown rows stay unknown unless resendUnknown is set.
//  - a ledger write that fails stops the run (no more requests are sent); DeviceTokens that
//    could not be written are kept in memory (unsavedRows()) and reported (rowsUpdated with
//    saved = false), never silently lost.
//  - pause / resume / cancel; interrupt() (SIGINT) stops like cancel but the state says
//    "interrupted"; requests already sent are awaited, never abandoned (abortInFlight() abandons
//    them: their rows become unknown).
#include "core/api/ApiError.h"
#include "core/bulk/BulkJournal.h"
#include "core/bulk/BulkRowCheck.h"
#include "core/bulk/BulkSentLog.h"
#include "core/bulk/BulkSource.h"
#include "core/bulk/CsvMapping.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <map>
#include <optional>

namespace tc {

class ApiCall;
class ApiClient;
class Ledger;
class Session;
class SessionTask;

struct BulkOptions
{
    QString csvPath;
    std::optional<CsvMapping> mapping; // none: from the header (+ mappingOverrides)
    QStringList mappingOverrides;      // "Column=Field"
    QString instanceId;
    QString instanceKey; // a secret: never stored
    int concurrency = 4;
    // Most rows marked in-flight at once. 0 (default): concurrency + max(8 x concurrency, 128)
    // when a sent log can be kept (see above), else concurrency (only rows being sent).
    int journalWindow = 0;
    // Pick each row's DeviceToken here (a CustomToken UUID recorded before sending). Off by default:
    // the vendor does not document whether the real service refuses a reused CustomToken.
    bool customTokens = false;
    // CreateAccessToken for rows whose CSV does not say (bulk needs no JWTs: false).
    std::optional<bool> createAccessToken = false;
    qint64 resumeJobId = 0;         // continue this run (its ledger rows decide what is left)
    bool resendUnknown = false;     // on resume, send unknown rows that cannot be reconciled again (may duplicate)
    int maxConsecutiveUnknown = 10; // stop when this many rows in a row end unknown (service failing)
    qint64 totalRows = -1;          // when known (a dry run counted them); -1: the run counts
};

struct BulkProgress
{
    qint64 total = -1; // rows in the file (-1 while counting)
    qint64 done = 0;
    qint64 failed = 0;
    qint64 unknown = 0;
    qint64 inFlight = 0;    // requests sent and not answered
    qint64 sent = 0;        // requests sent by this run
    qint64 resumedDone = 0; // rows already final when this run started (part of done/failed/unknown)
    qint64 commits = 0;     // journal transactions (each one fsync) by this run
    double rowsPerSecond = 0;
    qint64 etaSecs = -1; // -1: unknown
    qint64 elapsedMs = 0;

    qint64 processed() const { return done + failed + unknown; }
};

struct BulkRowUpdate
{
    qint64 rowNo = 0;
    qint64 line = 0;
    QString state; // LedgerState
    QString deviceToken;
    QString clientId;
    QString error;
    bool saved = true; // false: the ledger write failed; the DeviceToken exists only in memory
};

class BulkJob : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Preparing,
        Reconciling,
        Running,
        Paused,
        Stopping,
        Finished,
        Interrupted,
        Canceled,
        Stopped
    };
    Q_ENUM(State)

    // None is owned; all must outlive the job. The ledger must be open.
    BulkJob(ApiClient *api, Ledger *ledger, const BulkOptions &options, QObject *parent = nullptr);
    ~BulkJob() override;

    // For reconciling unknown rows on resume (Management/users/find). May be null.
    void setAdminSession(Session *session);

    // Starts (queued: connect first). Finishes with finished().
    void start();
    // For RegistrationService, which reads the group's InstanceKEY from the keychain first.
    void setInstanceKey(const QString &instanceKey) { m_options.instanceKey = instanceKey; }
    // Ends a job that has not started, before anything is read or sent (queued; state Stopped,
    // message `why`, then finished()).
    void refuse(const QString &why);
    void refuse(const ApiError &error) { refuse(error.message()); }
    void pause();
    void resume();
    void cancel();
    void interrupt();     // SIGINT/SIGTERM: like cancel, state Interrupted (resumable)
    void abortInFlight(); // gives up on requests already sent: their rows become unknown

    State state() const { return m_state; }
    static QString stateName(State s); // "running", "interrupted", ... (as in the ledger's jobs.state)
    bool isActive() const;
    QString message() const { return m_message; } // why it stopped, or a note
    qint64 jobId() const { return m_jobId; }
    BulkProgress progress() const;
    CsvMapping mapping() const { return m_mapping; }
    BulkOptions options() const { return m_options; }
    int journalWindow() const;
    // DeviceTokens (and outcomes) the ledger could not take. Empty when every write worked.
    QList<BulkRowUpdate> unsavedRows() const { return m_unsaved; }
    bool ledgerFailed() const { return m_ledgerFailed; }
    // Rows reconciled on resume (found on the service, sent again, left unknown).
    qint64 reconciledFound() const { return m_reconciledFound; }
    qint64 reconciledResent() const { return m_reconciledResent; }

    // What to do with an answer (public for tests).
    enum class Outcome { Done, Failed, Unknown, NotSent, RetryLater, FailedStop };
    static Outcome classify(const ApiError &error, int httpStatus);

    // Test seam: the journal's next writes fail like a full disk (PRAGMA max_page_count).
    void setJournalPageLimitForTesting(qint64 pages);

Q_SIGNALS:
    void stateChanged(tc::BulkJob::State state);
    void progressChanged(const tc::BulkProgress &progress); // at most every 100 ms, and at the end
    void rowsUpdated(const QList<tc::BulkRowUpdate> &rows); // after each commit (and unsaved rows)
    void note(const QString &text);                         // notes for a log pane / stderr
    void finished();

private:
    struct Row
    {
        enum class Stage { Reserving, Ready, Sending, Completing, Unreserving };
        qint64 rowNo = 0;
        qint64 line = 0;
        RegistrationProfile profile;
        QString clientId;
        QString customToken;
        bool resend = false; // its earlier request may have reached the server
        Stage stage = Stage::Reserving;
        QPointer<ApiCall> call;
        int notSentRetries = 0; // the request never left: safe to send again
        bool sent = false;      // its request left (counted in m_unsettled until its outcome commits)
        QString outState;
        QString outToken;
        QString outError;
    };

    void setState(State s);
    bool sentLogUsable() const;
    int unsettledLimit() const;
    void fail(const QString &why); // before running: ends Stopped
    void prepare();
    void countStep();
    QString noRows() const;
    void beginJob();
    void reconcileNext();
    void onReconciled(SessionTask *task, qint64 rowNo, const QString &customToken, const QString &clientId);
    void beginWalk();
    bool nextSourceRow(Row *row);
    std::optional<std::pair<QString, QString>> prior(qint64 rowNo); // state, custom token
    void pump();
    void fill();
    void sendReady();
    void flush();
    void onWritten(quint64 batch, const QString &error);
    void onReply(qint64 rowNo, const ApiError &error, int httpStatus, const QString &deviceToken);
    void complete(Row &row, const QString &state, const QString &token, const QString &error);
    void stopWith(State finalState, const QString &why);
    void unreserveReady();
    void maybeFinish();
    void emitProgressSoon();
    void emitProgressNow();
    QByteArray profileJson(const Row &row) const;

    ApiClient *m_api;
    Ledger *m_ledger;
    QPointer<Session> m_admin;
    BulkOptions m_options;
    CsvMapping m_mapping;
    State m_state = State::Idle;
    State m_finalState = State::Finished;
    QString m_message;
    qint64 m_jobId = 0;
    BulkJournal *m_journal = nullptr;
    BulkSentLog m_sentLog;
    bool m_sentLogRefused = false; // could not be written: no marks ahead
    qint64 m_pageLimitForTesting = 0;

    // counting / fingerprint; the walk's row check (the dry run's)
    BulkSource m_source;
    BulkRowCheck m_check;
    QString m_fingerprint;
    qint64 m_total = -1;

    // reconciliation (resume)
    QList<qint64> m_reconcileQueue;
    qint64 m_reconcileFrom = 0;
    QSet<qint64> m_resendRows;
    qint64 m_reconciledFound = 0;
    qint64 m_reconciledResent = 0;
    bool m_adminFailed = false;

    // prior ledger states (resume)
    std::map<qint64, std::pair<QString, QString>> m_prior;
    qint64 m_priorLoadedTo = 0; // rows <= this are loaded
    bool m_priorExhausted = true;

    // the window
    bool m_sourceDone = false;
    std::map<qint64, Row> m_rows;
    std::deque<qint64> m_ready;
    std::deque<Row> m_backlog;
    QList<BulkJournalOp> m_ops;
    QList<qint64> m_opRows;
    QList<qint64> m_batchRows;
    bool m_batchOpen = false;
    quint64 m_batchSeq = 0;
    int m_sending = 0;
    int m_unsettled = 0; // requests sent whose outcome is not committed yet
    int m_marked = 0;    // rows marked in-flight once the queued ops commit (Reserving, Ready, Sending)
    bool m_ledgerFailed = false;
    QList<BulkRowUpdate> m_unsaved;
    QDateTime m_holdUntil; // 429
    QTimer m_holdTimer;
    int m_consecutiveUnknown = 0;
    bool m_stopRequested = false;

    // counters
    qint64 m_done = 0;
    qint64 m_failed = 0;
    qint64 m_unknown = 0;
    qint64 m_sent = 0;
    qint64 m_commits = 0;
    qint64 m_resumedDone = 0;
    QElapsedTimer m_clock;
    std::deque<std::pair<qint64, qint64>> m_samples; // (ms, processed by this run)
    qint64 m_processedThisRun = 0;
    QTimer m_progressTimer;
    bool m_progressDirty = false;
};

} // namespace tc

Q_DECLARE_METATYPE(tc::BulkProgress)
Q_DECLARE_METATYPE(tc::BulkRowUpdate)
