// login / refresh / status / find / logout (SessionCommands.h); what they keep is CliServices.
#include "SessionCommands.h"

#include "CliServices.h"

#include "core/api/ApiClient.h"
#include "core/util/TimeText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString isoOrDash(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
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
            {u"login_fields"_s, s.loginFieldsShapeUsed()
                                        ? QJsonValue(tc::loginFieldsShapeName(*s.loginFieldsShapeUsed()))
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
        out << u"  ("_s << tc::TimeText::plainRelative(s.secondsLeft()) << u')';
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

// [admin|user]: at most one, and one of those. nullopt: fine.
std::optional<int> checkKindArgument(CliContext &ctx, const QStringList &positional, const QString &command)
{
    if (positional.size() > 1 || (positional.size() == 1 && !CliServices::kindFromArg(positional.first())))
        return ctx.usageError(u"%1 takes admin or user"_s.arg(command));
    return std::nullopt;
}

} // namespace

// ---- login ------------------------------------------------------------------------------------

LoginCommand::LoginCommand()
    : Command(u"login"_s,
              u"login admin --instance-id ID --email EMAIL | login user --instance-id ID --device-token DT | --phone P "
              u"| --email E"_s,
              {},
              u"login admin --instance-id ID --email EMAIL | login user --instance-id ID "
              u"(--device-token DT | --phone P | --email E) [--secret-stdin] [--login-fields auto|object|string]"_s)
{
    positionalArguments = {{u"kind"_s, u"admin or user"_s, {}}};
    options = {
            {u"instance-id"_s, u"Admin: the API InstanceID; user: the group's InstanceID."_s, u"ID"_s},
            {u"email"_s, u"Admin: the API login e-mail; user: a UBI user's e-mail login."_s, u"EMAIL"_s},
            {u"device-token"_s, u"User: the DeviceToken to log in as (password: the group's InstanceKEY)."_s, u"DT"_s},
            {u"phone"_s, u"User: a UBI user's phone-number login (password: the user's own)."_s, u"PHONE"_s},
            {u"secret-stdin"_s, u"Read the password / InstanceKEY from the first line of stdin."_s},
            {u"login-fields"_s, u"How LoginFields is sent: auto (default), object or string."_s, u"SHAPE"_s},
    };
}

LoginCommand::~LoginCommand() = default;

int LoginCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args))
        return *rc;
    if (const auto rc = parseOptions(ctx))
        return *rc;
    if (const auto rc = readCredentials(ctx))
        return *rc;
    if (const auto rc = logIn(ctx))
        return *rc;
    print(ctx);
    return ExitOk;
}

// The kind and the flags that go with it.
std::optional<int> LoginCommand::parseOptions(CliContext &ctx)
{
    const QStringList arguments = positional();
    const auto kind = CliServices::kindFromArg(arguments.value(0));
    if (arguments.size() != 1 || !kind) {
        return ctx.usageError(u"login needs admin or user: login admin --instance-id ID --email EMAIL, or login user "
                              u"--instance-id ID --device-token DT"_s);
    }
    m_kind = *kind;
    const bool admin = m_kind == tc::SessionKind::Admin;
    if (admin && (isSet(u"device-token"_s) || isSet(u"phone"_s))) {
        return ctx.usageError(u"--device-token and --phone are for login user"_s);
    }
    if (!admin) {
        const int given = int(isSet(u"device-token"_s)) + int(isSet(u"phone"_s)) + int(isSet(u"email"_s));
        if (given > 1) {
            return ctx.usageError(u"login user takes one of --device-token, --phone or --email"_s);
        }
        m_userLogin = isSet(u"phone"_s)   ? tc::UserLogin::Phone
                      : isSet(u"email"_s) ? tc::UserLogin::Email
                                          : tc::UserLogin::DeviceToken;
        if (const tc::Profile *profile = ctx.services().profile();
            profile && profile->kind == tc::ProfileKind::UbiUser && given == 0) {
            m_userLogin = profile->ubiLogin();
        }
    }
    bool shapeOk = true;
    m_mode = tc::Profile::loginFieldsFromName(value(u"login-fields"_s), &shapeOk);
    if (!shapeOk) {
        return ctx.usageError(u"--login-fields must be auto, object or string"_s);
    }
    return std::nullopt;
}

// The InstanceID, the login and the secret: from the flags, else from the profile (and its keychain
// entry), else from the environment or stdin.
std::optional<int> LoginCommand::readCredentials(CliContext &ctx)
{
    if (const int rc = ctx.requireBaseUrl()) {
        return rc;
    }
    const tc::Profile *profile = ctx.services().profile();
    const bool admin = m_kind == tc::SessionKind::Admin;
    m_instanceId = value(u"instance-id"_s).trimmed();
    m_login = (admin || m_userLogin == tc::UserLogin::Email ? value(u"email"_s)
               : m_userLogin == tc::UserLogin::Phone        ? value(u"phone"_s)
                                                            : value(u"device-token"_s))
                      .trimmed();
    if (m_userLogin == tc::UserLogin::Phone && !m_login.isEmpty()) {
        if (const QString problem = tc::Profile::phoneProblem(m_login); !problem.isEmpty()) {
            return ctx.usageError(u"--phone: "_s + problem);
        }
    }
    if (m_userLogin == tc::UserLogin::Email && !m_login.isEmpty() && !m_login.contains(u'@')) {
        return ctx.usageError(u"--email must be an e-mail address"_s);
    }
    if (profile) {
        if (m_instanceId.isEmpty()) {
            m_instanceId = profile->instanceId;
        }
        if (admin && m_login.isEmpty()) {
            m_login = profile->email;
        }
    }
    if (admin && m_login.isEmpty()) {
        return ctx.usageError(u"login admin needs --email EMAIL (the API login)"_s);
    }
    if (!admin && m_instanceId.isEmpty()) {
        return ctx.usageError(u"login user needs --instance-id ID (the user group's InstanceID)"_s);
    }
    if (!admin && m_login.isEmpty() && !profile) {
        return ctx.usageError(u"login user needs --device-token DT, or --phone P / --email E for a UBI user"_s);
    }
    const char *envVar
            = admin || m_userLogin != tc::UserLogin::DeviceToken ? "TELEMATICS_PASSWORD" : "TELEMATICS_INSTANCE_KEY";
    if (isSet(u"secret-stdin"_s) || qEnvironmentVariableIsSet(envVar) || !profile) {
        QString problem;
        const auto s = ctx.readSecret(envVar, isSet(u"secret-stdin"_s), &problem);
        if (!s) {
            return ctx.usageError(problem);
        }
        m_secret = *s;
    } // else: the profile's stored secret
    return std::nullopt;
}

// The login itself; the session (and the secret given) kept in the keychain.
std::optional<int> LoginCommand::logIn(CliContext &ctx)
{
    CliServices &services = ctx.services();
    if (const int rc = services.prepare()) {
        return rc;
    }
    int rc = ExitOk;
    m_session = services.makeSession(m_kind, &rc);
    if (!m_session) {
        return rc;
    }
    tc::Session::Config config = m_session->config();
    if (!m_instanceId.isEmpty()) {
        config.instanceId = m_instanceId;
    }
    if (!m_login.isEmpty()) {
        config.login = m_login;
        config.userLogin = m_kind == tc::SessionKind::User ? m_userLogin : tc::UserLogin::DeviceToken;
    }
    if (isSet(u"login-fields"_s)) {
        config.loginFields = m_mode;
    }
    m_session->setConfig(config);
    // Start from the kept session's remembered LoginFields shape (and never from its tokens).
    bool found = false;
    if (const int r = services.resumeKept(*m_session, false, &found)) {
        return r;
    }
    SessionResult r;
    if (!services.run(*m_session, m_session->logIn(m_secret, /*keepSecret=*/!m_secret.isEmpty()), &r)) {
        return ctx.interruptedExit(u"while logging in"_s);
    }
    if (r.error.isError()) {
        return services.fail(r);
    }
    services.warnKeychain(r);
    const tc::Profile *profile = services.profile();
    if (profile && m_kind == tc::SessionKind::User && m_userLogin == tc::UserLogin::DeviceToken
        && !m_login.isEmpty()) { // a user profile keeps its DeviceToken
        if (!services.keepDeviceToken(profile->name, m_login)) {
            ctx.err() << u"warning: the DeviceToken could not be kept with the profile\n"_s;
        }
    }
    return std::nullopt;
}

void LoginCommand::print(CliContext &ctx)
{
    const QString scope = ctx.services().scopeText();
    if (ctx.json) {
        QJsonObject o = describe(*m_session);
        o.insert(u"kept_in"_s, scope);
        ctx.printJson(o);
    } else {
        ctx.out() << u"Logged in; the session is kept in the keychain for "_s << scope << u".\n"_s;
        printHuman(ctx, *m_session);
    }
}

// ---- refresh ----------------------------------------------------------------------------------

RefreshCommand::RefreshCommand()
    : Command(u"refresh"_s, u"refresh [admin|user]"_s, u"refresh the kept session; keeps the rotated pair"_s,
              u"refresh [admin|user]"_s)
{
    positionalArguments = {{u"kind"_s, u"admin or user (default: the profile's kind, else admin)"_s, {}}};
}

int RefreshCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args)) {
        return *rc;
    }
    if (const auto rc = checkKindArgument(ctx, positional(), u"refresh"_s)) {
        return *rc;
    }
    CliServices &services = ctx.services();
    if (const int rc = services.prepare()) {
        return rc;
    }
    const tc::SessionKind kind = kindToRefresh(ctx);
    int rc = ExitOk;
    auto session = services.makeSession(kind, &rc);
    if (!session) {
        return rc;
    }
    bool found = false;
    if (const int r = services.resumeKept(*session, false, &found)) {
        return r;
    }
    if (!found) {
        return services.notLoggedIn(kind);
    }
    SessionResult r;
    if (!services.run(*session, session->refreshNow(), &r)) {
        return ctx.interruptedExit(u"while refreshing"_s);
    }
    if (r.error.isError()) {
        return services.fail(r);
    }
    services.warnKeychain(r);
    if (ctx.json) {
        ctx.printJson(describe(*session));
    } else {
        ctx.out() << u"Refreshed; the new pair is kept in the keychain.\n"_s;
        printHuman(ctx, *session);
    }
    return ExitOk;
}

// The kind named; else a user profile's; else admin.
tc::SessionKind RefreshCommand::kindToRefresh(CliContext &ctx) const
{
    if (!positional().isEmpty()) {
        return *CliServices::kindFromArg(positional().first());
    }
    const tc::Profile *profile = ctx.services().profile();
    return profile && (profile->kind == tc::ProfileKind::User || profile->kind == tc::ProfileKind::UbiUser)
                   ? tc::SessionKind::User
                   : tc::SessionKind::Admin;
}

// ---- status -----------------------------------------------------------------------------------

StatusCommand::StatusCommand() : Command(u"status"_s, u"status"_s, u"the kept sessions and their expiry"_s, u"status"_s)
{
}

int StatusCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args)) {
        return *rc;
    }
    if (!positional().isEmpty()) {
        return ctx.usageError(u"status takes no arguments"_s);
    }
    CliServices &services = ctx.services();
    if (const int rc = services.prepare()) {
        return rc;
    }
    std::vector<std::unique_ptr<tc::Session>> kept;
    for (tc::SessionKind kind : kindsToShow(ctx)) {
        int rc = ExitOk;
        auto session = services.makeSession(kind, &rc);
        if (!session) {
            return rc;
        }
        bool found = false;
        if (const int r = services.resumeKept(*session, false, &found)) {
            return r;
        }
        if (found) {
            kept.push_back(std::move(session));
        }
    }
    print(ctx, kept);
    return ExitOk;
}

// Both kinds; a profile's own kind only (none for a group-key profile).
QList<tc::SessionKind> StatusCommand::kindsToShow(CliContext &ctx) const
{
    const tc::Profile *profile = ctx.services().profile();
    if (!profile) {
        return {tc::SessionKind::Admin, tc::SessionKind::User};
    }
    if (profile->kind == tc::ProfileKind::GroupKey) {
        return {};
    }
    return {profile->kind == tc::ProfileKind::Admin ? tc::SessionKind::Admin : tc::SessionKind::User};
}

void StatusCommand::print(CliContext &ctx, const std::vector<std::unique_ptr<tc::Session>> &kept)
{
    const QString scope = ctx.services().scopeText();
    if (ctx.json) {
        QJsonArray sessions;
        for (const auto &s : kept) {
            sessions.append(describe(*s));
        }
        ctx.printJson({{u"scope"_s, scope}, {u"base_url"_s, ctx.baseUrl.toString()}, {u"sessions"_s, sessions}});
        return;
    }
    if (kept.empty()) {
        ctx.out() << u"No kept sessions for "_s << scope << u".\n"_s;
        ctx.out().flush();
        return;
    }
    ctx.out() << u"Kept sessions for "_s << scope << u":\n"_s;
    for (const auto &s : kept) {
        printHuman(ctx, *s);
    }
}

// ---- find -------------------------------------------------------------------------------------

namespace {

// (option, the field it matches)
const QList<QPair<QString, QString>> &findKeys()
{
    static const QList<QPair<QString, QString>> keys{
            {u"device-token"_s, u"DeviceToken"_s}, {u"email"_s, u"Email"_s},
            {u"client-id"_s, u"ClientId"_s},       {u"phone"_s, u"Phone"_s},
            {u"first-name"_s, u"FirstName"_s},     {u"last-name"_s, u"LastName"_s},
            {u"full-name"_s, u"FullName"_s},
    };
    return keys;
}

} // namespace

FindCommand::FindCommand()
    : Command(u"find"_s, u"find --device-token DT | --email E | --client-id C ..."_s, u"Management/users/find"_s,
              u"find --device-token DT | --email E | --client-id C | --phone P | "
              u"--first-name F | --last-name L | --full-name N"_s)
{
    for (const auto &k : findKeys()) {
        options.append({k.first, u"Match users by %1."_s.arg(k.second), u"VALUE"_s});
    }
}

int FindCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args)) {
        return *rc;
    }
    if (const auto rc = parseCriteria(ctx)) {
        return *rc;
    }
    CliServices &services = ctx.services();
    if (const int rc = services.prepare()) {
        return rc;
    }
    int rc = ExitOk;
    auto session = services.makeSession(tc::SessionKind::Admin, &rc);
    if (!session) {
        return rc;
    }
    bool found = false;
    if (const int r = services.resumeKept(*session, true, &found)) {
        return r;
    }
    if (!found && session->config().login.isEmpty()) {
        return services.notLoggedIn(tc::SessionKind::Admin);
    }
    tc::ApiClient *api = ctx.client();
    const auto criteria = m_criteria;
    SessionResult r;
    if (!services.run(*session, session->authorized([api, criteria](const QString &jwt) {
            return api->findUsers(jwt, criteria);
        }),
                      &r)) {
        return ctx.interruptedExit(u"while searching"_s);
    }
    if (r.error.isError()) {
        return services.fail(r);
    }
    print(ctx, r.users);
    return ExitOk;
}

std::optional<int> FindCommand::parseCriteria(CliContext &ctx)
{
    if (!positional().isEmpty()) {
        return ctx.usageError(u"find takes only options (e.g. --email E)"_s);
    }
    for (const auto &k : findKeys()) {
        if (isSet(k.first)) {
            m_criteria.append({k.second, value(k.first)});
        }
    }
    if (m_criteria.isEmpty()) {
        return ctx.usageError(u"find needs at least one of --device-token, --email, --client-id, --phone, "
                              u"--first-name, --last-name, --full-name"_s);
    }
    return std::nullopt;
}

void FindCommand::print(CliContext &ctx, const QJsonArray &users)
{
    if (ctx.json) {
        ctx.printJson({{u"count"_s, users.size()}, {u"users"_s, users}});
        return;
    }
    QTextStream &out = ctx.out();
    out << users.size() << (users.size() == 1 ? u" user\n"_s : u" users\n"_s);
    for (const QJsonValue &u : users) {
        out << QString::fromUtf8(QJsonDocument(u.toObject()).toJson(QJsonDocument::Compact)) << u"\n"_s;
    }
    out.flush();
}

// ---- logout -----------------------------------------------------------------------------------

LogoutCommand::LogoutCommand()
    : Command(u"logout"_s, u"logout [admin|user] [--forget]"_s, u"drop the kept session (and credentials)"_s,
              u"logout [admin|user] [--forget]"_s)
{
    positionalArguments = {{u"kind"_s, u"admin or user (default: both)"_s, {}}};
    options = {{u"forget"_s, u"Also remove the kept password / InstanceKEY."_s}};
}

int LogoutCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args)) {
        return *rc;
    }
    if (const auto rc = checkKindArgument(ctx, positional(), u"logout"_s)) {
        return *rc;
    }
    CliServices &services = ctx.services();
    if (const int rc = services.prepare()) {
        return rc;
    }
    const bool forget = isSet(u"forget"_s);
    for (tc::SessionKind kind : kindsToLogOut(ctx)) {
        int rc = ExitOk;
        auto session = services.makeSession(kind, &rc);
        if (!session) {
            return rc;
        }
        SessionResult r;
        if (!services.run(*session, session->logout(forget), &r)) {
            return ctx.interruptedExit(u"while logging out"_s);
        }
        if (r.error.isError()) {
            return services.fail(r);
        }
    }
    const QString scope = services.scopeText();
    if (ctx.json) {
        ctx.printJson({{u"logged_out"_s, true}, {u"scope"_s, scope}});
    } else {
        ctx.out() << u"Logged out of "_s << scope << (forget ? u"; credentials forgotten.\n"_s : u".\n"_s);
        ctx.out().flush();
    }
    return ExitOk;
}

// The kind named; else a profile's own kind; else both.
QList<tc::SessionKind> LogoutCommand::kindsToLogOut(CliContext &ctx) const
{
    if (!positional().isEmpty()) {
        return {*CliServices::kindFromArg(positional().first())};
    }
    if (const tc::Profile *profile = ctx.services().profile()) {
        return {profile->kind == tc::ProfileKind::User || profile->kind == tc::ProfileKind::UbiUser
                        ? tc::SessionKind::User
                        : tc::SessionKind::Admin};
    }
    return {tc::SessionKind::Admin, tc::SessionKind::User};
}

} // namespace cli
