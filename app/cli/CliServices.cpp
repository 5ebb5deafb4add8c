// The keychain, profiles and sessions the session commands keep within one process (CliServices.h).
#include "CliServices.h"

#include "CliContext.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/auth/LoginBudget.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/services/Services.h"

using namespace Qt::StringLiterals;

namespace cli {

CliServices::CliServices(CliContext &ctx)
    : m_ctx(ctx), m_keychain(ctx.core()->keychain()), m_budget(ctx.core()->budget()), m_profiles(ctx.core()->profiles())
{
}

CliServices::~CliServices() = default;

int CliServices::resolveProfile()
{
    const auto p = m_profiles->profile(m_ctx.profileName);
    if (!p) {
        const QStringList names = m_profiles->names();
        return m_ctx.usageError(u"no profile named \"%1\"%2"_s.arg(
                m_ctx.profileName,
                names.isEmpty() ? u" (there are no profiles)"_s : u"; known profiles: "_s + names.join(u", "_s)));
    }
    m_profile = p;
    m_ctx.baseUrl = p->baseUrl();
    m_ctx.tls = p->tls;
    return ExitOk;
}

QString CliServices::scopeText() const
{
    return m_profile ? u"profile \"%1\""_s.arg(m_profile->name) : m_ctx.baseUrl.toString();
}

int CliServices::prepare(bool needKeychain)
{
    if (const int rc = m_ctx.requireBaseUrl())
        return rc;
    if (!needKeychain || m_keychainChecked)
        return ExitOk;
    tc::KeychainJob *probe = m_keychain->probe();
    tc::ApiError error;
    bool ok = false;
    if (!m_ctx.wait(probe, &tc::KeychainJob::finished, {}, [&] {
            ok = probe->ok();
            error = probe->error();
        }))
        return m_ctx.interruptedExit(u"while checking the keychain"_s);
    if (!ok)
        return m_ctx.fail(error);
    m_keychainChecked = true;
    return ExitOk;
}

bool CliServices::keepDeviceToken(const QString &profileName, const QString &deviceToken)
{
    tc::KeychainJob *job = m_profiles->writeSecret(profileName, tc::SecretItem::deviceToken(), deviceToken.toUtf8());
    bool kept = false;
    m_ctx.wait(job, &tc::KeychainJob::finished, {}, [&] { kept = job->ok(); });
    return kept;
}

std::optional<tc::SessionKind> CliServices::kindFromArg(const QString &arg)
{
    if (arg == u"admin"_s)
        return tc::SessionKind::Admin;
    if (arg == u"user"_s)
        return tc::SessionKind::User;
    return std::nullopt;
}

std::unique_ptr<tc::Session> CliServices::makeSession(tc::SessionKind kind, int *rc)
{
    tc::ApiClient *api = m_ctx.client();
    tc::Session::Config config;
    if (m_profile) {
        const auto c = tc::Session::Config::forProfile(*m_profile);
        if (!c || c->kind != kind) {
            *rc = m_ctx.usageError(u"profile \"%1\" is a %2 profile, not %3"_s.arg(
                    m_profile->name, tc::Profile::kindName(m_profile->kind), tc::sessionKindName(kind)));
            return nullptr;
        }
        config = *c;
        api->setEndpoints(m_profile->endpoints());
    } else {
        config = tc::Session::Config::forBaseUrl(m_ctx.baseUrl, kind);
    }
    api->setParty(scopeText(), tc::sessionKindName(kind) + u" session"_s);
    auto session = std::make_unique<tc::Session>(api, m_keychain, m_budget);
    session->setAutoRefresh(false); // one command, one action: no timers
    session->setConfig(config);
    if (m_profile) {
        tc::ProfileStore *profiles = m_profiles;
        const QString name = m_profile->name;
        QObject::connect(session.get(), &tc::Session::loginShapeLearned, profiles,
                         [profiles, name](tc::LoginFieldsMode shape) { profiles->setLastWorkingShape(name, shape); });
    }
    return session;
}

bool CliServices::run(tc::Session &session, tc::SessionTask *task, SessionResult *result)
{
    const auto cancel = [&session] { return session.cancel(); }; // false: nothing in flight to stop
    return m_ctx.wait(task, &tc::SessionTask::finished, cancel, [task, result] {
        result->error = task->error();
        result->keychainError = task->keychainError();
        result->resumed = task->resumed();
        result->retryAt = task->retryAt();
        if (task->reply()) {
            result->httpStatus = task->reply()->httpStatus();
            result->users = task->reply()->users();
        }
    });
}

int CliServices::resumeKept(tc::Session &session, bool renewIfLapsed, bool *found)
{
    SessionResult r;
    if (!run(session, session.resume(renewIfLapsed), &r))
        return m_ctx.interruptedExit(u"while loading the kept session"_s);
    *found = r.resumed;
    if (r.error.isError())
        return fail(r);
    return ExitOk;
}

int CliServices::fail(const SessionResult &result)
{
    QJsonObject extra;
    if (result.retryAt.isValid()) {
        extra.insert(u"retry_at"_s, result.retryAt.toUTC().toString(Qt::ISODate));
        m_ctx.err() << u"Logins may be tried again at "_s << result.retryAt.toUTC().toString(Qt::ISODate) << u" ("_s
                    << result.retryAt.toLocalTime().toString(u"HH:mm"_s) << u" local time).\n"_s;
        m_ctx.err().flush();
    }
    return m_ctx.fail(result.error, extra);
}

void CliServices::warnKeychain(const SessionResult &result)
{
    if (result.keychainError.isError()) {
        m_ctx.err() << u"warning: the session could not be kept: "_s << result.keychainError.message() << u"\n"_s;
        m_ctx.err().flush();
    }
}

int CliServices::notLoggedIn(tc::SessionKind kind)
{
    return m_ctx.usageError(u"no kept %1 session for %2: run `telematics-cli %3login %1 ...` first"_s.arg(
            tc::sessionKindName(kind), scopeText(),
            m_profile ? u"--profile \"%1\" "_s.arg(m_profile->name)
                      : u"--base-url %1 "_s.arg(m_ctx.baseUrl.toString())));
}

std::optional<QString> CliServices::bearerFor(const QString &kindName, int *exitCode)
{
    const auto kind = kindFromArg(kindName);
    if (!kind) {
        *exitCode = m_ctx.usageError(u"--auth must be admin, user or none"_s);
        return std::nullopt;
    }
    if ((*exitCode = prepare()))
        return std::nullopt;
    auto session = makeSession(*kind, exitCode);
    if (!session)
        return std::nullopt;
    bool found = false;
    if ((*exitCode = resumeKept(*session, true, &found)))
        return std::nullopt;
    SessionResult r;
    if (!run(*session, session->ensureValid(), &r)) {
        *exitCode = m_ctx.interruptedExit(u"while refreshing the session"_s);
        return std::nullopt;
    }
    if (r.error.isError()) {
        *exitCode = !found && r.error.kind() == tc::ApiError::Kind::Validation ? notLoggedIn(*kind) : fail(r);
        return std::nullopt;
    }
    return session->accessToken();
}

std::unique_ptr<tc::Session> CliServices::keptAdminSession(QString *why)
{
    if (m_profile && m_profile->kind != tc::ProfileKind::Admin) {
        *why = u"profile \"%1\" is not an admin profile"_s.arg(m_profile->name);
        return nullptr;
    }
    if (prepare() != ExitOk) {
        *why = u"the keychain is not available"_s;
        return nullptr;
    }
    int rc = ExitOk;
    auto session = makeSession(tc::SessionKind::Admin, &rc);
    if (!session) {
        *why = u"no admin session"_s;
        return nullptr;
    }
    SessionResult r;
    if (!run(*session, session->resume(true), &r)) {
        *why = u"interrupted"_s;
        return nullptr;
    }
    if (r.error.isError() || !r.resumed || !session->hasTokens()) {
        *why = r.error.isError() ? r.error.message() : u"no kept admin session (telematics-cli login admin ...)"_s;
        return nullptr;
    }
    return session;
}

} // namespace cli
