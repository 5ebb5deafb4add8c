// telematics-cli: the console without windows (docs/CLI.md is the contract).
// A command is a class (Command.h) listed in Command::all(); main() parses the global options,
// builds the global help from that registry and runs the command named.
#include "CliContext.h"
#include "Command.h"
#include "Version.h"

#include "core/util/ProcessHygiene.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString globalHelp(const std::vector<std::unique_ptr<cli::Command>> &commands)
{
    QString text = u"Usage: telematics-cli [--base-url URL | --profile NAME] [--json] [--timeout SECONDS] [--har FILE] "
                   u"COMMAND [ARGS]\n\n"
                   "The Telematics console without windows. Secrets never travel as flag values: they come from\n"
                   "the keychain, from an environment variable (TELEMATICS_INSTANCE_KEY, TELEMATICS_PASSWORD) or\n"
                   "from standard input with --secret-stdin.\n\n"
                   "Commands:\n"_s;
    for (const auto &c : commands)
        text += u"  "_s + c->helpLine() + u"\n"_s;
    text += u"\nGlobal options:\n"
            "  --base-url URL      the user service (e.g. https://user.telematicssdk.com); not assumed\n"
            "  --profile NAME      a saved profile\n"
            "  --ca-file FILE      with --base-url: also trust the CA certificate(s) in FILE (PEM) for it\n"
            "  --pin-sha256 HEX    with --base-url: accept only the certificate with this SHA-256 for it\n"
            "  --json              one JSON document on stdout; messages on stderr\n"
            "  --timeout SECONDS   bound each request (default 30)\n"
            "  --har FILE          write every exchange the command made as HAR 1.2 (secrets hidden)\n"
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
    // No core file and no ptrace by the same user: memory holds passwords, keys and tokens.
    const QString hygiene = tc::hardenProcess();
    if (!hygiene.isEmpty())
        std::fprintf(stderr, "telematics-cli: %s\n", qPrintable(hygiene));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"telematics-cli"_s);
    QCoreApplication::setOrganizationName(u"telematics-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
    cli::CliContext::quietLogging();

    cli::CliContext ctx(app);
    const std::vector<std::unique_ptr<cli::Command>> commands = cli::Command::all();

    QCommandLineParser global;
    cli::CliContext::addGlobalOptions(global);
    global.addOption({u"version"_s, u"Show the version."_s});
    global.addPositionalArgument(u"command"_s, u"The command to run."_s, u"COMMAND [ARGS]"_s);
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QStringList arguments = app.arguments();
    if (const QString flag = cli::CliContext::secretFlagIn(arguments); !flag.isEmpty())
        return ctx.usageError(
                flag
                + u" is not accepted: secrets never travel as flag values (they would show in ps and in the shell's history). Set TELEMATICS_INSTANCE_KEY (a group's key) or TELEMATICS_PASSWORD (the API password), or use --secret-stdin."_s);
    if (!global.parse(arguments))
        return ctx.usageError(global.errorText() + u" (see: telematics-cli --help)"_s);
    if (global.isSet(u"version"_s)) {
        ctx.out() << u"telematics-cli "_s << QCoreApplication::applicationVersion() << u"\n"_s;
        return cli::ExitOk;
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        if (global.isSet(u"help"_s)) {
            ctx.out() << globalHelp(commands);
            return cli::ExitOk;
        }
        ctx.applyGlobalOptions(global);
        ctx.err() << globalHelp(commands);
        return ctx.usageError(u"no command given"_s);
    }
    if (const int rc = ctx.applyGlobalOptions(global))
        return rc;
    for (const auto &c : commands) {
        if (c->name == positional.first()) {
            QStringList args = positional;
            if (global.isSet(u"help"_s))
                args.append(u"--help"_s);
            ctx.commandName = c->name;
            return ctx.finishHar(c->execute(ctx, args));
        }
    }
    return ctx.usageError(u"unknown command \"%1\" (see: telematics-cli --help)"_s.arg(positional.first()));
}
