// user show / update / move / delete (UserCommand.h).
#include "UserCommand.h"

#include "CliServices.h"

#include "core/api/ApiClient.h"
#include "core/ledger/Ledger.h"
#include "core/services/RegistrationService.h"
#include "core/services/Services.h"
#include "core/users/UserAdmin.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// (option, field) for `user update`, in the order of the help.
const QList<QPair<QString, QString>> &updateFlags()
{
    static const QList<QPair<QString, QString>> flags{
            {u"first-name"_s, u"FirstName"_s},
            {u"last-name"_s, u"LastName"_s},
            {u"nickname"_s, u"Nickname"_s},
            {u"email"_s, u"Email"_s},
            {u"phone"_s, u"Phone"_s},
            {u"gender"_s, u"Gender"_s},
            {u"birthday"_s, u"Birthday"_s},
            {u"marital-status"_s, u"MaritalStatus"_s},
            {u"children-count"_s, u"ChildrenCount"_s},
            {u"country"_s, u"Country"_s},
            {u"district"_s, u"District"_s},
            {u"city"_s, u"City"_s},
            {u"address"_s, u"Address"_s},
            {u"image-url"_s, u"ImageUrl"_s},
            {u"client-id"_s, u"ClientId"_s},
            {u"enable-tracking"_s, u"EnableTracking"_s},
            {u"enable-logging"_s, u"EnableLogging"_s},
            {u"enabled"_s, u"Enabled"_s},
            {u"status"_s, u"Status"_s},
    };
    return flags;
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"1"_s || t == u"on"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"0"_s || t == u"off"_s)
        return false;
    return std::nullopt;
}

QJsonObject userJson(const tc::ManagedUser &u)
{
    QJsonObject o = u.profile;
    o.insert(u"UserFields"_s, u.userFields);
    return o;
}

QString lastEight(const QString &deviceToken)
{
    return deviceToken.trimmed().right(8);
}

} // namespace

UserCommand::UserCommand()
    : Command(
            u"user"_s, u"user show|update|move|delete DT ..."_s,
            u"one user through the Management API (admin session)"_s,
            u"user show DT\n"
            u"       user update DT [--first-name F ... --status Active|Deactivated --enable-tracking true|false ...]\n"
            u"       user move DT --to-instance-id ID [--to-profile NAME | --secret-stdin]\n"
            u"       user delete DT --confirm LAST8"_s)
{
    positionalArguments = {{u"action"_s, u"show, update, move or delete"_s, {}},
                           {u"device-token"_s, u"the user's DeviceToken"_s, {}}};
    for (const auto &f : updateFlags()) {
        const tc::UserField::Spec *s = tc::UserField::spec(f.second);
        QString help = u"update: the new %1"_s.arg(f.second);
        if (s && s->type == tc::UserField::Type::Bool)
            help += u" (true or false)"_s;
        else if (s && s->type == tc::UserField::Type::Choice)
            help += u" (%1)"_s.arg(s->choices.join(u", "_s));
        options.append({f.first, help, u"VALUE"_s});
    }
    options.append({u"to-instance-id"_s, u"move: the target group's InstanceId"_s, u"ID"_s});
    options.append({u"to-profile"_s,
                    u"move: the group-key profile whose keychain entry holds the target group's InstanceKEY "
                    u"(else TELEMATICS_TARGET_INSTANCE_KEY or --secret-stdin)"_s,
                    u"NAME"_s});
    options.append(secretStdinOption());
    options.append({u"confirm"_s, u"delete: the last 8 characters of the DeviceToken"_s, u"LAST8"_s});
    options.append(ledgerOption());
}

bool UserCommand::await(CliContext &ctx, tc::UserTask *task)
{
    return ctx.wait(task, &tc::UserTask::finished, [] { return false; });
}

void UserCommand::printUser(CliContext &ctx, const tc::ManagedUser &user, const QJsonObject &extra)
{
    if (ctx.json) {
        QJsonObject doc = extra;
        doc.insert(u"found"_s, true);
        doc.insert(u"user"_s, userJson(user));
        ctx.printJson(doc);
        return;
    }
    QTextStream &out = ctx.out();
    out << user.displayName() << u"\n"_s;
    for (const auto &f : user.fieldsForDisplay())
        out << u"  "_s << f.first << u": "_s << f.second << u"\n"_s;
    out.flush();
}

std::optional<tc::ManagedUser> UserCommand::current(CliContext &ctx, tc::UserAdmin &admin, int *rc)
{
    tc::UserTask *task = admin.show(m_deviceToken);
    if (!await(ctx, task)) {
        *rc = ctx.interruptedExit(u"while reading the user"_s);
        return std::nullopt;
    }
    if (!task->ok()) {
        *rc = ctx.fail(task->error());
        return std::nullopt;
    }
    if (!task->user()) {
        ctx.err() << u"error: no user has the DeviceToken "_s << m_deviceToken << u"\n"_s;
        ctx.err().flush();
        if (ctx.json)
            ctx.printJson({{u"found"_s, false}, {u"device_token"_s, m_deviceToken}});
        *rc = ExitServiceError;
        return std::nullopt;
    }
    return task->user();
}

int UserCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args))
        return *rc;
    const QStringList pos = positional();
    static const QStringList actions{u"show"_s, u"update"_s, u"move"_s, u"delete"_s};
    if (pos.isEmpty() || !actions.contains(pos.first()))
        return ctx.usageError(u"user needs an action: show, update, move or delete (then the DeviceToken)"_s);
    m_action = pos.first();
    if (pos.size() != 2 || pos.at(1).trimmed().isEmpty())
        return ctx.usageError(u"user %1 needs exactly one DeviceToken"_s.arg(m_action));
    m_deviceToken = pos.at(1).trimmed();
    // Options that belong to another action are a mistake, not something to ignore.
    for (const auto &f : updateFlags()) {
        if (isSet(f.first) && m_action != u"update"_s)
            return ctx.usageError(u"--%1 is for user update"_s.arg(f.first));
    }
    for (const QString &o : {u"to-instance-id"_s, u"to-profile"_s, u"secret-stdin"_s}) {
        if (isSet(o) && m_action != u"move"_s)
            return ctx.usageError(u"--%1 is for user move"_s.arg(o));
    }
    if (isSet(u"confirm"_s) && m_action != u"delete"_s)
        return ctx.usageError(u"--confirm is for user delete"_s);

    // Checks that need nothing sent come first.
    int rc = ExitOk;
    std::optional<QHash<QString, QJsonValue>> wanted;
    if (m_action == u"update"_s) {
        wanted = wantedValues(ctx, &rc);
        if (!wanted)
            return rc;
    } else if (m_action == u"delete"_s) {
        if (!isSet(u"confirm"_s))
            return ctx.usageError(u"user delete is irreversible: confirm with --confirm %1 (the last 8 characters of "
                                  u"the DeviceToken)"_s.arg(u"LAST8"_s));
        if (value(u"confirm"_s).trimmed().compare(lastEight(m_deviceToken), Qt::CaseInsensitive) != 0)
            return ctx.usageError(u"--confirm %1 does not match the last 8 characters of the DeviceToken (%2): nothing "
                                  u"was deleted"_s.arg(value(u"confirm"_s), lastEight(m_deviceToken)));
    } else if (m_action == u"move"_s) {
        if (value(u"to-instance-id"_s).trimmed().isEmpty())
            return ctx.usageError(u"user move needs --to-instance-id ID (the target group)"_s);
        if (isSet(u"to-profile"_s) && isSet(u"secret-stdin"_s))
            return ctx.usageError(u"give the key one way: --to-profile NAME or --secret-stdin"_s);
    }

    CliServices &services = ctx.services();
    if (const int r = services.prepare())
        return r;
    auto session = services.makeSession(tc::SessionKind::Admin, &rc);
    if (!session)
        return rc;
    bool found = false;
    if (const int r = services.resumeKept(*session, true, &found))
        return r;
    if (!found && session->config().login.isEmpty())
        return services.notLoggedIn(tc::SessionKind::Admin);

    std::unique_ptr<tc::Ledger> ledger;
    if (m_action == u"move"_s || m_action == u"delete"_s) {
        ledger = openLedger(ctx, &rc);
        if (!ledger)
            return rc;
    }
    const QString actor = services.profile() ? services.profile()->name : session->config().login;
    tc::UserAdmin admin(session.get(), ctx.client(), ledger.get(), actor);

    if (m_action == u"show"_s)
        return show(ctx, admin);
    if (m_action == u"update"_s) {
        const auto before = current(ctx, admin, &rc);
        if (!before)
            return rc;
        const tc::UserChanges changes = tc::UserChanges::between(*before, *wanted);
        if (changes.isEmpty()) {
            ctx.info() << u"Nothing to change: the user already has these values. Nothing was sent.\n"_s;
            printUser(ctx, *before, {{u"sent"_s, QJsonArray()}});
            return ExitOk;
        }
        const auto problems = changes.problems();
        if (!problems.isEmpty()) {
            QStringList lines;
            for (auto it = problems.constBegin(); it != problems.constEnd(); ++it)
                lines << it.key() + u": "_s + it.value();
            lines.sort();
            return ctx.usageError(lines.join(u"; "_s) + u" (nothing was sent)"_s);
        }
        tc::UserTask *task = admin.update(m_deviceToken, changes);
        if (!await(ctx, task))
            return ctx.interruptedExit(u"while updating the user (it may have been updated)"_s);
        if (!task->ok()) {
            QJsonObject fields;
            const auto fe = task->fieldErrors();
            for (auto it = fe.constBegin(); it != fe.constEnd(); ++it)
                fields.insert(it.key(), it.value());
            return ctx.fail(task->error(), {{u"fields"_s, fields}});
        }
        const QJsonArray sent = QJsonArray::fromStringList(task->sentFields());
        if (!task->user()) {
            ctx.err() << u"warning: updated, but reading it back failed: "_s << task->readBackProblem() << u"\n"_s;
            ctx.err().flush();
            if (ctx.json)
                ctx.printJson(
                        {{u"sent"_s, sent}, {u"found"_s, false}, {u"read_back_problem"_s, task->readBackProblem()}});
            return ExitOk;
        }
        ctx.info() << u"Sent: "_s << task->sentFields().join(u", "_s) << u"\n"_s;
        printUser(ctx, *task->user(), {{u"sent"_s, sent}});
        return ExitOk;
    }
    if (m_action == u"move"_s)
        return move(ctx, admin);
    return remove(ctx, admin);
}

std::optional<QHash<QString, QJsonValue>> UserCommand::wantedValues(CliContext &ctx, int *rc) const
{
    QHash<QString, QJsonValue> wanted;
    for (const auto &f : updateFlags()) {
        if (!isSet(f.first))
            continue;
        const QString v = value(f.first);
        const tc::UserField::Spec *s = tc::UserField::spec(f.second);
        if (s->type == tc::UserField::Type::Bool) {
            const auto b = parseBool(v);
            if (!b) {
                *rc = ctx.usageError(u"--%1 takes true or false, not \"%2\""_s.arg(f.first, v));
                return std::nullopt;
            }
            wanted.insert(f.second, *b);
        } else if (s->type == tc::UserField::Type::Int) {
            bool ok = false;
            const int n = v.trimmed().toInt(&ok);
            if (!ok || n < 0) {
                *rc = ctx.usageError(u"--%1 takes a whole number, 0 or more, not \"%2\""_s.arg(f.first, v));
                return std::nullopt;
            }
            wanted.insert(f.second, n);
        } else if (s->type == tc::UserField::Type::Choice) {
            QString match;
            for (const QString &c : s->choices) {
                if (c.compare(v.trimmed(), Qt::CaseInsensitive) == 0)
                    match = c;
            }
            if (match.isEmpty()) {
                *rc = ctx.usageError(u"--%1 takes one of %2, not \"%3\""_s.arg(f.first, s->choices.join(u", "_s), v));
                return std::nullopt;
            }
            wanted.insert(f.second, match);
        } else {
            wanted.insert(f.second, v);
        }
    }
    if (wanted.isEmpty()) {
        *rc = ctx.usageError(u"user update needs at least one field to change (e.g. --first-name Ann, --status "
                             u"Deactivated, --enable-tracking false)"_s);
        return std::nullopt;
    }
    return wanted;
}

int UserCommand::show(CliContext &ctx, tc::UserAdmin &admin)
{
    int rc = ExitOk;
    const auto user = current(ctx, admin, &rc);
    if (!user)
        return rc;
    printUser(ctx, *user);
    return ExitOk;
}

int UserCommand::move(CliContext &ctx, tc::UserAdmin &admin)
{
    const QString toInstanceId = value(u"to-instance-id"_s).trimmed();
    QString key;
    QUrl keyOrigin;
    if (isSet(u"to-profile"_s)) {
        // The key from the group-key profile's keychain entry, read now; it goes only to its origin.
        tc::RegistrationService *registration = ctx.core()->registration();
        const QString name = value(u"to-profile"_s);
        const auto target = registration->target(name);
        if (!target)
            return ctx.usageError(u"\"%1\" is not a group-key profile (nothing was sent)"_s.arg(name));
        if (target->instanceId.compare(toInstanceId, Qt::CaseInsensitive) != 0)
            return ctx.usageError(u"profile \"%1\" is group %2, not --to-instance-id %3 (nothing was sent)"_s.arg(
                    name, target->instanceId, toInstanceId));
        GroupKeyRead read;
        tc::ApiError refused;
        registration->readGroupKey(
                *target, &read,
                [&](const tc::RegistrationTarget &t, const QString &k) {
                    key = k;
                    keyOrigin = t.baseUrl;
                    Q_EMIT read.finished();
                },
                [&](const tc::ApiError &e) {
                    refused = e;
                    Q_EMIT read.finished();
                });
        if (!ctx.wait(&read, &GroupKeyRead::finished, [] { return false; }))
            return ctx.interruptedExit(u"while reading the target group's key"_s);
        if (refused.isError())
            return ctx.fail(refused);
    } else {
        QString problem;
        const auto k = ctx.readSecret("TELEMATICS_TARGET_INSTANCE_KEY", isSet(u"secret-stdin"_s), &problem);
        if (!k)
            return ctx.usageError(u"no InstanceKEY for the target group: use --to-profile NAME, or "_s + problem);
        key = *k;
    }
    tc::UserTask *task = admin.move(m_deviceToken, toInstanceId, key, keyOrigin);
    key.clear();
    if (!await(ctx, task))
        return ctx.interruptedExit(u"while moving the user (it may have been moved)"_s);
    if (!task->ledgerProblem().isEmpty()) {
        ctx.err() << u"error: "_s << task->ledgerProblem() << u"\n  not recorded: "_s
                  << (task->ok() ? u"moved "_s : u"may have moved "_s) << m_deviceToken << u" to group "_s
                  << toInstanceId << u"\n"_s;
        ctx.err().flush();
        if (ctx.json)
            ctx.printJson({{u"error"_s, QJsonObject{{u"kind"_s, u"ledger"_s}, {u"message"_s, task->ledgerProblem()}}},
                           {u"device_token"_s, m_deviceToken},
                           {u"moved"_s, task->ok()}});
        return ExitLedger;
    }
    if (!task->ok())
        return ctx.fail(task->error());
    ctx.info() << u"Moved "_s << m_deviceToken << u" to group "_s << toInstanceId << u"; recorded in the ledger.\n"_s;
    if (task->user()) {
        printUser(ctx, *task->user(), {{u"moved"_s, true}, {u"to_instance_id"_s, toInstanceId}});
    } else if (ctx.json) {
        ctx.printJson({{u"moved"_s, true}, {u"to_instance_id"_s, toInstanceId}, {u"found"_s, false}});
    } else {
        ctx.out() << u"Moved "_s << m_deviceToken << u" to group "_s << toInstanceId << u"\n"_s;
        ctx.out().flush();
    }
    return ExitOk;
}

int UserCommand::remove(CliContext &ctx, tc::UserAdmin &admin)
{
    int rc = ExitOk;
    const auto user = current(ctx, admin, &rc); // the user it deletes is named first
    if (!user)
        return rc;
    ctx.info() << u"Deleting "_s << user->displayName() << u" ("_s << user->deviceToken << u", group "_s
               << user->instanceId << u")...\n"_s;
    tc::UserTask *task = admin.remove(m_deviceToken, user->instanceId, user->displayName());
    if (!await(ctx, task))
        return ctx.interruptedExit(u"while deleting the user (it may have been deleted)"_s);
    if (!task->ledgerProblem().isEmpty()) {
        ctx.err() << u"error: "_s << task->ledgerProblem() << u"\n  not recorded: "_s
                  << (task->ok() ? u"deleted "_s : u"may have deleted "_s) << m_deviceToken << u"\n"_s;
        ctx.err().flush();
        if (ctx.json)
            ctx.printJson({{u"error"_s, QJsonObject{{u"kind"_s, u"ledger"_s}, {u"message"_s, task->ledgerProblem()}}},
                           {u"device_token"_s, m_deviceToken},
                           {u"deleted"_s, task->ok()}});
        return ExitLedger;
    }
    if (!task->ok())
        return ctx.fail(task->error());
    if (ctx.json) {
        ctx.printJson({{u"deleted"_s, true},
                       {u"device_token"_s, m_deviceToken},
                       {u"gone"_s, task->gone()},
                       {u"user"_s, userJson(*user)}});
    } else {
        ctx.out() << u"Deleted "_s << user->displayName() << u" ("_s << m_deviceToken
                  << u"); recorded in the ledger.\n"_s;
        if (!task->gone())
            ctx.out() << u"Note: reading it back still found it or failed: "_s << task->readBackProblem() << u"\n"_s;
        ctx.out().flush();
    }
    return ExitOk;
}

} // namespace cli
