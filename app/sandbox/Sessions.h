#pragma once
// Issues the (JWT, refresh token) pairs that Registration, Login and RefreshToken return, shaped
// like the vendor's: Result { DeviceToken, AccessToken { Token, ExpiresIn (seconds) }, RefreshToken }.
#include "Database.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandbox {

class JwtIssuer;
class SandboxClock;
struct Options;

namespace claims {
inline constexpr char16_t kRole[] = u"http://schemas.microsoft.com/ws/2008/06/identity/claims/role";
inline constexpr char16_t kAdminRole[] = u"Admin";
} // namespace claims

class Sessions
{
public:
    Sessions(Database &db, const JwtIssuer &jwt, const SandboxClock &clock, const Options &options,
             const QString &audience);

    // New pair for a user of `group`; the refresh token is stored. nullopt when the store fails.
    std::optional<QJsonObject> issueUser(const UserRecord &user, const Group &group);
    // New pair for the API credentials (admin).
    std::optional<QJsonObject> issueAdmin(const ApiCredentials &api);
    // Registration with CreateAccessToken=false: {DeviceToken, AccessToken: null, RefreshToken: null}.
    static QJsonObject withoutTokens(const QString &deviceToken);

    static bool isAdminToken(const QJsonObject &claims);

private:
    std::optional<QJsonObject> issue(QJsonObject claims, const QString &subject, const QString &kind, qint64 ttl);

    Database &m_db;
    const JwtIssuer &m_jwt;
    const SandboxClock &m_clock;
    const Options &m_options;
    QString m_audience;
};

} // namespace sandbox
