#pragma once
// The sandbox's own listening socket: what QAbstractHttpServer 6.4 does not do for itself.
//
// QAbstractHttpServer 6.4 reads a socket inside a QIODevice transaction and hands its http_parser
// every byte until the whole message (body included) is in memory; only then does handleRequest()
// run. It has no limits and no timeouts. So sandbox::Server binds a Listener (QAbstractHttpServer::
// bind) instead of calling listen(), and the Listener, which creates each QTcpSocket itself in
// incomingConnection(), gets in first:
//  - past Options::maxConnections open connections, a new one is closed at once (and logged);
//  - every socket gets a ConnectionGuard (a child, so it dies with the socket) whose readyRead slot
//    is connected before the server's and so runs first on every read. It peeks at the new bytes,
//    follows request boundaries (Content-Length), and when a header block declares a body over
//    Options::maxBodyBytes it answers 413 itself and drains (discards) the body before the server
//    sees it, then closes. Chunked bodies cannot be followed this way; Server::handleRequest()
//    checks the body size again (413 too) for what gets past;
//  - a connection without a complete request requestTimeout seconds after its first byte (or after
//    it opened), or idle idleTimeout seconds after an answer, is closed.
#include "Options.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <functional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace sandbox {

class Listener;

class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    ConnectionGuard(Listener *listener, QTcpSocket *socket);
    ~ConnectionGuard() override;

    // The guard of a socket the Listener made (nullptr for any other socket).
    static ConnectionGuard *of(QTcpSocket *socket);
    // Server::handleRequest() answered a request on this connection: the idle timer starts.
    void requestHandled();

private:
    enum class Phase { Request, Idle, Draining };
    void onReadyRead();
    void track(const QByteArray &chunk);
    void rejectTooLarge(qint64 contentLength, qint64 bodyBytesInChunk);
    void drain();
    void onTimeout();
    // The connection no longer counts against maxConnections (closed, or the guard is going).
    void release();

    QPointer<Listener> m_listener;
    QTcpSocket *m_socket;
    QTimer m_timer;
    Phase m_phase = Phase::Request;
    bool m_counted = true;
    QByteArray m_head;        // the header block of the current request, so far
    qint64 m_bodyLeft = 0;    // body bytes of the current request not yet seen
    bool m_untracked = false; // chunked (or unreadable) framing: boundaries no longer followed
    qint64 m_drainLeft = 0;   // body bytes still to discard after an early 413
};

class Listener : public QTcpServer
{
    Q_OBJECT

public:
    // tooLarge: the whole 413 answer (with "Connection: close") to write on an oversized request.
    Listener(const Options &options, std::function<QByteArray()> tooLarge, QObject *parent = nullptr);
    const Options &options() const { return m_options; }
    int openConnections() const { return m_open; }
    QByteArray tooLargeAnswer() const { return m_tooLarge(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class ConnectionGuard;
    Options m_options;
    std::function<QByteArray()> m_tooLarge;
    int m_open = 0;
};

} // namespace sandbox
