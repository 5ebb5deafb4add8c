// The sandbox defends itself: body and field size limits, header-read and idle timeouts, and a cap
// on open connections (Options.h, app/sandbox/Connections.h), over plain HTTP and raw sockets.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sbtest;

namespace {

std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto s = std::make_unique<QTcpSocket>();
    s->connectToHost(QHostAddress::LocalHost, port);
    if (!s->waitForConnected(5000))
        return nullptr;
    return s;
}

// Reads from `s` until a whole status line and header block came (or timeoutMs); returns them.
QByteArray readHead(QTcpSocket &s, int timeoutMs = 10000)
{
    QByteArray got;
    QElapsedTimer t;
    t.start();
    while (!got.contains("\r\n\r\n") && t.elapsed() < timeoutMs) {
        if (!s.bytesAvailable() && !s.waitForReadyRead(int(qMax<qint64>(1, timeoutMs - t.elapsed()))))
            break;
        got += s.readAll();
    }
    return got;
}

} // namespace

class TestSandboxLimits : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sb;
    std::unique_ptr<Http> m_http;

    Headers groupHeaders() const { return group(m_sb.groupInstanceId(0), m_sb.groupInstanceKey(0)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
        m_http = std::make_unique<Http>(m_sb.baseUrl());
    }

    void body_overLimit_is413EnvelopeUnparsed()
    {
        // 2 MiB of JSON that would otherwise be a valid profile.
        const QByteArray body = "{\"FirstName\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        const HttpResult r = m_http->send("POST", u"/v1/Registration/Create"_s, body, groupHeaders());
        QVERIFY2(r.finished, "no answer");
        QCOMPARE(r.status, 413);
        QVERIFY2(r.isEnvelope(), r.body.constData());
        QCOMPARE(r.envelopeStatus(), 413);
        QCOMPARE(r.title(), u"Payload Too Large"_s);
        QVERIFY(r.result().isNull());
        QVERIFY(!r.errors().isEmpty());
        QCOMPARE(r.header("connection").toLower(), "close"_ba);
        // Nobody was registered, and the sandbox still answers.
        m_http->resetConnections();
        const HttpResult ok = m_http->post(u"/v1/Registration/Create"_s, {{u"FirstName"_s, u"Ann"_s}}, groupHeaders());
        QCOMPARE(ok.status, 200);
    }

    void body_overLimitChunked_is413Too()
    {
        // A chunked body has no Content-Length to refuse early: the server's own check answers.
        auto s = connectTo(m_sb.port());
        QVERIFY(s);
        QByteArray req = "POST /v1/Registration/Create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n";
        for (const auto &h : groupHeaders())
            req += h.first + ": " + h.second + "\r\n";
        const QByteArray chunk(2 * 1024 * 1024, ' ');
        req += "\r\n" + QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n0\r\n\r\n";
        s->write(req);
        const QByteArray head = readHead(*s);
        QVERIFY2(head.startsWith("HTTP/1.1 413 "), head.left(200).constData());
    }

    void field_overLimit_is400WithItsKey()
    {
        const HttpResult r
                = m_http->post(u"/v1/Registration/Create"_s,
                               {{u"FirstName"_s, QString(2000, u'x')}, {u"LastName"_s, u"Lee"_s}}, groupHeaders());
        QCOMPARE(r.status, 400);
        QVERIFY(r.isEnvelope());
        QCOMPARE(r.envelopeStatus(), 400);
        QVERIFY2(r.hasErrorKey(u"FirstName"_s), r.body.constData());
        QVERIFY(!r.hasErrorKey(u"LastName"_s));

        const HttpResult url = m_http->post(u"/v1/Registration/Create"_s,
                                            {{u"ImageUrl"_s, QString(u"https://example.com/"_s + QString(2100, u'a'))}},
                                            groupHeaders());
        QCOMPARE(url.status, 400);
        QVERIFY2(url.hasErrorKey(u"ImageUrl"_s), url.body.constData());
    }

    void field_atLimit_isKept()
    {
        const HttpResult r = m_http->post(u"/v1/Registration/Create"_s,
                                          {{u"FirstName"_s, QString(1000, u'x')},
                                           {u"ImageUrl"_s, QString(u"https://e.com/"_s + QString(2000, u'a'))}},
                                          groupHeaders());
        QCOMPARE(r.status, 200);
    }

    void latency_delaysEveryAnswer_servesOthersMeanwhile()
    {
        SandboxProcess sb;
        QVERIFY2(sb.start({u"--latency-ms"_s, u"300"_s, u"--jitter-ms"_s, u"50"_s}), qPrintable(sb.errorString()));
        // Eight connections, one Create each, sent together: every answer waits 250..350 ms, and they
        // wait side by side (one after another would take 8 x 250 ms at least).
        QByteArray req = "POST /v1/Registration/Create HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                         "Content-Type: application/json\r\nContent-Length: 2\r\n";
        for (const auto &h : group(sb.groupInstanceId(0), sb.groupInstanceKey(0)))
            req += h.first + ": " + h.second + "\r\n";
        req += "\r\n{}";
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 8; ++i) {
            sockets.push_back(connectTo(sb.port()));
            QVERIFY(sockets.back());
        }
        QElapsedTimer t;
        t.start();
        for (auto &s : sockets) {
            s->write(req);
            QVERIFY(s->waitForBytesWritten(5000)); // all sent now, not as each answer is awaited
        }
        for (auto &s : sockets) {
            const QByteArray head = readHead(*s);
            QVERIFY2(head.startsWith("HTTP/1.1 200 "), head.left(200).constData());
            QVERIFY2(t.elapsed() >= 245, qPrintable(u"answered after %1 ms"_s.arg(t.elapsed())));
        }
        QVERIFY2(t.elapsed() < 8 * 250, qPrintable(u"all answered after %1 ms"_s.arg(t.elapsed())));

        // Jitter above the latency is bad usage.
        SandboxProcess bad;
        QVERIFY(!bad.start({u"--latency-ms"_s, u"10"_s, u"--jitter-ms"_s, u"20"_s}));
        QVERIFY2(bad.errorString().contains(u"exit code 2"_s), qPrintable(bad.errorString()));
    }

    void halfRequest_isClosedAfterRequestTimeout()
    {
        SandboxProcess sb;
        QVERIFY2(sb.start({u"--request-timeout"_s, u"1"_s}), qPrintable(sb.errorString()));
        auto s = connectTo(sb.port());
        QVERIFY(s);
        QElapsedTimer t;
        t.start();
        s->write("POST /v1/Auth/Login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n");
        QVERIFY(s->waitForBytesWritten(5000));
        QTRY_VERIFY_WITH_TIMEOUT(s->state() == QAbstractSocket::UnconnectedState, 15000);
        QVERIFY2(t.elapsed() >= 500, qPrintable(u"closed after %1 ms"_s.arg(t.elapsed())));

        // Nothing sent at all: the same.
        auto silent = connectTo(sb.port());
        QVERIFY(silent);
        QTRY_VERIFY_WITH_TIMEOUT(silent->state() == QAbstractSocket::UnconnectedState, 15000);
    }

    void idleKeepAlive_isClosedAfterIdleTimeout()
    {
        SandboxProcess sb;
        QVERIFY2(sb.start({u"--idle-timeout"_s, u"1"_s}), qPrintable(sb.errorString()));
        auto s = connectTo(sb.port());
        QVERIFY(s);
        s->write("GET /v1/Management/users HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QByteArray head = readHead(*s);
        QVERIFY2(head.startsWith("HTTP/1.1 401 "), head.constData());
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);                            // kept alive...
        QTRY_VERIFY_WITH_TIMEOUT(s->state() == QAbstractSocket::UnconnectedState, 15000); // ...then closed
    }

    void connectionsPastTheCap_areClosedAtOnce()
    {
        SandboxProcess sb;
        QVERIFY2(sb.start({u"--max-connections"_s, u"5"_s}), qPrintable(sb.errorString()));
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 5; ++i) {
            open.push_back(connectTo(sb.port()));
            QVERIFY(open.back());
        }
        auto sixth = connectTo(sb.port());
        QVERIFY(sixth); // the kernel completes the handshake; the sandbox then closes it
        QTRY_VERIFY_WITH_TIMEOUT(sixth->state() == QAbstractSocket::UnconnectedState, 10000);
        for (const auto &s : open)
            QCOMPARE(s->state(), QAbstractSocket::ConnectedState);

        // The first five are served...
        open.front()->write("GET /v1/Management/users HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QByteArray head = readHead(*open.front());
        QVERIFY2(head.startsWith("HTTP/1.1 401 "), head.constData());

        // ...and once one closes, a new connection is taken again.
        open.back()->disconnectFromHost();
        open.back().reset();
        bool served = false;
        QElapsedTimer t;
        t.start();
        while (!served && t.elapsed() < 10000) {
            if (auto next = connectTo(sb.port())) {
                next->write("GET /v1/Management/users HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
                served = readHead(*next, 2000).startsWith("HTTP/1.1 401 ");
            }
            if (!served)
                QTest::qWait(50); // the sandbox has yet to see the close
        }
        QVERIFY(served);
    }
};

QTEST_MAIN(TestSandboxLimits)
#include "TestSandboxLimits.moc"
