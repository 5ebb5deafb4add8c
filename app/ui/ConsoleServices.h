#pragma once
// The console's services, built once by the composition root (main.cpp) or by a test and injected
// into the MainWindow: the one QNetworkAccessManager, the keychain, the profiles (QSettings), the
// login budget, the clock, the embedded sandbox, the open sessions and registration (with the
// ledger, opened on first use).
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace tc {

class Clock;
class EmbeddedSandbox;
class KeychainStore;
class LoginBudget;
class OpenSessions;
class ProfileStore;
class RegistrationService;

class ConsoleServices : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Null: ProfileStore::openDefaultSettings() (<config>/telematics-console/profiles.ini).
        std::unique_ptr<QSettings> settings;
        // Keychain service name (tests use their own so parallel runs do not meet).
        QString keychainService;
        // Empty: EmbeddedSandbox::defaultDbPath() (<AppDataLocation>/sandbox.sqlite).
        QString sandboxDbPath;
        // Null: the system clock. Not owned.
        const Clock *clock = nullptr;
        // Empty: Ledger::defaultPath() (<GenericDataLocation>/telematics-console/ledger.sqlite).
        QString ledgerPath;
    };

    explicit ConsoleServices(Options options, QObject *parent = nullptr);
    ~ConsoleServices() override;

    QNetworkAccessManager *network() const { return m_network; }
    QSettings *settings() const { return m_settings.get(); }
    KeychainStore *keychain() const { return m_keychain; }
    ProfileStore *profiles() const { return m_profiles; }
    LoginBudget *budget() const { return m_budget.get(); }
    const Clock *clock() const { return m_clock; }
    EmbeddedSandbox *sandbox() const { return m_sandbox; }
    OpenSessions *sessions() const { return m_sessions; }
    // The one path that creates users (and owns the ledger).
    RegistrationService *registration() const { return m_registration; }

private:
    std::unique_ptr<QSettings> m_settings;
    const Clock *m_clock;
    QNetworkAccessManager *m_network;
    KeychainStore *m_keychain;
    ProfileStore *m_profiles;
    std::unique_ptr<LoginBudget> m_budget;
    EmbeddedSandbox *m_sandbox;
    OpenSessions *m_sessions;
    RegistrationService *m_registration;
};

} // namespace tc
