// tc::Envelope and tc::AuthResult: the service's envelope read with any casing, Errors as
// strings or {Key, Message}, Result null, and the auth answer with ExpiresIn as number or string.
#include "core/api/AuthResult.h"
#include "core/api/Envelope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using tc::AuthResult;
using tc::Envelope;
using tc::ErrorDetail;

Q_DECLARE_METATYPE(QList<tc::ErrorDetail>)

class TestEnvelope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromJson_seedLoginAnswer_readsEveryField()
    {
        const Envelope e = Envelope::fromJson(
                QByteArray("{\"Result\":{\"DeviceToken\":\"dt\",\"AccessToken\":{\"Token\":\"jwt\",\"ExpiresIn\":7200},"
                           "\"RefreshToken\":\"rt\"},\"Status\":200,\"Title\":\"\",\"Errors\":[]}"));
        QVERIFY2(e.isValid(), qPrintable(e.problem()));
        QCOMPARE(e.status(), std::optional<int>(200));
        QVERIFY(e.hasResult());
        QVERIFY(e.result().isObject());
        QCOMPARE(e.title(), QString());
        QVERIFY(e.errors().isEmpty());
        QCOMPARE(e.errorsText(), QString());
    }

    void fromJson_anyCasing_isRead()
    {
        const Envelope e = Envelope::fromJson(QByteArray(
                "{\"result\":null,\"status\":\"404\",\"title\":\"Not found\",\"errors\":[\"no such user\"]}"));
        QVERIFY(e.isValid());
        QCOMPARE(e.status(), std::optional<int>(404)); // numeric string
        QVERIFY(e.hasResult());
        QVERIFY(e.result().isNull());
        QCOMPARE(e.title(), u"Not found"_s);
        QCOMPARE(e.errors(), (QList<ErrorDetail>{{QString(), u"no such user"_s}}));
    }

    void fromJson_resultNull_isValidWithNullResult()
    {
        const Envelope e
                = Envelope::fromJson(QByteArray("{\"Result\":null,\"Status\":200,\"Title\":\"\",\"Errors\":[]}"));
        QVERIFY(e.isValid());
        QVERIFY(e.hasResult());
        QVERIFY(e.result().isNull());
    }

    void parseErrors_stringsObjectsAndMaps_data()
    {
        QTest::addColumn<QByteArray>("errors");
        QTest::addColumn<QList<ErrorDetail>>("expected");
        QTest::newRow("strings") << QByteArray("[\"a\",\"b\"]") << QList<ErrorDetail>{{{}, u"a"_s}, {{}, u"b"_s}};
        QTest::newRow("key/message") << QByteArray(
                "[{\"Key\":\"InstanceId\",\"Message\":\"Can't update instance, because users exists in instance.\"}]")
                                     << QList<ErrorDetail>{
                                                {u"InstanceId"_s,
                                                 u"Can't update instance, because users exists in instance."_s}};
        QTest::newRow("lower-case keys") << QByteArray("[{\"key\":\"Email\",\"message\":\"taken\"}]")
                                         << QList<ErrorDetail>{{u"Email"_s, u"taken"_s}};
        QTest::newRow("mixed") << QByteArray("[\"plain\",{\"Key\":\"K\",\"Message\":\"M\"},42,null]")
                               << QList<ErrorDetail>{{{}, u"plain"_s}, {u"K"_s, u"M"_s}, {{}, u"42"_s}};
        QTest::newRow("object without key/message")
                << QByteArray("[{\"code\":7}]") << QList<ErrorDetail>{{{}, u"{\"code\":7}"_s}};
        QTest::newRow("problem-details map")
                << QByteArray("{\"Email\":[\"required\",\"too long\"],\"Phone\":\"bad\"}")
                << QList<ErrorDetail>{{u"Email"_s, u"required"_s}, {u"Email"_s, u"too long"_s}, {u"Phone"_s, u"bad"_s}};
        QTest::newRow("bare string") << QByteArray("\"broken\"") << QList<ErrorDetail>{{{}, u"broken"_s}};
        QTest::newRow("null") << QByteArray("null") << QList<ErrorDetail>{};
        QTest::newRow("empty") << QByteArray("[]") << QList<ErrorDetail>{};
    }

    void parseErrors_stringsObjectsAndMaps()
    {
        QFETCH(QByteArray, errors);
        QFETCH(QList<ErrorDetail>, expected);
        const Envelope e = Envelope::fromJson(QByteArray("{\"Status\":422,\"Errors\":" + errors + "}"));
        QVERIFY(e.isValid());
        QCOMPARE(e.errors(), expected);
    }

    void errorsText_joinsKeyAndMessage()
    {
        const Envelope e = Envelope::fromJson(
                QByteArray("{\"Status\":422,\"Errors\":[{\"Key\":\"A\",\"Message\":\"x\"},\"y\"]}"));
        QCOMPARE(e.errorsText(), u"A: x; y"_s);
    }

    void fromJson_notAnEnvelope_isInvalidWithReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problemContains");
        QTest::newRow("plain object") << QByteArray("{\"DeviceToken\":\"x\"}") << u"neither Status nor Result"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"array"_s;
        QTest::newRow("status text") << QByteArray("{\"Status\":\"ok\"}") << u"not an HTTP status"_s;
        QTest::newRow("status huge") << QByteArray("{\"Status\":123456}") << u"not an HTTP status"_s;
        QTest::newRow("not json") << QByteArray("<html></html>") << u"not valid JSON"_s;
    }

    void fromJson_notAnEnvelope_isInvalidWithReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problemContains);
        const Envelope e = Envelope::fromJson(json);
        QVERIFY(!e.isValid());
        QVERIFY2(e.problem().contains(problemContains), qPrintable(e.problem()));
    }

    void fromJson_statusOnly_isValidWithoutResult()
    {
        const Envelope e = Envelope::fromJson(QByteArray("{\"Status\":401,\"Title\":\"Unauthorized\"}"));
        QVERIFY(e.isValid());
        QVERIFY(!e.hasResult());
        QCOMPARE(e.status(), std::optional<int>(401));
    }

    // ---- AuthResult ----

    void authResult_expiresIn_numberOrString_data()
    {
        QTest::addColumn<QByteArray>("result");
        QTest::addColumn<std::optional<qint64>>("expiresIn");
        QTest::newRow("number") << QByteArray(
                "{\"DeviceToken\":\"d\",\"AccessToken\":{\"Token\":\"t\",\"ExpiresIn\":7200},\"RefreshToken\":\"r\"}")
                                << std::optional<qint64>(7200);
        QTest::newRow("string") << QByteArray("{\"DeviceToken\":\"d\",\"AccessToken\":{\"Token\":\"t\",\"ExpiresIn\":"
                                              "\"43200\"},\"RefreshToken\":\"r\"}")
                                << std::optional<qint64>(43200);
        QTest::newRow("camelCase") << QByteArray(
                "{\"deviceToken\":\"d\",\"accessToken\":{\"token\":\"t\",\"expiresIn\":86400},\"refreshToken\":\"r\"}")
                                   << std::optional<qint64>(86400);
        QTest::newRow("lowercase") << QByteArray("{\"devicetoken\":\"d\",\"accesstoken\":{\"token\":\"t\","
                                                 "\"expiresin\":\"432000\"},\"refreshtoken\":\"r\"}")
                                   << std::optional<qint64>(432000);
        QTest::newRow("absent") << QByteArray(
                "{\"DeviceToken\":\"d\",\"AccessToken\":{\"Token\":\"t\"},\"RefreshToken\":\"r\"}")
                                << std::optional<qint64>();
    }

    void authResult_expiresIn_numberOrString()
    {
        QFETCH(QByteArray, result);
        QFETCH(std::optional<qint64>, expiresIn);
        QString why;
        const auto r = AuthResult::fromJson(QJsonDocument::fromJson(result).object(), &why);
        QVERIFY2(r.has_value(), qPrintable(why));
        QCOMPARE(r->deviceToken, u"d"_s);
        QCOMPARE(r->accessToken, u"t"_s);
        QCOMPARE(r->refreshToken, u"r"_s);
        QCOMPARE(r->expiresIn, expiresIn);
        QVERIFY(r->hasAccessToken());
    }

    void authResult_accessTokenNull_hasNoAccessToken()
    {
        const auto r = AuthResult::fromJson(
                QJsonDocument::fromJson("{\"DeviceToken\":\"d\",\"AccessToken\":null,\"RefreshToken\":null}").object());
        QVERIFY(r.has_value());
        QCOMPARE(r->deviceToken, u"d"_s);
        QVERIFY(!r->hasAccessToken());
        QVERIFY(r->refreshToken.isEmpty());
        QVERIFY(!r->expiresIn.has_value());
    }

    void authResult_wrongTypes_fail_data()
    {
        QTest::addColumn<QJsonValue>("result");
        QTest::addColumn<QString>("whyContains");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << u"null"_s;
        QTest::newRow("array") << QJsonValue(QJsonArray{1}) << u"not an object"_s;
        QTest::newRow("device token number") << QJsonValue(QJsonObject{{u"DeviceToken"_s, 5}}) << u"DeviceToken"_s;
        QTest::newRow("access token number") << QJsonValue(QJsonObject{{u"AccessToken"_s, 5}}) << u"AccessToken"_s;
        QTest::newRow("token number") << QJsonValue(QJsonObject{{u"AccessToken"_s, QJsonObject{{u"Token"_s, 5}}}})
                                      << u"Token"_s;
        QTest::newRow("expires text") << QJsonValue(
                QJsonObject{{u"AccessToken"_s, QJsonObject{{u"Token"_s, u"t"_s}, {u"ExpiresIn"_s, u"two hours"_s}}}})
                                      << u"ExpiresIn"_s;
        QTest::newRow("expires negative")
                << QJsonValue(QJsonObject{{u"AccessToken"_s, QJsonObject{{u"Token"_s, u"t"_s}, {u"ExpiresIn"_s, -1}}}})
                << u"ExpiresIn"_s;
        QTest::newRow("refresh object") << QJsonValue(QJsonObject{{u"RefreshToken"_s, QJsonObject{}}})
                                        << u"RefreshToken"_s;
    }

    void authResult_wrongTypes_fail()
    {
        QFETCH(QJsonValue, result);
        QFETCH(QString, whyContains);
        QString why;
        QVERIFY(!AuthResult::fromJson(result, &why).has_value());
        QVERIFY2(why.contains(whyContains), qPrintable(why));
    }

    void authResult_bareStringAccessToken_isTolerated()
    {
        const auto r = AuthResult::fromJson(QJsonObject{{u"AccessToken"_s, u"jwt"_s}, {u"ExpiresIn"_s, 60}});
        QVERIFY(r.has_value());
        QCOMPARE(r->accessToken, u"jwt"_s);
        QCOMPARE(r->expiresIn, std::optional<qint64>(60));
    }

    void authResultList_createManyShape()
    {
        const QJsonObject result
                = QJsonDocument::fromJson("{\"Results\":[{\"DeviceToken\":\"a\",\"AccessToken\":{\"Token\":\"t1\","
                                          "\"ExpiresIn\":7200},\"RefreshToken\":\"r1\"},"
                                          "{\"DeviceToken\":\"b\",\"AccessToken\":null,\"RefreshToken\":\"r2\"}]}")
                          .object();
        QString why;
        const auto list = AuthResult::listFromJson(result, &why);
        QVERIFY2(list.has_value(), qPrintable(why));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).deviceToken, u"a"_s);
        QCOMPARE(list->at(1).deviceToken, u"b"_s);
        QVERIFY(!list->at(1).hasAccessToken());

        QVERIFY(AuthResult::listFromJson(QJsonArray{QJsonObject{{u"DeviceToken"_s, u"x"_s}}})
                        .has_value()); // bare array
        QVERIFY(!AuthResult::listFromJson(QJsonObject{{u"Results"_s, 3}}, &why).has_value());
        QVERIFY(!AuthResult::listFromJson(QJsonObject{{u"Results"_s, QJsonArray{1}}}, &why).has_value());
        QVERIFY2(why.contains(u"Results[0]"_s), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "TestEnvelope.moc"
