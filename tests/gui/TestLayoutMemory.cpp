// The window remembers its layout per screen arrangement (LayoutMemory in the console's settings):
// size, the side splitter, a table's column widths and the last work area come back in the next
// window; another screen arrangement starts from the defaults. And never two embedded sandboxes on
// one database: the second start fails and says why.
#include "GuiTestEnv.h"

#include "ui/LayoutMemory.h"
#include "ui/MainWindow.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>

class TestLayoutMemory : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnv> m_env;

private Q_SLOTS:
    void initTestCase() { m_env = std::make_unique<GuiTestEnv>(); }

    void closedWindow_layoutComesBackInTheNext()
    {
        QSize size;
        QList<int> sides;
        int columnWidth = 0;
        int ledger = -1;
        {
            auto services = m_env->services();
            tc::MainWindow window(services.get());
            window.setAutoStartUp(false);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(u"Sides"_s);
            QVERIFY(splitter);
            ledger = window.pageIndex(u"Ledger"_s);
            QVERIFY(ledger > 0);
            window.setCurrentPage(ledger);
            auto *entries = window.page(ledger)->findChild<QTableView *>(u"Entries"_s);
            QVERIFY(entries);
            entries->horizontalHeader()->resizeSection(0, 173);
            // A size the window's layouts allow with this page shown (it depends on the fonts).
            QCoreApplication::sendPostedEvents();
            const QSize wanted = window.minimumSizeHint().expandedTo(window.size()) + QSize(40, 30);
            window.resize(wanted);
            columnWidth = entries->horizontalHeader()->sectionSize(0);
            QTRY_COMPARE(window.size(), wanted);
            size = window.size();
            splitter->setSizes({150, size.width() - 150});
            sides = splitter->sizes();
            QVERIFY(window.close());
        }

        auto services = m_env->services();
        tc::MainWindow window(services.get());
        window.setAutoStartUp(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size);
        QTRY_COMPARE(window.findChild<QSplitter *>(u"Sides"_s)->sizes(), sides);
        QCOMPARE(window.currentPage(), ledger);
        auto *entries = window.page(ledger)->findChild<QTableView *>(u"Entries"_s);
        QCOMPARE(entries->horizontalHeader()->sectionSize(0), columnWidth);
    }

    void otherScreens_startFromTheDefaults()
    {
        auto services = m_env->services();
        tc::LayoutMemory here(services->settings());
        QVERIFY(here.page() >= 0); // saved by the test above for these screens
        tc::LayoutMemory elsewhere(services->settings(), u"HDMI-9_3840x2160"_s);
        QCOMPARE(elsewhere.page(), -1);
        tc::MainWindow window(services.get());
        QVERIFY(!elsewhere.restoreWindow(&window));
    }

    void secondSandbox_onTheSameDatabase_refusesToStart()
    {
        auto first = m_env->services();
        QVERIFY(GuiTestEnv::startSandbox(*first));
        tc::EmbeddedSandbox second(first->sandbox()->dbPath());
        QSignalSpy failed(&second, &tc::EmbeddedSandbox::startFailed);
        second.start();
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(u"is in use by another program"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(second.state(), tc::EmbeddedSandbox::State::Failed);

        // Once the first stops, the database is free again.
        first->sandbox()->stop();
        QSignalSpy started(&second, &tc::EmbeddedSandbox::started);
        second.start();
        QVERIFY(started.wait(20000));
        second.stop();
    }
};

QTEST_MAIN(TestLayoutMemory)
#include "TestLayoutMemory.moc"
