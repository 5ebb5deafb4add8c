#include "ManagementApi.h"

#include "Context.h"
#include "Json.h"
#include "Passwords.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
Reply bearerChallenge(const QString &description)
{
    Reply r = http::error(401, u"Unauthorized"_s, {description});
    QByteArray challenge = "Bearer"_ba;
    if (!description.isEmpty()) {
        QString d = description;
        d.replace(u'"', u'\'');
        challenge += " error=\"invalid_token\", error_description=\"" + d.toUtf8() + '"';
    }
    r.headers.append({"WWW-Authenticate"_ba, challenge});
    return r;
}

Reply notFound(const QString &deviceToken)
{
    return http::error(404, u"Not Found"_s,
                       {http::fieldError(u"DeviceToken"_s, u"No user with DeviceToken %1."_s.arg(deviceToken))});
}
} // namespace

std::optional<ManagementApi::Caller> ManagementApi::authenticate(const Request &request, bool adminOnly,
                                                                 Reply *error) const
{
    const QByteArray auth = request.header("authorization").trimmed();
    if (auth.isEmpty() || !auth.toLower().startsWith("bearer ") || auth.mid(7).trimmed().isEmpty()) {
        // Our contract: every 401 here carries error="invalid_token" + a description, even for a
        // missing token (RFC 6750 3.1 and the vendor's ASP.NET send a bare "Bearer" then).
        *error = bearerChallenge(u"No access token was sent (Authorization: Bearer <JWT>)"_s);
        return std::nullopt;
    }
    const auto v = m_ctx.jwt.verify(auth.mid(7).trimmed(), m_ctx.clock.nowSecs());
    switch (v.verdict) {
    case JwtIssuer::Verdict::Malformed:
        *error = bearerChallenge(u"The access token is malformed"_s);
        return std::nullopt;
    case JwtIssuer::Verdict::BadSignature: *error = bearerChallenge(u"The signature is invalid"_s); return std::nullopt;
    case JwtIssuer::Verdict::Expired: {
        const auto exp = QDateTime::fromSecsSinceEpoch(qint64(v.claims.value(u"exp"_s).toDouble()), Qt::UTC);
        *error = bearerChallenge(u"The token expired at '%1'"_s.arg(exp.toString(Qt::ISODate)));
        return std::nullopt;
    }
    case JwtIssuer::Verdict::NotYetValid:
        *error = bearerChallenge(u"The token is not valid yet"_s);
        return std::nullopt;
    case JwtIssuer::Verdict::Valid: break;
    }
    Caller c;
    c.admin = Sessions::isAdminToken(v.claims);
    c.subject = v.claims.value(u"sub"_s).toString();
    if (adminOnly && !c.admin) {
        *error = http::error(403, u"Forbidden"_s,
                             {u"This API needs an admin token (log in with the API credentials)."_s});
        return std::nullopt;
    }
    return c;
}

QJsonObject ManagementApi::profileJson(const UserRecord &user)
{
    QJsonObject o = user.profile.toJson();
    o.insert(u"DeviceToken"_s, user.deviceToken);
    o.insert(u"InstanceId"_s, user.instanceId);
    o.insert(u"Status"_s, user.status);
    o.insert(u"CreatedAt"_s, QDateTime::fromMSecsSinceEpoch(user.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    return o;
}

Reply ManagementApi::find(const Request &request)
{
    Reply err;
    if (!authenticate(request, true, &err))
        return err;
    UserFilter f;
    f.deviceToken = request.queryValue(u"DeviceToken");
    f.email = request.queryValue(u"Email");
    f.phone = request.queryValue(u"Phone");
    f.clientId = request.queryValue(u"ClientId");
    f.firstName = request.queryValue(u"FirstName");
    f.lastName = request.queryValue(u"LastName");
    f.fullName = request.queryValue(u"FullName");
    if (f.isEmpty()) {
        return http::validationFailed({http::fieldError(
                u"query"_s,
                u"Give at least one of DeviceToken, Email, Phone, ClientId, FirstName, LastName, FullName."_s)});
    }
    QJsonArray out;
    const auto users = m_ctx.db.findUsers(f);
    for (const auto &u : users)
        out.append(profileJson(u));
    return http::ok(out);
}

Reply ManagementApi::getUser(const Request &request)
{
    Reply err;
    const auto caller = authenticate(request, false, &err);
    if (!caller)
        return err;
    QString deviceToken = caller->subject;
    if (caller->admin) {
        deviceToken = request.headerString("userdevicetoken");
        if (deviceToken.isEmpty()) {
            return http::validationFailed({http::fieldError(
                    u"UserDeviceToken"_s, u"An admin names the user in the UserDeviceToken header."_s)});
        }
    }
    const auto user = m_ctx.db.user(deviceToken);
    return http::ok(user ? QJsonValue(profileJson(*user)) : QJsonValue(QJsonValue::Null));
}

Reply ManagementApi::updateUser(const Request &request)
{
    Reply err;
    const auto caller = authenticate(request, false, &err);
    if (!caller)
        return err;
    const http::ParsedBody body = http::parseJsonObject(request, /*emptyAllowed=*/false);
    if (body.error)
        return *body.error;
    const QJsonObject in = json::lowerKeys(body.object);

    QString deviceToken = request.headerString("userdevicetoken");
    if (!caller->admin) {
        // A user token may change only its own user's password (NewPassword + OldPassword); every
        // other change needs an admin token.
        bool onlyPassword = in.contains(u"newpassword"_s);
        for (auto it = in.begin(); it != in.end(); ++it)
            onlyPassword = onlyPassword && (it.key() == u"newpassword"_s || it.key() == u"oldpassword"_s);
        if (!onlyPassword
            || (!deviceToken.isEmpty() && deviceToken.compare(caller->subject, Qt::CaseInsensitive) != 0)) {
            return http::error(403, u"Forbidden"_s,
                               {u"This API needs an admin token (log in with the API credentials); a user token "
                                u"may only change its own password."_s});
        }
        deviceToken = caller->subject;
    }
    if (deviceToken.isEmpty()) {
        return http::validationFailed(
                {http::fieldError(u"UserDeviceToken"_s, u"The UserDeviceToken header is required."_s)});
    }
    auto user = m_ctx.db.user(deviceToken);
    if (!user)
        return notFound(deviceToken);

    QJsonArray errors;
    user->profile.apply(in, errors);
    if (in.contains(u"status"_s)) {
        static const QString statuses[] = {u"Active"_s, u"Deactivated"_s, u"Deleted"_s};
        const QString s = in.value(u"status"_s).toString().trimmed();
        bool known = false;
        for (const auto &st : statuses) {
            if (st.compare(s, Qt::CaseInsensitive) == 0) {
                user->status = st;
                known = true;
            }
        }
        if (!known)
            errors.append(http::fieldError(u"Status"_s, u"Status must be one of Active, Deactivated, Deleted."_s));
    }
    std::optional<passwords::Hash> newPassword;
    if (in.contains(u"newpassword"_s) || in.contains(u"oldpassword"_s)) {
        newPassword = checkPasswordChange(*caller, *user, in, errors);
    }
    if (!errors.isEmpty())
        return http::validationFailed(errors);
    m_ctx.db.transaction();
    if (!m_ctx.db.updateUser(*user) || (newPassword && !m_ctx.db.setPassword(user->deviceToken, *newPassword))) {
        m_ctx.db.rollback();
        return http::error(500, u"The user could not be stored."_s);
    }
    if (!m_ctx.db.commit()) {
        m_ctx.db.rollback();
        return http::error(500, u"The user could not be stored."_s);
    }
    return http::okWithoutResult();
}

// NewPassword (1 to 1,000 characters, not only spaces) for a user with a Phone or Email to log in
// with (after this request's own changes); OldPassword, when sent, must be the current password,
// and a user changing their own must send it.
std::optional<passwords::Hash> ManagementApi::checkPasswordChange(const Caller &caller, const UserRecord &user,
                                                                  const QJsonObject &lowered, QJsonArray &errors)
{
    const QJsonValue next = lowered.value(u"newpassword"_s);
    const QJsonValue old = lowered.value(u"oldpassword"_s);
    if (!lowered.contains(u"newpassword"_s)) {
        errors.append(http::fieldError(u"NewPassword"_s, u"OldPassword is only sent with a NewPassword."_s));
        return std::nullopt;
    }
    if (!next.isString() || next.toString().trimmed().isEmpty()) {
        errors.append(http::fieldError(u"NewPassword"_s, u"NewPassword must be a non-empty string."_s));
        return std::nullopt;
    }
    if (next.toString().size() > 1000) {
        errors.append(http::fieldError(u"NewPassword"_s, u"NewPassword must be at most 1000 characters long."_s));
        return std::nullopt;
    }
    if (user.profile.phone.trimmed().isEmpty() && user.profile.email.trimmed().isEmpty()) {
        errors.append(http::fieldError(
                u"NewPassword"_s,
                u"A password needs the user's Phone or Email to log in with; this user has neither."_s));
        return std::nullopt;
    }
    const auto current = m_ctx.db.password(user.deviceToken);
    if (!caller.admin && !lowered.contains(u"oldpassword"_s)) {
        errors.append(
                http::fieldError(u"OldPassword"_s, current ? u"OldPassword is required to change your own password."_s
                                                           : u"This user has no password yet; an admin sets the "
                                                             u"first one."_s));
        return std::nullopt;
    }
    if (lowered.contains(u"oldpassword"_s)) {
        if (!old.isString() || !current || !passwords::verify(*current, old.toString())) {
            errors.append(http::fieldError(u"OldPassword"_s, u"OldPassword does not match the current password."_s));
            return std::nullopt;
        }
    }
    return passwords::make(next.toString());
}

Reply ManagementApi::deleteUser(const Request &request, const QString &deviceToken)
{
    Reply err;
    if (!authenticate(request, true, &err))
        return err;
    if (!m_ctx.db.deleteUser(deviceToken))
        return notFound(deviceToken);
    return http::okWithoutResult();
}

Reply ManagementApi::filteredPage(const Request &request)
{
    Reply err;
    if (!authenticate(request, true, &err))
        return err;
    const http::ParsedBody body = http::parseJsonObject(request, /*emptyAllowed=*/true);
    if (body.error)
        return *body.error;
    const QJsonObject in = json::lowerKeys(body.object);
    QJsonArray errors;
    UserPageFilter filter;
    auto addInstanceId = [&](const QJsonValue &v, const QString &key) {
        if (v.isString() && !v.toString().trimmed().isEmpty())
            filter.instanceIds << v.toString().trimmed();
        else
            errors.append(http::fieldError(key, u"An InstanceId is a non-empty string."_s));
    };
    if (in.contains(u"instanceids"_s)) {
        const QJsonValue ids = in.value(u"instanceids"_s);
        if (!ids.isArray() && !ids.isNull())
            errors.append(http::fieldError(u"InstanceIds"_s, u"InstanceIds is a list of InstanceIds."_s));
        for (const QJsonValue &v : ids.toArray())
            addInstanceId(v, u"InstanceIds"_s);
    }
    // The second shape: Filters [{Name, Value}] and Pagination {Page, PageSize}.
    for (const QJsonValue &f : in.value(u"filters"_s).toArray()) {
        const QJsonObject o = f.toObject();
        const QString name = o.value(u"name"_s).toString();
        if (name.compare(u"InstanceId"_s, Qt::CaseInsensitive) == 0)
            addInstanceId(o.value(u"value"_s), u"Filters"_s);
        else if (name.compare(u"SearchTerm"_s, Qt::CaseInsensitive) == 0)
            filter.searchTerm = o.value(u"value"_s).toString();
        else
            errors.append(
                    http::fieldError(u"Filters"_s, u"Unknown filter \"%1\" (InstanceId, SearchTerm)."_s.arg(name)));
    }
    const QJsonObject pagination = in.value(u"pagination"_s).toObject();
    auto number = [&](const QJsonValue &v, const QString &key, int def, int min, int max) {
        if (v.isUndefined() || v.isNull())
            return def;
        const double d = v.isString() ? v.toString().toDouble() : v.toDouble(-1);
        if (d != double(qint64(d)) || d < min || d > max) {
            errors.append(
                    http::fieldError(key, u"%1 must be a whole number from %2 to %3."_s.arg(key).arg(min).arg(max)));
            return def;
        }
        return int(d);
    };
    const int page = number(in.contains(u"pagenumber"_s) ? in.value(u"pagenumber"_s) : pagination.value(u"page"_s),
                            u"PageNumber"_s, 1, 1, 1000000);
    const int pageSize = number(in.contains(u"pagesize"_s) ? in.value(u"pagesize"_s) : pagination.value(u"pagesize"_s),
                                u"PageSize"_s, 50, 1, 1000);
    if (in.contains(u"searchterm"_s))
        filter.searchTerm = in.value(u"searchterm"_s).toString();
    if (in.contains(u"showinactiveusers"_s))
        filter.showInactive = in.value(u"showinactiveusers"_s).toBool(true);
    const QString sort = in.value(u"sort"_s).toString(u"DateCreatedDesc"_s);
    if (sort.compare(u"DateCreatedAsc"_s, Qt::CaseInsensitive) == 0)
        filter.newestFirst = false;
    else if (sort.compare(u"DateCreatedDesc"_s, Qt::CaseInsensitive) != 0)
        errors.append(http::fieldError(u"Sort"_s, u"Sort must be DateCreatedDesc or DateCreatedAsc."_s));
    if (!errors.isEmpty())
        return http::validationFailed(errors);

    qint64 total = 0;
    const auto users = m_ctx.db.usersPage(filter, qint64(page - 1) * pageSize, pageSize, &total);
    QJsonArray out;
    for (const auto &u : users)
        out.append(profileJson(u));
    const qint64 pages = (total + pageSize - 1) / pageSize;
    return http::ok(QJsonObject{{u"Users"_s, out},
                                {u"HasPreviousPage"_s, page > 1},
                                {u"HasNextPage"_s, page < pages},
                                {u"TotalUsers"_s, total},
                                {u"TotalPages"_s, pages},
                                {u"CurrentPage"_s, page}});
}

Reply ManagementApi::changeInstance(const Request &request)
{
    Reply err;
    if (!authenticate(request, true, &err))
        return err;
    const http::ParsedBody body = http::parseJsonObject(request, /*emptyAllowed=*/false);
    if (body.error)
        return *body.error;
    const QJsonObject in = json::lowerKeys(body.object);
    QJsonArray errors;
    auto text = [&](const QString &lower, const QString &key) {
        const QJsonValue v = in.value(lower);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            errors.append(http::fieldError(key, u"%1 is required."_s.arg(key)));
        return v.toString().trimmed();
    };
    const QString deviceToken = text(u"devicetoken"_s, u"DeviceToken"_s);
    const QString toInstanceId = text(u"toinstanceid"_s, u"ToInstanceId"_s);
    const QString toInstanceKey = text(u"toinstancekey"_s, u"ToInstanceKey"_s);
    if (!errors.isEmpty())
        return http::validationFailed(errors);
    auto user = m_ctx.db.user(deviceToken);
    if (!user)
        return notFound(deviceToken);
    const Group *group = m_ctx.db.group(toInstanceId);
    if (!group) {
        return http::error(
                422, u"One or more validation errors occurred."_s,
                {http::fieldError(u"ToInstanceId"_s, u"No user group has the InstanceId %1."_s.arg(toInstanceId))});
    }
    if (group->instanceKey != toInstanceKey) {
        return http::error(422, u"One or more validation errors occurred."_s,
                           {http::fieldError(u"ToInstanceKey"_s,
                                             u"This is not the InstanceKey of group %1."_s.arg(toInstanceId))});
    }
    if (user->instanceId.compare(group->instanceId, Qt::CaseInsensitive) == 0) {
        return http::error(
                422, u"One or more validation errors occurred."_s,
                {http::fieldError(u"ToInstanceId"_s, u"The user is already in group %1."_s.arg(toInstanceId))});
    }
    user->instanceId = group->instanceId;
    if (!m_ctx.db.updateUser(*user))
        return http::error(500, u"The user could not be stored."_s);
    return http::okWithoutResult();
}

} // namespace sandbox
