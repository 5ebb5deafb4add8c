#include "core/api/RegistrationProfile.h"

#include "core/util/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

void put(QJsonObject &o, const QString &key, const std::optional<QString> &v)
{
    if (v)
        o.insert(key, *v);
}

void put(QJsonObject &o, const QString &key, const std::optional<bool> &v)
{
    if (v)
        o.insert(key, *v);
}

std::optional<QString> text(const QJsonObject &o, QStringView key)
{
    const QJsonValue v = json::value(o, key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return json::toText(v);
}

std::optional<bool> flag(const QJsonObject &o, QStringView key)
{
    return json::toBool(json::value(o, key));
}

} // namespace

QJsonObject UserFields::toJson(bool withClientId) const
{
    QJsonObject o;
    put(o, u"EnableTracking"_s, enableTracking);
    put(o, u"EnableLogging"_s, enableLogging);
    put(o, u"Enabled"_s, enabled);
    if (withClientId)
        put(o, u"ClientId"_s, clientId);
    return o;
}

UserFields UserFields::fromJson(const QJsonObject &o)
{
    UserFields f;
    f.enableTracking = flag(o, u"EnableTracking");
    f.enableLogging = flag(o, u"EnableLogging");
    f.enabled = flag(o, u"Enabled");
    f.clientId = text(o, u"ClientId");
    return f;
}

QJsonObject RegistrationProfile::toJson() const
{
    QJsonObject o;
    put(o, u"CreateAccessToken"_s, createAccessToken);
    put(o, u"FirstName"_s, firstName);
    put(o, u"LastName"_s, lastName);
    put(o, u"Nickname"_s, nickname);
    put(o, u"Phone"_s, phone);
    put(o, u"Email"_s, email);
    put(o, u"Gender"_s, gender);
    put(o, u"Birthday"_s, birthday);
    put(o, u"MaritalStatus"_s, maritalStatus);
    if (childrenCount)
        o.insert(u"ChildrenCount"_s, *childrenCount);
    put(o, u"Country"_s, country);
    put(o, u"District"_s, district);
    put(o, u"City"_s, city);
    put(o, u"Address"_s, address);
    put(o, u"ImageUrl"_s, imageUrl);
    put(o, u"InstanceInviteCode"_s, instanceInviteCode);
    put(o, u"CustomToken"_s, customToken);
    if (userFields && !userFields->isEmpty())
        o.insert(u"UserFields"_s, userFields->toJson(true));
    return o;
}

RegistrationProfile RegistrationProfile::fromJson(const QJsonObject &o)
{
    RegistrationProfile p;
    p.createAccessToken = flag(o, u"CreateAccessToken");
    p.firstName = text(o, u"FirstName");
    p.lastName = text(o, u"LastName");
    p.nickname = text(o, u"Nickname");
    p.phone = text(o, u"Phone");
    p.email = text(o, u"Email");
    p.gender = text(o, u"Gender");
    p.birthday = text(o, u"Birthday");
    p.maritalStatus = text(o, u"MaritalStatus");
    if (const auto n = json::toInt64(json::value(o, u"ChildrenCount")))
        p.childrenCount = int(*n);
    p.country = text(o, u"Country");
    p.district = text(o, u"District");
    p.city = text(o, u"City");
    p.address = text(o, u"Address");
    p.imageUrl = text(o, u"ImageUrl");
    p.instanceInviteCode = text(o, u"InstanceInviteCode");
    p.customToken = text(o, u"CustomToken");
    const QJsonValue uf = json::value(o, u"UserFields");
    if (uf.isObject())
        p.userFields = UserFields::fromJson(uf.toObject());
    return p;
}

QStringList RegistrationProfile::genders()
{
    return {u"None"_s, u"Male"_s, u"Female"_s, u"Other"_s};
}

QStringList RegistrationProfile::maritalStatuses()
{
    return {u"Married"_s, u"Widowed"_s, u"Divorced"_s, u"Single"_s};
}

bool RegistrationProfile::isEmailAddress(const QString &text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at == text.size() - 1 || at != text.lastIndexOf(u'@'))
        return false;
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

bool RegistrationProfile::isPhoneNumber(const QString &text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')')
            return false;
    }
    return digit;
}

QStringList RegistrationProfile::validate() const
{
    QStringList problems;
    if (gender && !genders().contains(*gender, Qt::CaseInsensitive))
        problems.append(QCoreApplication::translate("tc::RegistrationProfile", "Gender must be one of %1 (got \"%2\")")
                                .arg(genders().join(u", "_s), *gender));
    if (birthday) {
        const bool date = QDate::fromString(*birthday, Qt::ISODate).isValid();
        const bool dateTime = QDateTime::fromString(*birthday, Qt::ISODateWithMs).isValid();
        if (!date && !dateTime)
            problems.append(QCoreApplication::translate(
                                    "tc::RegistrationProfile",
                                    "Birthday must be a date (yyyy-MM-dd) or an ISO 8601 date-time (got \"%1\")")
                                    .arg(*birthday));
    }
    if (maritalStatus) {
        bool isCode = false;
        const int code = maritalStatus->toInt(&isCode);
        if (!(isCode && code >= 1 && code <= 4) && !maritalStatuses().contains(*maritalStatus, Qt::CaseInsensitive))
            problems.append(QCoreApplication::translate("tc::RegistrationProfile",
                                                        "MaritalStatus must be one of %1 or a code 1-4 (got \"%2\")")
                                    .arg(maritalStatuses().join(u", "_s), *maritalStatus));
    }
    if (childrenCount && (*childrenCount < 0 || *childrenCount > 100))
        problems.append(QCoreApplication::translate("tc::RegistrationProfile",
                                                    "ChildrenCount must be between 0 and 100 (got %1)")
                                .arg(*childrenCount));
    if (customToken && QUuid::fromString(*customToken).isNull())
        problems.append(QCoreApplication::translate(
                                "tc::RegistrationProfile",
                                "CustomToken must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6 (got \"%1\")")
                                .arg(*customToken));
    if (imageUrl) {
        const QUrl url(*imageUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            problems.append(QCoreApplication::translate("tc::RegistrationProfile",
                                                        "ImageUrl must be an absolute URL (got \"%1\")")
                                    .arg(*imageUrl));
    }
    if (email && !isEmailAddress(*email))
        problems.append(QCoreApplication::translate(
                                "tc::RegistrationProfile",
                                "Email must be one address: a name, one '@' and a domain, no spaces (got \"%1\")")
                                .arg(*email));
    if (phone && !isPhoneNumber(*phone))
        problems.append(QCoreApplication::translate(
                                "tc::RegistrationProfile",
                                "Phone may hold only digits, spaces and + - ( ), with at least one digit (got \"%1\")")
                                .arg(*phone));
    return problems;
}

} // namespace tc
