// request METHOD PATH [--body JSON | --body-file F] [--auth admin|user|none] (RequestCommand.h).
#include "RequestCommand.h"

#include "CliServices.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

} // namespace

RequestCommand::RequestCommand()
    : Command(u"request"_s, u"request METHOD PATH [--body JSON | --body-file F] [--auth admin|user|none]"_s, {},
              u"request METHOD PATH [--body JSON | --body-file F] [--auth admin|user|none]"_s)
{
    positionalArguments = {
            {u"METHOD"_s, u"GET, POST, PUT, DELETE, PATCH, ..."_s, {}},
            {u"PATH"_s, u"A path under the base URL (/v1/...), with ?query if needed."_s, {}},
    };
    options = {
            {u"body"_s, u"The request body (JSON)."_s, u"JSON"_s},
            {u"body-file"_s, u"Read the request body (JSON) from FILE (- for standard input)."_s, u"FILE"_s},
            {u"auth"_s, u"Which session's token to send: admin, user or none (default none)."_s, u"KIND"_s, u"none"_s},
            {u"max-answer-bytes"_s,
             u"Refuse an answer larger than N bytes (default 16 MiB); it is aborted before it is read."_s, u"N"_s},
    };
}

int RequestCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args))
        return *rc;
    if (const auto rc = parseTarget(ctx))
        return *rc;
    qint64 maxAnswerBytes = tc::ApiClient::DefaultMaxAnswerBytes;
    if (isSet(u"max-answer-bytes"_s)) {
        bool ok = false;
        maxAnswerBytes = value(u"max-answer-bytes"_s).toLongLong(&ok);
        if (!ok || maxAnswerBytes < 1)
            return ctx.usageError(u"--max-answer-bytes must be a positive number of bytes (got \"%1\")"_s.arg(
                    value(u"max-answer-bytes"_s)));
    }
    if (const auto rc = readBody(ctx))
        return *rc;
    if (const auto rc = findBearer(ctx))
        return *rc;
    tc::ApiClient *client = ctx.client();
    client->setMaxAnswerBytes(maxAnswerBytes);
    tc::ApiCall *call = client->request(m_method, m_path, m_body, m_bearer);
    if (!ctx.await(call) || call->error().isCanceled())
        return ctx.interruptedExit(u"the request was cancelled; the service may or may not have acted on it"_s);
    return printAnswer(ctx, *call);
}

// METHOD and PATH.
std::optional<int> RequestCommand::parseTarget(CliContext &ctx)
{
    const QStringList arguments = positional();
    if (arguments.size() != 2)
        return ctx.usageError(u"request needs METHOD and PATH (e.g. request GET /v1/Management/users)"_s);
    m_method = arguments.at(0).toUpper().toLatin1();
    m_path = arguments.at(1);
    for (char c : std::as_const(m_method)) {
        if (c < 'A' || c > 'Z')
            return ctx.usageError(u"\"%1\" is not an HTTP method"_s.arg(arguments.at(0)));
    }
    if (!m_path.startsWith(u'/'))
        return ctx.usageError(u"PATH must start with / (it is joined to the base URL; got \"%1\")"_s.arg(m_path));
    return std::nullopt;
}

// --body JSON or --body-file F (- for stdin): at most MaxBodyBytes of JSON.
std::optional<int> RequestCommand::readBody(CliContext &ctx)
{
    if (isSet(u"body"_s) && isSet(u"body-file"_s))
        return ctx.usageError(u"give either --body or --body-file, not both"_s);
    if (isSet(u"body"_s)) {
        m_body = value(u"body"_s).toUtf8();
    } else if (isSet(u"body-file"_s)) {
        const QString file = value(u"body-file"_s);
        if (file == u"-"_s) {
            m_body = CliContext::readStdin(MaxBodyBytes);
        } else {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return ctx.usageError(u"cannot read %1: %2"_s.arg(file, f.errorString()));
            m_body = f.read(MaxBodyBytes + 1);
        }
        if (m_body.size() > MaxBodyBytes)
            return ctx.usageError(u"the body is larger than %1 MiB"_s.arg(MaxBodyBytes / (1024 * 1024)));
    }
    if (!m_body.isEmpty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(m_body, &error);
        if (error.error != QJsonParseError::NoError)
            return ctx.usageError(
                    u"the body is not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    }
    return std::nullopt;
}

// --auth admin|user: the kept session's JWT (refreshed or logged in again as needed).
std::optional<int> RequestCommand::findBearer(CliContext &ctx)
{
    const QString auth = value(u"auth"_s).toLower();
    if (auth != u"none"_s && auth != u"admin"_s && auth != u"user"_s)
        return ctx.usageError(u"--auth must be admin, user or none (got \"%1\")"_s.arg(auth));
    if (const int rc = ctx.requireBaseUrl())
        return rc;
    if (auth == u"none"_s)
        return std::nullopt;
    int rc = ExitOk;
    const auto token = ctx.services().bearerFor(auth, &rc);
    if (!token)
        return rc == ExitOk ? ExitUsage : rc;
    m_bearer = *token;
    return std::nullopt;
}

// The status and the body on stdout (JSON pretty-printed); a service error's verdict on stderr.
int RequestCommand::printAnswer(CliContext &ctx, const tc::ApiCall &call)
{
    const tc::ApiError error = call.error();
    const int code = CliContext::exitCodeFor(error);
    if (code == ExitNetwork || code == ExitUsage)
        return ctx.fail(error);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.body(), &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && !call.body().trimmed().isEmpty();
    if (ctx.json) {
        QJsonObject o{
                {u"status"_s, call.httpStatus()}, {u"method"_s, QString::fromLatin1(m_method)}, {u"path"_s, m_path}};
        if (isJson)
            o.insert(u"body"_s, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        else
            o.insert(u"body"_s, QString::fromUtf8(call.body()));
        if (error.isError())
            o.insert(u"error"_s, error.toJson());
        ctx.printJson(o);
        if (error.isError())
            ctx.err() << u"error: "_s << error.message() << u"\n"_s;
    } else {
        ctx.out() << u"HTTP "_s << call.httpStatus() << u"\n"_s;
        ctx.out() << (isJson ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) : QString::fromUtf8(call.body()));
        if (!isJson && !call.body().endsWith('\n') && !call.body().isEmpty())
            ctx.out() << u"\n"_s;
        ctx.out().flush();
        if (error.isError())
            ctx.fail(error); // the body is on stdout already; the verdict and the envelope go to stderr
    }
    ctx.err().flush();
    return code;
}

} // namespace cli
