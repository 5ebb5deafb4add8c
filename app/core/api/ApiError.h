#pragma once
// The one error type of the console (after QtKeychain's Job::Error + errorString()): a closed set
// of kinds, the HTTP and envelope facts that led to it, and message(): a sentence a person can
// act on. ApiError::classify() turns the facts of a finished reply into one, in stages:
// transport error -> JSON parse -> envelope shape -> HTTP/envelope status.
#include "core/api/Envelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

#include <optional>

namespace tc {

class ApiError
{
public:
    enum class Kind {
        None,        // no error
        Network,     // could not reach the service, or the connection broke
        Tls,         // the secure connection failed (certificate, handshake)
        Timeout,     // no answer within the timeout (a silence, or the whole request's deadline)
        Canceled,    // cancelled by the person or the program: not an error to show
        Http,        // the service answered with an error status (other than the ones below)
        Parse,       // the answer is not JSON (HTML page, truncated or garbage)
        Schema,      // JSON, but not the shape the call expects (no envelope, missing fields)
        Auth,        // 401/403 (and a dead refresh token): log in again / use the right token
        RateLimited, // 429
        Keychain,    // the OS keychain is unavailable or locked
        Validation,  // bad input: nothing was sent
    };

    // What kind of call failed; only changes the wording of message() and how a refresh's
    // 400/419 are read (as a dead refresh token).
    enum class Context { General, Login, Refresh, Registration, Bearer };

    ApiError() = default;
    ApiError(Kind kind, QString detail);

    static ApiError validation(const QString &what);
    static ApiError keychain(const QString &detail);
    static ApiError canceled();
    // The console's own login budget said no (nothing was sent): kind RateLimited, no HTTP status,
    // message "Logins paused until HH:mm: <detail>".
    static ApiError loginsPaused(const QDateTime &until, const QDateTime &now, const QString &detail);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    bool isCanceled() const { return m_kind == Kind::Canceled; }
    Context context() const { return m_context; }

    int httpStatus() const { return m_httpStatus; }                        // 0 when no HTTP answer
    std::optional<int> envelopeStatus() const { return m_envelopeStatus; } // the body's Status
    int effectiveStatus() const;                                           // the status that decided
    bool statusMismatch() const { return m_statusMismatch; }               // envelope Status != HTTP
    QString title() const { return m_title; }
    QList<ErrorDetail> errors() const { return m_errors; }
    std::optional<qint64> retryAfterSecs() const { return m_retryAfterSecs; }
    QDateTime retryAt() const { return m_retryAt; } // UTC
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    // Whether the request may have reached the service and been acted on although no usable
    // answer came: a timeout, a connection dropped after sending, a 5xx, a 2xx or status-less
    // answer that could not be read. False for errors that prove nothing was processed (refused
    // connection, unknown host, TLS, 4xx, a validation or keychain problem) and for no error.
    bool mayHaveBeenProcessed(int httpStatus = 0) const;
    QString detail() const { return m_detail; } // technical detail (Qt error string, parse error)
    QString host() const { return m_host; }
    int timeoutMs() const { return m_timeoutMs; }
    // Kind Timeout: the hard deadline (send to last byte) ended the request, not a silence.
    bool deadlineExceeded() const { return m_deadlineExceeded; }
    // Set when the answer was refused for its size (kind Parse): the cap in bytes.
    qint64 answerCapBytes() const { return m_answerCapBytes; }

    // A sentence a person can act on.
    QString message() const;
    // "network", "tls", ..., "validation" (stable names for --json output and logs).
    static QString kindName(Kind kind);
    // {"kind", "message", "http_status", "status", "title", "errors": [{"key","message"}],
    //  "retry_after", "status_mismatch"} for --json output.
    QJsonObject toJson() const;

    // Setters for the classifier and for callers that add context.
    void setContext(Context c) { m_context = c; }
    void setHost(const QString &host) { m_host = host; }
    void setDetail(const QString &d) { m_detail = d; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    // The facts of one finished reply.
    struct ReplyFacts
    {
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkErrorString;
        bool canceledByCaller = false; // cancel() was called (else OperationCanceled = timeout)
        // https, a new connection was opened for this request and its TLS handshake never
        // finished (a close then is a TLS failure, e.g. a plain-HTTP port).
        bool tlsHandshakeIncomplete = false;
        // The client refused the server's certificate itself (a pinned origin): why, in words.
        QString tlsProblem;
        int timeoutMs = 0;
        // The client's deadline (timeoutMs from send to last byte) aborted the reply.
        bool deadlineExceeded = false;
        // Non-zero: the client aborted the reply because the answer was larger than this many
        // bytes (announced by Content-Length, or received). answerBytes: what it announced or
        // what had arrived when it was refused.
        qint64 answerCapBytes = 0;
        qint64 answerBytes = 0;
        bool answerAnnounced = false; // answerBytes is the Content-Length (else: bytes received)
        int httpStatus = 0;           // 0 when no HTTP status line arrived
        QByteArray contentType;
        QByteArray body;
        QByteArray retryAfter; // raw Retry-After header
        QByteArray location;   // raw Location header (redirects)
        QDateTime now;         // for Retry-After as HTTP-date
        QString host;
        Context context = Context::General;
        // For raw requests: a body that is not JSON or not an envelope is not an error
        // (the status alone decides).
        bool lenientBody = false;
    };
    // Classifies in stages; `envelope` (optional) receives the parsed envelope when there is one.
    static ApiError classify(const ReplyFacts &facts, Envelope *envelope = nullptr);

    // Retry-After: delta-seconds or HTTP-date. Returns seconds from `now` (never negative).
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now,
                                                 QDateTime *at = nullptr);

private:
    static Kind kindForStatus(int status, Context context);
    QString statusSuffix() const;

    Kind m_kind = Kind::None;
    Context m_context = Context::General;
    int m_httpStatus = 0;
    std::optional<int> m_envelopeStatus;
    bool m_statusMismatch = false;
    bool m_htmlBody = false;
    bool m_notEnvelope = false;
    QString m_title;
    QList<ErrorDetail> m_errors;
    std::optional<qint64> m_retryAfterSecs;
    QDateTime m_retryAt;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_detail;
    QString m_host;
    QString m_location;
    int m_timeoutMs = 0;
    bool m_deadlineExceeded = false;
    qint64 m_answerCapBytes = 0;
    qint64 m_answerBytes = 0;
    bool m_answerAnnounced = false;
};

} // namespace tc

Q_DECLARE_METATYPE(tc::ApiError)
