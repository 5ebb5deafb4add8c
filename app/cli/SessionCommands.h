#pragma once
// telematics-cli's session commands (CLI.md): login, refresh, status, find, logout; and the
// CliContext hooks that resolve --profile NAME and give `request --auth admin|user` its bearer.
//
// Credentials and sessions are kept in the OS keychain under the profile ("profile:<name>/...")
// or, without a profile, under the base URL ("base-url:<url>/..."), so that later processes
// refresh or log in again on their own. The keychain is probed first: when it is unavailable
// or locked the command exits with code 4 before anything is sent.
#include "Commands.h"

#include "core/auth/Session.h"

#include <memory>

namespace cli {

// Sets ctx.resolveProfile and ctx.bearerFor. Call once, before dispatching a command.
void installSessionHooks(CliContext &ctx);

int runLoginCommand(CliContext &ctx, const QStringList &args);   // login admin|user ...
int runRefreshCommand(CliContext &ctx, const QStringList &args); // refresh [admin|user]
int runStatusCommand(CliContext &ctx, const QStringList &args);  // status
int runFindCommand(CliContext &ctx, const QStringList &args);    // find --device-token|--email|...
int runLogoutCommand(CliContext &ctx, const QStringList &args);  // logout [admin|user] [--forget]

// The kept admin session of the profile / base URL, resumed (refreshed if lapsed), for commands
// that use it on the side (bulk's reconciliation). nullptr and *why when there is none.
std::unique_ptr<tc::Session> keptAdminSession(CliContext &ctx, QString *why);

} // namespace cli
