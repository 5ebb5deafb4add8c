#pragma once
// One renewal of a Session's tokens in flight, private to the session: a refresh (one
// Auth/RefreshToken call) or a login (the API password / InstanceKEY, and a user's DeviceToken
// when no login is known, read from the keychain when not given; then one LoginAttempt, which
// counts it in the login budget). It sends, waits and says what came back; what to make of the
// answer (keep the tokens, log in instead, back off) is the session's.
//
// It finishes once: finished() when the answer (or the keychain's error) comes, or at once from
// startLogin() when there is nothing to log in with. Its cancellation is its deletion: deleting it
// before finished() aborts its Auth call (which still ends, as Kind::Canceled, for whoever keeps
// it) and drops the keychain answers it waits for; a deleted renewal never calls back, so its
// callbacks need no other guard. After finished() it only holds the outcome until deleted.
#include "core/api/ApiCall.h"
#include "core/api/ApiError.h"
#include "core/auth/LoginAttempt.h"

#include <QObject>
#include <QPointer>

namespace tc {

class ApiClient;
class KeychainStore;
class LoginBudget;

class Renewal : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Refresh, Login };

    struct LoginRequest
    {
        // An empty secret is read from secretKey; an empty login of a user from deviceTokenKey.
        LoginAttempt::Request attempt;
        QString secretKey;      // the keychain key of the API password / InstanceKEY
        QString deviceTokenKey; // the keychain key of a user's DeviceToken
    };

    Renewal(Kind kind, QObject *parent);
    ~Renewal() override;

    Kind kind() const { return m_kind; }

    // Why it is sent (the traffic console): "automatic refresh, 80 % of lifetime".
    void setPurpose(const QString &purpose) { m_purpose = purpose; }
    QString purpose() const { return m_purpose; }

    // Sends the refresh. All it uses must outlive the renewal.
    void startRefresh(ApiClient *api, const QString &accessToken, const QString &refreshToken);
    // Reads what the request lacks from the keychain, then logs in. budget may be null.
    void startLogin(ApiClient *api, KeychainStore *keychain, LoginBudget *budget, const LoginRequest &request);

    bool isFinished() const { return m_finished; }
    ApiError error() const { return m_error; }
    // The Auth call that answered last (null when none was sent); valid while finished() is emitted.
    ApiCall *call() const { return m_call; }
    // Login: the attempt (its shape, blockedUntil(), ...); null when no login was sent because
    // the keychain failed or a login, secret or InstanceId is missing.
    const LoginAttempt *attempt() const { return m_attempt; }
    // Login: the request with the secret and login it was sent with.
    const LoginAttempt::Request &loginRequest() const { return m_request.attempt; }

Q_SIGNALS:
    void callStarted(tc::ApiCall *call); // each Auth call, as it is sent
    void finished(tc::Renewal *renewal);

private:
    void readLogin();
    void sendLogin();
    void finish(const ApiError &error);

    Kind m_kind;
    ApiClient *m_api = nullptr;
    KeychainStore *m_keychain = nullptr;
    LoginBudget *m_budget = nullptr;
    LoginRequest m_request;
    QPointer<ApiCall> m_call;
    LoginAttempt *m_attempt = nullptr; // a child
    bool m_finished = false;
    ApiError m_error;
    QString m_purpose;
};

} // namespace tc
