// bulk FILE.csv: one Registration/Create per row, journaled in the ledger (tc::BulkJob); and the
// ledger helpers register / register-many use (--ledger FILE, default: the app data folder).
#include "CliServices.h"
#include "Commands.h"

#include "core/ApiCall.h"
#include "core/ApiClient.h"
#include "core/BulkDryRun.h"
#include "core/BulkExport.h"
#include "core/BulkJob.h"
#include "core/Ledger.h"
#include "core/RegistrationService.h"
#include "core/RegistrationJob.h"
#include "core/RegistrationManyJob.h"
#include "core/Session.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cli {

// ---- the ledger, for every command that registers ----------------------------------------------

void addLedgerOption(QCommandLineParser &parser)
{
    parser.addOption({u"ledger"_s,
                      u"The ledger (SQLite) every DeviceToken is committed to before it is printed "
                      "(default: %1)."_s.arg(tc::Ledger::defaultPath()),
                      u"FILE"_s});
}

std::unique_ptr<tc::Ledger> openLedger(CliContext &ctx, const QCommandLineParser &parser, int *rc)
{
    auto ledger = std::make_unique<tc::Ledger>();
    const QString path = parser.isSet(u"ledger"_s) ? parser.value(u"ledger"_s) : tc::Ledger::defaultPath();
    if (!ledger->open(path)) {
        *rc = ctx.usageError(ledger->errorString() + u" (nothing was sent)"_s);
        return nullptr;
    }
    return ledger;
}

// ---- bulk ------------------------------------------------------------------------------------

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
    return {{u"total"_s, double(p.total)},         {u"done"_s, double(p.done)},
            {u"failed"_s, double(p.failed)},       {u"unknown"_s, double(p.unknown)},
            {u"sent"_s, double(p.sent)},           {u"already_final"_s, double(p.resumedDone)},
            {u"rows_per_second"_s, p.rowsPerSecond}, {u"elapsed_ms"_s, double(p.elapsedMs)}};
}

} // namespace

int runBulkCommand(CliContext &ctx, const QStringList &args)
{
    if (const QString flag = CliContext::secretFlagIn(args); !flag.isEmpty())
        return ctx.usageError(flag + u" is not accepted: secrets never travel as flag values. Set TELEMATICS_INSTANCE_KEY or use --secret-stdin."_s);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, u"The CSV of profiles: a header row, then one user per row."_s, u"FILE.csv"_s);
    parser.addOption({u"instance-id"_s, u"The user group's InstanceId (required). The InstanceKey comes from TELEMATICS_INSTANCE_KEY or --secret-stdin."_s, u"ID"_s});
    parser.addOption({u"secret-stdin"_s, u"Read the InstanceKey from the first line of standard input."_s});
    parser.addOption({u"out"_s, u"Write the results (each input row + DeviceToken, Status, Error) to FILE.csv (required; written atomically)."_s, u"FILE"_s});
    addLedgerOption(parser);
    parser.addOption({u"concurrency"_s, u"Requests in flight at once (1-64, default 4)."_s, u"N"_s});
    parser.addOption({u"resume"_s, u"Continue the last run of this file (done rows are skipped; unknown rows are reconciled first)."_s});
    parser.addOption({u"restart"_s, u"Start a new run even though the ledger has an earlier run of this file (may register users twice)."_s});
    parser.addOption({u"dry-run"_s, u"Check every row and list every problem; send nothing."_s});
    parser.addOption({u"map"_s, u"Map a column to a field: COLUMN=FIELD (repeatable; FIELD may be Ignore)."_s, u"COLUMN=FIELD"_s});
    parser.addOption({u"skip-invalid"_s, u"Send the valid rows even when some rows have problems (those are marked failed, not sent)."_s});
    CliContext::addYesOption(parser);
    parser.addOption({u"custom-tokens"_s, u"Pick each row's DeviceToken here (CustomToken, recorded before sending) so a lost answer "
                                          "still leaves the DeviceToken known. Off by default: the vendor does not document whether "
                                          "the service refuses a reused CustomToken."_s});
    parser.addOption({u"resend-unknown"_s, u"On --resume, send unknown rows that cannot be reconciled again (may register them twice)."_s});
    parser.addOption({u"journal-window"_s,
                      u"Rows the ledger may mark in flight at once (at least the concurrency; default: the concurrency, only the rows being "
                      "sent). A larger N marks rows ahead of sending: faster when each ledger commit is slow (a slow "
                      "disk), but a killed run may leave up to N rows \"unknown\" (only those really sent are on the "
                      "service; resume reconciles them by ClientId with an admin session, or leaves them unknown)."_s,
                      u"N"_s});
    if (const auto rc = ctx.parseCommand(parser, args, u"bulk FILE.csv --instance-id ID --out RESULTS.csv [--ledger FILE] [--concurrency N] [--resume]"_s))
        return *rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(u"bulk takes exactly one FILE.csv"_s);
    const QString csvPath = QFileInfo(positional.first()).absoluteFilePath();
    const bool dryRun = parser.isSet(u"dry-run"_s);
    int concurrency = 4;
    if (parser.isSet(u"concurrency"_s)) {
        bool ok = false;
        concurrency = parser.value(u"concurrency"_s).toInt(&ok);
        if (!ok || concurrency < 1 || concurrency > 64)
            return ctx.usageError(u"--concurrency must be from 1 to 64 (got \"%1\")"_s.arg(parser.value(u"concurrency"_s)));
    }
    int window = 0;
    if (parser.isSet(u"journal-window"_s)) {
        bool ok = false;
        window = parser.value(u"journal-window"_s).toInt(&ok);
        if (!ok || window < 1 || window > 100000)
            return ctx.usageError(u"--journal-window must be a positive number"_s);
    }
    if (parser.isSet(u"resume"_s) && parser.isSet(u"restart"_s))
        return ctx.usageError(u"--resume and --restart contradict each other"_s);
    const QString instanceId = parser.value(u"instance-id"_s).trimmed();
    const QString outPath = parser.value(u"out"_s);
    if (!dryRun && instanceId.isEmpty())
        return ctx.usageError(u"--instance-id ID is required"_s);
    if (!dryRun && outPath.isEmpty())
        return ctx.usageError(u"--out RESULTS.csv is required"_s);

    // 1. Every row checked before anything is sent: the same check (tc::BulkRowCheck) the run makes
    // before sending a row, so with --skip-invalid exactly the rows listed here are marked failed.
    // An empty file, a binary one or a header without rows is refused here (exit 2).
    tc::BulkDryRun check(csvPath, std::nullopt, parser.values(u"map"_s));
    QString error;
    if (!check.open(&error))
        return ctx.usageError(error);
    QList<tc::RowError> problems;
    QJsonArray problemsJson;
    while (true) {
        problems.clear();
        const bool more = check.step(5000, &problems);
        for (const tc::RowError &e : std::as_const(problems)) {
            if (ctx.json && problemsJson.size() < 10000)
                problemsJson.append(QJsonObject{{u"row"_s, double(e.row)}, {u"line"_s, double(e.line)},
                                                {u"column"_s, e.column}, {u"reason"_s, e.reason}});
            if (!ctx.json || dryRun)
                ctx.err() << e.toString() << u"\n"_s;
        }
        if (!more)
            break;
        if (ctx.interrupted())
            return ctx.interruptedExit(u"while checking the file (nothing was sent)"_s);
    }
    ctx.err().flush();
    const tc::BulkDryRunSummary summary = check.summary();
    if (!summary.readError.isEmpty())
        return ctx.usageError(u"cannot read %1: %2"_s.arg(csvPath, summary.readError));
    if (!summary.canRun()) // no rows (open() refuses empty, binary and header-only files already)
        return ctx.usageError(summary.fileError);
    const QStringList ignored = check.mapping().ignoredColumns();
    if (!ignored.isEmpty())
        ctx.err() << u"note: columns not sent: "_s << ignored.join(u", "_s) << u" (map them with --map COLUMN=FIELD)\n"_s;
    if (dryRun) {
        if (ctx.json) {
            ctx.printJson({{u"dry_run"_s, true}, {u"rows"_s, double(summary.rows)},
                           {u"invalid_rows"_s, double(summary.invalidRows)}, {u"errors"_s, problemsJson},
                           {u"mapping"_s, check.mapping().toJson()}});
        } else {
            ctx.out() << summary.rows << u" rows, "_s << summary.invalidRows << u" with problems ("_s << summary.errors
                      << u" problems); nothing was sent.\n"_s;
            ctx.out().flush();
        }
        return summary.invalidRows > 0 ? ExitUsage : ExitOk;
    }
    if (summary.invalidRows > 0 && !parser.isSet(u"skip-invalid"_s)) {
        if (ctx.json)
            ctx.printJson({{u"error"_s, QJsonObject{{u"kind"_s, u"validation"_s},
                                                    {u"message"_s, u"%1 rows have problems"_s.arg(summary.invalidRows)}}},
                           {u"errors"_s, problemsJson}});
        ctx.err() << summary.invalidRows << u" of "_s << summary.rows
                  << u" rows have problems (listed above): fix them, or pass --skip-invalid to send the others. Nothing was sent.\n"_s;
        ctx.err().flush();
        return ExitUsage;
    }

    // 2. The ledger and the earlier runs of this file.
    int rc = ExitOk;
    auto ledger = openLedger(ctx, parser, &rc);
    if (!ledger)
        return rc;
    qint64 resumeJobId = 0;
    const auto previous = ledger->latestJob(csvPath, instanceId);
    if (previous && parser.isSet(u"resume"_s)) {
        resumeJobId = previous->id;
    } else if (previous && !parser.isSet(u"restart"_s)) {
        const auto counts = ledger->jobStateCounts(previous->id);
        return ctx.usageError(u"the ledger already has run %1 of %2 into group %3 (%4, %5 done, %6 unknown, %7 in flight). "
                              "Pass --resume to continue it (done rows are skipped), or --restart to register the file again."_s
                                      .arg(previous->id)
                                      .arg(csvPath, instanceId, previous->state)
                                      .arg(counts.value(tc::LedgerState::done()))
                                      .arg(counts.value(tc::LedgerState::unknown()))
                                      .arg(counts.value(tc::LedgerState::inFlight())));
    } else if (!previous && parser.isSet(u"resume"_s)) {
        ctx.info() << u"note: the ledger has no earlier run of this file; starting a new one\n"_s;
    }

    // 3. The service.
    if (const int r = ctx.requireBaseUrl())
        return r;
    const qint64 sendable = summary.rows - summary.invalidRows;
    if (!ctx.confirmProduction(parser.isSet(u"yes"_s), ctx.baseUrl,
                               resumeJobId > 0 ? u"This resumes run %1 of %2 into group %3 (up to %4 real users)"_s
                                                         .arg(resumeJobId)
                                                         .arg(csvPath, instanceId)
                                                         .arg(sendable)
                                               : u"This creates up to %1 real users from %2 into group %3"_s.arg(sendable).arg(
                                                         csvPath, instanceId)))
        return ExitUsage;
    QString problem;
    const auto key = ctx.readSecret("TELEMATICS_INSTANCE_KEY", parser.isSet(u"secret-stdin"_s), &problem);
    if (!key)
        return ctx.usageError(u"no InstanceKey: "_s + problem);

    std::unique_ptr<tc::Session> admin;
    if (resumeJobId > 0) {
        const auto counts = ledger->jobStateCounts(resumeJobId);
        if (counts.value(tc::LedgerState::unknown()) + counts.value(tc::LedgerState::inFlight()) > 0) {
            QString why;
            admin = ctx.services().keptAdminSession(&why);
            if (!admin)
                ctx.err() << u"note: unknown rows are reconciled with an admin session; none is usable ("_s << why
                          << u"). Rows with a recorded CustomToken are sent again with it; the others stay unknown.\n"_s;
        }
    }

    tc::BulkOptions options;
    options.csvPath = csvPath;
    options.mapping = check.mapping();
    options.concurrency = concurrency;
    options.journalWindow = window;
    options.customTokens = parser.isSet(u"custom-tokens"_s);
    options.resumeJobId = resumeJobId;
    options.resendUnknown = parser.isSet(u"resend-unknown"_s);
    options.totalRows = summary.rows;
    if (options.customTokens)
        ctx.info() << u"note: --custom-tokens: each DeviceToken is picked here and recorded before sending. The vendor does "
                     "not document whether the real service refuses a reused CustomToken.\n"_s;

    // The console's path: the service sends through a client of the target's origin and starts the
    // job (queued: everything below is connected before the first row is read).
    tc::RegistrationService service(ctx.network(), ledger.get());
    service.setTransferTimeout(ctx.timeoutMs);
    tc::BulkJob &job = *service.startBulk(tc::RegistrationTarget::fromUrl(ctx.baseUrl, instanceId), options, *key,
                                          &service);
    if (admin)
        job.setAdminSession(admin.get());
    QObject::connect(&job, &tc::BulkJob::note, &job, [&ctx](const QString &text) {
        ctx.info() << u"bulk: "_s << text << u"\n"_s;
        ctx.err().flush();
    });
    QObject::connect(&job, &tc::BulkJob::rowsUpdated, &job, [&ctx](const QList<tc::BulkRowUpdate> &rows) {
        for (const tc::BulkRowUpdate &r : rows) {
            if (!r.saved && !r.deviceToken.isEmpty()) {
                // Never lost: what the ledger could not take is shown at once.
                ctx.out() << u"UNRECORDED DeviceToken (row "_s << r.rowNo << u", line "_s << r.line << u"): "_s
                          << r.deviceToken << u"\n"_s;
                ctx.out().flush();
            }
        }
    });
    // Progress: with --verbose, or on a terminal (a person watching); never in a quiet script.
    QTimer progress;
    progress.setInterval(1000);
    QObject::connect(&progress, &QTimer::timeout, &job, [&ctx, &job] {
        if (job.state() != tc::BulkJob::State::Running)
            return;
        const tc::BulkProgress p = job.progress();
        ctx.err() << u"bulk: "_s << p.processed() << u"/"_s << p.total << u" rows ("_s << p.done << u" done, "_s
                  << p.failed << u" failed, "_s << p.unknown << u" unknown), "_s << rate(p.rowsPerSecond)
                  << u" rows/s, ETA "_s << duration(p.etaSecs) << u"\n"_s;
        ctx.err().flush();
    });
    if (ctx.verbose || ::isatty(STDERR_FILENO))
        progress.start();
    ctx.info() << u"bulk: "_s << summary.rows << u" rows from "_s << csvPath << u" into group "_s << instanceId << u" at "_s
              << ctx.baseUrl.toDisplayString() << u", "_s << concurrency << u" at a time; ledger "_s << ledger->path()
              << u"\n"_s;
    ctx.err().flush();
    // A signal interrupts the run (resumable): the rows in flight settle, then it finishes.
    ctx.wait(&job, &tc::BulkJob::finished, [&job] {
        job.interrupt();
        return true;
    });
    progress.stop();

    // 4. Results, summary, exit code.
    const tc::BulkProgress p = job.progress();
    qint64 written = 0;
    QString exportError;
    const bool exported = job.jobId() > 0
            && tc::BulkExport::writeResults(csvPath, *ledger, job.jobId(), outPath, job.unsavedRows(), &exportError, &written);
    if (job.jobId() > 0 && !exported)
        ctx.err() << u"error: "_s << exportError << u"\n"_s;

    int exit = ExitOk;
    const tc::BulkJob::State state = job.state();
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

    if (ctx.json) {
        QJsonObject o = progressJson(p);
        o.insert(u"job_id"_s, double(job.jobId()));
        o.insert(u"state"_s, tc::BulkJob::stateName(state));
        o.insert(u"message"_s, job.message());
        o.insert(u"ledger"_s, ledger->path());
        o.insert(u"out"_s, exported ? QFileInfo(outPath).absoluteFilePath() : QString());
        o.insert(u"reconciled_found"_s, double(job.reconciledFound()));
        o.insert(u"reconciled_resent"_s, double(job.reconciledResent()));
        QJsonArray unsaved;
        for (const tc::BulkRowUpdate &u : job.unsavedRows())
            unsaved.append(QJsonObject{{u"row"_s, double(u.rowNo)}, {u"line"_s, double(u.line)},
                                       {u"device_token"_s, u.deviceToken}, {u"state"_s, u.state}});
        o.insert(u"unrecorded"_s, unsaved);
        if (exit == ExitInterrupted)
            o.insert(u"resume"_s, u"run the same command with --resume"_s);
        ctx.printJson(o);
    } else {
        QTextStream &out = ctx.out();
        out << u"Run "_s << job.jobId() << u" "_s << tc::BulkJob::stateName(state) << u": "_s << p.done << u" done, "_s
            << p.failed << u" failed, "_s << p.unknown << u" unknown of "_s << p.total << u" rows ("_s << p.sent
            << u" sent by this run, "_s << rate(p.rowsPerSecond) << u" rows/s).\n"_s;
        if (!job.message().isEmpty())
            out << job.message() << u"\n"_s;
        if (exported)
            out << u"Results: "_s << QFileInfo(outPath).absoluteFilePath() << u" ("_s << written << u" rows)\n"_s;
        if (exit == ExitInterrupted)
            out << u"Interrupted: run the same command with --resume to continue.\n"_s;
        out.flush();
    }
    return exit;
}

} // namespace cli
