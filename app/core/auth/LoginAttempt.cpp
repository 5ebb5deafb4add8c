#include "core/auth/LoginAttempt.h"

#include "core/api/ApiClient.h"
#include "core/auth/LoginBudget.h"

#include <QLoggingCategory>
#include <QTimer>

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.login", QtInfoMsg)
}

namespace tc {

LoginAttempt::LoginAttempt(ApiClient *api, LoginBudget *budget, const Request &request, QObject *parent)
    : QObject(parent), m_api(api), m_budget(budget), m_request(request)
{
}

ApiError LoginAttempt::refusal(const LoginBudget *budget, const QString &scope, bool automatic, QDateTime *until)
{
    if (!budget)
        return {};
    if (budget->isBlocked(scope)) {
        *until = budget->blockedUntil(scope);
        return ApiError::loginsPaused(*until, budget->clock().nowUtc(),
                                      tr("the service rate-limited logins earlier; no login is sent before then"));
    }
    if (automatic && !budget->allowsAutomatic(scope)) {
        *until = budget->nextAutomaticAt(scope);
        return ApiError::loginsPaused(*until, budget->clock().nowUtc(),
                                      tr("automatic logins are paused: %n login(s) in the last %1 min for this "
                                         "profile; log in by hand or wait",
                                         nullptr, budget->maxAutomatic())
                                              .arg(budget->window().count() / 60));
    }
    return {};
}

bool LoginAttempt::isShapeRefusal(const ApiError &e)
{
    if (e.kind() != ApiError::Kind::Auth || e.effectiveStatus() != 401)
        return false;
    const QList<ErrorDetail> details = e.errors();
    for (const ErrorDetail &d : details) {
        if (!d.key.trimmed().isEmpty())
            return false; // the service named a field: it read the shape
    }
    return true;
}

LoginFieldsShape LoginAttempt::firstShape(LoginFieldsMode mode, LoginFieldsMode lastWorkingShape)
{
    switch (mode) {
    case LoginFieldsMode::Object: return LoginFieldsShape::Object;
    case LoginFieldsMode::String: return LoginFieldsShape::String;
    case LoginFieldsMode::Auto: break;
    }
    return lastWorkingShape == LoginFieldsMode::String ? LoginFieldsShape::String : LoginFieldsShape::Object;
}

LoginFieldsShape LoginAttempt::otherShape(LoginFieldsShape shape)
{
    return shape == LoginFieldsShape::String ? LoginFieldsShape::Object : LoginFieldsShape::String;
}

LoginFieldsMode LoginAttempt::modeOf(LoginFieldsShape shape)
{
    return shape == LoginFieldsShape::String ? LoginFieldsMode::String : LoginFieldsMode::Object;
}

void LoginAttempt::start()
{
    if (m_budget)
        m_budget->recordLogin(m_request.scope, m_request.automatic); // one login, whatever the shapes
    send(firstShape(m_request.mode, m_request.lastWorkingShape));
}

void LoginAttempt::cancel()
{
    if (m_finished)
        return;
    if (ApiCall *call = m_call) {
        disconnect(call, nullptr, this, nullptr);
        call->cancel();
    }
    m_finished = true; // no answer is taken from now on
    m_error = ApiError::canceled();
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); }); // like every answer: later
}

void LoginAttempt::send(LoginFieldsShape shape)
{
    m_shape = shape;
    const ApiClient::Purpose why(m_api, m_request.purpose);
    const Request &r = m_request;
    ApiCall *call = r.admin ? m_api->loginAdmin(r.instanceId, r.login, r.secret, shape)
                    : r.userLogin == UserLogin::DeviceToken
                            ? m_api->loginUser(r.instanceId, r.login, r.secret, shape)
                            : m_api->loginUbiUser(r.instanceId, r.userLogin, r.login, r.secret, shape);
    m_call = call;
    connect(call, &ApiCall::finished, this, [this, call] { onAnswer(call); });
    Q_EMIT callStarted(call);
}

void LoginAttempt::onAnswer(ApiCall *call)
{
    const ApiError e = call->error();
    if (e.isError() && !m_triedOther && m_request.mode == LoginFieldsMode::Auto && isShapeRefusal(e)) {
        qCInfo(lc) << "401 naming no field with LoginFields as" << loginFieldsShapeName(m_shape) << "; trying"
                   << loginFieldsShapeName(otherShape(m_shape)) << "once";
        m_triedOther = true;
        send(otherShape(m_shape));
        return;
    }
    if (e.kind() == ApiError::Kind::RateLimited) {
        m_blockedUntil = e.retryAt().isValid()
                                 ? e.retryAt()
                                 : (m_budget ? m_budget->clock().nowUtc() : QDateTime::currentDateTimeUtc())
                                           .addSecs(LoginBudget::DefaultBlock.count());
        if (m_budget)
            m_budget->recordRateLimited(m_request.scope, m_blockedUntil);
        qCWarning(lc) << "logins are rate-limited until" << m_blockedUntil.toString(Qt::ISODate);
    } else if (!e.isError() && m_budget) {
        m_budget->clearBlock(m_request.scope);
    }
    finish(e);
}

void LoginAttempt::finish(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    Q_EMIT finished(this);
}

} // namespace tc
