#pragma once
// The sessions the console has open: at most one tc::Session (with its own tc::ApiClient on the
// shared QNetworkAccessManager) per profile. Profiles of the "sandbox" environment are pointed at
// the embedded sandbox's current URL (setSandboxUrl), which changes from run to run.
#include "core/api/Exchange.h"
#include "core/profiles/Profile.h"

#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace tc {

class ApiClient;
class Clock;
class KeychainStore;
class LoginBudget;
class ProfileStore;
class Session;

class OpenSessions : public QObject
{
    Q_OBJECT
public:
    // None is owned; all must outlive this object.
    OpenSessions(QNetworkAccessManager *network, KeychainStore *keychain, LoginBudget *budget, ProfileStore *profiles,
                 const Clock *clock, QObject *parent = nullptr);
    ~OpenSessions() override;

    // The session of a profile, created (logged out) if needed. Null for a GroupKey profile.
    Session *open(const Profile &profile);
    Session *session(const QString &profileName) const;
    ApiClient *client(const QString &profileName) const;
    QString profileName(const Session *session) const;
    // The session's profile is of the local sandbox environment.
    bool usesSandbox(const QString &profileName) const;
    QList<Session *> sessions() const;
    QStringList profileNames() const;
    // Forgets the session (it is deleted later); emits closed().
    void close(const QString &profileName);
    // Follows a rename (the session's keychain scope changes, so it is closed).
    void profileRenamed(const QString &from, const QString &to);

    // The URL requests of `profile` go to now. Sandbox profiles: the embedded sandbox's URL when it
    // runs, else the URL kept in the profile.
    QUrl baseUrlFor(const Profile &profile) const;
    void setSandboxUrl(const QUrl &url);
    QUrl sandboxUrl() const { return m_sandboxUrl; }

    // A throwaway client for one-off calls (Test login, registration) with `profile`'s URL and paths;
    // owned by `parent`.
    ApiClient *newClient(const Profile &profile, QObject *parent) const;

    QNetworkAccessManager *network() const { return m_network; }
    const Clock *clock() const { return m_clock; }

Q_SIGNALS:
    void opened(tc::Session *session, const QString &profileName);
    void closed(const QString &profileName);
    // Any open session changed state or tokens (for lists and status bars).
    void sessionChanged(const QString &profileName);
    // Every request of every open session, redacted (for a traffic page).
    void exchangeStarted(const tc::Exchange &exchange);
    void exchangeFinished(const tc::Exchange &exchange);

private:
    struct Entry
    {
        QString profile;
        ProfileEnvironment environment;
        ApiClient *api;
        Session *session;
    };

    QNetworkAccessManager *m_network;
    KeychainStore *m_keychain;
    LoginBudget *m_budget;
    ProfileStore *m_profiles;
    const Clock *m_clock;
    QUrl m_sandboxUrl;
    QList<Entry> m_entries;
};

} // namespace tc
