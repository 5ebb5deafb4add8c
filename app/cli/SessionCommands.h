#pragma once
// The session commands (docs/CLI.md): login, refresh, status, find, logout. What they keep (the
// keychain, the profiles, the sessions) is CliContext::services() (CliServices.h).
#include "Command.h"

#include "core/auth/Session.h"
#include "core/profiles/Profile.h"

#include <QJsonArray>

#include <memory>
#include <vector>

namespace cli {

// login admin --instance-id ID --email EMAIL | login user --instance-id ID --device-token DT
// | login user --instance-id ID --phone P | --email E (a UBI user, with the user's own password)
class LoginCommand : public Command
{
public:
    LoginCommand();
    ~LoginCommand() override;
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    std::optional<int> parseOptions(CliContext &ctx);
    std::optional<int> readCredentials(CliContext &ctx);
    std::optional<int> logIn(CliContext &ctx);
    void print(CliContext &ctx);

    tc::SessionKind m_kind = tc::SessionKind::Admin;
    tc::LoginFieldsMode m_mode = tc::LoginFieldsMode::Auto;
    tc::UserLogin m_userLogin = tc::UserLogin::DeviceToken;
    QString m_instanceId;
    QString m_login;  // the e-mail (admin), the DeviceToken (user), the phone or e-mail (UBI user)
    QString m_secret; // empty: the profile's stored one
    std::unique_ptr<tc::Session> m_session;
};

// refresh [admin|user]
class RefreshCommand : public Command
{
public:
    RefreshCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    tc::SessionKind kindToRefresh(CliContext &ctx) const;
};

// status: the kept sessions (no network)
class StatusCommand : public Command
{
public:
    StatusCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    QList<tc::SessionKind> kindsToShow(CliContext &ctx) const;
    void print(CliContext &ctx, const std::vector<std::unique_ptr<tc::Session>> &kept);
};

// find --device-token DT | --email E | --client-id C | --phone P | --first-name F | --last-name L | --full-name N
class FindCommand : public Command
{
public:
    FindCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    std::optional<int> parseCriteria(CliContext &ctx);
    void print(CliContext &ctx, const QJsonArray &users);

    QList<QPair<QString, QString>> m_criteria; // (field, value)
};

// logout [admin|user] [--forget]
class LogoutCommand : public Command
{
public:
    LogoutCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    QList<tc::SessionKind> kindsToLogOut(CliContext &ctx) const;
};

} // namespace cli
