// login / refresh / status / find / logout (see SessionCommands.h); what they keep is CliServices.
#include "SessionCommands.h"

#include "CliServices.h"

#include "core/ApiClient.h"
#include "core/Session.h"

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

} // namespace

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
    const auto kind = CliServices::kindFromArg(positional.value(0));
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
    CliServices &svc = ctx.services();
    const tc::Profile *profile = svc.profile();

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

    if (const int rc = ctx.services().prepare()) {
        return rc;
    }
    int rc = ExitOk;
    auto session = ctx.services().makeSession(*kind, &rc);
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
    if (const int r = ctx.services().resumeKept(*session, false, &found)) {
        return r;
    }
    SessionResult r;
    if (!ctx.services().run(*session, session->logIn(secret, /*keepSecret=*/!secret.isEmpty()), &r)) {
        return ctx.interruptedExit(u"while logging in"_s);
    }
    if (r.error.isError()) {
        return ctx.services().fail(r);
    }
    ctx.services().warnKeychain(r);
    if (profile && !admin && !login.isEmpty()) { // a user profile keeps its DeviceToken in the keychain
        if (!svc.keepDeviceToken(profile->name, login)) {
            ctx.err() << u"warning: the DeviceToken could not be kept with the profile\n"_s;
        }
    }
    if (ctx.json) {
        QJsonObject o = describe(*session);
        o.insert(u"kept_in"_s, ctx.services().scopeText());
        ctx.printJson(o);
    } else {
        ctx.out() << u"Logged in; the session is kept in the keychain for "_s << ctx.services().scopeText() << u".\n"_s;
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
    if (positional.size() > 1 || (positional.size() == 1 && !CliServices::kindFromArg(positional.first()))) {
        return ctx.usageError(u"refresh takes admin or user"_s);
    }
    if (const int rc = ctx.services().prepare()) {
        return rc;
    }
    CliServices &svc = ctx.services();
    tc::SessionKind kind = tc::SessionKind::Admin;
    if (!positional.isEmpty()) {
        kind = *CliServices::kindFromArg(positional.first());
    } else if (svc.profile() && svc.profile()->kind == tc::ProfileKind::User) {
        kind = tc::SessionKind::User;
    }
    int rc = ExitOk;
    auto session = ctx.services().makeSession(kind, &rc);
    if (!session) {
        return rc;
    }
    bool found = false;
    if (const int r = ctx.services().resumeKept(*session, false, &found)) {
        return r;
    }
    if (!found) {
        return ctx.services().notLoggedIn(kind);
    }
    SessionResult r;
    if (!ctx.services().run(*session, session->refreshNow(), &r)) {
        return ctx.interruptedExit(u"while refreshing"_s);
    }
    if (r.error.isError()) {
        return ctx.services().fail(r);
    }
    ctx.services().warnKeychain(r);
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
    if (const int rc = ctx.services().prepare()) {
        return rc;
    }
    CliServices &svc = ctx.services();
    QList<tc::SessionKind> kinds{tc::SessionKind::Admin, tc::SessionKind::User};
    if (svc.profile()) {
        if (svc.profile()->kind == tc::ProfileKind::GroupKey) {
            kinds.clear();
        } else {
            kinds = {svc.profile()->kind == tc::ProfileKind::Admin ? tc::SessionKind::Admin : tc::SessionKind::User};
        }
    }
    QJsonArray sessions;
    std::vector<std::unique_ptr<tc::Session>> kept;
    for (tc::SessionKind kind : std::as_const(kinds)) {
        int rc = ExitOk;
        auto session = ctx.services().makeSession(kind, &rc);
        if (!session) {
            return rc;
        }
        bool found = false;
        if (const int r = ctx.services().resumeKept(*session, false, &found)) {
            return r;
        }
        if (found) {
            sessions.append(describe(*session));
            kept.push_back(std::move(session));
        }
    }
    if (ctx.json) {
        ctx.printJson({{u"scope"_s, ctx.services().scopeText()}, {u"base_url"_s, ctx.baseUrl.toString()}, {u"sessions"_s, sessions}});
        return ExitOk;
    }
    if (kept.empty()) {
        ctx.out() << u"No kept sessions for "_s << ctx.services().scopeText() << u".\n"_s;
        ctx.out().flush();
        return ExitOk;
    }
    ctx.out() << u"Kept sessions for "_s << ctx.services().scopeText() << u":\n"_s;
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
    if (const int rc = ctx.services().prepare()) {
        return rc;
    }
    int rc = ExitOk;
    auto session = ctx.services().makeSession(tc::SessionKind::Admin, &rc);
    if (!session) {
        return rc;
    }
    bool found = false;
    if (const int r = ctx.services().resumeKept(*session, true, &found)) {
        return r;
    }
    if (!found && session->config().login.isEmpty()) {
        return ctx.services().notLoggedIn(tc::SessionKind::Admin);
    }
    tc::ApiClient *api = ctx.client();
    SessionResult r;
    if (!ctx.services().run(*session, session->authorized([api, criteria](const QString &jwt) { return api->findUsers(jwt, criteria); }),
                   &r)) {
        return ctx.interruptedExit(u"while searching"_s);
    }
    if (r.error.isError()) {
        return ctx.services().fail(r);
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
    if (positional.size() > 1 || (positional.size() == 1 && !CliServices::kindFromArg(positional.first()))) {
        return ctx.usageError(u"logout takes admin or user"_s);
    }
    if (const int rc = ctx.services().prepare()) {
        return rc;
    }
    CliServices &svc = ctx.services();
    QList<tc::SessionKind> kinds;
    if (!positional.isEmpty()) {
        kinds = {*CliServices::kindFromArg(positional.first())};
    } else if (svc.profile()) {
        kinds = {svc.profile()->kind == tc::ProfileKind::User ? tc::SessionKind::User : tc::SessionKind::Admin};
    } else {
        kinds = {tc::SessionKind::Admin, tc::SessionKind::User};
    }
    for (tc::SessionKind kind : std::as_const(kinds)) {
        int rc = ExitOk;
        auto session = ctx.services().makeSession(kind, &rc);
        if (!session) {
            return rc;
        }
        SessionResult r;
        if (!ctx.services().run(*session, session->logout(parser.isSet(u"forget"_s)), &r)) {
            return ctx.interruptedExit(u"while logging out"_s);
        }
        if (r.error.isError()) {
            return ctx.services().fail(r);
        }
    }
    if (ctx.json) {
        ctx.printJson({{u"logged_out"_s, true}, {u"scope"_s, ctx.services().scopeText()}});
    } else {
        ctx.out() << u"Logged out of "_s << ctx.services().scopeText() << (parser.isSet(u"forget"_s) ? u"; credentials forgotten.\n"_s : u".\n"_s);
        ctx.out().flush();
    }
    return ExitOk;
}

} // namespace cli
