// tc::DirectProxyFactory: plain-http connections are opened buffered (Qt 6.4 reads an unbuffered
// one's headers a byte per read(2)) without changing where a request goes: the application's
// proxy still carries every request it would have carried, and a direct connection stays direct,
// keeps alive, and reads every answer whole. Servers are QTcpServers on loopback in this thread
// (Qt's HTTP thread is the client).
#include "ApiTestHelpers.h"

#include "core/api/ApiClient.h"
#include "core/api/DirectProxyFactory.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace apitest;
using tc::ApiCall;
using tc::ApiClient;
using tc::DirectProxyFactory;

namespace {

// Answers every request on a connection with a small envelope, keeping the connection open;
// records each request's first line and how many connections it accepted. With `splitAnswers`
// the status line, headers and body go out in separate writes.
class TinyServer : public QObject
{
public:
    explicit TinyServer(bool splitAnswers = false) : m_split(splitAnswers)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    QList<QByteArray> requestLines;

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        for (;;) {
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = pending.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.trimmed().toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
            if (pending.size() < end + 4 + length)
                return;
            requestLines.append(head.left(head.indexOf("\r\n")));
            pending.remove(0, end + 4 + length);
            const QByteArray body = R"({"Status":200,"Title":"","Errors":[],"Result":{"n":)"
                                    + QByteArray::number(requestLines.size()) + "}}";
            const QByteArray status = "HTTP/1.1 200 OK\r\n";
            const QByteArray headers = "Content-Type: application/json\r\nX-Padding: " + QByteArray(300, 'p')
                                       + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
            if (m_split) {
                socket->write(status);
                socket->flush();
                socket->write(headers);
                socket->flush();
                socket->write(body);
            } else {
                socket->write(status + headers + body);
            }
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    bool m_split = false;
};

// An application proxy factory that sends plain TCP connections through a SOCKS proxy but URL
// requests direct: a DefaultProxy answer would then put http requests through SOCKS.
class TcpOnlyProxy final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (query.queryType() == QNetworkProxyQuery::TcpSocket)
            return {QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, 9)};
        return {QNetworkProxy::NoProxy};
    }
};

struct ApplicationProxyGuard
{
    ~ApplicationProxyGuard()
    {
        QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }
};

QNetworkProxy first(const QList<QNetworkProxy> &proxies)
{
    return proxies.isEmpty() ? QNetworkProxy() : proxies.first();
}

} // namespace

class TestDirectProxyFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_defaultProxyForDirectHttpOnly()
    {
        ApplicationProxyGuard guard;
        DirectProxyFactory factory;
        const auto type = [&factory](const QString &url) {
            return first(factory.queryProxy(QNetworkProxyQuery(QUrl(url)))).type();
        };
        // No application proxy: plain http is answered DefaultProxy (Qt then reads it buffered)...
        QCOMPARE(type(u"http://127.0.0.1:8080/v1/Registration/Create"_s), QNetworkProxy::DefaultProxy);
        QCOMPARE(type(u"HTTP://sandbox.local/v1/x"_s), QNetworkProxy::DefaultProxy);
        // ...https and anything else are the application's answer, untouched.
        QCOMPARE(type(u"https://api.example.com/v1/x"_s), QNetworkProxy::NoProxy);
        QCOMPARE(first(factory.queryProxy(QNetworkProxyQuery(u"example.com"_s, 80))).type(), QNetworkProxy::NoProxy);

        // An application proxy is returned as it is, for http and https alike (Qt never proxies
        // loopback: that stays direct).
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"proxy.example"_s, 3128));
        QCOMPARE(first(factory.queryProxy(QNetworkProxyQuery(QUrl(u"http://sandbox.example:8080/x"_s)))).hostName(),
                 u"proxy.example"_s);
        QCOMPARE(type(u"http://127.0.0.1:8080/x"_s), QNetworkProxy::DefaultProxy);
        QCOMPARE(first(factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://api.example.com/x"_s)))).type(),
                 QNetworkProxy::HttpProxy);

        // Direct for URLs but proxied for plain TCP: the URL's answer (direct) stands, so the
        // socket is never left to pick the TCP proxy.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QNetworkProxyFactory::setApplicationProxyFactory(new TcpOnlyProxy);
        QCOMPARE(type(u"http://sandbox.example:8080/x"_s), QNetworkProxy::NoProxy);
    }

    void install_keepsAManagersOwnProxyOrFactory()
    {
        QNetworkAccessManager plain;
        DirectProxyFactory::install(&plain);
        QVERIFY(DirectProxyFactory::isInstalled(&plain));

        QNetworkAccessManager withProxy;
        withProxy.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"proxy.example"_s, 3128));
        DirectProxyFactory::install(&withProxy);
        QVERIFY(!DirectProxyFactory::isInstalled(&withProxy));
        QCOMPARE(withProxy.proxy().hostName(), u"proxy.example"_s);

        QNetworkAccessManager withFactory;
        auto *own = new TcpOnlyProxy;
        withFactory.setProxyFactory(own);
        DirectProxyFactory::install(&withFactory);
        QCOMPARE(withFactory.proxyFactory(), own);

        // ApiClient gives its manager the factory.
        QNetworkAccessManager graph;
        ApiClient client(&graph);
        QVERIFY(DirectProxyFactory::isInstalled(&graph));
    }

    // The connection stays direct and alive: many answers (each in one write, or in three) are
    // read whole over one connection.
    void direct_keepsAliveAndReadsEveryAnswer_data()
    {
        QTest::addColumn<bool>("split");
        QTest::newRow("one write per answer") << false;
        QTest::newRow("status, headers and body apart") << true;
    }
    void direct_keepsAliveAndReadsEveryAnswer()
    {
        QFETCH(bool, split);
        TinyServer server(split);
        QVERIFY(server.port() > 0);
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.port())));
        for (int i = 1; i <= 5; ++i) {
            ApiCall *call = client.request(i % 2 ? "GET" : "POST", u"/v1/echo"_s, i % 2 ? QByteArray() : "{}");
            QVERIFY(waitFinished(call));
            QVERIFY2(call->ok(), qPrintable(describe(call)));
            QCOMPARE(call->httpStatus(), 200);
            QCOMPARE(call->result().toObject().value(u"n"_s).toInt(), i);
            QCOMPARE(header(call->replyHeaders(), "X-Padding").size(), 300);
            delete call;
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.requestLines.first(), "GET /v1/echo HTTP/1.1"); // origin form: no proxy
    }

    // Through an application HTTP proxy, as without the factory: the request line names the whole
    // URL, and the request reaches the proxy rather than the (unresolvable) host.
    void applicationProxy_stillCarriesTheRequest()
    {
        ApplicationProxyGuard guard;
        TinyServer proxy;
        QVERIFY(proxy.port() > 0);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.port()));
        QNetworkAccessManager network;
        ApiClient client(&network);
        client.setBaseUrl(QUrl(u"http://tc-direct-proxy-check.invalid"_s));
        ApiCall *call = client.request("GET", u"/v1/Management/users"_s);
        QVERIFY(waitFinished(call));
        QVERIFY2(call->ok(), qPrintable(describe(call)));
        QCOMPARE(proxy.requestLines,
                 QList<QByteArray>{"GET http://tc-direct-proxy-check.invalid/v1/Management/users HTTP/1.1"});
        delete call;
    }
};

QTEST_GUILESS_MAIN(TestDirectProxyFactory)
#include "TestDirectProxyFactory.moc"
