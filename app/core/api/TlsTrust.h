#pragma once
// How a private HTTPS endpoint is trusted, for one profile's origin only: a CA file (PEM) whose
// certificates vouch for the service besides the system's, and/or the SHA-256 of the service's
// own certificate (a pin: only that certificate is accepted, even a self-signed one or one whose
// name does not match). Without either, certificates are checked as usual and a self-signed or
// mismatched one is refused. Nothing here ever turns certificate checks off for other origins.
#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace tc {

struct TlsTrust
{
    QString caFile;       // PEM file with one or more CA certificates; empty: the system's only
    QByteArray pinSha256; // 64 lower-case hex digits; empty: no pin

    bool isEmpty() const { return caFile.isEmpty() && pinSha256.isEmpty(); }
    friend bool operator==(const TlsTrust &, const TlsTrust &) = default;

    // "AB:CD:…" (openssl x509 -fingerprint -sha256), "abcd…" or "sha256//<base64>" -> 64 hex digits.
    // nullopt + *error (a sentence) when it is not a SHA-256.
    static std::optional<QByteArray> parsePin(const QString &text, QString *error);
    // The pin written as openssl writes it: "AB:CD:…".
    static QString pinText(const QByteArray &pinSha256);
    // The certificates of a CA file; empty + *error when it cannot be read or holds none.
    static QList<QSslCertificate> readCaFile(const QString &path, QString *error);
    // Why this trust cannot be used (empty when it can): an unreadable CA file, a malformed pin.
    QString problem() const;
    // The SHA-256 of a certificate, as pinSha256 holds it.
    static QByteArray fingerprint(const QSslCertificate &certificate);
};

} // namespace tc
