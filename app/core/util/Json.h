#pragma once
// Small helpers for reading the service's JSON: "PascalCase out, any casing in".
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tc::json {

// The value under `key`, matching the exact spelling first and then any ASCII casing
// ("DeviceToken", "deviceToken", "devicetoken"). Undefined when absent.
QJsonValue value(const QJsonObject &object, QStringView key);
bool contains(const QJsonObject &object, QStringView key);

// A whole number given as a JSON number (integral) or as a numeric string ("7200").
std::optional<qint64> toInt64(const QJsonValue &v);
// A string given as a string or a number; empty for anything else.
QString toText(const QJsonValue &v);
// true/false, "true"/"True"/"false", 1/0.
std::optional<bool> toBool(const QJsonValue &v);

// Compact UTF-8 serialisation of an object or array.
QByteArray compact(const QJsonObject &object);

// Where a parse error of `text` lies, as a person counts (line and column from 1, a column per
// character): the character Qt stopped at. QJsonParseError::offset is one past it for most errors
// (Qt has read the character that does not fit) and at it for a bad number or trailing garbage.
struct TextPosition
{
    int line = 1;
    int column = 1;
};
TextPosition errorPosition(const QByteArray &text, const QJsonParseError &error);

} // namespace tc::json
