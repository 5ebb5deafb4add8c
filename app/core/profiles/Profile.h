#pragma once
#include <QCoreApplication>
// A connection profile: where (environment / base URL), who (kind + ids) and how (LoginFields
// shape, endpoint paths). Only non-secret fields live here; the secrets (API password,
// InstanceKEY, a user's DeviceToken) and the live session are keychain items of the profile's
// secret scope (see ProfileStore / SessionStore).
#include "core/api/ApiCall.h"
#include "core/api/TlsTrust.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tc {

struct Endpoints; // core/ApiClient.h

enum class ProfileKind {
    Admin,    // API InstanceID + API login e-mail + API password
    User,     // group InstanceID + DeviceToken + InstanceKEY
    GroupKey, // InstanceID + InstanceKEY (registration only, no login)
    UbiUser,  // group InstanceID + the user's phone number or e-mail + the user's own password
};

enum class ProfileEnvironment {
    Production, // https://user.telematicssdk.com
    Sandbox,    // the local stand-in (its URL changes per run; kept in url)
    Custom,     // any URL
};

// How Auth/Login's LoginFields is sent: as an object (the 2020 docs), as a JSON-encoded string
// (the 2026 docs), or Auto (object first; on a bare 401, the string once).
enum class LoginFieldsMode { Auto, Object, String };

// The secret items a scope can hold in the keychain.
namespace SecretItem {
inline QString apiPassword()
{
    return QStringLiteral("api-password");
}
inline QString instanceKey()
{
    return QStringLiteral("instance-key");
}
inline QString userPassword() // a UBI user's own password
{
    return QStringLiteral("user-password");
}
inline QString deviceToken()
{
    return QStringLiteral("device-token");
}
inline QString adminSession()
{
    return QStringLiteral("session-admin");
}
inline QString userSession()
{
    return QStringLiteral("session-user");
}
inline QStringList all()
{
    return {apiPassword(), instanceKey(), userPassword(), deviceToken(), adminSession(), userSession()};
}
} // namespace SecretItem

struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(tc::Profile)
public:
    QString name; // display name, unique
    ProfileEnvironment environment = ProfileEnvironment::Production;
    QUrl url; // Sandbox / Custom base URL (ignored for Production)
    ProfileKind kind = ProfileKind::Admin;
    QString instanceId; // API InstanceID (Admin) or the user group's InstanceID
    QString email;      // Admin: API login e-mail; UbiUser: the user's e-mail login (or phone)
    QString phone;      // UbiUser: the user's phone-number login (or email)
    LoginFieldsMode loginFields = LoginFieldsMode::Auto;
    LoginFieldsMode lastWorkingShape = LoginFieldsMode::Auto; // Object/String once a login worked
    // A private HTTPS endpoint: a CA file and/or the SHA-256 pin of its certificate, used for this
    // profile's origin only (see TlsTrust). Not secrets.
    TlsTrust tls;
    // Endpoint path overrides by endpoint name: "login", "refresh", "register", "register-many",
    // "find", "users".
    QMap<QString, QString> paths;

    static QUrl productionUrl() { return QUrl(QStringLiteral("https://user.telematicssdk.com")); }
    // The URL names the production service's host (whatever the profile calls its environment).
    static bool isProductionUrl(const QUrl &url)
    {
        return url.host().compare(productionUrl().host(), Qt::CaseInsensitive) == 0;
    }
    static QString defaultPath(const QString &endpoint);

    QUrl baseUrl() const;
    // The path of an endpoint: the override when set, else the documented default.
    QString path(const QString &endpoint) const;
    // Every path, for ApiClient::setEndpoints().
    Endpoints endpoints() const;

    // The keychain scope of this profile's secrets: "profile:<name>".
    QString secretScope() const { return scopeForProfile(name); }
    static QString scopeForProfile(const QString &name);
    // The scope the CLI uses when no profile is named: "base-url:<url>".
    static QString scopeForBaseUrl(const QUrl &baseUrl);
    // scope + "/" + item: the keychain key.
    static QString secretKey(const QString &scope, const QString &item) { return scope + u'/' + item; }

    // UbiUser: what the user logs in with (Phone when a phone is set, else Email) and its value.
    UserLogin ubiLogin() const { return phone.trimmed().isEmpty() ? UserLogin::Email : UserLogin::Phone; }
    QString ubiLoginValue() const { return ubiLogin() == UserLogin::Phone ? phone.trimmed() : email.trimmed(); }
    // Why `phone` cannot be a login (empty when it can): digits, spaces and + - ( ) . with a digit.
    static QString phoneProblem(const QString &phone);

    // Problems a person must fix before saving (empty when fine).
    QString validationProblem() const;

    static QString kindName(ProfileKind k); // "admin", "user", "group-key", "ubi-user"
    static ProfileKind kindFromName(const QString &s, bool *ok = nullptr);
    static QString environmentName(ProfileEnvironment e); // "production", "sandbox", "custom"
    static ProfileEnvironment environmentFromName(const QString &s, bool *ok = nullptr);
    static QString loginFieldsName(LoginFieldsMode m); // "auto", "object", "string"
    static LoginFieldsMode loginFieldsFromName(const QString &s, bool *ok = nullptr);

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace tc
