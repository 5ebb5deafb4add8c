// The keychain error path: with no reachable Secret Service (the D-Bus session bus address points
// nowhere), the window says so in a strip, naming the cause and the fix, and keeps working with
// memory-only secrets for this run: the first-run profiles are created and logging in works.
#include "GuiTestEnv.h"

#include "core/auth/Session.h"
#include "ui/InfoStrip.h"
#include "ui/MainWindow.h"
#include "ui/TokenCard.h"
#include "ui/TokenPanel.h"

#include <QtTest>

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSecretService_showsCauseAndFix_andGoesMemoryOnly();
    void memoryOnly_firstRunAndLogin_stillWork();

private:
    std::unique_ptr<GuiTestEnv> m_env;
    std::unique_ptr<tc::ConsoleServices> m_services;
    std::unique_ptr<tc::MainWindow> m_window;
};

void TestKeychainUnavailable::initTestCase()
{
    // Before anything touches D-Bus: a session bus that does not exist.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/telematics-console-test-bus");
    m_env = std::make_unique<GuiTestEnv>();
    m_services = m_env->services();
    m_services->keychain()->setTimeout(std::chrono::milliseconds(8000));
    m_window = std::make_unique<tc::MainWindow>(m_services.get());
}

void TestKeychainUnavailable::cleanupTestCase()
{
    m_window.reset();
    m_services.reset();
}

void TestKeychainUnavailable::noSecretService_showsCauseAndFix_andGoesMemoryOnly()
{
    QSignalSpy checked(m_window.get(), &tc::MainWindow::keychainChecked);
    m_window->show();
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().first().toBool(), false);

    tc::InfoStrip *strip = m_window->keychainStrip();
    QVERIFY(strip->isVisible());
    QCOMPARE(strip->kind(), tc::InfoStrip::Kind::Error);
    const QString text = strip->text();
    // Cause and fix (KeychainStore::explain), and what happens now.
    QVERIFY2(text.contains(u"D-Bus"_s) || text.contains(u"Secret Service"_s) || text.contains(u"keyring"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"memory only"_s), qPrintable(text));
    QVERIFY(m_services->keychain()->isMemoryOnly());
    QVERIFY(m_window->keychainText().contains(u"memory only"_s));
    QVERIFY(QApplication::activeModalWidget() == nullptr); // a strip, not a modal
}

void TestKeychainUnavailable::memoryOnly_firstRunAndLogin_stillWork()
{
    // First run (the profiles and the strip) completes with the secrets held in memory.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->sandboxStrip()->text().startsWith(u"First run: the console started"_s), 30000);
    QVERIFY2(m_window->sandboxStrip()->text().contains(u"memory only"_s), qPrintable(m_window->sandboxStrip()->text()));
    // The password is there for this run.
    QCOMPARE(GuiTestEnv::readSecret(*m_services, tc::MainWindow::adminProfileName(), tc::SecretItem::apiPassword()),
             m_services->sandbox()->info()[u"admin"_s][u"password"_s].toString().toUtf8());
    m_window->logIn(tc::MainWindow::adminProfileName());
    tc::TokenPanel *panel = m_window->tokenPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->card(tc::MainWindow::adminProfileName()), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(panel->card(tc::MainWindow::adminProfileName())->stateText(), u"Active"_s, 15000);
}

QTEST_MAIN(TestKeychainUnavailable)
#include "TestKeychainUnavailable.moc"
