// One refresh or login of a Session in flight (see Renewal.h).
#include "core/auth/Renewal.h"

#include "core/api/ApiClient.h"
#include "core/auth/Session.h"
#include "core/profiles/KeychainStore.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.session", QtInfoMsg)
}

namespace tc {

Renewal::Renewal(Kind kind, QObject *parent) : QObject(parent), m_kind(kind) { }

Renewal::~Renewal()
{
    if (m_finished) {
        return;
    }
    // Cancelled. The answers it waits for (the call's, the keychain's, the attempt's) come from
    // the event loop and find no connection to this object any more.
    if (m_attempt) {
        m_attempt->cancel(); // aborts its call
    } else if (ApiCall *call = m_call) {
        call->cancel();
    }
}

void Renewal::startRefresh(ApiClient *api, const QString &accessToken, const QString &refreshToken)
{
    Q_ASSERT(m_kind == Kind::Refresh);
    const ApiClient::Purpose why(api, m_purpose);
    ApiCall *call = api->refresh(accessToken, refreshToken);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { finish(call->error()); });
    Q_EMIT callStarted(call);
}

void Renewal::startLogin(ApiClient *api, KeychainStore *keychain, LoginBudget *budget, const LoginRequest &request)
{
    Q_ASSERT(m_kind == Kind::Login);
    m_api = api;
    m_keychain = keychain;
    m_budget = budget;
    m_request = request;
    if (!m_request.attempt.secret.isEmpty()) {
        readLogin();
        return;
    }
    auto *job = m_keychain->read(m_request.secretKey);
    connect(job, &KeychainJob::finished, this, [this](KeychainJob *j) {
        if (!j->ok()) {
            finish(j->error());
            return;
        }
        if (!j->found() || j->data().isEmpty()) {
            finish(ApiError::validation(
                    m_request.attempt.admin
                            ? tr("no API password is stored for this profile; log in once with the password")
                    : m_request.attempt.userLogin != UserLogin::DeviceToken
                            ? tr("no password is stored for this UBI user; log in once with the user's password")
                            : tr("no InstanceKEY is stored for this profile; log in once with the key")));
            return;
        }
        m_request.attempt.secret = QString::fromUtf8(j->data());
        readLogin();
    });
}

void Renewal::readLogin()
{
    if (!m_request.attempt.login.isEmpty() || m_request.attempt.admin
        || m_request.attempt.userLogin != UserLogin::DeviceToken) {
        sendLogin();
        return;
    }
    // A user profile keeps its DeviceToken in the keychain.
    auto *job = m_keychain->read(m_request.deviceTokenKey);
    connect(job, &KeychainJob::finished, this, [this](KeychainJob *j) {
        if (!j->ok()) {
            finish(j->error());
            return;
        }
        m_request.attempt.login = QString::fromUtf8(j->data());
        sendLogin();
    });
}

void Renewal::sendLogin()
{
    const LoginAttempt::Request &request = m_request.attempt;
    if (request.login.isEmpty()) {
        finish(ApiError::validation(request.admin ? tr("no API login e-mail is known")
                                    : request.userLogin != UserLogin::DeviceToken
                                            ? tr("no phone number or e-mail is known")
                                            : tr("no DeviceToken is known")));
        return;
    }
    if (!request.admin && request.instanceId.isEmpty()) {
        finish(ApiError::validation(tr("a user login needs the group's InstanceId")));
        return;
    }
    qCInfo(lc) << (request.automatic ? "logging in again (automatic)" : "logging in") << "as"
               << sessionKindName(request.admin ? SessionKind::Admin : SessionKind::User);
    LoginAttempt::Request withPurpose = request;
    withPurpose.purpose = m_purpose;
    m_attempt = new LoginAttempt(m_api, m_budget, withPurpose, this);
    connect(m_attempt, &LoginAttempt::callStarted, this, [this](ApiCall *call) {
        m_call = call;
        Q_EMIT callStarted(call);
    });
    connect(m_attempt, &LoginAttempt::finished, this, [this](LoginAttempt *attempt) {
        m_call = attempt->call();
        finish(attempt->error());
    });
    m_attempt->start();
}

void Renewal::finish(const ApiError &error)
{
    if (m_finished) {
        return;
    }
    m_error = error;
    m_finished = true;
    Q_EMIT finished(this);
}

} // namespace tc
