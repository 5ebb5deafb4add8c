#pragma once
// Where a registration goes, as one value: a group-key profile's base URL, endpoint paths and
// group InstanceId. The group's InstanceKEY is not part of it: it is read from that same
// profile's keychain entry at the moment of sending (RegistrationService), so a key can only
// ever travel to the origin of the profile it belongs to.
//
// The CLI, which takes --base-url and --instance-id with the key from the environment, builds a
// target without a profile (profileName empty).
#include "core/api/ApiClient.h"
#include "core/profiles/Profile.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tc {

struct RegistrationTarget
{
    Q_DECLARE_TR_FUNCTIONS(tc::RegistrationTarget)
public:
    QString profileName; // the group-key profile (empty: the CLI's --instance-id)
    ProfileEnvironment environment = ProfileEnvironment::Production;
    QUrl baseUrl; // where the requests go (a sandbox profile: the running sandbox's URL)
    Endpoints endpoints;
    QString instanceId;
    TlsTrust tls; // the profile's CA file / pin for baseUrl's origin (the CLI's --ca-file, --pin-sha256)

    // A group-key profile as a target; baseUrl is where its requests go now.
    static RegistrationTarget fromProfile(const Profile &profile, const QUrl &baseUrl);
    // The CLI's target (no profile): production when the host is the vendor's.
    static RegistrationTarget fromUrl(const QUrl &baseUrl, const QString &instanceId, const TlsTrust &tls = {});

    bool isValid() const { return !instanceId.isEmpty() && baseUrl.isValid() && !baseUrl.host().isEmpty(); }
    bool isProduction() const;
    // "user.telematicssdk.com", "127.0.0.1:40123"
    QString host() const;
    // "5dd0a1b2…" (the start of the InstanceId)
    QString shortGroup() const;
    // One line a person reads before pressing Register:
    // "Registers into group 5dd0a1b2… at user.telematicssdk.com — PRODUCTION"
    QString describe() const;
    // The same origin and group (what a key and a DeviceToken belong to).
    bool sameDestination(const RegistrationTarget &other) const;
};

} // namespace tc
