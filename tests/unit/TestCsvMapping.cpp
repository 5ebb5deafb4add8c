// CSV columns -> Registration/Create fields: header matching, overrides, per-cell errors with
// line and column.
#include "core/bulk/CsvMapping.h"

#include <QTest>

using namespace Qt::StringLiterals;
using tc::CsvField;
using tc::CsvMapping;

class TestCsvMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHeader_matchesCaseAndSeparatorsInsensitively()
    {
        const auto m = CsvMapping::fromHeader({u"first name"_s, u"LAST_NAME"_s, u"e-mail"_s, u"Client-Id"_s,
                                               u"favourite colour"_s, u"invite code"_s, u"enabletracking"_s});
        QCOMPARE(m.field(0), CsvField::FirstName);
        QCOMPARE(m.field(1), CsvField::LastName);
        QCOMPARE(m.field(2), CsvField::Email);
        QCOMPARE(m.field(3), CsvField::ClientId);
        QCOMPARE(m.field(4), CsvField::Ignore);
        QCOMPARE(m.field(5), CsvField::InstanceInviteCode);
        QCOMPARE(m.field(6), CsvField::EnableTracking);
        QCOMPARE(m.ignoredColumns(), QStringList{u"favourite colour"_s});
        QVERIFY(m.problems().isEmpty());
    }

    void applyOverride_movesAField()
    {
        auto m = CsvMapping::fromHeader({u"name"_s, u"ext_id"_s, u"ClientId"_s});
        QString error;
        QVERIFY(m.applyOverride(u"name=FirstName"_s, &error));
        QVERIFY(m.applyOverride(u"ext_id=clientid"_s, &error));
        QCOMPARE(m.field(0), CsvField::FirstName);
        QCOMPARE(m.field(1), CsvField::ClientId);
        QCOMPARE(m.field(2), CsvField::Ignore); // the field moved away from it
        QVERIFY(m.applyOverride(u"1=Ignore"_s, &error));
        QCOMPARE(m.field(0), CsvField::Ignore);
        QVERIFY(!m.applyOverride(u"nope=FirstName"_s, &error));
        QVERIFY(error.contains(u"no column"_s));
        QVERIFY(!m.applyOverride(u"name=Shoe size"_s, &error));
        QVERIFY(error.contains(u"not a field"_s));
    }

    void problems_noUsableColumn()
    {
        const auto m = CsvMapping::fromHeader({u"foo"_s, u"bar"_s});
        QCOMPARE(m.problems().size(), 1);
    }

    void toProfile_readsEveryKindOfField()
    {
        const auto m = CsvMapping::fromHeader({u"FirstName"_s, u"Gender"_s, u"Birthday"_s, u"MaritalStatus"_s,
                                               u"ChildrenCount"_s, u"ClientId"_s, u"EnableTracking"_s,
                                               u"CreateAccessToken"_s, u"CustomToken"_s});
        tc::CsvRecord rec;
        rec.line = 7;
        rec.fields = {u" Ada "_s,  u"female"_s, u"1990-05-01"_s,
                      u"single"_s, u"2"_s,      u"C-1"_s,
                      u"no"_s,     u"TRUE"_s,   u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s};
        QList<tc::RowError> errors;
        const auto p = m.toProfile(rec, 3, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).toString()));
        QCOMPARE(p.firstName, u"Ada"_s);
        QCOMPARE(p.gender, u"Female"_s);
        QCOMPARE(p.maritalStatus, u"Single"_s);
        QCOMPARE(p.childrenCount, 2);
        QCOMPARE(p.userFields->clientId, u"C-1"_s);
        QCOMPARE(p.userFields->enableTracking, false);
        QCOMPARE(p.createAccessToken, true);
        QCOMPARE(p.customToken, u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s);
        QVERIFY(!p.lastName);
    }

    void toProfile_errorsCarryLineAndColumn()
    {
        const auto m
                = CsvMapping::fromHeader({u"Email"_s, u"Gender"_s, u"ChildrenCount"_s, u"CustomToken"_s, u"Enabled"_s});
        tc::CsvRecord rec;
        rec.line = 12;
        rec.fields = {u"not-an-email"_s, u"Robot"_s, u"two"_s, u"not-a-uuid"_s, u"maybe"_s};
        QList<tc::RowError> errors;
        m.toProfile(rec, 5, &errors);
        QStringList columns;
        for (const auto &e : errors) {
            QCOMPARE(e.line, 12);
            QCOMPARE(e.row, 5);
            columns.append(e.column);
        }
        columns.sort();
        QCOMPARE(columns, (QStringList{u"ChildrenCount"_s, u"CustomToken"_s, u"Email"_s, u"Enabled"_s, u"Gender"_s}));
    }

    void toProfile_raggedAndMalformedRowsAreErrors()
    {
        const auto m = CsvMapping::fromHeader({u"FirstName"_s, u"LastName"_s});
        tc::CsvRecord ragged;
        ragged.line = 3;
        ragged.fields = {u"Ada"_s};
        QList<tc::RowError> errors;
        const auto p = m.toProfile(ragged, 2, &errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().reason.contains(u"1 fields"_s));
        QCOMPARE(p.firstName, u"Ada"_s);

        tc::CsvRecord bad;
        bad.line = 4;
        bad.error = u"malformed quoting"_s;
        errors.clear();
        m.toProfile(bad, 3, &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().toString(), u"line 4: malformed quoting"_s);
    }

    void json_roundTrip()
    {
        auto m = CsvMapping::fromHeader({u"a"_s, u"Email"_s});
        QString error;
        QVERIFY(m.applyOverride(u"a=Nickname"_s, &error));
        const auto back = CsvMapping::fromJson(m.toJson());
        QVERIFY(back);
        QCOMPARE(*back, m);
    }
};

QTEST_GUILESS_MAIN(TestCsvMapping)
#include "TestCsvMapping.moc"
