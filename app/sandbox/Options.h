#pragma once
// How a sandbox::Server is configured. main.cpp fills it from the command line (CLI.md);
// the console fills it directly when it runs the sandbox in-process.
#include <QString>
#include <QtGlobal>

namespace sandbox {

// Which shapes of Auth/Login's LoginFields the server accepts (see USER-SERVICE.md).
enum class LoginFieldsShape { Both, Object, String };
// How Auth/Login refuses a LoginFields shape it cannot read (and, with Unauthorized, a wrong
// password too): a 401 without any message, or the envelope with Title "Unauthorized".
enum class LoginRefusal { Bare, Unauthorized };

struct Options
{
    quint16 port = 0;                // 0 = any free port
    QString dbPath;                  // empty = in memory (state dies with the Server)
    qint64 accessTtl = 7200;         // user JWT lifetime, seconds
    qint64 adminAccessTtl = 1209600; // admin JWT lifetime, seconds (14 days)
    qint64 refreshTtl = 604800;      // refresh token lifetime, seconds (7 days)
    int loginLimit = 0;              // > 0: at most loginLimit Auth/Login calls per client address...
    qint64 loginWindow = 0;          // ...in any loginWindow seconds; then 429 + Retry-After
    bool enableFaults = false;       // exposes the /_sandbox/... control routes
    LoginFieldsShape loginFieldsShape = LoginFieldsShape::Both;
    LoginRefusal loginRefusal = LoginRefusal::Bare;
    // Self-defence (Connections.h): a request body over maxBodyBytes is a 413 and is not parsed; a
    // connection with no complete request after requestTimeout seconds, or idle for idleTimeout
    // seconds after an answer, is closed; past maxConnections open connections a new one is closed
    // at once.
    qint64 maxBodyBytes = 1024 * 1024;
    int requestTimeout = 10;
    int idleTimeout = 60;
    int maxConnections = 256;
    // Every answer waits latencyMs (+/- jitterMs, uniform) after its request arrived, on a timer (other
    // connections are served meanwhile); the work is done when the answer goes. 0: at once.
    int latencyMs = 0;
    int jitterMs = 0;
};

} // namespace sandbox
