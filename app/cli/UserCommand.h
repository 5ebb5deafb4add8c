#pragma once
// user show | update | move | delete: one user through the Management API (admin session), over
// core's UserAdmin. docs/CLI.md is the contract.
#include "Command.h"

#include "core/users/ManagedUser.h"

#include <QObject>

namespace tc {
class Session;
class UserAdmin;
class UserTask;
} // namespace tc

namespace cli {

// One group key read (RegistrationService::readGroupKey), as something CliContext::wait() can
// wait for.
class GroupKeyRead : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void finished();
};

// user show DT | user update DT [--first-name ...] | user move DT --to-instance-id ID
// [--to-profile NAME] | user delete DT --confirm LAST8
class UserCommand : public Command
{
public:
    UserCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    int show(CliContext &ctx, tc::UserAdmin &admin);
    int update(CliContext &ctx, tc::UserAdmin &admin);
    int move(CliContext &ctx, tc::UserAdmin &admin);
    int remove(CliContext &ctx, tc::UserAdmin &admin);
    // The user as it is now (nullopt and *rc when the read failed or none has the DeviceToken).
    std::optional<tc::ManagedUser> current(CliContext &ctx, tc::UserAdmin &admin, int *rc);
    // Waits for the task; false when interrupted.
    bool await(CliContext &ctx, tc::UserTask *task);
    void printUser(CliContext &ctx, const tc::ManagedUser &user, const QJsonObject &extra = {});
    // The flags of `update` as the values they ask for; nullopt and *rc on a bad value.
    std::optional<QHash<QString, QJsonValue>> wantedValues(CliContext &ctx, int *rc) const;

    QString m_action;
    QString m_deviceToken;
};

} // namespace cli
