// token inspect [JWT | -]: decode a JWT (argument or stdin) without ever printing its secrets.
// The same rules as the console's inspector (core's Jwt and JwtReport decide, this only prints):
// exit 0 whenever the header and the claims decode, even with a missing, empty or damaged
// signature, which is then the first warning; exit 2 only when the header or the claims do not
// decode (the part and the reason on stderr).
// --json adds to the contract's fields: "kind" ("admin" | "user" | "unknown", from the claims),
// "kind_claim" (the claim that decided, or null), "kind_basis" (in words), "signature" ("present" |
// "missing" | "empty" | "malformed"), "signature_problem" (why malformed, or null), "unsigned"
// (bool: no signature, or "alg": "none") and "warnings" ([{"code", "message"}], the signature's
// first). "admin_guess" stays for old scripts: it is kind == "admin".
#include "TokenCommand.h"

#include "core/api/Redactor.h"
#include "core/auth/Jwt.h"
#include "core/auth/JwtReport.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QJsonValue isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString isoOrDash(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QString shown(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    return QString::number(v.toDouble(), 'g', 17);
}

QString duration(qint64 secs)
{
    const qint64 s = std::abs(secs);
    if (s < 120)
        return u"%1 s"_s.arg(s);
    if (s < 2 * 3600)
        return u"%1 min"_s.arg(s / 60);
    if (s < 2 * 86400)
        return u"%1 h %2 min"_s.arg(s / 3600).arg((s % 3600) / 60);
    return u"%1 days"_s.arg(s / 86400);
}

// The one-line warning of the contract's "warning" field (and stderr).
QString warningFor(const QStringList &sensitive, const tc::JwtReport &report)
{
    if (!sensitive.isEmpty())
        return u"This JWT carries %1 in clear (base64, not encrypted): anyone who sees the token sees them. Treat it as a secret."_s
                .arg(sensitive.join(u" and "_s));
    if (report.hasSignatureWarning()) // the service refuses it: it is no credential, but no truth either
        return report.warnings().constFirst().text;
    return u"A JWT is a credential: anyone who has it can call the API until it expires. Treat it as a secret."_s;
}

QString relative(qint64 secs)
{
    if (secs == 0)
        return u"now"_s;
    return secs > 0 ? u"in %1"_s.arg(duration(secs)) : u"%1 ago"_s.arg(duration(secs));
}

} // namespace

TokenCommand::TokenCommand()
    : Command(u"token"_s, u"token inspect [JWT | -]"_s, u"decode a JWT (secrets masked)"_s,
              u"token inspect [JWT | -]"_s)
{
    helpColumn = 35; // one left of the others' descriptions, as the global help has always had it
    positionalArguments = {
            {u"inspect"_s, u"Decode a JWT: header, claims, times; secrets masked."_s, {}},
            {u"JWT"_s, u"The token, or - (or nothing) to read it from standard input."_s, u"[JWT | -]"_s},
    };
}

int TokenCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args))
        return *rc;
    const QStringList arguments = positional();
    if (arguments.isEmpty() || arguments.first() != u"inspect"_s)
        return ctx.usageError(u"token needs a subcommand: token inspect [JWT | -]"_s);
    if (arguments.size() > 2)
        return ctx.usageError(u"token inspect takes one JWT (or -)"_s);
    return inspect(ctx, arguments.value(1));
}

int TokenCommand::inspect(CliContext &ctx, const QString &argument)
{
    QByteArray input;
    if (argument.isEmpty() || argument == u"-"_s) {
        input = CliContext::readStdin(tc::Jwt::MaxInputSize);
    } else {
        input = argument.toUtf8();
        if (!ctx.json)
            ctx.err()
                    << u"note: a JWT given as an argument shows in ps and in the shell's history; prefer `token inspect -`\n"_s;
    }
    const tc::Jwt jwt = tc::Jwt::decode(input);
    if (!jwt.isValid())
        return ctx.usageError(u"not a JWT: "_s + jwt.errorString());

    const tc::Clock &clock = tc::Clock::system();
    const QDateTime now = clock.nowUtc();
    m_sensitive = jwt.sensitiveClaims();
    m_left = jwt.secondsLeft(clock);
    m_expired = jwt.isExpired(clock);
    m_claims = jwt.maskedClaims(tc::Redactor::mask());
    const tc::JwtReport report(
            jwt, now, [&now](const QDateTime &t) { return u"%1 (%2)"_s.arg(relative(now.secsTo(t)), isoOrDash(t)); });
    m_warning = warningFor(m_sensitive, report);
    if (ctx.json)
        printJson(ctx, jwt, report);
    else
        printText(ctx, jwt, report);
    return ExitOk;
}

void TokenCommand::printJson(CliContext &ctx, const tc::Jwt &jwt, const tc::JwtReport &report)
{
    const QString kindClaim = jwt.kindClaim();
    QJsonObject o{
            {u"header"_s, jwt.header()},
            {u"claims"_s, m_claims},
            {u"subject"_s, jwt.subject()},
            {u"device_token"_s, jwt.deviceToken()},
            {u"instance_id"_s, jwt.instanceId()},
            {u"data_hub_email"_s, jwt.dataHubEmail()},
            {u"admin_guess"_s, jwt.kind() == tc::Jwt::Kind::Admin},
            {u"kind"_s, tc::Jwt::kindName(jwt.kind())},
            {u"kind_claim"_s, kindClaim.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(kindClaim)},
            {u"kind_basis"_s, report.kindBasis()},
            {u"signature"_s, tc::Jwt::signatureName(jwt.signature())},
            {u"signature_problem"_s,
             jwt.signatureProblem().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(jwt.signatureProblem())},
            {u"unsigned"_s, jwt.isUnsigned()},
            {u"issued_at"_s, isoOrNull(jwt.issuedAt())},
            {u"not_before"_s, isoOrNull(jwt.notBefore())},
            {u"expires_at"_s, isoOrNull(jwt.expiresAt())},
            {u"expired"_s, m_expired},
            {u"seconds_left"_s, m_left ? QJsonValue(double(*m_left)) : QJsonValue(QJsonValue::Null)},
            {u"refresh_token_expires_at"_s, isoOrNull(jwt.refreshTokenExpiresAt())},
            {u"sensitive_claims"_s, QJsonArray::fromStringList(m_sensitive)},
            {u"warning"_s, m_warning},
    };
    QJsonArray warnings;
    for (const tc::JwtReport::Finding &f : report.warnings())
        warnings.append(QJsonObject{{u"code"_s, tc::JwtReport::warningCode(f.code)}, {u"message"_s, f.text}});
    o.insert(u"warnings"_s, warnings);
    ctx.printJson(o);
}

void TokenCommand::printText(CliContext &ctx, const tc::Jwt &jwt, const tc::JwtReport &report)
{
    QTextStream &out = ctx.out();
    out << u"JWT ("_s << (jwt.algorithm().isEmpty() ? u"no alg"_s : jwt.algorithm()) << u")\n"_s;
    // The warnings before the details: an unsigned or damaged token must not read as a good one.
    for (const tc::JwtReport::Finding &f : report.warnings())
        out << u"warning: "_s << f.text << u"\n"_s;
    const auto row = [&out](const QString &label, const QString &value) {
        out << u"  "_s << QString(label + u":"_s).leftJustified(24) << value << u"\n"_s;
    };
    row(u"kind"_s, jwt.kind() == tc::Jwt::Kind::Unknown
                           ? u"unknown: "_s + report.kindBasis()
                           : u"%1 (%2)"_s.arg(tc::Jwt::kindName(jwt.kind()), report.kindBasis()));
    row(u"signature"_s, tc::Jwt::signatureName(jwt.signature()) + u" — "_s + report.signatureSentence());
    row(u"subject"_s, jwt.subject().isEmpty() ? u"-"_s : jwt.subject());
    row(u"device token"_s, jwt.deviceToken().isEmpty() ? u"-"_s : jwt.deviceToken());
    row(u"instance id"_s, jwt.instanceId().isEmpty() ? u"-"_s : jwt.instanceId());
    if (!jwt.dataHubEmail().isEmpty())
        row(u"DataHub e-mail"_s, jwt.dataHubEmail());
    row(u"issued at"_s, isoOrDash(jwt.issuedAt()));
    row(u"not before"_s, isoOrDash(jwt.notBefore()));
    row(u"expires at"_s, isoOrDash(jwt.expiresAt()));
    if (m_left) {
        row(u"expired"_s,
            m_expired ? u"yes, %1 ago"_s.arg(duration(*m_left)) : u"no, %1 left"_s.arg(duration(*m_left)));
        row(u"seconds left"_s, QString::number(*m_left));
    } else {
        row(u"expired"_s, u"no (the token has no exp)"_s);
        row(u"seconds left"_s, u"-"_s);
    }
    if (jwt.refreshTokenExpiresAt().isValid())
        row(u"refresh token expires"_s, isoOrDash(jwt.refreshTokenExpiresAt()));
    out << u"Claims:\n"_s;
    for (auto it = m_claims.constBegin(); it != m_claims.constEnd(); ++it)
        out << u"  "_s << it.key() << u": "_s << shown(it.value()) << u"\n"_s;
    out << u"Sensitive claims: "_s << (m_sensitive.isEmpty() ? u"none"_s : m_sensitive.join(u", "_s)) << u"\n"_s;
    out.flush();
    ctx.err() << u"warning: "_s << m_warning << u"\n"_s;
    ctx.err().flush();
}

} // namespace cli
