#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace tests {

QJsonObject CliResult::json() const
{
    return QJsonDocument::fromJson(out).object();
}

bool CliResult::isOneJsonDocument() const
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(out, &e);
    return e.error == QJsonParseError::NoError && d.isObject();
}

QString CliResult::describe() const
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(exitCode).arg(QString::fromUtf8(out.left(2000)),
                                                                  QString::fromUtf8(err.left(2000)));
}

CliRunner::CliRunner(const QString &program) : m_program(program) { }

CliRunner &CliRunner::setEnv(const QString &name, const QString &value)
{
    m_env.append({name, value});
    return *this;
}

CliRunner &CliRunner::unsetEnv(const QString &name)
{
    m_env.append({name, std::nullopt});
    return *this;
}

CliRunner &CliRunner::setTimeout(int ms)
{
    m_timeoutMs = ms;
    return *this;
}

CliRunner CliRunner::withEnv(const QString &name, const QString &value) const
{
    CliRunner copy = *this;
    copy.setEnv(name, value);
    return copy;
}

CliRunner CliRunner::withoutEnv(const QString &name) const
{
    CliRunner copy = *this;
    copy.unsetEnv(name);
    return copy;
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &stdinData) const
{
    CliResult r;
    if (m_program.isEmpty()) {
        r.err = "no program to run (TC_CLI_BIN is not set)";
        return r;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : m_env) {
        if (value)
            env.insert(name, *value);
        else
            env.remove(name);
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(m_program, args);
    if (!p.waitForStarted(10000)) {
        r.err = "did not start: " + p.errorString().toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(m_timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.out = p.readAllStandardOutput();
        r.err = "timed out after " + QByteArray::number(m_timeoutMs)
                + " ms; stderr so far: " + p.readAllStandardError();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace tests
