#pragma once
// register and register-many: Registration/Create and Registration/CreateMany, through the
// console's path (tc::RegistrationService): every DeviceToken is in the ledger before it is
// printed, and a lost answer is never retried (RegisterCommands.cpp).
#include "Command.h"

#include "core/api/RegistrationProfile.h"

namespace tc {
class RegistrationJob;
class RegistrationManyJob;
} // namespace tc

class QJsonArray;
class QSaveFile;

namespace cli {

// What register and register-many share: the group, the InstanceKey and the --enable-X /
// --disable-X toggles.
class RegistrationCommand : public Command
{
protected:
    using Command::Command;

    struct Toggle
    {
        QString enable;
        QString disable;
        QString what;
    };
    static const Toggle tracking;
    static const Toggle logging;
    static const Toggle sdk;

    // --instance-id, --secret-stdin, --no-access-token and the toggles.
    static QList<QCommandLineOption> commonOptions();
    // nullopt = not given; sets *conflict when both are.
    std::optional<bool> toggle(const Toggle &t, QString *conflict) const;
    // --instance-id, the base URL and the InstanceKey (into m_instanceId, m_instanceKey).
    std::optional<int> readGroup(CliContext &ctx);

    QString m_instanceId;
    QString m_instanceKey;
};

class RegisterCommand : public RegistrationCommand
{
public:
    RegisterCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    std::optional<int> parseProfile(CliContext &ctx);
    int report(CliContext &ctx, const tc::RegistrationJob &job, bool done);
    void printUser(CliContext &ctx, const tc::RegistrationJob &job);

    tc::RegistrationProfile m_profile;
};

class RegisterManyCommand : public RegistrationCommand
{
public:
    RegisterManyCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    std::optional<int> parseOptions(CliContext &ctx);
    int report(CliContext &ctx, const tc::RegistrationManyJob &job, bool done, QSaveFile &file);
    int writeTokens(CliContext &ctx, const tc::RegistrationManyJob &job, QSaveFile &file);
    int printUnwritten(CliContext &ctx, const QString &why, const QByteArray &csv, const QJsonArray &tokens);

    int m_quantity = 0;
    QString m_outPath;
    tc::UserFields m_fields;
};

} // namespace cli
