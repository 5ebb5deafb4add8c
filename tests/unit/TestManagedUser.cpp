// ManagedUser, UserChanges and UserPage (core/users): reading the service's shapes, sending only
// what changed, and naming the field an error Key points at.
#include "core/users/ManagedUser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestManagedUser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJson_userFieldsAsArray_anyCasing_stringBools()
    {
        const auto u = tc::ManagedUser::fromJson(
                {{u"deviceToken"_s, u"DT-1"_s},
                 {u"instanceId"_s, u"G-1"_s},
                 {u"status"_s, u"Deactivated"_s},
                 {u"firstName"_s, u"Ann"_s},
                 {u"UserFields"_s, QJsonArray{QJsonObject{{u"EnableTracking"_s, u"false"_s}},
                                              QJsonObject{{u"clientId"_s, u"c-9"_s}, {u"Enabled"_s, 1}}}}});
        QCOMPARE(u.deviceToken, u"DT-1"_s);
        QCOMPARE(u.instanceId, u"G-1"_s);
        QVERIFY(!u.isActive());
        QCOMPARE(u.value(u"FirstName"_s).toString(), u"Ann"_s);
        QCOMPARE(u.value(u"EnableTracking"_s), QJsonValue(false));
        QCOMPARE(u.value(u"Enabled"_s), QJsonValue(true));
        QCOMPARE(u.value(u"ClientId"_s).toString(), u"c-9"_s);
        QVERIFY(u.value(u"EnableLogging"_s).isUndefined());
        QCOMPARE(u.displayName(), u"Ann"_s);
    }

    void between_onlyChangedFields_userFieldsNested()
    {
        const auto u = tc::ManagedUser::fromJson({{u"FirstName"_s, u"Ann"_s},
                                                  {u"Gender"_s, u"Female"_s},
                                                  {u"ChildrenCount"_s, 2},
                                                  {u"Status"_s, u"Active"_s},
                                                  {u"UserFields"_s, QJsonObject{{u"EnableTracking"_s, true}}}});
        const auto c = tc::UserChanges::between(u, {{u"FirstName"_s, u" Ann "_s},
                                                    {u"Gender"_s, u"female"_s},
                                                    {u"ChildrenCount"_s, 2},
                                                    {u"Status"_s, u"Deactivated"_s},
                                                    {u"EnableTracking"_s, false},
                                                    {u"Email"_s, u""_s},
                                                    {u"City"_s, u"Kyiv"_s}});
        QCOMPARE(c.names(), (QStringList{u"City"_s, u"EnableTracking"_s, u"Status"_s}));
        QCOMPARE(c.toJson(), (QJsonObject{{u"City"_s, u"Kyiv"_s},
                                          {u"Status"_s, u"Deactivated"_s},
                                          {u"UserFields"_s, QJsonObject{{u"EnableTracking"_s, false}}}}));
        QVERIFY(c.problems().isEmpty());
    }

    void changes_extendWithAnotherTopLevelField()
    {
        tc::UserChanges c;
        c.set(u"NewPassword"_s, u"x"_s); // a field the form may add later goes to the top level
        c.set(u"clientid"_s, u"c-1"_s);
        QCOMPARE(c.toJson(),
                 (QJsonObject{{u"NewPassword"_s, u"x"_s}, {u"UserFields"_s, QJsonObject{{u"ClientId"_s, u"c-1"_s}}}}));
    }

    void problems_perField()
    {
        tc::UserChanges c;
        c.set(u"Email"_s, u"a@b@c"_s);
        c.set(u"Phone"_s, u"call me"_s);
        c.set(u"Status"_s, u"Deleted"_s);
        c.set(u"EnableLogging"_s, u"yes"_s);
        c.set(u"ChildrenCount"_s, -1);
        c.set(u"FirstName"_s, u"fine"_s);
        const auto p = c.problems();
        QCOMPARE(p.size(), 5);
        QVERIFY(!p.contains(u"FirstName"_s));
    }

    void forErrorKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Email"_s << u"Email"_s;
        QTest::newRow("camel") << u"firstName"_s << u"FirstName"_s;
        QTest::newRow("json path") << u"$.lastName"_s << u"LastName"_s;
        QTest::newRow("nested") << u"UserFields.ClientId"_s << u"ClientId"_s;
        QTest::newRow("unknown") << u"InstanceId"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void forErrorKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, field);
        QCOMPARE(tc::UserField::forErrorKey(key), field);
    }

    void page_fromResult()
    {
        QString problem;
        const auto p = tc::UserPage::fromResult(
                QJsonObject{{u"Users"_s, QJsonArray{QJsonObject{{u"DeviceToken"_s, u"a"_s}}}},
                            {u"HasNextPage"_s, true},
                            {u"TotalUsers"_s, u"51"_s},
                            {u"TotalPages"_s, 2},
                            {u"CurrentPage"_s, 1}},
                &problem);
        QVERIFY(p);
        QCOMPARE(p->users.size(), 1);
        QCOMPARE(p->totalUsers, 51);
        QVERIFY(p->hasNextPage);
        QVERIFY(!p->hasPreviousPage);
        QVERIFY(!tc::UserPage::fromResult(QJsonArray{}, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!tc::UserPage::fromResult(QJsonObject{{u"Users"_s, u"x"_s}}, &problem));
    }

    void pageQuery_documentedShape()
    {
        tc::UserPageQuery q;
        q.instanceIds = {u"g"_s};
        q.pageNumber = 3;
        const QJsonObject o = q.toJson();
        QCOMPARE(o.value(u"InstanceIds"_s).toArray(), QJsonArray{u"g"_s});
        QCOMPARE(o.value(u"PageNumber"_s).toInt(), 3);
        QCOMPARE(o.value(u"PageSize"_s).toInt(), 50);
        QCOMPARE(o.value(u"Sort"_s).toString(), u"DateCreatedDesc"_s);
        QVERIFY(!o.contains(u"SearchTerm"_s));
    }
};

QTEST_GUILESS_MAIN(TestManagedUser)
#include "TestManagedUser.moc"
