#pragma once
// One call to the service. ApiClient returns it at once; it signals finished() later, always
// from the event loop (queued), so a caller can connect first. By default it deletes itself
// after finished() (like QtKeychain's jobs); setAutoDelete(false) to keep it.
#include "core/api/ApiError.h"
#include "core/api/AuthResult.h"
#include "core/api/Envelope.h"
#include "core/api/Exchange.h"

#include <QBasicTimer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkReply;

namespace tc {

enum class LoginFieldsShape {
    Object, // "LoginFields": {"DeviceToken": "..."} / {"Email": "..."} (the seeds, the Android library)
    String, // "LoginFields": "{\"Devicetoken\":\"...\"}" / "{\"email\":\"...\"}" (the newer docs)
};
QString loginFieldsShapeName(LoginFieldsShape shape); // "object" / "string"

// What a user logs in with: the DeviceToken (and the group's InstanceKEY as password), or, for a
// UBI user (seed 003), the phone number or e-mail the user was registered with and the user's own
// password. It names the LoginFields key: {"DeviceToken"}, {"Phone"}, {"Email"}.
enum class UserLogin { DeviceToken, Phone, Email };
QString userLoginName(UserLogin login); // "device-token" / "phone" / "email"
std::optional<UserLogin> userLoginFromName(const QString &name);

class ApiCall : public QObject
{
    Q_OBJECT
public:
    // What a successful answer must contain; checked after the envelope, a miss is Kind::Schema.
    enum class Expect {
        Envelope,         // any envelope
        Raw,              // anything: a non-JSON or non-envelope body is not an error (status decides)
        Auth,             // Login / Refresh: Result with AccessToken.Token
        Registration,     // Create: Result with DeviceToken
        RegistrationMany, // CreateMany: Result.Results[] each with DeviceToken
        UserList,         // users/find: Result is an array (null reads as empty)
        UserObject,       // GET users: Result is an object or null
    };

    ~ApiCall() override;

    quint64 id() const { return m_id; }
    QByteArray method() const { return m_method; }
    QUrl url() const { return m_url; }
    QString label() const { return m_label; } // "Auth/Login", "Registration/Create", ...
    Expect expect() const { return m_expect; }

    // True once finished() has been emitted.
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }

    // The answer. body() is the raw answer, NOT redacted: it may hold tokens.
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    HeaderList replyHeaders() const { return m_replyHeaders; }
    QByteArray replyHeader(QByteArrayView name) const;
    Envelope envelope() const { return m_envelope; }
    QJsonValue result() const { return m_envelope.result(); }
    // Parsed results (filled when the answer has them, even if a later check failed).
    AuthResult authResult() const { return m_authResult.value_or(AuthResult()); }
    bool hasAuthResult() const { return m_authResult.has_value(); }
    QList<AuthResult> authResults() const { return m_authResults; }
    QJsonArray users() const { return m_users; }

    // The reply's Date header (the server's clock; invalid when absent) and when the answer
    // arrived by the client's clock: together they measure clock skew.
    QDateTime serverDate() const { return m_serverDate; }
    QDateTime receivedAt() const { return m_receivedAt; }
    // The redacted record of this call, as the traffic console got it; empty (id 0) when the
    // client built none because nothing took it (ApiClient::recordsExchanges()).
    Exchange exchange() const { return m_exchange; }

    // Set for logins: which LoginFields shape was sent.
    std::optional<LoginFieldsShape> loginFieldsShape() const { return m_loginShape; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool on) { m_autoDelete = on; }

public Q_SLOTS:
    // Aborts the request; finished() follows with error kind Canceled. No-op once finished.
    void cancel();

Q_SIGNALS:
    void finished();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    friend class ApiClient;
    explicit ApiCall(QObject *parent);
    void complete(const ApiError &error);

    quint64 m_id = 0;
    QByteArray m_method;
    QUrl m_url;
    QString m_label;
    Expect m_expect = Expect::Envelope;
    ApiError::Context m_context = ApiError::Context::General;
    std::optional<bool> m_expectAccessToken;
    std::optional<LoginFieldsShape> m_loginShape;

    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_timer;
    QBasicTimer m_deadline; // ApiClient::setTransferTimeout: from sending to the last byte
    bool m_canceled = false;
    bool m_answerStarted = false;     // the answer's status line and headers arrived
    bool m_deadlineExceeded = false;  // the client's deadline aborted the reply
    qint64 m_tooLargeBytes = 0;       // > 0: the answer was refused for its size (bytes seen)
    bool m_tooLargeAnnounced = false; // ...as announced by Content-Length
    QString m_tlsProblem;             // why the pinned origin's certificate was refused
    bool m_connecting = false;        // a new connection was opened for this request
    bool m_encrypted = false;         // ...and its TLS handshake finished
    bool m_completed = false;         // the outcome is known; finished() is queued
    bool m_finished = false;          // finished() has been emitted
    bool m_autoDelete = true;
    int m_lane = -1; // ApiClient::setParallelRequests: the manager it went through

    ApiError m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    HeaderList m_replyHeaders;
    Envelope m_envelope;
    std::optional<AuthResult> m_authResult;
    QList<AuthResult> m_authResults;
    QJsonArray m_users;
    QDateTime m_serverDate;
    QDateTime m_receivedAt;
    Exchange m_exchange;
    bool m_recorded = false; // m_exchange is built (ApiClient::recordsExchanges() when sent)
    // Only while the feed keeps unredacted originals (ExchangeFeed::setKeepUnredacted).
    bool m_keepUnredacted = false;
    HeaderList m_sentHeaders;
    QByteArray m_sentBody;
};

} // namespace tc
