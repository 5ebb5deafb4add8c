#include "Connections.h"

#include <QLoggingCategory>
#include <QTcpSocket>

namespace sandbox {

namespace {
Q_LOGGING_CATEGORY(lc, "tc.sandbox.connections", QtInfoMsg)

// More header bytes than this and the guard stops following the connection (http_parser refuses
// a header block of 80 KB anyway).
constexpr qsizetype MaxHeadBytes = 64 * 1024;
} // namespace

ConnectionGuard::ConnectionGuard(Listener *listener, QTcpSocket *socket)
    : QObject(socket), m_listener(listener), m_socket(socket)
{
    ++listener->m_open;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &ConnectionGuard::release);
    m_timer.start(listener->options().requestTimeout * 1000);
}

ConnectionGuard::~ConnectionGuard()
{
    release();
}

void ConnectionGuard::release()
{
    m_timer.stop();
    if (m_counted && m_listener)
        --m_listener->m_open;
    m_counted = false;
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ConnectionGuard::requestHandled()
{
    if (m_phase == Phase::Draining || !m_listener)
        return;
    m_phase = Phase::Idle;
    m_timer.start(m_listener->options().idleTimeout * 1000);
}

void ConnectionGuard::onReadyRead()
{
    if (!m_listener)
        return;
    if (m_phase == Phase::Draining) {
        drain();
        return;
    }
    if (m_phase == Phase::Idle) {
        // The first byte of the next request: it has requestTimeout seconds to arrive whole.
        m_phase = Phase::Request;
        m_timer.start(m_listener->options().requestTimeout * 1000);
    }
    if (m_untracked)
        return;
    // The server's slot has not run yet for these bytes: inside its transaction, peek() and
    // bytesAvailable() start where its last read stopped, so this is exactly the new data.
    track(m_socket->peek(m_socket->bytesAvailable()));
}

void ConnectionGuard::track(const QByteArray &chunk)
{
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        if (m_bodyLeft > 0) {
            const qint64 take = qMin<qint64>(m_bodyLeft, chunk.size() - pos);
            m_bodyLeft -= take;
            pos += take;
            continue;
        }
        // Where this header block starts in the chunk (-1: in an earlier read).
        const qsizetype headStart = m_head.isEmpty() ? pos : -1;
        const qsizetype before = m_head.size();
        m_head += QByteArrayView(chunk).sliced(pos);
        const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
        if (end < 0) {
            if (m_head.size() > MaxHeadBytes) {
                m_untracked = true;
                m_head.clear();
            }
            return;
        }
        pos += end + 4 - before;
        const QByteArray head = m_head.left(end);
        m_head.clear();

        qint64 contentLength = 0;
        const QList<QByteArray> lines = head.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "transfer-encoding") {
                m_untracked = true; // chunked: Server::handleRequest() checks the size instead
                return;
            }
            if (name == "content-length") {
                bool ok = false;
                contentLength = line.mid(colon + 1).trimmed().toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    m_untracked = true;
                    return;
                }
            }
        }
        // Early only when no earlier request shares this read (its bytes must reach the server).
        if (contentLength > m_listener->options().maxBodyBytes && headStart <= 0) {
            rejectTooLarge(contentLength, chunk.size() - pos);
            return;
        }
        m_bodyLeft = contentLength;
    }
}

void ConnectionGuard::rejectTooLarge(qint64 contentLength, qint64 bodyBytesInChunk)
{
    qCDebug(lc) << "413 before reading a body of" << contentLength << "bytes";
    m_phase = Phase::Draining;
    m_drainLeft = contentLength - bodyBytesInChunk;
    m_socket->write(m_listener->tooLargeAnswer());
    // The body is read and dropped (closing with unread data would reset the connection, and the
    // client might never see the 413), for at most requestTimeout seconds.
    m_timer.start(m_listener->options().requestTimeout * 1000);
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    if (m_drainLeft <= 0)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::drain()
{
    // The server's slot opened a transaction and read nothing: end it and drop what came.
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    const qint64 n = m_socket->bytesAvailable();
    m_socket->skip(n);
    m_drainLeft -= n;
    if (m_drainLeft <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

void ConnectionGuard::onTimeout()
{
    if (!m_listener)
        return;
    switch (m_phase) {
    case Phase::Request:
        qCDebug(lc) << "closing a connection: no complete request in" << m_listener->options().requestTimeout << "s";
        break;
    case Phase::Idle: qCDebug(lc) << "closing a connection idle for" << m_listener->options().idleTimeout << "s"; break;
    case Phase::Draining: qCDebug(lc) << "closing a connection still sending an oversized body"; break;
    }
    m_timer.stop();
    m_socket->abort();
    // The server deletes a socket on disconnected(), unless its parser failed and cut every
    // connection of the socket; deleteLater() twice is safe.
    m_socket->deleteLater();
}

Listener::Listener(const Options &options, std::function<QByteArray()> tooLarge, QObject *parent)
    : QTcpServer(parent), m_options(options), m_tooLarge(std::move(tooLarge))
{
}

void Listener::incomingConnection(qintptr socketDescriptor)
{
    if (m_open >= m_options.maxConnections) {
        qCWarning(lc) << "refusing a connection:" << m_open << "open, the limit is" << m_options.maxConnections
                      << "(--max-connections)";
        QTcpSocket refused;
        refused.setSocketDescriptor(socketDescriptor);
        refused.abort();
        return;
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new ConnectionGuard(this, socket); // connects its readyRead slot before the server's
    addPendingConnection(socket);
}

} // namespace sandbox
