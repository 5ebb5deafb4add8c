#include "CliContext.h"
#include "CliServices.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/api/ExchangeFeed.h"
#include "core/profiles/Profile.h"
#include "core/services/Services.h"
#include "core/traffic/Har.h"
#include "core/traffic/TrafficRecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// With --har every exchange is recorded (redacted) and kept; without it nothing reads the traffic,
// so no client builds, redacts or keeps an exchange for nobody (a bulk run of 100,000 rows).
void recordTraffic(tc::Services *core, bool har)
{
    tc::TrafficRecorder *recorder = core->traffic();
    recorder->setMemoryLimit(0);
    recorder->setListening(har);
    if (recorder->feed())
        recorder->feed()->setRecordOnlyWhenHeard(!har);
}

} // namespace

// SIGINT/SIGTERM -> a byte on a pipe -> a QSocketNotifier in the event loop (the only things a
// signal handler may do are async-signal-safe; write() is).
class CliContext::SignalWatcher
{
public:
    explicit SignalWatcher(std::function<void()> onSignal) : m_onSignal(std::move(onSignal))
    {
        if (::pipe2(s_fds, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        struct sigaction sa = {};
        sa.sa_handler = &SignalWatcher::handler;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &sa, nullptr);
        ::sigaction(SIGTERM, &sa, nullptr);
        m_notifier = std::make_unique<QSocketNotifier>(s_fds[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            char buffer[16];
            while (::read(s_fds[0], buffer, sizeof buffer) > 0) { }
            m_onSignal();
        });
    }
    ~SignalWatcher()
    {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        if (s_fds[0] >= 0) {
            ::close(s_fds[0]);
            ::close(s_fds[1]);
            s_fds[0] = s_fds[1] = -1;
        }
    }

private:
    static void handler(int)
    {
        const char byte = 1;
        if (s_fds[1] >= 0) [[maybe_unused]]
            auto n = ::write(s_fds[1], &byte, 1);
    }
    static inline int s_fds[2] = {-1, -1};
    std::function<void()> m_onSignal;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

CliContext::CliContext(QCoreApplication &app)
    : m_app(app), m_out(stdout), m_err(stderr), m_null(&m_discarded),
      m_signals(std::make_unique<SignalWatcher>([this] { onSignal(); }))
{
}

CliContext::~CliContext()
{
    m_services.reset(); // its sessions' calls go through the client and the network manager
    m_client.reset();
    m_out.flush();
    m_err.flush();
}

void CliContext::onSignal()
{
    m_interrupted = true;
    if (m_onSignal)
        m_onSignal();
}

bool CliContext::runLoop(QEventLoop &loop, const bool &done, std::function<bool()> cancel)
{
    bool stopped = false;
    bool cancelled = false;
    const auto previous = std::exchange(m_onSignal, [&] {
        if (std::exchange(cancelled, true))
            return;
        if (!cancel || !cancel()) { // nothing that still finishes: stop waiting now
            stopped = true;
            loop.quit();
        }
    });
    if (m_interrupted)
        m_onSignal();
    if (!done && !stopped) // (a quit() before exec() would be lost)
        loop.exec();
    m_onSignal = previous;
    return !m_interrupted;
}

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(
            {u"base-url"_s, u"The user service's base URL (e.g. https://user.telematicssdk.com)."_s, u"URL"_s});
    parser.addOption({u"profile"_s, u"Use the saved profile NAME (its base URL and keychain entries)."_s, u"NAME"_s});
    parser.addOption(
            {u"ca-file"_s,
             u"With --base-url: trust the CA certificate(s) in FILE (PEM) for that origin, besides the system's."_s,
             u"FILE"_s});
    parser.addOption({u"pin-sha256"_s,
                      u"With --base-url: accept only the certificate with this SHA-256 fingerprint for that origin "
                      "(openssl x509 -noout -fingerprint -sha256), even a self-signed one."_s,
                      u"SHA256"_s});
    parser.addOption({u"json"_s, u"Print one JSON document on stdout; messages go to stderr."_s});
    parser.addOption({u"timeout"_s, u"Bound each request to SECONDS (default 30)."_s, u"SECONDS"_s});
    parser.addOption(
            {u"har"_s, u"Write every exchange the command made to FILE as HAR 1.2 (secrets hidden)."_s, u"FILE"_s});
    parser.addOption({u"verbose"_s, u"Say on stderr what the command does (progress, notes, the core's log lines)."_s});
    parser.addOption({{u"h"_s, u"help"_s}, u"Show this help."_s});
}

void CliContext::quietLogging()
{
    // On success stderr stays empty: the core's informational and warning lines (a keychain
    // probe that failed, a rate limit) are said once by the command itself, as an error. A
    // QT_LOGGING_RULES in the environment still wins (Qt applies it after these rules).
    QLoggingCategory::setFilterRules(u"tc.*=false"_s);
}

QTextStream &CliContext::info()
{
    if (verbose)
        return m_err;
    m_discarded.clear();
    return m_null;
}

int CliContext::applyGlobalOptions(const QCommandLineParser &parser)
{
    if (parser.isSet(u"json"_s))
        json = true;
    if (parser.isSet(u"verbose"_s) && !verbose) {
        verbose = true;
        QLoggingCategory::setFilterRules(u"tc.*.info=true\ntc.*.warning=true\ntc.*.critical=true"_s);
    }
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double secs = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || secs <= 0 || secs > 3600)
            return usageError(u"--timeout must be a number of seconds between 0 and 3600 (got \"%1\")"_s.arg(
                    parser.value(u"timeout"_s)));
        timeoutMs = std::max(1, int(secs * 1000));
    }
    if (parser.isSet(u"base-url"_s)) {
        const QUrl url(parser.value(u"base-url"_s).trimmed(), QUrl::StrictMode);
        if (const QString problem = tc::ApiClient::baseUrlProblem(url); !problem.isEmpty())
            return usageError(problem);
        baseUrl = url;
    }
    if (parser.isSet(u"har"_s)) {
        const QString path = parser.value(u"har"_s).trimmed();
        const QFileInfo info(path);
        if (path.isEmpty() || info.isDir())
            return usageError(u"--har needs a file name (got \"%1\")"_s.arg(path));
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir() || !folder.isWritable() || (info.exists() && !info.isWritable()))
            return usageError(u"--har: cannot write %1 (no such folder, or not writable). Nothing was sent."_s.arg(
                    info.absoluteFilePath()));
        harPath = info.absoluteFilePath();
        if (m_core)
            recordTraffic(m_core.get(), true);
    }
    if (parser.isSet(u"profile"_s))
        profileName = parser.value(u"profile"_s).trimmed();
    if (!baseUrl.isEmpty() && !profileName.isEmpty())
        return usageError(u"give either --base-url or --profile, not both"_s);
    if (parser.isSet(u"ca-file"_s) || parser.isSet(u"pin-sha256"_s)) {
        if (!profileName.isEmpty())
            return usageError(
                    u"--ca-file and --pin-sha256 go with --base-url; a profile keeps its own (edit it in the console)"_s);
        if (parser.isSet(u"ca-file"_s)) {
            tls.caFile = parser.value(u"ca-file"_s);
            if (tls.caFile.isEmpty())
                return usageError(u"--ca-file needs a file"_s);
        }
        if (parser.isSet(u"pin-sha256"_s)) {
            QString why;
            const auto pin = tc::TlsTrust::parsePin(parser.value(u"pin-sha256"_s), &why);
            if (!pin)
                return usageError(u"--pin-sha256: "_s + why);
            tls.pinSha256 = *pin;
        }
        if (const QString problem = tls.problem(); !problem.isEmpty())
            return usageError(problem);
    }
    return ExitOk;
}

int CliContext::requireBaseUrl()
{
    if (baseUrl.isEmpty() && !profileName.isEmpty() && !m_profileResolved) {
        m_profileResolved = true;
        if (const int rc = services().resolveProfile())
            return rc;
    }
    if (baseUrl.isEmpty())
        return usageError(u"no service given: pass --base-url URL (or --profile NAME); the sandbox is not assumed"_s);
    if (const QString problem = tc::ApiClient::baseUrlProblem(baseUrl); !problem.isEmpty())
        return usageError(problem);
    return ExitOk;
}

tc::ApiClient *CliContext::client()
{
    if (!m_client) {
        m_client = std::make_unique<tc::ApiClient>(network());
        m_client->setParty(profileName.isEmpty() ? baseUrl.toString() : profileName);
        if (!commandName.isEmpty())
            m_client->setDefaultPurpose(u"telematics-cli "_s + commandName);
    }
    m_client->setBaseUrl(baseUrl);
    m_client->setTlsTrust(tls);
    m_client->setTransferTimeout(timeoutMs);
    return m_client.get();
}

tc::Services *CliContext::core()
{
    if (!m_core) {
        tc::Services::Options o;
        o.keychainMemoryFallback = false; // a CLI that cannot keep a secret says so (exit 4)
        o.trafficHistory = false;         // the console's history is the console's; --har is the CLI's
        m_core = std::make_unique<tc::Services>(std::move(o));
        recordTraffic(m_core.get(), !harPath.isEmpty());
    }
    return m_core.get();
}

QNetworkAccessManager *CliContext::network()
{
    return core()->network();
}

CliServices &CliContext::services()
{
    if (!m_services)
        m_services = std::make_unique<CliServices>(*this);
    return *m_services;
}

int CliContext::finishHar(int exitCode)
{
    if (harPath.isEmpty())
        return exitCode;
    const QList<tc::Exchange> exchanges = m_core ? m_core->traffic()->exchanges() : QList<tc::Exchange>();
    QString error;
    if (!tc::Har::write(harPath, exchanges, &error)) {
        m_err << u"error: --har: "_s << error << u"\n"_s;
        m_err.flush();
        return exitCode == ExitOk ? int(ExitUsage) : exitCode;
    }
    info() << u"wrote "_s << exchanges.size() << u" exchange(s) to "_s << harPath << u"\n"_s;
    return exitCode;
}

bool CliContext::confirmProduction(bool confirmed, const QUrl &baseUrl, const QString &what)
{
    if (!tc::Profile::isProductionUrl(baseUrl) || confirmed)
        return true;
    const QString question = what + u" in PRODUCTION ("_s + baseUrl.host() + u")."_s;
    if (!::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO)) {
        usageError(question + u" Pass --yes to confirm. Nothing was sent."_s);
        return false;
    }
    m_err << question << u" Type yes to go on: "_s;
    m_err.flush();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        usageError(u"cannot read the answer. Nothing was sent."_s);
        return false;
    }
    const QString answer = QString::fromUtf8(in.readLine(64)).trimmed();
    if (answer.compare(u"yes"_s, Qt::CaseInsensitive) != 0) {
        usageError(u"not confirmed. Nothing was sent."_s);
        return false;
    }
    return true;
}

bool CliContext::await(tc::ApiCall *call)
{
    call->setAutoDelete(false);
    if (call->isFinished())
        return !m_interrupted;
    return wait(call, &tc::ApiCall::finished, [call] {
        call->cancel();
        return true;
    });
}

std::optional<QString> CliContext::readSecret(const char *envVar, bool fromStdin, QString *problem)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *problem = u"cannot read standard input"_s;
            return std::nullopt;
        }
        QByteArray line = in.readLine(8192);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *problem = u"--secret-stdin was given but standard input is empty"_s;
            return std::nullopt;
        }
        return QString::fromUtf8(line);
    }
    const QByteArray value = qgetenv(envVar);
    if (!value.isEmpty())
        return QString::fromUtf8(value);
    *problem = u"set %1 in the environment or pass --secret-stdin (secrets are never flag values)"_s.arg(
            QString::fromLatin1(envVar));
    return std::nullopt;
}

QString CliContext::secretFlagIn(const QStringList &args)
{
    static const QStringList secretFlags{u"--instance-key"_s, u"--password"_s,       u"--key"_s,
                                         u"--secret"_s,       u"--refresh-token"_s,  u"--access-token"_s,
                                         u"--api-password"_s, u"--to-instance-key"_s};
    for (const QString &a : args) {
        const QString flag = a.section(u'=', 0, 0);
        if (secretFlags.contains(flag, Qt::CaseInsensitive))
            return flag;
    }
    return {};
}

QByteArray CliContext::readStdin(qint64 maxBytes)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray all;
    while (all.size() <= maxBytes) {
        const QByteArray chunk = in.read(std::min<qint64>(64 * 1024, maxBytes + 1 - all.size()));
        if (chunk.isEmpty())
            break;
        all += chunk;
    }
    return all;
}

void CliContext::printJson(const QJsonObject &document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::usageError(const QString &message)
{
    m_err << u"error: "_s << message << u"\n"_s;
    m_err.flush();
    if (json)
        printJson({{u"error"_s, QJsonObject{{u"kind"_s, u"usage"_s}, {u"message"_s, message}}}});
    return ExitUsage;
}

int CliContext::exitCodeFor(const tc::ApiError &error)
{
    using K = tc::ApiError::Kind;
    switch (error.kind()) {
    case K::None: return ExitOk;
    case K::Http:
    case K::Parse:
    case K::Schema:
    case K::Auth:
    case K::RateLimited: return ExitServiceError;
    case K::Validation: return ExitUsage;
    case K::Network:
    case K::Tls:
    case K::Timeout: return ExitNetwork;
    case K::Keychain: return ExitKeychain;
    case K::Canceled: return ExitInterrupted;
    }
    return ExitServiceError;
}

int CliContext::fail(const tc::ApiError &error, const QJsonObject &extra)
{
    m_err << u"error: "_s << error.message() << u"\n"_s;
    const bool service = exitCodeFor(error) == ExitServiceError;
    if (service && (error.envelopeStatus() || !error.title().isEmpty() || !error.errors().isEmpty())) {
        m_err << u"  Status: "_s << (error.envelopeStatus() ? QString::number(*error.envelopeStatus()) : u"(none)"_s)
              << u" (HTTP "_s << error.httpStatus() << u")\n"_s;
        if (!error.title().isEmpty())
            m_err << u"  Title: "_s << error.title() << u"\n"_s;
        const auto errors = error.errors();
        if (!errors.isEmpty()) {
            m_err << u"  Errors:\n"_s;
            for (const tc::ErrorDetail &d : errors)
                m_err << u"    "_s << d.toString() << u"\n"_s;
        }
    }
    m_err.flush();
    if (json) {
        QJsonObject e = error.toJson();
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            e.insert(it.key(), it.value());
        printJson({{u"error"_s, e}});
    }
    return exitCodeFor(error);
}

int CliContext::interruptedExit(const QString &what)
{
    const QString message = u"interrupted: "_s + what;
    m_err << message << u"\n"_s;
    m_err.flush();
    if (json)
        printJson({{u"error"_s, QJsonObject{{u"kind"_s, u"interrupted"_s}, {u"message"_s, message}}}});
    return ExitInterrupted;
}

} // namespace cli
