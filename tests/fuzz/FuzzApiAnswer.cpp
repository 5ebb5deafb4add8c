// libFuzzer harness: a service answer as the client reads it. The body goes through
// ApiError::classify (JSON, envelope, status; every context and a few statuses), the envelope's
// Errors, the AuthResult of Login/Refresh/Create and the Results of CreateMany, and the message a
// person is shown. The first line doubles as a Retry-After header.
#include "core/api/ApiError.h"
#include "core/api/AuthResult.h"
#include "core/api/Envelope.h"

#include <QByteArray>
#include <QDateTime>
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

namespace {

void readResult(const QJsonValue &result)
{
    QString why;
    if (const auto one = tc::AuthResult::fromJson(result, &why)) {
        (void)one->hasAccessToken();
    } else if (why.isEmpty()) {
        fail("why.isEmpty()"); // a refusal always says why
    }
    why.clear();
    if (const auto many = tc::AuthResult::listFromJson(result, &why)) {
        for (const auto &r : *many)
            (void)r.deviceToken.size();
    } else if (why.isEmpty()) {
        fail("why.isEmpty()");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

    const tc::Envelope direct = tc::Envelope::fromJson(body);
    if (direct.isValid() == !direct.problem().isEmpty())
        fail("direct.isValid() == !direct.problem().isEmpty()"); // valid, or a problem in words: never both, never neither
    (void)direct.errorsText();
    if (direct.isValid())
        readResult(direct.result());

    const qsizetype eol = body.indexOf('\n');
    const QByteArray firstLine
            = body.first(eol < 0 ? std::min<qsizetype>(body.size(), 64) : std::min<qsizetype>(eol, 64));
    (void)tc::ApiError::parseRetryAfter(firstLine, now);

    static const int statuses[] = {200, 201, 204, 400, 401, 403, 415, 419, 429, 500, 503};
    static const tc::ApiError::Context contexts[]
            = {tc::ApiError::Context::General, tc::ApiError::Context::Login, tc::ApiError::Context::Refresh,
               tc::ApiError::Context::Registration, tc::ApiError::Context::Bearer};
    int i = 0;
    for (const int status : statuses) {
        tc::ApiError::ReplyFacts f;
        f.httpStatus = status;
        f.networkError = status >= 400 ? QNetworkReply::ProtocolInvalidOperationError : QNetworkReply::NoError;
        f.contentType = (i % 3 == 0) ? QByteArray("text/html") : QByteArray("application/json; charset=utf-8");
        f.body = body;
        f.retryAfter = firstLine;
        f.now = now;
        f.host = QStringLiteral("user.example.com");
        f.context = contexts[i % 5];
        f.lenientBody = (i % 4 == 3);
        tc::Envelope envelope;
        const tc::ApiError e = tc::ApiError::classify(f, &envelope);
        if (e.isError() && e.message().isEmpty())
            fail("e.isError() && e.message().isEmpty()"); // every error can be told to a person
        (void)e.toJson();
        (void)e.mayHaveBeenProcessed(status);
        (void)e.effectiveStatus();
        if (envelope.isValid())
            readResult(envelope.result());
        ++i;
    }
    // An answer that never finished, and one the client refused for its size.
    tc::ApiError::ReplyFacts cut;
    cut.networkError = QNetworkReply::RemoteHostClosedError;
    cut.networkErrorString = QString::fromUtf8(firstLine);
    cut.body = body;
    (void)tc::ApiError::classify(cut).message();
    return 0;
}
