#pragma once
// telematics-cli: one command group per file, each a function `int runXCommand(CliContext &,
// const QStringList &args)` declared here and listed in main.cpp's table. docs/CLI.md is
// the contract (names, flags, outputs, exit codes); CliContext.h what the commands share.
#include "CliContext.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace tc {
class Ledger;
} // namespace tc

namespace cli {

// Command groups.
int runBulkCommand(CliContext &ctx, const QStringList &args);         // bulk (BulkCommands.cpp)

// The ledger (BulkCommands.cpp): --ledger FILE (default tc::Ledger::defaultPath()). Every
// DeviceToken is committed there before it is printed (Command::ledgerOption() for the classes).
void addLedgerOption(QCommandLineParser &parser);
std::unique_ptr<tc::Ledger> openLedger(CliContext &ctx, const QCommandLineParser &parser, int *rc);

} // namespace cli
