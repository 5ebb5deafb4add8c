#include "core/services/RegistrationService.h"

#include "core/api/ApiClient.h"
#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"
#include "core/registration/RegistrationJob.h"
#include "core/registration/RegistrationManyJob.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(-1) == b.port(-1);
}
} // namespace

void UserProfileJob::finish(const ApiError &error)
{
    m_error = error;
    m_finished = true;
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(this); });
}

RegistrationService::RegistrationService(OpenSessions *sessions, ProfileStore *profiles, const QString &ledgerPath,
                                         QObject *parent)
    : QObject(parent), m_sessions(sessions), m_profiles(profiles), m_network(sessions->network()),
      m_ledgerPath(ledgerPath)
{
}

RegistrationService::RegistrationService(QNetworkAccessManager *network, Ledger *ledger, QObject *parent)
    : QObject(parent), m_network(network), m_ledger(ledger)
{
    if (!m_ledger->isOpen())
        m_ledgerError = m_ledger->errorString();
}

RegistrationService::~RegistrationService() = default;

Ledger *RegistrationService::ledger()
{
    if (!m_ledger) { // the console's: opened on first use
        m_ledger = new Ledger(this);
        if (!m_ledger->open(m_ledgerPath.isEmpty() ? Ledger::defaultPath() : m_ledgerPath))
            m_ledgerError = m_ledger->errorString();
    }
    return m_ledger;
}

// ---- targets ------------------------------------------------------------------------------------

QList<RegistrationTarget> RegistrationService::targets() const
{
    QList<RegistrationTarget> out;
    if (!m_profiles)
        return out;
    const QStringList names = m_profiles->names();
    for (const QString &name : names) {
        if (const auto t = target(name))
            out.append(*t);
    }
    return out;
}

std::optional<RegistrationTarget> RegistrationService::target(const QString &groupProfileName) const
{
    if (!m_profiles)
        return std::nullopt;
    const auto p = m_profiles->profile(groupProfileName);
    if (!p || p->kind != ProfileKind::GroupKey)
        return std::nullopt;
    return RegistrationTarget::fromProfile(*p, m_sessions->baseUrlFor(*p));
}

std::optional<RegistrationTarget> RegistrationService::targetFor(const QString &profileName) const
{
    if (!m_profiles)
        return std::nullopt;
    const auto p = m_profiles->profile(profileName);
    if (!p)
        return std::nullopt;
    if (p->kind == ProfileKind::GroupKey)
        return target(profileName);
    const QUrl url = m_sessions->baseUrlFor(*p);
    std::optional<RegistrationTarget> first;
    const QList<RegistrationTarget> all = targets();
    for (const RegistrationTarget &t : all) {
        if (t.environment != p->environment || !sameOrigin(t.baseUrl, url))
            continue;
        // A user profile's own group first.
        if (p->kind == ProfileKind::User && t.instanceId == p->instanceId.trimmed())
            return t;
        if (!first)
            first = t;
    }
    return first;
}

Session *RegistrationService::adminSessionFor(const RegistrationTarget &target) const
{
    if (!m_sessions)
        return nullptr;
    const QStringList names = m_sessions->profileNames();
    for (const QString &name : names) {
        Session *s = m_sessions->session(name);
        const ApiClient *api = m_sessions->client(name);
        if (s && api && s->kind() == SessionKind::Admin && s->hasTokens() && sameOrigin(api->baseUrl(), target.baseUrl))
            return s;
    }
    return nullptr;
}

// ---- the key, read at the moment of sending -------------------------------------------------------

ApiClient *RegistrationService::clientFor(const RegistrationTarget &target, QObject *owner) const
{
    auto *api = new ApiClient(m_network, owner);
    api->setBaseUrl(target.baseUrl);
    api->setTlsTrust(target.tls);
    api->setEndpoints(target.endpoints);
    api->setParty(target.profileName.isEmpty() ? target.baseUrl.host() : target.profileName);
    if (m_timeoutMs > 0)
        api->setTransferTimeout(m_timeoutMs);
    if (m_sessions) {
        api->setClock(m_sessions->clock());
        connect(api, &ApiClient::exchangeStarted, m_sessions, &OpenSessions::exchangeStarted);
        connect(api, &ApiClient::exchangeFinished, m_sessions, &OpenSessions::exchangeFinished);
    }
    return api;
}

void RegistrationService::withKey(const RegistrationTarget &target, const QString &givenKey, QObject *job,
                                  std::function<void(const RegistrationTarget &, const QString &)> then,
                                  std::function<void(const ApiError &)> refused)
{
    if (!target.isValid()) {
        refused(ApiError::validation(tr("No user group is chosen: pick a group-key profile. Nothing was sent.")));
        return;
    }
    if (target.profileName.isEmpty() || !m_profiles) {
        if (givenKey.isEmpty())
            refused(ApiError::validation(
                    tr("No InstanceKEY was given for group %1. Nothing was sent.").arg(target.instanceId)));
        else
            then(target, givenKey);
        return;
    }
    const auto fresh = this->target(target.profileName);
    if (!fresh) {
        refused(ApiError::validation(
                tr("The group-key profile “%1” no longer exists. Nothing was sent.").arg(target.profileName)));
        return;
    }
    if (!fresh->sameDestination(target)) {
        refused(ApiError::validation(tr("The group-key profile “%1” changed: it now registers into group %2 at %3, not "
                                        "group %4 at %5. Check the target and try again. Nothing was sent.")
                                             .arg(target.profileName, fresh->shortGroup(), fresh->host(),
                                                  target.shortGroup(), target.host())));
        return;
    }
    KeychainJob *read = m_profiles->readSecret(target.profileName, SecretItem::instanceKey());
    const RegistrationTarget resolved = *fresh;
    connect(read, &KeychainJob::finished, job, [resolved, then, refused](KeychainJob *j) {
        if (!j->ok()) {
            refused(ApiError::keychain(tr("the InstanceKEY of “%1” could not be read: %2. Nothing was sent.")
                                               .arg(resolved.profileName, j->errorMessage())));
        } else if (!j->found() || j->data().isEmpty()) {
            refused(ApiError::validation(tr("The group-key profile “%1” has no InstanceKEY in the keychain: edit the "
                                            "profile to enter it. Nothing was sent.")
                                                 .arg(resolved.profileName)));
        } else {
            then(resolved, QString::fromUtf8(j->data()));
        }
    });
}

void RegistrationService::readGroupKey(const RegistrationTarget &target, QObject *context,
                                       std::function<void(const RegistrationTarget &, const QString &)> then,
                                       std::function<void(const ApiError &)> refused)
{
    if (target.profileName.isEmpty()) {
        QTimer::singleShot(0, context, [refused] {
            refused(ApiError::validation(tr("Pick a group-key profile: its InstanceKEY is read from the keychain.")));
        });
        return;
    }
    withKey(target, {}, context, std::move(then), std::move(refused));
}

template <typename Job>
void RegistrationService::startWhenKeyed(const RegistrationTarget &target, const QString &givenKey, Job *job,
                                         ApiClient *api)
{
    withKey(
            target, givenKey, job,
            [job, api](const RegistrationTarget &t, const QString &key) {
                api->setBaseUrl(t.baseUrl); // the profile as it is now (same origin as shown)
                api->setTlsTrust(t.tls);
                api->setEndpoints(t.endpoints);
                job->setInstanceKey(key);
                job->start();
            },
            [job](const ApiError &e) { job->refuse(e); });
}

// ---- registrations ------------------------------------------------------------------------------

RegistrationJob *RegistrationService::registerUser(const RegistrationTarget &target, const RegistrationProfile &profile,
                                                   const QString &instanceKey, QObject *parent)
{
    ApiClient *api = clientFor(target, nullptr);
    auto *job = new RegistrationJob(api, ledger(), target.instanceId, QString(), profile, parent);
    api->setParent(job);
    startWhenKeyed(target, instanceKey, job, api);
    return job;
}

RegistrationManyJob *RegistrationService::registerMany(const RegistrationTarget &target, int quantity,
                                                       std::optional<bool> createAccessToken,
                                                       const UserFields &customFields, const QString &instanceKey,
                                                       QObject *parent)
{
    ApiClient *api = clientFor(target, nullptr);
    auto *job = new RegistrationManyJob(api, ledger(), target.instanceId, QString(), quantity, createAccessToken,
                                        customFields, parent);
    api->setParent(job);
    if (const QString problem = RegistrationManyJob::quantityProblem(quantity); !problem.isEmpty()) {
        job->refuse(ApiError::validation(problem)); // before the keychain is even asked
        return job;
    }
    startWhenKeyed(target, instanceKey, job, api);
    return job;
}

BulkJob *RegistrationService::startBulk(const RegistrationTarget &target, BulkOptions options,
                                        const QString &instanceKey, QObject *parent)
{
    ApiClient *api = clientFor(target, nullptr);
    options.instanceId = target.instanceId;
    options.instanceKey.clear();
    auto *job = new BulkJob(api, ledger(), options, parent);
    api->setParent(job);
    job->setAdminSession(adminSessionFor(target));
    startWhenKeyed(target, instanceKey, job, api);
    return job;
}

// ---- user profiles ----------------------------------------------------------------------------------

QString RegistrationService::userProfileName(const QString &groupProfileName, const QString &deviceToken)
{
    // "Local sandbox — user group" -> "Local sandbox — user 3f2a9c1e".
    // Named after the DeviceToken once: a name that already ends in " — user <token>" (a profile made
    // this way, renamed or copied into a group-key profile) does not grow another one.
    QString base = groupProfileName;
    const QString suffix = tr(" — user group");
    if (base.endsWith(suffix))
        base.chop(suffix.size());
    static const QRegularExpression userTail(u"( — user [0-9A-Za-z-]{1,13}( \\([0-9A-Za-z-]+\\))?)+$"_s);
    base.remove(userTail);
    return tr("%1 — user %2").arg(base.isEmpty() ? groupProfileName : base, deviceToken.left(8));
}

UserProfileJob *RegistrationService::saveUserProfile(const RegistrationTarget &target, const QString &deviceToken,
                                                     QObject *parent)
{
    auto *job = new UserProfileJob(parent);
    job->m_deviceToken = deviceToken;
    const auto group = m_profiles ? m_profiles->profile(target.profileName) : std::nullopt;
    if (target.profileName.isEmpty() || !group || group->kind != ProfileKind::GroupKey) {
        job->finish(
                ApiError::validation(tr("A user profile needs the group-key profile the user was registered with.")));
        return job;
    }
    withKey(
            target, {}, job,
            [this, job, group = *group, deviceToken](const RegistrationTarget &, const QString &key) {
                QString name = userProfileName(group.name, deviceToken);
                if (const auto existing = m_profiles->profile(name)) {
                    if (existing->kind == ProfileKind::User && existing->instanceId == group.instanceId) {
                        job->m_profileName = name; // made earlier for this DeviceToken
                        return job->finish({});
                    }
                    name = tr("%1 (%2)").arg(name, deviceToken.left(13));
                }
                Profile u = group;
                u.name = name;
                u.kind = ProfileKind::User;
                u.email.clear();
                u.lastWorkingShape = LoginFieldsMode::Auto;
                if (const ApiError e = m_profiles->save(u); e.isError())
                    return job->finish(e);
                job->m_profileName = name;
                auto left = std::make_shared<int>(2);
                const auto then = [job, left](KeychainJob *j) {
                    if (!j->ok() && job->m_keychainProblem.isEmpty())
                        job->m_keychainProblem = j->errorMessage();
                    if (--*left == 0)
                        job->finish({});
                };
                connect(m_profiles->writeSecret(name, SecretItem::deviceToken(), deviceToken.toUtf8()),
                        &KeychainJob::finished, job, then);
                connect(m_profiles->writeSecret(name, SecretItem::instanceKey(), key.toUtf8()), &KeychainJob::finished,
                        job, then);
            },
            [job](const ApiError &e) { job->finish(e); });
    return job;
}

UserProfileJob *RegistrationService::registerUserProfile(const RegistrationTarget &target, QObject *parent)
{
    auto *job = new UserProfileJob(parent);
    RegistrationJob *reg = registerUser(target, RegistrationProfile(), {}, job);
    connect(reg, &RegistrationJob::finished, job, [this, job, target](RegistrationJob *r) {
        r->deleteLater();
        job->m_deviceToken = r->deviceToken();
        if (r->outcome() != RegistrationJob::Outcome::Done) {
            return job->finish(r->error().isError() ? r->error()
                                                    : ApiError::validation(tr("The registration did not finish.")));
        }
        if (!r->ledgerError().isEmpty()) {
            // Not recorded: say so, and do not build on a DeviceToken that exists only here.
            return job->finish(ApiError::validation(
                    tr("The user %1 was registered but NOT recorded in the ledger (%2): copy the DeviceToken now.")
                            .arg(r->deviceToken(), r->ledgerError())));
        }
        UserProfileJob *save = saveUserProfile(target, r->deviceToken(), job);
        connect(save, &UserProfileJob::finished, job, [job](UserProfileJob *s) {
            s->deleteLater();
            job->m_profileName = s->profileName();
            job->m_keychainProblem = s->keychainProblem();
            job->finish(s->error());
        });
    });
    return job;
}

} // namespace tc
