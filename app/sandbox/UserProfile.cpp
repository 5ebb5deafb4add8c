#include "UserProfile.h"

#include "Http.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// The longest value a text field keeps (characters); longer is a 400 on that field.
constexpr qsizetype MaxText = 1000;
constexpr qsizetype MaxUrl = 2048;

struct StringField
{
    const char16_t *key;  // lower-case request key
    const char16_t *name; // PascalCase name for errors
    QString UserProfile::*member;
    qsizetype maxLength = MaxText;
};

const StringField kStringFields[] = {
        {u"firstname", u"FirstName", &UserProfile::firstName},
        {u"lastname", u"LastName", &UserProfile::lastName},
        {u"nickname", u"Nickname", &UserProfile::nickname},
        {u"phone", u"Phone", &UserProfile::phone},
        {u"email", u"Email", &UserProfile::email},
        {u"country", u"Country", &UserProfile::country},
        {u"district", u"District", &UserProfile::district},
        {u"city", u"City", &UserProfile::city},
        {u"address", u"Address", &UserProfile::address},
        {u"imageurl", u"ImageUrl", &UserProfile::imageUrl, MaxUrl},
        {u"instanceinvitecode", u"InstanceInviteCode", &UserProfile::instanceInviteCode},
};

QJsonObject tooLong(const QString &name, qsizetype max, qsizetype got)
{
    return http::fieldError(name, u"%1 must be at most %2 characters long (it has %3)."_s.arg(name).arg(max).arg(got));
}

// local@domain.tld: one '@', no whitespace, a dot inside the domain (no regex: servers may run
// on several threads and this stays allocation-free).
bool isValidEmail(const QString &s)
{
    const qsizetype at = s.indexOf(u'@');
    if (at <= 0 || at != s.lastIndexOf(u'@'))
        return false;
    for (const QChar c : s) {
        if (c.isSpace())
            return false;
    }
    const QStringView domain = QStringView(s).mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 && dot < domain.size() - 1 && !domain.startsWith(u'.');
}

// An ISO 8601 date-time ("2019-12-13T06:19:18.837Z") or a date ("1990-05-01"); UTC when no offset.
std::optional<QString> normalizeBirthday(const QString &s)
{
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else if (dt.timeSpec() == Qt::LocalTime) {
        dt.setTimeSpec(Qt::UTC);
    }
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QString> normalizeGender(const QJsonValue &v)
{
    static const QString names[] = {u"None"_s, u"Male"_s, u"Female"_s, u"Other"_s};
    if (v.isString()) {
        for (const auto &n : names) {
            if (n.compare(v.toString().trimmed(), Qt::CaseInsensitive) == 0)
                return n;
        }
        return std::nullopt;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d <= 3 && std::floor(d) == d)
            return names[int(d)];
    }
    return std::nullopt;
}

} // namespace

void UserProfile::apply(const QJsonObject &lowered, QJsonArray &errors, const QString &userFieldsKey)
{
    for (const auto &f : kStringFields) {
        const QString key = QString::fromUtf16(f.key);
        if (!lowered.contains(key))
            continue;
        const QJsonValue v = lowered.value(key);
        const QString name = QString::fromUtf16(f.name);
        if (v.isNull()) {
            this->*(f.member) = QString();
        } else if (!v.isString()) {
            errors.append(http::fieldError(name, name + u" must be a string."_s));
        } else if (const QString text = v.toString(); text.size() > f.maxLength) {
            errors.append(tooLong(name, f.maxLength, text.size())); // and the value is not kept
        } else {
            this->*(f.member) = text;
        }
    }
    if (lowered.contains(u"email"_s) && !email.isEmpty() && !isValidEmail(email))
        errors.append(http::fieldError(u"Email"_s, u"'%1' is not a valid e-mail address."_s.arg(email)));

    if (lowered.contains(u"gender"_s)) {
        const QJsonValue v = lowered.value(u"gender"_s);
        if (v.isNull()) {
            gender = u"None"_s;
        } else if (auto g = normalizeGender(v)) {
            gender = *g;
        } else {
            errors.append(http::fieldError(u"Gender"_s, u"Gender must be one of None, Male, Female, Other."_s));
        }
    }
    if (lowered.contains(u"birthday"_s)) {
        const QJsonValue v = lowered.value(u"birthday"_s);
        if (v.isNull() || (v.isString() && v.toString().isEmpty())) {
            birthday.clear();
        } else if (auto b = v.isString() ? normalizeBirthday(v.toString().trimmed()) : std::nullopt) {
            birthday = *b;
        } else {
            errors.append(http::fieldError(
                    u"Birthday"_s, u"Birthday must be an ISO 8601 date or date-time (e.g. 1990-05-01T00:00:00Z)."_s));
        }
    }
    if (lowered.contains(u"maritalstatus"_s)) {
        const QJsonValue v = lowered.value(u"maritalstatus"_s);
        if (v.isNull())
            maritalStatus.clear();
        else if (v.isString() && v.toString().size() > MaxText)
            errors.append(tooLong(u"MaritalStatus"_s, MaxText, v.toString().size()));
        else if (v.isString())
            maritalStatus = v.toString();
        else if (v.isDouble() && std::floor(v.toDouble()) == v.toDouble())
            maritalStatus = QString::number(qint64(v.toDouble()));
        else
            errors.append(http::fieldError(u"MaritalStatus"_s, u"MaritalStatus must be a string or a code."_s));
    }
    if (lowered.contains(u"childrencount"_s)) {
        const QJsonValue v = lowered.value(u"childrencount"_s);
        const double d = v.toDouble(-1);
        if (v.isNull())
            childrenCount.reset();
        else if (v.isDouble() && d >= 0 && d <= 1000 && std::floor(d) == d)
            childrenCount = int(d);
        else
            errors.append(http::fieldError(u"ChildrenCount"_s, u"ChildrenCount must be a non-negative integer."_s));
    }
    if (lowered.contains(userFieldsKey))
        applyUserFields(lowered.value(userFieldsKey),
                        userFieldsKey == u"customfields"_s ? u"CustomFields"_s : u"UserFields"_s, errors);
}

void UserProfile::applyUserFields(const QJsonValue &value, const QString &keyName, QJsonArray &errors)
{
    if (value.isNull())
        return; // "default = null. Will be using default values"
    if (!value.isObject()) {
        errors.append(http::fieldError(keyName, keyName + u" must be an object."_s));
        return;
    }
    const QJsonObject o = value.toObject();
    const struct
    {
        const char16_t *key, *name;
        bool UserProfile::*member;
    } bools[] = {{u"enabletracking", u"EnableTracking", &UserProfile::enableTracking},
                 {u"enablelogging", u"EnableLogging", &UserProfile::enableLogging},
                 {u"enabled", u"Enabled", &UserProfile::enabled}};
    for (const auto &b : bools) {
        const QString key = QString::fromUtf16(b.key);
        if (!o.contains(key) || o.value(key).isNull())
            continue;
        const QString name = keyName + u'.' + QString::fromUtf16(b.name);
        if (!o.value(key).isBool())
            errors.append(http::fieldError(name, name + u" must be true or false."_s));
        else
            this->*(b.member) = o.value(key).toBool();
    }
    if (o.contains(u"clientid"_s)) {
        const QJsonValue v = o.value(u"clientid"_s);
        if (v.isNull())
            clientId.clear();
        else if (v.isString() && v.toString().size() > MaxText)
            errors.append(tooLong(keyName + u".ClientId"_s, MaxText, v.toString().size()));
        else if (v.isString())
            clientId = v.toString();
        else if (v.isDouble())
            clientId = QString::number(v.toDouble(), 'g', 17);
        else
            errors.append(http::fieldError(keyName + u".ClientId"_s, u"ClientId must be a string."_s));
    }
}

QJsonObject UserProfile::toJson() const
{
    auto str = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonObject o;
    for (const auto &f : kStringFields)
        o.insert(QString::fromUtf16(f.name), str(this->*(f.member)));
    o.insert(u"Gender"_s, gender);
    o.insert(u"Birthday"_s, str(birthday));
    o.insert(u"MaritalStatus"_s, str(maritalStatus));
    o.insert(u"ChildrenCount"_s, childrenCount ? QJsonValue(*childrenCount) : QJsonValue(QJsonValue::Null));
    o.insert(u"UserFields"_s, QJsonObject{{u"EnableTracking"_s, enableTracking},
                                          {u"EnableLogging"_s, enableLogging},
                                          {u"Enabled"_s, enabled},
                                          {u"ClientId"_s, str(clientId)}});
    return o;
}

} // namespace sandbox
