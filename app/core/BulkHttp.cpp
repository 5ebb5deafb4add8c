#include "core/BulkHttp.h"

#include "core/Envelope.h"
#include "core/HttpDate.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.bulk.http", QtWarningMsg)

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError: return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError: return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError: return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError: return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError: return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyNotFoundError: return QNetworkReply::ProxyNotFoundError;
    case QAbstractSocket::NetworkError: return QNetworkReply::UnknownNetworkError;
    default: return QNetworkReply::UnknownNetworkError;
    }
}
} // namespace

namespace tc {

class BulkHttpConnection : public QObject
{
public:
    BulkHttpConnection(BulkHttp *owner) : QObject(owner), m_owner(owner)
    {
        const bool tls = owner->m_url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
        m_socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { fail(QNetworkReply::OperationCanceledError, u"timed out"_s, false); });
        connect(m_socket, &QAbstractSocket::readyRead, this, &BulkHttpConnection::onReadyRead);
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (!m_busy)
                return; // an idle connection closed by the server: reopened on the next request
            if (e == QAbstractSocket::RemoteHostClosedError && m_untilClose) {
                finishResponse();
                return;
            }
            fail(networkErrorOf(e), m_socket->errorString(), false);
        });
        connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
            if (m_busy && m_untilClose && m_headersDone)
                finishResponse();
        });
        if (tls) {
            auto *ssl = static_cast<QSslSocket *>(m_socket);
            connect(ssl, &QSslSocket::encrypted, this, &BulkHttpConnection::writeRequest);
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                m_tlsError = errors.isEmpty() ? QString() : errors.first().errorString();
            });
        } else {
            connect(m_socket, &QAbstractSocket::connected, this, &BulkHttpConnection::writeRequest);
        }
    }

    bool isBusy() const { return m_busy; }
    quint64 ticket() const { return m_ticket; }

    void start(quint64 ticket, const QByteArray &request, BulkHttp::Callback done)
    {
        m_busy = true;
        m_ticket = ticket;
        m_request = request;
        m_done = std::move(done);
        m_written = false;
        m_canceled = false;
        resetResponse();
        m_timer.start(m_owner->m_timeoutMs);
        if (m_socket->state() == QAbstractSocket::ConnectedState
            && (!qobject_cast<QSslSocket *>(m_socket) || static_cast<QSslSocket *>(m_socket)->isEncrypted())) {
            writeRequest();
            return;
        }
        m_socket->abort();
        const QUrl &u = m_owner->m_url;
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
            ssl->connectToHostEncrypted(u.host(), quint16(u.port(443)));
        else
            m_socket->connectToHost(u.host(), quint16(u.port(80)));
    }

    void cancel()
    {
        if (!m_busy)
            return;
        m_canceled = true;
        fail(QNetworkReply::OperationCanceledError, u"canceled"_s, true);
    }

private:
    void resetResponse()
    {
        m_buffer.clear();
        m_headersDone = false;
        m_status = 0;
        m_contentLength = -1;
        m_chunked = false;
        m_untilClose = false;
        m_closeAfter = false;
        m_headers.clear();
        m_body.clear();
        m_tlsError.clear();
    }

    void writeRequest()
    {
        if (!m_busy || m_written)
            return;
        m_written = true;
        m_socket->write(m_request);
    }

    void onReadyRead()
    {
        if (!m_busy) {
            m_socket->readAll(); // nothing asked: drop it
            return;
        }
        m_buffer.append(m_socket->readAll());
        if (!m_headersDone) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > 64 * 1024)
                    fail(QNetworkReply::ProtocolFailure, u"the answer's headers are too long"_s, false);
                return;
            }
            if (!parseHead(m_buffer.left(end))) {
                fail(QNetworkReply::ProtocolFailure, u"the answer is not HTTP/1.x"_s, false);
                return;
            }
            m_buffer.remove(0, end + 4);
            m_headersDone = true;
        }
        if (m_chunked) {
            // size CRLF data CRLF ... 0 CRLF [trailers] CRLF
            for (;;) {
                const qsizetype eol = m_buffer.indexOf("\r\n");
                if (eol < 0)
                    return;
                bool ok = false;
                const qint64 size = m_buffer.left(eol).split(';').first().trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0) {
                    fail(QNetworkReply::ProtocolFailure, u"bad chunked encoding"_s, false);
                    return;
                }
                if (size == 0) {
                    if (m_buffer.indexOf("\r\n\r\n", eol) < 0 && m_buffer.size() < eol + 4)
                        return;
                    m_buffer.clear();
                    finishResponse();
                    return;
                }
                if (m_buffer.size() < eol + 2 + size + 2)
                    return;
                m_body.append(m_buffer.mid(eol + 2, size));
                m_buffer.remove(0, eol + 2 + size + 2);
            }
        }
        if (m_contentLength >= 0) {
            if (m_buffer.size() >= m_contentLength) {
                m_body = m_buffer.left(m_contentLength);
                m_buffer.clear();
                finishResponse();
            }
            return;
        }
        if (!m_untilClose) { // no body (204, 304) or Content-Length: 0
            finishResponse();
        }
    }

    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QByteArray statusLine = lines.first().trimmed();
        if (!statusLine.startsWith("HTTP/1."))
            return false;
        const QList<QByteArray> parts = statusLine.split(' ');
        if (parts.size() < 2)
            return false;
        bool ok = false;
        m_status = parts.at(1).toInt(&ok);
        if (!ok)
            return false;
        m_closeAfter = statusLine.startsWith("HTTP/1.0");
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_contentLength = value.toLongLong();
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 && value.toLower().contains("chunked"))
                m_chunked = true;
            else if (name.compare("Connection", Qt::CaseInsensitive) == 0)
                m_closeAfter = value.toLower().contains("close") || (m_closeAfter && !value.toLower().contains("keep-alive"));
        }
        if (m_chunked)
            m_contentLength = -1;
        const bool noBody = m_status == 204 || m_status == 304 || (m_status >= 100 && m_status < 200);
        if (noBody)
            m_contentLength = 0;
        m_untilClose = !m_chunked && m_contentLength < 0;
        if (m_untilClose)
            m_closeAfter = true;
        return true;
    }

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : m_headers) {
            if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }

    void finishResponse()
    {
        if (!m_busy)
            return;
        if (m_untilClose && m_body.isEmpty()) {
            m_body = m_buffer;
            m_buffer.clear();
        }
        ApiError::ReplyFacts f;
        f.httpStatus = m_status;
        f.timeoutMs = m_owner->m_timeoutMs;
        f.contentType = header("Content-Type");
        f.body = m_body;
        f.retryAfter = header("Retry-After");
        f.location = header("Location");
        f.now = QDateTime::currentDateTimeUtc();
        f.host = m_owner->m_url.host();
        f.context = ApiError::Context::Registration;
        if (m_status >= 400)
            f.networkError = m_status >= 500 ? QNetworkReply::InternalServerError : QNetworkReply::ProtocolInvalidOperationError;
        Envelope envelope;
        BulkHttp::Reply reply;
        reply.httpStatus = m_status;
        reply.error = ApiError::classify(f, &envelope);
        if (!reply.error.isError()) {
            QString why;
            const auto r = AuthResult::fromJson(envelope.result(), &why);
            if (!r || r->deviceToken.isEmpty()) {
                ApiError e(ApiError::Kind::Schema, r ? u"the answer carries no DeviceToken"_s : why);
                e.setContext(ApiError::Context::Registration);
                e.setHost(f.host);
                e.setHttpStatus(m_status);
                reply.error = e;
            } else {
                reply.result = *r;
            }
        }
        const bool close = m_closeAfter;
        deliver(reply); // not busy from here on: the socket's signals below are ignored
        if (close)
            m_socket->abort();
    }

    void fail(QNetworkReply::NetworkError error, const QString &text, bool byCaller)
    {
        if (!m_busy)
            return;
        ApiError::ReplyFacts f;
        f.networkError = error;
        f.networkErrorString = m_tlsError.isEmpty() ? text : text + u": "_s + m_tlsError;
        f.canceledByCaller = byCaller;
        f.timeoutMs = m_owner->m_timeoutMs;
        f.host = m_owner->m_url.host();
        f.context = ApiError::Context::Registration;
        f.now = QDateTime::currentDateTimeUtc();
        // Nothing was written: the request cannot have reached the server.
        if (!m_written && error == QNetworkReply::RemoteHostClosedError)
            f.networkError = QNetworkReply::ConnectionRefusedError;
        BulkHttp::Reply reply;
        reply.error = ApiError::classify(f);
        deliver(reply);
        m_socket->abort();
    }

    void deliver(const BulkHttp::Reply &reply)
    {
        if (!m_busy || !m_done)
            return;
        m_timer.stop();
        m_busy = false;
        BulkHttp::Callback done = std::move(m_done);
        m_done = nullptr;
        m_request.clear();
        // Always from the event loop, after the socket's own signal has returned.
        QMetaObject::invokeMethod(
                m_owner, [done = std::move(done), reply] { done(reply); }, Qt::QueuedConnection);
    }

    BulkHttp *m_owner;
    QAbstractSocket *m_socket;
    QTimer m_timer;
    bool m_busy = false;
    bool m_written = false;
    bool m_canceled = false;
    quint64 m_ticket = 0;
    QByteArray m_request;
    BulkHttp::Callback m_done;
    QByteArray m_buffer;
    bool m_headersDone = false;
    int m_status = 0;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_untilClose = false;
    bool m_closeAfter = false;
    HeaderList m_headers;
    QByteArray m_body;
    QString m_tlsError;
};

BulkHttp::BulkHttp(const QUrl &baseUrl, const QString &path, int timeoutMs, QObject *parent)
    : QObject(parent), m_url(baseUrl), m_path(path), m_timeoutMs(timeoutMs > 0 ? timeoutMs : 30000)
{
}

BulkHttp::~BulkHttp() = default;

bool BulkHttp::supports(const QUrl &baseUrl)
{
    const QString s = baseUrl.scheme().toLower();
    return (s == u"http"_s || s == u"https"_s) && !baseUrl.host().isEmpty();
}

quint64 BulkHttp::post(const HeaderList &headers, const QByteArray &body, Callback done)
{
    BulkHttpConnection *idle = nullptr;
    for (BulkHttpConnection *c : std::as_const(m_connections)) {
        if (!c->isBusy()) {
            idle = c;
            break;
        }
    }
    if (!idle) {
        idle = new BulkHttpConnection(this);
        m_connections.append(idle);
    }
    QString basePath = m_url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    const QByteArray target = (basePath + (m_path.startsWith(u'/') ? m_path : u"/"_s + m_path)).toUtf8();
    const bool defaultPort = m_url.port() < 0;
    QByteArray request;
    request.reserve(256 + body.size());
    request += "POST " + target + " HTTP/1.1\r\nHost: " + m_url.host(QUrl::FullyEncoded).toUtf8();
    if (!defaultPort)
        request += ':' + QByteArray::number(m_url.port());
    request += "\r\nAccept: application/json\r\nContent-Type: application/json\r\nUser-Agent: telematics-console/" TC_VERSION
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : headers)
        request += h.first + ": " + h.second + "\r\n";
    request += "\r\n";
    request += body;
    const quint64 ticket = ++m_nextTicket;
    idle->start(ticket, request, std::move(done));
    qCDebug(lc) << "POST" << m_path << "#" << ticket;
    return ticket;
}

void BulkHttp::cancel(quint64 ticket)
{
    for (BulkHttpConnection *c : std::as_const(m_connections)) {
        if (c->isBusy() && c->ticket() == ticket)
            c->cancel();
    }
}

} // namespace tc
