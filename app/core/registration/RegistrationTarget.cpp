#include "core/registration/RegistrationTarget.h"

using namespace Qt::StringLiterals;

namespace tc {

RegistrationTarget RegistrationTarget::fromProfile(const Profile &profile, const QUrl &baseUrl)
{
    RegistrationTarget t;
    t.profileName = profile.name;
    t.environment = profile.environment;
    t.baseUrl = baseUrl;
    t.endpoints = profile.endpoints();
    t.instanceId = profile.instanceId.trimmed();
    t.tls = profile.tls;
    return t;
}

RegistrationTarget RegistrationTarget::fromUrl(const QUrl &baseUrl, const QString &instanceId, const TlsTrust &tls)
{
    RegistrationTarget t;
    t.tls = tls;
    t.baseUrl = baseUrl;
    t.instanceId = instanceId.trimmed();
    t.environment = Profile::isProductionUrl(baseUrl) ? ProfileEnvironment::Production : ProfileEnvironment::Custom;
    return t;
}

bool RegistrationTarget::isProduction() const
{
    return environment == ProfileEnvironment::Production || Profile::isProductionUrl(baseUrl);
}

QString RegistrationTarget::host() const
{
    return baseUrl.port() > 0 ? baseUrl.host() + u':' + QString::number(baseUrl.port()) : baseUrl.host();
}

QString RegistrationTarget::shortGroup() const
{
    return instanceId.size() > 8 ? instanceId.left(8) + u'…' : instanceId;
}

QString RegistrationTarget::describe() const
{
    if (!isValid())
        return tr("No user group chosen.");
    QString where;
    if (isProduction())
        where = tr("PRODUCTION");
    else if (environment == ProfileEnvironment::Sandbox)
        where = tr("local sandbox");
    else
        where = tr("custom service");
    return tr("Registers into group %1 at %2 — %3").arg(shortGroup(), host(), where);
}

bool RegistrationTarget::sameDestination(const RegistrationTarget &other) const
{
    return instanceId == other.instanceId && baseUrl.scheme() == other.baseUrl.scheme()
           && baseUrl.host().compare(other.baseUrl.host(), Qt::CaseInsensitive) == 0
           && baseUrl.port(-1) == other.baseUrl.port(-1);
}

} // namespace tc
