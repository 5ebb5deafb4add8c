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

protected:
    // Ends registration and the sessions (their clients, keychain jobs and budget) first; a
    // subclass that owns something they talk to calls it before deleting that.
    void shutDown();

private:
    std::unique_ptr<QSettings> m_settings;
    const Clock *m_clock;
    QNetworkAccessManager *m_network;
    KeychainStore *m_keychain;
    ProfileStore *m_profiles;
    std::unique_ptr<LoginBudget> m_budget;
    OpenSessions *m_sessions;
    RegistrationService *m_registration;
};

} // namespace tc
