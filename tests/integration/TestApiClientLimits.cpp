// tc::ApiClient's hard limits against misbehaving servers on a loopback port (a QTcpServer in its
// own thread, so the CLI can be run against it too): a deadline from sending to the last byte, and
// a cap on the size of an answer.
#include "ApiTestHelpers.h"
#include "CliRunner.h"
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/api/RegistrationProfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace apitest;
using tc::ApiCall;
using tc::ApiClient;
using Kind = tc::ApiError::Kind;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 HugeBytes = 64 * MiB;

// A server that never behaves:
//   Trickle: the headers of a 1 MB answer, then one byte every 200 ms, never finishing;
//   Huge: a 64 MiB answer, announced by Content-Length (or not, `announce` false: read until
//         close), streamed only as fast as the client takes it.
class BadServer : public QThread
{
public:
    enum class Mode { Trickle, Huge };

    BadServer(Mode mode, bool announce = true) : m_mode(mode), m_announce(announce) { }
    ~BadServer() override
    {
        quit();
        wait();
    }

    bool begin()
    {
        start();
        m_ready.acquire();
        return m_port > 0;
    }
    QString baseUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_port.load()); }
    qint64 bodyBytesWritten() const { return m_written.load(); }
    int connections() const { return m_connections.load(); }

protected:
    void run() override
    {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_port = server.serverPort();
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                serve(socket);
        });
        m_ready.release();
        exec();
    }

private:
    void serve(QTcpSocket *socket)
    {
        ++m_connections;
        auto answered = std::make_shared<bool>(false);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, answered] {
            socket->readAll(); // the request, whatever it is
            if (*answered)
                return;
            *answered = true;
            if (m_mode == Mode::Trickle) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{");
                auto *timer = new QTimer(socket);
                QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                timer->start(200);
                return;
            }
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            head += m_announce ? QByteArray("Content-Length: " + QByteArray::number(HugeBytes) + "\r\n")
                               : QByteArray("Connection: close\r\n");
            socket->write(head + "\r\n");
            auto sent = std::make_shared<qint64>(0);
            const auto topUp = [socket, sent] {
                // Only as fast as the client reads: the bytes counted are bytes really taken.
                static const QByteArray chunk(64 * 1024, ' ');
                while (*sent < HugeBytes && socket->bytesToWrite() < 2 * chunk.size()
                       && socket->state() == QAbstractSocket::ConnectedState) {
                    socket->write(chunk);
                    *sent += chunk.size();
                }
                if (*sent >= HugeBytes && socket->bytesToWrite() == 0)
                    socket->disconnectFromHost();
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [this, topUp](qint64 n) {
                m_written += n;
                topUp();
            });
            topUp();
        });
    }

    const Mode m_mode;
    const bool m_announce;
    QSemaphore m_ready;
    std::atomic<int> m_port{0};
    std::atomic<qint64> m_written{0};
    std::atomic<int> m_connections{0};
};

// The resident set of this process, in bytes (Linux).
qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

} // namespace

class TestApiClientLimits : public QObject
{
    Q_OBJECT

    QNetworkAccessManager *m_nam = nullptr;
    ApiClient *m_client = nullptr;

private Q_SLOTS:
    void init()
    {
        m_nam = new QNetworkAccessManager(this);
        m_client = new ApiClient(m_nam, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_nam;
    }

    // The transfer timeout alone never fires here: a byte arrives every 200 ms.
    void tricklingServer_isTimeout_afterTheWholeRequestsDeadline()
    {
        BadServer server(BadServer::Mode::Trickle);
        QVERIFY(server.begin());
        m_client->setBaseUrl(QUrl(server.baseUrl()));
        m_client->setTransferTimeout(1000);
        QElapsedTimer took;
        took.start();
        ApiCall *call = m_client->request("GET", u"/x"_s);
        QVERIFY2(waitFinished(call, 20000), "the call never ended");
        QCOMPARE(call->error().kind(), Kind::Timeout);
        QVERIFY(call->error().deadlineExceeded());
        QVERIFY2(call->error().message().contains(u"took longer than 1 s"_s), qPrintable(call->error().message()));
        QVERIFY2(took.elapsed() < 10000, qPrintable(u"%1 ms"_s.arg(took.elapsed())));
    }

    // A registration the deadline stopped may have been processed: "unknown", never re-sent.
    void tricklingServer_registration_mayHaveBeenProcessed_andWasSentOnce()
    {
        BadServer server(BadServer::Mode::Trickle);
        QVERIFY(server.begin());
        m_client->setBaseUrl(QUrl(server.baseUrl()));
        m_client->setTransferTimeout(1000);
        ApiCall *call = m_client->registerUser(u"instance"_s, u"key"_s, tc::RegistrationProfile());
        QVERIFY2(waitFinished(call, 20000), "the call never ended");
        QCOMPARE(call->error().kind(), Kind::Timeout);
        QVERIFY(call->error().mayHaveBeenProcessed());
        QCOMPARE(server.connections(), 1);
    }

    void tricklingServer_cli_exits3()
    {
        BadServer server(BadServer::Mode::Trickle);
        QVERIFY(server.begin());
        tests::CliRunner cli;
        cli.setTimeout(30000);
        const tests::CliResult r
                = cli.run({u"--timeout"_s, u"1"_s, u"request"_s, u"GET"_s, u"/x"_s, u"--base-url"_s, server.baseUrl()});
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("took longer than 1 s"), qPrintable(r.describe()));
    }

    void hugeAnswer_data()
    {
        QTest::addColumn<bool>("announce");
        QTest::newRow("announced by Content-Length") << true;
        QTest::newRow("streamed until close") << false;
    }

    // Refused at once, never read into memory.
    void hugeAnswer()
    {
        QFETCH(bool, announce);
        BadServer server(BadServer::Mode::Huge, announce);
        QVERIFY(server.begin());
        m_client->setBaseUrl(QUrl(server.baseUrl()));
        m_client->setTransferTimeout(60000);
        m_client->setMaxAnswerBytes(MiB);
        const qint64 before = residentBytes();
        ApiCall *call = m_client->request("GET", u"/x"_s);
        QVERIFY2(waitFinished(call, 60000), "the call never ended");
        const qint64 sentWhenRefused = server.bodyBytesWritten();
        QCOMPARE(call->error().kind(), Kind::Parse);
        QCOMPARE(call->error().answerCapBytes(), MiB);
        QVERIFY2(call->error().message().contains(u"larger than the limit of 1048576 bytes"_s),
                 qPrintable(call->error().message()));
        QVERIFY(call->body().isEmpty());
        // Aborted early: far less than the answer left the server, and memory did not grow by it.
        QVERIFY2(sentWhenRefused < 16 * MiB, qPrintable(QString::number(sentWhenRefused)));
        const qint64 growth = residentBytes() - before;
        QVERIFY2(growth < 32 * MiB, qPrintable(u"grew by %1 bytes"_s.arg(growth)));
    }

    void hugeAnswer_cli_namesTheCap()
    {
        BadServer server(BadServer::Mode::Huge, false);
        QVERIFY(server.begin());
        tests::CliRunner cli;
        cli.setTimeout(60000);
        const tests::CliResult r = cli.run({u"request"_s, u"GET"_s, u"/x"_s, u"--base-url"_s, server.baseUrl(),
                                            u"--max-answer-bytes"_s, u"1048576"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains("larger than the limit of 1048576 bytes"), qPrintable(r.describe()));
        QVERIFY2(server.bodyBytesWritten() < 16 * MiB, qPrintable(QString::number(server.bodyBytesWritten())));
    }

    void parallelRequests_pastQtsSixConnectionsPerHost()
    {
        // Qt 6.4 sends at most 6 requests at once to one host per QNetworkAccessManager. With
        // setParallelRequests(12), twelve Creates against a sandbox that answers only after 60 s
        // all reach it before any answer: with six connections the seventh would wait for one.
        SandboxProcess sb;
        QVERIFY2(sb.start({u"--latency-ms"_s, u"60000"_s}), qPrintable(sb.errorString()));
        m_client->setBaseUrl(sb.baseUrl());
        m_client->setTransferTimeout(120000);
        m_client->setParallelRequests(12);
        QList<QPointer<ApiCall>> calls;
        for (int i = 0; i < 12; ++i)
            calls.append(
                    m_client->registerUser(sb.groupInstanceId(0), sb.groupInstanceKey(0), tc::RegistrationProfile()));
        QTRY_COMPARE_WITH_TIMEOUT(sb.receivedCount(u"/Registration/Create"_s), 12, 20000);
        for (const QPointer<ApiCall> &call : std::as_const(calls)) {
            QVERIFY(call && !call->isFinished()); // none answered yet: all twelve were out at once
            call->cancel();
        }
    }

    void maxAnswerBytes_mustBePositive_isUsage()
    {
        tests::CliRunner cli;
        const tests::CliResult r = cli.run({u"request"_s, u"GET"_s, u"/x"_s, u"--base-url"_s, u"http://127.0.0.1:9"_s,
                                            u"--max-answer-bytes"_s, u"0"_s});
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(TestApiClientLimits)
#include "TestApiClientLimits.moc"
