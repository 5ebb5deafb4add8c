// Switching the language in Preferences changes what the window says, at once: the window is built
// anew in German, then Ukrainian, then the system's language again (English here), over the same
// services; the choice is kept in the settings, and the core's texts follow too.
#include "GuiTestEnv.h"

#include "core/util/TimeText.h"
#include "ui/ConsoleWindow.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"

#include <QComboBox>
#include <QMenuBar>
#include <QSettings>

class TestLanguage : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnv> m_env;
    std::unique_ptr<tc::ConsoleServices> m_services;
    std::unique_ptr<tc::ConsoleWindow> m_console;

    // Picks `code` in Preferences, as a person would, and waits for the new window.
    bool choose(const QString &code)
    {
        QSignalSpy replaced(m_console.get(), &tc::ConsoleWindow::windowReplaced);
        m_console->window()->openPreferences();
        auto *dialog = m_console->window()->findChild<tc::PreferencesDialog *>();
        if (!dialog)
            return false;
        QComboBox *box = dialog->languageBox();
        const int index = box->findData(code);
        if (index < 0)
            return false;
        box->setCurrentIndex(index);
        dialog->accept();
        return replaced.wait(10000);
    }

    QString sessionsTitle() const { return m_console->window()->pageTitle(0); }
    QString firstMenu() const { return m_console->window()->menuBar()->actions().value(0)->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<GuiTestEnv>();
        m_services = m_env->services();
        tc::Language::apply({});
        m_console = std::make_unique<tc::ConsoleWindow>(m_services.get(), [](tc::MainWindow *w) {
            w->setSandboxAtStart(tc::MainWindow::SandboxAtStart::Never);
        });
        m_console->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
    }

    void cleanupTestCase()
    {
        m_console.reset();
        m_services.reset();
        tc::Language::apply({});
    }

    void english_first()
    {
        QCOMPARE(sessionsTitle(), u"Sessions"_s);
        QCOMPARE(firstMenu(), u"&File"_s);
        QCOMPARE(tc::TimeText::duration(2 * 86400), u"2 days"_s);
    }

    void german_changesTheWindowAtOnce()
    {
        QVERIFY(choose(u"de"_s));
        QCOMPARE(tc::Language::current(), u"de"_s);
        QCOMPARE(sessionsTitle(), u"Sitzungen"_s);
        QCOMPARE(firstMenu(), u"&Datei"_s);
        QVERIFY(m_console->window()->isVisible());
        QCOMPARE(m_services->settings()->value(u"ui/language"_s).toString(), u"de"_s);
        // The core's texts follow (plural forms included).
        QCOMPARE(tc::TimeText::duration(2 * 86400), u"2 Tage"_s);
        QCOMPARE(tc::TimeText::duration(86400), u"1 Tag"_s);
    }

    void ukrainian_changesTheWindowAtOnce()
    {
        QVERIFY(choose(u"uk"_s));
        QCOMPARE(sessionsTitle(), u"Сеанси"_s);
        QCOMPARE(firstMenu(), u"&Файл"_s);
        QCOMPARE(tc::TimeText::duration(5 * 86400), u"5 днів"_s);
        QCOMPARE(tc::TimeText::duration(2 * 86400), u"2 дні"_s);
    }

    void systemDefault_comesBack()
    {
        QVERIFY(choose(QString()));
        QCOMPARE(sessionsTitle(), u"Sessions"_s); // the test runs in the C locale
        QVERIFY(!m_services->settings()->contains(u"ui/language"_s));
        QCOMPARE(tc::TimeText::duration(86400), u"1 day"_s);
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
