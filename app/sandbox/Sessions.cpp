#include "Sessions.h"

#include "JwtIssuer.h"
#include "Options.h"
#include "Random.h"
#include "SandboxClock.h"

#include <QDateTime>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
QString boolClaim(bool b)
{
    return b ? u"True"_s : u"False"_s;
}
} // namespace

Sessions::Sessions(Database &db, const JwtIssuer &jwt, const SandboxClock &clock, const Options &options,
                   const QString &audience)
    : m_db(db), m_jwt(jwt), m_clock(clock), m_options(options), m_audience(audience)
{
}

bool Sessions::isAdminToken(const QJsonObject &c)
{
    return c.value(QStringView(claims::kRole)).toString() == QStringView(claims::kAdminRole);
}

QJsonObject Sessions::withoutTokens(const QString &deviceToken)
{
    return QJsonObject{{u"DeviceToken"_s, deviceToken},
                       {u"AccessToken"_s, QJsonValue::Null},
                       {u"RefreshToken"_s, QJsonValue::Null}};
}

std::optional<QJsonObject> Sessions::issueUser(const UserRecord &user, const Group &group)
{
    QJsonObject c;
    c.insert(u"ApplicationId"_s, u"1"_s);
    c.insert(u"CompanyId"_s, u"1"_s);
    c.insert(u"SdkEnableLogging"_s, boolClaim(user.profile.enableLogging));
    c.insert(u"SdkEnableTracking"_s, boolClaim(user.profile.enableTracking));
    c.insert(u"SdkEnableRealTimeLocation"_s, boolClaim(false));
    c.insert(u"SdkClientId"_s, user.profile.clientId);
    c.insert(u"InstanceId"_s, group.instanceId);
    c.insert(u"InstanceKey"_s, group.instanceKey);
    c.insert(u"DeviceToken"_s, user.deviceToken);
    return issue(c, user.deviceToken, u"user"_s, m_options.accessTtl);
}

std::optional<QJsonObject> Sessions::issueAdmin(const ApiCredentials &api)
{
    QJsonObject c;
    c.insert(u"ApplicationId"_s, u"1"_s);
    c.insert(u"CompanyId"_s, u"1"_s);
    c.insert(u"DataHubEmail"_s, api.email);
    c.insert(u"IsDataHubUser"_s, boolClaim(true));
    c.insert(u"InstanceId"_s, api.instanceId);
    c.insert(u"DeviceToken"_s, api.adminId);
    c.insert(QString::fromUtf16(claims::kRole), QString::fromUtf16(claims::kAdminRole));
    return issue(c, api.adminId, u"admin"_s, m_options.adminAccessTtl);
}

std::optional<QJsonObject> Sessions::issue(QJsonObject c, const QString &subject, const QString &kind, qint64 ttl)
{
    const qint64 now = m_clock.nowSecs();
    const qint64 refreshExpiry = now + m_options.refreshTtl;
    const QString refresh = random::refreshToken();
    if (!m_db.insertRefreshToken({refresh, subject, kind, refreshExpiry, false}))
        return std::nullopt;
    c.insert(u"sub"_s, subject);
    c.insert(u"jti"_s, random::uuid());
    c.insert(u"iat"_s, double(now));
    c.insert(u"nbf"_s, double(now));
    c.insert(u"exp"_s, double(now + ttl));
    c.insert(u"iss"_s, u"webApi"_s);
    c.insert(u"aud"_s, m_audience);
    c.insert(u"RefreshTokenExpiredDate"_s,
             QDateTime::fromSecsSinceEpoch(refreshExpiry, Qt::UTC).toString(u"dd.MM.yyyy H:mm:ss"_s));
    c.insert(u"RefreshToken"_s, refresh);
    const QString token = QString::fromLatin1(m_jwt.sign(c));
    return QJsonObject{{u"DeviceToken"_s, subject},
                       {u"AccessToken"_s, QJsonObject{{u"Token"_s, token}, {u"ExpiresIn"_s, double(ttl)}}},
                       {u"RefreshToken"_s, refresh}};
}

} // namespace sandbox
