#pragma once
// One user as the Management API reads it (users/find, GetFilteredPage, GET users), what PUT
// users sends to change it, and one page of GetFilteredPage. Reading is tolerant, as the service's
// answers vary: any key casing, UserFields as an object or as an array of objects (the service's
// reads), numbers and booleans as strings.
#include "core/api/Envelope.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tc {

// The fields a person may change through PUT users, by the name the service gives them.
// EnableTracking, EnableLogging, Enabled and ClientId travel inside "UserFields"; the others
// at the top level. Status is Active or Deactivated (Deleted is what DELETE does).
namespace UserField {
enum class Type { Text, Bool, Int, Choice };
struct Spec
{
    QString name; // "FirstName", ..., "EnableTracking", "Status"
    Type type = Type::Text;
    bool inUserFields = false;
    QStringList choices; // Type::Choice
};
// In form order.
const QList<Spec> &editable();
const Spec *spec(const QString &name); // case-insensitive; nullptr when not editable
// The editable field a service error's Key names ("UserFields.ClientId", "$.firstName",
// "clientId", "Email" ...); empty when it names none.
QString forErrorKey(const QString &key);
} // namespace UserField

struct ManagedUser
{
    QString deviceToken;
    QString instanceId;
    QString status; // Active, Deactivated, Deleted (as the service wrote it)
    QString createdAt;
    QJsonObject profile;    // the top-level fields as read (keys as the service wrote them)
    QJsonObject userFields; // UserFields merged into one object (keys as written)

    static ManagedUser fromJson(const QJsonObject &o);
    // The value of an editable field (or any field of the profile / UserFields), case-insensitive;
    // Undefined when the read did not carry it. Bool fields read "true"/"false" strings too.
    QJsonValue value(const QString &name) const;
    // "Ann Lee", else the e-mail, the phone, the ClientId, or "(no name)".
    QString displayName() const;
    // Every field of the read, "UserFields.X" for UserFields, as (name, text) in a stable order.
    QList<QPair<QString, QString>> fieldsForDisplay() const;
    bool isActive() const { return status.compare(QStringLiteral("Active"), Qt::CaseInsensitive) == 0; }
};

// What one PUT users sends: only the fields that change. Add a field with set() (issue 17's
// NewPassword goes at the top level the same way).
class UserChanges
{
public:
    void set(const QString &name, const QJsonValue &value);
    void remove(const QString &name) { m_values.remove(name); }
    bool isEmpty() const { return m_values.isEmpty(); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    QStringList names() const; // sorted
    QJsonValue value(const QString &name) const { return m_values.value(name); }
    // PascalCase body: top-level fields, and UserFields {..} with only its changed members.
    QJsonObject toJson() const;
    // The fields of `wanted` whose value differs from the user's (text compared trimmed; an
    // empty text against an absent one is no change).
    static UserChanges between(const ManagedUser &before, const QHash<QString, QJsonValue> &wanted);
    // Problems with the values, per field, in words (empty when fine): e-mail, phone, Status,
    // Gender, ChildrenCount...
    QHash<QString, QString> problems() const;

private:
    QHash<QString, QJsonValue> m_values;
};

// Management/users/GetFilteredPage: the vendor's documented body shape.
struct UserPageQuery
{
    QStringList instanceIds;
    int pageNumber = 1;
    int pageSize = 50;
    QString searchTerm;
    bool showInactiveUsers = true;
    bool newestFirst = true;
    QJsonObject toJson() const;
};

struct UserPage
{
    QList<ManagedUser> users;
    bool hasPreviousPage = false;
    bool hasNextPage = false;
    qint64 totalUsers = 0;
    int totalPages = 0;
    int currentPage = 0;
    // nullopt and *problem when the Result is not a page.
    static std::optional<UserPage> fromResult(const QJsonValue &result, QString *problem);
};

QList<ManagedUser> managedUsers(const QJsonArray &array);

} // namespace tc
