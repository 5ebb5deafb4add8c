// The profile editor: validation as you type (URL, UUID-shaped InstanceID and DeviceToken,
// e-mail), masked secrets with a reveal toggle, Test login against the embedded sandbox with the
// outcome inline (success, the service's refusal, and a cancelled hang), and saving (fields to
// QSettings, secrets to the keychain only).
#include "GuiTestEnv.h"
#include "SandboxProcess.h"

#include "core/auth/OpenSessions.h"
#include "ui/MessageBox.h"
#include "ui/ProfileEditor.h"
#include "ui/SecretEdit.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void newProfile_defaultsToTheLocalSandbox();
    void validation_asYouType_flagsEachField();
    void escape_untouched_closesWithoutAsking();
    void escape_filledIn_asksBeforeDiscarding();
    void secrets_maskedWithRevealToggle();
    void kind_showsOnlyItsFields();
    void testLogin_rightPassword_saysItWorked();
    void testLogin_wrongPassword_showsServiceRefusal();
    void testLogin_hangingService_canBeCancelled();
    void testLogin_stringOnlyServiceSaysUnauthorized_autoFallsBack();
    void save_newProfile_fieldsToSettings_secretToKeychain();
    void tls_caFileAndPin_customOnly_checkedAsTyped_saved();
    void edit_existing_readsSecretFromKeychain_andRenames();

private:
    void fillSandboxAdmin(const QString &password);

    std::unique_ptr<GuiTestEnv> m_env;
    std::unique_ptr<tc::ConsoleServices> m_services;
    std::unique_ptr<tc::ProfileEditor> m_editor;
};

void TestProfileEditor::initTestCase()
{
    m_env = std::make_unique<GuiTestEnv>();
    m_services = m_env->services();
    QVERIFY(GuiTestEnv::startSandbox(*m_services));
    m_services->sessions()->setSandboxUrl(m_services->sandbox()->baseUrl());
}

void TestProfileEditor::cleanupTestCase()
{
    m_editor.reset();
    m_services.reset();
}

void TestProfileEditor::init()
{
    m_editor
            = std::make_unique<tc::ProfileEditor>(m_services->profiles(), m_services->sessions(), m_services->budget());
    m_editor->show();
}

void TestProfileEditor::newProfile_defaultsToTheLocalSandbox()
{
    // A new profile used to default to Production: one hurried Save away from real users.
    m_editor->editNew();
    QCOMPARE(m_editor->environmentBox()->currentData().toInt(), int(tc::ProfileEnvironment::Sandbox));
}

void TestProfileEditor::escape_untouched_closesWithoutAsking()
{
    m_editor->editNew();
    QVERIFY(m_editor->isVisible());
    const int asked = tc::MessageBox::seamAnswers();
    QTest::keyClick(m_editor.get(), Qt::Key_Escape);
    QVERIFY(!m_editor->isVisible());
    QCOMPARE(tc::MessageBox::seamAnswers(), asked);
}

void TestProfileEditor::escape_filledIn_asksBeforeDiscarding()
{
    m_editor->editNew();
    m_editor->activateWindow();
    QTest::keyClicks(m_editor->nameEdit(), u"Half-typed"_s);
    QTest::keyClicks(m_editor->instanceIdEdit(), u"5dd0a1b2"_s);
    QVERIFY(m_editor->isEdited());
    // Escape by mistake: asked, and Cancel keeps everything typed.
    tc::MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(m_editor->instanceIdEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!tc::MessageBox::hasNextAnswer());
    QVERIFY2(tc::MessageBox::lastText().contains(u"Discard"_s), qPrintable(tc::MessageBox::lastText()));
    QCoreApplication::processEvents(); // the answer is queued: give a wrong close every chance
    QVERIFY(m_editor->isVisible());
    QCOMPARE(m_editor->nameEdit()->text(), u"Half-typed"_s);
    QCOMPARE(m_editor->instanceIdEdit()->text(), u"5dd0a1b2"_s);
    // Discard closes it.
    tc::MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(m_editor->instanceIdEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!m_editor->isVisible());
    // Loading a profile is not editing it: filled in by the program, Escape closes at once.
    m_editor->show();
    tc::Profile p;
    p.name = u"Loaded"_s;
    p.environment = tc::ProfileEnvironment::Sandbox;
    p.kind = tc::ProfileKind::GroupKey;
    p.instanceId = u"5dd0a1b2-0000-4000-8000-000000000000"_s;
    m_editor->editExisting(p);
    QVERIFY(!m_editor->isEdited());
    const int asked = tc::MessageBox::seamAnswers();
    QTest::keyClick(m_editor.get(), Qt::Key_Escape);
    QVERIFY(!m_editor->isVisible());
    QCOMPARE(tc::MessageBox::seamAnswers(), asked);
}

void TestProfileEditor::fillSandboxAdmin(const QString &password)
{
    const QJsonObject info = m_services->sandbox()->info();
    m_editor->environmentBox()->setCurrentIndex(
            m_editor->environmentBox()->findData(int(tc::ProfileEnvironment::Sandbox)));
    m_editor->kindBox()->setCurrentIndex(m_editor->kindBox()->findData(int(tc::ProfileKind::Admin)));
    m_editor->nameEdit()->setText(u"Sandbox admin"_s);
    m_editor->instanceIdEdit()->setText(info[u"admin"_s][u"instance_id"_s].toString());
    m_editor->emailEdit()->setText(info[u"admin"_s][u"email"_s].toString());
    m_editor->passwordEdit()->setText(password);
}

void TestProfileEditor::validation_asYouType_flagsEachField()
{
    tc::ProfileEditor *e = m_editor.get();
    e->environmentBox()->setCurrentIndex(e->environmentBox()->findData(int(tc::ProfileEnvironment::Custom)));
    QVERIFY(e->urlEdit()->isEnabled());

    QTest::keyClicks(e->urlEdit(), u"ftp://x"_s);
    QVERIFY(!e->problemFor(e->urlEdit()).isEmpty());
    e->urlEdit()->clear();
    QTest::keyClicks(e->urlEdit(), u"https://user.example.com"_s);
    QVERIFY2(e->problemFor(e->urlEdit()).isEmpty(), qPrintable(e->problemFor(e->urlEdit())));
    // Plain http for another computer: the password would cross the network in clear (found
    // walking the editor: it was saved, and its login sent the password).
    for (const QString &remote : {u"http://example.com"_s, u"http://10.0.0.5:8080"_s, u"HTTP://Staging.Example"_s}) {
        e->urlEdit()->clear();
        QTest::keyClicks(e->urlEdit(), remote);
        QVERIFY2(e->problemFor(e->urlEdit()).contains(u"this computer only"_s), qPrintable(remote));
        QVERIFY(!e->saveButton()->isEnabled());
    }
    for (const QString &local : {u"http://127.0.0.1:8080"_s, u"http://localhost:5000"_s, u"http://[::1]:80"_s}) {
        e->urlEdit()->clear();
        QTest::keyClicks(e->urlEdit(), local);
        QVERIFY2(e->problemFor(e->urlEdit()).isEmpty(), qPrintable(local + u": "_s + e->problemFor(e->urlEdit())));
    }
    e->urlEdit()->clear();
    QTest::keyClicks(e->urlEdit(), u"https://user.example.com"_s);

    QTest::keyClicks(e->instanceIdEdit(), u"1234"_s);
    QVERIFY(e->problemFor(e->instanceIdEdit()).contains(u"xxxxxxxx-xxxx"_s));
    e->instanceIdEdit()->clear();
    QTest::keyClicks(e->instanceIdEdit(), u"3F2A9C1E-0D4F-4B8E-9A61-2F3C4D5E6F70"_s);
    QVERIFY(e->problemFor(e->instanceIdEdit()).isEmpty());

    QTest::keyClicks(e->emailEdit(), u"ops-at-example.com"_s);
    QVERIFY(e->problemFor(e->emailEdit()).contains(u"e-mail"_s));
    QTest::keyClick(e->emailEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(e->emailEdit(), u"ops@example.com"_s);
    QVERIFY(e->problemFor(e->emailEdit()).isEmpty());

    QVERIFY(!e->problemFor(e->nameEdit()).isEmpty()); // still no name
    QVERIFY(!e->saveButton()->isEnabled());
    // A name another profile has but for capitals is refused as typed.
    tc::Profile other;
    other.name = u"Staging EU"_s;
    QVERIFY(!m_services->profiles()->save(other).isError());
    QTest::keyClicks(e->nameEdit(), u"staging eu"_s);
    QVERIFY2(e->problemFor(e->nameEdit()).contains(u"\"Staging EU\""_s), qPrintable(e->problemFor(e->nameEdit())));
    QVERIFY(!e->saveButton()->isEnabled());
    e->nameEdit()->clear();
    QTest::keyClicks(e->nameEdit(), u"Custom admin"_s);
    QVERIFY(e->problems().isEmpty());
    QVERIFY(e->saveButton()->isEnabled());

    // DeviceToken (user kind) is checked for the UUID shape too.
    e->kindBox()->setCurrentIndex(e->kindBox()->findData(int(tc::ProfileKind::User)));
    QTest::keyClicks(e->deviceTokenEdit()->lineEdit(), u"not-a-uuid"_s);
    QVERIFY(e->problemFor(e->deviceTokenEdit()).contains(u"DeviceToken"_s));
    e->deviceTokenEdit()->setText(u"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"_s);
    QVERIFY(e->problemFor(e->deviceTokenEdit()).isEmpty());
    // The e-mail problem does not apply to a user profile.
    e->emailEdit()->setText(u"nonsense"_s);
    QVERIFY(e->problemFor(e->emailEdit()).isEmpty());
    // The field carries its problem for screen readers.
    QTest::keyClick(e->instanceIdEdit(), Qt::Key_Backspace);
    QCOMPARE(e->instanceIdEdit()->accessibleDescription(), e->problemFor(e->instanceIdEdit()));
}

void TestProfileEditor::secrets_maskedWithRevealToggle()
{
    tc::SecretEdit *pw = m_editor->passwordEdit();
    pw->setText(u"s3cret"_s);
    QCOMPARE(pw->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!pw->revealButton()->accessibleName().isEmpty());
    QTest::mouseClick(pw->revealButton(), Qt::LeftButton);
    QCOMPARE(pw->lineEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(pw->revealButton(), Qt::LeftButton);
    QCOMPARE(pw->lineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(m_editor->instanceKeyEdit()->lineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(m_editor->deviceTokenEdit()->lineEdit()->echoMode(), QLineEdit::Password);
}

void TestProfileEditor::kind_showsOnlyItsFields()
{
    tc::ProfileEditor *e = m_editor.get();
    e->kindBox()->setCurrentIndex(e->kindBox()->findData(int(tc::ProfileKind::Admin)));
    QVERIFY(e->emailEdit()->isVisible());
    QVERIFY(e->passwordEdit()->isVisible());
    QVERIFY(!e->deviceTokenEdit()->isVisible());
    QVERIFY(!e->instanceKeyEdit()->isVisible());
    e->kindBox()->setCurrentIndex(e->kindBox()->findData(int(tc::ProfileKind::GroupKey)));
    QVERIFY(!e->emailEdit()->isVisible());
    QVERIFY(e->instanceKeyEdit()->isVisible());
    QVERIFY(!e->loginFieldsBox()->isVisible());
    QVERIFY(!e->testLoginButton()->isEnabled());
}

void TestProfileEditor::testLogin_rightPassword_saysItWorked()
{
    fillSandboxAdmin(m_services->sandbox()->info()[u"admin"_s][u"password"_s].toString());
    QSignalSpy done(m_editor.get(), &tc::ProfileEditor::testFinished);
    QTest::mouseClick(m_editor->testLoginButton(), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().first().toBool(), true);
    const QString result = m_editor->testResult();
    QVERIFY2(result.startsWith(u"Login worked (LoginFields sent as object)"_s), qPrintable(result));
    QVERIFY(result.contains(u"in 13 days"_s) || result.contains(u"in 14 days"_s));
    QVERIFY(m_editor->testLoginButton()->isEnabled());
    QVERIFY(!m_editor->cancelTestButton()->isVisible());
}

void TestProfileEditor::testLogin_wrongPassword_showsServiceRefusal()
{
    // Short enough that the form scrolls (a laptop screen, a big font): the result, the form's
    // last row, is brought into view (it was below the fold, seen walking a private TLS profile).
    m_editor->resize(m_editor->width(), m_editor->fontMetrics().height() * 14);
    fillSandboxAdmin(u"wrong-password"_s);
    QSignalSpy done(m_editor.get(), &tc::ProfileEditor::testFinished);
    QTest::mouseClick(m_editor->testLoginButton(), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().first().toBool(), false);
    const QString result = m_editor->testResult();
    QVERIFY2(result.startsWith(u"Login failed."_s) && result.contains(u"401"_s), qPrintable(result));
    // The sandbox answers a wrong password with a message: shown as the service's Title / Errors.
    QVERIFY2(result.contains(u"Title:"_s) || result.contains(u"Errors:"_s), qPrintable(result));
    QVERIFY(!result.contains(u"wrong-password"_s));
    auto *label = m_editor->findChild<QLabel *>(u"TestResult"_s);
    QVERIFY(label);
    auto *scroll = m_editor->findChild<QScrollArea *>();
    QVERIFY(scroll);
    const auto shown = [&] {
        const QRect inViewport(label->mapTo(scroll->viewport(), QPoint(0, 0)), label->size());
        return scroll->viewport()->rect().contains(inViewport);
    };
    QTRY_VERIFY(label->height() >= label->heightForWidth(label->width())); // laid out: several lines
    QTRY_VERIFY(shown());
}

void TestProfileEditor::testLogin_hangingService_canBeCancelled()
{
    QTcpServer silent; // accepts connections and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    tc::ProfileEditor *e = m_editor.get();
    e->environmentBox()->setCurrentIndex(e->environmentBox()->findData(int(tc::ProfileEnvironment::Custom)));
    e->nameEdit()->setText(u"Silent"_s);
    e->urlEdit()->setText(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    e->instanceIdEdit()->setText(u"3f2a9c1e-0d4f-4b8e-9a61-2f3c4d5e6f70"_s);
    e->emailEdit()->setText(u"ops@example.com"_s);
    e->passwordEdit()->setText(u"pw"_s);
    QSignalSpy done(e, &tc::ProfileEditor::testFinished);
    QTest::mouseClick(e->testLoginButton(), Qt::LeftButton);
    QVERIFY(e->isTesting());
    QVERIFY(e->cancelTestButton()->isVisible());
    QVERIFY(!e->testLoginButton()->isEnabled());
    QVERIFY(e->testResult().contains(u"Logging in"_s));
    QTest::mouseClick(e->cancelTestButton(), Qt::LeftButton);
    QVERIFY(done.wait(5000));
    QVERIFY(e->testResult().contains(u"cancelled"_s));
    QVERIFY(!e->isTesting());
}

void TestProfileEditor::testLogin_stringOnlyServiceSaysUnauthorized_autoFallsBack()
{
    // A service that reads only the JSON-string LoginFields answers the object shape exactly as a
    // wrong password: 401, Title "Unauthorized", no Errors. Auto used to stop there and blame the
    // (correct) credentials; the session's own login attempt now tries the string shape once.
    SandboxProcess sb;
    QVERIFY2(sb.start({u"--login-fields"_s, u"string"_s, u"--login-refusal"_s, u"unauthorized"_s}),
             qPrintable(sb.errorString()));
    tc::ProfileEditor *e = m_editor.get();
    e->environmentBox()->setCurrentIndex(e->environmentBox()->findData(int(tc::ProfileEnvironment::Custom)));
    e->nameEdit()->setText(u"String-only"_s);
    e->urlEdit()->setText(sb.baseUrl().toString());
    e->instanceIdEdit()->setText(sb.adminInstanceId());
    e->emailEdit()->setText(sb.adminEmail());
    e->passwordEdit()->setText(sb.adminPassword());
    QSignalSpy done(e, &tc::ProfileEditor::testFinished);
    QTest::mouseClick(e->testLoginButton(), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    QVERIFY2(done.first().first().toBool(), qPrintable(e->testResult()));
    QVERIFY2(e->testResult().startsWith(u"Login worked (LoginFields sent as string)"_s), qPrintable(e->testResult()));
    QVERIFY2(e->testResult().contains(u"object shape was refused"_s), qPrintable(e->testResult()));

    // A wrong password there: both shapes are tried once, and the failure says so.
    done.clear();
    e->passwordEdit()->setText(u"wrong"_s);
    QTest::mouseClick(e->testLoginButton(), Qt::LeftButton);
    QVERIFY(done.wait(15000));
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(e->testResult().contains(u"Both LoginFields shapes were tried"_s), qPrintable(e->testResult()));
}

void TestProfileEditor::tls_caFileAndPin_customOnly_checkedAsTyped_saved()
{
    tc::ProfileEditor *e = m_editor.get();
    e->editNew();
    auto *ca = e->findChild<QLineEdit *>(u"CaFile"_s);
    auto *pin = e->findChild<QLineEdit *>(u"PinSha256"_s);
    QVERIFY(ca && pin);
    // A private endpoint is a custom URL: the fields are not offered for the sandbox or production.
    QVERIFY(!ca->isVisibleTo(e) && !pin->isVisibleTo(e));
    e->environmentBox()->setCurrentIndex(e->environmentBox()->findData(int(tc::ProfileEnvironment::Custom)));
    QVERIFY(ca->isVisibleTo(e) && pin->isVisibleTo(e));
    e->nameEdit()->setText(u"Private endpoint"_s);
    e->urlEdit()->setText(u"https://telematics.internal.example:8443"_s);
    e->kindBox()->setCurrentIndex(e->kindBox()->findData(int(tc::ProfileKind::GroupKey)));
    e->instanceIdEdit()->setText(u"3f2a9c1e-0d4f-4b8e-9a61-2f3c4d5e6f70"_s);

    // What a hurried person types: a half-pasted fingerprint, a path that is not there, a file
    // that is not a certificate.
    QTest::keyClicks(pin, u"AB:CD:EF"_s);
    QVERIFY2(e->problemFor(pin).contains(u"64"_s), qPrintable(e->problemFor(pin)));
    QVERIFY(!e->saveButton()->isEnabled());
    const QString fingerprint = u"9F:86:D0:81:88:4C:7D:65:9A:2F:EA:A0:C5:5A:D0:15:A3:BF:4F:1B:2B:0B:82:2C:D1:5D:"
                                "6C:15:B0:F0:0A:08"_s;
    pin->setText(fingerprint);
    QVERIFY2(e->problemFor(pin).isEmpty(), qPrintable(e->problemFor(pin)));
    QTemporaryDir dir;
    QTest::keyClicks(ca, dir.filePath(u"missing.pem"_s));
    QVERIFY2(e->problemFor(ca).contains(u"cannot be read"_s), qPrintable(e->problemFor(ca)));
    QVERIFY(!e->saveButton()->isEnabled());
    QFile notPem(dir.filePath(u"notes.txt"_s));
    QVERIFY(notPem.open(QIODevice::WriteOnly));
    notPem.write("just some text\n");
    notPem.close();
    ca->setText(notPem.fileName());
    QVERIFY2(e->problemFor(ca).contains(u"holds no PEM certificate"_s), qPrintable(e->problemFor(ca)));
    // A real certificate (openssl makes a throwaway one).
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s, u"-subj"_s,
                   u"/CN=Private CA"_s, u"-keyout"_s, dir.filePath(u"ca.key"_s), u"-out"_s, dir.filePath(u"ca.pem"_s)});
    QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
    ca->setText(dir.filePath(u"ca.pem"_s));
    QVERIFY2(e->problems().isEmpty(), qPrintable(e->problems().join(u" | "_s)));
    QVERIFY(e->saveButton()->isEnabled());

    QSignalSpy saved(e, &tc::ProfileEditor::saved);
    QTest::mouseClick(e->saveButton(), Qt::LeftButton);
    QVERIFY(saved.count() > 0 || saved.wait(15000)); // no secret to write: saved at once
    const auto p = m_services->profiles()->profile(u"Private endpoint"_s);
    QVERIFY(p);
    QCOMPARE(p->tls.caFile, dir.filePath(u"ca.pem"_s));
    QCOMPARE(tc::TlsTrust::pinText(p->tls.pinSha256), fingerprint);
    // Editing it again shows both as saved.
    init();
    m_editor->editExisting(*p);
    QCOMPARE(m_editor->findChild<QLineEdit *>(u"CaFile"_s)->text(), dir.filePath(u"ca.pem"_s));
    QCOMPARE(m_editor->findChild<QLineEdit *>(u"PinSha256"_s)->text(), fingerprint);
}

void TestProfileEditor::save_newProfile_fieldsToSettings_secretToKeychain()
{
    const QString password = m_services->sandbox()->info()[u"admin"_s][u"password"_s].toString();
    fillSandboxAdmin(password);
    QSignalSpy saved(m_editor.get(), &tc::ProfileEditor::saved);
    QTest::mouseClick(m_editor->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QCOMPARE(saved.first().first().toString(), u"Sandbox admin"_s);
    const auto p = m_services->profiles()->profile(u"Sandbox admin"_s);
    QVERIFY(p);
    QCOMPARE(p->environment, tc::ProfileEnvironment::Sandbox);
    QCOMPARE(p->url, m_services->sandbox()->baseUrl());
    QCOMPARE(GuiTestEnv::readSecret(*m_services, u"Sandbox admin"_s, tc::SecretItem::apiPassword()), password.toUtf8());
    m_services->settings()->sync();
    QFile ini(m_services->settings()->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(password.toUtf8()));
    // A second profile of the same name is refused as you type.
    init();
    m_editor->nameEdit()->setText(u"Sandbox admin"_s);
    QVERIFY(m_editor->problemFor(m_editor->nameEdit()).contains(u"already"_s));
}

void TestProfileEditor::edit_existing_readsSecretFromKeychain_andRenames()
{
    const auto p = m_services->profiles()->profile(u"Sandbox admin"_s);
    QVERIFY(p);
    m_editor->editExisting(*p);
    const QString password = m_services->sandbox()->info()[u"admin"_s][u"password"_s].toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_editor->passwordEdit()->text(), password, 15000);
    QCOMPARE(m_editor->passwordEdit()->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(m_editor->problems().isEmpty());
    m_editor->nameEdit()->setText(u"Sandbox admin (renamed)"_s);
    QSignalSpy saved(m_editor.get(), &tc::ProfileEditor::saved);
    QTest::mouseClick(m_editor->saveButton(), Qt::LeftButton);
    QVERIFY(saved.wait(15000));
    QVERIFY(!m_services->profiles()->contains(u"Sandbox admin"_s));
    QVERIFY(m_services->profiles()->contains(u"Sandbox admin (renamed)"_s));
    QCOMPARE(GuiTestEnv::readSecret(*m_services, u"Sandbox admin (renamed)"_s, tc::SecretItem::apiPassword()),
             password.toUtf8());
}

QTEST_MAIN(TestProfileEditor)
#include "TestProfileEditor.moc"
