#include "Server.h"

#include "AuthApi.h"
#include "Connections.h"
#include "Context.h"
#include "ControlApi.h"
#include "Http.h"
#include "ManagementApi.h"
#include "RegistrationApi.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
Q_LOGGING_CATEGORY(lc, "tc.sandbox.server", QtInfoMsg)

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET"_ba;
    case QHttpServerRequest::Method::Put: return "PUT"_ba;
    case QHttpServerRequest::Method::Delete: return "DELETE"_ba;
    case QHttpServerRequest::Method::Post: return "POST"_ba;
    case QHttpServerRequest::Method::Head: return "HEAD"_ba;
    case QHttpServerRequest::Method::Options: return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch: return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect: return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace: return "TRACE"_ba;
    default: return "UNKNOWN"_ba;
    }
}

Request toRequest(const QHttpServerRequest &in)
{
    Request r;
    r.method = methodName(in.method());
    const QUrl url = in.url();
    r.path = url.path(QUrl::FullyDecoded);
    r.query = in.query();
    const auto headers = in.headers();
    r.headers.reserve(headers.size());
    for (const auto &h : headers)
        r.headers.insert(h.first.toLower(), h.second.trimmed());
    r.body = in.body();
    r.remote = in.remoteAddress();
    return r;
}

bool isControlPath(const QString &path)
{
    return path.startsWith(u"/_sandbox/"_s, Qt::CaseInsensitive)
           || path.compare(u"/_sandbox"_s, Qt::CaseInsensitive) == 0;
}

// The path for logs: a DeviceToken in /v1/Management/users/{DeviceToken} is masked.
QString loggable(const QString &path)
{
    static const QString prefix = u"/v1/management/users/"_s;
    if (path.startsWith(prefix, Qt::CaseInsensitive) && path.size() > prefix.size()
        && path.compare(u"/v1/management/users/find"_s, Qt::CaseInsensitive) != 0
        && path.compare(u"/v1/management/users/getfilteredpage"_s, Qt::CaseInsensitive) != 0
        && !path.mid(prefix.size()).contains(u'/'))
        return path.left(prefix.size()) + u"{DeviceToken}"_s;
    return path;
}

Reply methodNotAllowed(const QByteArray &allowed)
{
    Reply r = http::error(405, u"Method Not Allowed"_s, {u"This path accepts %1."_s.arg(QString::fromLatin1(allowed))});
    r.headers.append({"Allow"_ba, allowed});
    return r;
}

Reply payloadTooLarge(qint64 limit)
{
    return http::error(413, u"Payload Too Large"_s,
                       {http::fieldError(u"body"_s, u"The request body is larger than %1 bytes."_s.arg(limit))});
}

Reply notFound(const QString &path)
{
    return http::error(404, u"Not Found"_s, {u"No route for %1."_s.arg(path)});
}

QString jsonString(const QString &s)
{
    // A JSON string literal, quotes included.
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}
} // namespace

Server::Server(const Options &options, QObject *parent)
    : QAbstractHttpServer(parent), m_ctx(std::make_unique<Context>(options))
{
    m_clockSinceStart.start();
}

Server::~Server()
{
    stop();
}

bool Server::start()
{
    if (m_running)
        return true;
    auto fail = [this](const QString &error) {
        m_error = error;
        qCDebug(lc) << "start failed:" << error;
        Q_EMIT startFailed(error);
        return false;
    };
    QString error;
    if (!m_ctx->db.open(m_ctx->options.dbPath, &error))
        return fail(error);
    m_ctx->jwt.setSecret(m_ctx->db.jwtSecret());
    // Our own QTcpServer (Connections.h): connection cap, timeouts and an early 413.
    auto *listener = new Listener(
            m_ctx->options,
            [this] { return http::serialize(payloadTooLarge(m_ctx->options.maxBodyBytes), dateHeader(), true); }, this);
    if (!listener->listen(QHostAddress::LocalHost, m_ctx->options.port)) {
        delete listener;
        m_ctx->db.close();
        return fail(u"cannot listen on 127.0.0.1:%1"_s.arg(m_ctx->options.port));
    }
    bind(listener);
    m_port = listener->serverPort();
    m_ctx->sessions = std::make_unique<Sessions>(m_ctx->db, m_ctx->jwt, m_ctx->clock, m_ctx->options,
                                                 baseUrl().toString() + u'/');
    m_registration = std::make_unique<RegistrationApi>(*m_ctx);
    m_auth = std::make_unique<AuthApi>(*m_ctx);
    m_management = std::make_unique<ManagementApi>(*m_ctx);
    m_control = std::make_unique<ControlApi>(*m_ctx);
    m_running = true;
    m_error.clear();
    qCDebug(lc) << "listening on" << baseUrl().toString();
    Q_EMIT started(startupInfo());
    return true;
}

void Server::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // Deleting the listening QTcpServers also deletes their connections (children).
    const auto listeners = servers();
    for (QTcpServer *s : listeners) {
        s->close();
        delete s;
    }
    m_control.reset();
    m_management.reset();
    m_auth.reset();
    m_registration.reset();
    m_ctx->sessions.reset();
    m_ctx->db.close();
    qCDebug(lc) << "stopped";
}

QUrl Server::baseUrl() const
{
    if (!m_port)
        return {};
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_port);
    return u;
}

QJsonObject Server::startupInfo() const
{
    if (!m_running)
        return {};
    const ApiCredentials &api = m_ctx->db.apiCredentials();
    QJsonArray groups;
    for (const auto &g : m_ctx->db.groups())
        groups.append(QJsonObject{{u"instance_id"_s, g.instanceId}, {u"instance_key"_s, g.instanceKey}});
    return QJsonObject{
            {u"port"_s, int(m_port)},
            {u"base_url"_s, baseUrl().toString()},
            {u"admin"_s,
             QJsonObject{{u"instance_id"_s, api.instanceId}, {u"email"_s, api.email}, {u"password"_s, api.password}}},
            {u"groups"_s, groups}};
}

QByteArray Server::startupLine() const
{
    if (!m_running)
        return {};
    const ApiCredentials &api = m_ctx->db.apiCredentials();
    QString line = u"{\"port\": %1, \"base_url\": %2, \"admin\": {\"instance_id\": %3, \"email\": %4, "
                   "\"password\": %5}, \"groups\": ["_s.arg(QString::number(m_port), jsonString(baseUrl().toString()),
                                                            jsonString(api.instanceId), jsonString(api.email),
                                                            jsonString(api.password));
    const auto &groups = m_ctx->db.groups();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (i)
            line += u", "_s;
        line += u"{\"instance_id\": "_s + jsonString(groups[i].instanceId) + u", \"instance_key\": "_s
                + jsonString(groups[i].instanceKey) + u'}';
    }
    line += u"]}"_s;
    return line.toUtf8();
}

QByteArray Server::dateHeader()
{
    const qint64 now = m_ctx->clock.nowSecs();
    if (now != m_dateSecs) {
        m_dateSecs = now;
        m_date = http::httpDate(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    }
    return m_date;
}

bool Server::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!m_running) {
        socket->abort();
        return true;
    }
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->requestHandled();
    if (request.body().size() > m_ctx->options.maxBodyBytes) {
        // What the Listener could not stop early (a chunked body): answered unparsed, then closed.
        qCDebug(lc) << "413 for a body of" << request.body().size() << "bytes";
        socket->write(http::serialize(payloadTooLarge(m_ctx->options.maxBodyBytes), dateHeader(), true));
        socket->disconnectFromHost();
        return true;
    }
    const Request req = toRequest(request);
    if (m_ctx->options.enableFaults && !isControlPath(req.path)) {
        ReceivedRequest r;
        r.method = req.method;
        r.path = req.path;
        r.instanceId = req.headerString("instanceid");
        if (req.hasHeader("instancekey"))
            r.instanceKeySha256 = QString::fromLatin1(
                    QCryptographicHash::hash(req.header("instancekey"), QCryptographicHash::Sha256).toHex());
        r.bearer = req.hasHeader("authorization");
        m_ctx->received.push_back(std::move(r));
        if (m_ctx->received.size() > Context::MaxReceived)
            m_ctx->received.pop_front();
        if (const auto fault = m_ctx->faults.take(req.method, req.path)) {
            applyFault(*fault, req, socket);
            return true;
        }
    }
    if (m_ctx->options.latencyMs > 0 && !isControlPath(req.path)) {
        respondLater(socket, req);
        return true;
    }
    respond(socket, req);
    return true;
}

void Server::respondLater(QTcpSocket *socket, const Request &request)
{
    // --latency-ms: the answer (and the work) waits on a timer, so other connections are served
    // meanwhile, as a remote service's round trip would. Answers on one connection keep their
    // order (a pipelining client must not see them swapped by the jitter).
    const Options &o = m_ctx->options;
    qint64 delay = o.latencyMs;
    if (o.jitterMs > 0)
        delay += qint64(QRandomGenerator::global()->bounded(2 * o.jitterMs + 1)) - o.jitterMs;
    // One reading of the clock: read twice, a busy machine could pass `at` in between, and a
    // negative interval is refused by QTimer (a warning, and the request was never answered).
    const qint64 now = m_clockSinceStart.elapsed();
    const qint64 due = now + std::max<qint64>(delay, 0);
    static const char *const lastDue = "tc_sandbox_last_due";
    const qint64 at = std::max(due, socket->property(lastDue).toLongLong());
    socket->setProperty(lastDue, at);
    const QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(std::chrono::milliseconds(at - now), Qt::PreciseTimer, this, [this, guarded, request] {
        if (!m_running)
            return;
        // The work is done even if the client has gone (as a remote service would).
        const Reply r = dispatch(request);
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            send(guarded, request, r);
    });
}

void Server::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers every request. Kept to satisfy the interface.
    const Request req = toRequest(request);
    send(socket, req, notFound(req.path));
}

void Server::respond(QTcpSocket *socket, const Request &request)
{
    QElapsedTimer timer;
    timer.start();
    const Reply reply = dispatch(request);
    send(socket, request, reply);
    qCDebug(lc).noquote() << request.method << loggable(request.path) << reply.status << timer.nsecsElapsed() / 1000
                          << "us";
}

void Server::applyFault(const Fault &fault, const Request &request, QTcpSocket *socket)
{
    qCInfo(lc).noquote() << "fault" << fault.toJson().value(u"kind"_s).toString() << "on" << request.method
                         << loggable(request.path);
    switch (fault.kind) {
    case FaultKind::Html500: {
        Reply r;
        r.status = 500;
        r.contentType = "text/html; charset=utf-8"_ba;
        r.body = "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
                 "<body><h1>500 Internal Server Error</h1><p>The upstream service failed "
                 "(injected by telematics-sandbox).</p></body></html>\n"_ba;
        send(socket, request, r);
        return;
    }
    case FaultKind::Truncated: {
        // The work is done; the answer is cut in half (framing intact: Content-Length matches).
        Reply r = dispatch(request);
        r.body.truncate(qMax<qsizetype>(1, r.body.size() / 2));
        send(socket, request, r);
        return;
    }
    case FaultKind::Delay: {
        // The request waits on a timer, so other connections are served meanwhile. The work is
        // done after the delay even if the client has gone (as a real server would).
        const QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(fault.delayMs, Qt::PreciseTimer, this, [this, guarded, request] {
            if (!m_running)
                return;
            const Reply r = dispatch(request);
            if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
                send(guarded, request, r);
        });
        return;
    }
    case FaultKind::DropBefore: socket->abort(); return;
    case FaultKind::DropAfter:
        dispatch(request); // the work is committed...
        socket->abort();   // ...and the connection closes with no answer at all
        return;
    case FaultKind::DropMidAnswer: {
        // The work is done; the status line, the headers and half the body go out, then the
        // connection closes. Unlike a close before any byte (which QNetworkAccessManager silently
        // re-sends), this reaches the client as a transport error.
        const Reply r = dispatch(request);
        const QByteArray bytes = http::serialize(r, dateHeader(), true);
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n") + 4;
        socket->write(bytes.left(headEnd + qMax<qsizetype>(1, (bytes.size() - headEnd) / 2)));
        socket->disconnectFromHost();
        return;
    }
    case FaultKind::Envelope401:
        send(socket, request, http::envelope(401, QJsonValue::Null, u"Unauthorized"_s, {}, 200));
        return;
    case FaultKind::Trickle: {
        // The work is done; the status line and headers go out at once, then the body one byte at
        // a time: the connection is never silent for long, but the answer takes (body bytes x
        // intervalMs) to arrive.
        const QByteArray bytes = http::serialize(dispatch(request), dateHeader(), true);
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n") + 4;
        socket->write(bytes.left(headEnd));
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(headEnd);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, bytes, sent] {
            if (*sent >= bytes.size() || socket->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(bytes.mid((*sent)++, 1));
        });
        timer->start(fault.intervalMs);
        return;
    }
    case FaultKind::Status: {
        const QString title = QString::fromLatin1(http::reasonPhrase(fault.status));
        Reply r = http::error(fault.status, title);
        if (fault.retryAfter >= 0)
            r.headers.append({"Retry-After"_ba, QByteArray::number(fault.retryAfter)});
        send(socket, request, r);
        return;
    }
    }
}

void Server::send(QTcpSocket *socket, const Request &request, const Reply &reply)
{
    const bool close = request.header("connection").toLower().contains("close");
    socket->write(http::serialize(reply, dateHeader(), close));
    if (close)
        socket->disconnectFromHost();
}

Reply Server::dispatch(const Request &request)
{
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QString p = path.toLower();
    const QByteArray &m = request.method;

    if (p == u"/v1/registration/create"_s)
        return m == "POST" ? m_registration->create(request) : methodNotAllowed("POST"_ba);
    if (p == u"/v1/registration/createmany"_s)
        return m == "POST" ? m_registration->createMany(request) : methodNotAllowed("POST"_ba);
    if (p == u"/v1/auth/login"_s)
        return m == "POST" ? m_auth->login(request) : methodNotAllowed("POST"_ba);
    if (p == u"/v1/auth/refreshtoken"_s)
        return m == "POST" ? m_auth->refresh(request) : methodNotAllowed("POST"_ba);
    if (p == u"/v1/management/users/find"_s)
        return m == "GET" ? m_management->find(request) : methodNotAllowed("GET"_ba);
    if (p == u"/v1/management/users"_s) {
        if (m == "GET")
            return m_management->getUser(request);
        if (m == "PUT")
            return m_management->updateUser(request);
        return methodNotAllowed("GET, PUT"_ba);
    }
    if (p == u"/v1/management/users/getfilteredpage"_s)
        return m == "POST" ? m_management->filteredPage(request) : methodNotAllowed("POST"_ba);
    if (p == u"/v1/management/users/instances/change"_s)
        return m == "POST" ? m_management->changeInstance(request) : methodNotAllowed("POST"_ba);
    static const QString usersPrefix = u"/v1/management/users/"_s;
    if (p.startsWith(usersPrefix) && !p.mid(usersPrefix.size()).contains(u'/')) {
        const QString deviceToken = path.mid(usersPrefix.size());
        return m == "DELETE" ? m_management->deleteUser(request, deviceToken) : methodNotAllowed("DELETE"_ba);
    }
    if (m_ctx->options.enableFaults && isControlPath(p))
        return m_control->handle(request, p);
    return notFound(request.path);
}

} // namespace sandbox
