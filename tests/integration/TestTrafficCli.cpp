// telematics-cli --har FILE: every exchange the command made, as HAR 1.2, redacted like the
// console's traffic (no password, InstanceKEY, JWT or refresh token in the file); a file that
// cannot be written is refused before anything is sent; `request` keeps its output.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTrafficCli : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    tests::CliRunner m_cli;
    QTemporaryDir m_dir;

    QStringList base() const { return {u"--base-url"_s, m_sandbox.baseUrl().toString()}; }

    static QJsonArray entriesOf(const QByteArray &har)
    {
        const QJsonObject log = QJsonDocument::fromJson(har).object().value(u"log"_s).toObject();
        if (log.value(u"version"_s).toString() != u"1.2"_s)
            return {};
        return log.value(u"entries"_s).toArray();
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!m_cli.program().isEmpty(), "TC_CLI_BIN is not set");
        m_cli.unsetEnv(u"TELEMATICS_INSTANCE_KEY"_s).unsetEnv(u"TELEMATICS_PASSWORD"_s);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_dir.isValid());
    }

    void register_har_holdsTheExchange_withoutTheKey()
    {
        const QString har = m_dir.filePath(u"register.har"_s);
        const tests::CliResult r
                = m_cli.withEnv(u"TELEMATICS_INSTANCE_KEY"_s, m_sandbox.groupInstanceKey(0))
                          .run(base()
                               + QStringList{u"--json"_s, u"--har"_s, har, u"register"_s, u"--instance-id"_s,
                                             m_sandbox.groupInstanceId(0), u"--first-name"_s, u"Ann"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.isOneJsonDocument()); // --har adds nothing to stdout
        const QByteArray bytes = readAll(har);
        const QJsonArray entries = entriesOf(bytes);
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.at(0).toObject();
        QCOMPARE(e.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
        QVERIFY(e.value(u"request"_s).toObject().value(u"url"_s).toString().endsWith(u"/v1/Registration/Create"_s));
        QCOMPARE(e.value(u"response"_s).toObject().value(u"status"_s).toInt(), 200);
        QCOMPARE(e.value(u"_telematics"_s).toObject().value(u"purpose"_s).toString(), u"register a user"_s);
        QVERIFY(!bytes.contains(m_sandbox.groupInstanceKey(0).toUtf8()));
        // The new user's tokens came back in the answer: hidden too.
        const QJsonObject out = r.json();
        for (const QString &k : {u"access_token"_s, u"refresh_token"_s}) {
            const QString v = out.value(k).toString();
            if (!v.isEmpty())
                QVERIFY2(!bytes.contains(v.toUtf8()), qPrintable(k));
        }
        QVERIFY(!bytes.contains(".eyJ"));
    }

    // A bulk run records nothing without --har (nothing would read it); with --har every row's
    // exchange is in the file, with why it was sent, and no InstanceKEY or token.
    void bulk_har_holdsEveryRow_withoutTheKey()
    {
        const QString csv = m_dir.filePath(u"bulk.csv"_s);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("FirstName,ClientId\nAda,har-1\nGrace,har-2\nLin,har-3\n");
        }
        const QString har = m_dir.filePath(u"bulk.har"_s);
        const QString key = m_sandbox.groupInstanceKey(0);
        const tests::CliResult r = m_cli.withEnv(u"TELEMATICS_INSTANCE_KEY"_s, key)
                                           .run(base()
                                                + QStringList{u"--json"_s, u"--har"_s, har, u"bulk"_s, csv,
                                                              u"--instance-id"_s, m_sandbox.groupInstanceId(0),
                                                              u"--out"_s, m_dir.filePath(u"bulk-results.csv"_s),
                                                              u"--ledger"_s, m_dir.filePath(u"bulk-ledger.sqlite"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY(r.isOneJsonDocument());
        QCOMPARE(r.json().value(u"done"_s).toInt(), 3);
        const QByteArray bytes = readAll(har);
        const QJsonArray entries = entriesOf(bytes);
        QCOMPARE(entries.size(), 3);
        QStringList purposes;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
            QVERIFY(e.value(u"request"_s).toObject().value(u"url"_s).toString().endsWith(u"/v1/Registration/Create"_s));
            QCOMPARE(e.value(u"response"_s).toObject().value(u"status"_s).toInt(), 200);
            purposes << e.value(u"_telematics"_s).toObject().value(u"purpose"_s).toString();
        }
        purposes.sort();
        QCOMPARE(purposes, (QStringList{u"bulk row 1"_s, u"bulk row 2"_s, u"bulk row 3"_s}));
        QVERIFY(!bytes.contains(key.toUtf8()));
        QVERIFY(!bytes.contains(".eyJ"));
    }

    void loginAndRequest_har_holdsNoPasswordOrToken_andRequestKeepsItsOutput()
    {
        const QString loginHar = m_dir.filePath(u"login.har"_s);
        const tests::CliResult login
                = m_cli.withEnv(u"TELEMATICS_PASSWORD"_s, m_sandbox.adminPassword())
                          .run(base()
                               + QStringList{u"--har"_s, loginHar, u"--json"_s, u"login"_s, u"admin"_s,
                                             u"--instance-id"_s, m_sandbox.adminInstanceId(), u"--email"_s,
                                             m_sandbox.adminEmail()});
        QVERIFY2(login.exitCode == 0, qPrintable(login.describe()));
        const QByteArray loginBytes = readAll(loginHar);
        QCOMPARE(entriesOf(loginBytes).size(), 1);
        QVERIFY(!loginBytes.contains(m_sandbox.adminPassword().toUtf8()));
        QVERIFY(!loginBytes.contains(".eyJ"));
        QVERIFY(loginBytes.contains("Auth/Login"));

        const QString har = m_dir.filePath(u"request.har"_s);
        const QStringList args{u"request"_s, u"GET"_s, u"/v1/Management/users/find?Email=nobody%40x.y"_s, u"--auth"_s,
                               u"admin"_s};
        const tests::CliResult plain = m_cli.run(base() + args);
        const tests::CliResult withHar = m_cli.run(base() + QStringList{u"--har"_s, har} + args);
        QVERIFY2(withHar.exitCode == 0, qPrintable(withHar.describe()));
        QCOMPARE(withHar.exitCode, plain.exitCode);
        QCOMPARE(withHar.out, plain.out);
        const QByteArray bytes = readAll(har);
        const QJsonArray entries = entriesOf(bytes);
        QVERIFY(!entries.isEmpty());
        const QJsonObject last = entries.last().toObject();
        QVERIFY(last.value(u"_telematics"_s).toObject().value(u"bearerSent"_s).toBool());
        QCOMPARE(last.value(u"_telematics"_s).toObject().value(u"session"_s).toString(), u"admin session"_s);
        QVERIFY(bytes.contains("Bearer \xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2\xe2\x80\xa2 (hidden)"));
        QVERIFY(!bytes.contains(".eyJ"));
    }

    void har_thatCannotBeWritten_isRefusedBeforeSending()
    {
        const int before = int(SandboxProcess::issuedUsers(m_sandbox.baseUrl()).size());
        const tests::CliResult r
                = m_cli.withEnv(u"TELEMATICS_INSTANCE_KEY"_s, m_sandbox.groupInstanceKey(0))
                          .run(base()
                               + QStringList{u"--har"_s, m_dir.filePath(u"no/such/folder/x.har"_s), u"register"_s,
                                             u"--instance-id"_s, m_sandbox.groupInstanceId(0)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--har"), r.err.constData());
        QCOMPARE(int(SandboxProcess::issuedUsers(m_sandbox.baseUrl()).size()), before);
    }

    void failedCommand_stillWritesItsHar()
    {
        const QString har = m_dir.filePath(u"failed.har"_s);
        const tests::CliResult r = m_cli.run(
                base()
                + QStringList{u"--har"_s, har, u"request"_s, u"POST"_s, u"/v1/Auth/Login"_s, u"--body"_s, u"{}"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        const QJsonArray entries = entriesOf(readAll(har));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).toObject().value(u"response"_s).toObject().value(u"status"_s).toInt(), 400);
    }
};

QTEST_GUILESS_MAIN(TestTrafficCli)
#include "TestTrafficCli.moc"
