// register / register-many: Registration/Create and Registration/CreateMany.
#include "Commands.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "core/auth/Jwt.h"
#include "core/ledger/Ledger.h"
#include "core/registration/RegistrationJob.h"
#include "core/registration/RegistrationManyJob.h"
#include "core/api/RegistrationProfile.h"
#include "core/services/RegistrationService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QUuid>

#include <variant>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

// --enable-X / --disable-X pairs.
struct Toggle
{
    QString enable;
    QString disable;
    QString what;
};

const Toggle tracking{u"enable-tracking"_s, u"disable-tracking"_s, u"motion tracking"_s};
const Toggle logging{u"enable-logging"_s, u"disable-logging"_s, u"logging on the device"_s};
const Toggle sdk{u"enable-sdk"_s, u"disable-sdk"_s, u"the telematics SDK (UserFields.Enabled)"_s};

void addToggle(QCommandLineParser &parser, const Toggle &t)
{
    parser.addOption({t.enable, u"Turn on "_s + t.what + u"."_s});
    parser.addOption({t.disable, u"Turn off "_s + t.what + u"."_s});
}

// nullopt = not given; sets *conflict when both are.
std::optional<bool> toggle(const QCommandLineParser &parser, const Toggle &t, QString *conflict)
{
    const bool on = parser.isSet(t.enable);
    const bool off = parser.isSet(t.disable);
    if (on && off)
        *conflict = u"--%1 and --%2 contradict each other"_s.arg(t.enable, t.disable);
    if (on)
        return true;
    if (off)
        return false;
    return std::nullopt;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({u"instance-id"_s, u"The user group's InstanceId (required). The InstanceKey comes from TELEMATICS_INSTANCE_KEY or --secret-stdin."_s, u"ID"_s});
    parser.addOption({u"secret-stdin"_s, u"Read the InstanceKey from the first line of standard input."_s});
    parser.addOption({u"no-access-token"_s, u"Send CreateAccessToken: false (no JWT in the answer)."_s});
    addToggle(parser, tracking);
    addToggle(parser, logging);
    addToggle(parser, sdk);
}

struct Group
{
    QString instanceId;
    QString instanceKey;
};

// The group's id and key, or the exit code to return.
std::variant<Group, int> groupFrom(CliContext &ctx, const QCommandLineParser &parser)
{
    Group g;
    g.instanceId = parser.value(u"instance-id"_s).trimmed();
    if (g.instanceId.isEmpty())
        return ctx.usageError(u"--instance-id ID is required"_s);
    if (const int rc = ctx.requireBaseUrl())
        return rc;
    QString problem;
    const auto key = ctx.readSecret("TELEMATICS_INSTANCE_KEY", parser.isSet(u"secret-stdin"_s), &problem);
    if (!key)
        return ctx.usageError(u"no InstanceKey: "_s + problem);
    g.instanceKey = *key;
    return g;
}

} // namespace

int runRegisterCommand(CliContext &ctx, const QStringList &args)
{
    if (const QString flag = CliContext::secretFlagIn(args); !flag.isEmpty())
        return ctx.usageError(flag + u" is not accepted: secrets never travel as flag values. Set TELEMATICS_INSTANCE_KEY or use --secret-stdin."_s);
    QCommandLineParser parser;
    addCommonOptions(parser);
    const QList<QPair<QString, QString>> textOptions{
            {u"first-name"_s, u"FirstName"_s},   {u"last-name"_s, u"LastName"_s}, {u"nickname"_s, u"Nickname"_s},
            {u"phone"_s, u"Phone"_s},            {u"email"_s, u"Email"_s},        {u"gender"_s, u"Gender: None, Male, Female or Other"_s},
            {u"birthday"_s, u"Birthday: yyyy-MM-dd or an ISO 8601 date-time"_s},
            {u"marital-status"_s, u"MaritalStatus: Married, Widowed, Divorced, Single (or 1-4)"_s},
            {u"children-count"_s, u"ChildrenCount"_s}, {u"country"_s, u"Country"_s}, {u"district"_s, u"District"_s},
            {u"city"_s, u"City"_s},              {u"address"_s, u"Address"_s},    {u"image-url"_s, u"ImageUrl"_s},
            {u"invite-code"_s, u"InstanceInviteCode"_s},
            {u"custom-token"_s, u"CustomToken: a UUID you pick that becomes the DeviceToken (makes a lost answer checkable)"_s},
            {u"client-id"_s, u"UserFields.ClientId: the user's id in your own system"_s},
    };
    for (const auto &o : textOptions)
        parser.addOption({o.first, o.second + u"."_s, u"VALUE"_s});
    addLedgerOption(parser);
    if (const auto rc = ctx.parseCommand(parser, args, u"register --instance-id ID [options]"_s))
        return *rc;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(u"register takes no arguments besides options (got \"%1\")"_s.arg(parser.positionalArguments().first()));

    tc::RegistrationProfile p;
    const auto text = [&parser](const QString &name) -> std::optional<QString> {
        return parser.isSet(name) ? std::optional<QString>(parser.value(name)) : std::nullopt;
    };
    p.firstName = text(u"first-name"_s);
    p.lastName = text(u"last-name"_s);
    p.nickname = text(u"nickname"_s);
    p.phone = text(u"phone"_s);
    p.email = text(u"email"_s);
    p.gender = text(u"gender"_s);
    if (p.gender) { // accept any casing, send the service's spelling
        for (const QString &g : tc::RegistrationProfile::genders()) {
            if (g.compare(*p.gender, Qt::CaseInsensitive) == 0)
                p.gender = g;
        }
    }
    p.birthday = text(u"birthday"_s);
    p.maritalStatus = text(u"marital-status"_s);
    if (const auto children = text(u"children-count"_s)) {
        bool ok = false;
        p.childrenCount = children->toInt(&ok);
        if (!ok)
            return ctx.usageError(u"--children-count must be a whole number (got \"%1\")"_s.arg(*children));
    }
    p.country = text(u"country"_s);
    p.district = text(u"district"_s);
    p.city = text(u"city"_s);
    p.address = text(u"address"_s);
    p.imageUrl = text(u"image-url"_s);
    p.instanceInviteCode = text(u"invite-code"_s);
    p.customToken = text(u"custom-token"_s);
    if (p.customToken && !QUuid::fromString(*p.customToken).isNull())
        p.customToken = QUuid::fromString(*p.customToken).toString(QUuid::WithoutBraces);
    if (parser.isSet(u"no-access-token"_s))
        p.createAccessToken = false;
    QString conflict;
    tc::UserFields fields;
    fields.enableTracking = toggle(parser, tracking, &conflict);
    fields.enableLogging = toggle(parser, logging, &conflict);
    fields.enabled = toggle(parser, sdk, &conflict);
    fields.clientId = text(u"client-id"_s);
    if (!conflict.isEmpty())
        return ctx.usageError(conflict);
    if (!fields.isEmpty())
        p.userFields = fields;
    if (const QStringList problems = p.validate(); !problems.isEmpty())
        return ctx.usageError(problems.join(u"; "_s));

    const auto group = groupFrom(ctx, parser);
    if (const int *rc = std::get_if<int>(&group))
        return *rc;
    const Group &g = std::get<Group>(group);
    int ledgerRc = ExitOk;
    const auto ledger = openLedger(ctx, parser, &ledgerRc);
    if (!ledger)
        return ledgerRc;

    if (!ctx.json)
        ctx.info() << u"Registering a user in group "_s << g.instanceId << u" at "_s << ctx.baseUrl.toDisplayString() << u"...\n"_s;
    if (p.customToken)
        ctx.info() << u"CustomToken "_s << *p.customToken << u" will be the DeviceToken.\n"_s;
    ctx.err().flush();

    // The console's path: the DeviceToken is in the ledger before anything is printed (with a
    // CustomToken, before anything is sent), and a lost answer is never retried.
    tc::RegistrationService service(ctx.network(), ledger.get());
    service.setTransferTimeout(ctx.timeoutMs);
    tc::RegistrationJob *job = service.registerUser(tc::RegistrationTarget::fromUrl(ctx.baseUrl, g.instanceId), p,
                                                    g.instanceKey, &service);
    const bool done = ctx.awaitJob(job);
    const QString lostAnswerNote = p.customToken
            ? u"If the service acted, the DeviceToken is %1: look it up (find --device-token) before registering again."_s.arg(*p.customToken)
            : u"If the service acted, a user exists whose DeviceToken was not received. Pass --custom-token UUID to make a retry checkable."_s;
    const bool recorded = job->ledgerError().isEmpty();
    if (!recorded) {
        ctx.err() << u"error: the ledger could not record it: "_s << job->ledgerError() << u"\n"_s;
        if (job->outcome() == tc::RegistrationJob::Outcome::Done)
            ctx.err() << u"The user WAS registered; its DeviceToken could not be recorded and is printed below: keep it.\n"_s;
        ctx.err().flush();
    }
    if (!done || job->error().isCanceled())
        return ctx.interruptedExit(u"the registration may or may not have happened. "_s + lostAnswerNote);
    if (job->outcome() != tc::RegistrationJob::Outcome::Done) {
        const int rc = ctx.fail(job->error());
        if (job->outcome() == tc::RegistrationJob::Outcome::Unknown) {
            ctx.err() << lostAnswerNote << u"\n"_s;
            ctx.err().flush();
        }
        return recorded ? rc : ExitLedger;
    }

    const tc::AuthResult r = job->result();
    const tc::Jwt jwt = tc::Jwt::decode(r.accessToken);
    const tc::TokenExpiry expiry = tc::expiryFrom(jwt, r.expiresIn, job->receivedAt());
    if (!expiry.note.isEmpty())
        ctx.err() << u"note: "_s << expiry.note << u"\n"_s;
    if (ctx.json) {
        QJsonObject o{{u"device_token"_s, r.deviceToken},
                      {u"instance_id"_s, g.instanceId},
                      {u"custom_token"_s, p.customToken.has_value()},
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
                      << (expiry.expiresAt.isValid() ? expiry.expiresAt.toString(Qt::ISODate) : u"at an unknown time"_s) << u"\n"_s;
        else
            ctx.out() << u"Access token: none (CreateAccessToken: false); log in to get one\n"_s;
        ctx.out().flush();
    }
    return recorded ? ExitOk : ExitLedger;
}

int runRegisterManyCommand(CliContext &ctx, const QStringList &args)
{
    if (const QString flag = CliContext::secretFlagIn(args); !flag.isEmpty())
        return ctx.usageError(flag + u" is not accepted: secrets never travel as flag values. Set TELEMATICS_INSTANCE_KEY or use --secret-stdin."_s);
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({u"quantity"_s, u"How many users to register (1-%1, the service's maximum for one call)."_s.arg(tc::RegistrationManyJob::MaxQuantity), u"N"_s});
    CliContext::addYesOption(parser);
    parser.addOption({u"out"_s, u"Write every DeviceToken to FILE.csv (required; written atomically)."_s, u"FILE"_s});
    parser.addOption({u"force"_s, u"Overwrite --out if it exists."_s});
    addLedgerOption(parser);
    if (const auto rc = ctx.parseCommand(parser, args, u"register-many --instance-id ID --quantity N --out FILE.csv [options]"_s))
        return *rc;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(u"register-many takes no arguments besides options (got \"%1\")"_s.arg(parser.positionalArguments().first()));

    int quantity = 0;
    if (!parser.isSet(u"quantity"_s))
        return ctx.usageError(u"--quantity N is required (1-%1)"_s.arg(tc::RegistrationManyJob::MaxQuantity));
    // The same rule as the console's field: 0, more than the maximum or not a number is refused.
    if (const QString problem = tc::RegistrationManyJob::quantityProblem(parser.value(u"quantity"_s), &quantity);
        !problem.isEmpty())
        return ctx.usageError(u"--quantity: "_s + problem);
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty())
        return ctx.usageError(u"--out FILE.csv is required: the DeviceTokens come back once"_s);
    const QFileInfo outInfo(outPath);
    if (outInfo.exists() && !parser.isSet(u"force"_s))
        return ctx.usageError(u"%1 exists; it may hold DeviceTokens from an earlier run. Choose another file or pass --force"_s.arg(outPath));
    QString conflict;
    tc::UserFields custom;
    custom.enableTracking = toggle(parser, tracking, &conflict);
    custom.enableLogging = toggle(parser, logging, &conflict);
    custom.enabled = toggle(parser, sdk, &conflict);
    if (!conflict.isEmpty())
        return ctx.usageError(conflict);

    const auto group = groupFrom(ctx, parser);
    if (const int *rc = std::get_if<int>(&group))
        return *rc;
    const Group &g = std::get<Group>(group);

    if (!ctx.confirmProduction(parser, ctx.baseUrl,
                               u"This creates %1 real users in group %2"_s.arg(quantity).arg(g.instanceId)))
        return ExitUsage;

    int ledgerRc = ExitOk;
    const auto ledger = openLedger(ctx, parser, &ledgerRc);
    if (!ledger)
        return ledgerRc;

    // Open the output before anything is sent: if it cannot be written, nothing is registered.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return ctx.usageError(u"cannot write %1: %2 (nothing was sent)"_s.arg(outPath, file.errorString()));

    if (!ctx.json)
        ctx.info() << u"Registering "_s << quantity << u" users in group "_s << g.instanceId << u" at "_s
                  << ctx.baseUrl.toDisplayString() << u"...\n"_s;
    ctx.err().flush();
    const std::optional<bool> createAccessToken = parser.isSet(u"no-access-token"_s) ? std::optional<bool>(false) : std::nullopt;
    // The console's path: every DeviceToken is committed to the ledger before it is written or printed.
    tc::RegistrationService service(ctx.network(), ledger.get());
    service.setTransferTimeout(ctx.timeoutMs);
    tc::RegistrationManyJob *job = service.registerMany(tc::RegistrationTarget::fromUrl(ctx.baseUrl, g.instanceId),
                                                        quantity, createAccessToken, custom, g.instanceKey, &service);
    const bool done = ctx.awaitJob(job);
    const bool recorded = job->ledgerError().isEmpty();
    if (!recorded) {
        ctx.err() << u"error: the ledger could not record them: "_s << job->ledgerError() << u"\n"_s;
        if (!job->results().isEmpty())
            ctx.err() << u"The users WERE registered; their DeviceTokens could not be recorded in the ledger: keep "
                         "the output.\n"_s;
        ctx.err().flush();
    }
    const QString lostNote = u"If the service acted, %1 users exist whose DeviceTokens were not received."_s.arg(quantity);
    if (!done || job->error().isCanceled()) {
        file.cancelWriting();
        return ctx.interruptedExit(u"the registration may or may not have happened. "_s + lostNote);
    }
    const QList<tc::AuthResult> results = job->results();
    if (results.isEmpty()) {
        file.cancelWriting();
        const int rc = ctx.fail(job->error());
        if (job->outcome() == tc::RegistrationManyJob::Outcome::Unknown)
            ctx.err() << lostNote << u"\n"_s;
        ctx.err().flush();
        return rc;
    }

    QByteArray csv = "DeviceToken\n";
    QJsonArray tokens;
    for (const tc::AuthResult &r : results) {
        csv += r.deviceToken.toUtf8() + '\n';
        tokens.append(r.deviceToken);
    }
    file.write(csv);
    if (!file.commit()) {
        // The tokens exist only in this process now: print them rather than lose them.
        ctx.err() << u"error: could not write "_s << outPath << u": "_s << file.errorString()
                  << u". The DeviceTokens follow on stdout; keep them.\n"_s;
        ctx.err().flush();
        if (ctx.json)
            ctx.printJson({{u"error"_s, QJsonObject{{u"kind"_s, u"file"_s}, {u"message"_s, file.errorString()}}},
                           {u"device_tokens"_s, tokens}});
        else
            ctx.out() << QString::fromUtf8(csv);
        return ExitServiceError;
    }
    QJsonObject problem; // tokens arrived (and are saved) but something about the answer was off
    if (job->error().isError()) {
        if (ctx.json) {
            problem = job->error().toJson();
            ctx.err() << u"error: "_s << job->error().message() << u"\n"_s;
        } else {
            ctx.fail(job->error());
        }
    }
    if (results.size() != quantity)
        ctx.err() << u"warning: asked for "_s << quantity << u" users, the service returned "_s << results.size() << u"\n"_s;
    ctx.err().flush();

    const QString absolute = QFileInfo(outPath).absoluteFilePath();
    if (ctx.json) {
        QJsonObject o{{u"count"_s, results.size()}, {u"requested"_s, quantity}, {u"out"_s, absolute}, {u"device_tokens"_s, tokens}};
        if (!problem.isEmpty())
            o.insert(u"error"_s, problem);
        ctx.printJson(o);
    } else {
        ctx.out() << u"Registered "_s << results.size() << u" users; DeviceTokens written to "_s << absolute << u"\n"_s;
        ctx.out().flush();
    }
    if (!recorded)
        return ExitLedger;
    return job->error().isError() ? CliContext::exitCodeFor(job->error()) : ExitOk;
}

} // namespace cli
