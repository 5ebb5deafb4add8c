#pragma once
// A lean HTTP/1.1 client for the bulk run's one route (POST Registration/Create), over a few
// keep-alive connections (QTcpSocket, or QSslSocket for https). Qt 6.4's QNetworkAccessManager
// reads response headers one byte per read() call (about 160 syscalls per answer here); this
// reads what the socket has in one go. Everything after the bytes arrive is ApiClient's own
// logic: ApiError::classify() on the same ReplyFacts, the Registration result check.
//
// One request per connection at a time (no pipelining). A connection the server closed while
// idle is reopened before sending, never after: a POST is not repeated.
//  - connection refused / host not found / TLS handshake failed before the request was written:
//    networkError says so (the bulk run treats that as "not sent");
//  - connection closed or timed out after writing: RemoteHostClosedError / OperationCanceledError
//    (the bulk run treats that as "unknown").
#include "core/ApiError.h"
#include "core/AuthResult.h"
#include "core/Exchange.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace tc {

class BulkHttpConnection;

class BulkHttp : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        ApiError error;
        int httpStatus = 0;
        AuthResult result; // Registration: DeviceToken (+ tokens when asked for)
    };
    using Callback = std::function<void(const Reply &)>;

    // baseUrl + path: the endpoint; timeoutMs bounds each request (connect, write, answer).
    BulkHttp(const QUrl &baseUrl, const QString &path, int timeoutMs, QObject *parent = nullptr);
    ~BulkHttp() override;

    // Sends one POST on an idle connection (a new one when none is idle). The callback runs
    // later, from the event loop, exactly once (unless the BulkHttp is destroyed first).
    // Returns a ticket for cancel().
    quint64 post(const HeaderList &headers, const QByteArray &body, Callback done);
    // Aborts that request: its callback reports OperationCanceledError (canceled by the caller).
    void cancel(quint64 ticket);
    int connectionCount() const { return int(m_connections.size()); }

    // The URL scheme is http or https.
    static bool supports(const QUrl &baseUrl);

private:
    friend class BulkHttpConnection;
    QUrl m_url;
    QString m_path;
    int m_timeoutMs;
    quint64 m_nextTicket = 0;
    QList<BulkHttpConnection *> m_connections;
};

} // namespace tc
