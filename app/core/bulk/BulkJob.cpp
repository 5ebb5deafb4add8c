#include "core/bulk/BulkJob.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "core/util/Json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.bulk", QtWarningMsg)

constexpr int CountSliceRows = 5000;
constexpr int PriorPageRows = 2000;
constexpr qint64 RateWindowMs = 5000;
// Rows held beyond the window (outcomes being committed, invalid rows recorded as failed).
constexpr qsizetype FillSlack = 256;
} // namespace

namespace tc {

BulkJob::BulkJob(ApiClient *api, Ledger *ledger, const BulkOptions &options, QObject *parent)
    : QObject(parent), m_api(api), m_ledger(ledger), m_options(options)
{
    qRegisterMetaType<tc::BulkProgress>();
    qRegisterMetaType<tc::BulkRowUpdate>();
    qRegisterMetaType<QList<tc::BulkRowUpdate>>();
    m_options.concurrency = std::clamp(m_options.concurrency, 1, 256);
    if (m_api)
        m_api->setParallelRequests(m_options.concurrency); // else Qt sends at most 6 at once
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &BulkJob::emitProgressNow);
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &BulkJob::pump);
}

BulkJob::~BulkJob()
{
    // Calls still running belong to the ApiClient; they must not report to a dead job.
    for (auto &entry : m_rows) {
        if (entry.second.call)
            entry.second.call->disconnect(this);
    }
}

void BulkJob::setAdminSession(Session *session)
{
    m_admin = session;
}

QString BulkJob::stateName(State s)
{
    switch (s) {
    case State::Idle: return u"idle"_s;
    case State::Preparing: return u"preparing"_s;
    case State::Reconciling: return u"reconciling"_s;
    case State::Running: return u"running"_s;
    case State::Paused: return u"paused"_s;
    case State::Stopping: return u"stopping"_s;
    case State::Finished: return u"finished"_s;
    case State::Interrupted: return u"interrupted"_s;
    case State::Canceled: return u"canceled"_s;
    case State::Stopped: return u"stopped"_s;
    }
    return {};
}

bool BulkJob::isActive() const
{
    switch (m_state) {
    case State::Preparing:
    case State::Reconciling:
    case State::Running:
    case State::Paused:
    case State::Stopping: return true;
    default: return false;
    }
}

int BulkJob::journalWindow() const
{
    // Never fewer than concurrency: a row is marked before it is sent.
    if (m_options.journalWindow > 0)
        return std::max(m_options.journalWindow, m_options.concurrency);
    // With a sent log, rows are marked well ahead of sending (a kill still leaves only the rows
    // whose request left unknown): enough that the senders never wait for a commit on a slow disk.
    if (!sentLogUsable())
        return m_options.concurrency;
    return m_options.concurrency + std::max(8 * m_options.concurrency, 128);
}

int BulkJob::unsettledLimit() const
{
    // Without marks ahead a row's slot waits for its outcome's commit (the window is the
    // concurrency); with them, up to this many answered rows may wait for their commit.
    return m_sentLog.isOpen() ? m_options.concurrency + std::max(4 * m_options.concurrency, 64)
                              : std::numeric_limits<int>::max();
}

bool BulkJob::sentLogUsable() const
{
    const QString ledgerPath = m_ledger ? m_ledger->path() : QString();
    return !m_sentLogRefused && BulkSentLog::available() && !ledgerPath.isEmpty() && ledgerPath != u":memory:"_s;
}

void BulkJob::setJournalPageLimitForTesting(qint64 pages)
{
    m_pageLimitForTesting = pages;
    if (m_journal)
        m_journal->setPageLimitForTesting(pages);
}

void BulkJob::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    qCDebug(lc) << "state" << stateName(s);
    Q_EMIT stateChanged(s);
}

BulkJob::Outcome BulkJob::classify(const ApiError &error, int httpStatus)
{
    using K = ApiError::Kind;
    switch (error.kind()) {
    case K::None: return Outcome::Done;
    case K::Validation:
    case K::Keychain: return Outcome::Failed;
    case K::RateLimited: return Outcome::RetryLater;
    case K::Auth: return Outcome::FailedStop;
    case K::Tls: return Outcome::NotSent;
    case K::Network:
        // Nothing left this computer (refused, unknown host): safe to send again.
        return error.mayHaveBeenProcessed(httpStatus) ? Outcome::Unknown : Outcome::NotSent;
    case K::Canceled:
    case K::Timeout:
    case K::Http:
    case K::Parse:
    case K::Schema: return error.mayHaveBeenProcessed(httpStatus) ? Outcome::Unknown : Outcome::Failed;
    }
    return Outcome::Unknown;
}

// ---- start: prepare, count, job record, reconcile -------------------------------------------

void BulkJob::start()
{
    if (m_state != State::Idle)
        return;
    setState(State::Preparing);
    QTimer::singleShot(0, this, &BulkJob::prepare);
}

void BulkJob::refuse(const QString &why)
{
    if (m_state != State::Idle)
        return;
    m_stopRequested = true;
    m_message = why;
    start(); // prepare() sees the stop request and ends with `why`
}

void BulkJob::fail(const QString &why)
{
    m_message = why;
    Q_EMIT note(why);
    if (m_jobId > 0) {
        if (auto job = m_ledger->job(m_jobId)) {
            job->state = stateName(State::Stopped);
            job->message = why;
            m_ledger->updateJob(*job);
        }
    }
    setState(State::Stopped);
    emitProgressNow();
    Q_EMIT finished();
}

void BulkJob::prepare()
{
    if (m_stopRequested)
        return fail(m_message.isEmpty() ? QCoreApplication::translate("tc::BulkJob", "canceled before it started")
                                        : m_message);
    if (m_options.instanceId.trimmed().isEmpty() || m_options.instanceKey.isEmpty())
        return fail(QCoreApplication::translate("tc::BulkJob",
                                                "bulk registration needs the group's InstanceId and InstanceKey"));
    if (!m_ledger || !m_ledger->isOpen())
        return fail(QCoreApplication::translate("tc::BulkJob", "the ledger is not open: nothing is sent without it"));
    QString error;
    if (!m_source.open(m_options.csvPath, &error))
        return fail(error);
    m_fingerprint = BulkSource::fingerprint(m_options.csvPath, &error);
    if (m_fingerprint.isEmpty())
        return fail(error);

    std::optional<LedgerJob> previous;
    if (m_options.resumeJobId > 0) {
        previous = m_ledger->job(m_options.resumeJobId);
        if (!previous)
            return fail(QCoreApplication::translate("tc::BulkJob", "the ledger has no bulk run %1 to resume")
                                .arg(m_options.resumeJobId));
        if (previous->sourceFingerprint != m_fingerprint)
            return fail(QCoreApplication::translate(
                                "tc::BulkJob",
                                "%1 changed since run %2 started (its rows would not line up): start a new run instead")
                                .arg(m_options.csvPath)
                                .arg(previous->id));
        if (previous->instanceId != m_options.instanceId.trimmed())
            return fail(QCoreApplication::translate("tc::BulkJob", "run %1 registered into group %2, not %3")
                                .arg(previous->id)
                                .arg(previous->instanceId, m_options.instanceId));
    }

    if (m_options.mapping) {
        m_mapping = *m_options.mapping;
    } else if (previous && previous->options.contains(u"mapping"_s)) {
        m_mapping = CsvMapping::fromJson(previous->options.value(u"mapping"_s).toObject()).value_or(CsvMapping());
    } else {
        m_mapping = CsvMapping::fromHeader(m_source.header());
        for (const QString &spec : std::as_const(m_options.mappingOverrides)) {
            if (!m_mapping.applyOverride(spec, &error))
                return fail(error);
        }
    }
    if (m_mapping.header() != m_source.header())
        return fail(QCoreApplication::translate("tc::BulkJob", "the column mapping was made for another header (%1)")
                            .arg(m_mapping.header().join(u", "_s)));
    if (const QStringList problems = m_mapping.problems(); !problems.isEmpty())
        return fail(problems.join(u"; "_s));

    if (m_options.totalRows == 0)
        return fail(noRows());
    if (m_options.totalRows > 0) {
        m_total = m_options.totalRows;
        beginJob();
    } else {
        countStep();
    }
}

QString BulkJob::noRows() const
{
    return QCoreApplication::translate("tc::BulkJob", "%1: the file has a header but no rows: nothing to send")
            .arg(m_options.csvPath);
}

void BulkJob::countStep()
{
    if (m_stopRequested)
        return fail(m_message);
    qint64 row = 0;
    CsvRecord record;
    for (int i = 0; i < CountSliceRows; ++i) {
        if (!m_source.next(&row, &record)) {
            if (!m_source.readError().isEmpty())
                return fail(QCoreApplication::translate("tc::BulkJob", "cannot read %1: %2")
                                    .arg(m_options.csvPath, m_source.readError()));
            m_total = m_source.lastRow();
            if (m_total == 0)
                return fail(noRows());
            emitProgressSoon();
            return beginJob();
        }
    }
    QTimer::singleShot(0, this, &BulkJob::countStep);
}

void BulkJob::beginJob()
{
    QString error;
    if (!m_source.open(m_options.csvPath, &error)) // from the top again, for the walk
        return fail(error);
    m_check = BulkRowCheck(m_mapping); // sees every row from row 1, the dry run's order
    const QString baseUrl = m_api->baseUrl().toString();
    if (m_options.resumeJobId > 0) {
        m_jobId = m_options.resumeJobId;
        auto job = m_ledger->job(m_jobId);
        // Rows marked ahead whose request never left (not in the run's sent log) go back to
        // pending; only the others are unknown. A log that cannot be trusted: all are unknown.
        int neverSent = 0;
        const auto sent = BulkSentLog::read(BulkSentLog::pathFor(m_ledger->path(), m_jobId));
        const int lost
                = sent ? m_ledger->settleInFlight(m_jobId, *sent, &neverSent) : m_ledger->markInFlightUnknown(m_jobId);
        if (lost < 0)
            return fail(m_ledger->errorString());
        if (lost > 0)
            Q_EMIT note(tr("%n row(s) were in flight when run %1 stopped: now \"unknown\"", "", lost).arg(m_jobId));
        if (neverSent > 0)
            Q_EMIT note(tr("%n row(s) marked ahead were never sent: pending again", "", int(neverSent)));
        job->state = stateName(State::Running);
        job->message.clear();
        job->rowsTotal = m_total;
        if (!m_ledger->updateJob(*job))
            return fail(m_ledger->errorString());
    } else {
        LedgerJob job;
        job.state = stateName(State::Running);
        job.sourcePath = QFileInfo(m_options.csvPath).absoluteFilePath();
        job.sourceSize = m_source.fileSize();
        job.sourceFingerprint = m_fingerprint;
        job.instanceId = m_options.instanceId.trimmed();
        job.baseUrl = baseUrl;
        job.rowsTotal = m_total;
        QJsonObject opts{{u"mapping"_s, m_mapping.toJson()},
                         {u"concurrency"_s, m_options.concurrency},
                         {u"customTokens"_s, m_options.customTokens}};
        if (m_options.createAccessToken)
            opts.insert(u"createAccessToken"_s, *m_options.createAccessToken);
        job.options = opts;
        if (m_ledger->createJob(job) <= 0)
            return fail(m_ledger->errorString());
        m_jobId = job.id;
    }
    // The sent log (BulkSentLog.h): a fresh one for this run. One that cannot be written is removed,
    // so a stale one can never vouch for this run's rows; then rows are marked only as they are sent.
    if (sentLogUsable()) {
        const QString logPath = BulkSentLog::pathFor(m_ledger->path(), m_jobId);
        QString logError;
        if (!m_sentLog.open(logPath, &logError)) {
            m_sentLogRefused = true;
            if (QFile::exists(logPath) && !QFile::remove(logPath))
                return fail(QCoreApplication::translate("tc::BulkJob", "cannot write or remove %1: %2")
                                    .arg(logPath, logError));
            Q_EMIT note(
                    u"cannot write %1 (%2): rows are marked in flight only as they are sent"_s.arg(logPath, logError));
        }
    }
    m_journal = new BulkJournal(m_ledger->path(), m_jobId, m_options.instanceId.trimmed(), baseUrl, this);
    connect(m_journal, &BulkJournal::written, this, &BulkJob::onWritten);
    if (m_pageLimitForTesting > 0)
        m_journal->setPageLimitForTesting(m_pageLimitForTesting);

    if (m_options.resumeJobId > 0) {
        setState(State::Reconciling);
        m_reconcileFrom = 0;
        reconcileNext();
    } else {
        beginWalk();
    }
}

void BulkJob::reconcileNext()
{
    for (;;) {
        if (m_stopRequested)
            return beginWalk(); // the walk sees the stop and finishes at once
        if (m_reconcileQueue.isEmpty()) {
            const QList<LedgerEntry> page = m_ledger->jobEntries(m_jobId, m_reconcileFrom, 200, LedgerState::unknown());
            if (page.isEmpty())
                return beginWalk();
            for (const LedgerEntry &e : page)
                m_reconcileQueue.append(e.rowNo);
            m_reconcileFrom = page.last().rowNo + 1;
        }
        const qint64 rowNo = m_reconcileQueue.takeFirst();
        const auto e = m_ledger->jobEntry(m_jobId, rowNo);
        if (!e)
            continue;
        const bool admin = m_admin && !m_adminFailed;
        const auto resend = [this, rowNo]() {
            if (!m_ledger->setEntryState(m_jobId, rowNo, LedgerState::pending(), {},
                                         QCoreApplication::translate("tc::BulkJob", "sent again after reconciliation")))
                return false;
            m_resendRows.insert(rowNo);
            ++m_reconciledResent;
            return true;
        };
        QString key, value;
        if (!e->customToken.isEmpty() && admin) {
            key = u"DeviceToken"_s;
            value = e->customToken;
        } else if (!e->customToken.isEmpty()) {
            if (!resend())
                return fail(m_ledger->errorString());
            continue;
        } else if (!e->clientId.isEmpty() && admin) {
            key = u"ClientId"_s;
            value = e->clientId;
        } else if (m_options.resendUnknown) {
            if (!resend())
                return fail(m_ledger->errorString());
            continue;
        } else {
            continue; // stays unknown
        }
        ApiClient *api = m_api;
        const QString why = tr("bulk row %1: reconcile (find)").arg(rowNo);
        SessionTask *task = m_admin->authorized([api, key, value, why](const QString &jwt) {
            const ApiClient::Purpose purpose(api, why);
            return api->findUsers(jwt, {{key, value}});
        });
        const QString customToken = e->customToken;
        const QString clientId = e->clientId;
        connect(task, &SessionTask::finished, this, [this, rowNo, customToken, clientId](SessionTask *t) {
            onReconciled(t, rowNo, customToken, clientId);
        });
        return;
    }
}

void BulkJob::onReconciled(SessionTask *task, qint64 rowNo, const QString &customToken, const QString &clientId)
{
    const auto resend = [this, rowNo]() {
        if (!m_ledger->setEntryState(m_jobId, rowNo, LedgerState::pending(), {},
                                     QCoreApplication::translate("tc::BulkJob", "sent again after reconciliation")))
            return false;
        m_resendRows.insert(rowNo);
        ++m_reconciledResent;
        return true;
    };
    if (!task->ok() || !task->reply()) {
        m_adminFailed = true;
        Q_EMIT note(QCoreApplication::translate(
                            "tc::BulkJob",
                            "reconciling unknown rows with Management/users/find failed (%1); the rest stay unknown")
                            .arg(task->error().message()));
        if (!customToken.isEmpty() && !resend())
            return fail(m_ledger->errorString());
        return reconcileNext();
    }
    const QJsonArray users = task->reply()->users();
    bool ok = true;
    if (!customToken.isEmpty()) {
        if (users.isEmpty()) {
            ok = resend();
        } else {
            ok = m_ledger->setEntryState(
                    m_jobId, rowNo, LedgerState::done(), customToken,
                    QCoreApplication::translate("tc::BulkJob",
                                                "found on the service by its CustomToken after the answer was lost"));
            ++m_reconciledFound;
        }
    } else if (users.isEmpty()) {
        ok = resend();
    } else if (users.size() == 1) {
        const QString token = json::toText(json::value(users.first().toObject(), u"DeviceToken"));
        ok = m_ledger->setEntryState(
                m_jobId, rowNo, LedgerState::done(), token,
                QCoreApplication::translate("tc::BulkJob",
                                            "found on the service by its ClientId after the answer was lost"));
        ++m_reconciledFound;
    } else {
        ok = m_ledger->setEntryState(
                m_jobId, rowNo, LedgerState::unknown(), {},
                QCoreApplication::translate("tc::BulkJob",
                                            "%n users have ClientId %1: which one this row made is not known", nullptr,
                                            int(users.size()))
                        .arg(clientId));
    }
    if (!ok)
        return fail(m_ledger->errorString());
    reconcileNext();
}

// ---- the walk --------------------------------------------------------------------------------

void BulkJob::beginWalk()
{
    const QHash<QString, qint64> counts = m_ledger->jobStateCounts(m_jobId);
    m_done = counts.value(LedgerState::done());
    m_failed = counts.value(LedgerState::failed());
    m_unknown = counts.value(LedgerState::unknown());
    m_resumedDone = m_done + m_failed + m_unknown;
    m_priorExhausted = m_options.resumeJobId <= 0;
    m_priorLoadedTo = 0;
    m_clock.start();
    setState(State::Running);
    if (m_stopRequested) {
        setState(State::Stopping);
        return maybeFinish();
    }
    emitProgressNow();
    pump();
}

std::optional<std::pair<QString, QString>> BulkJob::prior(qint64 rowNo)
{
    m_prior.erase(m_prior.begin(), m_prior.lower_bound(rowNo));
    while (!m_priorExhausted && rowNo > m_priorLoadedTo) {
        const QList<LedgerEntry> page
                = m_ledger->jobEntries(m_jobId, std::max(rowNo, m_priorLoadedTo + 1), PriorPageRows);
        for (const LedgerEntry &e : page)
            m_prior[e.rowNo] = {e.state, e.customToken};
        if (page.size() < PriorPageRows) {
            m_priorExhausted = true;
            m_priorLoadedTo = std::numeric_limits<qint64>::max();
        } else {
            m_priorLoadedTo = page.last().rowNo;
        }
    }
    const auto it = m_prior.find(rowNo);
    if (it == m_prior.end())
        return std::nullopt;
    return it->second;
}

bool BulkJob::nextSourceRow(Row *row)
{
    if (!m_backlog.empty()) {
        *row = std::move(m_backlog.front());
        m_backlog.pop_front();
        row->stage = Row::Stage::Reserving;
        return true;
    }
    if (m_sourceDone)
        return false;
    qint64 rowNo = 0;
    CsvRecord record;
    for (;;) {
        if (!m_source.next(&rowNo, &record)) {
            m_sourceDone = true;
            if (!m_source.readError().isEmpty())
                stopWith(State::Stopped, QCoreApplication::translate("tc::BulkJob", "cannot read %1: %2")
                                                 .arg(m_options.csvPath, m_source.readError()));
            return false;
        }
        // Every row is checked, in file order, before any is skipped: a ClientId repeating a row an
        // earlier run settled is still a repeat (the dry run flags the same rows).
        QList<RowError> errors;
        RegistrationProfile profile = m_check.check(record, rowNo, &errors);
        QString customToken;
        if (const auto p = prior(rowNo)) {
            const QString &state = p->first;
            if (state != LedgerState::pending())
                continue; // final (done / failed / unknown) in an earlier run
            customToken = p->second;
        }
        *row = Row();
        row->rowNo = rowNo;
        row->line = record.line;
        row->profile = std::move(profile);
        if (row->profile.userFields && row->profile.userFields->clientId)
            row->clientId = *row->profile.userFields->clientId;
        if (!errors.isEmpty()) {
            row->outState = LedgerState::failed();
            row->outError = BulkRowCheck::notSentReason(errors);
            return true;
        }
        if (row->profile.customToken) {
            row->customToken = *row->profile.customToken;
        } else if (!customToken.isEmpty()) {
            row->customToken = customToken;
        } else if (m_options.customTokens) {
            row->customToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        if (!row->customToken.isEmpty())
            row->profile.customToken = row->customToken;
        if (!row->profile.createAccessToken)
            row->profile.createAccessToken = m_options.createAccessToken;
        row->resend = m_resendRows.remove(rowNo);
        return true;
    }
}

QByteArray BulkJob::profileJson(const Row &row) const
{
    return json::compact(row.profile.toJson());
}

void BulkJob::fill()
{
    if (m_state != State::Running || m_stopRequested || m_ledgerFailed)
        return;
    // Only rows about to be sent are marked in-flight: at most `window` at once, counting the rows
    // marked in batches not yet committed and not counting rows whose outcome is queued (it commits
    // in the same transaction as the marks queued after it, or an earlier one).
    const int window = journalWindow();
    const qsizetype cap = qsizetype(window) + FillSlack;
    while (m_marked < window && qsizetype(m_rows.size()) < cap) {
        Row row;
        if (!nextSourceRow(&row))
            break;
        BulkJournalOp op;
        op.rowNo = row.rowNo;
        op.line = row.line;
        op.clientId = row.clientId;
        op.customToken = row.customToken;
        op.profile = profileJson(row);
        if (row.outState == LedgerState::failed()) {
            row.stage = Row::Stage::Completing;
            op.state = LedgerState::failed();
            op.error = row.outError;
        } else {
            row.stage = Row::Stage::Reserving;
            op.state = LedgerState::inFlight();
            ++m_marked;
        }
        const qint64 rowNo = row.rowNo;
        m_rows.insert_or_assign(rowNo, std::move(row));
        m_ops.append(op);
        m_opRows.append(rowNo);
        if (m_stopRequested)
            break;
    }
}

void BulkJob::flush()
{
    if (m_batchOpen || m_ops.isEmpty() || !m_journal)
        return;
    m_batchOpen = true;
    m_batchRows = std::exchange(m_opRows, {});
    m_journal->submit(++m_batchSeq, std::exchange(m_ops, {}));
}

void BulkJob::sendReady()
{
    if (m_state != State::Running || m_stopRequested)
        return;
    if (m_holdUntil.isValid()) {
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(m_holdUntil);
        if (wait > 0) {
            if (!m_holdTimer.isActive())
                m_holdTimer.start(int(std::min<qint64>(wait, 3600 * 1000)));
            return;
        }
        m_holdUntil = QDateTime();
    }
    // Rows whose request left and whose outcome is not durable yet are what a kill would leave
    // unknown: besides the concurrency, bounded (unsettledLimit()), so a slow disk slows the run
    // rather than widening what a kill can lose.
    while (m_sending < m_options.concurrency && m_unsettled < unsettledLimit() && !m_ready.empty()) {
        const qint64 rowNo = m_ready.front();
        m_ready.pop_front();
        auto it = m_rows.find(rowNo);
        if (it == m_rows.end())
            continue;
        Row &row = it->second;
        // Recorded as sent before it leaves (one write(2)); a row that cannot be recorded is not sent.
        if (m_sentLog.isOpen() && !m_sentLog.append(rowNo)) {
            m_ready.push_front(rowNo);
            stopWith(State::Stopped,
                     u"cannot write %1: no more rows are sent"_s.arg(BulkSentLog::pathFor(m_ledger->path(), m_jobId)));
            return;
        }
        row.stage = Row::Stage::Sending;
        row.sent = true;
        ++m_sending;
        ++m_unsettled;
        ++m_sent;
        std::optional<ApiClient::Purpose> why; // (for the exchange record: none when nothing records)
        if (m_api->recordsExchanges())
            why.emplace(m_api, tr("bulk row %1").arg(rowNo));
        ApiCall *call = m_api->registerUser(m_options.instanceId, m_options.instanceKey, row.profile);
        row.call = call;
        connect(call, &ApiCall::finished, this, [this, rowNo, call] {
            onReply(rowNo, call->error(), call->httpStatus(), call->authResult().deviceToken);
        });
    }
}

void BulkJob::pump()
{
    fill();
    flush();
    sendReady();
    maybeFinish();
}

void BulkJob::onWritten(quint64, const QString &error)
{
    m_batchOpen = false;
    ++m_commits;
    const QList<qint64> rows = std::exchange(m_batchRows, {});
    QList<BulkRowUpdate> updates;
    updates.reserve(rows.size());
    const bool ok = error.isEmpty();
    for (qint64 rowNo : rows) {
        auto it = m_rows.find(rowNo);
        if (it == m_rows.end())
            continue;
        Row &r = it->second;
        switch (r.stage) {
        case Row::Stage::Reserving:
            if (ok) {
                r.stage = Row::Stage::Ready;
                m_ready.push_back(rowNo);
                updates.append({rowNo, r.line, LedgerState::inFlight(), {}, r.clientId, {}, true});
            } else {
                --m_marked;
                m_rows.erase(it); // never sent; it stays pending
            }
            break;
        case Row::Stage::Completing: {
            if (r.sent)
                --m_unsettled;
            BulkRowUpdate u{rowNo, r.line, r.outState, r.outToken, r.clientId, r.outError, ok};
            if (r.outState == LedgerState::done())
                ++m_done;
            else if (r.outState == LedgerState::failed())
                ++m_failed;
            else
                ++m_unknown;
            ++m_processedThisRun;
            if (!ok)
                m_unsaved.append(u);
            updates.append(u);
            m_rows.erase(it);
            break;
        }
        case Row::Stage::Unreserving:
            if (ok) {
                r.stage = Row::Stage::Reserving;
                m_backlog.push_back(std::move(r));
                std::sort(m_backlog.begin(), m_backlog.end(),
                          [](const Row &a, const Row &b) { return a.rowNo < b.rowNo; });
            }
            m_rows.erase(it);
            break;
        case Row::Stage::Ready:
        case Row::Stage::Sending: break;
        }
    }
    if (!ok)
        qCWarning(lc) << "a journal batch of" << rows.size() << "rows was not written; outcomes kept in memory";
    if (!ok && !m_ledgerFailed) {
        m_ledgerFailed = true;
        stopWith(State::Stopped,
                 u"The ledger could not be written (%1): no more rows are sent. DeviceTokens that could not be "
                 "recorded are listed and kept in memory."_s.arg(error));
    }
    m_samples.emplace_back(m_clock.elapsed(), m_processedThisRun);
    while (m_samples.size() > 2 && m_samples.back().first - m_samples.front().first > RateWindowMs)
        m_samples.pop_front();
    if (!updates.isEmpty())
        Q_EMIT rowsUpdated(updates);
    emitProgressSoon();
    if (m_state != State::Running)
        unreserveReady();
    pump();
}

void BulkJob::complete(Row &row, const QString &state, const QString &token, const QString &error)
{
    // Its outcome is queued ahead of any mark queued from now on: its slot in the window is free.
    --m_marked;
    row.stage = Row::Stage::Completing;
    row.outState = state;
    row.outToken = token;
    row.outError = error;
    BulkJournalOp op;
    op.rowNo = row.rowNo;
    op.line = row.line;
    op.state = state;
    op.deviceToken = token;
    op.error = error;
    m_ops.append(op);
    m_opRows.append(row.rowNo);
}

void BulkJob::onReply(qint64 rowNo, const ApiError &error, int httpStatus, const QString &deviceToken)
{
    --m_sending;
    auto it = m_rows.find(rowNo);
    if (it == m_rows.end())
        return pump();
    Row &r = it->second;
    r.call = nullptr;
    const Outcome outcome = classify(error, httpStatus);
    switch (outcome) {
    case Outcome::Done:
        m_consecutiveUnknown = 0;
        complete(r, LedgerState::done(), deviceToken, {});
        break;
    case Outcome::Failed: {
        m_consecutiveUnknown = 0;
        bool customTokenTaken = false;
        if (r.resend && !r.customToken.isEmpty()) {
            const QList<ErrorDetail> details = error.errors();
            for (const ErrorDetail &d : details)
                customTokenTaken = customTokenTaken || d.key.compare(u"CustomToken"_s, Qt::CaseInsensitive) == 0;
        }
        if (customTokenTaken)
            complete(r, LedgerState::done(), r.customToken,
                     u"the service refused the row's CustomToken as already in use: taken as this row's user "
                     "(the sandbox refuses a reused CustomToken; the vendor does not document it)"_s);
        else
            complete(r, LedgerState::failed(), {}, error.message());
        break;
    }
    case Outcome::FailedStop:
        complete(r, LedgerState::failed(), {}, error.message());
        stopWith(State::Stopped,
                 QCoreApplication::translate("tc::BulkJob", "the service refused the registration credentials: ")
                         + error.message());
        break;
    case Outcome::Unknown:
        ++m_consecutiveUnknown;
        complete(r, LedgerState::unknown(), r.customToken,
                 error.message()
                         + QCoreApplication::translate("tc::BulkJob",
                                                       " (not retried: the request may have reached the service)"));
        if (m_consecutiveUnknown >= m_options.maxConsecutiveUnknown)
            stopWith(State::Stopped,
                     u"%1 rows in a row got no certain answer (last: %2): stopped. Resume once the "
                     "service is healthy; unknown rows are reconciled first."_s.arg(m_consecutiveUnknown)
                             .arg(error.message()));
        break;
    case Outcome::NotSent:
        // The request never left this machine: sending it again cannot register anyone twice.
        r.stage = Row::Stage::Ready;
        r.sent = false;
        --m_unsettled;
        m_ready.push_front(rowNo);
        --m_sent;
        if (++r.notSentRetries <= 3) {
            m_holdUntil = QDateTime::currentDateTimeUtc().addMSecs(250 * r.notSentRetries);
            Q_EMIT note(QCoreApplication::translate("tc::BulkJob", "not sent (%1): trying again").arg(error.message()));
        } else {
            stopWith(State::Stopped,
                     QCoreApplication::translate("tc::BulkJob", "the service cannot be reached: ") + error.message());
        }
        break;
    case Outcome::RetryLater: {
        r.stage = Row::Stage::Ready;
        r.sent = false;
        --m_unsettled;
        m_ready.push_front(rowNo);
        const qint64 secs = error.retryAfterSecs().value_or(5);
        m_holdUntil = QDateTime::currentDateTimeUtc().addSecs(std::max<qint64>(secs, 1));
        Q_EMIT note(QCoreApplication::translate("tc::BulkJob", "rate limited (429): waiting %1 s before sending again")
                            .arg(secs));
        break;
    }
    }
    pump();
}

void BulkJob::unreserveReady()
{
    while (!m_ready.empty()) {
        const qint64 rowNo = m_ready.front();
        m_ready.pop_front();
        auto it = m_rows.find(rowNo);
        if (it == m_rows.end())
            continue;
        Row &r = it->second;
        r.stage = Row::Stage::Unreserving;
        --m_marked; // back to pending, in a transaction after its mark
        BulkJournalOp op;
        op.rowNo = rowNo;
        op.line = r.line;
        op.state = LedgerState::pending();
        m_ops.append(op);
        m_opRows.append(rowNo);
    }
}

void BulkJob::stopWith(State finalState, const QString &why)
{
    if (m_stopRequested)
        return;
    m_stopRequested = true;
    m_finalState = finalState;
    m_message = why;
    Q_EMIT note(why);
    if (m_state == State::Running || m_state == State::Paused) {
        setState(State::Stopping);
        unreserveReady();
        QTimer::singleShot(0, this, &BulkJob::pump);
    }
}

void BulkJob::maybeFinish()
{
    const bool quiet = m_rows.empty() && m_ops.isEmpty() && !m_batchOpen && m_sending == 0;
    State final = State::Idle;
    if (m_state == State::Stopping && quiet)
        final = m_finalState;
    else if (m_state == State::Running && quiet && m_sourceDone && m_backlog.empty())
        final = State::Finished;
    if (final == State::Idle)
        return;
    if (final == State::Finished && m_unknown > 0)
        m_message = tr("%n row(s) ended unknown: resume the run to reconcile them before anything is sent again", "",
                       int(m_unknown));
    if (auto job = m_ledger->job(m_jobId)) {
        job->state = stateName(final);
        job->message = m_message;
        job->rowsTotal = m_total;
        if (!m_ledger->updateJob(*job))
            Q_EMIT note(m_ledger->errorString());
    }
    delete m_journal;
    m_journal = nullptr;
    // Nothing is in flight any more (every mark was settled): the log has nothing left to vouch for.
    // After a failed ledger write marks may remain: the log stays for the resume.
    if (m_ledgerFailed)
        m_sentLog.close();
    else
        m_sentLog.remove();
    setState(final);
    emitProgressNow();
    Q_EMIT finished();
}

// ---- controls --------------------------------------------------------------------------------

void BulkJob::pause()
{
    if (m_state != State::Running || m_stopRequested)
        return;
    setState(State::Paused);
    unreserveReady();
    pump();
}

void BulkJob::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    pump();
}

void BulkJob::cancel()
{
    if (m_state == State::Idle) {
        m_message = u"canceled"_s;
        setState(State::Canceled);
        Q_EMIT finished();
        return;
    }
    if (!isActive())
        return;
    if (m_state == State::Preparing || m_state == State::Reconciling) {
        m_stopRequested = true;
        m_finalState = State::Canceled;
        m_message = u"canceled"_s;
        return;
    }
    stopWith(State::Canceled,
             QCoreApplication::translate("tc::BulkJob",
                                         "canceled: rows not sent yet stay pending (the run can be resumed)"));
}

void BulkJob::interrupt()
{
    if (m_state == State::Idle || !isActive())
        return;
    if (m_state == State::Preparing || m_state == State::Reconciling) {
        m_stopRequested = true;
        m_finalState = State::Interrupted;
        m_message = u"interrupted"_s;
        return;
    }
    stopWith(State::Interrupted, u"interrupted: waiting for the requests already sent, then stopping "
                                 "(resume with --resume)"_s);
}

void BulkJob::abortInFlight()
{
    for (auto &entry : m_rows) {
        if (entry.second.stage != Row::Stage::Sending)
            continue;
        if (entry.second.call)
            entry.second.call->cancel();
    }
}

// ---- progress --------------------------------------------------------------------------------

BulkProgress BulkJob::progress() const
{
    BulkProgress p;
    p.total = m_total;
    p.done = m_done;
    p.failed = m_failed;
    p.unknown = m_unknown;
    p.inFlight = m_sending;
    p.sent = m_sent;
    p.resumedDone = m_resumedDone;
    p.commits = m_commits;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_samples.size() >= 2 && m_samples.back().first - m_samples.front().first >= 200) {
        const auto &a = m_samples.front();
        const auto &b = m_samples.back();
        p.rowsPerSecond = double(b.second - a.second) * 1000.0 / double(b.first - a.first);
    } else if (p.elapsedMs > 0) {
        p.rowsPerSecond = double(m_processedThisRun) * 1000.0 / double(p.elapsedMs);
    }
    if (m_total >= 0 && p.rowsPerSecond > 0.01)
        p.etaSecs = qint64(double(std::max<qint64>(m_total - p.processed(), 0)) / p.rowsPerSecond + 0.5);
    return p;
}

void BulkJob::emitProgressSoon()
{
    m_progressDirty = true;
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void BulkJob::emitProgressNow()
{
    m_progressDirty = false;
    m_progressTimer.stop();
    Q_EMIT progressChanged(progress());
}

} // namespace tc
