#include "core/services/SandboxProfiles.h"

#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tc {

QString SandboxProfiles::adminProfileName()
{
    return tr("Local sandbox — admin");
}

QString SandboxProfiles::userGroupProfileName()
{
    return tr("Local sandbox — user group");
}

SandboxProfiles::SandboxProfiles(ProfileStore *profiles, QObject *parent) : QObject(parent), m_profiles(profiles) { }

void SandboxProfiles::create(const QJsonObject &startupDocument, const QUrl &baseUrl)
{
    const QJsonObject admin = startupDocument.value(u"admin"_s).toObject();
    const QJsonObject group = startupDocument.value(u"groups"_s).toArray().first().toObject();

    Profile a;
    a.name = adminProfileName();
    a.environment = ProfileEnvironment::Sandbox;
    a.url = baseUrl;
    a.kind = ProfileKind::Admin;
    a.instanceId = admin.value(u"instance_id"_s).toString();
    a.email = admin.value(u"email"_s).toString();
    Profile g;
    g.name = userGroupProfileName();
    g.environment = ProfileEnvironment::Sandbox;
    g.url = baseUrl;
    g.kind = ProfileKind::GroupKey;
    g.instanceId = group.value(u"instance_id"_s).toString();
    for (const Profile &p : {a, g}) {
        if (const ApiError e = m_profiles->save(p); e.isError())
            m_problems << tr("Could not create the profile “%1”: %2").arg(p.name, e.message());
    }

    m_left = 2;
    const auto done = [this](KeychainJob *job) {
        if (!job->ok())
            m_problems << tr("A credential could not be stored: %1").arg(job->errorMessage());
        if (--m_left == 0)
            Q_EMIT finished();
    };
    connect(m_profiles->writeSecret(a.name, SecretItem::apiPassword(), admin.value(u"password"_s).toString().toUtf8()),
            &KeychainJob::finished, this, done);
    connect(m_profiles->writeSecret(g.name, SecretItem::instanceKey(),
                                    group.value(u"instance_key"_s).toString().toUtf8()),
            &KeychainJob::finished, this, done);
}

} // namespace tc
