#pragma once
// telematics-cli's session commands (CLI.md): login, refresh, status, find, logout. What they
// keep (the keychain, the profiles, the sessions) is CliContext::services() (CliServices.h).
#include "CliContext.h"

namespace cli {

int runLoginCommand(CliContext &ctx, const QStringList &args);   // login admin|user ...
int runRefreshCommand(CliContext &ctx, const QStringList &args); // refresh [admin|user]
int runStatusCommand(CliContext &ctx, const QStringList &args);  // status
int runFindCommand(CliContext &ctx, const QStringList &args);    // find --device-token|--email|...
int runLogoutCommand(CliContext &ctx, const QStringList &args);  // logout [admin|user] [--forget]

} // namespace cli
