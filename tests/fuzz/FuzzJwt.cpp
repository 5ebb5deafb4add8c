// libFuzzer harness: the JWT decoder and everything that reads a decoded token (times, kind,
// masking, the report the inspector and `token inspect` show). A pasted token is hostile input.
#include "core/auth/Jwt.h"
#include "core/auth/JwtReport.h"
#include "core/util/Clock.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property that does not hold: say which, then crash (libFuzzer keeps the input).
[[noreturn]] static void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const tc::ManualClock clock(QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));

    const tc::Jwt jwt = tc::Jwt::decode(bytes);
    // A failure names its part; a success names none.
    if (jwt.isValid() != (jwt.errorPart() == tc::Jwt::Part::None))
        fail("jwt.isValid() != (jwt.errorPart() == tc::Jwt::Part::None)");
    (void)jwt.errorString();
    (void)jwt.algorithm();
    (void)jwt.isUnsigned();
    (void)jwt.signatureProblem();
    (void)jwt.kindClaim();
    (void)jwt.issuedAt();
    (void)jwt.notBefore();
    (void)jwt.refreshTokenExpiresAt();
    (void)jwt.isExpired(clock);
    (void)jwt.secondsLeft(clock);
    (void)jwt.subject();
    (void)jwt.deviceToken();
    (void)jwt.instanceId();
    (void)jwt.dataHubEmail();
    // Masking leaves no sensitive value behind.
    const QJsonObject masked = jwt.maskedClaims(QStringLiteral("•••"));
    const QStringList sensitive = jwt.sensitiveClaims();
    for (const QString &name : sensitive) {
        if (masked.value(name) != QJsonValue(QStringLiteral("•••")))
            fail("masked.value(name) != QJsonValue(QStringLiteral(\"•••\"))");
    }
    (void)tc::expiryFrom(jwt, qint64(3600), clock.nowUtc());
    (void)tc::expiryFrom(jwt, std::nullopt, clock.nowUtc());

    const tc::JwtReport report(jwt, clock.nowUtc(), [](const QDateTime &t) { return t.toString(Qt::ISODate); });
    (void)report.kindBasis();
    (void)report.kindSentence();
    (void)report.signatureSentence();
    (void)report.warningTexts();

    // The same text as a paste (QString path) decodes the same way when it is UTF-8.
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() == bytes) {
        const tc::Jwt again = tc::Jwt::decode(text);
        if (again.isValid() != jwt.isValid() || again.claims() != jwt.claims())
            fail("again.isValid() != jwt.isValid() || again.claims() != jwt.claims()");
    }
    (void)tc::Jwt::parseServiceDate(text);
    return 0;
}
