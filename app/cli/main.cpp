// telematics-cli: the console without windows (docs/CLI.md is the contract).
// A command group is one function in its own file (Commands.h); add it to the table below.
#include "Commands.h"
#include "SessionCommands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    QString name;
    QString synopsis;
    int (*run)(cli::CliContext &, const QStringList &);
};

const QList<Command> &commands()
{
    static const QList<Command> table{
            {u"token"_s, u"token inspect [JWT | -]            decode a JWT (secrets masked)"_s, &cli::runTokenCommand},
            {u"register"_s, u"register --instance-id ID [...]     Registration/Create"_s, &cli::runRegisterCommand},
            {u"register-many"_s, u"register-many --instance-id ID --quantity N --out FILE.csv"_s, &cli::runRegisterManyCommand},
            {u"bulk"_s, u"bulk FILE.csv --instance-id ID --out RESULTS.csv [--ledger FILE] [--concurrency N] [--resume]"_s, &cli::runBulkCommand},
            {u"request"_s, u"request METHOD PATH [--body JSON | --body-file F] [--auth admin|user|none]"_s, &cli::runRequestCommand},
            {u"login"_s, u"login admin --instance-id ID --email EMAIL | login user --instance-id ID --device-token DT"_s, &cli::runLoginCommand},
            {u"refresh"_s, u"refresh [admin|user]                refresh the kept session; keeps the rotated pair"_s, &cli::runRefreshCommand},
            {u"status"_s, u"status                              the kept sessions and their expiry"_s, &cli::runStatusCommand},
            {u"find"_s, u"find --device-token DT | --email E | --client-id C ...   Management/users/find"_s, &cli::runFindCommand},
            {u"logout"_s, u"logout [admin|user] [--forget]      drop the kept session (and credentials)"_s, &cli::runLogoutCommand},
    };
    return table;
}

QString globalHelp()
{
    QString text = u"Usage: telematics-cli [--base-url URL | --profile NAME] [--json] [--timeout SECONDS] COMMAND [ARGS]\n\n"
                   "The Telematics console without windows. Secrets never travel as flag values: they come from\n"
                   "the keychain, from an environment variable (TELEMATICS_INSTANCE_KEY, TELEMATICS_PASSWORD) or\n"
                   "from standard input with --secret-stdin.\n\n"
                   "Commands:\n"_s;
    for (const Command &c : commands())
        text += u"  "_s + c.synopsis + u"\n"_s;
    text += u"\nGlobal options:\n"
            "  --base-url URL      the user service (e.g. https://user.telematicssdk.com); not assumed\n"
            "  --profile NAME      a saved profile\n"
            "  --json              one JSON document on stdout; messages on stderr\n"
            "  --timeout SECONDS   bound each request (default 30)\n"
            "  --verbose           say on stderr what the command does (quiet on success otherwise)\n"
            "  -h, --help          this help; COMMAND --help for a command's options\n"
            "  --version           the version\n\n"
            "Exit codes: 0 success; 1 the service answered with an error; 2 bad usage or input (nothing sent);\n"
            "3 network, TLS or timeout failure; 4 keychain unavailable; 5 interrupted;\n"
            "6 the ledger could not be written (the DeviceTokens it missed are printed).\n"_s;
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"telematics-cli"_s);
    QCoreApplication::setOrganizationName(u"telematics-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
    cli::CliContext::quietLogging();

    cli::CliContext ctx(app);

    QCommandLineParser global;
    cli::CliContext::addGlobalOptions(global);
    global.addOption({u"version"_s, u"Show the version."_s});
    global.addPositionalArgument(u"command"_s, u"The command to run."_s, u"COMMAND [ARGS]"_s);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QStringList arguments = app.arguments();
    if (const QString flag = cli::CliContext::secretFlagIn(arguments); !flag.isEmpty())
        return ctx.usageError(flag + u" is not accepted: secrets never travel as flag values (they would show in ps and in the shell's history). Set TELEMATICS_INSTANCE_KEY (a group's key) or TELEMATICS_PASSWORD (the API password), or use --secret-stdin."_s);
    if (!global.parse(arguments))
        return ctx.usageError(global.errorText() + u" (see: telematics-cli --help)"_s);
    if (global.isSet(u"version"_s)) {
        ctx.out() << u"telematics-cli "_s << QCoreApplication::applicationVersion() << u"\n"_s;
        return cli::ExitOk;
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        if (global.isSet(u"help"_s)) {
            ctx.out() << globalHelp();
            return cli::ExitOk;
        }
        ctx.applyGlobalOptions(global);
        ctx.err() << globalHelp();
        return ctx.usageError(u"no command given"_s);
    }
    if (const int rc = ctx.applyGlobalOptions(global))
        return rc;
    for (const Command &c : commands()) {
        if (c.name == positional.first()) {
            QStringList args = positional;
            if (global.isSet(u"help"_s))
                args.append(u"--help"_s);
            return c.run(ctx, args);
        }
    }
    return ctx.usageError(u"unknown command \"%1\" (see: telematics-cli --help)"_s.arg(positional.first()));
}
