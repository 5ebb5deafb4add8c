// A private HTTPS endpoint (openssl s_server on loopback, throwaway certificates made here with
// openssl): without a CA file or a pin, a self-signed or mismatched certificate is refused with
// the message it always had; a pin accepts exactly that certificate (and refuses another); a CA
// file accepts what that CA signed; both only for the profile's own origin. The CLI's --ca-file
// and --pin-sha256 do the same.
#include "ApiTestHelpers.h"
#include "CliRunner.h"

#include "core/api/ApiClient.h"
#include "core/api/TlsTrust.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace apitest;
using tc::ApiCall;
using tc::ApiClient;
using tc::TlsTrust;
using Kind = tc::ApiError::Kind;

namespace {

// One `openssl s_server -HTTP` serving www/ (each file a whole HTTP answer) with one certificate.
class TlsServer
{
public:
    bool start(const QString &dir, const QString &cert, const QString &key)
    {
        m_process.setWorkingDirectory(dir + u"/www"_s);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(u"openssl"_s,
                        {u"s_server"_s, u"-accept"_s, u"127.0.0.1:0"_s, u"-HTTP"_s, u"-cert"_s, cert, u"-key"_s, key});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression accept(u"ACCEPT 127\\.0\\.0\\.1:(\\d+)"_s);
        QByteArray out;
        QSignalSpy ready(&m_process, &QProcess::readyRead);
        for (int i = 0; i < 100 && m_port == 0; ++i) {
            out += m_process.readAll();
            if (const auto m = accept.match(QString::fromLatin1(out)); m.hasMatch())
                m_port = m.captured(1).toUShort();
            else if (m_process.state() != QProcess::Running || !ready.wait(200))
                continue;
        }
        return m_port != 0;
    }
    ~TlsServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    quint16 port() const { return m_port; }
    QUrl url(const QString &host = u"127.0.0.1"_s) const { return QUrl(u"https://%1:%2"_s.arg(host).arg(m_port)); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestTlsTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_caPem;                         // the private CA
    QString m_caSignedCert, m_caSignedKey;   // 127.0.0.1 and localhost, signed by the CA
    QString m_selfCert, m_selfKey;           // self-signed, CN=127.0.0.1
    QString m_wrongNameCert, m_wrongNameKey; // self-signed, CN=wrong.example
    QByteArray m_selfPin;                    // SHA-256 of m_selfCert, as openssl prints it (AB:CD:…)
    QNetworkAccessManager *m_nam = nullptr;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"openssl"_s, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(u' ')), p.readAll().constData());
            return false;
        }
        m_lastOutput = p.readAll();
        return true;
    }
    QByteArray m_lastOutput;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool selfSigned(const QString &name, const QString &cn)
    {
        return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                        u"/CN="_s + cn, u"-keyout"_s, path(name + u".key"_s), u"-out"_s, path(name + u".pem"_s)});
    }

    QByteArray fingerprint(const QString &cert)
    {
        if (!openssl({u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, cert}))
            return {};
        // "sha256 Fingerprint=AB:CD:..." (the prefix's spelling differs between versions)
        return m_lastOutput.mid(m_lastOutput.indexOf('=') + 1).trimmed();
    }

    ApiCall *get(ApiClient &client, const QString &pathOrUrl = u"/ok.json"_s)
    {
        ApiCall *call = client.request("GET", pathOrUrl);
        return waitFinished(call, 20000) ? call : nullptr;
    }

    std::unique_ptr<ApiClient> client(const QUrl &base, const TlsTrust &trust = {})
    {
        auto c = std::make_unique<ApiClient>(m_nam);
        c->setBaseUrl(base);
        c->setTransferTimeout(15000);
        c->setTlsTrust(trust);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"www"_s));
        QFile answer(path(u"www/ok.json"_s));
        QVERIFY(answer.open(QIODevice::WriteOnly));
        // s_server -HTTP sends the file as it is and keeps the connection: the length ends the answer.
        const QByteArray body = "{\"Result\":{\"ok\":true},\"Status\":200,\"Title\":\"\",\"Errors\":[]}";
        answer.write("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        answer.close();

        // A private CA, and a certificate it signs for 127.0.0.1 and localhost.
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                         u"/CN=Telematics Console test CA"_s, u"-keyout"_s, path(u"ca.key"_s), u"-out"_s,
                         path(u"ca.pem"_s), u"-addext"_s, u"basicConstraints=critical,CA:TRUE"_s, u"-addext"_s,
                         u"keyUsage=critical,keyCertSign,cRLSign"_s}));
        m_caPem = path(u"ca.pem"_s);
        QFile ext(path(u"server.ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                         u"-keyout"_s, path(u"signed.key"_s), u"-out"_s, path(u"signed.csr"_s)}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, path(u"signed.csr"_s), u"-CA"_s, m_caPem, u"-CAkey"_s,
                         path(u"ca.key"_s), u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s,
                         path(u"server.ext"_s), u"-out"_s, path(u"signed.pem"_s)}));
        m_caSignedCert = path(u"signed.pem"_s);
        m_caSignedKey = path(u"signed.key"_s);

        QVERIFY(selfSigned(u"self"_s, u"127.0.0.1"_s));
        m_selfCert = path(u"self.pem"_s);
        m_selfKey = path(u"self.key"_s);
        QVERIFY(selfSigned(u"wrong"_s, u"wrong.example"_s));
        m_wrongNameCert = path(u"wrong.pem"_s);
        m_wrongNameKey = path(u"wrong.key"_s);
        m_selfPin = fingerprint(m_selfCert);
        QCOMPARE(m_selfPin.size(), 95); // 32 bytes as AB:CD:…
    }

    void init() { m_nam = new QNetworkAccessManager(this); }
    void cleanup()
    {
        delete m_nam;
        m_nam = nullptr;
    }

    void parsePin_acceptsOpensslAndHexAndRefusesOthers()
    {
        const auto fromOpenssl = TlsTrust::parsePin(QString::fromLatin1(m_selfPin), nullptr);
        QVERIFY(fromOpenssl);
        QCOMPARE(fromOpenssl->size(), 64);
        QCOMPARE(TlsTrust::parsePin(QString::fromLatin1(m_selfPin).remove(u':').toLower(), nullptr), fromOpenssl);
        QCOMPARE(TlsTrust::pinText(*fromOpenssl).toLatin1(), m_selfPin);
        QString why;
        QVERIFY(!TlsTrust::parsePin(u"AB:CD"_s, &why));
        QVERIFY2(why.contains(u"64"_s), qPrintable(why));
        QVERIFY(!TlsTrust::parsePin(u"not a fingerprint"_s, &why));
        QVERIFY2(why.contains(u"SHA-256"_s), qPrintable(why));
    }

    void selfSigned_withoutTrust_isRefusedAsToday()
    {
        TlsServer server;
        QVERIFY(server.start(m_dir.path(), m_selfCert, m_selfKey));
        auto c = client(server.url());
        ApiCall *call = get(*c);
        QVERIFY(call);
        QCOMPARE(call->error().kind(), Kind::Tls);
        QVERIFY2(call->error().message().startsWith(u"The secure (TLS) connection to 127.0.0.1 failed"_s),
                 qPrintable(call->error().message()));
        QVERIFY(call->error().message().contains(u"never skips certificate checks"_s));
        QCOMPARE(call->httpStatus(), 0);
    }

    void selfSigned_pinned_isAccepted()
    {
        TlsServer server;
        QVERIFY(server.start(m_dir.path(), m_selfCert, m_selfKey));
        auto c = client(server.url(), {{}, *TlsTrust::parsePin(QString::fromLatin1(m_selfPin), nullptr)});
        ApiCall *call = get(*c);
        QVERIFY(call);
        QVERIFY2(call->ok(), qPrintable(describe(call)));
        QCOMPARE(call->httpStatus(), 200);
        // A second request on the same client: still the pinned certificate.
        ApiCall *again = get(*c);
        QVERIFY(again);
        QVERIFY2(again->ok(), qPrintable(describe(again)));
    }

    void mismatchedName_refused_unlessPinned()
    {
        TlsServer server;
        QVERIFY(server.start(m_dir.path(), m_wrongNameCert, m_wrongNameKey));
        auto plain = client(server.url());
        ApiCall *refused = get(*plain);
        QVERIFY(refused);
        QCOMPARE(refused->error().kind(), Kind::Tls);
        QVERIFY(refused->error().message().startsWith(u"The secure (TLS) connection to 127.0.0.1 failed"_s));

        const QByteArray pin = fingerprint(m_wrongNameCert);
        auto pinned = client(server.url(), {{}, *TlsTrust::parsePin(QString::fromLatin1(pin), nullptr)});
        ApiCall *accepted = get(*pinned);
        QVERIFY(accepted);
        QVERIFY2(accepted->ok(), qPrintable(describe(accepted)));
    }

    void anotherCertificate_thanThePin_isRefused()
    {
        TlsServer server;
        QVERIFY(server.start(m_dir.path(), m_wrongNameCert, m_wrongNameKey));
        auto c = client(server.url(), {{}, *TlsTrust::parsePin(QString::fromLatin1(m_selfPin), nullptr)});
        ApiCall *call = get(*c);
        QVERIFY(call);
        QCOMPARE(call->error().kind(), Kind::Tls);
        QVERIFY2(call->error().message().contains(u"is not the pinned one"_s), qPrintable(call->error().message()));
        QVERIFY2(call->error().message().contains(QString::fromLatin1(m_selfPin)), qPrintable(call->error().message()));
    }

    void caSigned_refusedWithoutTheCa_acceptedWithIt()
    {
        TlsServer server;
        QVERIFY(server.start(m_dir.path(), m_caSignedCert, m_caSignedKey));
        auto plain = client(server.url());
        ApiCall *refused = get(*plain);
        QVERIFY(refused);
        QCOMPARE(refused->error().kind(), Kind::Tls);

        auto trusting = client(server.url(), {m_caPem, {}});
        ApiCall *accepted = get(*trusting);
        QVERIFY(accepted);
        QVERIFY2(accepted->ok(), qPrintable(describe(accepted)));
        QCOMPARE(accepted->httpStatus(), 200);
    }

    // The CA and the pin are the profile's origin's: the same server under another name (another
    // origin, one the certificate names too) gets the system's checks only.
    void trust_appliesToTheOwnOriginOnly()
    {
        TlsServer server;
        QVERIFY(server.start(m_dir.path(), m_caSignedCert, m_caSignedKey));
        auto c = client(server.url(), {m_caPem, {}});
        ApiCall *own = get(*c);
        QVERIFY(own);
        QVERIFY2(own->ok(), qPrintable(describe(own)));
        ApiCall *foreign = get(*c, server.url(u"localhost"_s).toString() + u"/ok.json"_s);
        QVERIFY(foreign);
        QCOMPARE(foreign->error().kind(), Kind::Tls);

        TlsServer self;
        QVERIFY(self.start(m_dir.path(), m_selfCert, m_selfKey));
        auto pinned = client(self.url(), {{}, *TlsTrust::parsePin(QString::fromLatin1(m_selfPin), nullptr)});
        ApiCall *foreignPinned = get(*pinned, self.url(u"localhost"_s).toString() + u"/ok.json"_s);
        QVERIFY(foreignPinned);
        QCOMPARE(foreignPinned->error().kind(), Kind::Tls);
    }

    void unusableTrust_sendsNothingAndSaysWhy()
    {
        auto c = client(QUrl(u"https://127.0.0.1:9"_s), {path(u"missing-ca.pem"_s), {}});
        ApiCall *call = get(*c);
        QVERIFY(call);
        QCOMPARE(call->error().kind(), Kind::Validation);
        QVERIFY2(call->error().message().contains(u"missing-ca.pem cannot be read"_s),
                 qPrintable(call->error().message()));
        QVERIFY(call->error().message().contains(u"Nothing was sent"_s));

        auto notPem = client(QUrl(u"https://127.0.0.1:9"_s), {path(u"www/ok.json"_s), {}});
        ApiCall *second = get(*notPem);
        QVERIFY(second);
        QVERIFY2(second->error().message().contains(u"holds no PEM certificate"_s),
                 qPrintable(second->error().message()));
    }

    void cli_caFileAndPin()
    {
        TlsServer self;
        QVERIFY(self.start(m_dir.path(), m_selfCert, m_selfKey));
        tests::CliRunner cli;
        const QStringList request{u"request"_s, u"GET"_s, u"/ok.json"_s};
        const auto refused = cli.run(QStringList{u"--base-url"_s, self.url().toString()} + request);
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains("The secure (TLS) connection to 127.0.0.1 failed"), refused.err.constData());
        const auto pinned = cli.run(
                QStringList{u"--base-url"_s, self.url().toString(), u"--pin-sha256"_s, QString::fromLatin1(m_selfPin)}
                + request);
        QVERIFY2(pinned.exitCode == 0, qPrintable(pinned.describe()));
        QVERIFY(pinned.out.contains("\"ok\""));
        const auto badPin
                = cli.run(QStringList{u"--base-url"_s, self.url().toString(), u"--pin-sha256"_s, u"12:34"_s} + request);
        QVERIFY2(badPin.exitCode == 2, qPrintable(badPin.describe()));
        QVERIFY2(badPin.err.contains("--pin-sha256"), badPin.err.constData());

        TlsServer signed_;
        QVERIFY(signed_.start(m_dir.path(), m_caSignedCert, m_caSignedKey));
        const auto withCa
                = cli.run(QStringList{u"--base-url"_s, signed_.url().toString(), u"--ca-file"_s, m_caPem} + request);
        QVERIFY2(withCa.exitCode == 0, qPrintable(withCa.describe()));
        const auto missingCa = cli.run(
                QStringList{u"--base-url"_s, signed_.url().toString(), u"--ca-file"_s, path(u"nope.pem"_s)} + request);
        QVERIFY2(missingCa.exitCode == 2, qPrintable(missingCa.describe()));
        QVERIFY2(missingCa.err.contains("nope.pem cannot be read"), missingCa.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestTlsTrust)
#include "TestTlsTrust.moc"
