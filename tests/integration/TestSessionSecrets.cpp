// After a full scenario (profile with a stored password, admin login, refresh, an authorized call
// with a 401 and a retry, registration of a user, user login and refresh, logout), no secret
// used anywhere is found in the app's config, data or cache folders, in the home folder (where the
// keyring file is encrypted), or in anything logged through Qt (every category, debug included).
#include "SandboxProcess.h"

#include "core/api/ApiClient.h"
#include "core/auth/LoginBudget.h"
#include "core/auth/Session.h"
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (g_previous) {
        g_previous(type, context, message);
    }
}

bool waitTask(tc::SessionTask *task, tc::ApiError *error = nullptr)
{
    bool done = false;
    tc::ApiError e;
    QObject::connect(task, &tc::SessionTask::finished, task, [&](tc::SessionTask *t) {
        done = true;
        e = t->error();
    });
    const bool finished = QTest::qWaitFor([&] { return done; }, 20000);
    if (error) {
        *error = e;
    }
    if (e.isError()) {
        qWarning("task failed: %s", qPrintable(e.message()));
    }
    return finished && !e.isError();
}

bool waitJob(tc::KeychainJob *job, QByteArray *data = nullptr)
{
    bool done = false, ok = false;
    QObject::connect(job, &tc::KeychainJob::finished, job, [&](tc::KeychainJob *j) {
        done = true;
        ok = j->ok();
        if (data) {
            *data = j->data();
        }
    });
    return QTest::qWaitFor([&] { return done; }, 15000) && ok;
}

} // namespace

class TestSessionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fullScenario_noSecretInFilesOrLogs();

private:
    void remember(const QString &secret);
    void rememberJwt(const QString &jwt);
    void rememberSession(const QString &scope, const QString &item);

    QStringList m_secrets;
    std::unique_ptr<tc::KeychainStore> m_keychain;
    QString m_profile;
};

void TestSessionSecrets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    g_previous = qInstallMessageHandler(capture);
    m_keychain = std::make_unique<tc::KeychainStore>(u"telematics-console-test"_s);
    m_keychain->setFallbackToMemory(false);
    m_profile = u"secrets-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

void TestSessionSecrets::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
    for (const QString &item : tc::SecretItem::all()) {
        (void)waitJob(m_keychain->remove(tc::Profile::secretKey(tc::Profile::scopeForProfile(m_profile), item)));
    }
}

void TestSessionSecrets::remember(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret)) {
        m_secrets.append(secret);
    }
}

void TestSessionSecrets::rememberJwt(const QString &jwt)
{
    remember(jwt);
    const QStringList parts = jwt.split(u'.');
    if (parts.size() == 3) {
        remember(parts.at(1)); // the claims (they carry InstanceKey and RefreshToken)
        remember(parts.at(2));
    }
}

void TestSessionSecrets::rememberSession(const QString &scope, const QString &item)
{
    QByteArray data;
    QVERIFY(waitJob(m_keychain->read(tc::Profile::secretKey(scope, item)), &data));
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    rememberJwt(o.value(u"accessToken"_s).toString());
    remember(o.value(u"refreshToken"_s).toString());
}

void TestSessionSecrets::fullScenario_noSecretInFilesOrLogs()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({u"--admin-access-ttl"_s, u"1000"_s, u"--access-ttl"_s, u"1000"_s}),
             qPrintable(sandbox.errorString()));
    remember(sandbox.adminPassword());
    remember(sandbox.groupInstanceKey(0));

    // The app's own settings (profiles, login budget) where the console keeps them.
    std::unique_ptr<QSettings> settings = tc::ProfileStore::openDefaultSettings();
    tc::ProfileStore profiles(settings.get(), m_keychain.get());
    tc::Profile p;
    p.name = m_profile;
    p.environment = tc::ProfileEnvironment::Sandbox;
    p.url = sandbox.baseUrl();
    p.kind = tc::ProfileKind::Admin;
    p.instanceId = sandbox.adminInstanceId();
    p.email = sandbox.adminEmail();
    QVERIFY(!profiles.save(p).isError());
    QVERIFY(waitJob(profiles.writeSecret(p.name, tc::SecretItem::apiPassword(), sandbox.adminPassword().toUtf8())));

    tc::ManualClock clock(QDateTime::currentDateTimeUtc());
    tc::LoginBudget budget(settings.get(), &clock);
    QNetworkAccessManager nam;
    tc::ApiClient api(&nam);
    api.setBaseUrl(p.baseUrl());
    api.setEndpoints(p.endpoints());
    api.setClock(&clock);

    // Admin: login with the stored password, refresh, a call that meets a 401 and is repeated.
    tc::Session admin(&api, m_keychain.get(), &budget, &clock);
    admin.setConfig(*tc::Session::Config::forProfile(p));
    QVERIFY(waitTask(admin.logIn()));
    rememberSession(p.secretScope(), tc::SecretItem::adminSession());
    QVERIFY(waitTask(admin.refreshNow()));
    rememberSession(p.secretScope(), tc::SecretItem::adminSession());
    QVERIFY(sandbox.injectFault({{u"kind"_s, u"envelope401"_s}, {u"path"_s, u"/v1/Management/users/find"_s}}));
    QVERIFY(waitTask(admin.authorized([&](const QString &jwt) {
        return api.findUsers(jwt, {{u"Email"_s, sandbox.adminEmail()}});
    })));
    rememberSession(p.secretScope(), tc::SecretItem::adminSession());

    // Registration of a user, then that user's session.
    tc::ApiCall *reg = api.registerUser(sandbox.groupInstanceId(0), sandbox.groupInstanceKey(0), {});
    reg->setAutoDelete(false);
    QSignalSpy regDone(reg, &tc::ApiCall::finished);
    QVERIFY(regDone.wait(15000));
    QVERIFY2(reg->ok(), qPrintable(reg->error().message()));
    const tc::AuthResult registered = reg->authResult();
    delete reg;
    remember(registered.deviceToken);
    rememberJwt(registered.accessToken);
    remember(registered.refreshToken);

    tc::Session::Config userConfig;
    userConfig.kind = tc::SessionKind::User;
    userConfig.scope = p.secretScope();
    userConfig.instanceId = sandbox.groupInstanceId(0);
    userConfig.login = registered.deviceToken;
    tc::Session user(&api, m_keychain.get(), &budget, &clock);
    user.setConfig(userConfig);
    QVERIFY(waitTask(user.logIn(sandbox.groupInstanceKey(0))));
    rememberSession(p.secretScope(), tc::SecretItem::userSession());
    QVERIFY(waitTask(user.refreshNow()));
    rememberSession(p.secretScope(), tc::SecretItem::userSession());
    QVERIFY(waitTask(user.logout()));
    QVERIFY(waitTask(admin.logout()));
    settings->sync();

    // Sanity: the scenario did what it says.
    QVERIFY(m_secrets.size() >= 15);
    QVERIFY(QFile::exists(settings->fileName()));
    {
        QFile ini(settings->fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(ini.readAll().contains(sandbox.adminEmail().toUtf8())); // the scan reads the right file
    }

    // Files.
    QStringList roots{QFileInfo(settings->fileName()).absolutePath(), QDir::homePath()};
    for (auto loc : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
                     QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                     QStandardPaths::GenericCacheLocation, QStandardPaths::AppLocalDataLocation}) {
        roots.append(QStandardPaths::writableLocation(loc));
    }
    for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        if (qEnvironmentVariableIsSet(var)) {
            roots.append(qEnvironmentVariable(var));
        }
    }
    roots.removeDuplicates();
    int scanned = 0;
    QStringList leaks;
    for (const QString &root : std::as_const(roots)) {
        if (root.isEmpty() || !QFileInfo(root).isDir()) {
            continue;
        }
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.size() > 64 * 1024 * 1024 || !f.open(QIODevice::ReadOnly)) {
                continue;
            }
            ++scanned;
            const QByteArray content = f.readAll();
            for (const QString &secret : std::as_const(m_secrets)) {
                const QByteArray s = secret.toUtf8();
                if (content.contains(s) || content.contains(s.toBase64())) {
                    leaks.append(path + u": "_s + secret.left(6) + u"..."_s);
                }
            }
        }
    }
    QVERIFY(scanned > 0);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));

    // Logs.
    QStringList log;
    {
        QMutexLocker lock(&g_logMutex);
        log = g_log;
    }
    QVERIFY(log.size() > 10); // debug categories were on and the code did log
    QVERIFY(log.join(u'\n').contains(u"tc.core.session"_s));
    QStringList logged;
    for (const QString &line : std::as_const(log)) {
        for (const QString &secret : std::as_const(m_secrets)) {
            if (line.contains(secret)) {
                logged.append(line.left(120));
            }
        }
    }
    QVERIFY2(logged.isEmpty(), qPrintable(logged.join(u'\n')));

    bool removed = false;
    auto *op = profiles.remove(p.name);
    connect(op, &tc::ProfileOperation::finished, this, [&removed] { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    QVERIFY(!profiles.contains(p.name));
}

QTEST_GUILESS_MAIN(TestSessionSecrets)
#include "TestSessionSecrets.moc"
