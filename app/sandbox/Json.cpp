#include "Json.h"

namespace sandbox::json {

QJsonObject lowerKeys(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it)
        out.insert(it.key().toLower(), lowerKeys(it.value()));
    return out;
}

QJsonValue lowerKeys(const QJsonValue &value)
{
    if (value.isObject())
        return lowerKeys(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (const auto &v : in)
            out.append(lowerKeys(v));
        return out;
    }
    return value;
}

} // namespace sandbox::json
