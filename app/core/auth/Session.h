#pragma once
// The self-refreshing auth session of one identity (an admin's API credentials or one user's
// DeviceToken) under one keychain scope (a profile, or the CLI's base URL).
//
// What it keeps: DeviceToken, JWT and refresh token, in memory and in the keychain item
// "<scope>/session-admin|session-user" (one entry, so the pair is always written together; its
// format and keychain calls are SessionStore's). The rotated refresh token is written to the
// keychain BEFORE the new JWT is used.
//
// Decisions (the seeds' table):
//   no JWT or no refresh token            -> log in with the stored credentials
//   JWT due (80 % of its life or 5 min before expiry, whichever is first; never before half of
//   its life) or lapsed, or a 401         -> refresh (ONE refresh in flight for every caller)
//   refresh refused (401, 400, 419)       -> log in again, within the LoginBudget
//   429 on login                          -> no more logins until Retry-After; say when
//   a second 401 after a refresh          -> an error, never a loop
// LoginFields "auto": the profile's last working shape (else the object shape) first; on a 401
// naming no field (the vendor's answer to a shape it cannot read, whatever its Title), the other
// shape once (LoginAttempt, shared with the profile editor's Test login).
// loginFieldsShapeUsed() says which one worked.
//
// Time: all maths from the injected Clock. The server's Date header is compared with it; a skew
// of more than SkewThresholdSecs is reported (clockSkewChanged / clockSkewSecs) and expiry maths
// then uses server time (local now + skew).
//
// Every action returns a SessionTask at once and signals finished() later (queued).
//
// Division of labour: the session holds the state and makes the decisions above; the refresh or
// login in flight is a Renewal (Renewal.h: its Auth call, LoginAttempt and keychain reads; one at
// a time, whoever waits for it; cancel() deletes it); SessionStore keeps the tokens in the
// keychain; LoginAttempt makes the one login.
#include "core/api/ApiCall.h"
#include "core/api/ApiError.h"
#include "core/auth/Jwt.h"
#include "core/auth/SessionStore.h"
#include "core/profiles/Profile.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace tc {

class ApiClient;
class KeychainStore;
class LoginBudget;
class Renewal;
class Session;

enum class SessionKind { Admin, User };
QString sessionKindName(SessionKind kind); // "admin" / "user"

class SessionTask : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }
    // A keychain write that failed along the way (the tokens were still used; later processes
    // will not find them). Kind None when all was kept.
    ApiError keychainError() const { return m_keychainError; }
    // authorized(): the last call sent (owned by the task, valid until the task is deleted);
    // null when nothing was sent. login/refresh tasks: the Auth call.
    ApiCall *reply() const { return m_reply; }
    // authorized(): the first answer was a 401 and the call was repeated after a refresh.
    bool retriedAfter401() const { return m_retried; }
    // resume(): a kept session was found.
    bool resumed() const { return m_resumed; }
    // When a login may be tried again (rate limit / login budget); invalid otherwise.
    QDateTime retryAt() const { return m_retryAt; }

Q_SIGNALS:
    void finished(tc::SessionTask *task);

private:
    friend class Session;
    explicit SessionTask(QObject *parent) : QObject(parent) { }
    void finish(const ApiError &error);
    void keep(ApiCall *call);

    bool m_finished = false;
    bool m_retried = false;
    bool m_resumed = false;
    ApiError m_error;
    ApiError m_keychainError;
    QPointer<ApiCall> m_reply;
    QDateTime m_retryAt;
};

class Session : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool autoRefresh READ autoRefresh WRITE setAutoRefresh NOTIFY autoRefreshChanged)
    Q_PROPERTY(qint64 clockSkewSecs READ clockSkewSecs NOTIFY clockSkewChanged)
public:
    enum class State { LoggedOut, LoggingIn, Active, Refreshing, Expired, Error };
    Q_ENUM(State)

    static constexpr qint64 SkewThresholdSecs = 30;
    static constexpr qint64 RefreshAheadSecs = 300;  // "5 min before"
    static constexpr double RefreshAtLifetime = 0.8; // "at 80 % of its lifetime"
    static constexpr double RefreshNotBeforeLifetime = 0.5;
    static constexpr qint64 RetryAfterFailureSecs = 30; // the longest wait between failed refreshes
    // The wait before the next try after `failures` refreshes in a row failed on the network, a
    // timeout or an unreadable answer: 2, 4, 8, 16, then 30 s.
    static qint64 retryDelaySecs(int failures);

    // An automatic login (re-login) and why it was needed.
    struct AutomaticLogin
    {
        QDateTime at; // local clock, UTC
        QString reason;
    };
    static constexpr int KeptAutomaticLogins = 5;

    struct Config
    {
        SessionKind kind = SessionKind::Admin;
        QString scope;      // keychain scope: Profile::scopeForProfile() / scopeForBaseUrl()
        QString instanceId; // empty: taken from the kept session
        QString login;      // admin e-mail / user DeviceToken / UBI phone or e-mail; empty: kept session, then keychain
        // A user's: DeviceToken + InstanceKEY, or a UBI user's Phone / Email + own password.
        UserLogin userLogin = UserLogin::DeviceToken;
        LoginFieldsMode loginFields = LoginFieldsMode::Auto;
        LoginFieldsMode lastWorkingShape = LoginFieldsMode::Auto;

        QString sessionItem() const; // SecretItem::adminSession() / userSession()
        QString secretItem() const;  // SecretItem::apiPassword() / instanceKey() / userPassword()
        static QString secretItemFor(SessionKind kind, UserLogin userLogin);

        // Admin / User / UbiUser profiles; nullopt for a GroupKey profile (no login).
        static std::optional<Config> forProfile(const Profile &profile);
        // The CLI without a profile.
        static Config forBaseUrl(const QUrl &baseUrl, SessionKind kind);
    };

    // None is owned; all must outlive the session. The ApiClient's base URL and endpoints are
    // the caller's to set (Profile::baseUrl() / Profile::endpoints()).
    Session(ApiClient *api, KeychainStore *keychain, LoginBudget *budget, const Clock *clock = &Clock::system(),
            QObject *parent = nullptr);
    ~Session() override;

    // Changing the identity (kind, scope, instance, login) forgets the tokens held in memory.
    void setConfig(const Config &config);
    Config config() const { return m_config; }

    // ---- state for a token panel ----
    State state() const { return m_state; }
    static QString stateName(State s); // "logged-out", "logging-in", "active", ...
    SessionKind kind() const { return m_config.kind; }
    // admin: the API login e-mail; user: the DeviceToken; UBI user: the phone number or e-mail.
    QString identity() const;
    // A user's login: the configured one, else (no login configured) the kept session's.
    UserLogin userLogin() const;
    QString instanceId() const;
    QString deviceToken() const { return m_tokens.deviceToken; }
    bool hasTokens() const { return !m_tokens.accessToken.isEmpty(); }
    QString accessToken() const { return m_tokens.accessToken; } // the JWT: a secret
    Jwt jwt() const { return m_tokens.jwt; }
    QDateTime issuedAt() const;         // server time, UTC
    QDateTime expiresAt() const;        // server time, UTC (exp claim, else ExpiresIn)
    QDateTime refreshExpiresAt() const; // the JWT's RefreshTokenExpiredDate (invalid when absent)
    // When the scheduler refreshes: at 80 % of the access token's life (5 min before it lapses when
    // sooner, never before half of it), or by the same rule for the refresh token when that one
    // lapses first (refreshTokenDueAt(); invalid without a RefreshTokenExpiredDate).
    QDateTime refreshDueAt() const;
    QDateTime refreshTokenDueAt() const;
    TokenExpiry expiry() const { return m_tokens.expiry; }
    // Seconds until the JWT lapses by `clock` (+ skew); negative once lapsed; 0 without a token.
    qint64 secondsLeft(const Clock &clock) const;
    qint64 secondsLeft() const { return secondsLeft(*m_clock); }
    ApiError lastError() const { return m_lastError; }
    // Renewals (refreshes, and automatic re-logins after them) that failed in a row on the network,
    // a timeout, a 5xx or an unreadable answer; 0 after a success.
    int failedRefreshes() const { return m_failedRefreshes; }
    // When the scheduler tries again after such failures (invalid when none is pending or
    // auto-refresh is off).
    QDateTime nextRetryAt() const;
    // A refresh was sent and its answer lost (dropped after sending, timeout, garbled body): the
    // service may have rotated the pair, so the refresh token held may be spent. The next
    // renewal logs in again (within the login budget) instead of refreshing.
    bool refreshTokenMaybeSpent() const { return m_refreshMaybeSpent; }
    // The last automatic logins of this session, oldest first (at most KeptAutomaticLogins).
    QList<AutomaticLogin> automaticLogins() const { return m_automaticLogins; }
    bool autoRefresh() const { return m_autoRefresh; }
    void setAutoRefresh(bool on);
    // Server clock minus local clock, in seconds, when it exceeds SkewThresholdSecs; else 0.
    qint64 clockSkewSecs() const { return m_skew; }
    bool isClockSkewed() const { return m_skew != 0; }
    // The last raw measurement (server - local), for display even below the threshold.
    std::optional<qint64> measuredSkewSecs() const { return m_measuredSkew; }
    QDateTime serverNow() const; // local clock + skew
    // The LoginFields shape of the login that produced the current tokens (or of the last good one).
    std::optional<LoginFieldsShape> loginFieldsShapeUsed() const { return m_tokens.shape; }
    // The moment logins are blocked until (429), invalid when not blocked.
    QDateTime loginBlockedUntil() const;
    bool isBusy() const { return m_renewal != nullptr; }

    // ---- actions ----
    // Loads the kept session from the keychain. When its JWT lapsed and `renewIfLapsed`, refreshes
    // (or, if the refresh token is dead, logs in within the budget) before finishing.
    SessionTask *resume(bool renewIfLapsed = true);
    // A person's login (not counted against the automatic budget; a 429 block still applies).
    // secret: the API password / InstanceKEY; empty = the one held in memory or in the keychain.
    // keepSecret: write the given secret to the keychain (once the login worked).
    SessionTask *logIn(const QString &secret = {}, bool keepSecret = true);
    // Refresh now (joins a refresh in flight). Logs in again (budget) when the refresh is refused.
    SessionTask *refreshNow();
    // Finishes when a usable JWT is held (refreshing / logging in as needed).
    SessionTask *ensureValid();
    // Runs makeCall(jwt) with a usable JWT; on a 401, refreshes once and runs it once more.
    SessionTask *authorized(std::function<ApiCall *(const QString &jwt)> makeCall);
    // The stored password / key changed (a UBI user's new password): the one held in memory for
    // re-logins is dropped, so the next login reads the keychain's.
    void forgetSecretInMemory();
    // Forgets the tokens (memory and keychain). forgetSecret: the stored password/key too.
    SessionTask *logout(bool forgetSecret = false);
    // Stops the login or refresh in flight: aborts its Auth call (or drops the keychain read it
    // waits for), finishes every task waiting for it with ApiError kind Canceled (a task queued
    // to log in after it too), and settles back to LoggedOut / Active / Expired with no error
    // shown (lastError() is cleared, errorOccurred() is not emitted). Nothing is written to the
    // keychain and no login is counted beyond one already sent. A cancelled refresh is not
    // retried by the scheduler for RetryAfterFailureSecs. Returns false (and does nothing) when
    // nothing is in flight, or when the answer already came and the tokens are being kept.
    // A refresh the service answered just before the abort is lost: its refresh token is spent,
    // so the next refresh is refused and the session logs in again (within the budget).
    bool cancel();

    // Re-evaluates the schedule against the clock (the timer calls it; tests call it after
    // moving a ManualClock).
    void checkNow();

Q_SIGNALS:
    void stateChanged(tc::Session::State state);
    void tokensChanged();
    void errorOccurred(const tc::ApiError &error);
    void autoRefreshChanged(bool on);
    void clockSkewChanged(qint64 secs);
    // A login worked with this shape (Object or String) and it differs from lastWorkingShape:
    // the owner may store it in the profile.
    void loginShapeLearned(tc::LoginFieldsMode shape);
    void loginBlocked(const QDateTime &until);
    // The session logged in again on its own (reason: why a refresh could not do).
    void loggedInAgain(const QString &reason);

private:
    using Waiter = std::function<void(const ApiError &)>;

    QString sessionKey() const;
    QString secretKey() const;
    bool tokenUsable() const;
    bool refreshTokenKnownDead() const;
    void setState(State s);
    void settleState();
    void setError(const ApiError &e);
    void noteServerDate(const ApiCall *call);

    // why: what the traffic console says the refresh or login is for.
    void renew(bool force, const QString &staleJwt, Waiter waiter, const QString &why = {});
    void startRenewal(bool automatic, const QString &why = {});
    void startRefresh(const QString &why = {});
    // "automatic refresh, 80 % of lifetime", "automatic refresh, 5 min before expiry", ...
    QString scheduledRefreshPurpose() const;
    void onRefreshFinished(Renewal *renewal);
    void startLogin(bool automatic, const QString &secret, bool keepSecret, QPointer<SessionTask> task,
                    const QString &reason = {});
    void onLoginFinished(Renewal *renewal, bool keepSecret, QPointer<SessionTask> task, const QString &reason);
    void beginManualLogin(QPointer<SessionTask> task, const QString &secret, bool keepSecret);
    void rateLimited(const QDateTime &until, QPointer<SessionTask> task);
    void finishRenewal(const ApiError &e);
    void persistThenAdopt(const SessionTokens &t, std::function<void(const ApiError &keychainError)> then);
    void adopt(const SessionTokens &t);
    void sendAuthorized(QPointer<SessionTask> task, std::function<ApiCall *(const QString &)> makeCall, bool retried);
    void schedule();
    SessionTask *newTask();

    ApiClient *m_api;
    KeychainStore *m_keychain;
    SessionStore m_store; // the kept session item
    LoginBudget *m_budget;
    const Clock *m_clock;
    Config m_config;
    SessionTokens m_tokens;
    State m_state = State::LoggedOut;
    ApiError m_lastError;
    bool m_autoRefresh = true;
    qint64 m_skew = 0;
    std::optional<qint64> m_measuredSkew;
    QString m_memorySecret;
    Renewal *m_renewal = nullptr; // the refresh or login in flight (a child); deleting it cancels it
    QList<Waiter> m_waiters;
    QDateTime m_retryNotBefore; // local clock
    int m_failedRefreshes = 0;
    bool m_refreshMaybeSpent = false;
    QList<AutomaticLogin> m_automaticLogins;
    ApiError m_keychainError; // the last keychain write of the session (None when it worked)
    QTimer m_timer;
};

} // namespace tc
