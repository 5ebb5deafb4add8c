#pragma once
// Users through the Management API, for the console's Users area and the CLI's `user` commands:
// find, a page of a group, show one, the own profile (a user session), update (only what changed,
// then read back), move to another group, delete. Every call goes through one Session (refreshing
// or logging in as needed) and its ApiClient.
//
//  - A deletion and a move are recorded in the ledger against the DeviceToken once the service
//    confirms them (or, when the answer was lost after the request may have been acted on, as
//    "delete-unknown" / "move-unknown"). Without an open ledger they are refused: nothing is sent.
//  - A move carries the target group's InstanceKEY. The caller reads it at the moment of sending
//    (RegistrationService::readGroupKey: from the group-key profile's keychain entry) and names
//    the origin it belongs to; a key is never sent to another origin than its profile's.
//  - Every call returns its UserTask at once and starts queued, so the caller connects first.
#include "core/api/ApiError.h"
#include "core/users/ManagedUser.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

namespace tc {

class ApiCall;
class ApiClient;
class Ledger;
class Session;

class UserTask : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Find, Page, Show, OwnProfile, Update, Move, Delete };
    Kind kind() const { return m_kind; }
    QString deviceToken() const { return m_deviceToken; }

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }

    // Find / Page / Show: what was found (possibly nothing: not an error).
    QList<ManagedUser> users() const { return m_users; }
    // Page: the page's counts.
    UserPage page() const { return m_page; }
    // Show, OwnProfile, and Update / Move after reading back: the user as the service has it now.
    std::optional<ManagedUser> user() const { return m_user; }
    // Update: the fields that were sent; the service's (or the check's) problems per field
    // (field name as UserField::editable() names it), and those it named no field for.
    QStringList sentFields() const { return m_sentFields; }
    QHash<QString, QString> fieldErrors() const { return m_fieldErrors; }
    QStringList otherErrors() const { return m_otherErrors; }
    // Update with nothing changed: nothing was sent.
    bool nothingToSend() const { return m_nothingToSend; }
    // Delete: read back, the user is gone.
    bool gone() const { return m_gone; }
    // Delete / Move: the service acted, but the ledger could not record it (why).
    QString ledgerProblem() const { return m_ledgerProblem; }
    // Update / Move: the service acted but reading the user back failed (why).
    QString readBackProblem() const { return m_readBackProblem; }

Q_SIGNALS:
    void finished(tc::UserTask *task);

private:
    friend class UserAdmin;
    UserTask(Kind kind, QObject *parent) : QObject(parent), m_kind(kind) { }
    void finish(const ApiError &error);

    Kind m_kind;
    QString m_deviceToken;
    bool m_finished = false;
    ApiError m_error;
    QList<ManagedUser> m_users;
    UserPage m_page;
    std::optional<ManagedUser> m_user;
    QStringList m_sentFields;
    QHash<QString, QString> m_fieldErrors;
    QStringList m_otherErrors;
    bool m_nothingToSend = false;
    bool m_gone = false;
    QString m_ledgerProblem;
    QString m_readBackProblem;
};

class UserAdmin : public QObject
{
    Q_OBJECT
public:
    // session and api: an admin session and the client it sends through (a user session for
    // ownProfile()). ledger: where deletions and moves are recorded (not owned; may be null, then
    // they are refused). actor: who acts, for the ledger (the admin profile's name or login).
    UserAdmin(Session *session, ApiClient *api, Ledger *ledger, QString actor, QObject *parent = nullptr);

    Session *session() const { return m_session; }
    ApiClient *client() const { return m_api; }

    // Management/users/find; criteria keys: DeviceToken, Email, Phone, ClientId, FirstName,
    // LastName, FullName.
    UserTask *find(const QList<QPair<QString, QString>> &criteria);
    UserTask *page(const UserPageQuery &query);
    // users/find by DeviceToken: user() is the one found, or empty when there is none.
    UserTask *show(const QString &deviceToken);
    UserTask *ownProfile();
    // PUT users with only `changes` (checked first; a problem sends nothing), then read back.
    UserTask *update(const QString &deviceToken, const UserChanges &changes);
    // users/instances/change, then read back. keyOrigin: the origin the key belongs to (its
    // group-key profile's base URL); it must be this client's. Empty: the key was given for this
    // service (CLI: environment or stdin).
    UserTask *move(const QString &deviceToken, const QString &toInstanceId, const QString &toInstanceKey,
                   const QUrl &keyOrigin = {}, const QString &detail = {});
    // DELETE users/{DeviceToken}, recorded in the ledger, then read back (gone()). `detail`: the
    // user as the person saw it (name), for the ledger.
    UserTask *remove(const QString &deviceToken, const QString &instanceId = {}, const QString &detail = {});

    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    UserTask *start(UserTask::Kind kind, const QString &deviceToken);
    // Runs makeCall through the session; then(call) on success, else the task fails.
    void run(UserTask *task, std::function<ApiCall *(const QString &jwt)> makeCall,
             std::function<void(ApiCall *call)> then, std::function<void(const ApiError &)> failed = {});
    void readBack(UserTask *task);
    bool record(UserTask *task, const QString &action, const QString &instanceId, const QString &toInstanceId,
                const QString &detail);

    QPointer<Session> m_session;
    QPointer<ApiClient> m_api;
    QPointer<Ledger> m_ledger;
    QString m_actor;
};

} // namespace tc
