// A UBI user in the console, against the embedded sandbox: the profile editor's "UBI user" kind
// (phone or e-mail + the user's password, masked; validation as you type; Test login; saved with
// the password in the keychain only), the token card (the phone as identity, the DeviceToken from
// the answer, "Set password…"), the inspector, and the set-password dialog (typed twice, masked,
// through an admin session or the user's own), and no password in settings, logs or files.
#include "GuiTestEnv.h"

#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "ui/ProfileEditor.h"
#include "ui/SecretClipboard.h"
#include "ui/SecretEdit.h"
#include "ui/SetPasswordDialog.h"
#include "ui/TokenCard.h"
#include "ui/TokenInspector.h"
#include "ui/TokenPanel.h"
#include "ui/UsersPage.h"

#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

namespace {
const QString kPhone = u"+1 (555) 010-2030"_s;
const QString kEmail = u"ann.ubi@example.com"_s;
const QString kPassword = u"first-Pa55word-ubi"_s;
const QString kSecond = u"second-Pa55word-ubi"_s;
const QString kThird = u"third-Pa55word-ubi"_s;
const QString kFourth = u"fourth-Pa55word-ubi"_s;

QStringList &logLines()
{
    static QStringList lines;
    return lines;
}
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logLines().append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestUbiUserGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void editor_ubiKind_showsOnlyItsFields_andValidatesAsYouType();
    void editor_testLoginByPhone_thenSave_passwordOnlyInKeychain();
    void card_namesThePhone_showsDeviceTokenFromAnswer_inspectorWorks();
    void setPasswordDialog_typedTwiceMasked_asAdmin_keepsItInTheProfile();
    void setPasswordDialog_ownSession_takesCurrentPasswordFromKeychain();
    void usersPage_setPassword_asAdmin();
    void noPassword_inSettingsLogsOrFiles();

private:
    tc::Session *logIn(const QString &profile, const QString &secret = {});
    bool loginWorks(const QString &password);

    std::unique_ptr<GuiTestEnv> m_env;
    std::unique_ptr<tc::ConsoleServices> m_services;
    QString m_groupId;
    QString m_deviceToken;
    tc::Profile m_admin;
};

void TestUbiUserGui::initTestCase()
{
    g_previous = qInstallMessageHandler(captureLog);
    QLoggingCategory::setFilterRules(u"tc.*.debug=true"_s); // every line the console could log
    m_env = std::make_unique<GuiTestEnv>();
    m_services = m_env->services();
    QVERIFY(GuiTestEnv::startSandbox(*m_services));
    m_services->sessions()->setSandboxUrl(m_services->sandbox()->baseUrl());
    const QJsonObject info = m_services->sandbox()->info();
    m_groupId = info[u"groups"_s][0][u"instance_id"_s].toString();

    // A user registered with a phone and an e-mail; an admin sets its first password.
    tc::ApiClient api(m_services->network());
    api.setBaseUrl(m_services->sandbox()->baseUrl());
    tc::RegistrationProfile profile;
    profile.phone = kPhone;
    profile.email = kEmail;
    tc::ApiCall *reg = api.registerUser(m_groupId, info[u"groups"_s][0][u"instance_key"_s].toString(), profile);
    QSignalSpy regDone(reg, &tc::ApiCall::finished);
    QVERIFY(regDone.wait(10000));
    QVERIFY2(reg->ok(), qPrintable(reg->error().message()));
    m_deviceToken = reg->authResult().deviceToken;
    tc::ApiCall *admin
            = api.loginAdmin(info[u"admin"_s][u"instance_id"_s].toString(), info[u"admin"_s][u"email"_s].toString(),
                             info[u"admin"_s][u"password"_s].toString());
    QSignalSpy adminDone(admin, &tc::ApiCall::finished);
    QVERIFY(adminDone.wait(10000));
    QVERIFY(admin->ok());
    tc::ApiCall *set = api.setUserPassword(admin->authResult().accessToken, m_deviceToken, kPassword);
    QSignalSpy setDone(set, &tc::ApiCall::finished);
    QVERIFY(setDone.wait(10000));
    QVERIFY2(set->ok(), qPrintable(set->error().message()));

    m_admin.name = u"Sandbox admin"_s;
    m_admin.environment = tc::ProfileEnvironment::Sandbox;
    m_admin.url = m_services->sandbox()->baseUrl();
    m_admin.kind = tc::ProfileKind::Admin;
    m_admin.instanceId = info[u"admin"_s][u"instance_id"_s].toString();
    m_admin.email = info[u"admin"_s][u"email"_s].toString();
    QVERIFY(!m_services->profiles()->save(m_admin).isError());
    QVERIFY(GuiTestEnv::writeSecret(*m_services, m_admin.name, tc::SecretItem::apiPassword(),
                                    info[u"admin"_s][u"password"_s].toString().toUtf8()));
}

void TestUbiUserGui::cleanupTestCase()
{
    m_services.reset();
    qInstallMessageHandler(g_previous);
}

tc::Session *TestUbiUserGui::logIn(const QString &profile, const QString &secret)
{
    const auto p = m_services->profiles()->profile(profile);
    tc::Session *s = p ? m_services->sessions()->open(*p) : nullptr;
    if (!s)
        return nullptr;
    tc::SessionTask *task = s->logIn(secret, false);
    QSignalSpy done(task, &tc::SessionTask::finished);
    if (!done.wait(15000) || task->error().isError()) {
        qWarning("login of %s failed: %s", qPrintable(profile), qPrintable(task->error().message()));
        return nullptr;
    }
    return s;
}

// A fresh login by e-mail with `password` works (a throwaway client, no session).
bool TestUbiUserGui::loginWorks(const QString &password)
{
    tc::ApiClient api(m_services->network());
    api.setBaseUrl(m_services->sandbox()->baseUrl());
    tc::ApiCall *call = api.loginUbiUser(m_groupId, tc::UserLogin::Email, kEmail, password);
    QSignalSpy done(call, &tc::ApiCall::finished);
    return done.wait(10000) && call->ok();
}

void TestUbiUserGui::editor_ubiKind_showsOnlyItsFields_andValidatesAsYouType()
{
    tc::ProfileEditor e(m_services->profiles(), m_services->sessions(), m_services->budget());
    e.show();
    e.kindBox()->setCurrentIndex(e.kindBox()->findData(int(tc::ProfileKind::UbiUser)));
    QVERIFY(e.kindBox()->currentText().contains(u"UBI"_s));
    QVERIFY(e.ubiLoginEdit()->isVisibleTo(&e));
    QVERIFY(e.ubiLoginKindBox()->isVisibleTo(&e));
    QVERIFY(e.userPasswordEdit()->isVisibleTo(&e));
    QCOMPARE(e.userPasswordEdit()->lineEdit()->echoMode(), QLineEdit::Password);
    for (QWidget *other :
         std::initializer_list<QWidget *>{e.instanceKeyEdit(), e.deviceTokenEdit(), e.emailEdit(), e.passwordEdit()}) {
        QVERIFY2(!other->isVisibleTo(&e), qPrintable(other->accessibleName()));
    }
    QVERIFY(e.loginFieldsBox()->isVisibleTo(&e)); // both shapes apply to a UBI login too

    e.ubiLoginKindBox()->setCurrentIndex(e.ubiLoginKindBox()->findData(int(tc::UserLogin::Phone)));
    QVERIFY(e.problemFor(e.ubiLoginEdit()).contains(u"phone"_s)); // empty: says what to enter
    QTest::keyClicks(e.ubiLoginEdit(), u"555-CALL-ANN"_s);
    QVERIFY(e.problemFor(e.ubiLoginEdit()).contains(u"digits"_s));
    e.ubiLoginEdit()->clear();
    QTest::keyClicks(e.ubiLoginEdit(), kPhone);
    QVERIFY2(e.problemFor(e.ubiLoginEdit()).isEmpty(), qPrintable(e.problemFor(e.ubiLoginEdit())));
    QCOMPARE(e.ubiLoginEdit()->accessibleDescription(), QString());

    // The same field takes an e-mail when the kind of login says so.
    e.ubiLoginKindBox()->setCurrentIndex(e.ubiLoginKindBox()->findData(int(tc::UserLogin::Email)));
    QVERIFY(e.problemFor(e.ubiLoginEdit()).contains(u"e-mail"_s));
    e.ubiLoginEdit()->clear();
    QTest::keyClicks(e.ubiLoginEdit(), kEmail);
    QVERIFY(e.problemFor(e.ubiLoginEdit()).isEmpty());
    const tc::Profile p = e.profile();
    QCOMPARE(p.kind, tc::ProfileKind::UbiUser);
    QCOMPARE(p.email, kEmail);
    QVERIFY(p.phone.isEmpty());
}

void TestUbiUserGui::editor_testLoginByPhone_thenSave_passwordOnlyInKeychain()
{
    tc::ProfileEditor e(m_services->profiles(), m_services->sessions(), m_services->budget());
    e.show();
    e.environmentBox()->setCurrentIndex(e.environmentBox()->findData(int(tc::ProfileEnvironment::Sandbox)));
    e.kindBox()->setCurrentIndex(e.kindBox()->findData(int(tc::ProfileKind::UbiUser)));
    QTest::keyClicks(e.nameEdit(), u"UBI Ann"_s);
    QTest::keyClicks(e.instanceIdEdit(), m_groupId);
    e.ubiLoginKindBox()->setCurrentIndex(e.ubiLoginKindBox()->findData(int(tc::UserLogin::Phone)));
    QTest::keyClicks(e.ubiLoginEdit(), u"+1 555 010 2030"_s); // spaced differently than registered
    QTest::keyClicks(e.userPasswordEdit()->lineEdit(), u"wrong"_s);

    QSignalSpy tested(&e, &tc::ProfileEditor::testFinished);
    QTest::mouseClick(e.testLoginButton(), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.takeFirst().first().toBool(), false);
    QVERIFY2(e.testResult().contains(u"Login failed"_s), qPrintable(e.testResult()));

    e.userPasswordEdit()->setText(kPassword);
    QTest::mouseClick(e.testLoginButton(), Qt::LeftButton);
    QVERIFY(tested.wait(20000));
    QVERIFY2(tested.takeFirst().first().toBool(), qPrintable(e.testResult()));
    QVERIFY(e.testResult().contains(u"Login worked"_s));
    QVERIFY(!e.testResult().contains(kPassword));

    QSignalSpy saved(&e, &tc::ProfileEditor::saved);
    QVERIFY(e.saveButton()->isEnabled());
    QTest::mouseClick(e.saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
    const auto p = m_services->profiles()->profile(u"UBI Ann"_s);
    QVERIFY(p);
    QCOMPARE(p->kind, tc::ProfileKind::UbiUser);
    QCOMPARE(p->phone, u"+1 555 010 2030"_s);
    QCOMPARE(p->ubiLogin(), tc::UserLogin::Phone);
    QCOMPARE(QString::fromUtf8(GuiTestEnv::readSecret(*m_services, u"UBI Ann"_s, tc::SecretItem::userPassword())),
             kPassword);
    QVERIFY(GuiTestEnv::readSecret(*m_services, u"UBI Ann"_s, tc::SecretItem::instanceKey()).isEmpty());
    m_services->settings()->sync();
    QFile ini(m_services->settings()->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(settings.contains("ubi-user"));
    QVERIFY(!settings.contains(kPassword.toUtf8()));

    // Opening it again reads the password back into the masked field.
    tc::ProfileEditor again(m_services->profiles(), m_services->sessions(), m_services->budget());
    again.editExisting(*p);
    QTRY_COMPARE_WITH_TIMEOUT(again.userPasswordEdit()->text(), kPassword, 10000);
    QCOMPARE(again.userPasswordEdit()->lineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(again.ubiLoginEdit()->text(), p->phone);
}

void TestUbiUserGui::card_namesThePhone_showsDeviceTokenFromAnswer_inspectorWorks()
{
    tc::SecretClipboard clipboard;
    tc::TokenPanel panel(m_services->sessions(), m_services->clock(), &clipboard);
    panel.resize(900, 600);
    panel.show();
    tc::Session *s = logIn(u"UBI Ann"_s); // the password from the keychain
    QVERIFY(s);
    QCOMPARE(s->deviceToken(), m_deviceToken);
    tc::TokenCard *card = panel.card(u"UBI Ann"_s);
    QVERIFY(card);
    QTRY_VERIFY(card->titleText().contains(u"+1 555 010 2030"_s));
    QVERIFY(card->titleText().contains(u"UBI"_s));
    QCOMPARE(card->deviceTokenText(), m_deviceToken);
    QVERIFY(card->setPasswordButton()->isVisibleTo(card));
    QCOMPARE(card->stateText(), u"Active"_s);
    QSignalSpy asked(card, &tc::TokenCard::setPasswordRequested);
    QTest::mouseClick(card->setPasswordButton(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(1).toString(), u"UBI Ann"_s);

    // Refresh now keeps the UBI identity.
    tc::SessionTask *task = s->refreshNow();
    QSignalSpy refreshed(task, &tc::SessionTask::finished);
    QVERIFY(refreshed.wait(15000));
    QVERIFY(!task->error().isError());
    QTRY_VERIFY(card->titleText().contains(u"+1 555 010 2030"_s));
    QCOMPARE(card->deviceTokenText(), m_deviceToken);

    tc::TokenInspector inspector(m_services->sessions(), m_services->clock());
    inspector.show();
    inspector.inspectSession(s);
    QCOMPARE(inspector.token(), s->accessToken());
    QCOMPARE(inspector.shownValue(u"DeviceToken"_s), m_deviceToken);
    QVERIFY2(inspector.statusText().contains(u"user"_s, Qt::CaseInsensitive), qPrintable(inspector.statusText()));
}

void TestUbiUserGui::setPasswordDialog_typedTwiceMasked_asAdmin_keepsItInTheProfile()
{
    tc::Session *admin = logIn(m_admin.name);
    QVERIFY(admin);
    tc::Session *ubi = m_services->sessions()->session(u"UBI Ann"_s);
    QVERIFY(ubi);

    tc::SetPasswordDialog dialog(m_services->profiles());
    tc::SetPasswordDialog::Target target;
    target.deviceToken = ubi->deviceToken();
    target.who = ubi->identity();
    target.via = admin;
    target.api = m_services->sessions()->client(m_admin.name);
    target.viaName = m_admin.name;
    target.keepInProfile = u"UBI Ann"_s;
    target.profileSession = ubi;
    dialog.setTarget(target);
    dialog.show();
    QVERIFY(dialog.noteText().contains(u"SMS"_s));
    QVERIFY(dialog.noteText().contains(u"e-mail"_s));
    QVERIFY(dialog.noteText().contains(u"directly"_s));
    QVERIFY(dialog.noteText().contains(m_admin.name));
    QCOMPARE(dialog.newPasswordEdit()->lineEdit()->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.repeatEdit()->lineEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.setButton()->isEnabled());

    // A hurried person: a typo in the second field, then a trailing space.
    QTest::keyClicks(dialog.newPasswordEdit()->lineEdit(), kSecond);
    QVERIFY(dialog.problemText().contains(u"once more"_s));
    QTest::keyClicks(dialog.repeatEdit()->lineEdit(), kSecond + u"x"_s);
    QVERIFY(dialog.problemText().contains(u"differ"_s));
    QVERIFY(!dialog.setButton()->isEnabled());
    QTest::keyClick(dialog.repeatEdit()->lineEdit(), Qt::Key_Backspace);
    QVERIFY(dialog.problemText().isEmpty());
    QVERIFY(dialog.setButton()->isEnabled());
    QTest::keyClick(dialog.newPasswordEdit()->lineEdit(), Qt::Key_Space);
    QVERIFY(!dialog.setButton()->isEnabled());
    QTest::keyClick(dialog.newPasswordEdit()->lineEdit(), Qt::Key_Backspace);
    QVERIFY(dialog.setButton()->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(u"setPasswordNote"_s)->text().contains(kSecond));

    QSignalSpy set(&dialog, &tc::SetPasswordDialog::passwordSet);
    QTest::mouseClick(dialog.setButton(), Qt::LeftButton);
    QVERIFY(set.wait(15000));
    QCOMPARE(set.first().at(1).toString(), QString()); // kept in the keychain
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.newPasswordEdit()->text().isEmpty());
    QCOMPARE(QString::fromUtf8(GuiTestEnv::readSecret(*m_services, u"UBI Ann"_s, tc::SecretItem::userPassword())),
             kSecond);
    QVERIFY(!loginWorks(kPassword));
    QVERIFY(loginWorks(kSecond));

    // The UBI session's next login uses the new password (it dropped the one it held).
    tc::SessionTask *relogin = ubi->logIn();
    QSignalSpy done(relogin, &tc::SessionTask::finished);
    QVERIFY(done.wait(15000));
    QVERIFY2(!relogin->error().isError(), qPrintable(relogin->error().message()));
}

void TestUbiUserGui::setPasswordDialog_ownSession_takesCurrentPasswordFromKeychain()
{
    tc::Session *ubi = m_services->sessions()->session(u"UBI Ann"_s);
    QVERIFY(ubi && ubi->hasTokens());
    tc::SetPasswordDialog dialog(m_services->profiles());
    tc::SetPasswordDialog::Target target;
    target.deviceToken = ubi->deviceToken();
    target.who = ubi->identity();
    target.via = ubi;
    target.api = m_services->sessions()->client(u"UBI Ann"_s);
    target.viaName = u"UBI Ann"_s;
    target.ownSession = true;
    target.keepInProfile = u"UBI Ann"_s;
    target.profileSession = ubi;
    dialog.setTarget(target);
    dialog.show();
    QVERIFY(dialog.noteText().contains(u"own session"_s));
    QTest::keyClicks(dialog.newPasswordEdit()->lineEdit(), kThird);
    QTest::keyClicks(dialog.repeatEdit()->lineEdit(), kThird);
    QSignalSpy set(&dialog, &tc::SetPasswordDialog::passwordSet);
    QTest::mouseClick(dialog.setButton(), Qt::LeftButton);
    QVERIFY2(set.wait(15000), qPrintable(dialog.resultText()));
    QCOMPARE(QString::fromUtf8(GuiTestEnv::readSecret(*m_services, u"UBI Ann"_s, tc::SecretItem::userPassword())),
             kThird);
    QVERIFY(!loginWorks(kSecond));
    QVERIFY(loginWorks(kThird));

    // Without the current password in the keychain the service is never asked, and the dialog says why.
    tc::KeychainJob *rm = m_services->keychain()->remove(
            tc::Profile::secretKey(tc::Profile::scopeForProfile(u"UBI Ann"_s), tc::SecretItem::userPassword()));
    QSignalSpy rmDone(rm, &tc::KeychainJob::finished);
    QVERIFY(rmDone.wait(10000));
    tc::SetPasswordDialog second(m_services->profiles());
    second.setTarget(target);
    second.show();
    QTest::keyClicks(second.newPasswordEdit()->lineEdit(), kSecond);
    QTest::keyClicks(second.repeatEdit()->lineEdit(), kSecond);
    QTest::mouseClick(second.setButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!second.resultText().isEmpty(), 15000);
    QVERIFY2(second.resultText().contains(u"not set"_s), qPrintable(second.resultText()));
    QVERIFY(second.isVisible());
    QVERIFY(loginWorks(kThird));
    QVERIFY(GuiTestEnv::writeSecret(*m_services, u"UBI Ann"_s, tc::SecretItem::userPassword(), kThird.toUtf8()));
}

void TestUbiUserGui::usersPage_setPassword_asAdmin()
{
    // The Users work area: an admin finds the user and sets its password from "Move or delete".
    tc::UsersPage page(m_services->sessions(), m_services->registration());
    page.resize(1100, 700);
    page.show();
    page.selectSession(m_admin.name); // findDeviceToken picks an admin session anyway
    QSignalSpy finished(&page, &tc::UsersPage::taskFinished);
    page.findDeviceToken(m_deviceToken);
    QVERIFY(finished.wait(15000));
    QTRY_VERIFY(page.shownUser().has_value());
    QVERIFY(page.setPasswordButton()->isEnabled());
    QVERIFY(page.findChild<QLabel *>(u"PasswordNote"_s)->text().contains(kPhone));
    QTest::mouseClick(page.setPasswordButton(), Qt::LeftButton);
    tc::SetPasswordDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<tc::SetPasswordDialog *>()) != nullptr);
    QVERIFY(dialog->noteText().contains(u"SMS"_s));
    QTest::keyClicks(dialog->newPasswordEdit()->lineEdit(), kFourth);
    QTest::keyClicks(dialog->repeatEdit()->lineEdit(), kFourth);
    QSignalSpy set(dialog, &tc::SetPasswordDialog::passwordSet);
    QTest::mouseClick(dialog->setButton(), Qt::LeftButton);
    QVERIFY(set.wait(15000));
    QTRY_VERIFY(page.statusText().contains(u"was set"_s));
    QVERIFY(!loginWorks(kThird));
    QVERIFY(loginWorks(kFourth));
}

void TestUbiUserGui::noPassword_inSettingsLogsOrFiles()
{
    const QList<QByteArray> secrets{kPassword.toUtf8(), kSecond.toUtf8(), kThird.toUtf8(), kFourth.toUtf8()};
    m_services->settings()->sync();
    QStringList scanned;
    QDirIterator it(m_env->home(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        scanned << path;
        for (const QByteArray &s : secrets)
            QVERIFY2(!data.contains(s), qPrintable(path));
    }
    QVERIFY2(scanned.size() >= 2, qPrintable(scanned.join(u", "_s))); // profiles.ini and the sandbox's database
    QVERIFY(!logLines().isEmpty());
    for (const QString &line : std::as_const(logLines())) {
        for (const QByteArray &s : secrets)
            QVERIFY2(!line.contains(QString::fromUtf8(s)), qPrintable(line));
    }
}

QTEST_MAIN(TestUbiUserGui)
#include "TestUbiUserGui.moc"
