#include "ui/SingleInstance.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.ui.instance", QtInfoMsg)
constexpr qsizetype kMaxRequest = 64 * 1024;

QString folderOrRuntime(const QString &folder)
{
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) : folder;
}
} // namespace

namespace tc {

SingleInstance::SingleInstance(const QString &folder, QObject *parent)
    : QObject(parent), m_lockPath(folderOrRuntime(folder) + u"/telematics-console.lock"_s),
      m_socketPath(folderOrRuntime(folder) + u"/telematics-console.socket"_s), m_lock(m_lockPath)
{
    m_lock.setStaleLockTime(0); // never stale by age: only when its process is gone
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close(); // removes the socket file
    }
}

SingleInstance::Role SingleInstance::claim(const QJsonObject &request, int timeoutMs)
{
    QDir().mkpath(QFileInfo(m_lockPath).absolutePath());
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (m_lock.tryLock(0)) {
            if (!listen()) {
                // Still the one console (the lock says so); later launches cannot reach it and
                // say so themselves.
                qCWarning(lc) << "cannot listen for later launches:" << m_error;
            }
            return Role::First;
        }
        if (m_lock.error() != QLockFile::LockFailedError) {
            m_error = QCoreApplication::translate("tc::SingleInstance", "Cannot create the lock file %1.")
                              .arg(m_lockPath);
            qCWarning(lc) << m_error;
            return Role::First; // a folder we cannot write: run without the guard rather than not at all
        }
        const Role role = handOver(request, int(qMax<qint64>(0, deadline.remainingTime())));
        if (role == Role::Handed || deadline.hasExpired()) {
            return role;
        }
        // The lock's holder just ended, or has not begun to listen: try again shortly.
        QThread::msleep(50);
    }
}

bool SingleInstance::listen()
{
    // Only a console that holds the lock gets here, so a socket file left behind is a dead one's.
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        m_error = m_server->errorString();
        return false;
    }
    qCInfo(lc) << "listening for later launches at" << m_socketPath;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->bytesAvailable() > kMaxRequest) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine()) {
                    return;
                }
                const QJsonObject request = QJsonDocument::fromJson(socket->readLine()).object();
                Q_EMIT requested(request);
                socket->write("ok\n");
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

SingleInstance::Role SingleInstance::handOver(const QJsonObject &request, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        m_error = QCoreApplication::translate("tc::SingleInstance",
                                              "Another Telematics Console is running (its lock is %1) but does "
                                              "not answer: %2")
                          .arg(m_lockPath, socket.errorString());
        return Role::Failed;
    }
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            m_error = QCoreApplication::translate("tc::SingleInstance",
                                                  "Another Telematics Console is running but did not answer in "
                                                  "time.");
            return Role::Failed;
        }
    }
    return socket.readLine().trimmed() == "ok" ? Role::Handed : Role::Failed;
}

} // namespace tc
