#include "ControlApi.h"

#include "Context.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
Reply plain(int status, const QJsonObject &o)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Reply bad(const QString &message)
{
    return plain(400, {{u"ok"_s, false}, {u"error"_s, message}});
}

Reply methodNotAllowed(const QByteArray &allowed)
{
    Reply r = plain(405, {{u"ok"_s, false}, {u"error"_s, u"method not allowed"_s}});
    r.headers.append({"Allow"_ba, allowed});
    return r;
}
} // namespace

Reply ControlApi::handle(const Request &request, const QString &lowerPath)
{
    const QByteArray &m = request.method;
    if (lowerPath == u"/_sandbox/faults"_s) {
        if (m == "POST") {
            const http::ParsedBody body = http::parseJsonObject(request, false);
            if (body.error)
                return bad(u"the body must be a JSON object"_s);
            QString error;
            const auto fault = FaultInjector::parse(body.object, &error);
            if (!fault)
                return bad(error);
            m_ctx.faults.add(*fault);
            return plain(200, {{u"ok"_s, true}});
        }
        if (m == "DELETE") {
            m_ctx.faults.clear();
            return plain(200, {{u"ok"_s, true}});
        }
        if (m == "GET")
            return plain(200, {{u"faults"_s, m_ctx.faults.toJson()}});
        return methodNotAllowed("GET, POST, DELETE"_ba);
    }
    if (lowerPath == u"/_sandbox/clock"_s) {
        if (m == "POST") {
            const http::ParsedBody body = http::parseJsonObject(request, false);
            const QJsonValue v = body.object.value(u"offsetSeconds"_s);
            if (body.error || !v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
                return bad(u"the body must be {\"offsetSeconds\": <integer>}"_s);
            m_ctx.clock.setOffsetSecs(qint64(v.toDouble()));
        } else if (m != "GET") {
            return methodNotAllowed("GET, POST"_ba);
        }
        return plain(200, {{u"ok"_s, true},
                           {u"offsetSeconds"_s, double(m_ctx.clock.offsetSecs())},
                           {u"now"_s, m_ctx.clock.nowUtc().toString(Qt::ISODateWithMs)}});
    }
    if (lowerPath == u"/_sandbox/users"_s) {
        if (m != "GET")
            return methodNotAllowed("GET"_ba);
        QJsonArray users;
        const auto all = m_ctx.db.allUsers();
        for (const auto &u : all) {
            users.append(
                    QJsonObject{{u"DeviceToken"_s, u.deviceToken},
                                {u"InstanceId"_s, u.instanceId},
                                {u"ClientId"_s, u.profile.clientId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(u.profile.clientId)},
                                {u"CreatedAt"_s,
                                 QDateTime::fromMSecsSinceEpoch(u.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
        }
        return plain(200, {{u"users"_s, users}});
    }
    if (lowerPath == u"/_sandbox/requests"_s) {
        // What each request carried (the InstanceKey only as a SHA-256), oldest first; DELETE clears.
        if (m == "DELETE") {
            m_ctx.received.clear();
            return plain(200, {{u"ok"_s, true}});
        }
        if (m != "GET")
            return methodNotAllowed("GET, DELETE"_ba);
        QJsonArray list;
        for (const ReceivedRequest &r : m_ctx.received) {
            list.append(QJsonObject{{u"method"_s, QString::fromLatin1(r.method)},
                                    {u"path"_s, r.path},
                                    {u"instanceId"_s, r.instanceId},
                                    {u"instanceKeySha256"_s, r.instanceKeySha256},
                                    {u"bearer"_s, r.bearer}});
        }
        return plain(200, {{u"requests"_s, list}});
    }
    return plain(404, {{u"ok"_s, false}, {u"error"_s, u"unknown control route"_s}});
}

} // namespace sandbox
