#pragma once
// The one path that creates users, for the console and the CLI: Registration/Create,
// CreateMany, bulk runs, and "register a user and log in" / "log in as this user".
//
//  - Every call names a RegistrationTarget. With a profile behind it, the target is resolved
//    again from that profile when the call is made (a target the page showed that no longer
//    matches the profile is refused: nothing is sent), and the group's InstanceKEY is read from
//    that same profile's keychain entry just before sending. So a key only ever goes to the
//    origin of the profile it belongs to, and no widget holds one.
//  - Every job commits each DeviceToken to the ledger before it reports it (RegistrationJob,
//    RegistrationManyJob, BulkJob); nothing is registered while the ledger is not open.
//  - A call returns its job at once and starts it queued (after the keychain read), so the
//    caller connects first and never misses finished().
#include "core/api/ApiError.h"
#include "core/api/RegistrationProfile.h"
#include "core/bulk/BulkJob.h"
#include "core/registration/RegistrationTarget.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

#include <functional>
#include <memory>
#include <optional>

namespace tc {

class Ledger;
class OpenSessions;
class ProfileStore;
class RegistrationJob;
class RegistrationManyJob;
class Session;
class UserProfileJob;

class RegistrationService : public QObject
{
    Q_OBJECT
public:
    // The console's: sessions says where each profile's requests go, gives the shared network
    // manager and the admin sessions that reconcile bulk rows. None is owned. ledgerPath (empty:
    // Ledger::defaultPath()) is opened on first use.
    RegistrationService(OpenSessions *sessions, ProfileStore *profiles, const QString &ledgerPath,
                        QObject *parent = nullptr);
    // The CLI's: no profiles (targets from RegistrationTarget::fromUrl, the key given with each
    // call), an open ledger it keeps. Not owned.
    RegistrationService(QNetworkAccessManager *network, Ledger *ledger, QObject *parent = nullptr);
    ~RegistrationService() override;

    // The transfer timeout of the clients the jobs send through (0: ApiClient's default).
    void setTransferTimeout(int msecs) { m_timeoutMs = msecs; }

    // The ledger, opened on first use (check isOpen(); ledgerError() says why not).
    Ledger *ledger();
    QString ledgerError() const { return m_ledgerError; }

    // ---- targets ----
    // Every group-key profile, by name.
    QList<RegistrationTarget> targets() const;
    std::optional<RegistrationTarget> target(const QString &groupProfileName) const;
    // The target for the profile selected in the console: itself when it is a group key; for an
    // admin or user profile, the first group-key profile of the same service (same environment
    // and base URL); none otherwise. Never another service's group.
    std::optional<RegistrationTarget> targetFor(const QString &profileName) const;
    // An admin session with tokens on the target's service, for reconciling bulk rows (or null).
    Session *adminSessionFor(const RegistrationTarget &target) const;

    // ---- registrations ----
    // instanceKey: given by the CLI (from its environment); empty: read from the keychain of
    // target.profileName. The job is started by the service.
    RegistrationJob *registerUser(const RegistrationTarget &target, const RegistrationProfile &profile,
                                  const QString &instanceKey = {}, QObject *parent = nullptr);
    RegistrationManyJob *registerMany(const RegistrationTarget &target, int quantity,
                                      std::optional<bool> createAccessToken = std::nullopt,
                                      const UserFields &customFields = {}, const QString &instanceKey = {},
                                      QObject *parent = nullptr);
    // options: all but the group (InstanceId and key come from the target). The admin session
    // of the target's service reconciles unknown rows on resume.
    BulkJob *startBulk(const RegistrationTarget &target, BulkOptions options, const QString &instanceKey = {},
                       QObject *parent = nullptr);

    // Saves a user profile for a DeviceToken of the target's group (named after the group and the
    // DeviceToken), with the group's InstanceKEY and the DeviceToken in the keychain.
    UserProfileJob *saveUserProfile(const RegistrationTarget &target, const QString &deviceToken,
                                    QObject *parent = nullptr);
    // Registers one user (a RegistrationJob: ledger first), then saves its user profile.
    UserProfileJob *registerUserProfile(const RegistrationTarget &target, QObject *parent = nullptr);

    // A group's InstanceKEY for another use than registering (moving a user into the group):
    // the target is resolved again from its profile (a changed or removed profile is refused)
    // and the key read from that profile's keychain entry now. `then` gets the resolved target
    // (its baseUrl is the only origin the key may go to) and the key; `refused` says why not.
    // Either runs later, while `context` lives.
    void readGroupKey(const RegistrationTarget &target, QObject *context,
                      std::function<void(const RegistrationTarget &, const QString &)> then,
                      std::function<void(const ApiError &)> refused);

    // The name a user profile of `deviceToken` in the group profile `groupProfileName` gets.
    static QString userProfileName(const QString &groupProfileName, const QString &deviceToken);

private:
    // Resolves the target again (profile-backed) and reads its key, then calls `then` with the
    // client to send through and the key, or `refused` with why nothing may be sent.
    void withKey(const RegistrationTarget &target, const QString &givenKey, QObject *job,
                 std::function<void(const RegistrationTarget &, const QString &)> then,
                 std::function<void(const ApiError &)> refused);
    ApiClient *clientFor(const RegistrationTarget &target, QObject *owner) const;
    // withKey(), then the job gets the key and starts; or it is refused (nothing sent).
    template <typename Job>
    void startWhenKeyed(const RegistrationTarget &target, const QString &givenKey, Job *job, ApiClient *api);

    OpenSessions *m_sessions = nullptr;
    ProfileStore *m_profiles = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    int m_timeoutMs = 0;
    QString m_ledgerPath;
    Ledger *m_ledger = nullptr;
    QString m_ledgerError;
};

// A user profile made from a DeviceToken (optionally after registering that user).
class UserProfileJob : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }
    QString profileName() const { return m_profileName; } // set when the profile was saved
    QString deviceToken() const { return m_deviceToken; }
    // Set when the profile was saved but a secret could not be kept in the keychain.
    QString keychainProblem() const { return m_keychainProblem; }

Q_SIGNALS:
    void finished(tc::UserProfileJob *job);

private:
    friend class RegistrationService;
    explicit UserProfileJob(QObject *parent) : QObject(parent) { }
    void finish(const ApiError &error);

    bool m_finished = false;
    ApiError m_error;
    QString m_profileName;
    QString m_deviceToken;
    QString m_keychainProblem;
};

} // namespace tc
