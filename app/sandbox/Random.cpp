#include "Random.h"

#include <QList>
#include <QRandomGenerator>
#include <QUuid>

namespace sandbox::random {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray bytes(int count)
{
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), count);
}

QString password(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

QString refreshToken()
{
    return QString::fromLatin1(bytes(32).toBase64());
}

} // namespace sandbox::random
