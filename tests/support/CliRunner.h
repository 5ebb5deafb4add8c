#pragma once
// CliRunner: runs the `telematics-cli` executable as a child process for a test, one process per
// call, and keeps what it left behind.
//
// Qt only (Core): compiled into every test executable, so it includes nothing from app/.
//
// Typical use (integration test):
//
//     tests::CliRunner cli;                                   // $TC_CLI_BIN, this process's environment
//     cli.unsetEnv(u"TELEMATICS_PASSWORD"_s);                 // for every run of this runner
//     const tests::CliResult r = cli.withEnv(u"TELEMATICS_INSTANCE_KEY"_s, key) // for this run only
//                                        .run({u"--json"_s, u"register"_s, ...}, stdinBytes);
//     QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
//     QCOMPARE(r.json().value(u"ok"_s).toBool(), true);
//
// The child's environment is this process's (the test command's throwaway HOME, XDG folders and
// D-Bus session), then the removals and additions in the order they were made. Its stdin gets
// the bytes given (if any) and is then closed, so a command reading stdin never waits.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace tests {

// What one run left behind.
struct CliResult
{
    // The exit code; -1 when the process did not start (no TC_CLI_BIN, not executable) or was
    // killed after the timeout (`err` then says which), -2 when it crashed.
    int exitCode = -1;
    QByteArray out; // stdout
    QByteArray err; // stderr

    // stdout as a JSON object (an empty one when it is not one).
    QJsonObject json() const;
    // stdout is exactly one JSON document, an object.
    bool isOneJsonDocument() const;
    // "exit N", then stdout and stderr (each cut at 2000 bytes): for QVERIFY2 messages.
    QString describe() const;
};

class CliRunner
{
public:
    // The program defaults to $TC_CLI_BIN (set by tests/CMakeLists.txt for every test).
    explicit CliRunner(const QString &program = qEnvironmentVariable("TC_CLI_BIN"));

    QString program() const { return m_program; }

    // For every later run of this runner.
    CliRunner &setEnv(const QString &name, const QString &value);
    CliRunner &unsetEnv(const QString &name);
    // How long a run may take before it is killed (default 60 s).
    CliRunner &setTimeout(int ms);

    // A copy with one more change, for one call: runner.withEnv(name, value).run(...).
    CliRunner withEnv(const QString &name, const QString &value) const;
    CliRunner withoutEnv(const QString &name) const;

    // Runs `program args...`, writes stdinData to its stdin and closes it, waits for it to end.
    CliResult run(const QStringList &args, const QByteArray &stdinData = {}) const;

private:
    QString m_program;
    QList<std::pair<QString, std::optional<QString>>> m_env; // in order; nullopt: removed
    int m_timeoutMs = 60000;
};

} // namespace tests
