#pragma once
// A UBI user's own password (PUT Management/users NewPassword; Auth/Login with LoginFields
// {"Phone"} or {"Email"}): kept only as a salted PBKDF2-SHA256 hash, compared in constant time.
// And the phone-number form logins are matched in.
#include <QByteArray>
#include <QString>

namespace sandbox::passwords {

struct Hash
{
    QByteArray salt; // random, 16 bytes
    QByteArray hash; // PBKDF2-SHA256, 32 bytes
    int iterations = 0;
};

Hash make(const QString &password);
bool verify(const Hash &stored, const QString &password);

// A phone number without spaces, dashes, dots or parentheses: "+1 (555) 010-2030" -> "+15550102030".
QString normalizePhone(const QString &phone);

} // namespace sandbox::passwords
