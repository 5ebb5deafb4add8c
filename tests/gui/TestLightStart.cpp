// A light start: the embedded sandbox is a module (libtelematics-sandbox.so, with QtHttpServer and
// QtWebSockets) that the console loads only when a profile needs it, after the first paint.
//  - a console whose profile points elsewhere starts up without loading the module or
//    QtHttpServer, nor Qt's SVG icon engine (this process's memory map says so);
//  - a module that is not there: the sandbox's start fails and names the missing file;
//  - choosing a sandbox profile loads the module and starts the sandbox.
// The tests run in this order: once loaded, the module stays for the process.
#include "GuiTestEnv.h"

#include "ui/MainWindow.h"
#include "ui/ProfileList.h"

#include <QFile>
#include <QFileInfo>

class TestLightStart : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnv> m_env;
    std::unique_ptr<tc::ConsoleServices> m_services;
    std::unique_ptr<tc::MainWindow> m_window;

    // The file names of the shared objects this process has mapped.
    static QString maps()
    {
        QFile f(u"/proc/self/maps"_s);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    static QString moduleName() { return QFileInfo(tc::EmbeddedSandbox::modulePath()).fileName(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<GuiTestEnv>();
        m_services = m_env->services();
        QVERIFY2(QFileInfo::exists(tc::EmbeddedSandbox::modulePath()), qPrintable(tc::EmbeddedSandbox::modulePath()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void profileElsewhere_startsWithoutTheSandbox()
    {
        tc::Profile p;
        p.name = u"Staging admin"_s;
        p.environment = tc::ProfileEnvironment::Custom;
        p.url = QUrl(u"http://127.0.0.1:9"_s);
        p.kind = tc::ProfileKind::Admin;
        p.instanceId = u"3f2a9c1e-0000-4000-8000-000000000001"_s;
        p.email = u"ops@example.com"_s;
        QVERIFY(!m_services->profiles()->save(p).isError());

        m_window = std::make_unique<tc::MainWindow>(m_services.get());
        QSignalSpy keychainChecked(m_window.get(), &tc::MainWindow::keychainChecked);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isStartedUp(), 5000);
        QVERIFY(keychainChecked.wait(15000) || !keychainChecked.isEmpty());
        QCOMPARE(m_window->profileList()->currentProfile(), p.name);

        QCOMPARE(m_services->sandbox()->state(), tc::EmbeddedSandbox::State::Stopped);
        QVERIFY(!tc::EmbeddedSandbox::isModuleLoaded());
        const QString mapped = maps();
        QVERIFY(mapped.contains(u"libQt6Widgets"_s)); // the map is read right
        QVERIFY2(!mapped.contains(u"libQt6HttpServer"_s), "QtHttpServer is loaded without a sandbox profile");
        QVERIFY2(!mapped.contains(u"libQt6WebSockets"_s), "QtWebSockets is loaded without a sandbox profile");
        QVERIFY2(!mapped.contains(moduleName()), "the sandbox module is loaded without a sandbox profile");
        // The window's icons are drawn by tc::Icons' engine (the SVG image plugin), not Qt's SVG icon engine.
        QVERIFY2(!mapped.contains(u"libqsvgicon"_s), "Qt's SVG icon engine plugin was loaded to draw the window");
    }

    void missingModule_failsAndSaysWhichFile()
    {
        const QByteArray kept = qgetenv("TC_SANDBOX_MODULE");
        const QString missing = m_env->home() + u"/lib/libtelematics-sandbox.so"_s;
        qputenv("TC_SANDBOX_MODULE", QFile::encodeName(missing));
        tc::EmbeddedSandbox sandbox(m_env->home() + u"/missing-module.sqlite"_s);
        QSignalSpy failed(&sandbox, &tc::EmbeddedSandbox::startFailed);
        sandbox.start();
        qputenv("TC_SANDBOX_MODULE", kept);
        QVERIFY(failed.wait(5000));
        const QString error = failed.first().first().toString();
        QVERIFY2(error.contains(u"not installed"_s) && error.contains(missing), qPrintable(error));
        QCOMPARE(sandbox.state(), tc::EmbeddedSandbox::State::Failed);
        QCOMPARE(sandbox.lastError(), error);
        QVERIFY(!tc::EmbeddedSandbox::isModuleLoaded());
        QVERIFY(!maps().contains(u"libQt6HttpServer"_s));
    }

    void sandboxProfileChosen_loadsAndStartsIt()
    {
        tc::Profile p;
        p.name = u"Local admin"_s;
        p.environment = tc::ProfileEnvironment::Sandbox;
        p.url = QUrl(u"http://127.0.0.1:1"_s); // last run's port: replaced once the sandbox runs
        p.kind = tc::ProfileKind::Admin;
        p.instanceId = u"3f2a9c1e-0000-4000-8000-000000000002"_s;
        p.email = u"admin@sandbox.local"_s;
        QVERIFY(!m_services->profiles()->save(p).isError());
        tc::ProfileList *list = m_window->profileList();
        QTRY_VERIFY(list->shownProfiles().contains(p.name));

        QSignalSpy started(m_services->sandbox(), &tc::EmbeddedSandbox::started);
        list->setCurrentProfile(p.name);
        QVERIFY(started.wait(20000));
        QVERIFY(m_services->sandbox()->isRunning());
        QCOMPARE(m_services->sandbox()->baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(tc::EmbeddedSandbox::isModuleLoaded());
        const QString mapped = maps();
        QVERIFY(mapped.contains(moduleName()));
        QVERIFY(mapped.contains(u"libQt6HttpServer"_s));
        // Its URL is kept in the sandbox profile (the port changes per run).
        QTRY_COMPARE(m_services->profiles()->profile(p.name)->url, m_services->sandbox()->baseUrl());

        // Stopped by hand, it stays stopped when a sandbox profile is chosen again.
        m_services->sandbox()->stop();
        list->setCurrentProfile(u"Staging admin"_s);
        list->setCurrentProfile(p.name);
        QCOMPARE(m_services->sandbox()->state(), tc::EmbeddedSandbox::State::Stopped);
    }
};

QTEST_MAIN(TestLightStart)
#include "TestLightStart.moc"
