// BulkHttp, the bulk run's lean HTTP/1.1 client. Against the sandbox: the answer and its
// classification match ApiClient's. Against a tiny local server that speaks what the sandbox
// never does: chunked bodies, close-delimited bodies, "Connection: close", an idle keep-alive
// connection closed by the server (reopened BEFORE sending, never retried after), and silence
// (a timeout).
#include "SandboxProcess.h"
#include "core/ApiCall.h"
#include "core/ApiClient.h"
#include "core/BulkHttp.h"
#include "core/BulkJob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Answers each request (read up to the end of its body) with the next canned answer.
class CannedServer : public QObject
{
public:
    struct Answer
    {
        QByteArray bytes;
        bool closeAfter = false;
        bool silent = false;
    };
    QList<Answer> answers;
    int requests = 0;
    int connections = 0;

    CannedServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
                    buffer->append(s->readAll());
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const qsizetype lenAt = buffer->toLower().indexOf("content-length:");
                        const qsizetype eol = buffer->indexOf("\r\n", lenAt);
                        const qsizetype length = buffer->mid(lenAt + 15, eol - lenAt - 15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        buffer->remove(0, end + 4 + length);
                        ++requests;
                        const Answer a = answers.isEmpty() ? Answer{} : answers.takeFirst();
                        if (a.silent)
                            return;
                        s->write(a.bytes);
                        if (a.closeAfter)
                            s->disconnectFromHost();
                    }
                });
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    static QByteArray ok(const QString &token, bool chunked = false, bool lengthless = false)
    {
        const QByteArray body = R"({"Result":{"DeviceToken":")" + token.toUtf8()
                + R"(","AccessToken":null,"RefreshToken":null},"Status":200,"Title":"","Errors":[]})";
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        if (chunked) {
            const QByteArray a = body.left(20), b = body.mid(20);
            return head + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(a.size(), 16) + "\r\n" + a + "\r\n"
                    + QByteArray::number(b.size(), 16) + ";ext=1\r\n" + b + "\r\n0\r\n\r\n";
        }
        if (lengthless)
            return head + "Connection: close\r\n\r\n" + body;
        return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    QTcpServer m_server;
};

struct Result
{
    bool done = false;
    tc::BulkHttp::Reply reply;
};

} // namespace

class TestBulkHttp : public QObject
{
    Q_OBJECT

    static void post(tc::BulkHttp &http, Result &r, const tc::HeaderList &headers = {}, const QByteArray &body = "{}")
    {
        r = Result();
        http.post(headers, body, [&r](const tc::BulkHttp::Reply &reply) {
            r.done = true;
            r.reply = reply;
        });
    }

private Q_SLOTS:
    void sandbox_answerAndErrorsClassifiedLikeApiClient()
    {
        SandboxProcess sb;
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        tc::BulkHttp http(sb.baseUrl(), u"/v1/Registration/Create"_s, 5000);
        const tc::HeaderList group{{"InstanceId", sb.groupInstanceId(0).toUtf8()},
                                   {"InstanceKey", sb.groupInstanceKey(0).toUtf8()}};
        Result r;
        post(http, r, group, R"({"FirstName":"Ada","CreateAccessToken":false})");
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QVERIFY2(!r.reply.error.isError(), qPrintable(r.reply.error.message()));
        QCOMPARE(r.reply.httpStatus, 200);
        QVERIFY(!r.reply.result.deviceToken.isEmpty());

        // The same connection again (keep-alive), a validation error with Errors[].Key.
        post(http, r, group, R"({"Gender":"Robot"})");
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QCOMPARE(r.reply.httpStatus, 400);
        QCOMPARE(r.reply.error.errors().value(0).key, u"Gender"_s);
        QCOMPARE(tc::BulkJob::classify(r.reply.error, r.reply.httpStatus), tc::BulkJob::Outcome::Failed);
        QCOMPARE(http.connectionCount(), 1);

        // Wrong key: Auth (the run stops). HTML 500: unknown.
        post(http, r, {{"InstanceId", sb.groupInstanceId(0).toUtf8()}, {"InstanceKey", "wrong"}});
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QCOMPARE(tc::BulkJob::classify(r.reply.error, r.reply.httpStatus), tc::BulkJob::Outcome::FailedStop);
        QVERIFY(sb.injectFault({{u"kind"_s, u"html500"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        post(http, r, group);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QCOMPARE(r.reply.httpStatus, 500);
        QCOMPARE(tc::BulkJob::classify(r.reply.error, r.reply.httpStatus), tc::BulkJob::Outcome::Unknown);
        // ApiClient reads the same answer the same way.
        QNetworkAccessManager nam;
        tc::ApiClient api(&nam);
        api.setBaseUrl(sb.baseUrl());
        QVERIFY(sb.injectFault({{u"kind"_s, u"html500"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        tc::ApiCall *call = api.registerUser(sb.groupInstanceId(0), sb.groupInstanceKey(0), {});
        call->setAutoDelete(false);
        QSignalSpy finished(call, &tc::ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().kind(), r.reply.error.kind());
        QCOMPARE(call->error().message(), r.reply.error.message());
        delete call;

        // Dropped after the work: unknown, on a connection that was open (written, then closed).
        QVERIFY(sb.injectFault({{u"kind"_s, u"drop-after"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        post(http, r, group);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QCOMPARE(r.reply.error.kind(), tc::ApiError::Kind::Network);
        QCOMPARE(tc::BulkJob::classify(r.reply.error, r.reply.httpStatus), tc::BulkJob::Outcome::Unknown);
        // The next request opens a new connection and works.
        post(http, r, group);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 10000);
        QVERIFY(!r.reply.error.isError());
    }

    void chunkedAndCloseDelimitedBodies()
    {
        CannedServer server;
        server.answers = {{CannedServer::ok(u"11111111-1111-1111-1111-111111111111"_s, true)},
                          {CannedServer::ok(u"22222222-2222-2222-2222-222222222222"_s, false, true), true},
                          {CannedServer::ok(u"33333333-3333-3333-3333-333333333333"_s)}};
        tc::BulkHttp http(server.url(), u"/v1/Registration/Create"_s, 5000);
        Result r;
        post(http, r);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QVERIFY2(!r.reply.error.isError(), qPrintable(r.reply.error.message()));
        QCOMPARE(r.reply.result.deviceToken, u"11111111-1111-1111-1111-111111111111"_s);
        post(http, r);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QVERIFY2(!r.reply.error.isError(), qPrintable(r.reply.error.message()));
        QCOMPARE(r.reply.result.deviceToken, u"22222222-2222-2222-2222-222222222222"_s);
        // The server closed that connection: the next request goes out on a new one.
        post(http, r);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QCOMPARE(r.reply.result.deviceToken, u"33333333-3333-3333-3333-333333333333"_s);
        QCOMPARE(server.requests, 3);
        QCOMPARE(server.connections, 2);
    }

    void idleConnectionClosedByServer_reopenedBeforeSending()
    {
        CannedServer server;
        server.answers = {{CannedServer::ok(u"44444444-4444-4444-4444-444444444444"_s), true},
                          {CannedServer::ok(u"55555555-5555-5555-5555-555555555555"_s)}};
        tc::BulkHttp http(server.url(), u"/x"_s, 5000);
        Result r;
        post(http, r);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(server.connections, 1, 2000);
        QTest::qWait(50); // let the close reach the client (no answer is awaited here)
        post(http, r);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QVERIFY2(!r.reply.error.isError(), qPrintable(r.reply.error.message()));
        QCOMPARE(r.reply.result.deviceToken, u"55555555-5555-5555-5555-555555555555"_s);
        QCOMPARE(server.requests, 2); // nothing sent twice
    }

    void silence_isATimeout_refusedIsNotSent()
    {
        CannedServer server;
        server.answers = {{{}, false, true}};
        tc::BulkHttp http(server.url(), u"/x"_s, 300);
        Result r;
        post(http, r);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QCOMPARE(r.reply.error.kind(), tc::ApiError::Kind::Timeout);
        QCOMPARE(tc::BulkJob::classify(r.reply.error, 0), tc::BulkJob::Outcome::Unknown);

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        tc::BulkHttp nowhere(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), u"/x"_s, 2000);
        post(nowhere, r);
        QTRY_VERIFY_WITH_TIMEOUT(r.done, 5000);
        QCOMPARE(tc::BulkJob::classify(r.reply.error, 0), tc::BulkJob::Outcome::NotSent);
    }
};

QTEST_GUILESS_MAIN(TestBulkHttp)
#include "TestBulkHttp.moc"
