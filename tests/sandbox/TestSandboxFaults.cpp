// Fault injection and the other /_sandbox control routes, over real HTTP.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace sbtest;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;
    std::unique_ptr<Http> m_http;

    Headers groupHeaders() const { return group(m_sb.groupInstanceId(), m_sb.groupInstanceKey()); }
    HttpResult create(const QJsonObject &body = {})
    {
        return m_http->post(u"/v1/Registration/Create"_s, body, groupHeaders());
    }
    bool usersContain(const QString &deviceToken)
    {
        const QJsonArray users = m_sb.issuedUsers();
        for (const auto &u : users) {
            if (u.toObject().value(u"DeviceToken"_s).toString() == deviceToken)
                return true;
        }
        return false;
    }
    // POST /v1/Registration/Create over a raw socket; returns every byte received until the
    // server closes the connection (or 10 s pass).
    QByteArray rawCreate(const QString &customToken)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sb.port());
        if (!socket.waitForConnected(5000))
            return "not connected";
        const QByteArray body
                = QJsonDocument(QJsonObject{{u"CustomToken"_s, customToken}}).toJson(QJsonDocument::Compact);
        socket.write("POST /v1/Registration/Create HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "InstanceId: "
                     + m_sb.groupInstanceId().toLatin1() + "\r\nInstanceKey: " + m_sb.groupInstanceKey().toLatin1()
                     + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray received;
        QElapsedTimer t;
        t.start();
        while (socket.state() != QAbstractSocket::UnconnectedState && t.elapsed() < 10000) {
            socket.waitForReadyRead(200);
            received += socket.readAll();
        }
        received += socket.readAll();
        return received;
    }
    static QJsonObject fault(const QString &kind, const QString &path = u"/v1/Registration/Create"_s)
    {
        return {{u"kind"_s, kind}, {u"path"_s, path}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        m_http = std::make_unique<Http>(m_sb.baseUrl());
    }
    void init()
    {
        QVERIFY(m_sb.clearFaults());
        m_http->resetConnections();
    }

    void html500_isHtmlPage_andNothingIsDone()
    {
        const int before = m_sb.issuedUsers().size();
        QVERIFY(m_sb.injectFault(fault(u"html500"_s)));
        const HttpResult r = create();
        QCOMPARE(r.status, 500);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        QVERIFY(!r.isJson);
        QCOMPARE(m_sb.issuedUsers().size(), before);
        QCOMPARE(create().status, 200); // consumed
    }

    void truncated_cutsTheJson_afterDoingTheWork()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_sb.injectFault(fault(u"truncated"_s)));
        const HttpResult r = create({{u"CustomToken"_s, custom}});
        QCOMPARE(r.error, QNetworkReply::NoError); // framing intact
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QVERIFY(!r.body.isEmpty());
        QVERIFY(!r.isJson);
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
        QVERIFY(usersContain(custom));
    }

    void delay_answersLate_withoutBlockingOthers()
    {
        QVERIFY(m_sb.injectFault(
                {{u"kind"_s, u"delay"_s}, {u"delayMs"_s, 2500}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QElapsedTimer t;
        t.start();
        QNetworkReply *slow = m_http->start("POST", u"/v1/Registration/Create"_s, "{}", groupHeaders());
        QSignalSpy slowDone(slow, &QNetworkReply::finished);
        Http other(m_sb.baseUrl());
        const HttpResult quick = other.get(u"/v1/whatever"_s);
        QCOMPARE(quick.status, 404);
        QVERIFY2(slowDone.isEmpty(), "the delayed request answered before the other one");
        QVERIFY(quick.elapsedMs < 2500);
        const HttpResult late = waitFor(slow);
        QCOMPARE(late.status, 200);
        QVERIFY2(t.elapsed() >= 2450, QByteArray::number(t.elapsed()).constData());
        QVERIFY(!late.resultObject().value(u"DeviceToken"_s).toString().isEmpty());
    }

    // What the sandbox does on the wire, seen through a raw socket (no client-side retries).
    void dropBefore_closesWithoutAnswerAndWithoutWork()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_sb.injectFault(fault(u"drop-before"_s)));
        const QByteArray answer = rawCreate(custom);
        QVERIFY2(answer.isEmpty(), answer.constData());
        QVERIFY(!usersContain(custom));
        QCOMPARE(create({{u"CustomToken"_s, custom}}).status, 200);
    }

    void dropAfter_doesTheWork_thenClosesWithoutAnswer()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const int before = m_sb.issuedUsers().size();
        QVERIFY(m_sb.injectFault(fault(u"drop-after"_s)));
        const QByteArray answer = rawCreate(custom);
        QVERIFY2(answer.isEmpty(), answer.constData());
        QVERIFY(usersContain(custom)); // the user was really registered
        QCOMPARE(m_sb.issuedUsers().size(), before + 1);
        // a retry with the same CustomToken is refused, so it cannot register twice
        const HttpResult retry = create({{u"CustomToken"_s, custom}});
        QCOMPARE(retry.status, 400);
        QVERIFY(retry.hasErrorKey(u"CustomToken"_s));
    }

    void dropMidAnswer_doesTheWork_andTheClientSeesATransportError()
    {
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const int before = m_sb.issuedUsers().size();
        QVERIFY(m_sb.injectFault(fault(u"drop-mid-answer"_s)));
        const HttpResult r = create({{u"CustomToken"_s, custom}});
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(usersContain(custom));
        QCOMPARE(m_sb.issuedUsers().size(), before + 1); // QNAM did not re-send
        QVERIFY(m_sb.injectFault(fault(u"drop-mid-answer"_s)));
        const QByteArray raw = rawCreate(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(raw.startsWith("HTTP/1.1 200 OK\r\n"));
        const qsizetype headEnd = raw.indexOf("\r\n\r\n") + 4;
        QVERIFY(headEnd > 4);
        const int length = raw.mid(raw.indexOf("Content-Length: ") + 16).split('\r').first().toInt();
        QVERIFY(length > 0);
        QVERIFY(raw.size() - headEnd < length);
    }

    // The documented QNAM pitfall (SandboxProcess.h): Qt 6.4 re-sends a request once when the
    // connection closes before any answer byte. If Qt changes this, the header must change.
    void qnam_resendsOnceSilently_whenTheConnectionClosesBeforeAnyByte()
    {
        Http control(m_sb.baseUrl());
        auto queued = [&control] { return control.get(u"/_sandbox/faults"_s).json.value(u"faults"_s).toArray(); };
        QVERIFY(m_sb.injectFault(
                {{u"kind"_s, u"drop-before"_s}, {u"count"_s, 3}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        const HttpResult r = create();
        QCOMPARE(r.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(r.status, 0);
        QCOMPARE(queued().first().toObject().value(u"count"_s).toInt(), 1); // two attempts consumed two
        QVERIFY(m_sb.clearFaults());

        // The re-send budget refills only after a complete answer; a fresh manager has it.
        m_http->resetConnections();
        QVERIFY(m_sb.injectFault(fault(u"drop-before"_s)));
        QCOMPARE(create().status, 200); // one drop is hidden by the re-send
        QVERIFY(queued().isEmpty());

        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_sb.injectFault(fault(u"drop-after"_s)));
        const HttpResult dup = create({{u"CustomToken"_s, custom}});
        QCOMPARE(dup.status, 400); // the re-send met the user the first attempt registered
        QVERIFY(dup.hasErrorKey(u"CustomToken"_s));
        QVERIFY(usersContain(custom));
    }

    void envelope401_isHttp200WithStatus401()
    {
        const int before = m_sb.issuedUsers().size();
        QVERIFY(m_sb.injectFault(fault(u"envelope401"_s)));
        const HttpResult r = create();
        QCOMPARE(r.status, 200);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 401);
        QCOMPARE(r.title(), u"Unauthorized"_s);
        QVERIFY(r.result().isNull());
        QCOMPARE(m_sb.issuedUsers().size(), before);
    }

    void count_consumesInOrder()
    {
        QVERIFY(m_sb.injectFault({{u"kind"_s, u"html500"_s}, {u"count"_s, 2}, {u"path"_s, u"/v1/Registration"_s}}));
        QVERIFY(m_sb.injectFault(fault(u"envelope401"_s)));
        QCOMPARE(create().status, 500);
        QCOMPARE(create().status, 500);
        const HttpResult third = create();
        QCOMPARE(third.status, 200);
        QCOMPARE(third.envelopeStatus(), 401);
        const HttpResult fourth = create();
        QCOMPARE(fourth.envelopeStatus(), 200);
    }

    void pathAndMethod_filterWhichRequestsMatch()
    {
        QVERIFY(m_sb.injectFault(fault(u"html500"_s, u"/v1/Auth/"_s)));
        QVERIFY(m_sb.injectFault({{u"kind"_s, u"envelope401"_s}, {u"method"_s, u"GET"_s}}));
        QCOMPARE(create().status, 200);                       // neither matches a POST to Registration
        const HttpResult get = m_http->get(u"/v1/nowhere"_s); // the GET fault, any path
        QCOMPARE(get.status, 200);
        QCOMPARE(get.envelopeStatus(), 401);
        const HttpResult login = m_http->post(u"/v1/auth/login"_s, {}); // prefix match ignores case
        QCOMPARE(login.status, 500);
    }

    void anyPathFault_skipsControlRoutes()
    {
        QVERIFY(m_sb.injectFault({{u"kind"_s, u"envelope401"_s}}));
        m_sb.issuedUsers(); // a control route: the fault stays queued
        Http control(m_sb.baseUrl());
        const HttpResult listed = control.get(u"/_sandbox/faults"_s);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.json.value(u"faults"_s).toArray().size(), 1);
        QCOMPARE(listed.json.value(u"faults"_s).toArray().first().toObject().value(u"kind"_s).toString(),
                 u"envelope401"_s);
        QCOMPARE(create().envelopeStatus(), 401);
        QCOMPARE(control.get(u"/_sandbox/faults"_s).json.value(u"faults"_s).toArray().size(), 0);
    }

    void clearFaults_dropsTheQueue()
    {
        QVERIFY(m_sb.injectFault({{u"kind"_s, u"html500"_s}, {u"count"_s, 5}}));
        QVERIFY(m_sb.clearFaults());
        QCOMPARE(create().status, 200);
    }

    void badSpecs_areRefused_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        QTest::newRow("unknown kind") << QJsonObject{{u"kind"_s, u"explode"_s}};
        QTest::newRow("no kind") << QJsonObject{{u"count"_s, 1}};
        QTest::newRow("delay without delayMs") << QJsonObject{{u"kind"_s, u"delay"_s}};
        QTest::newRow("count zero") << QJsonObject{{u"kind"_s, u"html500"_s}, {u"count"_s, 0}};
        QTest::newRow("relative path") << QJsonObject{{u"kind"_s, u"html500"_s}, {u"path"_s, u"v1"_s}};
    }
    void badSpecs_areRefused()
    {
        QFETCH(QJsonObject, spec);
        QVERIFY(!m_sb.injectFault(spec));
        Http control(m_sb.baseUrl());
        QCOMPARE(control.get(u"/_sandbox/faults"_s).json.value(u"faults"_s).toArray().size(), 0);
    }

    void clock_shiftsDateHeaderAndIsAbsolute()
    {
        QVERIFY(m_sb.shiftClock(-7200));
        QVERIFY(m_sb.shiftClock(-7200)); // absolute, not cumulative
        Http control(m_sb.baseUrl());
        const HttpResult c = control.get(u"/_sandbox/clock"_s);
        QCOMPARE(c.json.value(u"offsetSeconds"_s).toInteger(), -7200);
        const HttpResult r = create();
        const QDateTime date
                = QLocale::c().toDateTime(QString::fromLatin1(r.header("date")), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        const qint64 skew
                = QDateTime(date.date(), date.time(), Qt::UTC).toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(qAbs(skew + 7200) <= 2, QByteArray::number(skew).constData());
        const QJsonObject claims
                = jwtClaims(r.resultObject().value(u"AccessToken"_s).toObject().value(u"Token"_s).toString());
        QVERIFY(qAbs(qint64(claims.value(u"iat"_s).toDouble()) - QDateTime::currentSecsSinceEpoch() + 7200) <= 2);
        QVERIFY(m_sb.shiftClock(0));
        QVERIFY(!control.post(u"/_sandbox/clock"_s, {{u"offsetSeconds"_s, u"soon"_s}}).json.value(u"ok"_s).toBool());
    }

    void issuedUsers_listsEveryRegisteredUser()
    {
        const HttpResult many = m_http->post(u"/v1/Registration/CreateMany"_s, {{u"Quantity"_s, 3}}, groupHeaders());
        const QJsonArray results = many.resultObject().value(u"Results"_s).toArray();
        QCOMPARE(results.size(), 3);
        for (const auto &v : results)
            QVERIFY(usersContain(v.toObject().value(u"DeviceToken"_s).toString()));
        const QJsonObject any = m_sb.issuedUsers().first().toObject();
        for (const auto &key : {u"DeviceToken"_s, u"InstanceId"_s, u"ClientId"_s, u"CreatedAt"_s})
            QVERIFY2(any.contains(key), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
