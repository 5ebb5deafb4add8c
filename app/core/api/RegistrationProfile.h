#pragma once
// The body of Registration/Create (every field optional; unset fields are not sent).
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tc {

// SDK switches of a user. Registration/Create sends them as "UserFields" (with ClientId);
// Registration/CreateMany sends the three switches as "CustomFields".
struct UserFields
{
    std::optional<bool> enableTracking; // service default true
    std::optional<bool> enableLogging;  // service default false
    std::optional<bool> enabled;        // service default true
    std::optional<QString> clientId;    // the user's id in the customer's own system

    bool isEmpty() const { return !enableTracking && !enableLogging && !enabled && !clientId; }
    QJsonObject toJson(bool withClientId = true) const;
    static UserFields fromJson(const QJsonObject &o);
    friend bool operator==(const UserFields &, const UserFields &) = default;
};

struct RegistrationProfile
{
    std::optional<bool> createAccessToken; // service default true
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> nickname;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> gender;        // None, Male, Female, Other
    std::optional<QString> birthday;      // yyyy-MM-dd or ISO 8601 date-time
    std::optional<QString> maritalStatus; // Married, Widowed, Divorced, Single (or the codes 1-4)
    std::optional<int> childrenCount;
    std::optional<QString> country;
    std::optional<QString> district;
    std::optional<QString> city;
    std::optional<QString> address;
    std::optional<QString> imageUrl;
    std::optional<QString> instanceInviteCode;
    std::optional<QString> customToken; // a UUID the caller picks; it becomes the DeviceToken
    std::optional<UserFields> userFields;

    // PascalCase, unset fields omitted. An empty profile gives {} (valid for the service).
    QJsonObject toJson() const;
    // Reads any key casing (e.g. a bulk CSV row turned into JSON).
    static RegistrationProfile fromJson(const QJsonObject &o);
    // Problems with the values, in words (empty when fine): bad gender, birthday, UUID, ...
    // The checks validate() makes, for forms that check one field as it is typed.
    // E-mail: one '@' with text on both sides, no white space (the service's own rule).
    static bool isEmailAddress(const QString &text);
    // Phone: digits, spaces and + - ( ) only, at least one digit.
    static bool isPhoneNumber(const QString &text);
    QStringList validate() const;

    static QStringList genders();
    static QStringList maritalStatuses();
    friend bool operator==(const RegistrationProfile &, const RegistrationProfile &) = default;
};

} // namespace tc
