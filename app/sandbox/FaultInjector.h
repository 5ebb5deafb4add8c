#pragma once
// Queued faults for the next matching requests (only with --enable-faults). The contract, which
// tests/support/SandboxProcess.h documents for everyone:
//   POST /_sandbox/faults {"kind": K, "count": N=1, "path": "/v1/..." (prefix, optional),
//                          "method": "POST" (optional), "delayMs": M (kind "delay"),
//                          "intervalMs": I (kind "trickle", default 250),
//                          "status": S, "retryAfter": R (kind "status")}
// Kinds: html500, truncated, delay, drop-before, drop-after, drop-mid-answer, envelope401,
// trickle (the work is done, the headers go out, then the body one byte every intervalMs), status (an
// envelope error with HTTP status S, 400..599, Title its reason phrase, Retry-After R seconds when
// given; the request is NOT processed).
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

enum class FaultKind { Html500, Truncated, Delay, DropBefore, DropAfter, DropMidAnswer, Envelope401, Trickle, Status };

struct Fault
{
    FaultKind kind = FaultKind::Html500;
    int remaining = 1;
    QString pathPrefix; // empty = any non-control path; compared case-insensitively
    QByteArray method;  // empty = any method; upper-case
    int delayMs = 0;
    int intervalMs = 250; // trickle
    int status = 0;       // status
    int retryAfter = -1;  // status: the Retry-After header's seconds (-1: none)

    QJsonObject toJson() const;
};

class FaultInjector
{
public:
    // Parses a POST /_sandbox/faults body; nullopt + *error when invalid.
    static std::optional<Fault> parse(const QJsonObject &spec, QString *error);

    void add(const Fault &fault) { m_queue.append(fault); }
    void clear() { m_queue.clear(); }
    bool isEmpty() const { return m_queue.isEmpty(); }
    QJsonArray toJson() const;

    // The first queued fault matching (method, path), consumed once; nullopt when none.
    std::optional<Fault> take(const QByteArray &method, const QString &path);

private:
    QList<Fault> m_queue;
};

} // namespace sandbox
