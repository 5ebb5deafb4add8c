// tc::RegistrationProfile: PascalCase out, unset fields omitted, any casing in, value checks.
#include "core/api/RegistrationProfile.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using tc::RegistrationProfile;
using tc::UserFields;

class TestRegistrationProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toJson_empty_isEmptyObject()
    {
        QCOMPARE(RegistrationProfile().toJson(), QJsonObject());
        RegistrationProfile p;
        p.userFields = UserFields(); // set but empty: still nothing to send
        QCOMPARE(p.toJson(), QJsonObject());
        QVERIFY(p.validate().isEmpty());
    }

    void toJson_everyField_pascalCase()
    {
        RegistrationProfile p;
        p.createAccessToken = false;
        p.firstName = u"Ada"_s;
        p.lastName = u"Lovelace"_s;
        p.nickname = u"ada"_s;
        p.phone = u"+441234"_s;
        p.email = u"ada@example.com"_s;
        p.gender = u"Female"_s;
        p.birthday = u"1815-12-10"_s;
        p.maritalStatus = u"Married"_s;
        p.childrenCount = 3;
        p.country = u"UK"_s;
        p.district = u"Marylebone"_s;
        p.city = u"London"_s;
        p.address = u"12 St James's Square"_s;
        p.imageUrl = u"https://example.com/ada.png"_s;
        p.instanceInviteCode = u"INVITE"_s;
        p.customToken = u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s;
        p.userFields = UserFields{true, false, true, u"crm-42"_s};
        QVERIFY(p.validate().isEmpty());

        const QJsonObject expected{{u"CreateAccessToken"_s, false},
                                   {u"FirstName"_s, u"Ada"_s},
                                   {u"LastName"_s, u"Lovelace"_s},
                                   {u"Nickname"_s, u"ada"_s},
                                   {u"Phone"_s, u"+441234"_s},
                                   {u"Email"_s, u"ada@example.com"_s},
                                   {u"Gender"_s, u"Female"_s},
                                   {u"Birthday"_s, u"1815-12-10"_s},
                                   {u"MaritalStatus"_s, u"Married"_s},
                                   {u"ChildrenCount"_s, 3},
                                   {u"Country"_s, u"UK"_s},
                                   {u"District"_s, u"Marylebone"_s},
                                   {u"City"_s, u"London"_s},
                                   {u"Address"_s, u"12 St James's Square"_s},
                                   {u"ImageUrl"_s, u"https://example.com/ada.png"_s},
                                   {u"InstanceInviteCode"_s, u"INVITE"_s},
                                   {u"CustomToken"_s, u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s},
                                   {u"UserFields"_s, QJsonObject{{u"EnableTracking"_s, true},
                                                                 {u"EnableLogging"_s, false},
                                                                 {u"Enabled"_s, true},
                                                                 {u"ClientId"_s, u"crm-42"_s}}}};
        QCOMPARE(p.toJson(), expected);
        QCOMPARE(RegistrationProfile::fromJson(p.toJson()), p); // round trip
    }

    void toJson_onlySetFields()
    {
        RegistrationProfile p;
        p.email = u"a@b.c"_s;
        p.userFields = UserFields{};
        p.userFields->enableTracking = false;
        QCOMPARE(p.toJson(),
                 (QJsonObject{{u"Email"_s, u"a@b.c"_s}, {u"UserFields"_s, QJsonObject{{u"EnableTracking"_s, false}}}}));
        // An empty string is a value (clears a field), not "unset".
        RegistrationProfile q;
        q.firstName = QString();
        QCOMPARE(q.toJson(), (QJsonObject{{u"FirstName"_s, u""_s}}));
    }

    void userFields_createManyOmitsClientId()
    {
        const UserFields f{true, std::nullopt, false, u"x"_s};
        QCOMPARE(f.toJson(false), (QJsonObject{{u"EnableTracking"_s, true}, {u"Enabled"_s, false}}));
    }

    void fromJson_anyCasingAndLooseTypes()
    {
        const QJsonObject o = QJsonDocument::fromJson(
                                      "{\"firstname\":\"A\",\"childrenCount\":\"2\",\"createaccesstoken\":\"false\","
                                      "\"userFields\":{\"enableTracking\":\"True\",\"clientId\":7}}")
                                      .object();
        const RegistrationProfile p = RegistrationProfile::fromJson(o);
        QCOMPARE(p.firstName, std::optional<QString>(u"A"_s));
        QCOMPARE(p.childrenCount, std::optional<int>(2));
        QCOMPARE(p.createAccessToken, std::optional<bool>(false));
        QVERIFY(p.userFields.has_value());
        QCOMPARE(p.userFields->enableTracking, std::optional<bool>(true));
        QCOMPARE(p.userFields->clientId, std::optional<QString>(u"7"_s));
        QVERIFY(!p.lastName.has_value());
    }

    void validate_badValues_areNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("gender ok") << u"gender"_s << u"other"_s << true;
        QTest::newRow("gender bad") << u"gender"_s << u"Robot"_s << false;
        QTest::newRow("birthday date") << u"birthday"_s << u"1990-02-03"_s << true;
        QTest::newRow("birthday datetime") << u"birthday"_s << u"2019-12-13T06:19:18.837Z"_s << true;
        QTest::newRow("birthday bad") << u"birthday"_s << u"03/02/1990"_s << false;
        QTest::newRow("marital name") << u"marital"_s << u"Single"_s << true;
        QTest::newRow("marital code") << u"marital"_s << u"4"_s << true;
        QTest::newRow("marital code bad") << u"marital"_s << u"5"_s << false;
        QTest::newRow("custom token uuid") << u"custom"_s << u"3fa85f64-5717-4562-b3fc-2c963f66afa6"_s << true;
        QTest::newRow("custom token braces") << u"custom"_s << u"{3fa85f64-5717-4562-b3fc-2c963f66afa6}"_s << true;
        QTest::newRow("custom token bad") << u"custom"_s << u"not-a-uuid"_s << false;
        QTest::newRow("children negative") << u"children"_s << u"-1"_s << false;
        QTest::newRow("image relative") << u"image"_s << u"ada.png"_s << false;
        QTest::newRow("email no at") << u"email"_s << u"ada.example.com"_s << false;
        // One '@' with text on both sides, no white space (was: any text with an '@').
        QTest::newRow("email ok") << u"email"_s << u"ada@example.org"_s << true;
        QTest::newRow("email short ok") << u"email"_s << u"a@b"_s << true;
        QTest::newRow("email only at") << u"email"_s << u"@"_s << false;
        QTest::newRow("email two ats") << u"email"_s << u"a@b@c"_s << false;
        QTest::newRow("email no name") << u"email"_s << u"@example.org"_s << false;
        QTest::newRow("email no domain") << u"email"_s << u"ada@"_s << false;
        QTest::newRow("email space") << u"email"_s << u"ada lovelace@example.org"_s << false;
        // Digits, spaces and + - ( ) only, at least one digit (was: anything).
        QTest::newRow("phone ok") << u"phone"_s << u"+1 (555) 010-0100"_s << true;
        QTest::newRow("phone digits") << u"phone"_s << u"5550100"_s << true;
        QTest::newRow("phone letters") << u"phone"_s << u"abc"_s << false;
        QTest::newRow("phone mixed") << u"phone"_s << u"555-CALL-NOW"_s << false;
        QTest::newRow("phone no digit") << u"phone"_s << u"+ - ()"_s << false;
        QTest::newRow("phone dot") << u"phone"_s << u"555.0100"_s << false;
    }

    void validate_badValues_areNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        RegistrationProfile p;
        QString name;
        if (field == u"gender"_s) {
            p.gender = value;
            name = u"Gender"_s;
        }
        if (field == u"birthday"_s) {
            p.birthday = value;
            name = u"Birthday"_s;
        }
        if (field == u"marital"_s) {
            p.maritalStatus = value;
            name = u"MaritalStatus"_s;
        }
        if (field == u"custom"_s) {
            p.customToken = value;
            name = u"CustomToken"_s;
        }
        if (field == u"children"_s) {
            p.childrenCount = value.toInt();
            name = u"ChildrenCount"_s;
        }
        if (field == u"image"_s) {
            p.imageUrl = value;
            name = u"ImageUrl"_s;
        }
        if (field == u"email"_s) {
            p.email = value;
            name = u"Email"_s;
        }
        if (field == u"phone"_s) {
            p.phone = value;
            name = u"Phone"_s;
        }
        const QStringList problems = p.validate();
        QCOMPARE(problems.isEmpty(), ok);
        if (!ok)
            QVERIFY2(problems.first().startsWith(name), qPrintable(problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationProfile)
#include "TestRegistrationProfile.moc"
