#pragma once
// What one telematics-cli process shares among its commands (Command.h): the global options, the
// service's client, the one way to wait, the output and the services the session commands keep
// (CliServices). main() builds it once and hands it to the command it runs. docs/CLI.md is the
// contract (names, flags, outputs, exit codes).
#include "core/api/ApiError.h"
#include "core/api/TlsTrust.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QCoreApplication;
class QNetworkAccessManager;

namespace tc {
class Services;
class ApiCall;
class ApiClient;
} // namespace tc

namespace cli {

class CliServices;

enum Exit : int {
    ExitOk = 0,
    ExitServiceError = 1, // the service answered with an error (Status/Title/Errors printed)
    ExitUsage = 2,        // bad usage or bad input: nothing was sent
    ExitNetwork = 3,      // network, TLS or timeout failure
    ExitKeychain = 4,     // keychain unavailable or locked
    ExitInterrupted = 5,  // SIGINT/SIGTERM
    ExitLedger = 6,       // the ledger could not be written (disk full, ...): the run stopped; tokens printed
};

class CliContext
{
public:
    explicit CliContext(QCoreApplication &app);
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    // ---- global options (also accepted after the command) ----
    bool json = false;
    bool verbose = false; // --verbose: informational lines on stderr
    QUrl baseUrl;         // from --base-url (or a profile, once resolved)
    QString profileName;  // from --profile
    int timeoutMs = 30000;
    QString harPath;     // --har FILE: every exchange of the command, as HAR 1.2 (redacted)
    QString commandName; // the command being run (the traffic's "why")
    tc::TlsTrust tls;    // --ca-file / --pin-sha256 with --base-url, or the profile's

    // Adds --base-url, --profile, --ca-file, --pin-sha256, --json, --timeout, --verbose and --help;
    // applyGlobalOptions() reads them back (returns an exit code != 0 on a bad value, after
    // printing why).
    static void addGlobalOptions(QCommandLineParser &parser);
    int applyGlobalOptions(const QCommandLineParser &parser);
    // --har: writes every exchange the command made (whatever its outcome) and returns its exit
    // code; a HAR that cannot be written is said on stderr (exit 2 when the command succeeded).
    int finishHar(int exitCode);

    // ---- the service ----
    // Resolves --profile NAME (through services()) and checks there is a base URL; returns an exit
    // code (0: there is one). client() is for that base URL (created on first use).
    int requireBaseUrl();
    tc::ApiClient *client();
    // The network manager every request of this process goes through (the core's).
    QNetworkAccessManager *network();
    // The core's one service graph (settings, network manager, keychain, profiles, login budget,
    // sessions, registration), as the console builds it; created on first use.
    tc::Services *core();
    // What the session commands keep on top of it (the resolved --profile, the kept sessions).
    CliServices &services();

    // ---- waiting: the one way ----
    // Runs the event loop until `source` emits `finished`, or until SIGINT/SIGTERM arrives. This is
    // the CLI's only event loop (main() never calls exec()): every command waits through it.
    // On a signal `cancel` is called (once): when it returns true it stopped something that still
    // finishes, and the wait goes on until it does; when it returns false, or there is no `cancel`,
    // the wait ends at once. `onFinished` runs when `source` finishes, before anything else does:
    // read there what a source that deletes itself after finished() (SessionTask, KeychainJob) said.
    // Returns false when interrupted.
    template <typename Source, typename... Args>
    bool wait(Source *source, void (Source::*finished)(Args...), std::function<bool()> cancel,
              const std::function<void()> &onFinished = {})
    {
        QEventLoop loop;
        bool done = false;
        QObject::connect(source, finished, &loop, [&] {
            if (onFinished)
                onFinished();
            done = true;
            loop.quit();
        });
        return runLoop(loop, done, std::move(cancel));
    }
    // A call: a signal cancels it. False when interrupted.
    bool await(tc::ApiCall *call);
    // A job that can be cancelled (RegistrationJob, RegistrationManyJob): a signal cancels it.
    template <typename Job>
    bool awaitJob(Job *job)
    {
        return wait(job, &Job::finished, [job] {
            job->cancel();
            return true;
        });
    }
    bool interrupted() const { return m_interrupted; }

    // Creating users in production is asked for once: `confirmed` (--yes), or "yes" typed on a
    // terminal. `what` names the count, the group and the host. False (and why printed) when not
    // confirmed.
    bool confirmProduction(bool confirmed, const QUrl &baseUrl, const QString &what);

    // ---- secrets: never flag values ----
    // From the environment variable, or the first line of stdin with --secret-stdin.
    // nullopt (and *problem) when neither gives one.
    std::optional<QString> readSecret(const char *envVar, bool fromStdin, QString *problem);
    // A flag that looks like a secret (--instance-key, --password, ...): refused with a hint.
    static QString secretFlagIn(const QStringList &args);
    // Reads all of stdin, at most maxBytes (+1 to detect more).
    static QByteArray readStdin(qint64 maxBytes);

    // ---- output ----
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Informational lines (progress, notes): stderr with --verbose, else nowhere.
    QTextStream &info();
    // Turns the core's log lines off (main() calls it first; --verbose turns them back on).
    static void quietLogging();
    void printJson(const QJsonObject &document); // the one JSON document on stdout
    // "error: ..." (+ a JSON error document in --json mode); returns ExitUsage.
    int usageError(const QString &message);
    // Prints the error (message, envelope Status/Title/Errors) and returns its exit code.
    int fail(const tc::ApiError &error, const QJsonObject &extra = {});
    int interruptedExit(const QString &what);
    static int exitCodeFor(const tc::ApiError &error);

private:
    bool runLoop(QEventLoop &loop, const bool &done, std::function<bool()> cancel);
    void onSignal();

    QCoreApplication &m_app;
    QTextStream m_out;
    QTextStream m_err;
    QString m_discarded;
    QTextStream m_null;
    std::unique_ptr<tc::Services> m_core; // outlives the client and the session services below
    std::unique_ptr<tc::ApiClient> m_client;
    std::unique_ptr<CliServices> m_services;
    bool m_interrupted = false;
    bool m_profileResolved = false;
    std::function<void()> m_onSignal; // what the wait under way does on SIGINT/SIGTERM
    class SignalWatcher;
    std::unique_ptr<SignalWatcher> m_signals;
};

} // namespace cli
