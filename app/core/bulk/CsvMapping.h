#pragma once
// Which CSV column feeds which Registration/Create field. Header names are matched to fields
// case-insensitively, ignoring spaces, '_', '-' and '.' ("First Name", "first_name" and
// "FIRSTNAME" all mean FirstName), with a few aliases; any column can be re-mapped by hand.
// toProfile() turns one record into a RegistrationProfile and lists every problem as a
// RowError (line, column, reason).
#include "core/api/RegistrationProfile.h"
#include "core/util/CsvReader.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tc {

enum class CsvField {
    Ignore,
    FirstName,
    LastName,
    Nickname,
    Phone,
    Email,
    Gender,
    Birthday,
    MaritalStatus,
    ChildrenCount,
    Country,
    District,
    City,
    Address,
    ImageUrl,
    InstanceInviteCode,
    CustomToken,
    ClientId,
    EnableTracking,
    EnableLogging,
    Enabled,
    CreateAccessToken,
};

struct RowError
{
    qint64 row = 0;  // 1-based data row (0: the header / the file)
    qint64 line = 0; // 1-based physical line
    QString column;  // the CSV column's header name ("" when the whole row is concerned)
    QString reason;

    QString toString() const; // "line 12, column Email: Email must contain '@'"
    friend bool operator==(const RowError &, const RowError &) = default;
};

class CsvMapping
{
public:
    CsvMapping() = default;
    // Maps each header name to the field it names (Ignore when none).
    static CsvMapping fromHeader(const QStringList &header);

    static QList<CsvField> allFields();                                // every field but Ignore
    static QString fieldName(CsvField field);                          // "FirstName", ..., "Ignore"
    static std::optional<CsvField> fieldFromName(const QString &name); // the names and aliases

    QStringList header() const { return m_header; }
    qsizetype columnCount() const { return m_header.size(); }
    CsvField field(qsizetype column) const;
    void setField(qsizetype column, CsvField field);
    // The column a field is read from (-1 when none).
    qsizetype columnOf(CsvField field) const;
    // "Column=Field" or "3=Field" (1-based column number); "Column=Ignore" drops a column.
    bool applyOverride(const QString &spec, QString *error);

    // Header problems a person must fix (two columns feeding one field).
    QStringList problems() const;
    QStringList ignoredColumns() const;

    // Record -> profile. Values are trimmed; empty cells leave the field unset. Every problem is
    // appended to *errors (row, line, column, reason): malformed quoting, a ragged row, a cell that
    // is not UTF-8, values the service would refuse; the profile then holds what was readable.
    // (Repeats across rows are BulkRowCheck's.)
    RegistrationProfile toProfile(const CsvRecord &record, qint64 row, QList<RowError> *errors) const;

    QJsonObject toJson() const; // {"header": [...], "fields": [...]} (names)
    static std::optional<CsvMapping> fromJson(const QJsonObject &o);

    friend bool operator==(const CsvMapping &, const CsvMapping &) = default;

private:
    QStringList m_header;
    QList<CsvField> m_fields;
};

} // namespace tc
