#pragma once
// What every route handler of one sandbox::Server shares. Lives on the server's thread.
#include "Database.h"
#include "FaultInjector.h"
#include "JwtIssuer.h"
#include "LoginRateLimiter.h"
#include "Options.h"
#include "SandboxClock.h"
#include "Sessions.h"

#include <memory>

namespace sandbox {

struct Context
{
    explicit Context(const Options &o) : options(o), rateLimiter(o.loginLimit, o.loginWindow) { }

    Options options;
    SandboxClock clock;
    Database db;
    JwtIssuer jwt;
    std::unique_ptr<Sessions> sessions; // set once the database is open
    FaultInjector faults;
    LoginRateLimiter rateLimiter;
};

} // namespace sandbox
