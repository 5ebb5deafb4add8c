#pragma once
// token inspect [JWT | -]: decode a JWT without ever printing its secrets (TokenCommand.cpp).
#include "Command.h"

#include <QJsonObject>

namespace tc {
class Jwt;
class JwtReport;
} // namespace tc

namespace cli {

class TokenCommand : public Command
{
public:
    TokenCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    int inspect(CliContext &ctx, const QString &argument);
    void printJson(CliContext &ctx, const tc::Jwt &jwt, const tc::JwtReport &report);
    void printText(CliContext &ctx, const tc::Jwt &jwt, const tc::JwtReport &report);

    QJsonObject m_claims;         // secrets masked
    std::optional<qint64> m_left; // seconds left (negative once expired); nullopt: no exp
    bool m_expired = false;
    QStringList m_sensitive; // the sensitive claims' names
    QString m_warning;       // the one-line warning (the contract's "warning", and stderr)
};

} // namespace cli
