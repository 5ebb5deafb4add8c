#pragma once
// Runs a sandbox::Server on its own QThread, for the console (the GUI thread never touches the
// sandbox's sockets or SQLite). Use from one thread (typically the GUI thread):
//
//     auto *sb = new sandbox::ServerThread(options, this);
//     connect(sb, &sandbox::ServerThread::started, this, [](const QJsonObject &info) { ... });
//     connect(sb, &sandbox::ServerThread::startFailed, this, [](const QString &error) { ... });
//     sb->start();      // returns at once; one of the two signals follows (queued)
//     ...
//     sb->stop();       // blocks until the server is gone and its thread has ended
#include "sandbox/Options.h"

#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QUrl>

namespace sandbox {

class Server;

class ServerThread : public QObject
{
    Q_OBJECT

public:
    explicit ServerThread(const Options &options = {}, QObject *parent = nullptr);
    ~ServerThread() override; // stop()s

    // Q_INVOKABLE: the console reaches them through the meta-object (Module.cpp).
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    bool isRunning() const { return !m_info.isEmpty(); }
    // Set once started() has been emitted; empty otherwise.
    QJsonObject startupInfo() const { return m_info; }
    QUrl baseUrl() const { return QUrl(m_info.value(QLatin1StringView("base_url")).toString()); }

Q_SIGNALS:
    void started(const QJsonObject &startupInfo);
    void startFailed(const QString &error);

private:
    Options m_options;
    QThread m_thread;
    Server *m_server = nullptr;
    QJsonObject m_info;
};

} // namespace sandbox
