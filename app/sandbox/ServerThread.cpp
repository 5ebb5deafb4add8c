#include "ServerThread.h"

#include "Server.h"

using namespace Qt::StringLiterals;

namespace sandbox {

ServerThread::ServerThread(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    m_thread.setObjectName(u"telematics-sandbox"_s);
}

ServerThread::~ServerThread()
{
    stop();
}

void ServerThread::start()
{
    if (m_server)
        return;
    m_thread.start();
    m_server = new Server(m_options);
    m_server->moveToThread(&m_thread);
    connect(m_server, &Server::started, this, [this](const QJsonObject &info) {
        m_info = info;
        Q_EMIT started(info);
    });
    connect(m_server, &Server::startFailed, this, [this](const QString &error) {
        stop();
        Q_EMIT startFailed(error);
    });
    Server *server = m_server;
    QMetaObject::invokeMethod(
            server, [server] { server->start(); }, Qt::QueuedConnection);
}

void ServerThread::stop()
{
    if (!m_server)
        return;
    Server *server = m_server;
    m_server = nullptr;
    m_info = {};
    disconnect(server, nullptr, this, nullptr);
    // The server, its sockets and its database connection die on their own thread.
    QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace sandbox
