#include "core/auth/OpenSessions.h"

#include "core/api/ApiClient.h"
#include "core/auth/Session.h"
#include "core/profiles/ProfileStore.h"

using namespace Qt::StringLiterals;

namespace tc {

OpenSessions::OpenSessions(QNetworkAccessManager *network, KeychainStore *keychain, LoginBudget *budget,
                           ProfileStore *profiles, const Clock *clock, QObject *parent)
    : QObject(parent), m_network(network), m_keychain(keychain), m_budget(budget), m_profiles(profiles), m_clock(clock)
{
}

OpenSessions::~OpenSessions()
{
    for (const Entry &e : std::as_const(m_entries)) {
        delete e.session;
        delete e.api;
    }
}

QUrl OpenSessions::baseUrlFor(const Profile &profile) const
{
    if (profile.environment == ProfileEnvironment::Sandbox && m_sandboxUrl.isValid()) {
        return m_sandboxUrl;
    }
    return profile.baseUrl();
}

ApiClient *OpenSessions::newClient(const Profile &profile, QObject *parent) const
{
    auto *api = new ApiClient(m_network, parent);
    api->setClock(m_clock);
    api->setBaseUrl(baseUrlFor(profile));
    api->setTlsTrust(profile.tls);
    api->setEndpoints(profile.endpoints());
    api->setParty(profile.name);
    connect(api, &ApiClient::exchangeStarted, this, &OpenSessions::exchangeStarted);
    connect(api, &ApiClient::exchangeFinished, this, &OpenSessions::exchangeFinished);
    return api;
}

Session *OpenSessions::open(const Profile &profile)
{
    if (Session *s = session(profile.name)) {
        return s;
    }
    const auto config = Session::Config::forProfile(profile);
    if (!config) {
        return nullptr;
    }
    ApiClient *api = newClient(profile, nullptr);
    auto *s = new Session(api, m_keychain, m_budget, m_clock);
    s->setConfig(*config);
    api->setParty(profile.name, tr("%1 session").arg(sessionKindName(config->kind)));
    const QString name = profile.name;
    connect(s, &Session::loginShapeLearned, this, [this, name](LoginFieldsMode shape) {
        if (m_profiles && m_profiles->contains(name)) {
            m_profiles->setLastWorkingShape(name, shape);
        }
    });
    connect(s, &Session::stateChanged, this, [this, name] { Q_EMIT sessionChanged(name); });
    connect(s, &Session::tokensChanged, this, [this, name] { Q_EMIT sessionChanged(name); });
    m_entries.append({name, profile.environment, api, s});
    Q_EMIT opened(s, name);
    return s;
}

Session *OpenSessions::session(const QString &profileName) const
{
    for (const Entry &e : m_entries) {
        if (e.profile == profileName) {
            return e.session;
        }
    }
    return nullptr;
}

ApiClient *OpenSessions::client(const QString &profileName) const
{
    for (const Entry &e : m_entries) {
        if (e.profile == profileName) {
            return e.api;
        }
    }
    return nullptr;
}

bool OpenSessions::usesSandbox(const QString &profileName) const
{
    for (const Entry &e : m_entries) {
        if (e.profile == profileName) {
            return e.environment == ProfileEnvironment::Sandbox;
        }
    }
    return false;
}

QString OpenSessions::profileName(const Session *session) const
{
    for (const Entry &e : m_entries) {
        if (e.session == session) {
            return e.profile;
        }
    }
    return {};
}

QList<Session *> OpenSessions::sessions() const
{
    QList<Session *> out;
    for (const Entry &e : m_entries) {
        out.append(e.session);
    }
    return out;
}

QStringList OpenSessions::profileNames() const
{
    QStringList out;
    for (const Entry &e : m_entries) {
        out.append(e.profile);
    }
    return out;
}

void OpenSessions::close(const QString &profileName)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].profile == profileName) {
            const Entry e = m_entries.takeAt(i);
            e.session->disconnect(this);
            Q_EMIT closed(profileName);
            e.session->deleteLater();
            e.api->deleteLater();
            return;
        }
    }
}

void OpenSessions::profileRenamed(const QString &from, const QString &to)
{
    Q_UNUSED(to);
    close(from);
}

void OpenSessions::setSandboxUrl(const QUrl &url)
{
    m_sandboxUrl = url;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.environment == ProfileEnvironment::Sandbox && url.isValid()) {
            e.api->setBaseUrl(url);
        }
    }
}

} // namespace tc
