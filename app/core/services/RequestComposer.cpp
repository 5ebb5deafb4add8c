#include "core/services/RequestComposer.h"

#include "core/api/ApiCall.h"
#include "core/api/Envelope.h"
#include "core/api/Redactor.h"
#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/services/RegistrationService.h"
#include "core/services/Services.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
const QString Group = u"composer/saved"_s;
}

QString ComposedRequest::authName(Auth auth)
{
    switch (auth) {
    case Auth::None: return u"none"_s;
    case Auth::GroupKey: return u"group-key"_s;
    case Auth::Session: return u"session"_s;
    }
    return u"none"_s;
}

std::optional<ComposedRequest::Auth> ComposedRequest::authFromName(const QString &name)
{
    for (Auth a : {Auth::None, Auth::GroupKey, Auth::Session}) {
        if (authName(a) == name)
            return a;
    }
    return std::nullopt;
}

HeaderList ComposedRequest::parseHeaders(const QString &text, QString *problem)
{
    HeaderList out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = colon > 0 ? line.left(colon).trimmed() : QString();
        static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
        if (name.isEmpty() || !token.match(name).hasMatch()) {
            *problem = QCoreApplication::translate("tc::RequestComposer", "Header line %1 is not “Name: value”: %2")
                               .arg(i + 1)
                               .arg(line.left(60));
            return {};
        }
        out.append({name.toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return out;
}

QString ComposedRequest::headersText(const HeaderList &headers)
{
    QStringList lines;
    for (const auto &h : headers)
        lines.append(QString::fromLatin1(h.first) + u": "_s + QString::fromUtf8(h.second));
    return lines.join(u'\n');
}

void ComposedCall::finish(const ApiError &error, ApiCall *call)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (call && call->exchange().id != 0) {
        m_exchange = call->exchange();
        m_rawReply = call->body().left(Exchange::BodyCaptureLimit);
    }
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); });
}

RequestComposer::RequestComposer(Services *services, QObject *parent) : QObject(parent), m_services(services) { }

QList<RequestComposer::Template> RequestComposer::templates(const QString &profile) const
{
    Endpoints e;
    if (const auto p = m_services->profiles()->profile(profile))
        e = p->endpoints();
    using A = ComposedRequest::Auth;
    const QJsonObject user{{u"FirstName"_s, u"Ann"_s},
                           {u"LastName"_s, u"Example"_s},
                           {u"Email"_s, u"ann@example.com"_s},
                           {u"ClientId"_s, u"client-1"_s}};
    return {
            {u"Registration/Create"_s, "POST", e.registrationCreate, user, A::GroupKey},
            {u"Registration/CreateMany"_s, "POST", e.registrationCreateMany, {{u"Quantity"_s, 2}}, A::GroupKey},
            {u"Auth/Login (admin)"_s, "POST", e.login,
             ApiClient::loginBody(true, u"admin@example.com"_s, u""_s, LoginFieldsShape::Object), A::None},
            {u"Auth/Login (user)"_s, "POST", e.login,
             ApiClient::loginBody(false, u"DEVICE-TOKEN"_s, u""_s, LoginFieldsShape::Object), A::None},
            {u"Auth/RefreshToken"_s,
             "POST",
             e.refresh,
             {{u"AccessToken"_s, u""_s}, {u"RefreshToken"_s, u""_s}},
             A::None},
            {u"Management/users/find"_s, "GET", e.usersFind + u"?Email=ann%40example.com"_s, {}, A::Session},
            {u"Management/users (own profile)"_s, "GET", e.users, {}, A::Session},
            {u"Management/users (update)"_s, "PUT", e.users, {{u"FirstName"_s, u"Anna"_s}}, A::Session},
            {u"Management/users (delete)"_s, "DELETE", e.users + u"/DEVICE-TOKEN"_s, {}, A::Session},
    };
}

QStringList RequestComposer::knownPaths(const QString &profile) const
{
    QStringList out;
    const auto all = templates(profile);
    for (const Template &t : all) {
        const QString path = t.path.section(u'?', 0, 0);
        if (!out.contains(path))
            out.append(path);
    }
    return out;
}

QList<ComposedRequest::Auth> RequestComposer::authsFor(const QString &profile) const
{
    const auto p = m_services->profiles()->profile(profile);
    if (!p)
        return {};
    if (p->kind == ProfileKind::GroupKey)
        return {ComposedRequest::Auth::None, ComposedRequest::Auth::GroupKey};
    return {ComposedRequest::Auth::None, ComposedRequest::Auth::Session};
}

ComposedCall *RequestComposer::send(const ComposedRequest &request, QObject *parent)
{
    auto *call = new ComposedCall(parent ? parent : this);
    const auto refuse = [call](const QString &why) { call->finish(ApiError::validation(why), nullptr); };
    const auto p = m_services->profiles()->profile(request.profile);
    if (!p) {
        refuse(tr("Choose a profile to send as (its service and credentials). Nothing was sent."));
        return call;
    }
    if (!authsFor(p->name).contains(request.auth)) {
        refuse(tr("“%1” cannot send with this auth. Nothing was sent.").arg(p->name));
        return call;
    }
    if (request.path.trimmed().isEmpty()) {
        refuse(tr("Give a path, e.g. /v1/Auth/Login. Nothing was sent."));
        return call;
    }
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError) {
            refuse(tr("The body is not JSON (%1 at character %2). Nothing was sent.")
                           .arg(error.errorString())
                           .arg(error.offset));
            return call;
        }
    }
    ApiRequest r;
    r.method = request.method.trimmed().toUpper();
    r.path = request.path.trimmed();
    r.headers = request.headers;
    r.body = request.body;
    r.label = tr("composer");
    r.purpose = tr("composer");
    r.expect = ApiCall::Expect::Raw;
    OpenSessions *sessions = m_services->sessions();

    switch (request.auth) {
    case ComposedRequest::Auth::None: {
        ApiClient *api = sessions->newClient(*p, call);
        sendAs(call, api, r, *p);
        return call;
    }
    case ComposedRequest::Auth::GroupKey: {
        ApiClient *api = sessions->newClient(*p, call);
        const QString instanceId = p->instanceId.trimmed();
        KeychainJob *read = m_services->profiles()->readSecret(p->name, SecretItem::instanceKey());
        connect(read, &KeychainJob::finished, call, [this, call, api, r, instanceId, profile = *p](KeychainJob *j) {
            const QString name = profile.name;
            if (!j->ok() || !j->found() || j->data().isEmpty()) {
                call->finish(ApiError::keychain(tr("the InstanceKEY of “%1” could not be read: %2. Nothing was sent.")
                                                        .arg(name, j->ok() ? tr("none is kept") : j->errorMessage())),
                             nullptr);
                return;
            }
            ApiRequest keyed = r;
            keyed.headers.append({"InstanceId", instanceId.toUtf8()});
            keyed.headers.append({"InstanceKey", j->data()});
            sendAs(call, api, keyed, profile);
        });
        return call;
    }
    case ComposedRequest::Auth::Session: {
        Session *session = sessions->open(*p);
        ApiClient *api = sessions->client(p->name);
        if (!session || !api) {
            refuse(tr("“%1” has no session. Nothing was sent.").arg(p->name));
            return call;
        }
        QPointer<ApiClient> client(api);
        SessionTask *task = session->authorized([client, r](const QString &jwt) -> ApiCall * {
            if (!client)
                return nullptr;
            ApiRequest withBearer = r;
            withBearer.bearer = jwt;
            withBearer.context = ApiError::Context::Bearer;
            return client->send(withBearer);
        });
        connect(task, &SessionTask::finished, call, [call](SessionTask *t) {
            call->m_retried = t->retriedAfter401();
            call->finish(t->error(), t->reply());
        });
        return call;
    }
    }
    return call;
}

void RequestComposer::sendAs(ComposedCall *call, ApiClient *api, ApiRequest request, const Profile &profile)
{
    ApiCall *sent = api->send(request);
    sent->setAutoDelete(false); // a child of the client, itself the call's
    connect(sent, &ApiCall::finished, call, [this, call, sent, profile] {
        call->m_ledgerNote = recordRegistrations(profile, sent);
        call->finish(sent->error(), sent);
    });
}

QString RequestComposer::recordRegistrations(const Profile &profile, const ApiCall *call)
{
    const Endpoints e = profile.endpoints();
    const QString path = call->url().path();
    const bool one = path == e.registrationCreate;
    const bool many = path == e.registrationCreateMany;
    if ((!one && !many) || call->httpStatus() < 200 || call->httpStatus() >= 300)
        return {};
    const QJsonValue result = Envelope::fromJson(call->body()).result();
    QList<LedgerEntry> entries;
    const auto take = [&](const QJsonValue &v, qint64 row) {
        const QString dt = v.toObject().value(u"DeviceToken"_s).toString();
        if (dt.isEmpty())
            return;
        LedgerEntry entry;
        entry.source = one ? LedgerSource::create() : LedgerSource::createMany();
        entry.rowNo = row;
        entry.state = LedgerState::done();
        entry.deviceToken = dt;
        entry.instanceId = profile.instanceId.trimmed();
        entry.baseUrl = call->url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
        entries.append(entry);
    };
    if (result.isArray()) {
        const QJsonArray list = result.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            take(list.at(i), i + 1);
    } else {
        take(result, 0);
    }
    if (entries.isEmpty())
        return {};
    Ledger *ledger = m_services->registration()->ledger();
    if (!ledger->isOpen() || !ledger->addAll(entries)) {
        QStringList tokens;
        for (const LedgerEntry &entry : std::as_const(entries))
            tokens.append(entry.deviceToken);
        return tr("These DeviceTokens are NOT recorded in the ledger (%1): %2")
                .arg(ledger->isOpen() ? ledger->errorString() : m_services->registration()->ledgerError(),
                     tokens.join(u", "_s));
    }
    return tr("%n DeviceToken(s) recorded in the ledger.", "", int(entries.size()));
}

// ---- named requests --------------------------------------------------------------------------

ComposedRequest RequestComposer::withoutSecrets(const ComposedRequest &request)
{
    ComposedRequest out = request;
    out.headers.clear();
    for (const auto &h : request.headers) {
        if (!Redactor::isSecretHeader(h.first))
            out.headers.append({h.first, Redactor::redactHeaderValue(h.first, h.second)});
    }
    out.body = Redactor::redactBody(request.body);
    // Secret values come back empty (to be typed again), not as the mask.
    out.body.replace(Redactor::mask().toUtf8(), QByteArray());
    out.path = Redactor::redactText(request.path);
    return out;
}

QStringList RequestComposer::savedNames() const
{
    QSettings *s = m_services->settings();
    s->beginGroup(Group);
    QStringList names;
    const QStringList groups = s->childGroups();
    for (const QString &g : groups)
        names.append(QString::fromUtf8(QByteArray::fromHex(g.toLatin1())));
    s->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ComposedRequest> RequestComposer::saved(const QString &name) const
{
    QSettings *s = m_services->settings();
    const QString key = Group + u'/' + QString::fromLatin1(name.toUtf8().toHex());
    if (!s->contains(key + u"/method"_s))
        return std::nullopt;
    ComposedRequest r;
    r.method = s->value(key + u"/method"_s).toString().toLatin1();
    r.path = s->value(key + u"/path"_s).toString();
    QString problem;
    r.headers = ComposedRequest::parseHeaders(s->value(key + u"/headers"_s).toString(), &problem);
    r.body = s->value(key + u"/body"_s).toString().toUtf8();
    r.profile = s->value(key + u"/profile"_s).toString();
    r.auth = ComposedRequest::authFromName(s->value(key + u"/auth"_s).toString()).value_or(ComposedRequest::Auth::None);
    return r;
}

void RequestComposer::save(const QString &name, const ComposedRequest &request)
{
    const ComposedRequest r = withoutSecrets(request);
    QSettings *s = m_services->settings();
    const QString key = Group + u'/' + QString::fromLatin1(name.toUtf8().toHex());
    s->setValue(key + u"/method"_s, QString::fromLatin1(r.method));
    s->setValue(key + u"/path"_s, r.path);
    s->setValue(key + u"/headers"_s, ComposedRequest::headersText(r.headers));
    s->setValue(key + u"/body"_s, QString::fromUtf8(r.body));
    s->setValue(key + u"/profile"_s, r.profile);
    s->setValue(key + u"/auth"_s, ComposedRequest::authName(r.auth));
    s->sync();
}

void RequestComposer::remove(const QString &name)
{
    QSettings *s = m_services->settings();
    s->remove(Group + u'/' + QString::fromLatin1(name.toUtf8().toHex()));
    s->sync();
}

} // namespace tc
