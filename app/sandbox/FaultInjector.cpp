#include "FaultInjector.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
struct KindName
{
    FaultKind kind;
    const char16_t *name;
};
const KindName kKinds[] = {
        {FaultKind::Html500, u"html500"},
        {FaultKind::Truncated, u"truncated"},
        {FaultKind::Delay, u"delay"},
        {FaultKind::DropBefore, u"drop-before"},
        {FaultKind::DropAfter, u"drop-after"},
        {FaultKind::DropMidAnswer, u"drop-mid-answer"},
        {FaultKind::Envelope401, u"envelope401"},
        {FaultKind::Trickle, u"trickle"},
        {FaultKind::Status, u"status"},
};

QString kindName(FaultKind k)
{
    for (const auto &kn : kKinds) {
        if (kn.kind == k)
            return QString::fromUtf16(kn.name);
    }
    return {};
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}
} // namespace

QJsonObject Fault::toJson() const
{
    QJsonObject o{{u"kind"_s, kindName(kind)}, {u"count"_s, remaining}};
    if (!pathPrefix.isEmpty())
        o.insert(u"path"_s, pathPrefix);
    if (!method.isEmpty())
        o.insert(u"method"_s, QString::fromLatin1(method));
    if (kind == FaultKind::Delay)
        o.insert(u"delayMs"_s, delayMs);
    if (kind == FaultKind::Trickle)
        o.insert(u"intervalMs"_s, intervalMs);
    if (kind == FaultKind::Status) {
        o.insert(u"status"_s, status);
        if (retryAfter >= 0)
            o.insert(u"retryAfter"_s, retryAfter);
    }
    return o;
}

std::optional<Fault> FaultInjector::parse(const QJsonObject &spec, QString *error)
{
    auto fail = [error](const QString &msg) {
        if (error)
            *error = msg;
        return std::nullopt;
    };
    Fault f;
    const QString kind = spec.value(u"kind"_s).toString();
    bool known = false;
    for (const auto &kn : kKinds) {
        if (kind == QStringView(kn.name)) {
            f.kind = kn.kind;
            known = true;
        }
    }
    if (!known)
        return fail(u"\"kind\" must be one of html500, truncated, delay, drop-before, drop-after, drop-mid-answer, "
                    u"envelope401, "
                    "trickle, status"_s);
    if (spec.contains(u"count"_s)) {
        const QJsonValue c = spec.value(u"count"_s);
        if (!isWholeNumber(c) || c.toDouble() < 1 || c.toDouble() > 1e6)
            return fail(u"\"count\" must be a positive integer"_s);
        f.remaining = int(c.toDouble());
    }
    if (spec.contains(u"path"_s) && !spec.value(u"path"_s).isNull()) {
        f.pathPrefix = spec.value(u"path"_s).toString();
        if (!f.pathPrefix.startsWith(u'/'))
            return fail(u"\"path\" must be a path starting with /"_s);
    }
    if (spec.contains(u"method"_s) && !spec.value(u"method"_s).isNull()) {
        f.method = spec.value(u"method"_s).toString().trimmed().toUpper().toLatin1();
        if (f.method.isEmpty())
            return fail(u"\"method\" must be an HTTP method such as POST"_s);
    }
    if (f.kind == FaultKind::Delay) {
        const QJsonValue d = spec.value(u"delayMs"_s);
        if (!isWholeNumber(d) || d.toDouble() < 0 || d.toDouble() > 600000)
            return fail(u"kind \"delay\" needs \"delayMs\" (0..600000)"_s);
        f.delayMs = int(d.toDouble());
    }
    if (f.kind == FaultKind::Trickle && spec.contains(u"intervalMs"_s)) {
        const QJsonValue d = spec.value(u"intervalMs"_s);
        if (!isWholeNumber(d) || d.toDouble() < 1 || d.toDouble() > 60000)
            return fail(u"\"intervalMs\" must be 1..60000"_s);
        f.intervalMs = int(d.toDouble());
    }
    if (f.kind == FaultKind::Status) {
        const QJsonValue st = spec.value(u"status"_s);
        if (!isWholeNumber(st) || st.toDouble() < 400 || st.toDouble() > 599)
            return fail(u"kind \"status\" needs \"status\" (400..599)"_s);
        f.status = int(st.toDouble());
        if (spec.contains(u"retryAfter"_s)) {
            const QJsonValue r = spec.value(u"retryAfter"_s);
            if (!isWholeNumber(r) || r.toDouble() < 0 || r.toDouble() > 86400)
                return fail(u"\"retryAfter\" must be 0..86400 seconds"_s);
            f.retryAfter = int(r.toDouble());
        }
    }
    return f;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray a;
    for (const auto &f : m_queue)
        a.append(f.toJson());
    return a;
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        Fault &f = m_queue[i];
        if (!f.method.isEmpty() && f.method != method)
            continue;
        if (!f.pathPrefix.isEmpty() && !path.startsWith(f.pathPrefix, Qt::CaseInsensitive))
            continue;
        Fault out = f;
        out.remaining = 1;
        if (--f.remaining <= 0)
            m_queue.removeAt(i);
        return out;
    }
    return std::nullopt;
}

} // namespace sandbox
