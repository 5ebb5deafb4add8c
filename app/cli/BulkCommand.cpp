// bulk FILE.csv: one Registration/Create per row, journaled in the ledger (BulkCommand.h).
#include "BulkCommand.h"

#include "CliServices.h"

#include "core/auth/Session.h"
#include "core/bulk/BulkExport.h"
#include "core/bulk/BulkJob.h"
#include "core/ledger/Ledger.h"
#include "core/services/RegistrationService.h"

#include <QFileInfo>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString rate(double perSecond)
{
    return QString::number(perSecond, 'f', perSecond < 10 ? 1 : 0);
}

QString duration(qint64 secs)
{
    if (secs < 0)
        return u"?"_s;
    if (secs < 60)
        return u"%1 s"_s.arg(secs);
    if (secs < 3600)
        return u"%1 min %2 s"_s.arg(secs / 60).arg(secs % 60);
    return u"%1 h %2 min"_s.arg(secs / 3600).arg((secs % 3600) / 60);
}

QJsonObject progressJson(const tc::BulkProgress &p)
{
    return {{u"total"_s, double(p.total)},
            {u"done"_s, double(p.done)},
            {u"failed"_s, double(p.failed)},
            {u"unknown"_s, double(p.unknown)},
            {u"sent"_s, double(p.sent)},
            {u"already_final"_s, double(p.resumedDone)},
            {u"journal_commits"_s, double(p.commits)},
            {u"rows_per_second"_s, p.rowsPerSecond},
            {u"elapsed_ms"_s, double(p.elapsedMs)}};
}

} // namespace

BulkCommand::BulkCommand()
    : Command(u"bulk"_s,
              u"bulk FILE.csv --instance-id ID --out RESULTS.csv [--ledger FILE] [--concurrency N] [--resume]"_s, {},
              u"bulk FILE.csv --instance-id ID --out RESULTS.csv [--ledger FILE] [--concurrency N] [--resume]"_s)
{
    positionalArguments = {{u"file"_s, u"The CSV of profiles: a header row, then one user per row."_s, u"FILE.csv"_s}};
    options = {
            instanceIdOption(),
            secretStdinOption(),
            {u"out"_s,
             u"Write the results (each input row + DeviceToken, Status, Error) to FILE.csv (required; written atomically)."_s,
             u"FILE"_s},
            ledgerOption(),
            {u"concurrency"_s, u"Requests in flight at once (1-64, default 4)."_s, u"N"_s},
            {u"resume"_s,
             u"Continue the last run of this file (done rows are skipped; unknown rows are reconciled first)."_s},
            {u"restart"_s,
             u"Start a new run even though the ledger has an earlier run of this file (may register users twice)."_s},
            {u"dry-run"_s, u"Check every row and list every problem; send nothing."_s},
            {u"map"_s, u"Map a column to a field: COLUMN=FIELD (repeatable; FIELD may be Ignore)."_s,
             u"COLUMN=FIELD"_s},
            {u"skip-invalid"_s,
             u"Send the valid rows even when some rows have problems (those are marked failed, not sent)."_s},
            yesOption(),
            {u"custom-tokens"_s,
             u"Pick each row's DeviceToken here (CustomToken, recorded before sending) so a lost answer "
             "still leaves the DeviceToken known. Off by default: the vendor does not document whether "
             "the service refuses a reused CustomToken."_s},
            {u"resend-unknown"_s,
             u"On --resume, send unknown rows that cannot be reconciled again (may register them twice)."_s},
            {u"journal-window"_s,
             u"Rows the ledger may mark in flight at once (at least the concurrency; default: the concurrency "
             u"+ max(8 x concurrency, 128), marked ahead of sending so the network never waits for a ledger "
             "commit). Just before a row's request leaves it is noted in a sent log beside the ledger, so a "
             "killed run leaves \"unknown\" only the rows whose request left; the others go back to pending on "
             "--resume. Where that log cannot be kept the default is the concurrency."_s,
             u"N"_s},
    };
}

BulkCommand::~BulkCommand() = default;

int BulkCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args))
        return *rc;
    if (const auto rc = parseOptions(ctx))
        return *rc;
    // 1. Every row checked before anything is sent.
    if (const auto rc = checkRows(ctx))
        return *rc;
    if (m_dryRun)
        return dryRun(ctx);
    if (const auto rc = refuseInvalidRows(ctx))
        return *rc;
    // 2. The ledger and the earlier runs of this file.
    if (const auto rc = checkEarlierRuns(ctx))
        return *rc;
    // 3. The service.
    if (const auto rc = confirm(ctx))
        return *rc;
    findAdminSession(ctx);
    return run(ctx);
}

std::optional<int> BulkCommand::parseOptions(CliContext &ctx)
{
    const QStringList arguments = positional();
    if (arguments.size() != 1)
        return ctx.usageError(u"bulk takes exactly one FILE.csv"_s);
    m_csvPath = QFileInfo(arguments.first()).absoluteFilePath();
    m_dryRun = isSet(u"dry-run"_s);
    if (isSet(u"concurrency"_s)) {
        bool ok = false;
        m_concurrency = value(u"concurrency"_s).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 64)
            return ctx.usageError(u"--concurrency must be from 1 to 64 (got \"%1\")"_s.arg(value(u"concurrency"_s)));
    }
    if (isSet(u"journal-window"_s)) {
        bool ok = false;
        m_window = value(u"journal-window"_s).toInt(&ok);
        if (!ok || m_window < 1 || m_window > 100000)
            return ctx.usageError(u"--journal-window must be a positive number"_s);
    }
    if (isSet(u"resume"_s) && isSet(u"restart"_s))
        return ctx.usageError(u"--resume and --restart contradict each other"_s);
    m_instanceId = value(u"instance-id"_s).trimmed();
    m_outPath = value(u"out"_s);
    if (!m_dryRun && m_instanceId.isEmpty())
        return ctx.usageError(u"--instance-id ID is required"_s);
    if (!m_dryRun && m_outPath.isEmpty())
        return ctx.usageError(u"--out RESULTS.csv is required"_s);
    return std::nullopt;
}

// The same check (tc::BulkRowCheck) the run makes before sending a row, so with --skip-invalid
// exactly the rows listed here are marked failed. An empty file, a binary one or a header without
// rows is refused here (exit 2).
std::optional<int> BulkCommand::checkRows(CliContext &ctx)
{
    m_check = std::make_unique<tc::BulkDryRun>(m_csvPath, std::nullopt, parser().values(u"map"_s));
    QString error;
    if (!m_check->open(&error))
        return ctx.usageError(error);
    QList<tc::RowError> problems;
    while (true) {
        problems.clear();
        const bool more = m_check->step(5000, &problems);
        for (const tc::RowError &e : std::as_const(problems)) {
            if (ctx.json && m_problems.size() < 10000)
                m_problems.append(QJsonObject{{u"row"_s, double(e.row)},
                                              {u"line"_s, double(e.line)},
                                              {u"column"_s, e.column},
                                              {u"reason"_s, e.reason}});
            if (!ctx.json || m_dryRun)
                ctx.err() << e.toString() << u"\n"_s;
        }
        if (!more)
            break;
        if (ctx.interrupted())
            return ctx.interruptedExit(u"while checking the file (nothing was sent)"_s);
    }
    ctx.err().flush();
    m_summary = m_check->summary();
    if (!m_summary.readError.isEmpty())
        return ctx.usageError(u"cannot read %1: %2"_s.arg(m_csvPath, m_summary.readError));
    if (!m_summary.canRun()) // no rows (open() refuses empty, binary and header-only files already)
        return ctx.usageError(m_summary.fileError);
    const QStringList ignored = m_check->mapping().ignoredColumns();
    if (!ignored.isEmpty())
        ctx.err() << u"note: columns not sent: "_s << ignored.join(u", "_s)
                  << u" (map them with --map COLUMN=FIELD)\n"_s;
    return std::nullopt;
}

// --dry-run: what the check found; nothing is sent.
int BulkCommand::dryRun(CliContext &ctx)
{
    if (ctx.json) {
        ctx.printJson({{u"dry_run"_s, true},
                       {u"rows"_s, double(m_summary.rows)},
                       {u"invalid_rows"_s, double(m_summary.invalidRows)},
                       {u"errors"_s, m_problems},
                       {u"mapping"_s, m_check->mapping().toJson()}});
    } else {
        ctx.out() << m_summary.rows << u" rows, "_s << m_summary.invalidRows << u" with problems ("_s
                  << m_summary.errors << u" problems); nothing was sent.\n"_s;
        ctx.out().flush();
    }
    return m_summary.invalidRows > 0 ? ExitUsage : ExitOk;
}

// Rows with problems stop the run, unless --skip-invalid.
std::optional<int> BulkCommand::refuseInvalidRows(CliContext &ctx)
{
    if (m_summary.invalidRows == 0 || isSet(u"skip-invalid"_s))
        return std::nullopt;
    if (ctx.json)
        ctx.printJson({{u"error"_s, QJsonObject{{u"kind"_s, u"validation"_s},
                                                {u"message"_s, u"%1 rows have problems"_s.arg(m_summary.invalidRows)}}},
                       {u"errors"_s, m_problems}});
    ctx.err()
            << m_summary.invalidRows << u" of "_s << m_summary.rows
            << u" rows have problems (listed above): fix them, or pass --skip-invalid to send the others. Nothing was sent.\n"_s;
    ctx.err().flush();
    return ExitUsage;
}

// An earlier run of this file into this group: continued with --resume, started again with
// --restart, refused otherwise.
std::optional<int> BulkCommand::checkEarlierRuns(CliContext &ctx)
{
    int rc = ExitOk;
    m_ledger = openLedger(ctx, &rc);
    if (!m_ledger)
        return rc;
    const auto previous = m_ledger->latestJob(m_csvPath, m_instanceId);
    if (previous && isSet(u"resume"_s)) {
        m_resumeJobId = previous->id;
    } else if (previous && !isSet(u"restart"_s)) {
        const auto counts = m_ledger->jobStateCounts(previous->id);
        return ctx.usageError(
                u"the ledger already has run %1 of %2 into group %3 (%4, %5 done, %6 unknown, %7 in flight). "
                "Pass --resume to continue it (done rows are skipped), or --restart to register the file again."_s
                        .arg(previous->id)
                        .arg(m_csvPath, m_instanceId, previous->state)
                        .arg(counts.value(tc::LedgerState::done()))
                        .arg(counts.value(tc::LedgerState::unknown()))
                        .arg(counts.value(tc::LedgerState::inFlight())));
    } else if (!previous && isSet(u"resume"_s)) {
        ctx.info() << u"note: the ledger has no earlier run of this file; starting a new one\n"_s;
    }
    return std::nullopt;
}

// The service, asked once in production, and the InstanceKey.
std::optional<int> BulkCommand::confirm(CliContext &ctx)
{
    if (const int rc = ctx.requireBaseUrl())
        return rc;
    const qint64 sendable = m_summary.rows - m_summary.invalidRows;
    const QString what = m_resumeJobId > 0
                                 ? u"This resumes run %1 of %2 into group %3 (up to %4 real users)"_s.arg(m_resumeJobId)
                                           .arg(m_csvPath, m_instanceId)
                                           .arg(sendable)
                                 : u"This creates up to %1 real users from %2 into group %3"_s.arg(sendable).arg(
                                         m_csvPath, m_instanceId);
    if (!ctx.confirmProduction(isSet(u"yes"_s), ctx.baseUrl, what))
        return ExitUsage;
    QString problem;
    const auto key = ctx.readSecret("TELEMATICS_INSTANCE_KEY", isSet(u"secret-stdin"_s), &problem);
    if (!key)
        return ctx.usageError(u"no InstanceKey: "_s + problem);
    m_instanceKey = *key;
    return std::nullopt;
}

// A resumed run with unknown or in-flight rows reconciles them with the kept admin session.
void BulkCommand::findAdminSession(CliContext &ctx)
{
    if (m_resumeJobId == 0)
        return;
    const auto counts = m_ledger->jobStateCounts(m_resumeJobId);
    if (counts.value(tc::LedgerState::unknown()) + counts.value(tc::LedgerState::inFlight()) == 0)
        return;
    QString why;
    m_admin = ctx.services().keptAdminSession(&why);
    if (!m_admin)
        ctx.err() << u"note: unknown rows are reconciled with an admin session; none is usable ("_s << why
                  << u"). Rows with a recorded CustomToken are sent again with it; the others stay unknown.\n"_s;
}

tc::BulkOptions BulkCommand::jobOptions(CliContext &ctx) const
{
    tc::BulkOptions options;
    options.csvPath = m_csvPath;
    options.mapping = m_check->mapping();
    options.concurrency = m_concurrency;
    options.journalWindow = m_window;
    options.customTokens = isSet(u"custom-tokens"_s);
    options.resumeJobId = m_resumeJobId;
    options.resendUnknown = isSet(u"resend-unknown"_s);
    options.totalRows = m_summary.rows;
    if (options.customTokens)
        ctx.info() << u"note: --custom-tokens: each DeviceToken is picked here and recorded before sending. The vendor "
                      u"does "
                      "not document whether the real service refuses a reused CustomToken.\n"_s;
    return options;
}

// The run, through the console's path: the service sends through a client of the target's origin
// and starts the job (queued: everything below is connected before the first row is read).
int BulkCommand::run(CliContext &ctx)
{
    tc::RegistrationService service(ctx.network(), m_ledger.get());
    service.setTransferTimeout(ctx.timeoutMs);
    tc::BulkJob &job = *service.startBulk(tc::RegistrationTarget::fromUrl(ctx.baseUrl, m_instanceId, ctx.tls),
                                          jobOptions(ctx), m_instanceKey, &service);
    if (m_admin)
        job.setAdminSession(m_admin.get());
    watch(ctx, job);
    // Progress: with --verbose, or on a terminal (a person watching); never in a quiet script.
    QTimer progress;
    progress.setInterval(1000);
    QObject::connect(&progress, &QTimer::timeout, &job, [this, &ctx, &job] { showProgress(ctx, job); });
    if (ctx.verbose || ::isatty(STDERR_FILENO))
        progress.start();
    ctx.info() << u"bulk: "_s << m_summary.rows << u" rows from "_s << m_csvPath << u" into group "_s << m_instanceId
               << u" at "_s << ctx.baseUrl.toDisplayString() << u", "_s << m_concurrency << u" at a time; ledger "_s
               << m_ledger->path() << u"\n"_s;
    ctx.err().flush();
    // A signal interrupts the run (resumable): the rows in flight settle, then it finishes.
    ctx.wait(&job, &tc::BulkJob::finished, [&job] {
        job.interrupt();
        return true;
    });
    progress.stop();
    return writeResults(ctx, job);
}

// The job's notes (--verbose), and at once every DeviceToken the ledger could not take.
void BulkCommand::watch(CliContext &ctx, tc::BulkJob &job)
{
    QObject::connect(&job, &tc::BulkJob::note, &job, [&ctx](const QString &text) {
        ctx.info() << u"bulk: "_s << text << u"\n"_s;
        ctx.err().flush();
    });
    QObject::connect(&job, &tc::BulkJob::rowsUpdated, &job, [&ctx](const QList<tc::BulkRowUpdate> &rows) {
        for (const tc::BulkRowUpdate &r : rows) {
            if (!r.saved && !r.deviceToken.isEmpty()) { // never lost: shown at once
                ctx.out() << u"UNRECORDED DeviceToken (row "_s << r.rowNo << u", line "_s << r.line << u"): "_s
                          << r.deviceToken << u"\n"_s;
                ctx.out().flush();
            }
        }
    });
}

void BulkCommand::showProgress(CliContext &ctx, const tc::BulkJob &job)
{
    if (job.state() != tc::BulkJob::State::Running)
        return;
    const tc::BulkProgress p = job.progress();
    ctx.err() << u"bulk: "_s << p.processed() << u"/"_s << p.total << u" rows ("_s << p.done << u" done, "_s << p.failed
              << u" failed, "_s << p.unknown << u" unknown), "_s << rate(p.rowsPerSecond) << u" rows/s, ETA "_s
              << duration(p.etaSecs) << u"\n"_s;
    ctx.err().flush();
}

// The results file, the summary and the exit code.
int BulkCommand::writeResults(CliContext &ctx, const tc::BulkJob &job)
{
    qint64 written = 0;
    QString exportError;
    const bool exported = job.jobId() > 0
                          && tc::BulkExport::writeResults(m_csvPath, *m_ledger, job.jobId(), m_outPath,
                                                          job.unsavedRows(), &exportError, &written);
    if (job.jobId() > 0 && !exported)
        ctx.err() << u"error: "_s << exportError << u"\n"_s;
    const int exit = exitCode(ctx, job, exported);
    printSummary(ctx, job, exit, exported, written);
    return exit;
}

int BulkCommand::exitCode(CliContext &ctx, const tc::BulkJob &job, bool exported) const
{
    const tc::BulkProgress p = job.progress();
    const tc::BulkJob::State state = job.state();
    int exit = ExitOk;
    if (state == tc::BulkJob::State::Interrupted || ctx.interrupted())
        exit = ExitInterrupted;
    else if (job.ledgerFailed())
        exit = ExitLedger;
    else if (state == tc::BulkJob::State::Stopped && p.sent == 0 && job.jobId() == 0)
        exit = ExitUsage;
    else if (state == tc::BulkJob::State::Stopped && job.message().contains(u"cannot be reached"_s))
        exit = ExitNetwork;
    else if (state != tc::BulkJob::State::Finished || p.failed > 0 || p.unknown > 0)
        exit = ExitServiceError;
    if (exit == ExitOk && !exported)
        exit = ExitUsage;
    return exit;
}

void BulkCommand::printSummary(CliContext &ctx, const tc::BulkJob &job, int exit, bool exported, qint64 written)
{
    const tc::BulkProgress p = job.progress();
    const tc::BulkJob::State state = job.state();
    if (ctx.json) {
        QJsonObject o = progressJson(p);
        o.insert(u"job_id"_s, double(job.jobId()));
        o.insert(u"state"_s, tc::BulkJob::stateName(state));
        o.insert(u"message"_s, job.message());
        o.insert(u"ledger"_s, m_ledger->path());
        o.insert(u"out"_s, exported ? QFileInfo(m_outPath).absoluteFilePath() : QString());
        o.insert(u"reconciled_found"_s, double(job.reconciledFound()));
        o.insert(u"reconciled_resent"_s, double(job.reconciledResent()));
        QJsonArray unsaved;
        for (const tc::BulkRowUpdate &u : job.unsavedRows())
            unsaved.append(QJsonObject{{u"row"_s, double(u.rowNo)},
                                       {u"line"_s, double(u.line)},
                                       {u"device_token"_s, u.deviceToken},
                                       {u"state"_s, u.state}});
        o.insert(u"unrecorded"_s, unsaved);
        if (exit == ExitInterrupted)
            o.insert(u"resume"_s, u"run the same command with --resume"_s);
        ctx.printJson(o);
        return;
    }
    QTextStream &out = ctx.out();
    out << u"Run "_s << job.jobId() << u" "_s << tc::BulkJob::stateName(state) << u": "_s << p.done << u" done, "_s
        << p.failed << u" failed, "_s << p.unknown << u" unknown of "_s << p.total << u" rows ("_s << p.sent
        << u" sent by this run, "_s << rate(p.rowsPerSecond) << u" rows/s).\n"_s;
    if (!job.message().isEmpty())
        out << job.message() << u"\n"_s;
    if (exported)
        out << u"Results: "_s << QFileInfo(m_outPath).absoluteFilePath() << u" ("_s << written << u" rows)\n"_s;
    if (exit == ExitInterrupted)
        out << u"Interrupted: run the same command with --resume to continue.\n"_s;
    out.flush();
}

} // namespace cli
