#include "core/services/Services.h"

#include "core/auth/LoginBudget.h"
#include "core/auth/OpenSessions.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/services/RegistrationService.h"
#include "core/traffic/TrafficRecorder.h"
#include "core/traffic/TrafficStore.h"
#include "core/util/Clock.h"

#include <QNetworkAccessManager>

namespace tc {

Services::Services(Options options, QObject *parent)
    : QObject(parent), m_settings(options.settings ? std::move(options.settings) : ProfileStore::openDefaultSettings()),
      m_clock(options.clock ? options.clock : &Clock::system()), m_network(new QNetworkAccessManager(this)),
      m_traffic(new TrafficRecorder(m_network, this)),
      m_keychain(new KeychainStore(
              options.keychainService.isEmpty() ? KeychainStore::defaultService() : options.keychainService, this)),
      m_profiles(new ProfileStore(m_settings.get(), m_keychain, this)),
      m_budget(std::make_unique<LoginBudget>(m_settings.get(), m_clock)),
      m_sessions(new OpenSessions(m_network, m_keychain, m_budget.get(), m_profiles, m_clock, this)),
      m_registration(new RegistrationService(m_sessions, m_profiles, options.ledgerPath, this))
{
    m_keychain->setFallbackToMemory(options.keychainMemoryFallback);
    m_trafficHistory = options.trafficHistory;
    m_trafficPath = options.trafficPath.isEmpty() ? TrafficStore::defaultPath() : options.trafficPath;
    if (!m_trafficHistory)
        m_traffic->setMemoryLimit(0); // one command's exchanges, all of them (--har)
    else if (!options.trafficHistoryLater)
        openTrafficHistory();
}

bool Services::openTrafficHistory()
{
    if (m_trafficStore)
        return true;
    if (!m_trafficHistory)
        return false;
    auto *store = new TrafficStore(this);
    if (!store->open(m_trafficPath)) {
        m_trafficError = store->errorString();
        delete store;
        return false;
    }
    m_trafficError.clear();
    m_trafficStore = store;
    m_traffic->setStore(store);
    return true;
}

Services::~Services()
{
    shutDown();
}

void Services::shutDown()
{
    if (m_traffic)
        m_traffic->setStore(nullptr);
    delete m_registration;
    m_registration = nullptr;
    delete m_sessions;
    m_sessions = nullptr;
}

} // namespace tc
