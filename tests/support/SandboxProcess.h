#pragma once
// SandboxProcess: runs the `telematics-sandbox` executable as a child process for a test.
//
// Qt only (Core + Network); compiled into every test executable, so it includes nothing from
// app/core, app/ui or app/sandbox.
//
// Typical use (integration test):
//
//     SandboxProcess sb;
//     QVERIFY2(sb.start(), qPrintable(sb.errorString()));
//     QUrl base = sb.baseUrl();                       // http://127.0.0.1:<port>
//     QString gid = sb.groupInstanceId(0), gkey = sb.groupInstanceKey(0);
//     ...
//     QVERIFY(SandboxProcess::injectFault(sb.baseUrl(),
//             {{u"kind"_s, u"drop-after"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
//     // or the member shortcut: sb.injectFault({...})
//
// What start() runs:  $TC_SANDBOX_BIN --port 0 --enable-faults <extraArgs...>
// (TC_SANDBOX_BIN is set by tests/CMakeLists.txt for every test.) start() reads the single JSON
// line the sandbox prints on stdout (see docs/CLI.md) and keeps it. Everything the
// sandbox writes on stderr goes straight to this process's stderr (QProcess::ForwardedErrorChannel);
// it logs little: start failures, and one "fault <kind> on <METHOD> <path>" line per injected fault.
//
// Useful extraArgs: {"--db", path} (persistent; restart with the same path to keep users and
// credentials), {"--access-ttl", "60"}, {"--admin-access-ttl", "60"}, {"--refresh-ttl", "120"},
// {"--login-limit", "3", "--login-window", "60"}, {"--login-fields", "string"} (only the JSON-string
// shape of LoginFields is accepted; the object shape gets a 401 with no message; or "object"),
// {"--request-timeout", "1"}, {"--idle-timeout", "1"}, {"--max-connections", "5"},
// {"--max-body-bytes", N} (limits; defaults 10 s, 60 s, 256, 1 MiB: see TestSandboxLimits).
//
// Sandbox behaviour worth knowing (details: app/sandbox/*.h):
//  - every answer but the control routes is the envelope {"Result","Status","Title","Errors"};
//    unknown path -> 404, known path + wrong method -> 405 (+ Allow), non-JSON Content-Type on a
//    body -> 415, malformed JSON -> 400, validation -> 400 with Errors [{Key, Message}].
//  - every answer carries a Date header from the sandbox clock (see shiftClock).
//  - Auth/Login: unreadable LoginFields (wrong shape/inner key) -> 401 with Title "" and no Errors;
//    wrong password -> 401 with a message. Registration with CreateAccessToken:false ->
//    AccessToken null AND RefreshToken null.
//  - Management API: 401 + WWW-Authenticate: Bearer error="invalid_token", error_description=...
//    for missing/expired/forged tokens (no clock leeway), 403 for a user token on an admin route.
//
// ---- Fault-injection contract (the sandbox's control routes, only with --enable-faults) ----
//   POST   /_sandbox/faults  {"kind": K, "count": N=1, "path": "/v1/..." (optional, prefix match),
//                             "method": "POST" (optional), "delayMs": M (kind "delay")} -> {"ok":true}
//          K is one of:
//            "html500"     HTTP 500 with a text/html page, the request is NOT processed
//            "truncated"   the request IS processed, then its answer's JSON body is cut in half
//                          (HTTP status as usual, application/json, Content-Length matches the cut body)
//            "delay"       waits delayMs, then handles the request normally (does not block others)
//            "drop-before" closes the connection without doing the work (no answer byte)
//            "drop-after"  does the work (e.g. really registers the user), then closes the
//                          connection without answering (no answer byte)
//            "drop-mid-answer" (extra) does the work, sends the status line, the headers and half
//                          the body, then closes: a transport error QNAM cannot hide (see below)
//            "envelope401" HTTP 200 whose envelope says Status 401, Title "Unauthorized"
//                          (request NOT processed)
//            "trickle"     does the work, sends the status line and headers, then the body one
//                          byte every "intervalMs" (default 250): never silent for long, never
//                          done in time
//            "status"      "status": S (400..599) answered with the envelope (Title: its reason
//                          phrase, no Errors), "retryAfter": R seconds adds Retry-After
//                          (request NOT processed): 429, 415, a 401 storm (count N), ...
//          !! QNetworkAccessManager (Qt 6.4, HTTP/1.1) silently RE-SENDS a request (any method,
//          POST included) ONCE when the connection closes before any answer byte arrives
//          (measured; TestSandboxFaults pins it; the budget refills after a complete answer on that
//          connection, so after a failed attempt the next drop is not re-sent). So with a QNAM client: drop-before count 1 is
//          invisible (the re-send succeeds; count 2 makes the client see RemoteHostClosedError);
//          drop-after count 1 does the work TWICE (a second user, or, with the same CustomToken, a
//          400 "CustomToken ... already in use" answer to the re-send). Use drop-mid-answer for
//          "the work happened and the client saw a transport error".
//          Queued faults are consumed in order by the next matching requests. Control routes
//          (/_sandbox/...) never match a fault.
//   DELETE /_sandbox/faults                      clears all queued faults
//   POST   /_sandbox/clock {"offsetSeconds": S} sets the sandbox clock to real time + S (absolute
//                                               offset, not cumulative); JWT iat/exp, refresh-token
//                                               expiry and the Date header use it
//   GET    /_sandbox/users -> {"users":[{"DeviceToken","InstanceId","ClientId","CreatedAt"}...]}
//                             every user ever registered and not deleted; CreatedAt is ISO 8601 UTC
//
// The static helpers below drive these routes synchronously (they spin a local QEventLoop, which
// is fine in test support but never in product code). Each has a 10 s timeout.
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess(); // stop()s the sandbox if it still runs
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts `$TC_SANDBOX_BIN --port 0 --enable-faults <extraArgs>` and waits (up to timeoutMs)
    // for its start-up line. Returns false (and sets errorString()) when TC_SANDBOX_BIN is unset,
    // the process fails to start, exits early, or the line is not the expected JSON.
    // Calling start() while running stops the old process first.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 10000);

    // SIGTERM, then waits up to 5 s (then SIGKILL). Safe to call when not running.
    void stop();
    // Exit code of the last stopped process (-1 while running, never started, or crashed).
    int exitCode() const { return m_exitCode; }
    QProcess::ExitStatus exitStatus() const { return m_exitStatus; }
    bool isRunning() const;
    // PID of the running sandbox (0 when not running); for tests that send signals themselves.
    qint64 processId() const;

    QString errorString() const { return m_error; }

    // From the start-up line (empty/0 before a successful start()).
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234
    quint16 port() const;
    QJsonObject startup() const { return m_startup; } // the whole parsed line
    QString adminInstanceId() const;                  // admin.instance_id
    QString adminEmail() const;                       // admin.email
    QString adminPassword() const;                    // admin.password
    QString groupInstanceId(int i = 0) const;         // groups[i].instance_id (i = 0 or 1)
    QString groupInstanceKey(int i = 0) const;        // groups[i].instance_key

    // ---- control routes, synchronous, against a running sandbox at baseUrl ----
    // POST /_sandbox/faults with spec; true on HTTP 200 {"ok":true}.
    static bool injectFault(const QUrl &baseUrl, const QJsonObject &spec);
    // DELETE /_sandbox/faults; true on HTTP 200.
    static bool clearFaults(const QUrl &baseUrl);
    // POST /_sandbox/clock {"offsetSeconds": secs}; true on HTTP 200.
    static bool shiftClock(const QUrl &baseUrl, qint64 secs);
    // GET /_sandbox/users -> the "users" array (empty on any failure).
    static QJsonArray issuedUsers(const QUrl &baseUrl);
    // GET /_sandbox/requests -> what each request carried, oldest first: method, path,
    // instanceId, instanceKeySha256 (the InstanceKey header's SHA-256, hex), bearer.
    static QJsonArray receivedRequests(const QUrl &baseUrl);

    // Member shortcuts against this sandbox's baseUrl().
    bool injectFault(const QJsonObject &spec) const { return injectFault(baseUrl(), spec); }
    bool clearFaults() const { return clearFaults(baseUrl()); }
    bool shiftClock(qint64 secs) const { return shiftClock(baseUrl(), secs); }
    QJsonArray issuedUsers() const { return issuedUsers(baseUrl()); }
    QJsonArray receivedRequests() const { return receivedRequests(baseUrl()); }
    // How many requests the sandbox received so far whose path ends with `path` (and whose method
    // is `method`, unless empty): e.g. receivedCount(u"/Registration/Create"_s).
    int receivedCount(const QString &path, const QByteArray &method = {}) const;

private:
    QProcess *m_proc = nullptr;
    QJsonObject m_startup;
    QString m_error;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
};
