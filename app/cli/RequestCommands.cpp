// request METHOD PATH [--body JSON | --body-file F] [--auth admin|user|none]: any call; prints
// the status and the body.
#include "CliServices.h"
#include "Commands.h"

#include "core/ApiCall.h"
#include "core/ApiClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

} // namespace

int runRequestCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"METHOD"_s, u"GET, POST, PUT, DELETE, PATCH, ..."_s);
    parser.addPositionalArgument(u"PATH"_s, u"A path under the base URL (/v1/...), with ?query if needed."_s);
    parser.addOption({u"body"_s, u"The request body (JSON)."_s, u"JSON"_s});
    parser.addOption({u"body-file"_s, u"Read the request body (JSON) from FILE (- for standard input)."_s, u"FILE"_s});
    parser.addOption({u"auth"_s, u"Which session's token to send: admin, user or none (default none)."_s, u"KIND"_s, u"none"_s});
    if (const auto rc = ctx.parseCommand(parser, args, u"request METHOD PATH [--body JSON | --body-file F] [--auth admin|user|none]"_s))
        return *rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return ctx.usageError(u"request needs METHOD and PATH (e.g. request GET /v1/Management/users)"_s);
    const QByteArray method = positional.at(0).toUpper().toLatin1();
    const QString path = positional.at(1);
    for (char c : method) {
        if (c < 'A' || c > 'Z')
            return ctx.usageError(u"\"%1\" is not an HTTP method"_s.arg(positional.at(0)));
    }
    if (!path.startsWith(u'/'))
        return ctx.usageError(u"PATH must start with / (it is joined to the base URL; got \"%1\")"_s.arg(path));

    if (parser.isSet(u"body"_s) && parser.isSet(u"body-file"_s))
        return ctx.usageError(u"give either --body or --body-file, not both"_s);
    QByteArray body;
    if (parser.isSet(u"body"_s)) {
        body = parser.value(u"body"_s).toUtf8();
    } else if (parser.isSet(u"body-file"_s)) {
        const QString file = parser.value(u"body-file"_s);
        if (file == u"-"_s) {
            body = CliContext::readStdin(MaxBodyBytes);
        } else {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return ctx.usageError(u"cannot read %1: %2"_s.arg(file, f.errorString()));
            body = f.read(MaxBodyBytes + 1);
        }
        if (body.size() > MaxBodyBytes)
            return ctx.usageError(u"the body is larger than %1 MiB"_s.arg(MaxBodyBytes / (1024 * 1024)));
    }
    if (!body.isEmpty()) {
        QJsonParseError error{};
        QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return ctx.usageError(u"the body is not JSON: %1 at offset %2"_s.arg(error.errorString()).arg(error.offset));
    }

    const QString auth = parser.value(u"auth"_s).toLower();
    if (auth != u"none"_s && auth != u"admin"_s && auth != u"user"_s)
        return ctx.usageError(u"--auth must be admin, user or none (got \"%1\")"_s.arg(auth));
    if (const int rc = ctx.requireBaseUrl())
        return rc;
    QString bearer;
    if (auth != u"none"_s) {
        int rc = ExitOk;
        const auto token = ctx.services().bearerFor(auth, &rc);
        if (!token)
            return rc == ExitOk ? ExitUsage : rc;
        bearer = *token;
    }

    tc::ApiCall *call = ctx.client()->request(method, path, body, bearer);
    if (!ctx.await(call) || call->error().isCanceled())
        return ctx.interruptedExit(u"the request was cancelled; the service may or may not have acted on it"_s);
    const tc::ApiError error = call->error();
    const int code = CliContext::exitCodeFor(error);
    if (code == ExitNetwork || code == ExitUsage)
        return ctx.fail(error);

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(call->body(), &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && !call->body().trimmed().isEmpty();
    if (ctx.json) {
        QJsonObject o{{u"status"_s, call->httpStatus()}, {u"method"_s, QString::fromLatin1(method)}, {u"path"_s, path}};
        if (isJson)
            o.insert(u"body"_s, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        else
            o.insert(u"body"_s, QString::fromUtf8(call->body()));
        if (error.isError())
            o.insert(u"error"_s, error.toJson());
        ctx.printJson(o);
        if (error.isError())
            ctx.err() << u"error: "_s << error.message() << u"\n"_s;
    } else {
        ctx.out() << u"HTTP "_s << call->httpStatus() << u"\n"_s;
        ctx.out() << (isJson ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) : QString::fromUtf8(call->body()));
        if (!isJson && !call->body().endsWith('\n') && !call->body().isEmpty())
            ctx.out() << u"\n"_s;
        ctx.out().flush();
        if (error.isError()) {
            // The body is on stdout already; the verdict and the envelope go to stderr.
            const bool savedJson = ctx.json;
            ctx.fail(error);
            ctx.json = savedJson;
        }
    }
    ctx.err().flush();
    return code;
}

} // namespace cli
