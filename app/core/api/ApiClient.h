#pragma once
// The client of the Telematics user service. One injected QNetworkAccessManager; every request
// and answer passes through send(), which attaches headers, starts the timeout, classifies the
// answer into an ApiError and emits the redacted Exchange for the traffic console.
#include "core/api/ApiCall.h"
#include "core/api/ApiError.h"
#include "core/api/Exchange.h"
#include "core/api/ExchangeFeed.h"
#include "core/api/RegistrationProfile.h"
#include "core/api/TlsTrust.h"
#include "core/util/Clock.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tc {

// Paths of the endpoints; a profile may override them (e.g. the seeds' /v1/RefreshToken).
struct Endpoints
{
    QString registrationCreate = QStringLiteral("/v1/Registration/Create");
    QString registrationCreateMany = QStringLiteral("/v1/Registration/CreateMany");
    QString login = QStringLiteral("/v1/Auth/Login");
    QString refresh = QStringLiteral("/v1/Auth/RefreshToken");
    QString usersFind = QStringLiteral("/v1/Management/users/find");
    QString users = QStringLiteral("/v1/Management/users");
    QString usersPage = QStringLiteral("/v1/Management/users/GetFilteredPage");
    QString usersChangeInstance = QStringLiteral("/v1/Management/users/instances/change");
};

// Everything send() needs for one request.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path;       // "/v1/..." (joined to the base URL, may carry "?query") or an absolute URL
    HeaderList headers; // extra headers (InstanceId, InstanceKey, UserDeviceToken, ...)
    QByteArray body;    // sent as application/json
    QString bearer;     // JWT; attached only when the request goes to the base URL's origin
    QString label;      // "Auth/Login" (for logs and the traffic console)
    QString purpose;    // why it is sent (traffic console); empty: the client's current Purpose
    ApiError::Context context = ApiError::Context::General;
    ApiCall::Expect expect = ApiCall::Expect::Envelope;
};

class ApiClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTransferTimeoutMs = 30000;
    static constexpr qint64 DefaultMaxAnswerBytes = 16 * 1024 * 1024;

    // Gives `network` a DirectProxyFactory unless it has a proxy or a factory of its own.
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    // Why a base URL cannot be used (empty when it can): must be absolute http(s) with a host.
    static QString baseUrlProblem(const QUrl &url);
    // True for a host on this computer: localhost, *.localhost, a loopback address. Plain http://
    // carries a password, key or token only to such a host (send() refuses it elsewhere).
    static bool isLocalHost(const QString &host);

    // The timeout of every request: a hard deadline from sending to the last byte of the answer
    // (so also the longest silence), after which the reply is aborted
    // (kind Timeout, "may have been processed").
    void setTransferTimeout(int msecs);
    int transferTimeout() const { return m_timeoutMs; }

    // The largest answer body accepted. A larger one (by Content-Length, or by the bytes received)
    // is aborted at once, before it grows in memory (kind Parse, message naming the cap).
    // 0 or less restores the default.
    void setMaxAnswerBytes(qint64 bytes);
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }

    // Requests that may be on the wire at once to one host (default 6). Qt 6.4 opens at most 6
    // connections per host for one QNetworkAccessManager and queues the rest, so above 6 this
    // client adds managers of its own (the injected one's proxy, redirect policy, transfer timeout
    // and STS setting) and sends each request through the one with the fewest requests out.
    // Everything else (exchanges, redaction, timeouts) is as for any request.
    void setParallelRequests(int n);
    // How the base URL's origin is trusted over HTTPS (a profile's CA file and/or certificate pin).
    // Applies to that origin only; other origins get the system's checks. Requests to the origin
    // use a connection pool of their own, so a connection trusted this way serves no other client.
    // A trust that cannot be used (unreadable CA file, malformed pin) refuses every request to the
    // origin before sending (kind Validation, naming the problem).
    void setTlsTrust(const TlsTrust &trust);
    TlsTrust tlsTrust() const { return m_tls; }

    void setClock(const Clock *clock);
    const Clock &clock() const { return *m_clock; }

    // Who sends through this client, for the traffic console: the profile (or the base URL of a
    // CLI without one) and the session ("admin session"; empty for a bound registration client).
    void setParty(const QString &profile, const QString &session = {});
    QString partyProfile() const { return m_partyProfile; }
    QString partySession() const { return m_partySession; }

    // Why the requests sent while it lives are sent ("automatic refresh, 80 % of lifetime",
    // "bulk row 17"): set for the scope of one synchronous send; the previous one comes back
    // when it ends. Also a client-wide default with setDefaultPurpose().
    class Purpose
    {
    public:
        Purpose(ApiClient *client, const QString &purpose);
        ~Purpose();
        Purpose(const Purpose &) = delete;
        Purpose &operator=(const Purpose &) = delete;

    private:
        QPointer<ApiClient> m_client;
        QString m_previous;
    };
    void setDefaultPurpose(const QString &purpose) { m_defaultPurpose = purpose; }
    QString currentPurpose() const { return m_purpose.isEmpty() ? m_defaultPurpose : m_purpose; }

    void setEndpoints(const Endpoints &endpoints) { m_endpoints = endpoints; }
    Endpoints endpoints() const { return m_endpoints; }

    // POST Registration/Create with the group's InstanceId/InstanceKey headers.
    ApiCall *registerUser(const QString &instanceId, const QString &instanceKey, const RegistrationProfile &profile);
    // POST Registration/CreateMany. customFields' ClientId is not part of this call (Validation).
    ApiCall *registerMany(const QString &instanceId, const QString &instanceKey, int quantity,
                          std::optional<bool> createAccessToken = std::nullopt, const UserFields &customFields = {});
    // POST Auth/Login as admin (API credentials). An empty instanceId sends no InstanceId header
    // (as the newer docs do).
    ApiCall *loginAdmin(const QString &instanceId, const QString &email, const QString &password,
                        LoginFieldsShape shape = LoginFieldsShape::Object);
    // POST Auth/Login as a user: InstanceId and InstanceKey headers, DeviceToken as login,
    // InstanceKey as password.
    ApiCall *loginUser(const QString &instanceId, const QString &deviceToken, const QString &instanceKey,
                       LoginFieldsShape shape = LoginFieldsShape::Object);
    // POST Auth/Login as a UBI user: the InstanceId header only (the user's password is no
    // InstanceKey), LoginFields {"Phone": ...} or {"Email": ...} in either shape, the user's own
    // password. `login` must be Phone or Email.
    ApiCall *loginUbiUser(const QString &instanceId, UserLogin login, const QString &value, const QString &password,
                          LoginFieldsShape shape = LoginFieldsShape::Object);
    // POST Auth/RefreshToken (path from endpoints()). Both tokens come back new.
    ApiCall *refresh(const QString &accessToken, const QString &refreshToken);
    // GET Management/users/find?Key=Value&... (admin JWT). Keys: DeviceToken, Email, Phone,
    // ClientId, FirstName, LastName, FullName.
    ApiCall *findUsers(const QString &bearer, const QList<QPair<QString, QString>> &criteria);
    // GET Management/users with a user JWT: that user's own profile.
    ApiCall *ownProfile(const QString &bearer);
    // PUT Management/users with the UserDeviceToken header (admin JWT).
    ApiCall *updateUser(const QString &bearer, const QString &deviceToken, const QJsonObject &changes);
    // PUT Management/users with the UserDeviceToken header and {"NewPassword"[, "OldPassword"]}:
    // sets a UBI user's password. An admin JWT sets or resets it; the user's own JWT changes it
    // and must send the old one.
    ApiCall *setUserPassword(const QString &bearer, const QString &deviceToken, const QString &newPassword,
                             const QString &oldPassword = {});
    // DELETE Management/users/{DeviceToken} (admin JWT). Irreversible.
    ApiCall *deleteUser(const QString &bearer, const QString &deviceToken);
    // POST Management/users/GetFilteredPage (admin JWT); body: see UserPageQuery (core/users).
    ApiCall *usersPage(const QString &bearer, const QJsonObject &query);
    // POST Management/users/instances/change {DeviceToken, ToInstanceId, ToInstanceKey} (admin
    // JWT): moves the user to another group. The key goes only to the base URL's origin.
    ApiCall *changeUserInstance(const QString &bearer, const QString &deviceToken, const QString &toInstanceId,
                                const QString &toInstanceKey);
    // Any call. An empty bearer sends no Authorization header.
    ApiCall *request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     const QString &bearer = {});

    // The one place every request passes through.
    ApiCall *send(const ApiRequest &request);

    // Whether a request sent now gets its exchange record (redacted; ApiCall::exchange() and the
    // signals below): always, unless the feed records only when heard (the CLI without --har,
    // ExchangeFeed::setRecordOnlyWhenHeard) and nothing is connected to the feed's signals or to
    // this client's. A record that is not built is not redacted either.
    bool recordsExchanges() const;

    // The login body in either LoginFields shape (PascalCase).
    static QJsonObject loginBody(bool admin, const QString &login, const QString &password, LoginFieldsShape shape);
    // A UBI user's login body: the inner key is "Phone" / "Email" in both shapes (the vendor's
    // Android library; the newer docs show no UBI login).
    static QJsonObject ubiLoginBody(UserLogin login, const QString &value, const QString &password,
                                    LoginFieldsShape shape);
    // Whether `url` is on the base URL's origin (scheme, host, port): only then do the
    // Authorization and InstanceKey headers go out.
    bool isOwnOrigin(const QUrl &url) const;

Q_SIGNALS:
    // Redacted; started carries no answer yet (durationMs == -1).
    void exchangeStarted(const tc::Exchange &exchange);
    void exchangeFinished(const tc::Exchange &exchange);

private:
    ApiCall *rejected(const ApiRequest &request, const QString &problem);
    static ApiRequest bearerRequest(const QByteArray &method, const QString &path, const QString &label,
                                    const QString &bearer, ApiCall::Expect expect = ApiCall::Expect::Envelope);
    QUrl resolve(const QString &path) const;
    void onReplyFinished(ApiCall *call);
    void finishExchange(ApiCall *call, const ApiError &error, qint64 elapsed);
    void checkAnswerSize(ApiCall *call, qint64 received, qint64 announced);
    void watchPin(ApiCall *call, QNetworkReply *reply);
    void checkResult(ApiCall *call, ApiError &error) const;

    QNetworkAccessManager *pickNetwork(int *lane);

    QNetworkAccessManager *m_network = nullptr;
    struct Lane
    {
        QNetworkAccessManager *network = nullptr;
        int active = 0;
    };
    QList<Lane> m_lanes;                           // empty: every request through m_network; else [0] is m_network
    QNetworkAccessManager *m_tlsNetwork = nullptr; // for the own origin when m_tls is set
    TlsTrust m_tls;
    QList<QSslCertificate> m_caCertificates;
    QString m_tlsProblem;
    const Clock *m_clock = &Clock::system();
    QUrl m_baseUrl;
    int m_timeoutMs = DefaultTransferTimeoutMs;
    qint64 m_maxAnswerBytes = DefaultMaxAnswerBytes;
    Endpoints m_endpoints;
    quint64 m_nextId = 0;
    QPointer<ExchangeFeed> m_feed; // the network manager's, when the graph attached one
    QString m_partyProfile;
    QString m_partySession;
    QString m_purpose;
    QString m_defaultPurpose;
};

} // namespace tc
