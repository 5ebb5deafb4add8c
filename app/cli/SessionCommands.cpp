// login / refresh / status / find / logout, and the --profile and bearer hooks (see SessionCommands.h).
#include "SessionCommands.h"

#include "core/ApiCall.h"
#include "core/ApiClient.h"
#include "core/KeychainStore.h"
#include "core/LoginBudget.h"
#include "core/ProfileStore.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSettings>

#include <vector>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// Everything the session commands share within one process. A child of the application, so it
// is gone before the application is.
class SessionServices : public QObject
{
public:
    explicit SessionServices(QObject *parent) : QObject(parent)
    {
        settings = tc::ProfileStore::openDefaultSettings();
        keychain = new tc::KeychainStore(tc::KeychainStore::defaultService(), this);
        keychain->setFallbackToMemory(false); // a CLI that cannot keep a session says so (exit 4)
        budget = std::make_unique<tc::LoginBudget>(settings.get());
        profiles = new tc::ProfileStore(settings.get(), keychain, this);
    }
    ~SessionServices() override
    {
        delete profiles;
        delete keychain;
    }

    static SessionServices &instance()
    {
        static QPointer<SessionServices> s;
        if (!s) {
            s = new SessionServices(QCoreApplication::instance());
        }
        return *s;
    }

    std::unique_ptr<QSettings> settings;
    tc::KeychainStore *keychain = nullptr;
    std::unique_ptr<tc::LoginBudget> budget;
    tc::ProfileStore *profiles = nullptr;
    std::optional<tc::Profile> profile; // the resolved --profile
    bool keychainChecked = false;
};

// What a finished SessionTask said (the task deletes itself after finished()).
struct TaskResult
{
    bool finished = false;
    tc::ApiError error;
    tc::ApiError keychainError;
    bool resumed = false;
    QDateTime retryAt;
    int httpStatus = 0;
    QJsonArray users;
};

// Waits (CliContext::wait) for one of the session's tasks; a signal cancels the session's login
// or refresh (when none is in flight, the wait ends at once). False when interrupted.
bool awaitTask(CliContext &ctx, tc::Session &session, tc::SessionTask *task, TaskResult *r)
{
    const auto cancel = [&session] { return session.cancel(); };
    return ctx.wait(task, &tc::SessionTask::finished, cancel, [task, r] {
        r->finished = true;
        r->error = task->error();
        r->keychainError = task->keychainError();
        r->resumed = task->resumed();
        r->retryAt = task->retryAt();
        if (task->reply()) {
            r->httpStatus = task->reply()->httpStatus();
            r->users = task->reply()->users();
        }
    });
}

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString isoOrDash(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString humanDuration(qint64 secs)
{
    const qint64 s = std::abs(secs);
    QString text;
    if (s < 120) {
        text = u"%1 s"_s.arg(s);
    } else if (s < 2 * 3600) {
        text = u"%1 min"_s.arg(s / 60);
    } else if (s < 2 * 86400) {
        text = u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
    } else {
        text = u"%1 d %2 h"_s.arg(s / 86400).arg((s % 86400) / 3600);
    }
    return secs < 0 ? text + u" ago"_s : u"in "_s + text;
}

// Resolves the profile (when named), the base URL and the keychain; returns an exit code.
int prepare(CliContext &ctx, bool needKeychain = true)
{
    if (const int rc = ctx.requireBaseUrl()) {
        return rc;
    }
    SessionServices &svc = SessionServices::instance();
    if (!needKeychain || svc.keychainChecked) {
        return ExitOk;
    }
    tc::KeychainJob *probe = svc.keychain->probe();
    tc::ApiError error;
    bool ok = false;
    if (!ctx.wait(probe, &tc::KeychainJob::finished, {}, [&] {
            ok = probe->ok();
            error = probe->error();
        })) {
        return ctx.interruptedExit(u"while checking the keychain"_s);
    }
    if (!ok) {
        return ctx.fail(error);
    }
    svc.keychainChecked = true;
    return ExitOk;
}

std::optional<tc::SessionKind> kindFromArg(const QString &arg)
{
    if (arg == u"admin"_s) {
        return tc::SessionKind::Admin;
    }
    if (arg == u"user"_s) {
        return tc::SessionKind::User;
    }
    return std::nullopt;
}

// The session for `kind` under the profile or the base URL. nullptr (and *rc) when the profile
// is of another kind.
std::unique_ptr<tc::Session> makeSession(CliContext &ctx, tc::SessionKind kind, int *rc)
{
    SessionServices &svc = SessionServices::instance();
    tc::ApiClient *api = ctx.client();
    tc::Session::Config config;
    if (svc.profile) {
        const auto c = tc::Session::Config::forProfile(*svc.profile);
        if (!c || c->kind != kind) {
            *rc = ctx.usageError(u"profile \"%1\" is a %2 profile, not %3"_s.arg(
                    svc.profile->name, tc::Profile::kindName(svc.profile->kind), tc::sessionKindName(kind)));
            return nullptr;
        }
        config = *c;
        api->setEndpoints(svc.profile->endpoints());
    } else {
        config = tc::Session::Config::forBaseUrl(ctx.baseUrl, kind);
    }
    auto session = std::make_unique<tc::Session>(api, svc.keychain, svc.budget.get());
    session->setAutoRefresh(false); // one command, one action: no timers
    session->setConfig(config);
    if (svc.profile) {
        const QString name = svc.profile->name;
        QObject::connect(session.get(), &tc::Session::loginShapeLearned, svc.profiles,
                         [name](tc::LoginFieldsMode shape) {
                             SessionServices::instance().profiles->setLastWorkingShape(name, shape);
                         });
    }
    return session;
}

QJsonObject describe(const tc::Session &s)
{
    QJsonObject o{
        {u"kind"_s, tc::sessionKindName(s.kind())},
        {u"identity"_s, s.identity()},
        {u"instance_id"_s, s.instanceId()},
        {u"state"_s, tc::Session::stateName(s.state())},
        {u"issued_at"_s, isoOrNull(s.issuedAt())},
        {u"expires_at"_s, isoOrNull(s.expiresAt())},
        {u"seconds_left"_s, double(s.secondsLeft())},
        {u"expired"_s, s.hasTokens() && s.secondsLeft() <= 0},
        {u"refresh_expires_at"_s, isoOrNull(s.refreshExpiresAt())},
        {u"login_fields"_s, s.loginFieldsShapeUsed() ? QJsonValue(tc::loginFieldsShapeName(*s.loginFieldsShapeUsed()))
                                                     : QJsonValue(QJsonValue::Null)},
    };
    if (s.kind() == tc::SessionKind::User) {
        o.insert(u"device_token"_s, s.deviceToken());
    }
    if (s.isClockSkewed()) {
        o.insert(u"clock_skew_seconds"_s, double(s.clockSkewSecs()));
    }
    if (s.loginBlockedUntil().isValid()) {
        o.insert(u"login_blocked_until"_s, isoOrNull(s.loginBlockedUntil()));
    }
    if (s.expiry().mismatch) {
        o.insert(u"expiry_note"_s, s.expiry().note);
    }
    return o;
}

void printHuman(CliContext &ctx, const tc::Session &s)
{
    QTextStream &out = ctx.out();
    out << tc::sessionKindName(s.kind()) << u"  "_s << s.identity();
    if (!s.instanceId().isEmpty()) {
        out << u"  (InstanceId "_s << s.instanceId() << u')';
    }
    out << u"\n"_s;
    out << u"  state               "_s << tc::Session::stateName(s.state()) << u"\n"_s;
    out << u"  expires_at          "_s << isoOrDash(s.expiresAt());
    if (s.expiresAt().isValid()) {
        out << u"  ("_s << humanDuration(s.secondsLeft()) << u')';
    }
    out << u"\n"_s;
    out << u"  seconds_left        "_s << s.secondsLeft() << u"\n"_s;
    out << u"  refresh_expires_at  "_s << isoOrDash(s.refreshExpiresAt()) << u"\n"_s;
    if (s.loginFieldsShapeUsed()) {
        out << u"  login_fields        sent as "_s
            << (*s.loginFieldsShapeUsed() == tc::LoginFieldsShape::String ? u"a JSON-encoded string"_s : u"an object"_s)
            << u"\n"_s;
    }
    if (s.isClockSkewed()) {
        out << u"  clock_skew          the service's clock is "_s << s.clockSkewSecs()
            << u" s off this computer's; times above are the service's\n"_s;
    }
    if (s.expiry().mismatch) {
        out << u"  note                "_s << s.expiry().note << u"\n"_s;
    }
    out.flush();
}

int failTask(CliContext &ctx, const TaskResult &r)
{
    QJsonObject extra;
    if (r.retryAt.isValid()) {
        extra.insert(u"retry_at"_s, isoOrNull(r.retryAt));
        ctx.err() << u"Logins may be tried again at "_s << r.retryAt.toUTC().toString(Qt::ISODate) << u" ("_s
                  << r.retryAt.toLocalTime().toString(u"HH:mm"_s) << u" local time).\n"_s;
        ctx.err().flush();
    }
    return ctx.fail(r.error, extra);
}

void warnKeychain(CliContext &ctx, const TaskResult &r)
{
    if (r.keychainError.isError()) {
        ctx.err() << u"warning: the session could not be kept: "_s << r.keychainError.message() << u"\n"_s;
        ctx.err().flush();
    }
}

QString scopeText(CliContext &ctx)
{
    const SessionServices &svc = SessionServices::instance();
    return svc.profile ? u"profile \"%1\""_s.arg(svc.profile->name) : ctx.baseUrl.toString();
}

// Loads the kept session of `kind`; *found says whether there was one. Returns an exit code.
int resumeKept(CliContext &ctx, tc::Session &session, bool renewIfLapsed, bool *found)
{
    TaskResult r;
    if (!awaitTask(ctx, session, session.resume(renewIfLapsed), &r)) {
        return ctx.interruptedExit(u"while loading the kept session"_s);
    }
    *found = r.resumed;
    if (r.error.isError()) {
        return failTask(ctx, r);
    }
    return ExitOk;
}

int notLoggedIn(CliContext &ctx, tc::SessionKind kind)
{
    return ctx.usageError(u"no kept %1 session for %2: run `telematics-cli %3login %1 ...` first"_s.arg(
            tc::sessionKindName(kind), scopeText(ctx),
            SessionServices::instance().profile ? u"--profile \"%1\" "_s.arg(SessionServices::instance().profile->name)
                                                : u"--base-url %1 "_s.arg(ctx.baseUrl.toString())));
}

int resolveProfileHook(CliContext &ctx)
{
    SessionServices &svc = SessionServices::instance();
    const auto p = svc.profiles->profile(ctx.profileName);
    if (!p) {
        const QStringList names = svc.profiles->names();
        return ctx.usageError(u"no profile named \"%1\"%2"_s.arg(
                ctx.profileName, names.isEmpty() ? u" (there are no profiles)"_s
                                                 : u"; known profiles: "_s + names.join(u", "_s)));
    }
    svc.profile = p;
    ctx.baseUrl = p->baseUrl();
    return ExitOk;
}

std::optional<QString> bearerHook(CliContext &ctx, const QString &kindName, int *exitCode)
{
    const auto kind = kindFromArg(kindName);
    if (!kind) {
        *exitCode = ctx.usageError(u"--auth must be admin, user or none"_s);
        return std::nullopt;
    }
    if (const int rc = prepare(ctx)) {
        *exitCode = rc;
        return std::nullopt;
    }
    int rc = ExitOk;
    auto session = makeSession(ctx, *kind, &rc);
    if (!session) {
        *exitCode = rc;
        return std::nullopt;
    }
    bool found = false;
    if (const int r = resumeKept(ctx, *session, true, &found)) {
        *exitCode = r;
        return std::nullopt;
    }
    TaskResult r;
    if (!awaitTask(ctx, *session, session->ensureValid(), &r)) {
        *exitCode = ctx.interruptedExit(u"while refreshing the session"_s);
        return std::nullopt;
    }
    if (r.error.isError()) {
        *exitCode = !found && r.error.kind() == tc::ApiError::Kind::Validation ? notLoggedIn(ctx, *kind) : failTask(ctx, r);
        return std::nullopt;
    }
    return session->accessToken();
}

} // namespace

void installSessionHooks(CliContext &ctx)
{
    ctx.resolveProfile = resolveProfileHook;
    ctx.bearerFor = bearerHook;
}

// login admin --instance-id ID --email EMAIL | login user --instance-id ID --device-token DT
int runLoginCommand(CliContext &ctx, const QStringList &args)
{
    if (const QString flag = CliContext::secretFlagIn(args); !flag.isEmpty()) {
        return ctx.usageError(u"%1: secrets are never flag values; use TELEMATICS_PASSWORD / TELEMATICS_INSTANCE_KEY "
                              u"or --secret-stdin"_s.arg(flag));
    }
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kind"_s, u"admin or user"_s);
    parser.addOption({u"instance-id"_s, u"Admin: the API InstanceID; user: the group's InstanceID."_s, u"ID"_s});
    parser.addOption({u"email"_s, u"Admin: the API login e-mail."_s, u"EMAIL"_s});
    parser.addOption({u"device-token"_s, u"User: the DeviceToken to log in as."_s, u"DT"_s});
    parser.addOption({u"secret-stdin"_s, u"Read the password / InstanceKEY from the first line of stdin."_s});
    parser.addOption({u"login-fields"_s, u"How LoginFields is sent: auto (default), object or string."_s, u"SHAPE"_s});
    if (const auto rc = ctx.parseCommand(parser, args,
                                         u"login admin --instance-id ID --email EMAIL | login user --instance-id ID "
                                         u"--device-token DT [--secret-stdin] [--login-fields auto|object|string]"_s)) {
        return *rc;
    }
    const QStringList positional = parser.positionalArguments();
    const auto kind = kindFromArg(positional.value(0));
    if (positional.size() != 1 || !kind) {
        return ctx.usageError(u"login needs admin or user: login admin --instance-id ID --email EMAIL, or login user "
                              u"--instance-id ID --device-token DT"_s);
    }
    const bool admin = *kind == tc::SessionKind::Admin;
    if (admin && parser.isSet(u"device-token"_s)) {
        return ctx.usageError(u"--device-token is for login user"_s);
    }
    if (!admin && parser.isSet(u"email"_s)) {
        return ctx.usageError(u"--email is for login admin"_s);
    }
    bool shapeOk = true;
    const tc::LoginFieldsMode mode = tc::Profile::loginFieldsFromName(parser.value(u"login-fields"_s), &shapeOk);
    if (!shapeOk) {
        return ctx.usageError(u"--login-fields must be auto, object or string"_s);
    }
    if (const int rc = ctx.requireBaseUrl()) {
        return rc;
    }
    SessionServices &svc = SessionServices::instance();
    const tc::Profile *profile = svc.profile ? &*svc.profile : nullptr;

    QString instanceId = parser.value(u"instance-id"_s).trimmed();
    QString login = (admin ? parser.value(u"email"_s) : parser.value(u"device-token"_s)).trimmed();
    if (profile) {
        if (instanceId.isEmpty()) {
            instanceId = profile->instanceId;
        }
        if (admin && login.isEmpty()) {
            login = profile->email;
        }
    }
    if (admin && login.isEmpty()) {
        return ctx.usageError(u"login admin needs --email EMAIL (the API login)"_s);
    }
    if (!admin && instanceId.isEmpty()) {
        return ctx.usageError(u"login user needs --instance-id ID (the user group's InstanceID)"_s);
    }
    if (!admin && login.isEmpty() && !profile) {
        return ctx.usageError(u"login user needs --device-token DT"_s);
    }
    const char *envVar = admin ? "TELEMATICS_PASSWORD" : "TELEMATICS_INSTANCE_KEY";
    QString problem;
    QString secret;
    if (parser.isSet(u"secret-stdin"_s) || qEnvironmentVariableIsSet(envVar) || !profile) {
        const auto s = ctx.readSecret(envVar, parser.isSet(u"secret-stdin"_s), &problem);
        if (!s) {
            return ctx.usageError(problem);
        }
        secret = *s;
    } // else: the profile's stored secret

    if (const int rc = prepare(ctx)) {
        return rc;
    }
    int rc = ExitOk;
    auto session = makeSession(ctx, *kind, &rc);
    if (!session) {
        return rc;
    }
    tc::Session::Config config = session->config();
    if (!instanceId.isEmpty()) {
        config.instanceId = instanceId;
    }
    if (!login.isEmpty()) {
        config.login = login;
    }
    if (parser.isSet(u"login-fields"_s)) {
        config.loginFields = mode;
    }
    session->setConfig(config);
    // Start from the kept session's remembered LoginFields shape (and never from its tokens).
    bool found = false;
    if (const int r = resumeKept(ctx, *session, false, &found)) {
        return r;
    }
    TaskResult r;
    if (!awaitTask(ctx, *session, session->logIn(secret, /*keepSecret=*/!secret.isEmpty()), &r)) {
        return ctx.interruptedExit(u"while logging in"_s);
    }
    if (r.error.isError()) {
        return failTask(ctx, r);
    }
    warnKeychain(ctx, r);
    if (profile && !admin && !login.isEmpty()) { // a user profile keeps its DeviceToken in the keychain
        tc::KeychainJob *job = svc.profiles->writeSecret(profile->name, tc::SecretItem::deviceToken(), login.toUtf8());
        bool kept = false;
        ctx.wait(job, &tc::KeychainJob::finished, {}, [&] { kept = job->ok(); });
        if (!kept) {
            ctx.err() << u"warning: the DeviceToken could not be kept with the profile\n"_s;
        }
    }
    if (ctx.json) {
        QJsonObject o = describe(*session);
        o.insert(u"kept_in"_s, scopeText(ctx));
        ctx.printJson(o);
    } else {
        ctx.out() << u"Logged in; the session is kept in the keychain for "_s << scopeText(ctx) << u".\n"_s;
        printHuman(ctx, *session);
    }
    return ExitOk;
}

// refresh [admin|user]
int runRefreshCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kind"_s, u"admin or user (default: the profile's kind, else admin)"_s);
    if (const auto rc = ctx.parseCommand(parser, args, u"refresh [admin|user]"_s)) {
        return *rc;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !kindFromArg(positional.first()))) {
        return ctx.usageError(u"refresh takes admin or user"_s);
    }
    if (const int rc = prepare(ctx)) {
        return rc;
    }
    const SessionServices &svc = SessionServices::instance();
    tc::SessionKind kind = tc::SessionKind::Admin;
    if (!positional.isEmpty()) {
        kind = *kindFromArg(positional.first());
    } else if (svc.profile && svc.profile->kind == tc::ProfileKind::User) {
        kind = tc::SessionKind::User;
    }
    int rc = ExitOk;
    auto session = makeSession(ctx, kind, &rc);
    if (!session) {
        return rc;
    }
    bool found = false;
    if (const int r = resumeKept(ctx, *session, false, &found)) {
        return r;
    }
    if (!found) {
        return notLoggedIn(ctx, kind);
    }
    TaskResult r;
    if (!awaitTask(ctx, *session, session->refreshNow(), &r)) {
        return ctx.interruptedExit(u"while refreshing"_s);
    }
    if (r.error.isError()) {
        return failTask(ctx, r);
    }
    warnKeychain(ctx, r);
    if (ctx.json) {
        ctx.printJson(describe(*session));
    } else {
        ctx.out() << u"Refreshed; the new pair is kept in the keychain.\n"_s;
        printHuman(ctx, *session);
    }
    return ExitOk;
}

// status: the kept sessions (no network)
int runStatusCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (const auto rc = ctx.parseCommand(parser, args, u"status"_s)) {
        return *rc;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.usageError(u"status takes no arguments"_s);
    }
    if (const int rc = prepare(ctx)) {
        return rc;
    }
    const SessionServices &svc = SessionServices::instance();
    QList<tc::SessionKind> kinds{tc::SessionKind::Admin, tc::SessionKind::User};
    if (svc.profile) {
        if (svc.profile->kind == tc::ProfileKind::GroupKey) {
            kinds.clear();
        } else {
            kinds = {svc.profile->kind == tc::ProfileKind::Admin ? tc::SessionKind::Admin : tc::SessionKind::User};
        }
    }
    QJsonArray sessions;
    std::vector<std::unique_ptr<tc::Session>> kept;
    for (tc::SessionKind kind : std::as_const(kinds)) {
        int rc = ExitOk;
        auto session = makeSession(ctx, kind, &rc);
        if (!session) {
            return rc;
        }
        bool found = false;
        if (const int r = resumeKept(ctx, *session, false, &found)) {
            return r;
        }
        if (found) {
            sessions.append(describe(*session));
            kept.push_back(std::move(session));
        }
    }
    if (ctx.json) {
        ctx.printJson({{u"scope"_s, scopeText(ctx)}, {u"base_url"_s, ctx.baseUrl.toString()}, {u"sessions"_s, sessions}});
        return ExitOk;
    }
    if (kept.empty()) {
        ctx.out() << u"No kept sessions for "_s << scopeText(ctx) << u".\n"_s;
        ctx.out().flush();
        return ExitOk;
    }
    ctx.out() << u"Kept sessions for "_s << scopeText(ctx) << u":\n"_s;
    for (const auto &s : std::as_const(kept)) {
        printHuman(ctx, *s);
    }
    return ExitOk;
}

// find --device-token DT | --email E | --client-id C | --phone P | --first-name F | --last-name L | --full-name N
int runFindCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QList<QPair<QString, QString>> keys{
            {u"device-token"_s, u"DeviceToken"_s}, {u"email"_s, u"Email"_s},          {u"client-id"_s, u"ClientId"_s},
            {u"phone"_s, u"Phone"_s},              {u"first-name"_s, u"FirstName"_s}, {u"last-name"_s, u"LastName"_s},
            {u"full-name"_s, u"FullName"_s},
    };
    for (const auto &k : keys) {
        parser.addOption({k.first, u"Match users by %1."_s.arg(k.second), u"VALUE"_s});
    }
    if (const auto rc = ctx.parseCommand(parser, args,
                                         u"find --device-token DT | --email E | --client-id C | --phone P | "
                                         u"--first-name F | --last-name L | --full-name N"_s)) {
        return *rc;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return ctx.usageError(u"find takes only options (e.g. --email E)"_s);
    }
    QList<QPair<QString, QString>> criteria;
    for (const auto &k : keys) {
        if (parser.isSet(k.first)) {
            criteria.append({k.second, parser.value(k.first)});
        }
    }
    if (criteria.isEmpty()) {
        return ctx.usageError(u"find needs at least one of --device-token, --email, --client-id, --phone, "
                              u"--first-name, --last-name, --full-name"_s);
    }
    if (const int rc = prepare(ctx)) {
        return rc;
    }
    int rc = ExitOk;
    auto session = makeSession(ctx, tc::SessionKind::Admin, &rc);
    if (!session) {
        return rc;
    }
    bool found = false;
    if (const int r = resumeKept(ctx, *session, true, &found)) {
        return r;
    }
    if (!found && session->config().login.isEmpty()) {
        return notLoggedIn(ctx, tc::SessionKind::Admin);
    }
    tc::ApiClient *api = ctx.client();
    TaskResult r;
    if (!awaitTask(ctx, *session, session->authorized([api, criteria](const QString &jwt) { return api->findUsers(jwt, criteria); }),
                   &r)) {
        return ctx.interruptedExit(u"while searching"_s);
    }
    if (r.error.isError()) {
        return failTask(ctx, r);
    }
    if (ctx.json) {
        ctx.printJson({{u"count"_s, r.users.size()}, {u"users"_s, r.users}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << r.users.size() << (r.users.size() == 1 ? u" user\n"_s : u" users\n"_s);
    for (const QJsonValue &u : std::as_const(r.users)) {
        out << QString::fromUtf8(QJsonDocument(u.toObject()).toJson(QJsonDocument::Compact)) << u"\n"_s;
    }
    out.flush();
    return ExitOk;
}

// logout [admin|user] [--forget]
int runLogoutCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"kind"_s, u"admin or user (default: both)"_s);
    parser.addOption({u"forget"_s, u"Also remove the kept password / InstanceKEY."_s});
    if (const auto rc = ctx.parseCommand(parser, args, u"logout [admin|user] [--forget]"_s)) {
        return *rc;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && !kindFromArg(positional.first()))) {
        return ctx.usageError(u"logout takes admin or user"_s);
    }
    if (const int rc = prepare(ctx)) {
        return rc;
    }
    const SessionServices &svc = SessionServices::instance();
    QList<tc::SessionKind> kinds;
    if (!positional.isEmpty()) {
        kinds = {*kindFromArg(positional.first())};
    } else if (svc.profile) {
        kinds = {svc.profile->kind == tc::ProfileKind::User ? tc::SessionKind::User : tc::SessionKind::Admin};
    } else {
        kinds = {tc::SessionKind::Admin, tc::SessionKind::User};
    }
    for (tc::SessionKind kind : std::as_const(kinds)) {
        int rc = ExitOk;
        auto session = makeSession(ctx, kind, &rc);
        if (!session) {
            return rc;
        }
        TaskResult r;
        if (!awaitTask(ctx, *session, session->logout(parser.isSet(u"forget"_s)), &r)) {
            return ctx.interruptedExit(u"while logging out"_s);
        }
        if (r.error.isError()) {
            return failTask(ctx, r);
        }
    }
    if (ctx.json) {
        ctx.printJson({{u"logged_out"_s, true}, {u"scope"_s, scopeText(ctx)}});
    } else {
        ctx.out() << u"Logged out of "_s << scopeText(ctx) << (parser.isSet(u"forget"_s) ? u"; credentials forgotten.\n"_s : u".\n"_s);
        ctx.out().flush();
    }
    return ExitOk;
}

// Used by bulk (BulkCommands.cpp) to reconcile unknown rows with Management/users/find.
std::unique_ptr<tc::Session> keptAdminSession(CliContext &ctx, QString *why)
{
    SessionServices &svc = SessionServices::instance();
    if (svc.profile && svc.profile->kind != tc::ProfileKind::Admin) {
        *why = u"profile \"%1\" is not an admin profile"_s.arg(svc.profile->name);
        return nullptr;
    }
    if (prepare(ctx) != ExitOk) {
        *why = u"the keychain is not available"_s;
        return nullptr;
    }
    int rc = ExitOk;
    auto session = makeSession(ctx, tc::SessionKind::Admin, &rc);
    if (!session) {
        *why = u"no admin session"_s;
        return nullptr;
    }
    TaskResult r;
    if (!awaitTask(ctx, *session, session->resume(true), &r)) {
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
