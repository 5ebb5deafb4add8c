#pragma once
// What every route handler of one sandbox::Server shares. Lives on the server's thread.
#include "Database.h"
#include "FaultInjector.h"
#include "JwtIssuer.h"
#include "LoginRateLimiter.h"
#include "Options.h"
#include "SandboxClock.h"
#include "Sessions.h"

#include <QByteArray>
#include <QString>

#include <deque>
#include <memory>

namespace sandbox {

// What a request carried that decides where a secret went (kept only with --enable-faults, for
// tests that check which origin received which group key: GET /_sandbox/requests).
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QString instanceId;        // the InstanceId header ("" when absent)
    QString instanceKeySha256; // SHA-256 (hex) of the InstanceKey header, never the key ("" when absent)
    bool bearer = false;       // an Authorization header was sent
};

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
    std::deque<ReceivedRequest> received; // the last MaxReceived requests (with --enable-faults)
    static constexpr size_t MaxReceived = 10000;
};

} // namespace sandbox
