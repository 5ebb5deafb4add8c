#include "core/util/Json.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace tc::json {

QJsonValue value(const QJsonObject &object, QStringView key)
{
    const auto exact = object.constFind(key);
    if (exact != object.constEnd())
        return exact.value();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

bool contains(const QJsonObject &object, QStringView key)
{
    return !value(object, key).isUndefined();
}

std::optional<qint64> toInt64(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

QString toText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        if (const auto n = toInt64(v))
            return QString::number(*n);
        return QString::number(v.toDouble());
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<bool> toBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0.0;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0 || s == QLatin1StringView("1"))
            return true;
        if (s.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0 || s == QLatin1StringView("0"))
            return false;
    }
    return std::nullopt;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

TextPosition errorPosition(const QByteArray &text, const QJsonParseError &error)
{
    qsizetype at = error.offset;
    switch (error.error) {
    case QJsonParseError::IllegalNumber:
    case QJsonParseError::GarbageAtEnd:
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::UnterminatedString: break;
    default: at = error.offset - 1; break;
    }
    at = std::clamp<qsizetype>(at, 0, text.size());
    TextPosition p;
    const QByteArrayView before(text.constData(), at);
    p.line = int(before.count('\n')) + 1;
    for (qsizetype i = before.lastIndexOf('\n') + 1; i < at; ++i) {
        if ((uchar(text.at(i)) & 0xC0) != 0x80) // not a UTF-8 continuation byte
            ++p.column;
    }
    return p;
}

} // namespace tc::json
