// tc::ApiError: classification of a finished reply in stages (transport -> JSON -> envelope ->
// status), the status mismatch, Retry-After, HTTP-dates and the sentences people read.
#include "core/api/ApiError.h"
#include "core/util/HttpDate.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using tc::ApiError;
using Kind = tc::ApiError::Kind;
using Ctx = tc::ApiError::Context;

namespace {

ApiError::ReplyFacts answer(int status, const QByteArray &body, Ctx context = Ctx::General)
{
    ApiError::ReplyFacts f;
    f.httpStatus = status;
    f.body = body;
    f.context = context;
    f.host = u"user.telematicssdk.com"_s;
    f.now = QDateTime(QDate(2026, 3, 1), QTime(14, 0), Qt::UTC);
    f.contentType = "application/json; charset=utf-8";
    if (status == 401)
        f.networkError = QNetworkReply::AuthenticationRequiredError;
    else if (status == 404)
        f.networkError = QNetworkReply::ContentNotFoundError;
    else if (status >= 500)
        f.networkError = QNetworkReply::InternalServerError;
    else if (status >= 400)
        f.networkError = QNetworkReply::UnknownContentError;
    return f;
}

QByteArray envelope(int status, const QByteArray &title = {}, const QByteArray &errors = "[]")
{
    return "{\"Result\":null,\"Status\":" + QByteArray::number(status) + ",\"Title\":\"" + title
           + "\",\"Errors\":" + errors + "}";
}

ApiError::ReplyFacts transport(QNetworkReply::NetworkError error, const QString &text = u"boom"_s)
{
    ApiError::ReplyFacts f;
    f.networkError = error;
    f.networkErrorString = text;
    f.host = u"127.0.0.1"_s;
    f.timeoutMs = 1500;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(ApiError::ReplyFacts)

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_kinds_data()
    {
        QTest::addColumn<ApiError::ReplyFacts>("facts");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("httpStatus");

        const QByteArray ok = "{\"Result\":{\"a\":1},\"Status\":200,\"Title\":\"\",\"Errors\":[]}";
        QTest::newRow("200 envelope") << answer(200, ok) << int(Kind::None) << 200;
        QTest::newRow("200 result null") << answer(200, envelope(200)) << int(Kind::None) << 200;
        QTest::newRow("204 empty") << answer(204, {}) << int(Kind::None) << 204;
        QTest::newRow("200 empty") << answer(200, {}) << int(Kind::Schema) << 200;
        QTest::newRow("refused") << transport(QNetworkReply::ConnectionRefusedError) << int(Kind::Network) << 0;
        QTest::newRow("host not found") << transport(QNetworkReply::HostNotFoundError) << int(Kind::Network) << 0;
        QTest::newRow("closed") << transport(QNetworkReply::RemoteHostClosedError) << int(Kind::Network) << 0;
        QTest::newRow("proxy") << transport(QNetworkReply::ProxyConnectionRefusedError) << int(Kind::Network) << 0;
        QTest::newRow("tls handshake") << transport(QNetworkReply::SslHandshakeFailedError) << int(Kind::Tls) << 0;
        QTest::newRow("tls init") << transport(QNetworkReply::UnknownNetworkError, u"TLS initialization failed"_s)
                                  << int(Kind::Tls) << 0;
        QTest::newRow("timeout (Qt aborts)")
                << transport(QNetworkReply::OperationCanceledError) << int(Kind::Timeout) << 0;
        QTest::newRow("timeout error") << transport(QNetworkReply::TimeoutError) << int(Kind::Timeout) << 0;
        auto canceled = transport(QNetworkReply::OperationCanceledError);
        canceled.canceledByCaller = true;
        QTest::newRow("canceled") << canceled << int(Kind::Canceled) << 0;
        auto cutOff = answer(200, "{\"Result\":{\"Devi");
        cutOff.networkError = QNetworkReply::RemoteHostClosedError;
        QTest::newRow("closed mid-body is transport") << cutOff << int(Kind::Network) << 0;

        QTest::newRow("401") << answer(401, envelope(401, "Unauthorized")) << int(Kind::Auth) << 401;
        QTest::newRow("401 empty body") << answer(401, {}) << int(Kind::Auth) << 401;
        QTest::newRow("403") << answer(403, envelope(403)) << int(Kind::Auth) << 403;
        QTest::newRow("429") << answer(429, envelope(429, "Too many requests")) << int(Kind::RateLimited) << 429;
        QTest::newRow("429 html") << answer(429, "<html>slow down</html>") << int(Kind::RateLimited) << 429;
        QTest::newRow("422") << answer(422, envelope(422, "One or more validation errors occurred.")) << int(Kind::Http)
                             << 422;
        QTest::newRow("404 envelope") << answer(404, envelope(404, "Not found")) << int(Kind::Http) << 404;
        QTest::newRow("404 empty") << answer(404, {}) << int(Kind::Http) << 404;
        QTest::newRow("500 envelope") << answer(500, envelope(500, "Server error")) << int(Kind::Http) << 500;
        QTest::newRow("301") << answer(301, {}) << int(Kind::Http) << 301;
        QTest::newRow("400 general") << answer(400, envelope(400)) << int(Kind::Http) << 400;
        QTest::newRow("400 on refresh") << answer(400, envelope(400), Ctx::Refresh) << int(Kind::Auth) << 400;
        QTest::newRow("419 on refresh") << answer(419, envelope(419), Ctx::Refresh) << int(Kind::Auth) << 419;
        QTest::newRow("419 elsewhere") << answer(419, envelope(419)) << int(Kind::Http) << 419;

        QTest::newRow("500 html") << answer(500, "<!DOCTYPE html><html><body>Oops</body></html>") << int(Kind::Parse)
                                  << 500;
        auto htmlByType = answer(200, "Service Unavailable page");
        htmlByType.contentType = "text/html";
        QTest::newRow("200 html by content type") << htmlByType << int(Kind::Parse) << 200;
        QTest::newRow("200 garbage") << answer(200, "\x01\x02 garbage") << int(Kind::Parse) << 200;
        QTest::newRow("200 truncated json")
                << answer(200, "{\"Result\":{\"DeviceToken\":\"ab") << int(Kind::Parse) << 200;
        QTest::newRow("200 json without envelope")
                << answer(200, "{\"DeviceToken\":\"x\"}") << int(Kind::Schema) << 200;
        QTest::newRow("200 json array") << answer(200, "[1,2,3]") << int(Kind::Schema) << 200;
        QTest::newRow("401 json without envelope") << answer(401, "{\"message\":\"no\"}") << int(Kind::Auth) << 401;

        QTest::newRow("200 with envelope 401") << answer(200, envelope(401)) << int(Kind::Auth) << 200;
        QTest::newRow("200 with envelope 422") << answer(200, envelope(422)) << int(Kind::Http) << 200;
        QTest::newRow("200 with envelope 429") << answer(200, envelope(429)) << int(Kind::RateLimited) << 200;

        auto raw = answer(200, "<html>swagger</html>");
        raw.lenientBody = true;
        QTest::newRow("raw html 200 is fine") << raw << int(Kind::None) << 200;
        auto rawError = answer(500, "<html>oops</html>");
        rawError.lenientBody = true;
        QTest::newRow("raw html 500 is http") << rawError << int(Kind::Http) << 500;
        auto rawEmpty = answer(200, {});
        rawEmpty.lenientBody = true;
        QTest::newRow("raw empty 200 is fine") << rawEmpty << int(Kind::None) << 200;
    }

    void classify_kinds()
    {
        QFETCH(ApiError::ReplyFacts, facts);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        const ApiError e = ApiError::classify(facts);
        QCOMPARE(ApiError::kindName(e.kind()), ApiError::kindName(Kind(kind)));
        QCOMPARE(e.httpStatus(), httpStatus);
        QCOMPARE(e.isError(), kind != int(Kind::None));
        QVERIFY(!e.message().isEmpty());
    }

    void classify_statusMismatch_isDetectedAndReported()
    {
        tc::Envelope env;
        const ApiError e = ApiError::classify(answer(200, envelope(401, "Token expired")), &env);
        QCOMPARE(e.kind(), Kind::Auth);
        QVERIFY(e.statusMismatch());
        QCOMPARE(e.httpStatus(), 200);
        QCOMPARE(e.envelopeStatus(), std::optional<int>(401));
        QCOMPARE(e.effectiveStatus(), 401);
        QVERIFY2(e.message().contains(u"Status 401 although HTTP said 200"_s), qPrintable(e.message()));
        QCOMPARE(e.title(), u"Token expired"_s);
        QVERIFY(env.isValid());

        const ApiError okButOdd = ApiError::classify(answer(200, envelope(201)));
        QVERIFY(!okButOdd.isError());
        QVERIFY(okButOdd.statusMismatch());

        const ApiError same = ApiError::classify(answer(401, envelope(401)));
        QVERIFY(!same.statusMismatch());
    }

    void classify_envelopeErrors_areCarriedAndShown()
    {
        const ApiError e = ApiError::classify(
                answer(422, envelope(422, "One or more validation errors occurred.",
                                     "[{\"Key\":\"InstanceId\",\"Message\":\"Can't update instance, because users "
                                     "exists in instance.\"},\"second\"]")));
        QCOMPARE(e.kind(), Kind::Http);
        QCOMPARE(e.errors().size(), 2);
        QCOMPARE(e.errors().at(0).key, u"InstanceId"_s);
        QCOMPARE(e.errors().at(1).message, u"second"_s);
        QCOMPARE(e.message(), u"The service refused the request (HTTP 422). The service said: One or more validation "
                              u"errors occurred. "
                              "InstanceId: Can't update instance, because users exists in instance.; second."_s);
        const QJsonObject j = e.toJson();
        QCOMPARE(j.value(u"kind"_s).toString(), u"http"_s);
        QCOMPARE(j.value(u"status"_s).toInt(), 422);
        QCOMPARE(j.value(u"http_status"_s).toInt(), 422);
        QCOMPARE(j.value(u"errors"_s).toArray().at(0).toObject().value(u"key"_s).toString(), u"InstanceId"_s);
    }

    void message_sentencesPeopleCanActOn_data()
    {
        QTest::addColumn<ApiError::ReplyFacts>("facts");
        QTest::addColumn<QString>("expected");
        QTest::newRow("token refused")
                << answer(401, {}, Ctx::Bearer)
                << u"The service refused the token (401): it has expired or was issued for another group. Log in again."_s;
        QTest::newRow("request without credentials")
                << answer(401, envelope(401, "Unauthorized", "[{\"Key\":\"InstanceKey\",\"Message\":\"bad\"}]"))
                << u"The service refused the request (401): it needs credentials that this request did not carry, or they are wrong. The service said: Unauthorized: InstanceKey: bad."_s;
        QTest::newRow("html 500") << answer(500, "<html><body>Internal error</body></html>")
                                  << u"The server answered with an HTML page instead of JSON (HTTP 500)."_s;
        QTest::newRow("wrong kind of token")
                << answer(403, envelope(403), Ctx::Bearer)
                << u"The service refused this token for this call (403): it is the wrong kind of token (a user token on an admin API, or the reverse). Log in as the right kind of account."_s;
        QTest::newRow("login refused bare")
                << answer(401, {}, Ctx::Login)
                << u"The service refused the login (401): check the instance id, the login and the password or key. A bare 401 can also mean the service expects the other LoginFields shape."_s;
        QTest::newRow("refresh refused")
                << answer(419, envelope(419), Ctx::Refresh)
                << u"The service refused the refresh token (419): it is spent or expired. Log in again."_s;
        QTest::newRow("registration refused")
                << answer(401, envelope(401), Ctx::Registration)
                << u"The service refused the group's credentials (401): check the InstanceId and the InstanceKey."_s;
        QTest::newRow("refused connection")
                << transport(QNetworkReply::ConnectionRefusedError)
                << u"Could not connect to 127.0.0.1: the connection was refused. Check the base URL and that the service is running."_s;
        QTest::newRow("timeout")
                << transport(QNetworkReply::OperationCanceledError)
                << u"127.0.0.1 did not answer within 1.5 s. The request may or may not have been processed; try again, or allow more time (--timeout)."_s;
        QTest::newRow("no envelope")
                << answer(200, "{\"x\":1}")
                << u"The server answered with JSON of an unexpected shape (HTTP 200): the answer has neither Status nor Result."_s;
        QTest::newRow("not found") << answer(404, {}) << u"Not found (HTTP 404). Check the path and the base URL."_s;
        QTest::newRow("server failed")
                << answer(503, envelope(503, "Maintenance"))
                << u"The service failed (HTTP 503). The service said: Maintenance. Try again later."_s;
    }

    void message_sentencesPeopleCanActOn()
    {
        QFETCH(ApiError::ReplyFacts, facts);
        QFETCH(QString, expected);
        QCOMPARE(ApiError::classify(facts).message(), expected);
    }

    // The client's deadline (send to last byte) stopped the request: Timeout, may have acted.
    void deadline_isTimeout_sayingTheWholeRequestTookTooLong()
    {
        auto f = transport(QNetworkReply::OperationCanceledError);
        f.deadlineExceeded = true;
        f.context = Ctx::Registration;
        const ApiError e = ApiError::classify(f);
        QCOMPARE(e.kind(), Kind::Timeout);
        QVERIFY(e.deadlineExceeded());
        QVERIFY(e.mayHaveBeenProcessed());
        QCOMPARE(
                e.message(),
                u"The whole request to 127.0.0.1 took longer than 1.5 s (the limit from sending to the last byte of the answer), so it was stopped. The request may or may not have been processed; try again, or allow more time (--timeout)."_s);
    }

    // The client refused an answer for its size: Parse naming the cap; the status says what the
    // service did.
    void answerTooLarge_isParse_namingTheCap()
    {
        auto f = transport(QNetworkReply::OperationCanceledError);
        f.httpStatus = 200;
        f.answerCapBytes = 1048576;
        f.answerBytes = 67108864;
        f.answerAnnounced = true;
        const ApiError e = ApiError::classify(f);
        QCOMPARE(e.kind(), Kind::Parse);
        QCOMPARE(e.answerCapBytes(), qint64(1048576));
        QVERIFY(e.mayHaveBeenProcessed());
        QCOMPARE(
                e.message(),
                u"The answer from 127.0.0.1 (HTTP 200) is larger than the limit of 1048576 bytes (it announced 67108864 bytes); it was refused before it was read. Narrow the request, or allow more (--max-answer-bytes)."_s);
        f.httpStatus = 404;
        QVERIFY(!ApiError::classify(f).mayHaveBeenProcessed());
    }

    void rateLimited_retryAfterSeconds_givesClockTime()
    {
        auto f = answer(429, envelope(429), Ctx::Login);
        f.retryAfter = "300";
        const ApiError e = ApiError::classify(f);
        QCOMPARE(e.kind(), Kind::RateLimited);
        QCOMPARE(e.retryAfterSecs(), std::optional<qint64>(300));
        QCOMPARE(e.retryAt(), f.now.addSecs(300));
        const QDateTime local = e.retryAt().toLocalTime();
        const QString when = local.toString(local.date() == QDate::currentDate() ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
        QCOMPARE(e.message(), u"Too many logins: try again at %1 (429)."_s.arg(when));
        QCOMPARE(e.toJson().value(u"retry_after"_s).toInt(), 300);
    }

    void rateLimited_shortRetryAfter_saysHowLong()
    {
        auto f = answer(429, envelope(429), Ctx::Login);
        f.retryAfter = "2";
        const ApiError e = ApiError::classify(f);
        QCOMPARE(e.retryAfterSecs(), std::optional<qint64>(2));
        QCOMPARE(e.message(), u"Too many logins: try again in 2 s (429)."_s);
        f.retryAfter = "119";
        QCOMPARE(ApiError::classify(f).message(), u"Too many logins: try again in 119 s (429)."_s);
        f.retryAfter = "120";
        QVERIFY2(ApiError::classify(f).message().startsWith(u"Too many logins: try again at "_s),
                 qPrintable(ApiError::classify(f).message()));
    }

    void rateLimited_retryAfterHttpDate()
    {
        auto f = answer(429, envelope(429));
        f.retryAfter = "Sun, 01 Mar 2026 14:05:00 GMT";
        const ApiError e = ApiError::classify(f);
        QCOMPARE(e.retryAfterSecs(), std::optional<qint64>(300));
        QCOMPARE(e.retryAt(), QDateTime(QDate(2026, 3, 1), QTime(14, 5), Qt::UTC));
        QVERIFY2(e.message().startsWith(u"Too many requests: try again at "_s), qPrintable(e.message()));
    }

    void rateLimited_withoutRetryAfter_saysWait()
    {
        const ApiError e = ApiError::classify(answer(429, envelope(429), Ctx::Login));
        QVERIFY(!e.retryAfterSecs().has_value());
        QCOMPARE(e.message(),
                 u"Too many logins (429): wait before trying again; the service may block logins for up to an hour."_s);
    }

    void parseRetryAfter_forms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<std::optional<qint64>>("secs");
        QTest::newRow("delta") << QByteArray("120") << std::optional<qint64>(120);
        QTest::newRow("delta spaces") << QByteArray(" 7 ") << std::optional<qint64>(7);
        QTest::newRow("imf date") << QByteArray("Sun, 01 Mar 2026 15:00:00 GMT") << std::optional<qint64>(3600);
        QTest::newRow("rfc850 date") << QByteArray("Sunday, 01-Mar-26 15:00:00 GMT") << std::optional<qint64>(3600);
        QTest::newRow("asctime") << QByteArray("Sun Mar  1 15:00:00 2026") << std::optional<qint64>(3600);
        QTest::newRow("past date") << QByteArray("Sun, 01 Mar 2026 13:00:00 GMT") << std::optional<qint64>(0);
        QTest::newRow("negative") << QByteArray("-5") << std::optional<qint64>();
        QTest::newRow("garbage") << QByteArray("soon") << std::optional<qint64>();
        QTest::newRow("empty") << QByteArray() << std::optional<qint64>();
    }

    void parseRetryAfter_forms()
    {
        QFETCH(QByteArray, value);
        QFETCH(std::optional<qint64>, secs);
        const QDateTime now(QDate(2026, 3, 1), QTime(14, 0), Qt::UTC);
        QCOMPARE(ApiError::parseRetryAfter(value, now), secs);
    }

    void parseHttpDate_gmtForms()
    {
        const QDateTime expected(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QCOMPARE(tc::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), expected);
        QCOMPARE(tc::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), expected);
        QCOMPARE(tc::parseHttpDate("Sun Nov  6 08:49:37 1994"), expected);
        QCOMPARE(tc::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT").timeSpec(), Qt::UTC);
        QVERIFY(!tc::parseHttpDate("yesterday").isValid());
        QVERIFY(!tc::parseHttpDate(QByteArray(1000, 'x')).isValid());
    }

    void parseHttpDate_fixdateByHand_agreesWithTheCalendar()
    {
        // The IMF-fixdate form is read without QDateTimeParser: every day of a leap year and a
        // plain one, at a time with every field non-zero, as a server formats it.
        const QLocale c = QLocale::c();
        for (QDateTime t(QDate(2023, 12, 31), QTime(23, 59, 58), Qt::UTC); t.date().year() < 2025;
             t = t.addSecs(86400 + 3661)) {
            const QByteArray text = c.toString(t, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
            QCOMPARE(tc::parseHttpDate(text), t);
        }
        QCOMPARE(tc::parseHttpDate("  Thu, 29 Feb 2024 00:00:00 GMT "),
                 QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC));
        // Impossible dates and damaged forms are refused, not wrapped.
        QVERIFY(!tc::parseHttpDate("Thu, 29 Feb 2023 00:00:00 GMT").isValid());
        QVERIFY(!tc::parseHttpDate("Sun, 06 Nov 1994 24:49:37 GMT").isValid());
        QVERIFY(!tc::parseHttpDate("Sun, 06 Xyz 1994 08:49:37 GMT").isValid());
        QVERIFY(!tc::parseHttpDate("Sun, 0a Nov 1994 08:49:37 GMT").isValid());
        QVERIFY(!tc::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMX").isValid());
    }

    void validationAndKeychain_messages()
    {
        const ApiError v = ApiError::validation(u"--quantity must be a positive number"_s);
        QCOMPARE(v.kind(), Kind::Validation);
        QCOMPARE(v.message(), u"Invalid input: --quantity must be a positive number. Nothing was sent."_s);
        const ApiError k = ApiError::keychain(u"the login keyring is locked"_s);
        QCOMPARE(k.kind(), Kind::Keychain);
        QVERIFY(k.message().startsWith(u"The keychain is unavailable: the login keyring is locked."_s));
        QVERIFY(ApiError::canceled().isCanceled());
        QVERIFY(!ApiError().isError());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
