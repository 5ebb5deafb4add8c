#include "RegistrationApi.h"

#include "Context.h"
#include "Json.h"
#include "Random.h"

#include <QLoggingCategory>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
Q_LOGGING_CATEGORY(lc, "tc.sandbox.registration", QtInfoMsg)

Reply unauthorizedGroup()
{
    return http::error(401, u"Unauthorized"_s,
                       {http::fieldError(u"InstanceKey"_s, u"InstanceId and InstanceKey do not name a user group."_s)});
}

Reply storeFailed(Database &db)
{
    qCWarning(lc) << "store failed:" << db.lastError();
    return http::error(500, u"The user could not be stored."_s);
}

// CreateAccessToken: bool, default true; appends an error when it is something else.
bool readCreateAccessToken(const QJsonObject &lowered, QJsonArray &errors)
{
    const QJsonValue v = lowered.value(u"createaccesstoken"_s);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool()) {
        errors.append(http::fieldError(u"CreateAccessToken"_s, u"CreateAccessToken must be true or false."_s));
        return true;
    }
    return v.toBool();
}
} // namespace

const Group *RegistrationApi::authenticate(const Request &request) const
{
    const Group *g = m_ctx.db.group(request.headerString("instanceid"));
    if (!g || g->instanceKey != request.headerString("instancekey"))
        return nullptr;
    return g;
}

Reply RegistrationApi::create(const Request &request)
{
    const http::ParsedBody body = http::parseJsonObject(request, /*emptyAllowed=*/true);
    if (body.error)
        return *body.error;
    const Group *group = authenticate(request);
    if (!group)
        return unauthorizedGroup();

    const QJsonObject in = json::lowerKeys(body.object);
    QJsonArray errors;
    UserRecord user;
    user.profile.apply(in, errors);
    const bool withToken = readCreateAccessToken(in, errors);

    const QJsonValue custom = in.value(u"customtoken"_s);
    if (custom.isString() && !custom.toString().trimmed().isEmpty()) {
        const QUuid uuid = QUuid::fromString(custom.toString().trimmed());
        if (uuid.isNull()) {
            errors.append(http::fieldError(u"CustomToken"_s, u"CustomToken must be a UUID."_s));
        } else {
            user.deviceToken = uuid.toString(QUuid::WithoutBraces);
            if (m_ctx.db.deviceTokenExists(user.deviceToken)) {
                errors.append(http::fieldError(u"CustomToken"_s,
                                               u"CustomToken %1 is already in use."_s.arg(user.deviceToken)));
            }
        }
    } else if (!custom.isUndefined() && !custom.isNull() && !custom.isString()) {
        errors.append(http::fieldError(u"CustomToken"_s, u"CustomToken must be a UUID."_s));
    }
    if (!errors.isEmpty())
        return http::validationFailed(errors);

    if (user.deviceToken.isEmpty())
        user.deviceToken = random::uuid();
    user.instanceId = group->instanceId;
    user.createdAtMs = m_ctx.clock.nowMSecs();

    Database &db = m_ctx.db;
    db.transaction();
    if (!db.insertUser(user)) {
        db.rollback();
        return storeFailed(db);
    }
    QJsonObject result = Sessions::withoutTokens(user.deviceToken);
    if (withToken) {
        auto issued = m_ctx.sessions->issueUser(user, *group);
        if (!issued) {
            db.rollback();
            return storeFailed(db);
        }
        result = *issued;
    }
    if (!db.commit()) {
        db.rollback();
        return storeFailed(db);
    }
    return http::ok(result);
}

Reply RegistrationApi::createMany(const Request &request)
{
    const http::ParsedBody body = http::parseJsonObject(request, /*emptyAllowed=*/false);
    if (body.error)
        return *body.error;
    const Group *group = authenticate(request);
    if (!group)
        return unauthorizedGroup();

    const QJsonObject in = json::lowerKeys(body.object);
    QJsonArray errors;
    const QJsonValue q = in.value(u"quantity"_s);
    const double qd = q.toDouble(-1);
    if (!q.isDouble() || std::floor(qd) != qd || qd < 1 || qd > 1000)
        errors.append(http::fieldError(u"Quantity"_s, u"Quantity must be an integer from 1 to 1000."_s));
    const bool withToken = readCreateAccessToken(in, errors);
    UserProfile fields;
    if (in.contains(u"customfields"_s))
        fields.applyUserFields(in.value(u"customfields"_s), u"CustomFields"_s, errors);
    if (!errors.isEmpty())
        return http::validationFailed(errors);

    Database &db = m_ctx.db;
    QJsonArray results;
    db.transaction();
    for (int i = 0; i < int(qd); ++i) {
        UserRecord user;
        user.deviceToken = random::uuid();
        user.instanceId = group->instanceId;
        user.createdAtMs = m_ctx.clock.nowMSecs();
        user.profile = fields;
        if (!db.insertUser(user)) {
            db.rollback();
            return storeFailed(db);
        }
        if (withToken) {
            auto issued = m_ctx.sessions->issueUser(user, *group);
            if (!issued) {
                db.rollback();
                return storeFailed(db);
            }
            results.append(*issued);
        } else {
            results.append(Sessions::withoutTokens(user.deviceToken));
        }
    }
    if (!db.commit()) {
        db.rollback();
        return storeFailed(db);
    }
    return http::ok(QJsonObject{{u"Results"_s, results}});
}

} // namespace sandbox
