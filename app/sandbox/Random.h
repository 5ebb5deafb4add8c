#pragma once
// Random identifiers and secrets (QRandomGenerator::system(), i.e. the OS CSPRNG).
#include <QByteArray>
#include <QString>

namespace sandbox::random {

QString uuid(); // "3fa85f64-5717-4562-b3fc-2c963f66afa6"
QByteArray bytes(int count);
QString password(int length); // letters and digits
QString refreshToken();       // base64 of 32 random bytes, like the vendor's

} // namespace sandbox::random
