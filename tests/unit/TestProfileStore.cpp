// tc::ProfileStore: non-secret fields in an isolated QSettings file, secrets in the real
// gnome-keyring of the test command's D-Bus session; rename moves and delete removes the
// keychain items.
#include "core/profiles/KeychainStore.h"
#include "core/profiles/ProfileStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    bool done = false;
    bool ok = false;
    bool found = false;
    QByteArray data;
    QString message;
};

std::shared_ptr<Outcome> watch(tc::KeychainJob *job)
{
    auto o = std::make_shared<Outcome>();
    QObject::connect(job, &tc::KeychainJob::finished, job, [o](tc::KeychainJob *j) {
        o->done = true;
        o->ok = j->ok();
        o->found = j->found();
        o->data = j->data();
        o->message = j->errorMessage();
    });
    return o;
}

struct OpOutcome
{
    bool done = false;
    tc::ApiError error;
};

std::shared_ptr<OpOutcome> watch(tc::ProfileOperation *op)
{
    auto o = std::make_shared<OpOutcome>();
    QObject::connect(op, &tc::ProfileOperation::finished, op, [o](tc::ProfileOperation *p) {
        o->done = true;
        o->error = p->error();
    });
    return o;
}

QByteArray randomSecret()
{
    return "pw-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36);
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void save_thenLoad_roundTripsEveryField();
    void save_invalidProfile_validationErrorAndNothingSaved();
    void names_sortedCaseInsensitively();
    void path_overrideWinsOverDefault();
    void baseUrl_productionIgnoresUrl();
    void scopeForBaseUrl_normalisesTrailingSlashAndHostCase();
    void setLastWorkingShape_persists();
    void writeSecret_neverReachesSettingsFile();
    void rename_movesKeychainItemsAndSettings();
    void rename_toTakenName_refusedAndNothingMoved();
    void remove_deletesKeychainItemsAndSettings();

private:
    tc::Profile sample(const QString &name) const;
    QByteArray readKey(const QString &scope, const QString &item, bool *found);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<tc::KeychainStore> m_keychain;
    std::unique_ptr<tc::ProfileStore> m_store;
    QString m_prefix;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestProfileStore::init()
{
    m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"profiles-%1.ini"_s.arg(QUuid::createUuid().toString(QUuid::Id128))), QSettings::IniFormat);
    m_keychain = std::make_unique<tc::KeychainStore>(u"telematics-console-test"_s);
    m_keychain->setFallbackToMemory(false);
    m_store = std::make_unique<tc::ProfileStore>(m_settings.get(), m_keychain.get());
    // Profile names are keychain scopes: make them unique per run so runs never see each other.
    m_prefix = QUuid::createUuid().toString(QUuid::Id128).left(8) + u' ';
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_keychain.reset();
    m_settings.reset();
}

tc::Profile TestProfileStore::sample(const QString &name) const
{
    tc::Profile p;
    p.name = m_prefix + name;
    p.environment = tc::ProfileEnvironment::Custom;
    p.url = QUrl(u"https://staging.example.com:8443"_s);
    p.kind = tc::ProfileKind::Admin;
    p.instanceId = u"b0b0a3b1-0000-4000-8000-000000000001"_s;
    p.email = u"ops@example.com"_s;
    p.loginFields = tc::LoginFieldsMode::String;
    p.lastWorkingShape = tc::LoginFieldsMode::Auto;
    p.paths.insert(u"refresh"_s, u"/v1/RefreshToken"_s);
    return p;
}

QByteArray TestProfileStore::readKey(const QString &scope, const QString &item, bool *found)
{
    auto r = watch(m_keychain->read(tc::Profile::secretKey(scope, item)));
    if (!QTest::qWaitFor([&] { return r->done; }, 15000)) {
        *found = false;
        return {};
    }
    *found = r->found;
    return r->data;
}

void TestProfileStore::save_thenLoad_roundTripsEveryField()
{
    tc::Profile p = sample(u"Staging / EU \\ ünïcode"_s);
    p.kind = tc::ProfileKind::User;
    p.paths.insert(u"login"_s, u"/v2/Auth/Login"_s);
    // A private endpoint's pin (the CA file must exist to be saved: see the next test).
    p.tls.pinSha256 = QByteArray(64, 'a');
    QSignalSpy listChanged(m_store.get(), &tc::ProfileStore::profilesChanged);
    QVERIFY(!m_store->save(p).isError());
    QCOMPARE(listChanged.count(), 1);

    // A fresh QSettings on the same file (as the next run would) sees the same profile.
    m_settings->sync();
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    tc::ProfileStore other(&again, m_keychain.get());
    const auto loaded = other.profile(p.name);
    QVERIFY(loaded.has_value());
    QCOMPARE(*loaded, p);
    QCOMPARE(other.names(), QStringList{p.name}); // '/' and '\' did not create sub-groups

    // Saving again replaces (a removed override is gone).
    p.paths.remove(u"login"_s);
    QVERIFY(!m_store->save(p).isError());
    QCOMPARE(listChanged.count(), 1); // not a new profile
    QCOMPARE(m_store->profile(p.name)->path(u"login"_s), u"/v1/Auth/Login"_s);
}

void TestProfileStore::save_invalidProfile_validationErrorAndNothingSaved()
{
    tc::Profile p = sample(u"bad url"_s);
    p.url = QUrl(u"ftp://x"_s);
    const tc::ApiError e = m_store->save(p);
    QCOMPARE(e.kind(), tc::ApiError::Kind::Validation);
    QVERIFY(!m_store->contains(p.name));

    tc::Profile unnamed = sample(QString());
    unnamed.name.clear();
    QCOMPARE(m_store->save(unnamed).kind(), tc::ApiError::Kind::Validation);

    tc::Profile badPath = sample(u"bad path"_s);
    badPath.paths.insert(u"login"_s, u"v1/Auth/Login"_s);
    QCOMPARE(m_store->save(badPath).kind(), tc::ApiError::Kind::Validation);

    // A CA file that cannot be read, or a pin that is not a SHA-256, is said in words.
    tc::Profile badCa = sample(u"bad CA"_s);
    badCa.tls.caFile = m_dir.filePath(u"no-such-ca.pem"_s);
    const tc::ApiError caError = m_store->save(badCa);
    QCOMPARE(caError.kind(), tc::ApiError::Kind::Validation);
    QVERIFY2(caError.message().contains(u"no-such-ca.pem cannot be read"_s), qPrintable(caError.message()));
    tc::Profile badPin = sample(u"bad pin"_s);
    badPin.tls.pinSha256 = "12:34";
    const tc::ApiError pinError = m_store->save(badPin);
    QCOMPARE(pinError.kind(), tc::ApiError::Kind::Validation);
    QVERIFY2(pinError.message().contains(u"64"_s), qPrintable(pinError.message()));
    QVERIFY(m_store->names().isEmpty());
}

void TestProfileStore::names_sortedCaseInsensitively()
{
    for (const QString &n : {u"beta"_s, u"Alpha"_s, u"gamma"_s}) {
        QVERIFY(!m_store->save(sample(n)).isError());
    }
    QCOMPARE(m_store->names(), (QStringList{m_prefix + u"Alpha"_s, m_prefix + u"beta"_s, m_prefix + u"gamma"_s}));
    // A name that differs only in capitals is the same name to a person: refused, new or renamed.
    const tc::ApiError twin = m_store->save(sample(u"ALPHA"_s));
    QCOMPARE(twin.kind(), tc::ApiError::Kind::Validation);
    QVERIFY2(twin.message().contains(m_prefix + u"Alpha"_s), qPrintable(twin.message()));
    QVERIFY(!m_store->contains(m_prefix + u"ALPHA"_s));
    QCOMPARE(m_store->sameNameButCase(m_prefix + u"BETA"_s), m_prefix + u"beta"_s);
    QCOMPARE(m_store->sameNameButCase(m_prefix + u"Beta"_s, m_prefix + u"beta"_s), QString()); // itself
    QCOMPARE(m_store->sameNameButCase(m_prefix + u"delta"_s), QString());
    QVERIFY(!m_store->save(sample(u"Alpha"_s)).isError()); // the same profile saved again
}

void TestProfileStore::path_overrideWinsOverDefault()
{
    const tc::Profile p = sample(u"paths"_s);
    QCOMPARE(p.path(u"refresh"_s), u"/v1/RefreshToken"_s);
    QCOMPARE(p.path(u"login"_s), u"/v1/Auth/Login"_s);
    QCOMPARE(tc::Profile().path(u"refresh"_s), u"/v1/Auth/RefreshToken"_s);
}

void TestProfileStore::baseUrl_productionIgnoresUrl()
{
    tc::Profile p = sample(u"prod"_s);
    p.environment = tc::ProfileEnvironment::Production;
    QCOMPARE(p.baseUrl(), QUrl(u"https://user.telematicssdk.com"_s));
    p.environment = tc::ProfileEnvironment::Sandbox;
    p.url = QUrl(u"http://127.0.0.1:41234"_s);
    QCOMPARE(p.baseUrl(), p.url);
}

void TestProfileStore::scopeForBaseUrl_normalisesTrailingSlashAndHostCase()
{
    QCOMPARE(tc::Profile::scopeForBaseUrl(QUrl(u"http://127.0.0.1:41234/"_s)),
             tc::Profile::scopeForBaseUrl(QUrl(u"http://127.0.0.1:41234"_s)));
    QCOMPARE(tc::Profile::scopeForBaseUrl(QUrl(u"https://User.TelematicsSDK.com"_s)),
             u"base-url:https://user.telematicssdk.com"_s);
    QVERIFY(tc::Profile::scopeForBaseUrl(QUrl(u"http://127.0.0.1:1"_s))
            != tc::Profile::scopeForBaseUrl(QUrl(u"http://127.0.0.1:2"_s)));
    QVERIFY(tc::Profile::scopeForProfile(u"x"_s) != tc::Profile::scopeForBaseUrl(QUrl(u"http://x"_s)));
}

void TestProfileStore::setLastWorkingShape_persists()
{
    const tc::Profile p = sample(u"shape"_s);
    QVERIFY(!m_store->save(p).isError());
    QSignalSpy changed(m_store.get(), &tc::ProfileStore::profileChanged);
    m_store->setLastWorkingShape(p.name, tc::LoginFieldsMode::String);
    QCOMPARE(changed.count(), 1);
    m_store->setLastWorkingShape(p.name, tc::LoginFieldsMode::String);
    QCOMPARE(changed.count(), 1); // no change, no signal
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(tc::ProfileStore(&again, m_keychain.get()).profile(p.name)->lastWorkingShape, tc::LoginFieldsMode::String);
}

void TestProfileStore::writeSecret_neverReachesSettingsFile()
{
    const tc::Profile p = sample(u"secret"_s);
    QVERIFY(!m_store->save(p).isError());
    const QByteArray secret = randomSecret();
    auto w = watch(m_store->writeSecret(p.name, tc::SecretItem::apiPassword(), secret));
    QTRY_VERIFY_WITH_TIMEOUT(w->done, 15000);
    QVERIFY2(w->ok, qPrintable(w->message));
    auto r = watch(m_store->readSecret(p.name, tc::SecretItem::apiPassword()));
    QTRY_VERIFY_WITH_TIMEOUT(r->done, 15000);
    QCOMPARE(r->data, secret);
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(content.contains("ops@example.com")); // the file is the right one
    QVERIFY(!content.contains(secret));
    auto d = watch(m_store->remove(p.name));
    QTRY_VERIFY_WITH_TIMEOUT(d->done, 15000);
}

void TestProfileStore::rename_movesKeychainItemsAndSettings()
{
    const tc::Profile p = sample(u"old"_s);
    QVERIFY(!m_store->save(p).isError());
    const QByteArray pw = randomSecret(), session = "{\"jwt\":\"" + randomSecret() + "\"}";
    auto w1 = watch(m_store->writeSecret(p.name, tc::SecretItem::apiPassword(), pw));
    auto w2 = watch(m_store->writeSecret(p.name, tc::SecretItem::adminSession(), session));
    QTRY_VERIFY_WITH_TIMEOUT(w1->done && w2->done, 15000);
    QVERIFY(w1->ok && w2->ok);

    const QString newName = m_prefix + u"new"_s;
    QSignalSpy listChanged(m_store.get(), &tc::ProfileStore::profilesChanged);
    auto op = watch(m_store->rename(p.name, newName));
    QTRY_VERIFY_WITH_TIMEOUT(op->done, 30000);
    QVERIFY2(!op->error.isError(), qPrintable(op->error.message()));
    QCOMPARE(listChanged.count(), 1);

    QVERIFY(!m_store->contains(p.name));
    const auto renamed = m_store->profile(newName);
    QVERIFY(renamed.has_value());
    QCOMPARE(renamed->email, p.email);
    QCOMPARE(renamed->paths, p.paths);

    bool found = false;
    QCOMPARE(readKey(tc::Profile::scopeForProfile(newName), tc::SecretItem::apiPassword(), &found), pw);
    QVERIFY(found);
    QCOMPARE(readKey(tc::Profile::scopeForProfile(newName), tc::SecretItem::adminSession(), &found), session);
    QVERIFY(found);
    readKey(tc::Profile::scopeForProfile(p.name), tc::SecretItem::apiPassword(), &found);
    QVERIFY(!found);
    readKey(tc::Profile::scopeForProfile(p.name), tc::SecretItem::adminSession(), &found);
    QVERIFY(!found);

    auto d = watch(m_store->remove(newName));
    QTRY_VERIFY_WITH_TIMEOUT(d->done, 15000);
}

void TestProfileStore::rename_toTakenName_refusedAndNothingMoved()
{
    const tc::Profile a = sample(u"a"_s), b = sample(u"b"_s);
    QVERIFY(!m_store->save(a).isError());
    QVERIFY(!m_store->save(b).isError());
    const QByteArray pw = randomSecret();
    auto w = watch(m_store->writeSecret(a.name, tc::SecretItem::apiPassword(), pw));
    QTRY_VERIFY_WITH_TIMEOUT(w->done, 15000);
    auto *raw = m_store->rename(a.name, b.name);
    QVERIFY(!raw->isFinished()); // even a refusal is reported later, never before connect
    auto op = watch(raw);
    QTRY_VERIFY_WITH_TIMEOUT(op->done, 5000);
    QCOMPARE(op->error.kind(), tc::ApiError::Kind::Validation);
    QVERIFY(m_store->contains(a.name));
    bool found = false;
    QCOMPARE(readKey(tc::Profile::scopeForProfile(a.name), tc::SecretItem::apiPassword(), &found), pw);
    QVERIFY(found);
    auto twin = watch(m_store->rename(a.name, b.name.toUpper()));
    QTRY_VERIFY_WITH_TIMEOUT(twin->done, 5000);
    QCOMPARE(twin->error.kind(), tc::ApiError::Kind::Validation);
    QVERIFY(m_store->contains(a.name));
    auto missing = watch(m_store->rename(m_prefix + u"nope"_s, m_prefix + u"x"_s));
    QTRY_VERIFY_WITH_TIMEOUT(missing->done, 5000);
    QCOMPARE(missing->error.kind(), tc::ApiError::Kind::Validation);
    auto d = watch(m_store->remove(a.name));
    QTRY_VERIFY_WITH_TIMEOUT(d->done, 15000);
}

void TestProfileStore::remove_deletesKeychainItemsAndSettings()
{
    const tc::Profile p = sample(u"gone"_s);
    QVERIFY(!m_store->save(p).isError());
    const auto items = tc::SecretItem::all();
    QList<std::shared_ptr<Outcome>> writes;
    for (const QString &item : items) {
        writes.append(watch(m_store->writeSecret(p.name, item, randomSecret())));
    }
    QTRY_VERIFY_WITH_TIMEOUT(writes.last()->done, 15000);
    auto op = watch(m_store->remove(p.name));
    QTRY_VERIFY_WITH_TIMEOUT(op->done, 30000);
    QVERIFY2(!op->error.isError(), qPrintable(op->error.message()));
    QVERIFY(!m_store->contains(p.name));
    QVERIFY(m_store->names().isEmpty());
    for (const QString &item : items) {
        bool found = true;
        readKey(p.secretScope(), item, &found);
        QVERIFY2(!found, qPrintable(item));
    }
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
