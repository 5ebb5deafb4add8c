#pragma once
// bulk FILE.csv: one Registration/Create per row, journaled in the ledger (tc::BulkJob, the
// console's path): every row checked first, earlier runs of the file resumed or refused, the
// results exported (BulkCommand.cpp).
#include "Command.h"

#include "core/bulk/BulkDryRun.h"
#include "core/bulk/BulkJob.h"

#include <QJsonArray>

namespace tc {
class Session;
}

namespace cli {

class BulkCommand : public Command
{
public:
    BulkCommand();
    ~BulkCommand() override;
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    std::optional<int> parseOptions(CliContext &ctx);
    std::optional<int> checkRows(CliContext &ctx);
    int dryRun(CliContext &ctx);
    std::optional<int> refuseInvalidRows(CliContext &ctx);
    std::optional<int> checkEarlierRuns(CliContext &ctx);
    std::optional<int> confirm(CliContext &ctx);
    void findAdminSession(CliContext &ctx);
    tc::BulkOptions jobOptions(CliContext &ctx) const;
    int run(CliContext &ctx);
    void watch(CliContext &ctx, tc::BulkJob &job);
    void showProgress(CliContext &ctx, const tc::BulkJob &job);
    int writeResults(CliContext &ctx, const tc::BulkJob &job);
    int exitCode(CliContext &ctx, const tc::BulkJob &job, bool exported) const;
    void printSummary(CliContext &ctx, const tc::BulkJob &job, int exit, bool exported, qint64 written);

    // the options
    QString m_csvPath; // absolute
    bool m_dryRun = false;
    int m_concurrency = 4;
    int m_window = 0; // --journal-window; 0: the concurrency
    QString m_instanceId;
    QString m_outPath;
    // the check of every row
    std::unique_ptr<tc::BulkDryRun> m_check;
    tc::BulkDryRunSummary m_summary;
    QJsonArray m_problems; // for --json (at most 10000)
    // the run
    std::unique_ptr<tc::Ledger> m_ledger;
    qint64 m_resumeJobId = 0; // --resume: the run continued
    QString m_instanceKey;
    std::unique_ptr<tc::Session> m_admin; // reconciles unknown rows on --resume (may be none)
};

} // namespace cli
