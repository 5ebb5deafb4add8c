#include "AuthApi.h"

#include "Context.h"
#include "Json.h"
#include "Passwords.h"

#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
Q_LOGGING_CATEGORY(lc, "tc.sandbox.auth", QtInfoMsg)

// What the vendor answers when it cannot read LoginFields (wrong shape or inner key): a 401
// without any message.
Reply bare401()
{
    return http::envelope(401, QJsonValue::Null, QString(), {});
}

Reply unauthorized(const QString &message)
{
    return http::error(401, u"Unauthorized"_s, {message});
}

Reply storeFailed(Database &db)
{
    qCWarning(lc) << "store failed:" << db.lastError();
    return http::error(500, u"The session could not be stored."_s);
}
} // namespace

Reply AuthApi::login(const Request &request)
{
    if (const qint64 wait = m_ctx.rateLimiter.admit(request.remote, m_ctx.clock.nowSecs())) {
        Reply r = http::error(429, u"Too Many Requests"_s, {u"Login rate limit exceeded; retry in %1 s."_s.arg(wait)});
        r.headers.append({"Retry-After"_ba, QByteArray::number(wait)});
        return r;
    }
    const http::ParsedBody body = http::parseJsonObject(request, /*emptyAllowed=*/false);
    if (body.error)
        return *body.error;
    const QJsonObject in = json::lowerKeys(body.object);

    QJsonArray errors;
    const QJsonValue fieldsValue = in.value(u"loginfields"_s);
    const QJsonValue passwordValue = in.value(u"password"_s);
    if (fieldsValue.isUndefined() || fieldsValue.isNull())
        errors.append(http::fieldError(u"LoginFields"_s, u"LoginFields is required."_s));
    if (!passwordValue.isString())
        errors.append(http::fieldError(u"Password"_s, u"Password is required."_s));
    if (!errors.isEmpty())
        return http::validationFailed(errors);

    const LoginFieldsShape accepted = m_ctx.options.loginFieldsShape;
    // --login-refusal unauthorized: a shape it cannot read and a wrong password get the same
    // answer, {"Result":null,"Status":401,"Title":"Unauthorized","Errors":[]}, as the vendor's newer
    // service does; bare (default): a 401 without any message, and wrong passwords say so.
    const bool titled = m_ctx.options.loginRefusal == LoginRefusal::Unauthorized;
    const auto unreadable
            = [titled] { return titled ? http::envelope(401, QJsonValue::Null, u"Unauthorized"_s, {}) : bare401(); };
    const auto wrong = [titled](const QString &message) {
        return titled ? http::envelope(401, QJsonValue::Null, u"Unauthorized"_s, {}) : unauthorized(message);
    };
    QJsonObject fields;
    if (fieldsValue.isObject()) {
        if (accepted == LoginFieldsShape::String)
            return unreadable();
        fields = fieldsValue.toObject();
    } else if (fieldsValue.isString()) {
        if (accepted == LoginFieldsShape::Object)
            return unreadable();
        const QJsonDocument inner = QJsonDocument::fromJson(fieldsValue.toString().toUtf8());
        if (!inner.isObject())
            return unreadable();
        fields = json::lowerKeys(inner.object());
    } else {
        return unreadable();
    }
    const QString password = passwordValue.toString();
    const QString instanceId = request.headerString("instanceid");
    const ApiCredentials &api = m_ctx.db.apiCredentials();

    if (const Group *group = instanceId.isEmpty() ? nullptr : m_ctx.db.group(instanceId)) {
        const QJsonValue dt = fields.value(u"devicetoken"_s);
        std::optional<UserRecord> user;
        if (dt.isString()) {
            user = m_ctx.db.user(dt.toString().trimmed());
            if (!user || user->instanceId != group->instanceId || password != group->instanceKey)
                return wrong(u"Wrong login or password."_s);
        } else if (fields.value(u"phone"_s).isString() || fields.value(u"email"_s).isString()) {
            // A UBI user: the phone number or e-mail the user was registered with, and the user's
            // own password (PUT users NewPassword). Unknown login, no password set or a wrong
            // one: the same answer as any wrong login.
            user = ubiUser(*group, fields, password);
            if (!user)
                return wrong(u"Wrong login or password."_s);
        } else {
            return unreadable();
        }
        if (user->status != u"Active"_s)
            return unauthorized(u"The user is %1."_s.arg(user->status.toLower()));
        m_ctx.db.transaction();
        auto issued = m_ctx.sessions->issueUser(*user, *group);
        if (!issued || !m_ctx.db.commit()) {
            m_ctx.db.rollback();
            return storeFailed(m_ctx.db);
        }
        return http::ok(*issued);
    }
    if (!instanceId.isEmpty() && instanceId.compare(api.instanceId, Qt::CaseInsensitive) != 0)
        return unauthorized(u"Unknown InstanceId."_s);

    const QJsonValue email = fields.value(u"email"_s);
    if (!email.isString()) {
        if (fields.contains(u"devicetoken"_s))
            return unauthorized(u"A user login needs the InstanceId header of the user's group."_s);
        return unreadable();
    }
    if (email.toString().trimmed().compare(api.email, Qt::CaseInsensitive) != 0 || password != api.password)
        return wrong(u"Wrong login or password."_s);
    m_ctx.db.transaction();
    auto issued = m_ctx.sessions->issueAdmin(api);
    if (!issued || !m_ctx.db.commit()) {
        m_ctx.db.rollback();
        return storeFailed(m_ctx.db);
    }
    return http::ok(*issued);
}

std::optional<UserRecord> AuthApi::ubiUser(const Group &group, const QJsonObject &fields, const QString &password)
{
    const QJsonValue phone = fields.value(u"phone"_s);
    const QString wanted = phone.isString() ? passwords::normalizePhone(phone.toString())
                                            : fields.value(u"email"_s).toString().trimmed();
    if (wanted.isEmpty() || password.isEmpty())
        return std::nullopt;
    const QList<UserRecord> candidates = m_ctx.db.usersWithPassword(group.instanceId);
    for (const UserRecord &u : candidates) {
        const bool same = phone.isString()
                                  ? !u.profile.phone.isEmpty() && passwords::normalizePhone(u.profile.phone) == wanted
                                  : u.profile.email.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
        if (!same)
            continue;
        const auto hash = m_ctx.db.password(u.deviceToken);
        if (hash && passwords::verify(*hash, password))
            return u;
    }
    return std::nullopt;
}

Reply AuthApi::refresh(const Request &request)
{
    const http::ParsedBody body = http::parseJsonObject(request, /*emptyAllowed=*/false);
    if (body.error)
        return *body.error;
    const QJsonObject in = json::lowerKeys(body.object);
    const QString accessToken = in.value(u"accesstoken"_s).toString();
    const QString refreshToken = in.value(u"refreshtoken"_s).toString();
    QJsonArray errors;
    if (accessToken.isEmpty())
        errors.append(http::fieldError(u"AccessToken"_s, u"AccessToken is required."_s));
    if (refreshToken.isEmpty())
        errors.append(http::fieldError(u"RefreshToken"_s, u"RefreshToken is required."_s));
    if (!errors.isEmpty())
        return http::validationFailed(errors);

    const qint64 now = m_ctx.clock.nowSecs();
    const JwtIssuer::Verified jwt = m_ctx.jwt.verify(accessToken.toLatin1(), now);
    if (jwt.verdict == JwtIssuer::Verdict::Malformed || jwt.verdict == JwtIssuer::Verdict::BadSignature)
        return unauthorized(u"The access token is not valid."_s);
    const QString subject = jwt.claims.value(u"sub"_s).toString();

    const auto record = m_ctx.db.refreshToken(refreshToken);
    if (!record)
        return unauthorized(u"The refresh token is not valid."_s);
    if (record->subject.compare(subject, Qt::CaseInsensitive) != 0)
        return unauthorized(u"The refresh token does not belong to this access token."_s);
    if (record->spent)
        return unauthorized(u"The refresh token has already been used."_s);
    if (record->expiresAt <= now)
        return unauthorized(u"The refresh token has expired."_s);

    Database &db = m_ctx.db;
    db.transaction();
    if (!db.spendRefreshToken(refreshToken)) {
        db.rollback();
        return unauthorized(u"The refresh token has already been used."_s);
    }
    std::optional<QJsonObject> issued;
    if (record->kind == u"admin"_s) {
        if (record->subject != db.apiCredentials().adminId) {
            db.rollback();
            return unauthorized(u"The API credentials no longer exist."_s);
        }
        issued = m_ctx.sessions->issueAdmin(db.apiCredentials());
    } else {
        const auto user = db.user(record->subject);
        const Group *group = user ? db.group(user->instanceId) : nullptr;
        if (!user || !group) {
            db.rollback();
            return unauthorized(u"The user no longer exists."_s);
        }
        if (user->status != u"Active"_s) {
            db.rollback();
            return unauthorized(u"The user is %1."_s.arg(user->status.toLower()));
        }
        issued = m_ctx.sessions->issueUser(*user, *group);
    }
    if (!issued || !db.commit()) {
        db.rollback();
        return storeFailed(db);
    }
    return http::ok(*issued);
}

} // namespace sandbox
