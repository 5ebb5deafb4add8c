// libFuzzer harness: a request body as the sandbox reads it. The sandbox shares no code with the
// client, so this harness links the sandbox only. The bytes are the JSON body (and the query) of
// Registration/Create and CreateMany, Auth/Login (as an admin and as a user of a group),
// Auth/RefreshToken, PUT Management/users and users/find, and a /_sandbox/faults spec; they are
// also a bearer token for the sandbox's JWT check, and any JSON object they hold is signed and
// verified again. Property checked besides "no crash": every answer is the envelope (or the bare
// 401), its Status the HTTP status.
#include "sandbox/AuthApi.h"
#include "sandbox/Context.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/Json.h"
#include "sandbox/ManagementApi.h"
#include "sandbox/RegistrationApi.h"
#include "sandbox/UserProfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

// A property that does not hold: say which, then crash (libFuzzer keeps the input).
[[noreturn]] static void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

using namespace sandbox;

namespace {

// One sandbox's state, renewed every so often so the users it registers do not pile up.
struct Rig
{
    Rig()
    {
        QString error;
        if (!ctx.db.open(QString(), &error))
            fail("!ctx.db.open(QString(), &error)");
        ctx.jwt.setSecret(ctx.db.jwtSecret());
        ctx.sessions = std::make_unique<Sessions>(ctx.db, ctx.jwt, ctx.clock, ctx.options,
                                                  QStringLiteral("http://127.0.0.1/"));
        const auto admin = ctx.sessions->issueAdmin(ctx.db.apiCredentials());
        if (!admin)
            fail("!admin");
        adminBearer = "Bearer "
                      + admin->value(QStringLiteral("AccessToken"))
                                .toObject()
                                .value(QStringLiteral("Token"))
                                .toString()
                                .toUtf8();
        Request r = jsonRequest("POST", QByteArrayLiteral("{}"));
        groupHeaders(r);
        const Reply created = registration.create(r);
        deviceToken = QJsonDocument::fromJson(created.body)
                              .object()
                              .value(QStringLiteral("Result"))
                              .toObject()
                              .value(QStringLiteral("DeviceToken"))
                              .toString()
                              .toUtf8();
        if (deviceToken.isEmpty())
            fail("deviceToken.isEmpty()");
    }

    static Request jsonRequest(const QByteArray &method, const QByteArray &body)
    {
        Request r;
        r.method = method;
        r.headers.insert("content-type", "application/json");
        r.body = body;
        r.remote = QHostAddress::LocalHost;
        return r;
    }
    void groupHeaders(Request &r) const
    {
        const Group &g = ctx.db.groups().constFirst();
        r.headers.insert("instanceid", g.instanceId.toUtf8());
        r.headers.insert("instancekey", g.instanceKey.toUtf8());
    }

    Options options;
    Context ctx{options};
    RegistrationApi registration{ctx};
    AuthApi auth{ctx};
    ManagementApi management{ctx};
    QByteArray adminBearer;
    QByteArray deviceToken;
};

void checkEnvelope(const Reply &reply)
{
    if (reply.status < 200 || reply.status > 599)
        fail("reply.status < 200 || reply.status > 599");
    if (reply.body.isEmpty() && reply.status == 401)
        return; // the vendor's bare 401
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        fail("the answer is not a JSON object");
    const QJsonObject o = doc.object();
    // "Result" may be absent: PUT and DELETE users and users/instances/change answer without it, as
    // the service does.
    if (o.value(QStringLiteral("Status")).toInt(-1) != reply.status || !o.value(QStringLiteral("Errors")).isArray())
        fail("the answer is not the envelope, or its Status is not the HTTP status");
}

bool keysLowerCase(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != it.key().toLower() || !keysLowerCase(it.value()))
                return false;
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &item : a) {
            if (!keysLowerCase(item))
                return false;
        }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz-sandbox-request";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
    // Never destroyed: at exit, Qt's SQL drivers may already be gone.
    static Rig *rig = nullptr;
    static int uses = 0;
    if (!rig || ++uses % 2000 == 0) {
        delete rig;
        rig = new Rig;
    }

    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 now = rig->ctx.clock.nowSecs();

    // The body as JSON, the way every route reads it.
    const Request plain = Rig::jsonRequest("POST", bytes);
    const http::ParsedBody parsed = http::parseJsonObject(plain, true);
    if (parsed.error)
        checkEnvelope(*parsed.error);
    const QJsonObject lowered = json::lowerKeys(parsed.object);
    if (!keysLowerCase(lowered))
        fail("!keysLowerCase(lowered)");
    {
        UserProfile profile;
        QJsonArray errors;
        profile.apply(lowered, errors);
        profile.apply(lowered, errors, QStringLiteral("customfields"));
        (void)profile.toJson();
    }
    QString faultError;
    if (const auto fault = FaultInjector::parse(parsed.object, &faultError)) {
        if (!FaultInjector::parse(fault->toJson(), &faultError))
            fail("!FaultInjector::parse(fault->toJson(), &faultError)"); // what the sandbox lists it must accept again
    }

    // The routes.
    Request create = plain;
    rig->groupHeaders(create);
    checkEnvelope(rig->registration.create(create));
    const QJsonValue quantity = lowered.value(QStringLiteral("quantity"));
    if (!(quantity.isDouble() && quantity.toDouble() > 3))
        checkEnvelope(rig->registration.createMany(create)); // a handful, so the fuzzer stays fast
    checkEnvelope(rig->auth.login(plain));
    checkEnvelope(rig->auth.login(create));
    checkEnvelope(rig->auth.refresh(plain));
    Request update = plain;
    update.method = "PUT";
    update.headers.insert("authorization", rig->adminBearer);
    update.headers.insert("userdevicetoken", rig->deviceToken);
    checkEnvelope(rig->management.updateUser(update));
    Request find = Rig::jsonRequest("GET", {});
    find.headers.insert("authorization", rig->adminBearer);
    find.query = QUrlQuery(QString::fromUtf8(bytes));
    checkEnvelope(rig->management.find(find));
    Request bearer = Rig::jsonRequest("GET", {});
    bearer.headers.insert("authorization", "Bearer " + bytes);
    checkEnvelope(rig->management.getUser(bearer));

    // The JWT check, on the bytes and on a token the sandbox signed itself.
    (void)rig->ctx.jwt.verify(bytes, now);
    if (!parsed.error && !parsed.object.isEmpty()) {
        const QByteArray token = rig->ctx.jwt.sign(parsed.object);
        const JwtIssuer::Verified v = rig->ctx.jwt.verify(token, now);
        if (v.verdict == JwtIssuer::Verdict::BadSignature)
            fail("v.verdict == JwtIssuer::Verdict::BadSignature");
    }
    return 0;
}
