#include "core/api/ApiClient.h"

#include "core/api/DirectProxyFactory.h"
#include "core/api/ExchangeFeed.h"
#include "core/util/HttpDate.h"

#include "Version.h"
#include "core/util/Json.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QUuid>

#include <utility>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.api", QtWarningMsg)

bool isToken(const QByteArray &method)
{
    if (method.isEmpty() || method.size() > 16)
        return false;
    for (char c : method) {
        if (!(c >= 'A' && c <= 'Z'))
            return false;
    }
    return true;
}

// A request body that can be read once and never rewound. Qt 6.4's HTTP/1 channel silently
// re-sends a request whose connection closed before the answer began, POSTs included; for
// Registration/Create(Many) that registers the users twice and the first DeviceTokens are never
// seen again. A body that cannot be rewound makes Qt report the drop instead of repeating it
// (QNetworkReply::ContentReSendError), which ApiError reads as "may or may not have acted".
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

// Requests Qt may repeat on a dropped connection: reads, and PUT (same body, same result).
// DELETE is not among them: a repeat after the service acted answers 404 and hides the success.
// How far Qt's network thread may read ahead of the client (see ApiClient::send()).
constexpr qint64 AnswerReadBufferBytes = 256 * 1024;

bool mayBeRepeated(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "OPTIONS";
}

QByteArray capped(const QByteArray &body, bool *truncated)
{
    *truncated = body.size() > tc::Exchange::BodyCaptureLimit;
    return *truncated ? body.first(tc::Exchange::BodyCaptureLimit) : body;
}

} // namespace

namespace tc {

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network), m_feed(ExchangeFeed::of(network))
{
    Q_ASSERT(network);
    // Plain-http answers read through a buffered socket, not a byte per read(2) (see there); the
    // application's proxies apply as before.
    DirectProxyFactory::install(network);
    qRegisterMetaType<tc::Exchange>();
    qRegisterMetaType<tc::ApiError>();
}

ApiClient::~ApiClient()
{
    // Calls are our children; stop their replies before they can report to a half-destroyed client.
    const auto calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls) {
        if (call->m_reply) {
            call->m_reply->disconnect(call);
            call->m_reply->abort();
        }
    }
}

void ApiClient::setParallelRequests(int n)
{
    constexpr int QtConnectionsPerHost = 6; // QHttpNetworkConnectionPrivate's channel count in Qt 6.4
    const int lanes = std::max(1, (n + QtConnectionsPerHost - 1) / QtConnectionsPerHost);
    if (m_lanes.isEmpty())
        m_lanes.append({m_network, 0});
    while (m_lanes.size() < lanes) {
        auto *extra = new QNetworkAccessManager(this);
        extra->setProxy(m_network->proxy());
        extra->setRedirectPolicy(m_network->redirectPolicy());
        extra->setTransferTimeout(m_network->transferTimeout());
        extra->setStrictTransportSecurityEnabled(m_network->isStrictTransportSecurityEnabled());
        if (DirectProxyFactory::isInstalled(m_network))
            DirectProxyFactory::install(extra);
        m_lanes.append({extra, 0});
    }
}

QNetworkAccessManager *ApiClient::pickNetwork(int *lane)
{
    *lane = -1;
    if (m_lanes.size() <= 1)
        return m_network;
    int best = 0;
    for (int i = 1; i < m_lanes.size(); ++i) {
        if (m_lanes[i].active < m_lanes[best].active)
            best = i;
    }
    ++m_lanes[best].active;
    *lane = best;
    return m_lanes[best].network;
}

void ApiClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

QString ApiClient::baseUrlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return QCoreApplication::translate("tc::ApiClient", "no base URL is set (give --base-url or a profile)");
    if (!url.isValid())
        return QCoreApplication::translate("tc::ApiClient", "the base URL is not a valid URL: %1")
                .arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return QCoreApplication::translate("tc::ApiClient",
                                           "the base URL must start with https:// or http:// (got \"%1\")")
                .arg(url.toDisplayString());
    if (url.host().isEmpty())
        return QCoreApplication::translate("tc::ApiClient", "the base URL has no host (got \"%1\")")
                .arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("tc::ApiClient", "the base URL must not carry a user name or password");
    return {};
}

bool ApiClient::isLocalHost(const QString &host)
{
    const QString h = host.toLower();
    return h == u"localhost"_s || h.endsWith(u".localhost"_s) || QHostAddress(h).isLoopback();
}

void ApiClient::setParty(const QString &profile, const QString &session)
{
    m_partyProfile = profile;
    m_partySession = session;
}

ApiClient::Purpose::Purpose(ApiClient *client, const QString &purpose) : m_client(client)
{
    if (client)
        m_previous = std::exchange(client->m_purpose, purpose);
}

ApiClient::Purpose::~Purpose()
{
    if (m_client)
        m_client->m_purpose = m_previous;
}

void ApiClient::setTransferTimeout(int msecs)
{
    m_timeoutMs = msecs > 0 ? msecs : DefaultTransferTimeoutMs;
}

void ApiClient::setMaxAnswerBytes(qint64 bytes)
{
    m_maxAnswerBytes = bytes > 0 ? bytes : DefaultMaxAnswerBytes;
}

void ApiClient::setTlsTrust(const TlsTrust &trust)
{
    if (trust == m_tls && (m_tlsNetwork || trust.isEmpty()))
        return;
    m_tls = trust;
    m_caCertificates.clear();
    m_tlsProblem = trust.problem();
    if (m_tlsProblem.isEmpty() && !trust.caFile.isEmpty())
        m_caCertificates = TlsTrust::readCaFile(trust.caFile, &m_tlsProblem);
    if (m_tlsNetwork) {
        m_tlsNetwork->deleteLater();
        m_tlsNetwork = nullptr;
    }
    if (!trust.isEmpty()) {
        m_tlsNetwork = new QNetworkAccessManager(this);
        m_tlsNetwork->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
}

void ApiClient::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &Clock::system();
}

bool ApiClient::isOwnOrigin(const QUrl &url) const
{
    if (m_baseUrl.isEmpty())
        return false;
    const auto defaultPort = [](const QUrl &u) { return u.port(u.scheme().toLower() == u"https"_s ? 443 : 80); };
    return url.scheme().compare(m_baseUrl.scheme(), Qt::CaseInsensitive) == 0
           && url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
           && defaultPort(url) == defaultPort(m_baseUrl);
}

QUrl ApiClient::resolve(const QString &path) const
{
    if (path.startsWith(u"http://"_s, Qt::CaseInsensitive) || path.startsWith(u"https://"_s, Qt::CaseInsensitive))
        return QUrl(path);
    const QUrl relative(path.startsWith(u'/') ? path : u"/"_s + path);
    QUrl url = m_baseUrl;
    QString basePath = m_baseUrl.path(QUrl::FullyEncoded);
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + relative.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    if (relative.hasQuery())
        url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return url;
}

// ---- typed calls -------------------------------------------------------------------------

ApiCall *ApiClient::registerUser(const QString &instanceId, const QString &instanceKey,
                                 const RegistrationProfile &profile)
{
    ApiRequest r;
    r.method = "POST";
    r.path = m_endpoints.registrationCreate;
    r.label = u"Registration/Create"_s;
    r.context = ApiError::Context::Registration;
    r.expect = ApiCall::Expect::Registration;
    if (instanceId.trimmed().isEmpty() || instanceKey.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient",
                                                       "registration needs the group's InstanceId and InstanceKey"));
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return rejected(r, problems.join(u"; "_s));
    r.headers = {{"InstanceId", instanceId.trimmed().toUtf8()}, {"InstanceKey", instanceKey.toUtf8()}};
    r.body = json::compact(profile.toJson());
    return send(r);
}

ApiCall *ApiClient::registerMany(const QString &instanceId, const QString &instanceKey, int quantity,
                                 std::optional<bool> createAccessToken, const UserFields &customFields)
{
    ApiRequest r;
    r.method = "POST";
    r.path = m_endpoints.registrationCreateMany;
    r.label = u"Registration/CreateMany"_s;
    r.context = ApiError::Context::Registration;
    r.expect = ApiCall::Expect::RegistrationMany;
    if (instanceId.trimmed().isEmpty() || instanceKey.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient",
                                                       "registration needs the group's InstanceId and InstanceKey"));
    if (quantity < 1)
        return rejected(
                r, QCoreApplication::translate("tc::ApiClient", "Quantity must be at least 1 (got %1)").arg(quantity));
    if (customFields.clientId)
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "CreateMany's CustomFields have no ClientId"));
    QJsonObject body{{u"Quantity"_s, quantity}};
    if (createAccessToken)
        body.insert(u"CreateAccessToken"_s, *createAccessToken);
    if (!customFields.isEmpty())
        body.insert(u"CustomFields"_s, customFields.toJson(false));
    r.headers = {{"InstanceId", instanceId.trimmed().toUtf8()}, {"InstanceKey", instanceKey.toUtf8()}};
    r.body = json::compact(body);
    return send(r);
}

QJsonObject ApiClient::loginBody(bool admin, const QString &login, const QString &password, LoginFieldsShape shape)
{
    QJsonValue fields;
    if (shape == LoginFieldsShape::Object) {
        fields = QJsonObject{{admin ? u"Email"_s : u"DeviceToken"_s, login}};
    } else {
        // The newer docs' spelling of the inner keys; a wrong spelling gives a bare 401.
        const QJsonObject inner{{admin ? u"email"_s : u"Devicetoken"_s, login}};
        fields = QString::fromUtf8(json::compact(inner));
    }
    return QJsonObject{{u"LoginFields"_s, fields}, {u"Password"_s, password}};
}

ApiCall *ApiClient::loginAdmin(const QString &instanceId, const QString &email, const QString &password,
                               LoginFieldsShape shape)
{
    ApiRequest r;
    r.method = "POST";
    r.path = m_endpoints.login;
    r.label = u"Auth/Login (admin)"_s;
    r.context = ApiError::Context::Login;
    r.expect = ApiCall::Expect::Auth;
    if (email.trimmed().isEmpty() || password.isEmpty())
        return rejected(
                r, QCoreApplication::translate("tc::ApiClient",
                                               "an admin login needs the API login (e-mail) and the API password"));
    if (!instanceId.trimmed().isEmpty())
        r.headers.append({"InstanceId", instanceId.trimmed().toUtf8()});
    r.body = json::compact(loginBody(true, email.trimmed(), password, shape));
    ApiCall *call = send(r);
    call->m_loginShape = shape;
    return call;
}

ApiCall *ApiClient::loginUser(const QString &instanceId, const QString &deviceToken, const QString &instanceKey,
                              LoginFieldsShape shape)
{
    ApiRequest r;
    r.method = "POST";
    r.path = m_endpoints.login;
    r.label = u"Auth/Login (user)"_s;
    r.context = ApiError::Context::Login;
    r.expect = ApiCall::Expect::Auth;
    if (instanceId.trimmed().isEmpty() || deviceToken.trimmed().isEmpty() || instanceKey.isEmpty())
        return rejected(r, QCoreApplication::translate(
                                   "tc::ApiClient",
                                   "a user login needs the group's InstanceId, the DeviceToken and the InstanceKey"));
    r.headers = {{"InstanceId", instanceId.trimmed().toUtf8()}, {"InstanceKey", instanceKey.toUtf8()}};
    r.body = json::compact(loginBody(false, deviceToken.trimmed(), instanceKey, shape));
    ApiCall *call = send(r);
    call->m_loginShape = shape;
    return call;
}

QJsonObject ApiClient::ubiLoginBody(UserLogin login, const QString &value, const QString &password,
                                    LoginFieldsShape shape)
{
    const QJsonObject inner{{login == UserLogin::Phone ? u"Phone"_s : u"Email"_s, value}};
    const QJsonValue fields = shape == LoginFieldsShape::Object ? QJsonValue(inner)
                                                                : QJsonValue(QString::fromUtf8(json::compact(inner)));
    return QJsonObject{{u"LoginFields"_s, fields}, {u"Password"_s, password}};
}

ApiCall *ApiClient::loginUbiUser(const QString &instanceId, UserLogin login, const QString &value,
                                 const QString &password, LoginFieldsShape shape)
{
    ApiRequest r;
    r.method = "POST";
    r.path = m_endpoints.login;
    r.label = login == UserLogin::Phone ? u"Auth/Login (UBI user, phone)"_s : u"Auth/Login (UBI user, e-mail)"_s;
    r.context = ApiError::Context::Login;
    r.expect = ApiCall::Expect::Auth;
    if (login == UserLogin::DeviceToken)
        return rejected(r, u"a UBI user logs in with a phone number or an e-mail, not a DeviceToken"_s);
    if (instanceId.trimmed().isEmpty() || value.trimmed().isEmpty() || password.isEmpty())
        return rejected(r, u"a UBI user login needs the group's InstanceId, the phone number or e-mail and the "
                           u"user's password"_s);
    r.headers = {{"InstanceId", instanceId.trimmed().toUtf8()}};
    r.body = json::compact(ubiLoginBody(login, value.trimmed(), password, shape));
    ApiCall *call = send(r);
    call->m_loginShape = shape;
    return call;
}

ApiCall *ApiClient::refresh(const QString &accessToken, const QString &refreshToken)
{
    ApiRequest r;
    r.method = "POST";
    r.path = m_endpoints.refresh;
    r.label = u"Auth/RefreshToken"_s;
    r.context = ApiError::Context::Refresh;
    r.expect = ApiCall::Expect::Auth;
    if (accessToken.isEmpty() || refreshToken.isEmpty())
        return rejected(
                r, QCoreApplication::translate("tc::ApiClient",
                                               "a refresh needs both the access token (JWT) and the refresh token"));
    r.body = json::compact(QJsonObject{{u"AccessToken"_s, accessToken}, {u"RefreshToken"_s, refreshToken}});
    return send(r);
}

// A Management call rides on a session's bearer token: with none, it is refused before sending.
ApiRequest ApiClient::bearerRequest(const QByteArray &method, const QString &path, const QString &label,
                                    const QString &bearer, ApiCall::Expect expect)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.label = label;
    r.context = ApiError::Context::Bearer;
    r.expect = expect;
    r.bearer = bearer;
    return r;
}

ApiCall *ApiClient::findUsers(const QString &bearer, const QList<QPair<QString, QString>> &criteria)
{
    ApiRequest r = bearerRequest("GET", QString(), u"Management/users/find"_s, bearer, ApiCall::Expect::UserList);
    static const QStringList keys{u"DeviceToken"_s, u"Email"_s,    u"Phone"_s,   u"ClientId"_s,
                                  u"FirstName"_s,   u"LastName"_s, u"FullName"_s};
    QStringList query;
    for (const auto &c : criteria) {
        const auto known = std::find_if(keys.cbegin(), keys.cend(), [&c](const QString &k) {
            return k.compare(c.first, Qt::CaseInsensitive) == 0;
        });
        if (known == keys.cend())
            return rejected(
                    r, QCoreApplication::translate("tc::ApiClient", "users/find has no criterion \"%1\" (known: %2)")
                               .arg(c.first, keys.join(u", "_s)));
        if (c.second.isEmpty())
            return rejected(r, QCoreApplication::translate("tc::ApiClient", "the %1 criterion is empty").arg(*known));
        query.append(*known + u"="_s + QString::fromLatin1(QUrl::toPercentEncoding(c.second)));
    }
    if (query.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "users/find needs at least one criterion"));
    if (bearer.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "users/find needs an admin access token"));
    r.path = m_endpoints.usersFind + u"?"_s + query.join(u'&');
    return send(r);
}

ApiCall *ApiClient::ownProfile(const QString &bearer)
{
    const ApiRequest r = bearerRequest("GET", m_endpoints.users, u"Management/users (own profile)"_s, bearer,
                                       ApiCall::Expect::UserObject);
    if (bearer.isEmpty())
        return rejected(
                r, QCoreApplication::translate("tc::ApiClient", "reading the own profile needs a user access token"));
    return send(r);
}

ApiCall *ApiClient::updateUser(const QString &bearer, const QString &deviceToken, const QJsonObject &changes)
{
    ApiRequest r = bearerRequest("PUT", m_endpoints.users, u"Management/users (update)"_s, bearer);
    if (bearer.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "updating a user needs an admin access token"));
    if (deviceToken.trimmed().isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "updating a user needs its DeviceToken"));
    r.headers = {{"UserDeviceToken", deviceToken.trimmed().toUtf8()}};
    r.body = json::compact(changes);
    return send(r);
}

ApiCall *ApiClient::setUserPassword(const QString &bearer, const QString &deviceToken, const QString &newPassword,
                                    const QString &oldPassword)
{
    ApiRequest r = bearerRequest("PUT", m_endpoints.users, u"Management/users (password)"_s, bearer);
    if (bearer.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "setting a password needs an access token"));
    if (deviceToken.trimmed().isEmpty())
        return rejected(
                r, QCoreApplication::translate("tc::ApiClient", "setting a password needs the user's DeviceToken"));
    if (newPassword.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "the new password is empty"));
    r.headers = {{"UserDeviceToken", deviceToken.trimmed().toUtf8()}};
    QJsonObject body{{u"NewPassword"_s, newPassword}};
    if (!oldPassword.isEmpty())
        body.insert(u"OldPassword"_s, oldPassword);
    r.body = json::compact(body);
    return send(r);
}

ApiCall *ApiClient::deleteUser(const QString &bearer, const QString &deviceToken)
{
    ApiRequest r = bearerRequest("DELETE", QString(), u"Management/users (delete)"_s, bearer);
    if (bearer.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "deleting a user needs an admin access token"));
    if (deviceToken.trimmed().isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "deleting a user needs its DeviceToken"));
    r.path = m_endpoints.users + u"/"_s + QString::fromLatin1(QUrl::toPercentEncoding(deviceToken.trimmed()));
    return send(r);
}

ApiCall *ApiClient::usersPage(const QString &bearer, const QJsonObject &query)
{
    ApiRequest r = bearerRequest("POST", m_endpoints.usersPage, u"Management/users/GetFilteredPage"_s, bearer);
    if (bearer.isEmpty())
        return rejected(
                r, QCoreApplication::translate("tc::ApiClient", "reading a page of users needs an admin access token"));
    r.body = json::compact(query);
    return send(r);
}

ApiCall *ApiClient::changeUserInstance(const QString &bearer, const QString &deviceToken, const QString &toInstanceId,
                                       const QString &toInstanceKey)
{
    ApiRequest r
            = bearerRequest("POST", m_endpoints.usersChangeInstance, u"Management/users/instances/change"_s, bearer);
    if (bearer.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient", "moving a user needs an admin access token"));
    if (deviceToken.trimmed().isEmpty() || toInstanceId.trimmed().isEmpty() || toInstanceKey.isEmpty())
        return rejected(r, QCoreApplication::translate("tc::ApiClient",
                                                       "moving a user needs its DeviceToken and the target group's "
                                                       "InstanceId and InstanceKey"));
    if (!isOwnOrigin(resolve(r.path)))
        return rejected(
                r, QCoreApplication::translate("tc::ApiClient", "the target group's InstanceKey is sent only to %1")
                           .arg(m_baseUrl.host()));
    r.body = json::compact(QJsonObject{{u"DeviceToken"_s, deviceToken.trimmed()},
                                       {u"ToInstanceId"_s, toInstanceId.trimmed()},
                                       {u"ToInstanceKey"_s, toInstanceKey}});
    return send(r);
}

ApiCall *ApiClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QString &bearer)
{
    ApiRequest r;
    r.method = method.toUpper();
    r.path = path;
    r.body = body;
    r.bearer = bearer;
    r.label = QString::fromLatin1(r.method) + u" "_s + path;
    r.context = bearer.isEmpty() ? ApiError::Context::General : ApiError::Context::Bearer;
    r.expect = ApiCall::Expect::Raw;
    return send(r);
}

// ---- the one place -----------------------------------------------------------------------

ApiCall *ApiClient::rejected(const ApiRequest &request, const QString &problem)
{
    auto *call = new ApiCall(this);
    call->m_id = m_feed ? m_feed->nextId() : ++m_nextId;
    call->m_method = request.method;
    call->m_label = request.label;
    call->m_expect = request.expect;
    call->m_context = request.context;
    ApiError error = ApiError::validation(problem);
    error.setContext(request.context);
    qCInfo(lc) << "rejected" << request.label << "before sending";
    call->complete(error);
    return call;
}

bool ApiClient::recordsExchanges() const
{
    if (!m_feed || !m_feed->recordsOnlyWhenHeard())
        return true;
    static const QMetaMethod started = QMetaMethod::fromSignal(&ApiClient::exchangeStarted);
    static const QMetaMethod finished = QMetaMethod::fromSignal(&ApiClient::exchangeFinished);
    return m_feed->isHeard() || isSignalConnected(started) || isSignalConnected(finished);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    if (const QString problem = baseUrlProblem(m_baseUrl); !problem.isEmpty())
        return rejected(request, problem);
    if (!isToken(request.method))
        return rejected(request, QCoreApplication::translate("tc::ApiClient", "\"%1\" is not an HTTP method")
                                         .arg(QString::fromLatin1(request.method)));
    const QUrl url = resolve(request.path);
    if (const QString problem = baseUrlProblem(url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery)); !problem.isEmpty())
        return rejected(request, problem);

    const bool ownOrigin = isOwnOrigin(url);
    const bool https = url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
    const bool privateTls = ownOrigin && !m_tls.isEmpty() && https;
    if (privateTls && !m_tlsProblem.isEmpty())
        return rejected(request, m_tlsProblem);
    // A password, key or token never crosses a network unencrypted: plain http:// only to this
    // computer (the profile editor says so as the URL is typed; this also covers a profile saved
    // before it did, and the CLI's --base-url).
    if (!https && !isLocalHost(url.host())) {
        bool secret = ownOrigin && !request.bearer.isEmpty();
        for (const auto &h : request.headers)
            secret = secret || (ownOrigin && Redactor::isSecretHeader(h.first));
        secret = secret || Redactor::redactBody(request.body) != request.body;
        if (secret) {
            return rejected(request,
                            QCoreApplication::translate(
                                    "tc::ApiClient",
                                    "not sent: the request carries a password, key or token, and %1 is plain "
                                    "http:// to another computer, where it would cross the network unencrypted. "
                                    "Use https:// (plain http:// is for a service on this computer only: localhost, "
                                    "127.0.0.1, ::1)")
                                    .arg(url.host()));
        }
    }
    auto *call = new ApiCall(this);
    call->m_id = m_feed ? m_feed->nextId() : ++m_nextId;
    call->m_method = request.method;
    call->m_url = url;
    call->m_label = request.label;
    call->m_expect = request.expect;
    call->m_context = request.context;

    QNetworkRequest nr(url);
    if (privateTls && !m_caCertificates.isEmpty()) {
        // The profile's CA vouches for its origin, besides the system's CAs; names are still checked.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caCertificates);
        nr.setSslConfiguration(tls);
    }
    // No Qt transfer timeout: the deadline below (the same length, from sending to the last byte)
    // ends any silence that long too, and Qt's would cost a timer restarted through the event loop
    // on every piece of the answer.
    // Redirects are not followed: a redirect must not carry the token elsewhere.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    nr.setRawHeader("Accept", "application/json");
    if (!request.body.isEmpty()) // (a GET or a DELETE without a body describes no content)
        nr.setRawHeader("Content-Type", "application/json");
    nr.setRawHeader("User-Agent", "telematics-console/" TC_VERSION);
    for (const auto &h : request.headers) {
        if (Redactor::isSecretHeader(h.first) && !ownOrigin) {
            qCWarning(lc) << "not sending a secret header to a foreign origin:" << h.first;
            continue;
        }
        nr.setRawHeader(h.first, h.second);
    }
    bool bearerSent = false;
    if (!request.bearer.isEmpty()) {
        if (ownOrigin) {
            nr.setRawHeader("Authorization", "Bearer " + request.bearer.toUtf8());
            bearerSent = true;
        } else {
            qCWarning(lc) << "not sending the access token to" << url.host() << "(not the base URL's host)";
        }
    }

    // The record, redacted, only when something takes it (recordsExchanges()).
    call->m_recorded = recordsExchanges();
    Exchange &x = call->m_exchange;
    if (call->m_recorded) {
        x.id = call->m_id;
        x.method = request.method;
        x.url = Redactor::redactUrl(url);
        HeaderList sent;
        const auto names = nr.rawHeaderList();
        for (const QByteArray &name : names)
            sent.append({name, nr.rawHeader(name)});
        x.requestHeaders = Redactor::redactHeaders(sent);
        if (m_feed && m_feed->keepsUnredacted()) {
            call->m_keepUnredacted = true;
            call->m_sentHeaders = sent;
            call->m_sentBody = request.body;
        }
        x.requestBody = Redactor::redactBody(capped(request.body, &x.requestBodyTruncated));
        x.started = m_clock->nowUtc();
        x.label = request.label;
        x.profile = m_partyProfile;
        x.session = m_partySession;
        x.purpose = request.purpose.isEmpty() ? currentPurpose() : request.purpose;
        x.bearerSent = bearerSent;
        if (bearerSent)
            Redactor::jwtParts(request.bearer, &x.bearerHeader, &x.bearerClaims);
    }

    // A profile's private trust (CA file or pin) has a pool of its own; the parallel lanes serve
    // only the system's trust.
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *network = privateTls ? m_tlsNetwork : pickNetwork(&call->m_lane);
    if (request.method == "GET" && request.body.isEmpty()) {
        reply = network->get(nr);
    } else if (mayBeRepeated(request.method)) {
        reply = network->sendCustomRequest(nr, request.method, request.body);
    } else {
        // Never repeated behind our back (see OneShotBody).
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new OneShotBody(request.body, call);
        reply = network->sendCustomRequest(nr, request.method, body);
    }
    reply->setParent(call);
    call->m_reply = reply;
    call->m_timer.start();
    if (https) { // (only read for https: a handshake that did not finish)
        connect(reply, &QNetworkReply::socketStartedConnecting, call, [call] { call->m_connecting = true; });
        connect(reply, &QNetworkReply::encrypted, call, [call] { call->m_encrypted = true; });
    }
    if (privateTls && !m_tls.pinSha256.isEmpty())
        watchPin(call, reply);
    connect(reply, &QNetworkReply::finished, call, [this, call] { onReplyFinished(call); });
    // The answer's size: refused as soon as Content-Length or the bytes received pass the cap.
    connect(reply, &QNetworkReply::metaDataChanged, call, [this, call] {
        if (call->m_reply) {
            call->m_answerStarted = true;
            bool ok = false;
            const qint64 announced = call->m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
            checkAnswerSize(call, 0, ok ? announced : -1);
        }
    });
    // The answer is taken as it arrives, through a small read buffer: Qt's network thread then
    // reads no further ahead than that, so an oversized answer is refused before it is in memory.
    reply->setReadBufferSize(AnswerReadBufferBytes);
    connect(reply, &QNetworkReply::readyRead, call, [this, call] {
        if (!call->m_reply || call->m_tooLargeBytes > 0)
            return;
        call->m_body += call->m_reply->readAll();
        checkAnswerSize(call, call->m_body.size(), -1);
    });
    // A hard deadline from sending to the last byte: a silence as long as the timeout ends past it,
    // and a server that trickles a byte at a time cannot hold the call beyond it either.
    // The call's own timer (ApiCall::timerEvent): no timer object and no connection per request.
    call->m_deadline.start(m_timeoutMs, Qt::PreciseTimer, call);

    qCDebug(lc) << "->" << request.method << url.path() << "#" << call->m_id;
    if (call->m_recorded) {
        Q_EMIT exchangeStarted(x);
        if (m_feed)
            Q_EMIT m_feed->exchangeStarted(x);
    }
    return call;
}

// The pinned certificate is the only one accepted for the origin: a certificate the system
// would refuse only for who vouches for it (self-signed, unknown issuer) or for its name is taken
// when it is the pinned one; any other certificate, even one the system trusts, is refused.
void ApiClient::watchPin(ApiCall *call, QNetworkReply *reply)
{
    const QByteArray pin = m_tls.pinSha256;
    const auto peer = [reply](const QList<QSslError> &errors) {
        QSslCertificate cert = reply->sslConfiguration().peerCertificate();
        for (qsizetype i = 0; cert.isNull() && i < errors.size(); ++i)
            cert = errors.at(i).certificate();
        return cert;
    };
    const auto mismatch = [pin](const QSslCertificate &cert) {
        return u"the server's certificate (SHA-256 %1) is not the pinned one (%2)"_s.arg(
                TlsTrust::pinText(TlsTrust::fingerprint(cert)), TlsTrust::pinText(pin));
    };
    connect(reply, &QNetworkReply::sslErrors, call, [call, reply, pin, peer, mismatch](const QList<QSslError> &errors) {
        const QSslCertificate cert = peer(errors);
        if (cert.isNull() || TlsTrust::fingerprint(cert) != pin) {
            call->m_tlsProblem = cert.isNull() ? u"the server sent no certificate"_s : mismatch(cert);
            return; // not ignored: the handshake fails
        }
        static const QList<QSslError::SslError> forgivable{QSslError::SelfSignedCertificate,
                                                           QSslError::SelfSignedCertificateInChain,
                                                           QSslError::UnableToGetLocalIssuerCertificate,
                                                           QSslError::UnableToVerifyFirstCertificate,
                                                           QSslError::UnableToGetIssuerCertificate,
                                                           QSslError::CertificateUntrusted,
                                                           QSslError::HostNameMismatch};
        for (const QSslError &e : errors) {
            if (!forgivable.contains(e.error())) {
                call->m_tlsProblem = e.errorString();
                return;
            }
        }
        reply->ignoreSslErrors(errors);
    });
    // A certificate the system trusts but that is not the pinned one: the connection is dropped,
    // and with it every pooled connection, so none is reused unchecked.
    QPointer<QNetworkAccessManager> pool = m_tlsNetwork;
    connect(reply, &QNetworkReply::encrypted, call, [call, reply, pin, peer, mismatch, pool] {
        const QSslCertificate cert = peer({});
        if (TlsTrust::fingerprint(cert) != pin) {
            call->m_tlsProblem = mismatch(cert);
            reply->abort();
            if (pool)
                pool->clearConnectionCache();
        }
    });
}

void ApiClient::checkAnswerSize(ApiCall *call, qint64 received, qint64 announced)
{
    if (!call->m_reply || call->m_completed || call->m_tooLargeBytes > 0)
        return;
    const qint64 cap = m_maxAnswerBytes;
    if (announced > cap) {
        call->m_tooLargeBytes = announced;
        call->m_tooLargeAnnounced = true;
    } else if (received > cap) {
        call->m_tooLargeBytes = received;
    } else {
        return;
    }
    call->m_body.clear();
    call->m_body.squeeze();
    qCInfo(lc) << "refusing an answer larger than" << cap << "bytes:" << call->m_method << call->m_url.path();
    call->m_reply->abort(); // finished() follows: onReplyFinished reads it as too large
}

void ApiClient::onReplyFinished(ApiCall *call)
{
    if (call->m_lane >= 0 && call->m_lane < m_lanes.size())
        --m_lanes[call->m_lane].active;
    call->m_lane = -1;
    // The finished reply stays the call's child and goes with it (no deleteLater of its own).
    QNetworkReply *reply = call->m_reply.data();
    call->m_reply = nullptr;
    if (!reply)
        return;
    call->m_deadline.stop();
    const qint64 elapsed = call->m_timer.elapsed();
    call->m_receivedAt = m_clock->nowUtc();
    call->m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen() && call->m_tooLargeBytes == 0) // an aborted reply is closed
        call->m_body += reply->readAll();
    call->m_replyHeaders = reply->rawHeaderPairs();
    call->m_serverDate = parseHttpDate(reply->rawHeader("Date"));

    ApiError::ReplyFacts facts;
    facts.networkError = reply->error();
    facts.networkErrorString = reply->errorString();
    facts.canceledByCaller = call->m_canceled;
    facts.tlsHandshakeIncomplete = call->m_url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0
                                   && call->m_connecting && !call->m_encrypted;
    facts.tlsProblem = call->m_tlsProblem;
    facts.timeoutMs = m_timeoutMs;
    facts.deadlineExceeded = call->m_deadlineExceeded;
    if (call->m_tooLargeBytes > 0 && !call->m_canceled) {
        facts.answerCapBytes = m_maxAnswerBytes;
        facts.answerBytes = call->m_tooLargeBytes;
        facts.answerAnnounced = call->m_tooLargeAnnounced;
    }
    facts.httpStatus = call->m_httpStatus;
    facts.contentType = reply->rawHeader("Content-Type");
    facts.body = call->m_body;
    facts.retryAfter = reply->rawHeader("Retry-After");
    facts.location = reply->rawHeader("Location");
    facts.now = call->m_receivedAt;
    facts.host = call->m_url.host();
    facts.context = call->m_context;
    facts.lenientBody = call->m_expect == ApiCall::Expect::Raw;
    ApiError error = ApiError::classify(facts, &call->m_envelope);
    if (!error.isError())
        checkResult(call, error);

    if (error.isError() && !error.isCanceled())
        qCInfo(lc) << call->m_method << call->m_url.path() << "->" << call->m_httpStatus
                   << ApiError::kindName(error.kind()) << elapsed << "ms";
    else
        qCDebug(lc) << call->m_method << call->m_url.path() << "->" << call->m_httpStatus << elapsed << "ms";

    if (call->m_recorded)
        finishExchange(call, error, elapsed);
    call->complete(error);
}

// The finished call's record, redacted, to the client's and the feed's receivers.
void ApiClient::finishExchange(ApiCall *call, const ApiError &error, qint64 elapsed)
{
    Exchange &x = call->m_exchange;
    x.status = call->m_httpStatus;
    x.replyHeaders = Redactor::redactHeaders(call->m_replyHeaders);
    x.replyBody = Redactor::redactBody(capped(call->m_body, &x.replyBodyTruncated));
    x.finished = call->m_receivedAt;
    x.durationMs = elapsed;
    x.errorKind = error.kind();
    x.errorMessage = error.isError() ? Redactor::redactText(error.message()) : QString();
    if (call->m_envelope.isValid()) {
        x.envelopeStatus = call->m_envelope.status();
        x.envelopeTitle = call->m_envelope.title();
    }

    if (m_feed && call->m_keepUnredacted) {
        Exchange original = x;
        bool cut = false;
        original.url = call->m_url;
        original.requestHeaders = std::exchange(call->m_sentHeaders, {});
        original.requestBody = capped(std::exchange(call->m_sentBody, {}), &cut);
        original.replyHeaders = call->m_replyHeaders;
        original.replyBody = capped(call->m_body, &cut);
        Q_EMIT m_feed->unredactedFinished(original);
    }
    Q_EMIT exchangeFinished(x);
    if (m_feed)
        Q_EMIT m_feed->exchangeFinished(x);
}

void ApiClient::checkResult(ApiCall *call, ApiError &error) const
{
    const QJsonValue result = call->m_envelope.result();
    QString why;
    const auto schema = [&error, call](const QString &detail) {
        ApiError e(ApiError::Kind::Schema, detail);
        e.setContext(call->m_context);
        e.setHost(call->m_url.host());
        e.setHttpStatus(call->m_httpStatus);
        error = e;
    };
    switch (call->m_expect) {
    case ApiCall::Expect::Envelope:
    case ApiCall::Expect::Raw: return;
    case ApiCall::Expect::Auth:
    case ApiCall::Expect::Registration: {
        call->m_authResult = AuthResult::fromJson(result, &why);
        if (!call->m_authResult)
            return schema(why);
        if (call->m_expect == ApiCall::Expect::Auth && !call->m_authResult->hasAccessToken())
            return schema(QCoreApplication::translate("tc::ApiClient",
                                                      "the answer carries no access token (Result.AccessToken.Token)"));
        if (call->m_expect == ApiCall::Expect::Registration && call->m_authResult->deviceToken.isEmpty())
            return schema(QCoreApplication::translate("tc::ApiClient", "the answer carries no DeviceToken"));
        return;
    }
    case ApiCall::Expect::RegistrationMany: {
        const auto list = AuthResult::listFromJson(result, &why);
        if (!list)
            return schema(why);
        call->m_authResults = *list;
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (list->at(i).deviceToken.isEmpty())
                return schema(
                        QCoreApplication::translate("tc::ApiClient", "Results[%1] carries no DeviceToken").arg(i));
        }
        return;
    }
    case ApiCall::Expect::UserList:
        if (result.isNull() || result.isUndefined())
            return;
        if (!result.isArray())
            return schema(QCoreApplication::translate("tc::ApiClient",
                                                      "users/find answered with a Result that is not a list"));
        call->m_users = result.toArray();
        return;
    case ApiCall::Expect::UserObject:
        if (!result.isNull() && !result.isUndefined() && !result.isObject())
            return schema(QCoreApplication::translate("tc::ApiClient", "the user profile (Result) is not an object"));
        return;
    }
}

} // namespace tc
