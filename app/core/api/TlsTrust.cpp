#include "core/api/TlsTrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace tc {

std::optional<QByteArray> TlsTrust::parsePin(const QString &text, QString *error)
{
    QString t = text.trimmed();
    if (t.startsWith(u"sha256//"_s, Qt::CaseInsensitive) || t.startsWith(u"sha256:"_s, Qt::CaseInsensitive)) {
        const QString rest = t.mid(t.indexOf(u':') == 6 ? 7 : 8);
        // Base64 of the 32 bytes (curl's --pinnedpubkey spelling), or hex after "sha256:".
        const auto decoded = QByteArray::fromBase64Encoding(rest.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == 32)
            return decoded.decoded.toHex();
        t = rest;
    }
    QByteArray hex;
    for (const QChar c : std::as_const(t)) {
        if (c == u':' || c == u' ')
            continue;
        if (!c.isDigit() && !(c.toLower() >= u'a' && c.toLower() <= u'f')) {
            if (error)
                *error = QCoreApplication::translate("TlsTrust",
                                                     "the pin must be a SHA-256 fingerprint: 64 hexadecimal digits, "
                                                     "colons allowed (openssl x509 -noout -fingerprint -sha256)");
            return std::nullopt;
        }
        hex.append(char(c.toLower().unicode()));
    }
    if (hex.size() != 64) {
        if (error)
            *error = QCoreApplication::translate("TlsTrust",
                                                 "the pin has %1 hexadecimal digits; a SHA-256 fingerprint has 64")
                             .arg(hex.size());
        return std::nullopt;
    }
    return hex;
}

QString TlsTrust::pinText(const QByteArray &pinSha256)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < pinSha256.size(); i += 2)
        pairs.append(QString::fromLatin1(pinSha256.mid(i, 2)).toUpper());
    return pairs.join(u':');
}

QList<QSslCertificate> TlsTrust::readCaFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("TlsTrust", "the CA file %1 cannot be read: %2")
                         .arg(path, f.errorString());
        return {};
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.read(4 * 1024 * 1024), QSsl::Pem);
    if (certs.isEmpty())
        *error = QCoreApplication::translate("TlsTrust", "the CA file %1 holds no PEM certificate "
                                                         "(-----BEGIN CERTIFICATE-----)")
                         .arg(path);
    return certs;
}

QString TlsTrust::problem() const
{
    QString error;
    if (!pinSha256.isEmpty() && !parsePin(QString::fromLatin1(pinSha256), &error))
        return error;
    if (!caFile.isEmpty())
        readCaFile(caFile, &error);
    return error;
}

QByteArray TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

} // namespace tc
