// The command base and the registry (Command.h).
#include "Command.h"

#include "BulkCommand.h"
#include "RegisterCommands.h"
#include "RequestCommand.h"
#include "SessionCommands.h"
#include "TokenCommand.h"
#include "UserCommand.h"

#include "core/ledger/Ledger.h"

using namespace Qt::StringLiterals;

namespace cli {

Command::Command(QString name, QString synopsis, QString description, QString usage)
    : name(std::move(name)), synopsis(std::move(synopsis)), description(std::move(description)), usage(std::move(usage))
{
}

Command::~Command() = default;

std::vector<std::unique_ptr<Command>> Command::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<TokenCommand>());
    commands.push_back(std::make_unique<RegisterCommand>());
    commands.push_back(std::make_unique<RegisterManyCommand>());
    commands.push_back(std::make_unique<BulkCommand>());
    commands.push_back(std::make_unique<RequestCommand>());
    commands.push_back(std::make_unique<LoginCommand>());
    commands.push_back(std::make_unique<RefreshCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<FindCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<LogoutCommand>());
    return commands;
}

QString Command::helpLine() const
{
    // The descriptions line up in one column; a longer synopsis pushes its own to the right.
    if (description.isEmpty())
        return synopsis;
    return synopsis.leftJustified(std::max<qsizetype>(helpColumn, synopsis.size() + 3)) + description;
}

std::unique_ptr<QCommandLineParser> Command::makeParser() const
{
    auto parser = std::make_unique<QCommandLineParser>();
    for (const PositionalArgument &a : positionalArguments)
        parser->addPositionalArgument(a.name, a.description, a.syntax);
    for (const QCommandLineOption &o : options)
        parser->addOption(o);
    CliContext::addGlobalOptions(*parser);
    return parser;
}

QString Command::helpText() const
{
    const QString help = makeParser()->helpText();
    const qsizetype from = help.indexOf(u"Options:"_s);
    return u"Usage: telematics-cli [global options] "_s + usage + u"\n\n"_s + (from >= 0 ? help.mid(from) : help);
}

std::optional<int> Command::parse(CliContext &ctx, const QStringList &args)
{
    m_parser = makeParser();
    if (!m_parser->parse(args))
        return ctx.usageError(m_parser->errorText() + u" (see: telematics-cli "_s + args.value(0) + u" --help)"_s);
    if (m_parser->isSet(u"help"_s)) {
        ctx.out() << helpText();
        ctx.out().flush();
        return ExitOk;
    }
    if (const int rc = ctx.applyGlobalOptions(*m_parser))
        return rc;
    return std::nullopt;
}

QCommandLineOption Command::instanceIdOption()
{
    return {u"instance-id"_s,
            u"The user group's InstanceId (required). The InstanceKey comes from TELEMATICS_INSTANCE_KEY or --secret-stdin."_s,
            u"ID"_s};
}

QCommandLineOption Command::secretStdinOption()
{
    return {u"secret-stdin"_s, u"Read the InstanceKey from the first line of standard input."_s};
}

QCommandLineOption Command::yesOption()
{
    return {u"yes"_s, u"Confirm creating users in production (asked on a terminal otherwise)."_s};
}

QCommandLineOption Command::ledgerOption()
{
    return {u"ledger"_s,
            u"The ledger (SQLite) every DeviceToken is committed to before it is printed (default: %1)."_s.arg(
                    tc::Ledger::defaultPath()),
            u"FILE"_s};
}

std::unique_ptr<tc::Ledger> Command::openLedger(CliContext &ctx, int *rc) const
{
    auto ledger = std::make_unique<tc::Ledger>();
    const QString path = isSet(u"ledger"_s) ? value(u"ledger"_s) : tc::Ledger::defaultPath();
    if (!ledger->open(path)) {
        *rc = ctx.usageError(ledger->errorString() + u" (nothing was sent)"_s);
        return nullptr;
    }
    return ledger;
}

} // namespace cli
