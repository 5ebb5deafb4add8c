#pragma once
// sandbox::Server: the local stand-in for the Telematics user service, on 127.0.0.1 only.
//
// A QAbstractHttpServer subclass (QHttpServer is final in Qt 6.4 and its router answers unknown
// paths with an empty 404): every request reaches handleRequest(), which routes it, applies queued
// faults, and writes the whole answer itself with a Date header from the sandbox clock.
//
// Threads: a Server and its SQLite connection belong to the thread it lives on when start() runs.
// To run it off the GUI thread use sandbox::ServerThread (ServerThread.h), or moveToThread() and
// invoke start() there. Several Servers may run in one process.
//
// Routes (any other path: 404 with the envelope; a known path with a wrong method: 405 with the
// envelope and an Allow header):
//   POST /v1/Registration/Create, POST /v1/Registration/CreateMany, POST /v1/Auth/Login,
//   POST /v1/Auth/RefreshToken, GET /v1/Management/users/find, GET|PUT /v1/Management/users,
//   DELETE /v1/Management/users/{DeviceToken}; with enableFaults also /_sandbox/... (ControlApi.h).
// Paths match case-insensitively; a trailing slash is ignored.
//
// Limits (Options.h): it listens through its own QTcpServer (Connections.h) for the connection cap,
// the header-read and idle timeouts and an early 413 on a declared Content-Length; handleRequest()
// answers 413 to any body over maxBodyBytes that got past (chunked), before parsing it.
#include "sandbox/Options.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace sandbox {

struct Context;
struct Request;
struct Reply;
struct Fault;
class RegistrationApi;
class AuthApi;
class ManagementApi;
class ControlApi;

class Server : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit Server(const Options &options = {}, QObject *parent = nullptr);
    ~Server() override;

    // Opens the database (seeding the demo credentials on its first start) and listens on
    // 127.0.0.1:options.port. Emits started() or startFailed(); returns the same verdict.
    bool start();
    // Stops listening, drops every connection and closes the database. Safe to call twice.
    void stop();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // The start-up document of CLI.md: {port, base_url, admin{instance_id,email,password},
    // groups[{instance_id,instance_key} x2]}.
    QJsonObject startupInfo() const;
    // The same as one line of JSON with CLI.md's key order (no trailing newline).
    QByteArray startupLine() const;

Q_SIGNALS:
    void started(const QJsonObject &startupInfo);
    void startFailed(const QString &error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Reply dispatch(const Request &request);
    void respond(QTcpSocket *socket, const Request &request);
    void respondLater(QTcpSocket *socket, const Request &request); // --latency-ms
    void applyFault(const Fault &fault, const Request &request, QTcpSocket *socket);
    void send(QTcpSocket *socket, const Request &request, const Reply &reply);
    QByteArray dateHeader();

    std::unique_ptr<Context> m_ctx;
    std::unique_ptr<RegistrationApi> m_registration;
    std::unique_ptr<AuthApi> m_auth;
    std::unique_ptr<ManagementApi> m_management;
    std::unique_ptr<ControlApi> m_control;
    bool m_running = false;
    quint16 m_port = 0;
    QString m_error;
    qint64 m_dateSecs = -1;
    QByteArray m_date;
    QElapsedTimer m_clockSinceStart; // for --latency-ms
};

} // namespace sandbox
