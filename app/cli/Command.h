#pragma once
// A telematics-cli command (modelled on KeePassXC's src/cli/Command.h): its name, its line in the
// global help, its usage, its options and positional arguments are data; execute() parses, runs
// and prints, and returns the exit code. Command::all() is the registry main() dispatches from and
// builds the global help from. One file per command family (TokenCommand, RegisterCommands,
// BulkCommand, RequestCommand, SessionCommands); docs/CLI.md is the contract (names, flags,
// outputs, exit codes), CliContext what the commands share.
#include "CliContext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace tc {
class Ledger;
}

namespace cli {

struct PositionalArgument
{
    QString name;
    QString description;
    QString syntax; // for QCommandLineParser::addPositionalArgument() (empty: the name)
};

class Command
{
public:
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    // Parses args (args[0] is the command's name), runs, prints; returns the exit code. A command
    // object runs once (it may keep what it parsed in members).
    virtual int execute(CliContext &ctx, const QStringList &args) = 0;

    const QString name;        // as typed: "register-many"
    const QString synopsis;    // its line in the global help: "register-many --instance-id ID ..."
    const QString description; // after the synopsis in the global help (empty: the synopsis says it)
    const QString usage;       // after "Usage: telematics-cli [global options] " in COMMAND --help

    // The command's line in the global help.
    QString helpLine() const;
    // COMMAND --help: the usage, then the options and arguments.
    QString helpText() const;

    // Every command, in the global help's order (new objects on each call).
    static std::vector<std::unique_ptr<Command>> all();

protected:
    Command(QString name, QString synopsis, QString description, QString usage);

    QList<QCommandLineOption> options;
    QList<PositionalArgument> positionalArguments;
    // Where the description starts in the global help (at least three spaces after the synopsis).
    int helpColumn = 36;

    // Parses args with the options, the positional arguments and the global options (which
    // CliContext then applies). nullopt: go on; otherwise the exit code to return now (--help
    // printed: 0; bad usage: 2).
    std::optional<int> parse(CliContext &ctx, const QStringList &args);
    const QCommandLineParser &parser() const { return *m_parser; }
    bool isSet(const QString &option) const { return m_parser->isSet(option); }
    QString value(const QString &option) const { return m_parser->value(option); }
    QStringList positional() const { return m_parser->positionalArguments(); }

    // Options more than one command has.
    static QCommandLineOption instanceIdOption();
    static QCommandLineOption secretStdinOption();
    // --yes: for CliContext::confirmProduction().
    static QCommandLineOption yesOption();
    // --ledger FILE (default tc::Ledger::defaultPath()): every DeviceToken is committed there
    // before it is printed. openLedger() opens it (nullptr and *rc when it cannot).
    static QCommandLineOption ledgerOption();
    std::unique_ptr<tc::Ledger> openLedger(CliContext &ctx, int *rc) const;

private:
    std::unique_ptr<QCommandLineParser> makeParser() const;

    std::unique_ptr<QCommandLineParser> m_parser;
};

} // namespace cli
