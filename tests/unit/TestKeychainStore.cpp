// tc::KeychainStore against the real Secret Service of the test command's D-Bus session
// (gnome-keyring, unlocked by .ci/run), and against sessions where the keychain cannot work:
// no secrets provider on the bus, no bus at all, a locked keyring, a keyring that never answers.
// Those run this same executable as a child process (TC_KEYCHAIN_CHILD=1) in a private D-Bus
// session and a throwaway HOME/XDG tree, which the parent then scans for the secret.
#include "core/profiles/KeychainStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString uniqueKey(const QString &what)
{
    return u"test/"_s + what + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray randomSecret()
{
    return "s3cret-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36) + "-tc";
}

// What a finished job said (jobs delete themselves after finished(), so copy it out).
struct Outcome
{
    bool done = false;
    bool ok = false;
    bool found = false;
    bool fromMemory = false;
    QByteArray data;
    QString message;
    QString target;
    tc::KeychainCause cause = tc::KeychainCause::None;
    tc::ApiError::Kind kind = tc::ApiError::Kind::None;
};

std::shared_ptr<Outcome> watch(tc::KeychainJob *job)
{
    auto o = std::make_shared<Outcome>();
    QObject::connect(job, &tc::KeychainJob::finished, job, [o](tc::KeychainJob *j) {
        o->done = true;
        o->ok = j->ok();
        o->found = j->found();
        o->fromMemory = j->servedFromMemory();
        o->data = j->data();
        o->message = j->errorMessage();
        o->target = j->targetKey();
        o->cause = j->cause();
        o->kind = j->error().kind();
    });
    return o;
}

QString causeName(tc::KeychainCause c)
{
    switch (c) {
    case tc::KeychainCause::None: return u"none"_s;
    case tc::KeychainCause::NoSecretService: return u"no-secret-service"_s;
    case tc::KeychainCause::NoSessionBus: return u"no-session-bus"_s;
    case tc::KeychainCause::Locked: return u"locked"_s;
    case tc::KeychainCause::LockedNoPrompt: return u"locked-no-prompt"_s;
    case tc::KeychainCause::AccessDenied: return u"access-denied"_s;
    case tc::KeychainCause::Timeout: return u"timeout"_s;
    case tc::KeychainCause::Other: return u"other"_s;
    }
    return {};
}

// ---- child mode: one write with the fallback off, then one with it on; prints one JSON line ----
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    tc::KeychainStore store(u"telematics-console-test"_s);
    store.setTimeout(std::chrono::milliseconds(qEnvironmentVariableIntValue("TC_KEYCHAIN_CHILD_TIMEOUT_MS")));
    const QByteArray secret = qgetenv("TC_KEYCHAIN_CHILD_SECRET");
    QJsonObject out;

    store.setFallbackToMemory(false);
    auto *strict = store.write(u"child/secret"_s, secret);
    QObject::connect(strict, &tc::KeychainJob::finished, &app, [&](tc::KeychainJob *j) {
        out.insert(u"strict_ok"_s, j->ok());
        out.insert(u"strict_cause"_s, causeName(j->cause()));
        out.insert(u"strict_message"_s, j->errorMessage());
        out.insert(u"strict_error_kind"_s, tc::ApiError::kindName(j->error().kind()));
        out.insert(u"memory_only_after_strict"_s, store.isMemoryOnly());

        store.setFallbackToMemory(true);
        auto *lenient = store.write(u"child/secret"_s, secret);
        QObject::connect(lenient, &tc::KeychainJob::finished, &app, [&](tc::KeychainJob *j2) {
            out.insert(u"lenient_ok"_s, j2->ok());
            out.insert(u"lenient_from_memory"_s, j2->servedFromMemory());
            out.insert(u"memory_only"_s, store.isMemoryOnly());
            out.insert(u"status_text"_s, store.statusText());
            auto *read = store.read(u"child/secret"_s);
            QObject::connect(read, &tc::KeychainJob::finished, &app, [&](tc::KeychainJob *j3) {
                out.insert(u"read_back_matches"_s, j3->found() && j3->data() == secret);
                std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
                std::fputs("\n", stdout);
                app.quit();
            });
        });
    });
    return app.exec();
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private:
    // Runs the child in a private D-Bus session described by `shell` (a sh -c script that must end
    // by exec'ing "$CHILD"), with HOME/XDG_* in `home`. Returns the child's JSON line.
    QJsonObject runChild(const QTemporaryDir &home, const QString &script, const QByteArray &secret, int timeoutMs,
                         bool withBus = true);
    static QStringList filesContaining(const QString &root, const QByteArray &needle, QStringList *all = nullptr);
    static QString writeBusConfig(const QTemporaryDir &dir);

private Q_SLOTS:
    void initTestCase();

    void write_thenRead_returnsSameBytes();
    void read_missingKey_isFoundFalseNotError();
    void remove_thenRead_notFound();
    void move_renamesEntry_oldKeyGone();
    void move_missingSource_reportsNotFound();
    void probe_unlockedKeyring_succeeds();
    void jobs_startQueued_signalAfterConnect();
    void setMemoryOnly_keepsSecretsOutOfKeychain();

    void classify_knownMessages_data();
    void classify_knownMessages();

    void unavailable_noSecretsProvider_keychainErrorAndNoFile();
    void unavailable_noSessionBus_keychainErrorAndNoFile();
    void unavailable_lockedKeyring_keychainError();
    void unavailable_lockedKeyringNoPrompt_saysLockedNotDenied();
    void unavailable_keyringNeverAnswers_timesOut();

private:
    tc::KeychainStore m_store{u"telematics-console-test"_s};
};

void TestKeychainStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store.setFallbackToMemory(false); // a failing keyring must fail these tests, not hide in memory
}

#define WAIT(o) QTRY_VERIFY_WITH_TIMEOUT((o)->done, 15000)

void TestKeychainStore::write_thenRead_returnsSameBytes()
{
    const QString key = uniqueKey(u"rw"_s);
    const QByteArray secret = randomSecret() + QByteArray("\x00\xff\n binary", 11);
    auto w = watch(m_store.write(key, secret));
    WAIT(w);
    QVERIFY2(w->ok, qPrintable(w->message));
    QVERIFY(!w->fromMemory);

    // A second store (as a later process would) reads it back from the keyring.
    tc::KeychainStore other(u"telematics-console-test"_s);
    other.setFallbackToMemory(false);
    auto r = watch(other.read(key));
    WAIT(r);
    QVERIFY2(r->ok, qPrintable(r->message));
    QVERIFY(r->found);
    QCOMPARE(r->data, secret);
    QVERIFY(!r->fromMemory);
    QVERIFY(!other.isMemoryOnly());

    // A different service name does not see it.
    tc::KeychainStore foreign(u"telematics-console-test-other"_s);
    foreign.setFallbackToMemory(false);
    auto f = watch(foreign.read(key));
    WAIT(f);
    QVERIFY(f->ok);
    QVERIFY(!f->found);

    auto d = watch(m_store.remove(key));
    WAIT(d);
    QVERIFY(d->ok);
}

void TestKeychainStore::read_missingKey_isFoundFalseNotError()
{
    auto r = watch(m_store.read(uniqueKey(u"missing"_s)));
    WAIT(r);
    QVERIFY2(r->ok, qPrintable(r->message));
    QVERIFY(!r->found);
    QVERIFY(r->data.isEmpty());
    QCOMPARE(r->kind, tc::ApiError::Kind::None);
}

void TestKeychainStore::remove_thenRead_notFound()
{
    const QString key = uniqueKey(u"rm"_s);
    auto w = watch(m_store.write(key, randomSecret()));
    auto d = watch(m_store.remove(key));
    auto r = watch(m_store.read(key));
    WAIT(r);
    QVERIFY(w->done && d->done); // jobs finish in the order they were started
    QVERIFY(w->ok);
    QVERIFY(d->ok);
    QVERIFY(r->ok);
    QVERIFY(!r->found);
    // Removing what is not there is fine (deleting a profile twice must not fail).
    auto d2 = watch(m_store.remove(key));
    WAIT(d2);
    QVERIFY2(d2->ok, qPrintable(d2->message));
}

void TestKeychainStore::move_renamesEntry_oldKeyGone()
{
    const QString from = uniqueKey(u"from"_s), to = uniqueKey(u"to"_s);
    const QByteArray secret = randomSecret();
    auto w = watch(m_store.write(from, secret));
    WAIT(w);
    auto m = watch(m_store.move(from, to));
    WAIT(m);
    QVERIFY2(m->ok, qPrintable(m->message));
    QVERIFY(m->found);
    QCOMPARE(m->target, to);
    QVERIFY(m->data.isEmpty()); // a move does not hand the secret out
    auto rf = watch(m_store.read(from));
    auto rt = watch(m_store.read(to));
    WAIT(rf);
    WAIT(rt);
    QVERIFY(!rf->found);
    QVERIFY(rt->found);
    QCOMPARE(rt->data, secret);
    auto d = watch(m_store.remove(to));
    WAIT(d);
}

void TestKeychainStore::move_missingSource_reportsNotFound()
{
    const QString to = uniqueKey(u"to"_s);
    auto m = watch(m_store.move(uniqueKey(u"nothing"_s), to));
    WAIT(m);
    QVERIFY(m->ok);
    QVERIFY(!m->found);
    auto r = watch(m_store.read(to));
    WAIT(r);
    QVERIFY(!r->found);
}

void TestKeychainStore::probe_unlockedKeyring_succeeds()
{
    auto p = watch(m_store.probe());
    WAIT(p);
    QVERIFY2(p->ok, qPrintable(p->message));
    QVERIFY(!m_store.isMemoryOnly());
}

void TestKeychainStore::jobs_startQueued_signalAfterConnect()
{
    // Even in memory-only mode (no keychain round trip at all) nothing fires before the caller
    // returns to the event loop.
    tc::KeychainStore store(u"telematics-console-test"_s);
    store.setMemoryOnly(u"test"_s);
    auto *job = store.write(u"k"_s, "v");
    QVERIFY(!job->isFinished());
    QSignalSpy spy(job, &tc::KeychainJob::finished);
    QVERIFY(spy.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
}

void TestKeychainStore::setMemoryOnly_keepsSecretsOutOfKeychain()
{
    const QString key = uniqueKey(u"mem"_s);
    const QByteArray secret = randomSecret();
    tc::KeychainStore store(u"telematics-console-test"_s);
    QSignalSpy changed(&store, &tc::KeychainStore::memoryOnlyChanged);
    store.setMemoryOnly(u"the person chose not to use the keychain"_s);
    QCOMPARE(changed.count(), 1);
    QVERIFY(store.isMemoryOnly());
    QVERIFY(store.statusText().contains(u"memory only"_s));
    QVERIFY(store.statusText().contains(u"the person chose"_s));
    auto w = watch(store.write(key, secret));
    WAIT(w);
    QVERIFY(w->ok);
    QVERIFY(w->fromMemory);
    auto r = watch(store.read(key));
    WAIT(r);
    QCOMPARE(r->data, secret);
    // ... and the real keyring never saw it.
    auto k = watch(m_store.read(key));
    WAIT(k);
    QVERIFY(k->ok);
    QVERIFY(!k->found);
}

void TestKeychainStore::classify_knownMessages_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("cause");
    constexpr int otherError = 7;   // QKeychain::OtherError
    constexpr int accessDenied = 4; // QKeychain::AccessDenied
    QTest::newRow("no provider") << otherError
                                 << u"The name org.freedesktop.secrets was not provided by any .service files"_s
                                 << int(tc::KeychainCause::NoSecretService);
    QTest::newRow("no bus") << otherError << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                            << int(tc::KeychainCause::NoSessionBus);
    QTest::newRow("locked") << otherError
                            << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
                            << int(tc::KeychainCause::Locked);
    // libsecret's answer when the unlock prompt cannot appear (no display) or is closed.
    QTest::newRow("locked, no prompt") << accessDenied << u"Cannot create an item in a locked collection"_s
                                       << int(tc::KeychainCause::LockedNoPrompt);
    QTest::newRow("denied") << accessDenied << u"Access denied"_s << int(tc::KeychainCause::AccessDenied);
    QTest::newRow("other") << otherError << u"Something odd"_s << int(tc::KeychainCause::Other);
}

void TestKeychainStore::classify_knownMessages()
{
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(int, cause);
    QCOMPARE(int(tc::KeychainStore::classify(code, message)), cause);
    const QString text = tc::KeychainStore::explain(tc::KeychainCause(cause), message, 10s);
    QVERIFY(text.contains(message)); // the raw detail is kept
    if (cause == int(tc::KeychainCause::NoSecretService)) {
        QVERIFY(text.contains(u"gnome-keyring or KWallet"_s)); // the fix is named
    }
    if (cause == int(tc::KeychainCause::LockedNoPrompt)) {
        QVERIFY2(!text.contains(u"denied"_s), qPrintable(text));
        QVERIFY(text.contains(u"unlock"_s));
    }
}

// ---------------------------------------------------------------------------------------------

QString TestKeychainStore::writeBusConfig(const QTemporaryDir &dir)
{
    // A session bus that activates nothing: no .service files, so no Secret Service appears.
    const QString path = dir.filePath(u"bus.conf"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
    return path;
}

QJsonObject TestKeychainStore::runChild(const QTemporaryDir &home, const QString &script, const QByteArray &secret,
                                        int timeoutMs, bool withBus)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL"}) {
        env.remove(QString::fromLatin1(name));
    }
    const QString root = home.path();
    for (const auto &[var, sub] : {std::pair{"HOME", "home"},
                                   {"XDG_CONFIG_HOME", "config"},
                                   {"XDG_DATA_HOME", "data"},
                                   {"XDG_CACHE_HOME", "cache"},
                                   {"XDG_RUNTIME_DIR", "run"}}) {
        const QString dir = root + u'/' + QString::fromLatin1(sub);
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env.insert(QString::fromLatin1(var), dir);
    }
    env.insert(u"TC_KEYCHAIN_CHILD"_s, u"1"_s);
    env.insert(u"TC_KEYCHAIN_CHILD_SECRET"_s, QString::fromLatin1(secret));
    env.insert(u"TC_KEYCHAIN_CHILD_TIMEOUT_MS"_s, QString::number(timeoutMs));
    env.insert(u"CHILD"_s, QCoreApplication::applicationFilePath());

    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    if (withBus) {
        p.start(u"dbus-run-session"_s, {u"--config-file"_s, writeBusConfig(home), u"--"_s, u"sh"_s, u"-c"_s, script});
    } else {
        p.start(u"sh"_s, {u"-c"_s, script});
    }
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        qWarning("child timed out: %s", p.readAllStandardError().constData());
        return {};
    }
    const QByteArray err = p.readAllStandardError();
    if (err.contains(secret)) {
        qWarning("the child's stderr contains the secret");
        return {{u"secret_in_stderr"_s, true}};
    }
    const QByteArray out = p.readAllStandardOutput().trimmed();
    const QByteArray last = out.mid(out.lastIndexOf('\n') + 1);
    const QJsonObject o = QJsonDocument::fromJson(last).object();
    if (o.isEmpty()) {
        qWarning("child said: stdout=%s stderr=%s", out.constData(), err.constData());
    }
    return o;
}

QStringList TestKeychainStore::filesContaining(const QString &root, const QByteArray &needle, QStringList *all)
{
    QStringList hits;
    const QByteArray b64 = needle.toBase64();
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (all) {
            all->append(path);
        }
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray content = f.readAll();
            if (content.contains(needle) || content.contains(b64)) {
                hits.append(path);
            }
        }
    }
    return hits;
}

void TestKeychainStore::unavailable_noSecretsProvider_keychainErrorAndNoFile()
{
    QTemporaryDir home;
    const QByteArray secret = randomSecret();
    const QJsonObject r = runChild(home, u"exec \"$CHILD\""_s, secret, 10000);
    QVERIFY2(!r.isEmpty(), "child produced no result");
    QCOMPARE(r.value(u"strict_ok"_s).toBool(), false);
    QCOMPARE(r.value(u"strict_error_kind"_s).toString(), u"keychain"_s);
    QCOMPARE(r.value(u"strict_cause"_s).toString(), u"no-secret-service"_s);
    QVERIFY2(r.value(u"strict_message"_s).toString().contains(u"org.freedesktop.secrets"_s),
             qPrintable(r.value(u"strict_message"_s).toString()));
    QVERIFY(r.value(u"strict_message"_s).toString().contains(u"gnome-keyring or KWallet"_s));
    QCOMPARE(r.value(u"memory_only_after_strict"_s).toBool(), false);
    // With the fallback on (the GUI), the run goes on with the secret in memory, and says so.
    QCOMPARE(r.value(u"lenient_ok"_s).toBool(), true);
    QCOMPARE(r.value(u"lenient_from_memory"_s).toBool(), true);
    QCOMPARE(r.value(u"memory_only"_s).toBool(), true);
    QVERIFY(r.value(u"status_text"_s).toString().contains(u"memory only"_s));
    QCOMPARE(r.value(u"read_back_matches"_s).toBool(), true);
    QStringList all;
    QCOMPARE(filesContaining(home.path(), secret, &all), QStringList());
}

void TestKeychainStore::unavailable_noSessionBus_keychainErrorAndNoFile()
{
    QTemporaryDir home;
    const QByteArray secret = randomSecret();
    const QJsonObject r = runChild(home, u"exec \"$CHILD\""_s, secret, 10000, /*withBus=*/false);
    QVERIFY2(!r.isEmpty(), "child produced no result");
    QCOMPARE(r.value(u"strict_ok"_s).toBool(), false);
    QCOMPARE(r.value(u"strict_error_kind"_s).toString(), u"keychain"_s);
    QCOMPARE(r.value(u"strict_cause"_s).toString(), u"no-session-bus"_s);
    QVERIFY(r.value(u"strict_message"_s).toString().contains(u"D-Bus"_s));
    QCOMPARE(r.value(u"memory_only"_s).toBool(), true);
    QCOMPARE(r.value(u"read_back_matches"_s).toBool(), true);
    QCOMPARE(filesContaining(home.path(), secret), QStringList());
}

void TestKeychainStore::unavailable_lockedKeyring_keychainError()
{
    // gnome-keyring runs on the private bus, but nobody unlocked it (and there is no display to
    // ask on): the write must fail with a message that says "unlock", not hang and not fall back
    // to a file.
    QTemporaryDir home;
    const QByteArray secret = randomSecret();
    const QString script = uR"SH(
        gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1 </dev/null
        gdbus wait --session --timeout 10 org.freedesktop.secrets || exit 3
        pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $NF}')
        "$CHILD"; rc=$?
        case "$pid" in ''|*[!0-9]*) ;; *) [ "$(cat /proc/$pid/comm)" = gnome-keyring-d ] && kill "$pid" ;; esac
        exit $rc)SH"_s;
    const QJsonObject r = runChild(home, script, secret, 10000);
    QVERIFY2(!r.isEmpty(), "child produced no result");
    QCOMPARE(r.value(u"strict_ok"_s).toBool(), false);
    QCOMPARE(r.value(u"strict_error_kind"_s).toString(), u"keychain"_s);
    QVERIFY2(r.value(u"strict_cause"_s).toString() == u"locked"_s, qPrintable(r.value(u"strict_message"_s).toString()));
    QVERIFY(r.value(u"strict_message"_s).toString().contains(u"unlock"_s));
    QCOMPARE(filesContaining(home.path(), secret), QStringList());
}

void TestKeychainStore::unavailable_lockedKeyringNoPrompt_saysLockedNotDenied()
{
    // The login keyring exists (made with a password) but is locked, and its unlock prompt cannot
    // appear (no display): libsecret calls that "access denied"; the person must read "locked".
    QTemporaryDir home;
    const QByteArray secret = randomSecret();
    const QString script = uR"SH(
        printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        gdbus wait --session --timeout 10 org.freedesktop.secrets || exit 3
        gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets \
              --method org.freedesktop.Secret.Service.Lock "['/org/freedesktop/secrets/collection/login']" >/dev/null || exit 3
        pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $NF}')
        "$CHILD"; rc=$?
        case "$pid" in ''|*[!0-9]*) ;; *) [ "$(cat /proc/$pid/comm)" = gnome-keyring-d ] && kill "$pid" ;; esac
        exit $rc)SH"_s;
    const QJsonObject r = runChild(home, script, secret, 10000);
    QVERIFY2(!r.isEmpty(), "child produced no result");
    QCOMPARE(r.value(u"strict_ok"_s).toBool(), false);
    QCOMPARE(r.value(u"strict_error_kind"_s).toString(), u"keychain"_s);
    const QString message = r.value(u"strict_message"_s).toString();
    QVERIFY2(r.value(u"strict_cause"_s).toString().startsWith(u"locked"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"denied"_s, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(message.contains(u"unlock"_s), qPrintable(message));
    QCOMPARE(filesContaining(home.path(), secret), QStringList());
}

void TestKeychainStore::unavailable_keyringNeverAnswers_timesOut()
{
    // A Secret Service that is there but never answers (gnome-keyring frozen with SIGSTOP, as a
    // keyring stuck on a password prompt would be): every call ends at the store's timeout.
    QTemporaryDir home;
    const QByteArray secret = randomSecret();
    const QString script = uR"SH(
        printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        gdbus wait --session --timeout 10 org.freedesktop.secrets || exit 3
        # The daemon that owns org.freedesktop.secrets on THIS private bus (never a name search:
        # other keyrings and tests run on the same machine).
        pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
              org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $NF}')
        case "$pid" in ''|*[!0-9]*) exit 3 ;; esac
        [ "$(cat /proc/$pid/comm)" = gnome-keyring-d ] || exit 3
        kill -STOP "$pid"
        "$CHILD"; rc=$?
        kill -CONT "$pid"; kill "$pid"
        exit $rc)SH"_s;
    const QJsonObject r = runChild(home, script, secret, 700);
    QVERIFY2(!r.isEmpty(), "child produced no result");
    QCOMPARE(r.value(u"strict_ok"_s).toBool(), false);
    QCOMPARE(r.value(u"strict_cause"_s).toString(), u"timeout"_s);
    QCOMPARE(r.value(u"strict_error_kind"_s).toString(), u"keychain"_s);
    QVERIFY(r.value(u"strict_message"_s).toString().contains(u"did not answer"_s));
    QCOMPARE(r.value(u"memory_only"_s).toBool(), true);
    QCOMPARE(r.value(u"read_back_matches"_s).toBool(), true);
    QCOMPARE(filesContaining(home.path(), secret), QStringList());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("TC_KEYCHAIN_CHILD")) {
        return childMain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestKeychainStore tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "TestKeychainStore.moc"
