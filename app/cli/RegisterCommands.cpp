// register / register-many: Registration/Create and Registration/CreateMany (RegisterCommands.h).
#include "RegisterCommands.h"

#include "core/api/ApiCall.h"
#include "core/auth/Jwt.h"
#include "core/ledger/Ledger.h"
#include "core/registration/RegistrationJob.h"
#include "core/registration/RegistrationManyJob.h"
#include "core/services/RegistrationService.h"
#include "core/util/PrivateFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cli {

// ---- what both share ----------------------------------------------------------------------------

const RegistrationCommand::Toggle RegistrationCommand::tracking{u"enable-tracking"_s, u"disable-tracking"_s,
                                                                u"motion tracking"_s};
const RegistrationCommand::Toggle RegistrationCommand::logging{u"enable-logging"_s, u"disable-logging"_s,
                                                               u"logging on the device"_s};
const RegistrationCommand::Toggle RegistrationCommand::sdk{u"enable-sdk"_s, u"disable-sdk"_s,
                                                           u"the telematics SDK (UserFields.Enabled)"_s};

QList<QCommandLineOption> RegistrationCommand::commonOptions()
{
    QList<QCommandLineOption> list{
            instanceIdOption(),
            secretStdinOption(),
            {u"no-access-token"_s, u"Send CreateAccessToken: false (no JWT in the answer)."_s},
    };
    for (const Toggle *t : {&tracking, &logging, &sdk}) {
        list.append({t->enable, u"Turn on "_s + t->what + u"."_s});
        list.append({t->disable, u"Turn off "_s + t->what + u"."_s});
    }
    return list;
}

std::optional<bool> RegistrationCommand::toggle(const Toggle &t, QString *conflict) const
{
    const bool on = isSet(t.enable);
    const bool off = isSet(t.disable);
    if (on && off)
        *conflict = u"--%1 and --%2 contradict each other"_s.arg(t.enable, t.disable);
    if (on)
        return true;
    if (off)
        return false;
    return std::nullopt;
}

std::optional<int> RegistrationCommand::readGroup(CliContext &ctx)
{
    m_instanceId = value(u"instance-id"_s).trimmed();
    if (m_instanceId.isEmpty())
        return ctx.usageError(u"--instance-id ID is required"_s);
    if (const int rc = ctx.requireBaseUrl())
        return rc;
    QString problem;
    const auto key = ctx.readSecret("TELEMATICS_INSTANCE_KEY", isSet(u"secret-stdin"_s), &problem);
    if (!key)
        return ctx.usageError(u"no InstanceKey: "_s + problem);
    m_instanceKey = *key;
    return std::nullopt;
}

// ---- register -----------------------------------------------------------------------------------

namespace {

// register's text options, in --help's order; `field` is null for those read another way.
struct TextOption
{
    QString name;
    QString help;
    std::optional<QString> tc::RegistrationProfile::*field;
};

const QList<TextOption> &textOptions()
{
    using P = tc::RegistrationProfile;
    static const QList<TextOption> list{
            {u"first-name"_s, u"FirstName"_s, &P::firstName},
            {u"last-name"_s, u"LastName"_s, &P::lastName},
            {u"nickname"_s, u"Nickname"_s, &P::nickname},
            {u"phone"_s, u"Phone"_s, &P::phone},
            {u"email"_s, u"Email"_s, &P::email},
            {u"gender"_s, u"Gender: None, Male, Female or Other"_s, &P::gender},
            {u"birthday"_s, u"Birthday: yyyy-MM-dd or an ISO 8601 date-time"_s, &P::birthday},
            {u"marital-status"_s, u"MaritalStatus: Married, Widowed, Divorced, Single (or 1-4)"_s, &P::maritalStatus},
            {u"children-count"_s, u"ChildrenCount"_s, nullptr},
            {u"country"_s, u"Country"_s, &P::country},
            {u"district"_s, u"District"_s, &P::district},
            {u"city"_s, u"City"_s, &P::city},
            {u"address"_s, u"Address"_s, &P::address},
            {u"image-url"_s, u"ImageUrl"_s, &P::imageUrl},
            {u"invite-code"_s, u"InstanceInviteCode"_s, &P::instanceInviteCode},
            {u"custom-token"_s,
             u"CustomToken: a UUID you pick that becomes the DeviceToken (makes a lost answer checkable)"_s,
             &P::customToken},
            {u"client-id"_s, u"UserFields.ClientId: the user's id in your own system"_s, nullptr},
    };
    return list;
}

} // namespace

RegisterCommand::RegisterCommand()
    : RegistrationCommand(u"register"_s, u"register --instance-id ID [...]"_s, u"Registration/Create"_s,
                          u"register --instance-id ID [options]"_s)
{
    options = commonOptions();
    for (const TextOption &o : textOptions())
        options.append({o.name, o.help + u"."_s, u"VALUE"_s});
    options.append(ledgerOption());
}

int RegisterCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args))
        return *rc;
    if (!positional().isEmpty())
        return ctx.usageError(u"register takes no arguments besides options (got \"%1\")"_s.arg(positional().first()));
    if (const auto rc = parseProfile(ctx))
        return *rc;
    if (const auto rc = readGroup(ctx))
        return *rc;
    int rc = ExitOk;
    const auto ledger = openLedger(ctx, &rc);
    if (!ledger)
        return rc;

    if (!ctx.json)
        ctx.info() << u"Registering a user in group "_s << m_instanceId << u" at "_s << ctx.baseUrl.toDisplayString()
                   << u"...\n"_s;
    if (m_profile.customToken)
        ctx.info() << u"CustomToken "_s << *m_profile.customToken << u" will be the DeviceToken.\n"_s;
    ctx.err().flush();

    // The console's path: the DeviceToken is in the ledger before anything is printed (with a
    // CustomToken, before anything is sent), and a lost answer is never retried.
    tc::RegistrationService service(ctx.network(), ledger.get());
    service.setTransferTimeout(ctx.timeoutMs);
    tc::RegistrationJob *job = service.registerUser(tc::RegistrationTarget::fromUrl(ctx.baseUrl, m_instanceId, ctx.tls),
                                                    m_profile, m_instanceKey, &service);
    const bool done = ctx.awaitJob(job);
    return report(ctx, *job, done);
}

// The options into m_profile, checked as the console's form checks them.
std::optional<int> RegisterCommand::parseProfile(CliContext &ctx)
{
    tc::RegistrationProfile &p = m_profile;
    for (const TextOption &o : textOptions()) {
        if (o.field && isSet(o.name))
            p.*o.field = value(o.name);
    }
    if (p.gender) { // accept any casing, send the service's spelling
        for (const QString &g : tc::RegistrationProfile::genders()) {
            if (g.compare(*p.gender, Qt::CaseInsensitive) == 0)
                p.gender = g;
        }
    }
    if (isSet(u"children-count"_s)) {
        bool ok = false;
        p.childrenCount = value(u"children-count"_s).toInt(&ok);
        if (!ok)
            return ctx.usageError(
                    u"--children-count must be a whole number (got \"%1\")"_s.arg(value(u"children-count"_s)));
    }
    if (p.customToken && !QUuid::fromString(*p.customToken).isNull())
        p.customToken = QUuid::fromString(*p.customToken).toString(QUuid::WithoutBraces);
    if (isSet(u"no-access-token"_s))
        p.createAccessToken = false;
    QString conflict;
    tc::UserFields fields;
    fields.enableTracking = toggle(tracking, &conflict);
    fields.enableLogging = toggle(logging, &conflict);
    fields.enabled = toggle(sdk, &conflict);
    if (isSet(u"client-id"_s))
        fields.clientId = value(u"client-id"_s);
    if (!conflict.isEmpty())
        return ctx.usageError(conflict);
    if (!fields.isEmpty())
        p.userFields = fields;
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return ctx.usageError(problems.join(u"; "_s));
    return std::nullopt;
}

// What became of the job: the DeviceToken, or why not (and whether the user may exist anyway).
int RegisterCommand::report(CliContext &ctx, const tc::RegistrationJob &job, bool done)
{
    const QString lostAnswerNote
            = m_profile.customToken
                      ? u"If the service acted, the DeviceToken is %1: look it up (find --device-token) before registering again."_s
                                .arg(*m_profile.customToken)
                      : u"If the service acted, a user exists whose DeviceToken was not received. Pass --custom-token UUID to make a retry checkable."_s;
    const bool recorded = job.ledgerError().isEmpty();
    if (!recorded) {
        ctx.err() << u"error: the ledger could not record it: "_s << job.ledgerError() << u"\n"_s;
        if (job.outcome() == tc::RegistrationJob::Outcome::Done)
            ctx.err()
                    << u"The user WAS registered; its DeviceToken could not be recorded and is printed below: keep it.\n"_s;
        ctx.err().flush();
    }
    if (!done || job.error().isCanceled())
        return ctx.interruptedExit(u"the registration may or may not have happened. "_s + lostAnswerNote);
    if (job.outcome() != tc::RegistrationJob::Outcome::Done) {
        const int rc = ctx.fail(job.error());
        if (job.outcome() == tc::RegistrationJob::Outcome::Unknown) {
            ctx.err() << lostAnswerNote << u"\n"_s;
            ctx.err().flush();
        }
        return recorded ? rc : ExitLedger;
    }
    printUser(ctx, job);
    return recorded ? ExitOk : ExitLedger;
}

void RegisterCommand::printUser(CliContext &ctx, const tc::RegistrationJob &job)
{
    const tc::AuthResult r = job.result();
    const tc::Jwt jwt = tc::Jwt::decode(r.accessToken);
    const tc::TokenExpiry expiry = tc::expiryFrom(jwt, r.expiresIn, job.receivedAt());
    if (!expiry.note.isEmpty())
        ctx.err() << u"note: "_s << expiry.note << u"\n"_s;
    if (ctx.json) {
        QJsonObject o{{u"device_token"_s, r.deviceToken},
                      {u"instance_id"_s, m_instanceId},
                      {u"custom_token"_s, m_profile.customToken.has_value()},
                      {u"access_token_received"_s, r.hasAccessToken()},
                      {u"refresh_token_received"_s, !r.refreshToken.isEmpty()}};
        if (r.expiresIn)
            o.insert(u"expires_in"_s, double(*r.expiresIn));
        if (expiry.expiresAt.isValid())
            o.insert(u"expires_at"_s, expiry.expiresAt.toString(Qt::ISODate));
        ctx.printJson(o);
    } else {
        ctx.out() << u"DeviceToken: "_s << r.deviceToken << u"\n"_s;
        if (r.hasAccessToken())
            ctx.out() << u"Access token: received (not shown), expires "_s
                      << (expiry.expiresAt.isValid() ? expiry.expiresAt.toString(Qt::ISODate) : u"at an unknown time"_s)
                      << u"\n"_s;
        else
            ctx.out() << u"Access token: none (CreateAccessToken: false); log in to get one\n"_s;
        ctx.out().flush();
    }
}

// ---- register-many ------------------------------------------------------------------------------

RegisterManyCommand::RegisterManyCommand()
    : RegistrationCommand(u"register-many"_s, u"register-many --instance-id ID --quantity N --out FILE.csv"_s, {},
                          u"register-many --instance-id ID --quantity N --out FILE.csv [options]"_s)
{
    options = commonOptions();
    options.append({u"quantity"_s,
                    u"How many users to register (1-%1, the service's maximum for one call)."_s.arg(
                            tc::RegistrationManyJob::MaxQuantity),
                    u"N"_s});
    options.append(yesOption());
    options.append({u"out"_s, u"Write every DeviceToken to FILE.csv (required; written atomically)."_s, u"FILE"_s});
    options.append({u"force"_s, u"Overwrite --out if it exists."_s});
    options.append(ledgerOption());
}

int RegisterManyCommand::execute(CliContext &ctx, const QStringList &args)
{
    if (const auto rc = parse(ctx, args))
        return *rc;
    if (const auto rc = parseOptions(ctx))
        return *rc;
    if (const auto rc = readGroup(ctx))
        return *rc;
    if (!ctx.confirmProduction(isSet(u"yes"_s), ctx.baseUrl,
                               u"This creates %1 real users in group %2"_s.arg(m_quantity).arg(m_instanceId)))
        return ExitUsage;
    int rc = ExitOk;
    const auto ledger = openLedger(ctx, &rc);
    if (!ledger)
        return rc;
    // Open the output before anything is sent: if it cannot be written, nothing is registered.
    QSaveFile file(m_outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return ctx.usageError(u"cannot write %1: %2 (nothing was sent)"_s.arg(m_outPath, file.errorString()));
    // DeviceTokens, like the ledger: readable by the owner only, before any byte is written.
    if (QString why; !tc::files::restrictToOwner(file, &why)) {
        file.cancelWriting();
        return ctx.usageError(u"cannot write %1: %2 (nothing was sent)"_s.arg(m_outPath, why));
    }

    if (!ctx.json)
        ctx.info() << u"Registering "_s << m_quantity << u" users in group "_s << m_instanceId << u" at "_s
                   << ctx.baseUrl.toDisplayString() << u"...\n"_s;
    ctx.err().flush();
    const std::optional<bool> createAccessToken
            = isSet(u"no-access-token"_s) ? std::optional<bool>(false) : std::nullopt;
    // The console's path: every DeviceToken is committed to the ledger before it is written or printed.
    tc::RegistrationService service(ctx.network(), ledger.get());
    service.setTransferTimeout(ctx.timeoutMs);
    tc::RegistrationManyJob *job
            = service.registerMany(tc::RegistrationTarget::fromUrl(ctx.baseUrl, m_instanceId, ctx.tls), m_quantity,
                                   createAccessToken, m_fields, m_instanceKey, &service);
    const bool done = ctx.awaitJob(job);
    return report(ctx, *job, done, file);
}

// --quantity, --out (and --force) and the toggles, checked before anything else.
std::optional<int> RegisterManyCommand::parseOptions(CliContext &ctx)
{
    if (!positional().isEmpty())
        return ctx.usageError(
                u"register-many takes no arguments besides options (got \"%1\")"_s.arg(positional().first()));
    if (!isSet(u"quantity"_s))
        return ctx.usageError(u"--quantity N is required (1-%1)"_s.arg(tc::RegistrationManyJob::MaxQuantity));
    // The same rule as the console's field: 0, more than the maximum or not a number is refused.
    if (const QString problem = tc::RegistrationManyJob::quantityProblem(value(u"quantity"_s), &m_quantity);
        !problem.isEmpty())
        return ctx.usageError(u"--quantity: "_s + problem);
    m_outPath = value(u"out"_s);
    if (m_outPath.isEmpty())
        return ctx.usageError(u"--out FILE.csv is required: the DeviceTokens come back once"_s);
    if (QFileInfo::exists(m_outPath) && !isSet(u"force"_s))
        return ctx.usageError(
                u"%1 exists; it may hold DeviceTokens from an earlier run. Choose another file or pass --force"_s.arg(
                        m_outPath));
    QString conflict;
    m_fields.enableTracking = toggle(tracking, &conflict);
    m_fields.enableLogging = toggle(logging, &conflict);
    m_fields.enabled = toggle(sdk, &conflict);
    if (!conflict.isEmpty())
        return ctx.usageError(conflict);
    return std::nullopt;
}

// What became of the job: the DeviceTokens written (or printed, never lost), or why not.
int RegisterManyCommand::report(CliContext &ctx, const tc::RegistrationManyJob &job, bool done, QSaveFile &file)
{
    const bool recorded = job.ledgerError().isEmpty();
    if (!recorded) {
        ctx.err() << u"error: the ledger could not record them: "_s << job.ledgerError() << u"\n"_s;
        if (!job.results().isEmpty())
            ctx.err() << u"The users WERE registered; their DeviceTokens could not be recorded in the ledger: keep "
                         "the output.\n"_s;
        ctx.err().flush();
    }
    const QString lostNote
            = u"If the service acted, %1 users exist whose DeviceTokens were not received."_s.arg(m_quantity);
    if (!done || job.error().isCanceled()) {
        file.cancelWriting();
        return ctx.interruptedExit(u"the registration may or may not have happened. "_s + lostNote);
    }
    if (job.results().isEmpty()) {
        file.cancelWriting();
        const int rc = ctx.fail(job.error());
        if (job.outcome() == tc::RegistrationManyJob::Outcome::Unknown)
            ctx.err() << lostNote << u"\n"_s;
        ctx.err().flush();
        return rc;
    }
    if (const int rc = writeTokens(ctx, job, file))
        return rc;
    if (!recorded)
        return ExitLedger;
    return job.error().isError() ? CliContext::exitCodeFor(job.error()) : ExitOk;
}

// The DeviceTokens into --out (atomically), then the summary. When the file cannot be committed
// the tokens go to stdout instead (printUnwritten()).
int RegisterManyCommand::writeTokens(CliContext &ctx, const tc::RegistrationManyJob &job, QSaveFile &file)
{
    const QList<tc::AuthResult> results = job.results();
    QByteArray csv = "DeviceToken\n";
    QJsonArray tokens;
    for (const tc::AuthResult &r : results) {
        csv += r.deviceToken.toUtf8() + '\n';
        tokens.append(r.deviceToken);
    }
    file.write(csv);
    if (!file.commit())
        return printUnwritten(ctx, file.errorString(), csv, tokens);
    QJsonObject problem; // tokens arrived (and are saved) but something about the answer was off
    if (job.error().isError()) {
        if (ctx.json) {
            problem = job.error().toJson();
            ctx.err() << u"error: "_s << job.error().message() << u"\n"_s;
        } else {
            ctx.fail(job.error());
        }
    }
    if (results.size() != m_quantity)
        ctx.err() << u"warning: asked for "_s << m_quantity << u" users, the service returned "_s << results.size()
                  << u"\n"_s;
    ctx.err().flush();

    const QString absolute = QFileInfo(m_outPath).absoluteFilePath();
    if (ctx.json) {
        QJsonObject o{{u"count"_s, results.size()},
                      {u"requested"_s, m_quantity},
                      {u"out"_s, absolute},
                      {u"device_tokens"_s, tokens}};
        if (!problem.isEmpty())
            o.insert(u"error"_s, problem);
        ctx.printJson(o);
    } else {
        ctx.out() << u"Registered "_s << results.size() << u" users; DeviceTokens written to "_s << absolute << u"\n"_s;
        ctx.out().flush();
    }
    return ExitOk;
}

// The tokens exist only in this process now: they are printed rather than lost.
int RegisterManyCommand::printUnwritten(CliContext &ctx, const QString &why, const QByteArray &csv,
                                        const QJsonArray &tokens)
{
    ctx.err() << u"error: could not write "_s << m_outPath << u": "_s << why
              << u". The DeviceTokens follow on stdout; keep them.\n"_s;
    ctx.err().flush();
    if (ctx.json)
        ctx.printJson(
                {{u"error"_s, QJsonObject{{u"kind"_s, u"file"_s}, {u"message"_s, why}}}, {u"device_tokens"_s, tokens}});
    else
        ctx.out() << QString::fromUtf8(csv);
    return ExitServiceError;
}

} // namespace cli
