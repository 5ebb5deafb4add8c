#include "core/api/Envelope.h"

#include "core/util/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tc {

QString ErrorDetail::toString() const
{
    if (key.isEmpty())
        return message;
    if (message.isEmpty())
        return key;
    return key + u": "_s + message;
}

namespace {

ErrorDetail detailFromObject(const QJsonObject &o)
{
    ErrorDetail d;
    d.key = json::toText(json::value(o, u"Key"));
    if (d.key.isEmpty())
        d.key = json::toText(json::value(o, u"Field"));
    d.message = json::toText(json::value(o, u"Message"));
    if (d.message.isEmpty())
        d.message = json::toText(json::value(o, u"Description"));
    if (d.message.isEmpty() && d.key.isEmpty())
        d.message = QString::fromUtf8(json::compact(o));
    return d;
}

} // namespace

QList<ErrorDetail> Envelope::parseErrors(const QJsonValue &errors)
{
    QList<ErrorDetail> out;
    if (errors.isArray()) {
        const QJsonArray array = errors.toArray();
        for (const QJsonValue &entry : array) {
            if (entry.isObject())
                out.append(detailFromObject(entry.toObject()));
            else if (!entry.isNull() && !entry.isUndefined())
                out.append({QString(), json::toText(entry)});
        }
    } else if (errors.isObject()) {
        // {"Email": ["is required", "is too long"], "Phone": "bad"} (problem-details style)
        const QJsonObject map = errors.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (it.value().isArray()) {
                const QJsonArray messages = it.value().toArray();
                for (const QJsonValue &m : messages)
                    out.append({it.key(), json::toText(m)});
            } else {
                out.append({it.key(), json::toText(it.value())});
            }
        }
    } else if (errors.isString() && !errors.toString().isEmpty()) {
        out.append({QString(), errors.toString()});
    }
    return out;
}

Envelope Envelope::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        Envelope e;
        e.m_problem = QCoreApplication::translate("tc::Envelope", "not valid JSON (%1 at offset %2)")
                              .arg(error.errorString())
                              .arg(error.offset);
        return e;
    }
    return fromJson(doc);
}

Envelope Envelope::fromJson(const QJsonDocument &document)
{
    Envelope e;
    if (!document.isObject()) {
        e.m_problem = document.isArray()
                              ? QCoreApplication::translate("tc::Envelope",
                                                            "the answer is a JSON array, not the envelope object")
                              : QCoreApplication::translate("tc::Envelope", "the answer is not a JSON object");
        return e;
    }
    const QJsonObject o = document.object();
    const QJsonValue status = json::value(o, u"Status");
    const QJsonValue result = json::value(o, u"Result");
    if (status.isUndefined() && result.isUndefined()) {
        e.m_problem = QCoreApplication::translate("tc::Envelope", "the answer has neither Status nor Result");
        return e;
    }
    if (!status.isUndefined() && !status.isNull()) {
        const auto n = json::toInt64(status);
        if (!n || *n < 0 || *n > 999) {
            e.m_problem
                    = QCoreApplication::translate("tc::Envelope", "the envelope's Status is not an HTTP status code");
            return e;
        }
        e.m_status = int(*n);
    }
    e.m_result = result;
    e.m_title = json::toText(json::value(o, u"Title"));
    if (e.m_title.isEmpty())
        e.m_title = json::toText(json::value(o, u"Message"));
    e.m_errors = parseErrors(json::value(o, u"Errors"));
    e.m_valid = true;
    return e;
}

QString Envelope::errorsText() const
{
    QStringList parts;
    for (const ErrorDetail &d : m_errors)
        parts.append(d.toString());
    return parts.join(u"; "_s);
}

} // namespace tc
