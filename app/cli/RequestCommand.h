#pragma once
// request METHOD PATH [--body JSON | --body-file F] [--auth admin|user|none]: any call; prints the
// status and the body (RequestCommand.cpp).
#include "Command.h"

#include <QByteArray>

namespace tc {
class ApiCall;
}

namespace cli {

class RequestCommand : public Command
{
public:
    RequestCommand();
    int execute(CliContext &ctx, const QStringList &args) override;

private:
    std::optional<int> parseTarget(CliContext &ctx);
    std::optional<int> readBody(CliContext &ctx);
    std::optional<int> findBearer(CliContext &ctx);
    int printAnswer(CliContext &ctx, const tc::ApiCall &call);

    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    QString m_bearer; // empty: --auth none
};

} // namespace cli
