// telematics-sandbox: the local stand-in for the Telematics user service (CLI.md is the contract).
// Prints one line of JSON on stdout once it listens, then serves on 127.0.0.1 until SIGTERM or
// SIGINT, when it closes its connections and database and exits 0. Bad usage: message on stderr,
// exit 2. Cannot start (database, port): message on stderr, exit 1.
#include "Version.h"
#include "sandbox/Server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[1], &c, 1);
}

const char kUsage[] = "Usage: telematics-sandbox [options]\n"
                      "A local stand-in for the Telematics (Damoov) user service, on 127.0.0.1.\n"
                      "Prints one line of JSON (port, base_url, admin credentials, two user groups) and serves\n"
                      "until SIGTERM/SIGINT.\n"
                      "\n"
                      "Options:\n"
                      "  --port N                  port to listen on; 0 = any free port (default 0)\n"
                      "  --db FILE                 SQLite file; credentials and users persist across restarts\n"
                      "                            (default: in memory)\n"
                      "  --access-ttl SECONDS      user JWT lifetime (default 7200)\n"
                      "  --admin-access-ttl SECONDS  admin JWT lifetime (default 1209600)\n"
                      "  --refresh-ttl SECONDS     refresh token lifetime (default 604800)\n"
                      "  --login-limit N           with --login-window: at most N Auth/Login calls per client\n"
                      "  --login-window SECONDS      address in any SECONDS; then 429 + Retry-After\n"
                      "  --login-fields both|object|string\n"
                      "                            LoginFields shapes Auth/Login accepts (default both); the\n"
                      "                            other shape gets a 401 without a message, like the vendor's\n"
                      "  --login-refusal bare|unauthorized\n"
                      "                            how a shape it cannot read is refused: a 401 without a message\n"
                      "                            (default), or Title \"Unauthorized\" with no Errors, the same\n"
                      "                            answer as a wrong password (the vendor's newer service)\n"
                      "  --max-body-bytes N        a request body over N bytes is answered 413 Payload Too Large,\n"
                      "                            unread (default 1048576)\n"
                      "  --request-timeout SECONDS a connection that has not sent a complete request in SECONDS\n"
                      "                            (from its first byte, or from opening) is closed (default 10)\n"
                      "  --idle-timeout SECONDS    an idle keep-alive connection is closed after SECONDS\n"
                      "                            (default 60)\n"
                      "  --max-connections N       at most N open connections; past it a new one is closed at\n"
                      "                            once and a line is logged (default 256)\n"
                      "  --latency-ms N            answer every request N ms after it arrived (0..60000; default\n"
                      "                            0): the delay of a remote service, on loopback\n"
                      "  --jitter-ms J             with --latency-ms: each answer N +/- J ms, uniformly (J <= N)\n"
                      "  --enable-faults           enable the /_sandbox/... control routes (fault injection,\n"
                      "                            clock shift, issued users, what each request carried)\n"
                      "  -h, --help                show this help\n"
                      "  -v, --version             show the version\n";

int usageError(const QString &message)
{
    std::fprintf(stderr, "telematics-sandbox: %s\nTry 'telematics-sandbox --help'.\n", qPrintable(message));
    return 2;
}

bool readNumber(const QCommandLineParser &p, const QString &name, qint64 min, qint64 max, qint64 *out, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = u"--%1 needs an integer from %2 to %3, not '%4'"_s.arg(name).arg(min).arg(max).arg(p.value(name));
        return false;
    }
    *out = v;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"telematics-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TC_VERSION));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QList<QCommandLineOption> options = {
            {u"port"_s, {}, u"N"_s},
            {u"db"_s, {}, u"FILE"_s},
            {u"access-ttl"_s, {}, u"SECONDS"_s},
            {u"admin-access-ttl"_s, {}, u"SECONDS"_s},
            {u"refresh-ttl"_s, {}, u"SECONDS"_s},
            {u"login-limit"_s, {}, u"N"_s},
            {u"login-window"_s, {}, u"SECONDS"_s},
            {u"login-fields"_s, {}, u"SHAPE"_s},
            {u"login-refusal"_s, {}, u"KIND"_s},
            {u"max-body-bytes"_s, {}, u"N"_s},
            {u"request-timeout"_s, {}, u"SECONDS"_s},
            {u"idle-timeout"_s, {}, u"SECONDS"_s},
            {u"max-connections"_s, {}, u"N"_s},
            {u"latency-ms"_s, {}, u"N"_s},
            {u"jitter-ms"_s, {}, u"J"_s},
            {u"enable-faults"_s, {}},
            {{u"h"_s, u"help"_s}, {}},
            {{u"v"_s, u"version"_s}, {}},
    };
    parser.addOptions(options);
    // --help and --version answer even beside a bad option, and start nothing.
    const bool parsed = parser.parse(QCoreApplication::arguments());
    if (parser.isSet(u"version"_s)) {
        std::printf("telematics-sandbox %s\n", TC_VERSION);
        return 0;
    }
    if (parser.isSet(u"help"_s)) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (!parsed)
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(u"unexpected argument '%1'"_s.arg(parser.positionalArguments().constFirst()));

    sandbox::Options o;
    QString error;
    qint64 port = 0, limit = 0, requestTimeout = o.requestTimeout, idleTimeout = o.idleTimeout,
           maxConnections = o.maxConnections, latency = 0, jitter = 0;
    constexpr qint64 maxTtl = 10LL * 365 * 24 * 3600;
    if (!readNumber(parser, u"port"_s, 0, 65535, &port, &error)
        || !readNumber(parser, u"access-ttl"_s, 1, maxTtl, &o.accessTtl, &error)
        || !readNumber(parser, u"admin-access-ttl"_s, 1, maxTtl, &o.adminAccessTtl, &error)
        || !readNumber(parser, u"refresh-ttl"_s, 1, maxTtl, &o.refreshTtl, &error)
        || !readNumber(parser, u"login-limit"_s, 1, 1000000, &limit, &error)
        || !readNumber(parser, u"login-window"_s, 1, maxTtl, &o.loginWindow, &error)
        || !readNumber(parser, u"max-body-bytes"_s, 1, 1LL << 32, &o.maxBodyBytes, &error)
        || !readNumber(parser, u"request-timeout"_s, 1, 86400, &requestTimeout, &error)
        || !readNumber(parser, u"idle-timeout"_s, 1, 86400, &idleTimeout, &error)
        || !readNumber(parser, u"max-connections"_s, 1, 100000, &maxConnections, &error)
        || !readNumber(parser, u"latency-ms"_s, 0, 60000, &latency, &error)
        || !readNumber(parser, u"jitter-ms"_s, 0, 60000, &jitter, &error)) {
        return usageError(error);
    }
    if (jitter > latency)
        return usageError(u"--jitter-ms (%1) cannot exceed --latency-ms (%2)"_s.arg(jitter).arg(latency));
    o.latencyMs = int(latency);
    o.jitterMs = int(jitter);
    o.requestTimeout = int(requestTimeout);
    o.idleTimeout = int(idleTimeout);
    o.maxConnections = int(maxConnections);
    o.port = quint16(port);
    o.loginLimit = int(limit);
    if (parser.isSet(u"login-limit"_s) != parser.isSet(u"login-window"_s))
        return usageError(u"--login-limit and --login-window go together"_s);
    if (parser.isSet(u"db"_s)) {
        o.dbPath = parser.value(u"db"_s);
        if (o.dbPath.isEmpty())
            return usageError(u"--db needs a file name"_s);
    }
    if (parser.isSet(u"login-fields"_s)) {
        const QString shape = parser.value(u"login-fields"_s);
        if (shape == u"both"_s)
            o.loginFieldsShape = sandbox::LoginFieldsShape::Both;
        else if (shape == u"object"_s)
            o.loginFieldsShape = sandbox::LoginFieldsShape::Object;
        else if (shape == u"string"_s)
            o.loginFieldsShape = sandbox::LoginFieldsShape::String;
        else
            return usageError(u"--login-fields must be both, object or string"_s);
    }
    if (parser.isSet(u"login-refusal"_s)) {
        const QString kind = parser.value(u"login-refusal"_s);
        if (kind == u"bare"_s)
            o.loginRefusal = sandbox::LoginRefusal::Bare;
        else if (kind == u"unauthorized"_s)
            o.loginRefusal = sandbox::LoginRefusal::Unauthorized;
        else
            return usageError(u"--login-refusal must be bare or unauthorized"_s);
    }
    o.enableFaults = parser.isSet(u"enable-faults"_s);

    // SIGTERM/SIGINT -> a byte on a socket pair -> QSocketNotifier -> quit the event loop.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalFd) != 0) {
        std::perror("telematics-sandbox: socketpair");
        return 1;
    }
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &sa, nullptr);
    ::sigaction(SIGINT, &sa, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
    QSocketNotifier notifier(g_signalFd[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&notifier] {
        notifier.setEnabled(false);
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalFd[0], &c, 1);
        QCoreApplication::quit();
    });

    sandbox::Server server(o);
    if (!server.start()) {
        std::fprintf(stderr, "telematics-sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const QByteArray line = server.startupLine() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);

    const int rc = app.exec();
    server.stop();
    return rc;
}
