#include "core/bulk/CsvMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

struct FieldName
{
    CsvField field;
    QString name;
};

const QList<FieldName> &names()
{
    static const QList<FieldName> list{
            {CsvField::Ignore, u"Ignore"_s},
            {CsvField::FirstName, u"FirstName"_s},
            {CsvField::LastName, u"LastName"_s},
            {CsvField::Nickname, u"Nickname"_s},
            {CsvField::Phone, u"Phone"_s},
            {CsvField::Email, u"Email"_s},
            {CsvField::Gender, u"Gender"_s},
            {CsvField::Birthday, u"Birthday"_s},
            {CsvField::MaritalStatus, u"MaritalStatus"_s},
            {CsvField::ChildrenCount, u"ChildrenCount"_s},
            {CsvField::Country, u"Country"_s},
            {CsvField::District, u"District"_s},
            {CsvField::City, u"City"_s},
            {CsvField::Address, u"Address"_s},
            {CsvField::ImageUrl, u"ImageUrl"_s},
            {CsvField::InstanceInviteCode, u"InstanceInviteCode"_s},
            {CsvField::CustomToken, u"CustomToken"_s},
            {CsvField::ClientId, u"ClientId"_s},
            {CsvField::EnableTracking, u"EnableTracking"_s},
            {CsvField::EnableLogging, u"EnableLogging"_s},
            {CsvField::Enabled, u"Enabled"_s},
            {CsvField::CreateAccessToken, u"CreateAccessToken"_s},
    };
    return list;
}

QString normalized(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.')
            continue;
        out.append(c.toLower());
    }
    return out;
}

const QHash<QString, CsvField> &lookup()
{
    static const QHash<QString, CsvField> map = [] {
        QHash<QString, CsvField> m;
        for (const FieldName &n : names())
            m.insert(normalized(n.name), n.field);
        const QList<QPair<QString, CsvField>> aliases{
                {u"given name"_s, CsvField::FirstName},
                {u"surname"_s, CsvField::LastName},
                {u"family name"_s, CsvField::LastName},
                {u"nick"_s, CsvField::Nickname},
                {u"phone number"_s, CsvField::Phone},
                {u"mobile"_s, CsvField::Phone},
                {u"e-mail"_s, CsvField::Email},
                {u"mail"_s, CsvField::Email},
                {u"email address"_s, CsvField::Email},
                {u"sex"_s, CsvField::Gender},
                {u"birth date"_s, CsvField::Birthday},
                {u"date of birth"_s, CsvField::Birthday},
                {u"children"_s, CsvField::ChildrenCount},
                {u"image"_s, CsvField::ImageUrl},
                {u"invite code"_s, CsvField::InstanceInviteCode},
                {u"device token"_s, CsvField::CustomToken},
                {u"client"_s, CsvField::ClientId},
                {u"tracking"_s, CsvField::EnableTracking},
                {u"logging"_s, CsvField::EnableLogging},
        };
        for (const auto &a : aliases)
            m.insert(normalized(a.first), a.second);
        return m;
    }();
    return map;
}

std::optional<bool> parseBool(const QString &v)
{
    static const QStringList yes{u"true"_s, u"yes"_s, u"y"_s, u"1"_s, u"on"_s};
    static const QStringList no{u"false"_s, u"no"_s, u"n"_s, u"0"_s, u"off"_s};
    const QString l = v.toLower();
    if (yes.contains(l))
        return true;
    if (no.contains(l))
        return false;
    return std::nullopt;
}

QString canonical(const QString &v, const QStringList &choices)
{
    for (const QString &c : choices) {
        if (c.compare(v, Qt::CaseInsensitive) == 0)
            return c;
    }
    return v;
}

} // namespace

QString RowError::toString() const
{
    QString where = line > 0 ? QCoreApplication::translate("tc::CsvMapping", "line %1").arg(line) : u"header"_s;
    if (!column.isEmpty())
        where += u", column "_s + column;
    return where + u": "_s + reason;
}

QList<CsvField> CsvMapping::allFields()
{
    QList<CsvField> out;
    for (const FieldName &n : names()) {
        if (n.field != CsvField::Ignore)
            out.append(n.field);
    }
    return out;
}

QString CsvMapping::fieldName(CsvField field)
{
    for (const FieldName &n : names()) {
        if (n.field == field)
            return n.name;
    }
    return u"Ignore"_s;
}

std::optional<CsvField> CsvMapping::fieldFromName(const QString &name)
{
    const auto it = lookup().constFind(normalized(name));
    if (it == lookup().constEnd())
        return std::nullopt;
    return *it;
}

CsvMapping CsvMapping::fromHeader(const QStringList &header)
{
    CsvMapping m;
    m.m_header = header;
    for (const QString &h : header)
        m.m_fields.append(fieldFromName(h).value_or(CsvField::Ignore));
    // A field named twice: keep the first column, ignore the rest (problems() no longer lists it,
    // but ignoredColumns() does).
    for (qsizetype i = 0; i < m.m_fields.size(); ++i) {
        if (m.m_fields.at(i) == CsvField::Ignore)
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (m.m_fields.at(j) == m.m_fields.at(i)) {
                m.m_fields[i] = CsvField::Ignore;
                break;
            }
        }
    }
    return m;
}

CsvField CsvMapping::field(qsizetype column) const
{
    return column >= 0 && column < m_fields.size() ? m_fields.at(column) : CsvField::Ignore;
}

void CsvMapping::setField(qsizetype column, CsvField field)
{
    if (column >= 0 && column < m_fields.size())
        m_fields[column] = field;
}

qsizetype CsvMapping::columnOf(CsvField field) const
{
    if (field == CsvField::Ignore)
        return -1;
    return m_fields.indexOf(field);
}

bool CsvMapping::applyOverride(const QString &spec, QString *error)
{
    const qsizetype eq = spec.lastIndexOf(u'=');
    if (eq <= 0) {
        *error = QCoreApplication::translate("tc::CsvMapping", "a column mapping is COLUMN=FIELD (got \"%1\")")
                         .arg(spec);
        return false;
    }
    const QString column = spec.left(eq).trimmed();
    const QString fieldText = spec.mid(eq + 1).trimmed();
    const auto f = fieldFromName(fieldText);
    if (!f) {
        QStringList known;
        for (const FieldName &n : names())
            known.append(n.name);
        *error = QCoreApplication::translate("tc::CsvMapping", "\"%1\" is not a field (known: %2)")
                         .arg(fieldText, known.join(u", "_s));
        return false;
    }
    qsizetype index = m_header.indexOf(column);
    if (index < 0) {
        for (qsizetype i = 0; i < m_header.size(); ++i) {
            if (m_header.at(i).compare(column, Qt::CaseInsensitive) == 0) {
                index = i;
                break;
            }
        }
    }
    if (index < 0) {
        bool isNumber = false;
        const int n = column.toInt(&isNumber);
        if (isNumber && n >= 1 && n <= m_header.size())
            index = n - 1;
    }
    if (index < 0) {
        *error = QCoreApplication::translate("tc::CsvMapping", "the file has no column \"%1\" (columns: %2)")
                         .arg(column, m_header.join(u", "_s));
        return false;
    }
    // The field moves: a column that fed it before is now ignored.
    if (*f != CsvField::Ignore) {
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i) == *f)
                m_fields[i] = CsvField::Ignore;
        }
    }
    m_fields[index] = *f;
    return true;
}

QStringList CsvMapping::problems() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i) == CsvField::Ignore)
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            if (m_fields.at(j) == m_fields.at(i))
                out.append(QCoreApplication::translate("tc::CsvMapping", "columns \"%1\" and \"%2\" both feed %3")
                                   .arg(m_header.at(j), m_header.at(i), fieldName(m_fields.at(i))));
        }
    }
    bool any = false;
    for (CsvField f : m_fields)
        any = any || f != CsvField::Ignore;
    if (!any && !m_header.isEmpty())
        out.append(QCoreApplication::translate("tc::CsvMapping", "no column names a registration field (columns: %1)")
                           .arg(m_header.join(u", "_s)));
    return out;
}

QStringList CsvMapping::ignoredColumns() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i) == CsvField::Ignore)
            out.append(m_header.at(i));
    }
    return out;
}

RegistrationProfile CsvMapping::toProfile(const CsvRecord &record, qint64 row, QList<RowError> *errors) const
{
    RegistrationProfile p;
    const auto fail = [&](qsizetype column, const QString &reason) {
        errors->append(RowError{row, record.line, column >= 0 ? m_header.value(column) : QString(), reason});
    };
    if (record.isMalformed()) {
        fail(-1, record.error);
        return p;
    }
    if (record.fields.size() != m_header.size())
        fail(-1, QCoreApplication::translate("tc::CsvMapping", "the row has %1 fields, the header has %2")
                         .arg(record.fields.size())
                         .arg(m_header.size()));
    // Bytes that are not UTF-8 would reach the service as U+FFFD: never sent (any column: the file is
    // then in another encoding, and its other cells may be misread too).
    for (const CsvTextError &t : record.textErrors) {
        if (t.column < m_header.size())
            fail(t.column, t.reason());
        else // a field past the header's columns
            fail(-1, QCoreApplication::translate("tc::CsvMapping", "field %1: ").arg(t.column + 1) + t.reason());
    }

    QHash<CsvField, qsizetype> columnOfField;
    const auto userFields = [&p]() -> UserFields & {
        if (!p.userFields)
            p.userFields = UserFields();
        return *p.userFields;
    };
    const qsizetype n = std::min(record.fields.size(), m_fields.size());
    for (qsizetype i = 0; i < n; ++i) {
        const CsvField f = m_fields.at(i);
        if (f == CsvField::Ignore)
            continue;
        const QString v = record.fields.at(i).trimmed();
        if (v.isEmpty())
            continue;
        columnOfField.insert(f, i);
        const auto flag = [&](std::optional<bool> &target) {
            const auto b = parseBool(v);
            if (!b)
                fail(i, QCoreApplication::translate("tc::CsvMapping", "%1 must be true or false (got \"%2\")")
                                .arg(fieldName(f), v));
            else
                target = b;
        };
        switch (f) {
        case CsvField::Ignore: break;
        case CsvField::FirstName: p.firstName = v; break;
        case CsvField::LastName: p.lastName = v; break;
        case CsvField::Nickname: p.nickname = v; break;
        case CsvField::Phone: p.phone = v; break;
        case CsvField::Email: p.email = v; break;
        case CsvField::Gender: p.gender = canonical(v, RegistrationProfile::genders()); break;
        case CsvField::Birthday: p.birthday = v; break;
        case CsvField::MaritalStatus: p.maritalStatus = canonical(v, RegistrationProfile::maritalStatuses()); break;
        case CsvField::ChildrenCount: {
            bool ok = false;
            const int c = v.toInt(&ok);
            if (!ok)
                fail(i,
                     QCoreApplication::translate("tc::CsvMapping", "ChildrenCount must be a whole number (got \"%1\")")
                             .arg(v));
            else
                p.childrenCount = c;
            break;
        }
        case CsvField::Country: p.country = v; break;
        case CsvField::District: p.district = v; break;
        case CsvField::City: p.city = v; break;
        case CsvField::Address: p.address = v; break;
        case CsvField::ImageUrl: p.imageUrl = v; break;
        case CsvField::InstanceInviteCode: p.instanceInviteCode = v; break;
        case CsvField::CustomToken: p.customToken = v; break;
        case CsvField::ClientId: userFields().clientId = v; break;
        case CsvField::EnableTracking: flag(userFields().enableTracking); break;
        case CsvField::EnableLogging: flag(userFields().enableLogging); break;
        case CsvField::Enabled: flag(userFields().enabled); break;
        case CsvField::CreateAccessToken: flag(p.createAccessToken); break;
        }
    }
    // The profile's own rules; each message starts with the field's name.
    const QStringList problems = p.validate();
    for (const QString &problem : problems) {
        const QString first = problem.section(u' ', 0, 0);
        const auto f = fieldFromName(first);
        fail(f ? columnOfField.value(*f, -1) : -1, problem);
    }
    return p;
}

QJsonObject CsvMapping::toJson() const
{
    QJsonArray fields;
    for (CsvField f : m_fields)
        fields.append(fieldName(f));
    return {{u"header"_s, QJsonArray::fromStringList(m_header)}, {u"fields"_s, fields}};
}

std::optional<CsvMapping> CsvMapping::fromJson(const QJsonObject &o)
{
    CsvMapping m;
    const QJsonArray header = o.value(u"header"_s).toArray();
    const QJsonArray fields = o.value(u"fields"_s).toArray();
    if (header.size() != fields.size())
        return std::nullopt;
    for (qsizetype i = 0; i < header.size(); ++i) {
        m.m_header.append(header.at(i).toString());
        const QString name = fields.at(i).toString();
        m.m_fields.append(name == u"Ignore"_s ? CsvField::Ignore : fieldFromName(name).value_or(CsvField::Ignore));
    }
    return m;
}

} // namespace tc
