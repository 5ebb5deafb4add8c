#include "core/users/ManagedUser.h"

#include "core/api/RegistrationProfile.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

namespace UserField {

const QList<Spec> &editable()
{
    static const QList<Spec> specs{
            {u"FirstName"_s, Type::Text, false, {}},
            {u"LastName"_s, Type::Text, false, {}},
            {u"Nickname"_s, Type::Text, false, {}},
            {u"Email"_s, Type::Text, false, {}},
            {u"Phone"_s, Type::Text, false, {}},
            {u"Gender"_s, Type::Choice, false, RegistrationProfile::genders()},
            {u"Birthday"_s, Type::Text, false, {}},
            {u"MaritalStatus"_s, Type::Text, false, {}},
            {u"ChildrenCount"_s, Type::Int, false, {}},
            {u"Country"_s, Type::Text, false, {}},
            {u"District"_s, Type::Text, false, {}},
            {u"City"_s, Type::Text, false, {}},
            {u"Address"_s, Type::Text, false, {}},
            {u"ImageUrl"_s, Type::Text, false, {}},
            {u"ClientId"_s, Type::Text, true, {}},
            {u"EnableTracking"_s, Type::Bool, true, {}},
            {u"EnableLogging"_s, Type::Bool, true, {}},
            {u"Enabled"_s, Type::Bool, true, {}},
            {u"Status"_s, Type::Choice, false, {u"Active"_s, u"Deactivated"_s}},
    };
    return specs;
}

const Spec *spec(const QString &name)
{
    for (const Spec &s : editable()) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

QString forErrorKey(const QString &key)
{
    QString k = key.trimmed();
    if (k.startsWith(u"$."_s))
        k = k.mid(2);
    // "UserFields.ClientId", "userFields[0].ClientId", "Profile.FirstName": the last segment
    const qsizetype dot = k.lastIndexOf(u'.');
    if (dot >= 0)
        k = k.mid(dot + 1);
    const Spec *s = spec(k);
    return s ? s->name : QString();
}

} // namespace UserField

namespace {

QJsonValue valueIn(const QJsonObject &o, const QString &name)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

// A bool field as read: true/false, "true"/"false", 1/0.
QJsonValue asBool(const QJsonValue &v)
{
    if (v.isBool())
        return v;
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0 || s == u"1"_s)
            return true;
        if (s.compare(u"false"_s, Qt::CaseInsensitive) == 0 || s == u"0"_s)
            return false;
    }
    return v;
}

} // namespace

ManagedUser ManagedUser::fromJson(const QJsonObject &o)
{
    ManagedUser u;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        if (key.compare(u"UserFields"_s, Qt::CaseInsensitive) == 0) {
            const QJsonValue v = it.value();
            if (v.isObject()) {
                u.userFields = v.toObject();
            } else if (v.isArray()) { // the service's reads: an array of objects
                for (const QJsonValue &e : v.toArray()) {
                    const QJsonObject part = e.toObject();
                    for (auto p = part.constBegin(); p != part.constEnd(); ++p)
                        u.userFields.insert(p.key(), p.value());
                }
            }
            continue;
        }
        u.profile.insert(key, it.value());
    }
    u.deviceToken = text(valueIn(o, u"DeviceToken"_s)).trimmed();
    u.instanceId = text(valueIn(o, u"InstanceId"_s)).trimmed();
    u.status = text(valueIn(o, u"Status"_s)).trimmed();
    u.createdAt = text(valueIn(o, u"CreatedAt"_s));
    if (u.createdAt.isEmpty())
        u.createdAt = text(valueIn(o, u"DateCreated"_s));
    return u;
}

QJsonValue ManagedUser::value(const QString &name) const
{
    const UserField::Spec *s = UserField::spec(name);
    QJsonValue v = valueIn(s && s->inUserFields ? userFields : profile, name);
    if (v.isUndefined())
        v = valueIn(s && s->inUserFields ? profile : userFields, name);
    if (s && s->type == UserField::Type::Bool)
        return asBool(v);
    return v;
}

QString ManagedUser::displayName() const
{
    const QString joined = text(value(u"FirstName"_s)).trimmed() + u' ' + text(value(u"LastName"_s)).trimmed();
    const QString name = joined.trimmed();
    if (!name.isEmpty())
        return name;
    for (const QString &f : {u"Email"_s, u"Phone"_s, u"ClientId"_s}) {
        const QString t = text(value(f)).trimmed();
        if (!t.isEmpty())
            return t;
    }
    return QCoreApplication::translate("ManagedUser", "(no name)");
}

QList<QPair<QString, QString>> ManagedUser::fieldsForDisplay() const
{
    QList<QPair<QString, QString>> out;
    QStringList keys = profile.keys();
    // The ids first, then the rest as the service named them (sorted: stable between reads).
    static const QStringList first{u"DeviceToken"_s, u"InstanceId"_s, u"Status"_s};
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &k) {
            for (qsizetype i = 0; i < first.size(); ++i) {
                if (first[i].compare(k, Qt::CaseInsensitive) == 0)
                    return int(i);
            }
            return int(first.size());
        };
        return rank(a) < rank(b);
    });
    for (const QString &k : keys)
        out.append({k, text(profile.value(k))});
    const QStringList uf = userFields.keys();
    for (const QString &k : uf)
        out.append({u"UserFields."_s + k, text(userFields.value(k))});
    return out;
}

QList<ManagedUser> managedUsers(const QJsonArray &array)
{
    QList<ManagedUser> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(ManagedUser::fromJson(v.toObject()));
    return out;
}

// ---- changes ------------------------------------------------------------------------------------

void UserChanges::set(const QString &name, const QJsonValue &value)
{
    const UserField::Spec *s = UserField::spec(name);
    m_values.insert(s ? s->name : name, value);
}

QStringList UserChanges::names() const
{
    QStringList n = m_values.keys();
    n.sort();
    return n;
}

QJsonObject UserChanges::toJson() const
{
    QJsonObject body;
    QJsonObject userFields;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        const UserField::Spec *s = UserField::spec(it.key());
        if (s && s->inUserFields)
            userFields.insert(it.key(), it.value());
        else
            body.insert(it.key(), it.value());
    }
    if (!userFields.isEmpty())
        body.insert(u"UserFields"_s, userFields);
    return body;
}

UserChanges UserChanges::between(const ManagedUser &before, const QHash<QString, QJsonValue> &wanted)
{
    UserChanges c;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
        const UserField::Spec *s = UserField::spec(it.key());
        const QJsonValue now = before.value(it.key());
        const QJsonValue want = it.value();
        bool same = false;
        if (s && s->type == UserField::Type::Bool) {
            same = asBool(now).isBool() && want.isBool() && asBool(now).toBool() == want.toBool();
            // A switch the read did not carry: only an explicit choice is sent (none is no change).
            if (now.isUndefined() && want.isUndefined())
                same = true;
        } else if (s && s->type == UserField::Type::Int) {
            const QString a = text(now).trimmed();
            const QString b = text(want).trimmed();
            same = a == b;
        } else if (s && s->type == UserField::Type::Choice) {
            same = text(now).trimmed().compare(text(want).trimmed(), Qt::CaseInsensitive) == 0
                   || (text(now).trimmed().isEmpty() && text(want).trimmed().isEmpty());
        } else {
            same = text(now).trimmed() == text(want).trimmed();
        }
        if (!same)
            c.set(it.key(), want.isString() ? QJsonValue(want.toString().trimmed()) : want);
    }
    return c;
}

QHash<QString, QString> UserChanges::problems() const
{
    QHash<QString, QString> out;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        const QString &name = it.key();
        const QJsonValue &v = it.value();
        const UserField::Spec *s = UserField::spec(name);
        if (!s)
            continue;
        const QString t = v.isString() ? v.toString().trimmed() : QString();
        if (name == u"Email"_s && !t.isEmpty() && !RegistrationProfile::isEmailAddress(t)) {
            out.insert(name, QCoreApplication::translate("UserChanges",
                                                         "An e-mail address has one @ with text on both sides."));
        } else if (name == u"Phone"_s && !t.isEmpty() && !RegistrationProfile::isPhoneNumber(t)) {
            out.insert(name,
                       QCoreApplication::translate("UserChanges", "A phone number is digits, spaces and + - ( )."));
        } else if (s->type == UserField::Type::Bool && !v.isBool()) {
            out.insert(name, QCoreApplication::translate("UserChanges", "%1 is true or false.").arg(name));
        } else if (s->type == UserField::Type::Int && !v.isNull()
                   && (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(qint64(v.toDouble())))) {
            out.insert(name, QCoreApplication::translate("UserChanges", "%1 is a whole number, 0 or more.").arg(name));
        } else if (s->type == UserField::Type::Choice) {
            const bool known = std::any_of(s->choices.cbegin(), s->choices.cend(),
                                           [&t](const QString &c) { return c.compare(t, Qt::CaseInsensitive) == 0; });
            if (!known) {
                out.insert(name, QCoreApplication::translate("UserChanges", "%1 is one of %2.")
                                         .arg(name, s->choices.join(QStringLiteral(", "))));
            }
        }
    }
    return out;
}

// ---- pages --------------------------------------------------------------------------------------

QJsonObject UserPageQuery::toJson() const
{
    QJsonArray ids;
    for (const QString &id : instanceIds)
        ids.append(id);
    QJsonObject o{{u"InstanceIds"_s, ids},
                  {u"PageNumber"_s, pageNumber},
                  {u"PageSize"_s, pageSize},
                  {u"Sort"_s, newestFirst ? u"DateCreatedDesc"_s : u"DateCreatedAsc"_s},
                  {u"ShowInactiveUsers"_s, showInactiveUsers}};
    if (!searchTerm.trimmed().isEmpty())
        o.insert(u"SearchTerm"_s, searchTerm.trimmed());
    return o;
}

std::optional<UserPage> UserPage::fromResult(const QJsonValue &result, QString *problem)
{
    if (!result.isObject()) {
        *problem = QCoreApplication::translate("UserPage", "GetFilteredPage answered with a Result that is not a page");
        return std::nullopt;
    }
    const QJsonObject o = result.toObject();
    const QJsonValue users = valueIn(o, u"Users"_s);
    if (!users.isArray() && !users.isNull() && !users.isUndefined()) {
        *problem = QCoreApplication::translate("UserPage", "GetFilteredPage answered with Users that is not a list");
        return std::nullopt;
    }
    UserPage p;
    p.users = managedUsers(users.toArray());
    const auto number = [&o](const QString &k) {
        const QJsonValue v = valueIn(o, k);
        return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
    };
    p.hasPreviousPage = asBool(valueIn(o, u"HasPreviousPage"_s)).toBool();
    p.hasNextPage = asBool(valueIn(o, u"HasNextPage"_s)).toBool();
    p.totalUsers = number(u"TotalUsers"_s);
    p.totalPages = int(number(u"TotalPages"_s));
    p.currentPage = int(number(u"CurrentPage"_s));
    return p;
}

} // namespace tc
