#pragma once
// One login, as the session and the profile editor's "Test login" both make it: the LoginFields
// shape to send first, the other shape once when the first is refused the way the vendor refuses
// a shape it cannot read, the login budget's bookkeeping, and a 429 (logins blocked until
// Retry-After). One piece of code, so the console and its Test button can never disagree.
//
// The vendor answers a LoginFields shape it cannot read exactly as it answers a wrong password: a
// 401 whose Errors name no field (Title empty, "Unauthorized" or any other generic text). So with
// LoginFieldsMode::Auto such a 401 is tried once with the other shape; a 401 naming a field, any
// other status, or a second 401 ends the attempt.
#include "core/api/ApiCall.h"
#include "core/api/ApiError.h"
#include "core/profiles/Profile.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace tc {

class ApiClient;
class LoginBudget;

class LoginAttempt : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        bool admin = true; // admin (API e-mail + password) or user (see userLogin)
        // A user's login: DeviceToken + InstanceKEY, or a UBI user's Phone / Email + own password.
        UserLogin userLogin = UserLogin::DeviceToken;
        QString scope; // the login budget's scope (the profile's secret scope)
        QString instanceId;
        QString login;  // admin e-mail / user DeviceToken / UBI user's phone or e-mail
        QString secret; // API password / InstanceKEY / UBI user's password
        LoginFieldsMode mode = LoginFieldsMode::Auto;
        LoginFieldsMode lastWorkingShape = LoginFieldsMode::Auto; // Auto: object first
        bool automatic = false;                                   // counted against the automatic budget
        QString purpose; // why it is sent (the traffic console): "login", "re-login: ..."
    };

    // api and budget (may be null) must outlive the attempt.
    LoginAttempt(ApiClient *api, LoginBudget *budget, const Request &request, QObject *parent = nullptr);

    // Why a login may not be sent now (the service's 429 block, or the automatic budget spent);
    // None when it may. Check before reading secrets.
    static ApiError refusal(const LoginBudget *budget, const QString &scope, bool automatic, QDateTime *until);
    // A 401 the vendor also gives for a LoginFields shape it cannot read.
    static bool isShapeRefusal(const ApiError &e);
    static LoginFieldsShape firstShape(LoginFieldsMode mode, LoginFieldsMode lastWorkingShape);
    static LoginFieldsShape otherShape(LoginFieldsShape shape);
    static LoginFieldsMode modeOf(LoginFieldsShape shape);

    void start(); // sends at once; callStarted() for each call, then finished()
    // Aborts the call in flight; finished() follows (queued) with ApiError kind Canceled.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }
    // The call that answered last (the successful one when ok()); owned by the ApiClient rules
    // (autoDelete), valid until the event loop runs after finished().
    ApiCall *call() const { return m_call; }
    LoginFieldsShape shape() const { return m_shape; }        // the shape of the last call
    bool triedOtherShape() const { return m_triedOther; }     // the first shape got a shape refusal
    QDateTime blockedUntil() const { return m_blockedUntil; } // set on a 429

Q_SIGNALS:
    void callStarted(tc::ApiCall *call);
    void finished(tc::LoginAttempt *attempt);

private:
    void send(LoginFieldsShape shape);
    void onAnswer(ApiCall *call);
    void finish(const ApiError &error);

    ApiClient *m_api;
    LoginBudget *m_budget;
    Request m_request;
    QPointer<ApiCall> m_call;
    LoginFieldsShape m_shape = LoginFieldsShape::Object;
    bool m_triedOther = false;
    bool m_finished = false;
    ApiError m_error;
    QDateTime m_blockedUntil;
};

} // namespace tc
