#pragma once
// What the session commands keep within one process (CliContext::services() creates it on first
// use; main()'s CliContext owns it), over the core's service graph (CliContext::core(): keychain
// store, profile store, login budget): the resolved --profile, and the sessions made from them, for login/refresh/status/find/logout,
// `request --auth admin|user` and bulk's reconciliation.
//
// Credentials and sessions are kept in the OS keychain under the profile ("profile:<name>/...")
// or, without a profile, under the base URL ("base-url:<url>/..."), so that later processes
// refresh or log in again on their own. The keychain is probed first: when it is unavailable
// or locked the command exits with code 4 before anything is sent.
#include "core/api/ApiError.h"
#include "core/auth/Session.h"
#include "core/profiles/Profile.h"

#include <QDateTime>
#include <QJsonArray>

#include <memory>
#include <optional>

namespace tc {
class KeychainJob;
class KeychainStore;
class LoginBudget;
class ProfileStore;
} // namespace tc

namespace cli {

class CliContext;

// What a finished SessionTask said (the task deletes itself after finished()).
struct SessionResult
{
    tc::ApiError error;
    tc::ApiError keychainError;
    bool resumed = false;
    QDateTime retryAt;
    int httpStatus = 0;
    QJsonArray users;
};

class CliServices
{
public:
    explicit CliServices(CliContext &ctx);
    ~CliServices();
    CliServices(const CliServices &) = delete;
    CliServices &operator=(const CliServices &) = delete;

    // ---- profiles ----
    // --profile NAME: the profile and its base URL into the context (CliContext::requireBaseUrl()
    // calls it once). Returns an exit code.
    int resolveProfile();
    // The resolved --profile, or nullptr.
    const tc::Profile *profile() const { return m_profile ? &*m_profile : nullptr; }
    // `profile "NAME"`, or the base URL: where the sessions are kept.
    QString scopeText() const;

    // ---- the keychain ----
    // The base URL (and the profile), then the keychain probed once. Returns an exit code.
    int prepare(bool needKeychain = true);
    // A user profile keeps its DeviceToken with it; false when it could not.
    bool keepDeviceToken(const QString &profileName, const QString &deviceToken);

    // ---- sessions ----
    // The session of `kind` under the profile or the base URL. nullptr (and *rc) when the profile
    // is of another kind.
    std::unique_ptr<tc::Session> makeSession(tc::SessionKind kind, int *rc);
    // Waits (CliContext::wait) for one of the session's tasks; a signal cancels the session's
    // login or refresh. False when interrupted.
    bool run(tc::Session &session, tc::SessionTask *task, SessionResult *result);
    // Loads the kept session of the session's kind; *found says whether there was one. Returns an
    // exit code.
    int resumeKept(tc::Session &session, bool renewIfLapsed, bool *found);
    // The error of a task (and when logins may be tried again); returns its exit code.
    int fail(const SessionResult &result);
    // A warning when the session could not be kept in the keychain.
    void warnKeychain(const SessionResult &result);
    // "no kept KIND session ...: run login first" (exit 2).
    int notLoggedIn(tc::SessionKind kind);

    // The bearer token for `request --auth admin|user`, refreshing or logging in as needed.
    // nullopt and *exitCode when there is none.
    std::optional<QString> bearerFor(const QString &kindName, int *exitCode);
    // The kept admin session, resumed (refreshed if lapsed), for bulk's reconciliation of unknown
    // rows. nullptr and *why when there is none.
    std::unique_ptr<tc::Session> keptAdminSession(QString *why);

    // "admin" / "user" -> the kind.
    static std::optional<tc::SessionKind> kindFromArg(const QString &arg);

private:
    CliContext &m_ctx;
    // The core service graph's (CliContext::core()), not owned.
    tc::KeychainStore *m_keychain;
    tc::LoginBudget *m_budget;
    tc::ProfileStore *m_profiles;
    std::optional<tc::Profile> m_profile; // the resolved --profile
    bool m_keychainChecked = false;
};

} // namespace cli
