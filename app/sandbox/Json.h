#pragma once
// The service reads request keys in any casing, at every level ("LoginFields"/"loginFields",
// inner "Devicetoken"/"email"...). Requests are normalized once: every object key lower-cased.
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sandbox::json {

// Copy of `value` with every object key lower-cased, recursively (arrays included). When two
// keys differ only in case, the one that sorts last in the original object wins.
QJsonValue lowerKeys(const QJsonValue &value);
QJsonObject lowerKeys(const QJsonObject &object);

} // namespace sandbox::json
