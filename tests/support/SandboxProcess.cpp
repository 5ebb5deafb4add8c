#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

struct ControlReply
{
    int status = 0;
    QByteArray body;
};

// One synchronous request against a control route; a local event loop is fine in test support.
ControlReply controlRequest(const QUrl &baseUrl, const QByteArray &verb, const QString &path,
                            const QByteArray &body = {})
{
    ControlReply out;
    if (!baseUrl.isValid())
        return out;
    QNetworkAccessManager nam;
    QUrl url = baseUrl;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setTransferTimeout(10000);
    if (!body.isNull())
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (reply->isFinished()) {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
    } else {
        reply->abort();
    }
    delete reply;
    return out;
}

} // namespace

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    stop();
    m_startup = {};
    m_error.clear();
    m_exitCode = -1;
    m_exitStatus = QProcess::NormalExit;

    const QString bin = qEnvironmentVariable("TC_SANDBOX_BIN");
    if (bin.isEmpty()) {
        m_error = u"TC_SANDBOX_BIN is not set"_s;
        return false;
    }
    m_proc = new QProcess;
    m_proc->setProgram(bin);
    m_proc->setArguments(QStringList{u"--port"_s, u"0"_s, u"--enable-faults"_s} + extraArgs);
    m_proc->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_proc->start();
    if (!m_proc->waitForStarted(timeoutMs)) {
        m_error = u"could not start "_s + bin + u": "_s + m_proc->errorString();
        delete m_proc;
        m_proc = nullptr;
        return false;
    }

    QDeadlineTimer deadline(timeoutMs);
    while (!m_proc->canReadLine()) {
        if (m_proc->state() != QProcess::Running || deadline.hasExpired())
            break;
        m_proc->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    if (!m_proc->canReadLine()) {
        m_error = m_proc->state() == QProcess::Running
                          ? u"no start-up line within %1 ms"_s.arg(timeoutMs)
                          : u"sandbox exited before its start-up line (exit code %1)"_s.arg(m_proc->exitCode());
        stop();
        return false;
    }
    const QByteArray line = m_proc->readLine().trimmed();
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject() || doc.object().value(u"port"_s).toInt() <= 0) {
        m_error = u"start-up line is not the expected JSON: "_s + QString::fromUtf8(line);
        stop();
        return false;
    }
    m_startup = doc.object();
    return true;
}

void SandboxProcess::stop()
{
    if (!m_proc)
        return;
    if (m_proc->state() != QProcess::NotRunning) {
        m_proc->terminate(); // SIGTERM
        if (!m_proc->waitForFinished(5000)) {
            m_proc->kill();
            m_proc->waitForFinished(2000);
        }
    }
    m_exitStatus = m_proc->exitStatus();
    m_exitCode = m_exitStatus == QProcess::NormalExit ? m_proc->exitCode() : -1;
    delete m_proc;
    m_proc = nullptr;
}

bool SandboxProcess::isRunning() const
{
    return m_proc && m_proc->state() == QProcess::Running;
}

qint64 SandboxProcess::processId() const
{
    return isRunning() ? m_proc->processId() : 0;
}

QUrl SandboxProcess::baseUrl() const
{
    return QUrl(m_startup.value(u"base_url"_s).toString());
}

quint16 SandboxProcess::port() const
{
    return quint16(m_startup.value(u"port"_s).toInt());
}

QString SandboxProcess::adminInstanceId() const
{
    return m_startup.value(u"admin"_s).toObject().value(u"instance_id"_s).toString();
}

QString SandboxProcess::adminEmail() const
{
    return m_startup.value(u"admin"_s).toObject().value(u"email"_s).toString();
}

QString SandboxProcess::adminPassword() const
{
    return m_startup.value(u"admin"_s).toObject().value(u"password"_s).toString();
}

QString SandboxProcess::groupInstanceId(int i) const
{
    return m_startup.value(u"groups"_s).toArray().at(i).toObject().value(u"instance_id"_s).toString();
}

QString SandboxProcess::groupInstanceKey(int i) const
{
    return m_startup.value(u"groups"_s).toArray().at(i).toObject().value(u"instance_key"_s).toString();
}

bool SandboxProcess::injectFault(const QUrl &baseUrl, const QJsonObject &spec)
{
    const ControlReply r = controlRequest(baseUrl, "POST"_ba, u"/_sandbox/faults"_s,
                                          QJsonDocument(spec).toJson(QJsonDocument::Compact));
    return r.status == 200 && QJsonDocument::fromJson(r.body).object().value(u"ok"_s).toBool();
}

bool SandboxProcess::clearFaults(const QUrl &baseUrl)
{
    return controlRequest(baseUrl, "DELETE"_ba, u"/_sandbox/faults"_s).status == 200;
}

bool SandboxProcess::shiftClock(const QUrl &baseUrl, qint64 secs)
{
    const QJsonObject body{{u"offsetSeconds"_s, double(secs)}};
    return controlRequest(baseUrl, "POST"_ba, u"/_sandbox/clock"_s, QJsonDocument(body).toJson(QJsonDocument::Compact))
                   .status
           == 200;
}

QJsonArray SandboxProcess::receivedRequests(const QUrl &baseUrl)
{
    const ControlReply r = controlRequest(baseUrl, "GET"_ba, u"/_sandbox/requests"_s);
    if (r.status != 200)
        return {};
    return QJsonDocument::fromJson(r.body).object().value(u"requests"_s).toArray();
}

int SandboxProcess::receivedCount(const QString &path, const QByteArray &method) const
{
    int n = 0;
    const QJsonArray all = receivedRequests();
    for (const QJsonValue &v : all) {
        const QJsonObject r = v.toObject();
        n += r.value(u"path"_s).toString().endsWith(path)
             && (method.isEmpty() || r.value(u"method"_s).toString().toLatin1() == method);
    }
    return n;
}

QJsonArray SandboxProcess::issuedUsers(const QUrl &baseUrl)
{
    const ControlReply r = controlRequest(baseUrl, "GET"_ba, u"/_sandbox/users"_s);
    if (r.status != 200)
        return {};
    return QJsonDocument::fromJson(r.body).object().value(u"users"_s).toArray();
}
