#include "ui/ConsoleServices.h"

#include "core/util/Clock.h"
#include "core/profiles/KeychainStore.h"
#include "core/auth/LoginBudget.h"
#include "core/profiles/ProfileStore.h"
#include "core/services/RegistrationService.h"
#include "ui/EmbeddedSandbox.h"
#include "core/auth/OpenSessions.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace tc {

ConsoleServices::ConsoleServices(Options options, QObject *parent)
    : QObject(parent),
      m_settings(options.settings ? std::move(options.settings) : ProfileStore::openDefaultSettings()),
      m_clock(options.clock ? options.clock : &Clock::system()),
      m_network(new QNetworkAccessManager(this)),
      m_keychain(new KeychainStore(options.keychainService.isEmpty() ? KeychainStore::defaultService()
                                                                     : options.keychainService,
                                   this)),
      m_profiles(new ProfileStore(m_settings.get(), m_keychain, this)),
      m_budget(std::make_unique<LoginBudget>(m_settings.get(), m_clock)),
      m_sandbox(new EmbeddedSandbox(options.sandboxDbPath, this)),
      m_sessions(new OpenSessions(m_network, m_keychain, m_budget.get(), m_profiles, m_clock, this)),
      m_registration(new RegistrationService(m_sessions, m_profiles, options.ledgerPath, this))
{
}

ConsoleServices::~ConsoleServices()
{
    // Registration jobs and sessions first (they use the clients, keychain and budget), then the
    // sandbox thread.
    delete m_registration;
    m_registration = nullptr;
    delete m_sessions;
    m_sessions = nullptr;
    delete m_sandbox;
    m_sandbox = nullptr;
}

} // namespace tc
