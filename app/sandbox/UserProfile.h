#pragma once
// One user's profile as Registration/Create and PUT Management/users take it, and as
// Management/users/find returns it. Validation lives here so both routes agree.
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandbox {

struct UserProfile
{
    QString firstName, lastName, nickname, phone, email;
    QString gender = QStringLiteral("None"); // None | Male | Female | Other
    QString birthday;                        // ISO 8601 UTC date-time, or empty
    QString maritalStatus;                   // as sent (text, or the vendor libraries' 1-4 code)
    std::optional<int> childrenCount;
    QString country, district, city, address, imageUrl, instanceInviteCode;
    // UserFields
    bool enableTracking = true;
    bool enableLogging = false;
    bool enabled = true;
    QString clientId;

    // Applies the profile keys present in `lowered` (a request object whose keys are already
    // lower-cased, see json::lowerKeys) and appends one {Key, Message} per invalid value to
    // `errors`. Absent keys leave the field alone; null clears it (back to its default).
    // "UserFields" is read from `userFieldsKey` ("userfields"; CreateMany uses "customfields").
    void apply(const QJsonObject &lowered, QJsonArray &errors,
               const QString &userFieldsKey = QStringLiteral("userfields"));
    // Only the UserFields part (EnableTracking, EnableLogging, Enabled, ClientId).
    void applyUserFields(const QJsonValue &value, const QString &keyName, QJsonArray &errors);

    // PascalCase, as the service answers: FirstName ... ImageUrl, UserFields {...}.
    QJsonObject toJson() const;
};

} // namespace sandbox
