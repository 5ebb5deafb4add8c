#include "core/auth/Session.h"

#include "core/api/ApiClient.h"
#include "core/auth/LoginAttempt.h"
#include "core/auth/LoginBudget.h"
#include "core/auth/Renewal.h"
#include "core/profiles/KeychainStore.h"

#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.session", QtInfoMsg)

constexpr qint64 kMaxTimerSecs = 3600; // re-evaluate at least hourly (coarse timers drift)

} // namespace

namespace tc {

QString sessionKindName(SessionKind kind)
{
    return kind == SessionKind::Admin ? u"admin"_s : u"user"_s;
}

// ---- SessionTask ---------------------------------------------------------------------------

void SessionTask::finish(const ApiError &error)
{
    if (m_finished) {
        return;
    }
    m_error = error;
    if (error.kind() == ApiError::Kind::RateLimited && error.retryAt().isValid()) {
        m_retryAt = error.retryAt();
    }
    m_finished = true;
    Q_EMIT finished(this);
    deleteLater();
}

void SessionTask::keep(ApiCall *call)
{
    if (!call || call == m_reply) {
        return;
    }
    if (m_reply) {
        m_reply->deleteLater();
    }
    call->setAutoDelete(false);
    call->setParent(this);
    m_reply = call;
}

// ---- Config ----------------------------------------------------------------------------------

QString Session::Config::sessionItem() const
{
    return kind == SessionKind::Admin ? SecretItem::adminSession() : SecretItem::userSession();
}

QString Session::Config::secretItem() const
{
    return secretItemFor(kind, userLogin);
}

QString Session::Config::secretItemFor(SessionKind kind, UserLogin userLogin)
{
    if (kind == SessionKind::Admin) {
        return SecretItem::apiPassword();
    }
    return userLogin == UserLogin::DeviceToken ? SecretItem::instanceKey() : SecretItem::userPassword();
}

std::optional<Session::Config> Session::Config::forProfile(const Profile &profile)
{
    if (profile.kind == ProfileKind::GroupKey) {
        return std::nullopt;
    }
    Config c;
    c.kind = profile.kind == ProfileKind::Admin ? SessionKind::Admin : SessionKind::User;
    c.scope = profile.secretScope();
    c.instanceId = profile.instanceId;
    c.login = profile.kind == ProfileKind::Admin ? profile.email : QString(); // a user's DeviceToken is a keychain item
    if (profile.kind == ProfileKind::UbiUser) {
        c.userLogin = profile.ubiLogin();
        c.login = profile.ubiLoginValue();
    }
    c.loginFields = profile.loginFields;
    c.lastWorkingShape = profile.lastWorkingShape;
    return c;
}

Session::Config Session::Config::forBaseUrl(const QUrl &baseUrl, SessionKind kind)
{
    Config c;
    c.kind = kind;
    c.scope = Profile::scopeForBaseUrl(baseUrl);
    return c;
}

// ---- Session ---------------------------------------------------------------------------------

Session::Session(ApiClient *api, KeychainStore *keychain, LoginBudget *budget, const Clock *clock, QObject *parent)
    : QObject(parent), m_api(api), m_keychain(keychain), m_store(keychain), m_budget(budget),
      m_clock(clock ? clock : &Clock::system())
{
    Q_ASSERT(api && keychain && budget);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Session::checkNow);
}

Session::~Session()
{
    m_memorySecret.fill(u'\0');
}

void Session::setConfig(const Config &config)
{
    const bool identityChanged = config.kind != m_config.kind || config.scope != m_config.scope
                                 || config.userLogin != m_config.userLogin
                                 || (!config.instanceId.isEmpty() && config.instanceId != m_config.instanceId)
                                 || (!config.login.isEmpty() && config.login != m_config.login);
    m_config = config;
    if (identityChanged && (hasTokens() || !m_memorySecret.isEmpty())) {
        m_tokens = SessionTokens();
        m_memorySecret.clear();
        m_lastError = {};
        m_timer.stop();
        Q_EMIT tokensChanged();
        settleState();
    }
}

QString Session::stateName(State s)
{
    switch (s) {
    case State::LoggedOut: return u"logged-out"_s;
    case State::LoggingIn: return u"logging-in"_s;
    case State::Active: return u"active"_s;
    case State::Refreshing: return u"refreshing"_s;
    case State::Expired: return u"expired"_s;
    case State::Error: return u"error"_s;
    }
    return {};
}

QString Session::identity() const
{
    if (m_config.kind == SessionKind::Admin) {
        if (!m_config.login.isEmpty()) {
            return m_config.login;
        }
        if (!m_tokens.login.isEmpty()) {
            return m_tokens.login;
        }
        return m_tokens.jwt.dataHubEmail();
    }
    if (userLogin() != UserLogin::DeviceToken) { // a UBI user: the phone number or e-mail
        return !m_config.login.isEmpty() ? m_config.login : m_tokens.login;
    }
    if (!m_tokens.deviceToken.isEmpty()) {
        return m_tokens.deviceToken;
    }
    return !m_config.login.isEmpty() ? m_config.login : m_tokens.login;
}

QString Session::instanceId() const
{
    if (!m_config.instanceId.isEmpty()) {
        return m_config.instanceId;
    }
    if (!m_tokens.instanceId.isEmpty()) {
        return m_tokens.instanceId;
    }
    return m_tokens.jwt.instanceId();
}

QDateTime Session::issuedAt() const
{
    const QDateTime iat = m_tokens.jwt.issuedAt();
    return iat.isValid() ? iat : m_tokens.receivedAt;
}

QDateTime Session::expiresAt() const
{
    return m_tokens.expiry.expiresAt;
}

QDateTime Session::refreshExpiresAt() const
{
    return m_tokens.jwt.isValid() ? m_tokens.jwt.refreshTokenExpiresAt() : QDateTime();
}

// When a token issued at `iat` and lapsing at `exp` is due for renewal: at 80 % of its life, or
// 5 minutes before it lapses when that comes first, never before half of it.
static QDateTime dueWithin(const QDateTime &iat, const QDateTime &exp)
{
    if (!iat.isValid() || iat >= exp) {
        return exp;
    }
    const qint64 lifeMs = iat.msecsTo(exp);
    const QDateTime atShare = iat.addMSecs(qint64(double(lifeMs) * Session::RefreshAtLifetime));
    const QDateTime ahead = exp.addSecs(-Session::RefreshAheadSecs);
    const QDateTime floor = iat.addMSecs(qint64(double(lifeMs) * Session::RefreshNotBeforeLifetime));
    return std::max(std::min(atShare, ahead), floor);
}

QDateTime Session::refreshTokenDueAt() const
{
    // An admin token lives 14 days and its refresh token 7 (RefreshTokenExpiredDate): refreshing at
    // 80 % of the access token's life (day 11) would find the refresh token dead and spend a login.
    // A refresh token already dead changes nothing: the access token's own rule stands (an early
    // re-login would spend the login budget while the token still works for days).
    const QDateTime rexp = refreshExpiresAt();
    const QDateTime iat = issuedAt();
    if (!hasTokens() || m_tokens.refreshToken.isEmpty() || !rexp.isValid() || !iat.isValid() || rexp <= iat
        || refreshTokenKnownDead()) {
        return {};
    }
    return dueWithin(iat, rexp);
}

QDateTime Session::refreshDueAt() const
{
    const QDateTime exp = expiresAt();
    if (!hasTokens() || !exp.isValid()) {
        return {};
    }
    const QDateTime due = dueWithin(issuedAt(), exp);
    const QDateTime beforeRefreshTokenLapses = refreshTokenDueAt();
    return beforeRefreshTokenLapses.isValid() ? std::min(due, beforeRefreshTokenLapses) : due;
}

QDateTime Session::serverNow() const
{
    return m_clock->nowUtc().addSecs(m_skew);
}

qint64 Session::secondsLeft(const Clock &clock) const
{
    const QDateTime exp = expiresAt();
    if (!hasTokens() || !exp.isValid()) {
        return 0;
    }
    return clock.nowUtc().addSecs(m_skew).secsTo(exp);
}

QDateTime Session::loginBlockedUntil() const
{
    return m_budget->blockedUntil(m_config.scope);
}

void Session::setAutoRefresh(bool on)
{
    if (on == m_autoRefresh) {
        return;
    }
    m_autoRefresh = on;
    Q_EMIT autoRefreshChanged(on);
    if (on) {
        checkNow();
    } else {
        schedule();
    }
}

QString Session::sessionKey() const
{
    return Profile::secretKey(m_config.scope, m_config.sessionItem());
}

QString Session::secretKey() const
{
    return Profile::secretKey(m_config.scope, Config::secretItemFor(m_config.kind, userLogin()));
}

UserLogin Session::userLogin() const
{
    if (m_config.kind != SessionKind::User) {
        return UserLogin::DeviceToken;
    }
    // No login configured (the CLI without a profile): the kept session's says what it was.
    if (m_config.login.isEmpty() && !m_tokens.login.isEmpty()) {
        return m_tokens.userLogin;
    }
    return m_config.userLogin;
}

bool Session::tokenUsable() const
{
    if (!hasTokens()) {
        return false;
    }
    const QDateTime exp = expiresAt();
    return !exp.isValid() || serverNow() < exp;
}

bool Session::refreshTokenKnownDead() const
{
    const QDateTime until = refreshExpiresAt();
    return until.isValid() && serverNow() >= until;
}

void Session::setState(State s)
{
    if (s == m_state) {
        return;
    }
    m_state = s;
    qCDebug(lc) << "state" << stateName(s);
    Q_EMIT stateChanged(s);
}

void Session::settleState()
{
    if (m_renewal && m_renewal->kind() == Renewal::Kind::Refresh) {
        setState(State::Refreshing);
    } else if (m_renewal) {
        setState(State::LoggingIn);
    } else if (!hasTokens()) {
        setState(m_lastError.isError() && !m_lastError.isCanceled() ? State::Error : State::LoggedOut);
    } else if (!tokenUsable()) {
        setState(m_lastError.isError() && !m_lastError.isCanceled() ? State::Error : State::Expired);
    } else {
        setState(State::Active);
    }
}

void Session::setError(const ApiError &e)
{
    m_lastError = e;
    if (e.isError() && !e.isCanceled()) {
        qCInfo(lc) << "session error:" << ApiError::kindName(e.kind());
        Q_EMIT errorOccurred(e);
    }
}

void Session::noteServerDate(const ApiCall *call)
{
    if (!call) {
        return;
    }
    const QDateTime server = call->serverDate();
    if (!server.isValid()) {
        return;
    }
    const qint64 measured = m_clock->nowUtc().secsTo(server);
    m_measuredSkew = measured;
    const qint64 effective = std::abs(measured) > SkewThresholdSecs ? measured : 0;
    // The Date header has a 1 s resolution: ignore jitter of a couple of seconds.
    if ((effective == 0) != (m_skew == 0) || std::abs(effective - m_skew) > 2) {
        m_skew = effective;
        if (effective != 0) {
            qCWarning(lc) << "the server's clock differs from this computer's by" << effective << "s";
        }
        Q_EMIT clockSkewChanged(m_skew);
    }
}

SessionTask *Session::newTask()
{
    return new SessionTask(this);
}

// ---- renewal: one refresh or login in flight, many waiters -----------------------------------

void Session::renew(bool force, const QString &staleJwt, Waiter waiter, const QString &why)
{
    if (isBusy()) {
        m_waiters.append(std::move(waiter));
        return;
    }
    if (!force && tokenUsable()) {
        waiter({});
        return;
    }
    if (force && !staleJwt.isEmpty() && m_tokens.accessToken != staleJwt && tokenUsable()) {
        waiter({}); // someone else already renewed the token that got the 401
        return;
    }
    m_waiters.append(std::move(waiter));
    startRenewal(true, why);
}

QString Session::scheduledRefreshPurpose() const
{
    if (m_failedRefreshes > 0)
        return tr("automatic refresh: try %1 after a failure").arg(m_failedRefreshes + 1);
    const QDateTime exp = expiresAt();
    const QDateTime iat = issuedAt();
    if (exp.isValid() && serverNow() >= exp)
        return tr("automatic refresh: the token expired");
    if (!exp.isValid() || !iat.isValid() || iat >= exp)
        return tr("automatic refresh");
    const QDateTime due = refreshDueAt();
    if (const QDateTime r = refreshTokenDueAt(); r.isValid() && due == r && due < dueWithin(iat, exp))
        return tr("automatic refresh, before the refresh token expires");
    if (due == exp.addSecs(-RefreshAheadSecs))
        return tr("automatic refresh, 5 min before expiry");
    if (due == iat.addMSecs(qint64(double(iat.msecsTo(exp)) * RefreshAtLifetime)))
        return tr("automatic refresh, %1 % of lifetime").arg(qRound(RefreshAtLifetime * 100));
    return tr("automatic refresh, %1 % of lifetime").arg(qRound(RefreshNotBeforeLifetime * 100));
}

void Session::startRenewal(bool automatic, const QString &why)
{
    if (hasTokens() && !m_tokens.refreshToken.isEmpty() && !refreshTokenKnownDead() && !m_refreshMaybeSpent) {
        startRefresh(why);
        return;
    }
    QString reason;
    if (m_refreshMaybeSpent) {
        reason = tr("the last refresh answer was lost, so the refresh token may be spent");
    } else if (hasTokens() && refreshTokenKnownDead()) {
        reason = tr("the refresh token expired");
    } else if (hasTokens() || !m_tokens.login.isEmpty()) {
        reason = tr("no refresh token was kept");
    }
    m_renewal = new Renewal(Renewal::Kind::Login, this);
    if (!reason.isEmpty())
        m_renewal->setPurpose(tr("re-login: %1").arg(reason));
    else if (!why.isEmpty())
        m_renewal->setPurpose(tr("%1 (login)").arg(why));
    startLogin(automatic, QString(), false, nullptr, reason);
}

qint64 Session::retryDelaySecs(int failures)
{
    return std::min<qint64>(RetryAfterFailureSecs, qint64(1) << std::clamp(failures, 1, 5));
}

QDateTime Session::nextRetryAt() const
{
    return m_failedRefreshes > 0 && m_autoRefresh && hasTokens() ? m_retryNotBefore : QDateTime();
}

void Session::finishRenewal(const ApiError &e)
{
    if (Renewal *renewal = std::exchange(m_renewal, nullptr)) {
        renewal->deleteLater(); // it may be the one calling
    }
    if (e.isError() && !e.isCanceled()) {
        setError(e);
    }
    settleState();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        w(e);
    }
    if (!isBusy()) {
        schedule();
    }
}

void Session::startRefresh(const QString &why)
{
    const QPointer<Renewal> renewal = new Renewal(Renewal::Kind::Refresh, this);
    renewal->setPurpose(why.isEmpty() ? tr("refresh") : why);
    m_renewal = renewal;
    settleState();
    if (!renewal) {
        return; // cancelled by a slot of stateChanged()
    }
    qCInfo(lc) << "refreshing the" << sessionKindName(m_config.kind) << "session";
    connect(renewal, &Renewal::finished, this, &Session::onRefreshFinished);
    renewal->startRefresh(m_api, m_tokens.accessToken, m_tokens.refreshToken);
}

void Session::onRefreshFinished(Renewal *renewal)
{
    ApiCall *call = renewal->call();
    noteServerDate(call);
    if (call->ok()) {
        const AuthResult r = call->authResult();
        SessionTokens t;
        t.accessToken = r.accessToken;
        t.refreshToken = r.refreshToken;
        t.deviceToken = r.deviceToken.isEmpty() ? m_tokens.deviceToken : r.deviceToken;
        t.login = m_tokens.login;
        t.userLogin = m_tokens.userLogin;
        t.instanceId = m_tokens.instanceId;
        t.shape = m_tokens.shape;
        t.expiresIn = r.expiresIn;
        t.receivedAt = serverNow();
        t.derive();
        if (t.refreshToken.isEmpty()) {
            t.refreshToken = m_tokens.refreshToken; // not rotated (tolerated; the docs say it is)
        }
        // Too late to cancel (the renewal has finished): the old refresh token is spent.
        persistThenAdopt(t, [this](const ApiError &) { finishRenewal({}); });
        return;
    }
    const ApiError e = call->error();
    if (e.isCanceled()) {
        finishRenewal(e);
        return;
    }
    if (e.kind() == ApiError::Kind::RateLimited) {
        m_retryNotBefore = e.retryAt().isValid() ? e.retryAt() : m_clock->nowUtc().addSecs(RetryAfterFailureSecs);
        finishRenewal(e);
        return;
    }
    if (e.kind() == ApiError::Kind::Auth) {
        // The refresh token is spent or expired (401, 400 or 419): the pair is dead.
        qCInfo(lc) << "refresh refused (" << e.effectiveStatus() << "); logging in again";
        m_tokens.accessToken.clear();
        m_tokens.refreshToken.clear();
        m_tokens.derive();
        Q_EMIT tokensChanged();
        m_renewal->deleteLater(); // the refresh is over; the login is the renewal in flight now
        m_renewal = new Renewal(Renewal::Kind::Login, this);
        m_renewal->setPurpose(tr("re-login: refresh token refused (HTTP %1)").arg(e.effectiveStatus()));
        startLogin(true, QString(), false, nullptr,
                   tr("the refresh token was refused (HTTP %1)").arg(e.effectiveStatus()));
        return;
    }
    // Network, timeout, 5xx, garbage: keep what we have and try again soon (2, 4, 8, 16, 30 s).
    // When the request may have reached the service, the pair may have been rotated there: the
    // refresh token held may be spent, so the next try logs in instead of refreshing.
    ++m_failedRefreshes;
    if (e.mayHaveBeenProcessed(call->httpStatus())) {
        m_refreshMaybeSpent = true;
        qCInfo(lc) << "the refresh answer was lost; the refresh token may be spent";
    }
    m_retryNotBefore = m_clock->nowUtc().addSecs(retryDelaySecs(m_failedRefreshes));
    finishRenewal(e);
}

void Session::startLogin(bool automatic, const QString &secret, bool keepSecret, QPointer<SessionTask> task,
                         const QString &reason)
{
    Q_ASSERT(m_renewal && m_renewal->kind() == Renewal::Kind::Login && !m_renewal->isFinished());
    const QPointer<Renewal> renewal = m_renewal; // null once a slot of a signal below cancelled it
    const QString scope = m_config.scope;
    QDateTime until;
    if (const ApiError refused = LoginAttempt::refusal(m_budget, scope, automatic, &until); refused.isError()) {
        m_retryNotBefore = until;
        if (m_budget->isBlocked(scope)) {
            Q_EMIT loginBlocked(until);
        }
        if (renewal) {
            finishRenewal(refused);
        }
        return;
    }
    settleState();
    if (!renewal) {
        return;
    }

    // Auto: the profile's last working shape, else the shape of the tokens held, else the object.
    const bool stringRemembered
            = m_config.lastWorkingShape == LoginFieldsMode::String
              || (m_config.lastWorkingShape == LoginFieldsMode::Auto && m_tokens.shape == LoginFieldsShape::String);
    Renewal::LoginRequest request;
    request.attempt.admin = m_config.kind == SessionKind::Admin;
    request.attempt.userLogin = userLogin();
    request.attempt.scope = m_config.scope;
    request.attempt.instanceId = !m_config.instanceId.isEmpty() ? m_config.instanceId : m_tokens.instanceId;
    request.attempt.login = !m_config.login.isEmpty() ? m_config.login : m_tokens.login;
    request.attempt.secret = !secret.isEmpty() ? secret : m_memorySecret; // else the keychain's
    request.attempt.mode = m_config.loginFields;
    request.attempt.lastWorkingShape = stringRemembered ? LoginFieldsMode::String : LoginFieldsMode::Object;
    request.attempt.automatic = automatic;
    request.secretKey = secretKey();
    request.deviceTokenKey = Profile::secretKey(m_config.scope, SecretItem::deviceToken());
    if (renewal->purpose().isEmpty())
        renewal->setPurpose(automatic ? (reason.isEmpty() ? tr("automatic login") : tr("re-login: %1").arg(reason))
                                      : tr("login"));
    connect(renewal, &Renewal::callStarted, this, [task](ApiCall *call) {
        if (task) {
            task->keep(call);
        }
    });
    const QString why = automatic ? reason : QString();
    connect(renewal, &Renewal::finished, this,
            [this, keepSecret, task, why](Renewal *r) { onLoginFinished(r, keepSecret, task, why); });
    renewal->startLogin(m_api, m_keychain, m_budget, request);
}

void Session::onLoginFinished(Renewal *renewal, bool keepSecret, QPointer<SessionTask> task, const QString &reason)
{
    const LoginAttempt *attempt = renewal->attempt();
    if (!attempt) { // the keychain failed, or a login, secret or InstanceId is missing: nothing was sent
        finishRenewal(renewal->error());
        return;
    }
    ApiCall *call = attempt->call();
    qCDebug(lc) << "login answered:" << ApiError::kindName(attempt->error().kind());
    if (call) {
        noteServerDate(call);
    }
    const ApiError e = attempt->error();
    if (!attempt->ok()) {
        if (e.kind() == ApiError::Kind::RateLimited && attempt->blockedUntil().isValid()) {
            rateLimited(attempt->blockedUntil(), task);
        } else if (!reason.isEmpty() && !e.isCanceled() && e.kind() != ApiError::Kind::Auth
                   && e.kind() != ApiError::Kind::Validation) {
            // An automatic re-login that failed on the way (network, timeout, 5xx): the same
            // backoff as a refresh, never a tight loop of logins.
            ++m_failedRefreshes;
            m_retryNotBefore = m_clock->nowUtc().addSecs(retryDelaySecs(m_failedRefreshes));
        }
        finishRenewal(e);
        return;
    }
    qCDebug(lc) << "login accepted; keeping the session";
    // Too late to cancel from here on (the renewal has finished).
    const QString login = renewal->loginRequest().login;
    const QString secret = renewal->loginRequest().secret;
    const LoginFieldsShape shape = attempt->shape();
    const AuthResult r = call->authResult();
    SessionTokens t;
    t.accessToken = r.accessToken;
    t.refreshToken = r.refreshToken;
    // The DeviceToken from the answer, else from the token's claims; a DeviceToken login's own.
    const UserLogin userLogin = renewal->loginRequest().userLogin;
    t.deviceToken = r.deviceToken;
    if (t.deviceToken.isEmpty() && m_config.kind == SessionKind::User) {
        t.deviceToken = Jwt::decode(r.accessToken).deviceToken();
        if (t.deviceToken.isEmpty() && userLogin == UserLogin::DeviceToken) {
            t.deviceToken = login;
        }
    }
    t.login = login;
    t.userLogin = m_config.kind == SessionKind::User ? userLogin : UserLogin::DeviceToken;
    t.instanceId = renewal->loginRequest().instanceId;
    t.shape = shape;
    t.expiresIn = r.expiresIn;
    t.receivedAt = serverNow();
    t.derive();
    m_memorySecret = secret; // for re-logins during this run
    if (m_config.loginFields == LoginFieldsMode::Auto && m_config.lastWorkingShape != LoginAttempt::modeOf(shape)) {
        m_config.lastWorkingShape = LoginAttempt::modeOf(shape);
        Q_EMIT loginShapeLearned(LoginAttempt::modeOf(shape));
    }
    const auto adoptAndFinish = [this, t, task, reason](const ApiError &secretError) {
        persistThenAdopt(t, [this, task, secretError, reason](const ApiError &sessionError) {
            if (task) {
                task->m_keychainError = secretError.isError() ? secretError : sessionError;
            }
            if (!reason.isEmpty()) { // an automatic re-login: say when and why, on the card
                m_automaticLogins.append({m_clock->nowUtc(), reason});
                while (m_automaticLogins.size() > KeptAutomaticLogins) {
                    m_automaticLogins.removeFirst();
                }
                qCInfo(lc) << "logged in again on its own";
                Q_EMIT loggedInAgain(reason);
            }
            finishRenewal({});
        });
    };
    if (keepSecret) {
        auto *job = m_keychain->write(secretKey(), secret.toUtf8());
        connect(job, &KeychainJob::finished, this,
                [adoptAndFinish](KeychainJob *j) { adoptAndFinish(j->ok() ? ApiError() : j->error()); });
    } else {
        adoptAndFinish({});
    }
}

void Session::rateLimited(const QDateTime &until, QPointer<SessionTask> task)
{
    // The attempt recorded the block in the budget; the session waits it out and says until when.
    m_retryNotBefore = until;
    Q_EMIT loginBlocked(until);
    if (task) {
        task->m_retryAt = until;
    }
}

void Session::persistThenAdopt(const SessionTokens &t, std::function<void(const ApiError &)> then)
{
    // The new refresh token reaches the keychain before the new JWT is used: a crash in between
    // leaves the keychain with a pair the service still honours.
    m_store.write(sessionKey(), m_config.kind, t, this, [this, t, then](const ApiError &keychainError) {
        m_keychainError = keychainError;
        adopt(t);
        if (keychainError.isError()) {
            qCWarning(lc) << "the session could not be kept in the keychain";
            setError(keychainError);
        }
        then(keychainError);
    });
}

void Session::adopt(const SessionTokens &t)
{
    m_tokens = t;
    m_lastError = {};
    m_retryNotBefore = {};
    m_failedRefreshes = 0;
    m_refreshMaybeSpent = false;
    Q_EMIT tokensChanged();
    settleState();
    schedule();
}

// ---- public actions --------------------------------------------------------------------------

SessionTask *Session::resume(bool renewIfLapsed)
{
    auto *task = newTask();
    QPointer<SessionTask> guard(task);
    m_store.read(sessionKey(), m_config.kind, this, [this, guard, renewIfLapsed](const SessionStore::Kept &kept) {
        if (!guard) {
            return;
        }
        if (kept.error.isError()) {
            setError(kept.error);
            settleState();
            guard->finish(kept.error);
            return;
        }
        if (!kept.found || hasTokens() || isBusy()) {
            guard->finish({});
            return;
        }
        const std::optional<SessionTokens> &t = kept.tokens;
        const bool matches
                = t
                  && (m_config.instanceId.isEmpty() || t->instanceId.isEmpty() || t->instanceId == m_config.instanceId)
                  && (m_config.login.isEmpty() || t->login.isEmpty()
                      || t->login.compare(m_config.login, Qt::CaseInsensitive) == 0);
        if (!matches) {
            qCInfo(lc) << "the kept session belongs to another identity; ignoring it";
            guard->finish({});
            return;
        }
        guard->m_resumed = true;
        m_tokens = *t;
        Q_EMIT tokensChanged();
        settleState();
        if (renewIfLapsed && !tokenUsable()) {
            renew(
                    false, QString(),
                    [guard](const ApiError &e) {
                        if (guard) {
                            guard->finish(e);
                        }
                    },
                    tr("resume: the kept token had lapsed"));
            return;
        }
        checkNow();
        guard->finish({});
    });
    return task;
}

SessionTask *Session::logIn(const QString &secret, bool keepSecret)
{
    auto *task = newTask();
    QPointer<SessionTask> guard(task);
    QTimer::singleShot(0, task, [this, guard, secret, keepSecret] { beginManualLogin(guard, secret, keepSecret); });
    return task;
}

void Session::beginManualLogin(QPointer<SessionTask> task, const QString &secret, bool keepSecret)
{
    if (!task) {
        return;
    }
    if (isBusy()) { // wait for the refresh/login in flight, then log in
        m_waiters.append([this, task, secret, keepSecret](const ApiError &e) {
            if (e.isCanceled()) { // cancel() ends the tasks queued behind it too
                if (task) {
                    task->finish(e);
                }
                return;
            }
            beginManualLogin(task, secret, keepSecret);
        });
        return;
    }
    m_renewal = new Renewal(Renewal::Kind::Login, this);
    m_waiters.append([task](const ApiError &e) {
        if (task) {
            task->finish(e);
        }
    });
    startLogin(false, secret, keepSecret, task);
}

SessionTask *Session::refreshNow()
{
    auto *task = newTask();
    QPointer<SessionTask> guard(task);
    QTimer::singleShot(0, task, [this, guard] {
        const Waiter done = [this, guard](const ApiError &e) {
            if (guard) {
                guard->m_keychainError = m_keychainError;
                guard->finish(e);
            }
        };
        if (isBusy()) {
            m_waiters.append(done);
            return;
        }
        if (!hasTokens() && m_tokens.login.isEmpty() && m_config.login.isEmpty()) {
            guard->finish(ApiError::validation(tr("not logged in: log in first")));
            return;
        }
        m_waiters.append(done);
        startRenewal(true, tr("refresh asked for"));
    });
    return task;
}

SessionTask *Session::ensureValid()
{
    auto *task = newTask();
    QPointer<SessionTask> guard(task);
    QTimer::singleShot(0, task, [this, guard] {
        renew(false, QString(), [guard](const ApiError &e) {
            if (guard) {
                guard->finish(e);
            }
        });
    });
    return task;
}

SessionTask *Session::authorized(std::function<ApiCall *(const QString &)> makeCall)
{
    auto *task = newTask();
    QPointer<SessionTask> guard(task);
    QTimer::singleShot(0, task, [this, guard, makeCall] {
        renew(false, QString(), [this, guard, makeCall](const ApiError &e) {
            if (!guard) {
                return;
            }
            if (e.isError()) {
                guard->finish(e);
                return;
            }
            sendAuthorized(guard, makeCall, false);
        });
    });
    return task;
}

void Session::sendAuthorized(QPointer<SessionTask> task, std::function<ApiCall *(const QString &)> makeCall,
                             bool retried)
{
    if (!task) {
        return;
    }
    const QString jwt = m_tokens.accessToken;
    ApiCall *call = makeCall(jwt);
    if (!call) {
        task->finish(ApiError::validation(tr("the request could not be built")));
        return;
    }
    task->keep(call);
    connect(call, &ApiCall::finished, task, [this, task, call, makeCall, retried, jwt] {
        noteServerDate(call);
        const ApiError e = call->error();
        if (!retried && e.kind() == ApiError::Kind::Auth && e.effectiveStatus() == 401) {
            qCInfo(lc) << "401 on an authorized call; refreshing once and repeating it";
            task->m_retried = true;
            renew(
                    true, jwt,
                    [this, task, makeCall](const ApiError &re) {
                        if (!task) {
                            return;
                        }
                        if (re.isError()) {
                            task->finish(re);
                            return;
                        }
                        sendAuthorized(task, makeCall, true);
                    },
                    tr("refresh after a 401"));
            return;
        }
        task->finish(e);
    });
}

void Session::forgetSecretInMemory()
{
    m_memorySecret.fill(u'\0');
    m_memorySecret.clear();
}

SessionTask *Session::logout(bool forgetSecret)
{
    auto *task = newTask();
    QPointer<SessionTask> guard(task);
    const QString keptSecret = secretKey(); // before the tokens (which may say what it is) go
    m_tokens = SessionTokens();
    m_lastError = {};
    m_retryNotBefore = {};
    m_failedRefreshes = 0;
    m_refreshMaybeSpent = false;
    m_timer.stop();
    if (forgetSecret) {
        m_memorySecret.fill(u'\0');
        m_memorySecret.clear();
    }
    Q_EMIT tokensChanged();
    settleState();
    m_store.remove(sessionKey(), this, [this, guard, forgetSecret, keptSecret](const ApiError &error) {
        if (error.isError() || !forgetSecret) {
            if (guard) {
                guard->finish(error);
            }
            return;
        }
        auto *job = m_keychain->remove(keptSecret);
        connect(job, &KeychainJob::finished, this, [guard](KeychainJob *j) {
            if (guard) {
                guard->finish(j->error());
            }
        });
    });
    return task;
}

bool Session::cancel()
{
    if (!m_renewal || m_renewal->isFinished()) {
        return false; // nothing in flight, or its answer came and is being acted on
    }
    qCInfo(lc) << "cancelling the" << (m_renewal->kind() == Renewal::Kind::Refresh ? "refresh" : "login") << "of the"
               << sessionKindName(m_config.kind) << "session";
    // Its deletion cancels it: the Auth call is aborted (it ends with Kind::Canceled; the task that
    // kept it, if any, deletes it) and the renewal never calls back.
    delete std::exchange(m_renewal, nullptr);
    m_lastError = {};
    if (hasTokens()) {
        m_retryNotBefore = m_clock->nowUtc().addSecs(RetryAfterFailureSecs); // not again at once
    }
    finishRenewal(ApiError::canceled());
    return true;
}

// ---- scheduling ------------------------------------------------------------------------------

void Session::checkNow()
{
    if (isBusy() || !hasTokens()) {
        return;
    }
    settleState(); // Active -> Expired when the clock says so
    if (m_autoRefresh) {
        const QDateTime due = refreshDueAt();
        const bool mayRetry = !m_retryNotBefore.isValid() || m_clock->nowUtc() >= m_retryNotBefore;
        // After a failed refresh (due or asked for by hand) it tries again on its own once the
        // backoff is over, due or not.
        const bool isDue = (due.isValid() && serverNow() >= due) || m_failedRefreshes > 0;
        if (isDue && mayRetry) {
            renew(
                    true, QString(), [](const ApiError &) {}, scheduledRefreshPurpose());
            return;
        }
    }
    schedule();
}

void Session::schedule()
{
    m_timer.stop();
    if (isBusy() || !hasTokens()) {
        return;
    }
    const QDateTime now = serverNow();
    QDateTime next;
    const auto consider = [&next](const QDateTime &t) {
        if (t.isValid() && (!next.isValid() || t < next)) {
            next = t;
        }
    };
    const QDateTime exp = expiresAt();
    if (exp.isValid() && now < exp) {
        consider(exp); // to show Expired on time
    }
    if (m_autoRefresh) {
        QDateTime due = refreshDueAt();
        if (m_failedRefreshes > 0 && m_retryNotBefore.isValid()) {
            due = m_retryNotBefore.addSecs(m_skew); // the backoff, due or not
        } else if (due.isValid() && m_retryNotBefore.isValid()) {
            due = std::max(due, m_retryNotBefore.addSecs(m_skew));
        }
        consider(due);
    }
    if (!next.isValid()) {
        return;
    }
    const qint64 ms = std::clamp<qint64>(now.msecsTo(next), 0, kMaxTimerSecs * 1000);
    m_timer.start(int(ms));
}

} // namespace tc
