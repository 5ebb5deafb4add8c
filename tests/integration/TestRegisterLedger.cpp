// `telematics-cli register` and `register-many` commit every DeviceToken to the ledger before
// printing it (--ledger FILE; default: the app data folder); a lost answer with a CustomToken is
// recorded as "unknown" with its DeviceToken.
#include "SandboxProcess.h"
#include "core/ledger/Ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestRegisterLedger : public QObject
{
    Q_OBJECT
    SandboxProcess m_sb;
    QTemporaryDir m_dir;
    QString m_cli;

    int run(const QStringList &args, QJsonObject *out)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TELEMATICS_INSTANCE_KEY"_s, m_sb.groupInstanceKey(0));
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        p.setProcessEnvironment(env);
        p.start(m_cli, QStringList{u"--base-url"_s, m_sb.baseUrl().toString(), u"--json"_s} + args);
        if (!p.waitForFinished(30000))
            return -1;
        *out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("TC_CLI_BIN");
        if (m_cli.isEmpty())
            QSKIP("TC_CLI_BIN is not set");
        QVERIFY2(m_sb.start(), qPrintable(m_sb.errorString()));
    }

    void register_tokenInTheLedgerBeforeItIsPrinted()
    {
        const QString ledgerPath = m_dir.filePath(u"l.sqlite"_s);
        QJsonObject o;
        QCOMPARE(run({u"register"_s, u"--instance-id"_s, m_sb.groupInstanceId(0), u"--first-name"_s, u"Ada"_s,
                      u"--client-id"_s, u"cli-1"_s, u"--ledger"_s, ledgerPath},
                     &o),
                 0);
        const QString token = o.value(u"device_token"_s).toString();
        QVERIFY(!token.isEmpty());
        tc::Ledger ledger;
        QVERIFY(ledger.open(ledgerPath));
        const auto e = ledger.findByDeviceToken(token);
        QVERIFY(e);
        QCOMPARE(e->state, tc::LedgerState::done());
        QCOMPARE(e->clientId, u"cli-1"_s);
        QCOMPARE(e->profile.value(u"FirstName"_s).toString(), u"Ada"_s);
    }

    void register_defaultLedgerInTheAppDataFolder()
    {
        QJsonObject o;
        QCOMPARE(run({u"register"_s, u"--instance-id"_s, m_sb.groupInstanceId(0)}, &o), 0);
        tc::Ledger ledger;
        QVERIFY(ledger.open(m_dir.filePath(u"data/telematics-console/ledger.sqlite"_s)));
        QVERIFY(ledger.findByDeviceToken(o.value(u"device_token"_s).toString()));
    }

    void register_lostAnswerWithCustomToken_recordedUnknown()
    {
        const QString ledgerPath = m_dir.filePath(u"lost.sqlite"_s);
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(m_sb.injectFault({{u"kind"_s, u"drop-after"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QJsonObject o;
        QCOMPARE(run({u"register"_s, u"--instance-id"_s, m_sb.groupInstanceId(0), u"--custom-token"_s, custom,
                      u"--ledger"_s, ledgerPath},
                     &o),
                 3);
        tc::Ledger ledger;
        QVERIFY(ledger.open(ledgerPath));
        const auto e = ledger.findByDeviceToken(custom);
        QVERIFY(e);
        QCOMPARE(e->state, tc::LedgerState::unknown());
    }

    void registerMany_everyTokenInTheLedger()
    {
        const QString ledgerPath = m_dir.filePath(u"many.sqlite"_s);
        QJsonObject o;
        QCOMPARE(run({u"register-many"_s, u"--instance-id"_s, m_sb.groupInstanceId(0), u"--quantity"_s, u"7"_s,
                      u"--out"_s, m_dir.filePath(u"many.csv"_s), u"--ledger"_s, ledgerPath},
                     &o),
                 0);
        const QJsonArray tokens = o.value(u"device_tokens"_s).toArray();
        QCOMPARE(tokens.size(), 7);
        tc::Ledger ledger;
        QVERIFY(ledger.open(ledgerPath));
        for (const QJsonValue &t : tokens) {
            const auto e = ledger.findByDeviceToken(t.toString());
            QVERIFY(e && e->source == tc::LedgerSource::createMany() && e->state == tc::LedgerState::done());
        }
    }
};

QTEST_GUILESS_MAIN(TestRegisterLedger)
#include "TestRegisterLedger.moc"
