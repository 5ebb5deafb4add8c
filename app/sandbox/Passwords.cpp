#include "Passwords.h"

#include "Random.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>

namespace sandbox::passwords {

namespace {
// A stand-in's database, not a bank's: enough that the file holds no password in any usable form,
// cheap enough (QPasswordDigestor is no fast PBKDF2: 20,000 rounds took 300 ms a login here) that
// tests and benches log in freely. The count is kept per hash, so it can grow later.
constexpr int Iterations = 1000;
constexpr int HashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              HashBytes);
}
} // namespace

Hash make(const QString &password)
{
    Hash h;
    h.salt = random::bytes(16);
    h.iterations = Iterations;
    h.hash = derive(password, h.salt, h.iterations);
    return h;
}

bool verify(const Hash &stored, const QString &password)
{
    if (stored.hash.size() != HashBytes || stored.salt.isEmpty() || stored.iterations <= 0)
        return false;
    const QByteArray got = derive(password, stored.salt, stored.iterations);
    if (got.size() != stored.hash.size())
        return false;
    unsigned char diff = 0; // constant time: every byte is compared
    for (qsizetype i = 0; i < got.size(); ++i)
        diff |= static_cast<unsigned char>(got.at(i) ^ stored.hash.at(i));
    return diff == 0;
}

QString normalizePhone(const QString &phone)
{
    QString out;
    out.reserve(phone.size());
    for (const QChar c : phone) {
        if (c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.')
            continue;
        out.append(c);
    }
    return out;
}

} // namespace sandbox::passwords
