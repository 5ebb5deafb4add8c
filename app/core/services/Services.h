#pragma once
// The one service graph of a Telematics Console process, built once by each composition root
// (app/main.cpp through ConsoleServices, which adds only the embedded sandbox; the CLI's main()
// through CliContext) and injected from there: the settings (profiles.ini), the clock, the one
// QNetworkAccessManager, the keychain, the profiles, the login budget, the open sessions, and
// registration with its ledger (opened on first use). Nothing here is a global.
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace tc {

class Clock;
class KeychainStore;
class LoginBudget;
class OpenSessions;
class ProfileStore;
class RegistrationService;
class TrafficRecorder;
class TrafficStore;

class Services : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Null: ProfileStore::openDefaultSettings() (<config>/telematics-console/profiles.ini).
        std::unique_ptr<QSettings> settings;
        // Keychain service name (tests use their own so parallel runs do not meet).
        QString keychainService;
        // Keep secrets in memory when no keychain answers (the console, saying so); the CLI
        // refuses instead (exit 4).
        bool keychainMemoryFallback = true;
        // Null: the system clock. Not owned.
        const Clock *clock = nullptr;
        // Empty: Ledger::defaultPath() (<GenericDataLocation>/telematics-console/ledger.sqlite).
        QString ledgerPath;
        // The traffic history on disk (the console's): empty path: TrafficStore::defaultPath().
        // Without it (the CLI) the recorder keeps one command's exchanges in memory only.
        bool trafficHistory = true;
        QString trafficPath;
        // Open the history on disk only when openTrafficHistory() is called (the console, once its
        // command line is known to be good: a refused --profile writes nothing).
        bool trafficHistoryLater = false;
    };

    explicit Services(Options options, QObject *parent = nullptr);
    ~Services() override;

    QNetworkAccessManager *network() const { return m_network; }
    QSettings *settings() const { return m_settings.get(); }
    KeychainStore *keychain() const { return m_keychain; }
    ProfileStore *profiles() const { return m_profiles; }
    LoginBudget *budget() const { return m_budget.get(); }
    const Clock *clock() const { return m_clock; }
    OpenSessions *sessions() const { return m_sessions; }
    // The one path that creates users (and owns the ledger).
    RegistrationService *registration() const { return m_registration; }
    // Every exchange of every ApiClient on network(), redacted (the traffic console, --har).
    TrafficRecorder *traffic() const { return m_traffic; }
    // The traffic history on disk, or null (none asked for, or it could not be opened:
    // trafficError() says why).
    TrafficStore *trafficStore() const { return m_trafficStore; }
    QString trafficError() const { return m_trafficError; }
    // Opens the history on disk (Options::trafficHistory, trafficPath) if it is not open yet.
    bool openTrafficHistory();

protected:
    // Ends registration and the sessions (their clients, keychain jobs and budget) first; a
    // subclass that owns something they talk to calls it before deleting that.
    void shutDown();

private:
    std::unique_ptr<QSettings> m_settings;
    const Clock *m_clock;
    QNetworkAccessManager *m_network;
    TrafficRecorder *m_traffic;
    TrafficStore *m_trafficStore = nullptr;
    QString m_trafficError;
    QString m_trafficPath;
    bool m_trafficHistory = false;
    KeychainStore *m_keychain;
    ProfileStore *m_profiles;
    std::unique_ptr<LoginBudget> m_budget;
    OpenSessions *m_sessions;
    RegistrationService *m_registration;
};

} // namespace tc
