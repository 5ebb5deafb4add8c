#pragma once
// What the registration pages need in their GUI tests: a sandbox process, the console's services
// (profiles in a temporary settings file, the keychain under a test service name, the ledger in a
// temporary folder) and a group-key profile for the sandbox's first group, its InstanceKEY in the
// keychain. Call start() from initTestCase().
#include "GuiTestEnv.h"
#include "SandboxProcess.h"

#include "core/ledger/Ledger.h"
#include "core/registration/RegistrationTarget.h"
#include "core/services/RegistrationService.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

struct RegistrationRig
{
    GuiTestEnv env;
    SandboxProcess sb;
    QTemporaryDir dir;
    std::unique_ptr<tc::ConsoleServices> services;

    static QString groupProfile() { return QStringLiteral("Sandbox process — group"); }

    // Empty on success, else what went wrong.
    QString start()
    {
        if (!sb.start())
            return sb.errorString();
        tc::ConsoleServices::Options o;
        o.settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        o.keychainService = GuiTestEnv::keychainService();
        o.ledgerPath = dir.filePath(QStringLiteral("ledger.sqlite"));
        services = std::make_unique<tc::ConsoleServices>(std::move(o));
        if (!ledger()->isOpen())
            return QStringLiteral("the ledger did not open: ") + registration()->ledgerError();
        return addGroupProfile(groupProfile(), sb.baseUrl(), sb.groupInstanceId(0), sb.groupInstanceKey(0).toUtf8());
    }

    // Saves a group-key profile (Custom environment) and writes its InstanceKEY.
    QString addGroupProfile(const QString &name, const QUrl &url, const QString &instanceId, const QByteArray &key,
                            tc::ProfileEnvironment environment = tc::ProfileEnvironment::Custom)
    {
        tc::Profile g;
        g.name = name;
        g.environment = environment;
        g.url = url;
        g.kind = tc::ProfileKind::GroupKey;
        g.instanceId = instanceId;
        if (const tc::ApiError e = services->profiles()->save(g); e.isError())
            return e.message();
        if (!key.isEmpty() && !GuiTestEnv::writeSecret(*services, name, tc::SecretItem::instanceKey(), key))
            return QStringLiteral("the InstanceKEY was not kept in the keychain");
        return {};
    }

    tc::RegistrationService *registration() const { return services->registration(); }
    tc::Ledger *ledger() const { return services->registration()->ledger(); }
    tc::RegistrationTarget target() const { return *registration()->target(groupProfile()); }
};
