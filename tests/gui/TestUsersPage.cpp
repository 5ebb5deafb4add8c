// The Users work area, offscreen, against a sandbox process: find (an empty list is "no user
// found"), edit and save (only what changed, read back; the service's error on its field), the
// delete confirmation guard (a wrong ending keeps Delete off; the right one deletes and the ledger
// records it), move through a group-key profile, "My profile" with a user session, and "Find this
// user" from the inspector, a token card and a ledger row in the main window.
#include "RegistrationRig.h"

#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/ledger/LedgerModel.h"
#include "core/users/ManagedUser.h"
#include "ui/LedgerPage.h"
#include "ui/MainWindow.h"
#include "ui/TokenCard.h"
#include "ui/TokenInspector.h"
#include "ui/TokenPanel.h"
#include "ui/UsersPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

class TestUsersPage : public QObject
{
    Q_OBJECT

    RegistrationRig m_rig;
    QNetworkAccessManager m_nam;
    std::unique_ptr<tc::ApiClient> m_api;
    std::unique_ptr<tc::UsersPage> m_page;
    static QString adminProfile() { return u"Sandbox process — admin"_s; }
    static QString otherGroupProfile() { return u"Sandbox process — group 2"_s; }

    struct Registered
    {
        QString deviceToken;
        QString accessToken;
    };
    Registered registerUser(const tc::RegistrationProfile &p, int g = 0)
    {
        tc::ApiCall *call = m_api->registerUser(m_rig.sb.groupInstanceId(g), m_rig.sb.groupInstanceKey(g), p);
        call->setAutoDelete(false);
        QSignalSpy spy(call, &tc::ApiCall::finished);
        if (!call->isFinished())
            (void)spy.wait(15000);
        Registered r{call->authResult().deviceToken, call->authResult().accessToken};
        delete call;
        return r;
    }
    QJsonArray findOnService(const QString &dt)
    {
        tc::Session *admin = m_rig.services->sessions()->session(adminProfile());
        tc::ApiCall *call = m_api->findUsers(admin->accessToken(), {{u"DeviceToken"_s, dt}});
        call->setAutoDelete(false);
        QSignalSpy spy(call, &tc::ApiCall::finished);
        if (!call->isFinished())
            (void)spy.wait(15000);
        const QJsonArray users = call->users();
        delete call;
        return users;
    }
    bool waitTask(tc::UsersPage *page)
    {
        QSignalSpy spy(page, &tc::UsersPage::taskFinished);
        return spy.wait(20000);
    }
    void findBy(const QString &key, const QString &value)
    {
        auto *k = m_page->findChild<QComboBox *>(u"FindKey"_s);
        k->setCurrentIndex(k->findData(key));
        auto *v = m_page->findChild<QLineEdit *>(u"FindValue"_s);
        v->clear();
        QTest::keyClicks(v, value);
        QSignalSpy spy(m_page.get(), &tc::UsersPage::taskFinished);
        QTest::keyClick(v, Qt::Key_Return);
        QVERIFY(spy.wait(20000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_rig.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_rig.addGroupProfile(otherGroupProfile(), m_rig.sb.baseUrl(), m_rig.sb.groupInstanceId(1),
                                       m_rig.sb.groupInstanceKey(1).toUtf8()),
                 QString());
        tc::Profile a;
        a.name = adminProfile();
        a.environment = tc::ProfileEnvironment::Custom;
        a.url = m_rig.sb.baseUrl();
        a.kind = tc::ProfileKind::Admin;
        a.instanceId = m_rig.sb.adminInstanceId();
        a.email = m_rig.sb.adminEmail();
        QVERIFY(!m_rig.services->profiles()->save(a).isError());
        QVERIFY(GuiTestEnv::writeSecret(*m_rig.services, a.name, tc::SecretItem::apiPassword(),
                                        m_rig.sb.adminPassword().toUtf8()));
        tc::Session *s = m_rig.services->sessions()->open(a);
        QVERIFY(s);
        QSignalSpy done(s->logIn(), &tc::SessionTask::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(s->hasTokens());

        m_api = std::make_unique<tc::ApiClient>(&m_nam);
        m_api->setBaseUrl(m_rig.sb.baseUrl());
        m_page = std::make_unique<tc::UsersPage>(m_rig.services->sessions(), m_rig.registration());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QCOMPARE(m_page->sessionProfile(), adminProfile());
    }
    void cleanupTestCase()
    {
        m_page.reset();
        if (tc::Session *s = m_rig.services->sessions()->session(adminProfile())) {
            QSignalSpy done(s->logout(true), &tc::SessionTask::finished);
            (void)done.wait(10000);
        }
    }

    // The group to page through is a long InstanceId in a narrow field: it shows its start (it
    // showed "'355-4c89-…4767f", its end, seen walking the Users area).
    void groupField_showsTheInstanceIdsStart()
    {
        auto *group = m_page->findChild<QComboBox *>(u"PageGroup"_s);
        QVERIFY(group && group->lineEdit());
        QVERIFY(!group->currentText().isEmpty());
        QCOMPARE(group->lineEdit()->cursorPosition(), 0);
    }

    void find_nobody_isANormalAnswer()
    {
        findBy(u"Email"_s, u"nobody-here@example.com"_s);
        QVERIFY2(m_page->resultText().contains(u"No user found"_s), qPrintable(m_page->resultText()));
        QCOMPARE(m_page->results()->rowCount(), 0);
        QVERIFY(m_page->statusText().isEmpty()); // not an error
        QVERIFY(!m_page->shownUser());
        // nothing typed: said, nothing sent
        m_page->findChild<QLineEdit *>(u"FindValue"_s)->clear();
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"Find"_s), Qt::LeftButton);
        QVERIFY(m_page->statusText().startsWith(u"Type the"_s));
    }

    void find_edit_save_sendsOnlyChanges_andReadsBack()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Greta"_s;
        p.email = u"greta.gui@example.com"_s;
        const Registered u = registerUser(p);
        findBy(u"Email"_s, u"greta.gui@example.com"_s);
        QCOMPARE(m_page->results()->rowCount(), 1);
        QVERIFY(m_page->shownUser());
        QCOMPARE(m_page->shownUser()->deviceToken.toLower(), u.deviceToken.toLower());
        m_page->findChild<QTabWidget *>(u"UserTabs"_s)->setCurrentIndex(0); // Edit

        auto *last = qobject_cast<QLineEdit *>(m_page->editor(u"LastName"_s));
        QTest::keyClicks(last, u"Gui"_s);
        // The admin session renews its token meanwhile: what is typed stays.
        QSignalSpy changed(m_rig.services->sessions(), &tc::OpenSessions::sessionChanged);
        m_rig.services->sessions()->session(adminProfile())->refreshNow();
        QVERIFY(changed.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(m_rig.services->sessions()->session(adminProfile())->state(),
                                  tc::Session::State::Active, 20000);
        QCOMPARE(last->text(), u"Gui"_s);
        auto *tracking = qobject_cast<QCheckBox *>(m_page->editor(u"EnableTracking"_s));
        QVERIFY(tracking->isChecked());
        tracking->setChecked(false);
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QVERIFY2(m_page->statusText().contains(u"Saved (EnableTracking, LastName)"_s),
                 qPrintable(m_page->statusText()));
        QCOMPARE(m_page->shownUser()->value(u"LastName"_s).toString(), u"Gui"_s);
        QCOMPARE(m_page->shownUser()->value(u"EnableTracking"_s).toBool(), false);
        QCOMPARE(m_page->shownUser()->value(u"FirstName"_s).toString(), u"Greta"_s);

        // Nothing changed: nothing is sent.
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY(m_page->statusText().startsWith(u"Nothing changed"_s));

        // Deactivate.
        auto *status = qobject_cast<QComboBox *>(m_page->editor(u"Status"_s));
        status->setCurrentIndex(status->findData(u"Deactivated"_s));
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QCOMPARE(m_page->shownUser()->status, u"Deactivated"_s);

        // The service's refusal lands on its field; what was typed stays.
        auto *first = qobject_cast<QLineEdit *>(m_page->editor(u"FirstName"_s));
        first->setText(QString(1001, u'g'));
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QVERIFY2(!m_page->fieldError(u"FirstName"_s).isEmpty(), qPrintable(m_page->statusText()));
        QCOMPARE(first->text().size(), 1001);
        // and a bad e-mail is caught before anything is sent
        first->setText(u"Greta"_s);
        qobject_cast<QLineEdit *>(m_page->editor(u"Email"_s))->setText(u"greta@"_s);
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QVERIFY(!m_page->fieldError(u"Email"_s).isEmpty());
    }

    void delete_confirmationGuard_wrongThenRight()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Dagmar"_s;
        const Registered u = registerUser(p);
        findBy(u"DeviceToken"_s, u.deviceToken);
        QVERIFY(m_page->shownUser());
        m_page->findChild<QTabWidget *>(u"UserTabs"_s)->setCurrentIndex(1); // Move or delete
        QVERIFY(m_page->deleteButton()->isVisible());
        QVERIFY(!m_page->deleteButton()->isEnabled());

        // a wrong ending: Delete stays off, the hint says why, and clicking does nothing
        QTest::keyClicks(m_page->confirmEdit(), u"abcdefgh"_s);
        QVERIFY(!m_page->deleteButton()->isEnabled());
        QVERIFY(m_page->findChild<QLabel *>(u"DeleteConfirmHint"_s)->text().contains(u"is not the last 8"_s));
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QTest::keyClick(m_page->confirmEdit(), Qt::Key_Return);
        QCOMPARE(findOnService(u.deviceToken).size(), 1);
        // the whole DeviceToken is not the last 8 characters either
        m_page->confirmEdit()->setText(u.deviceToken);
        QVERIFY(!m_page->deleteButton()->isEnabled());

        m_page->confirmEdit()->clear();
        QTest::keyClicks(m_page->confirmEdit(), u.deviceToken.right(8).toUpper());
        QVERIFY(m_page->deleteButton()->isEnabled());
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QVERIFY2(m_page->statusText().startsWith(u"Deleted Dagmar"_s), qPrintable(m_page->statusText()));
        QVERIFY(!m_page->shownUser());
        QCOMPARE(m_page->results()->rowCount(), 0);
        QCOMPARE(findOnService(u.deviceToken).size(), 0);
        const auto events = m_rig.ledger()->userEvents(u.deviceToken);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, tc::LedgerUserAction::deleted());
        QCOMPARE(events.first().actor, adminProfile());
    }

    // Deleting a user from a group's page: the page's count of the group's users follows (it kept
    // "users in the group: 1" over an empty table, seen walking the area).
    void listGroup_deleteOne_countFollows()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Paula"_s;
        const Registered u = registerUser(p, 0);
        auto *group = m_page->findChild<QComboBox *>(u"PageGroup"_s);
        group->setCurrentText(m_rig.sb.groupInstanceId(0));
        QCOMPARE(group->lineEdit()->accessibleName(), group->accessibleName());
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"ListGroup"_s), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        auto *label = m_page->findChild<QLabel *>(u"PageLabel"_s);
        static const QRegularExpression count(u"users in the group: (\\d+)"_s);
        const auto before = count.match(label->text());
        QVERIFY2(before.hasMatch(), qPrintable(label->text()));
        const int n = before.captured(1).toInt();
        int row = -1;
        for (int r = 0; r < m_page->results()->rowCount(); ++r) {
            if (m_page->results()->item(r, 1)->text() == u.deviceToken)
                row = r;
        }
        QVERIFY(row >= 0); // newest first: on the first page
        m_page->results()->selectRow(row);
        QTRY_VERIFY(m_page->shownUser() && m_page->shownUser()->deviceToken == u.deviceToken);
        m_page->findChild<QTabWidget *>(u"UserTabs"_s)->setCurrentIndex(1); // Move or delete
        QTest::keyClicks(m_page->confirmEdit(), u.deviceToken.right(8));
        QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QVERIFY2(m_page->statusText().startsWith(u"Deleted Paula"_s), qPrintable(m_page->statusText()));
        QCOMPARE(count.match(label->text()).captured(1).toInt(), n - 1);
        m_page->findChild<QTabWidget *>(u"UserTabs"_s)->setCurrentIndex(0);
    }

    void move_throughAGroupKeyProfile()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Mila"_s;
        const Registered u = registerUser(p, 0);
        findBy(u"DeviceToken"_s, u.deviceToken);
        QVERIFY(m_page->shownUser());
        m_page->findChild<QTabWidget *>(u"UserTabs"_s)->setCurrentIndex(1); // Move or delete
        // Only the other group is offered (the user is in the first one).
        QComboBox *targets = m_page->moveTargetPicker();
        QCOMPARE(targets->count(), 1);
        QCOMPARE(targets->currentData().toString(), otherGroupProfile());
        QTest::mouseClick(m_page->moveButton(), Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QVERIFY2(m_page->statusText().startsWith(u"Moved Mila"_s), qPrintable(m_page->statusText()));
        QCOMPARE(m_page->shownUser()->instanceId, m_rig.sb.groupInstanceId(1));
        QCOMPARE(findOnService(u.deviceToken).first().toObject().value(u"InstanceId"_s).toString(),
                 m_rig.sb.groupInstanceId(1));
        QCOMPARE(m_rig.ledger()->userEvents(u.deviceToken).first().action, tc::LedgerUserAction::moved());
        // Now the first group is the one offered.
        QCOMPARE(targets->currentData().toString(), RegistrationRig::groupProfile());
    }

    void userSession_readsOnlyItsOwnProfile()
    {
        tc::RegistrationProfile p;
        p.firstName = u"Ulla"_s;
        const Registered u = registerUser(p, 0);
        tc::Profile up;
        up.name = u"Sandbox process — Ulla"_s;
        up.environment = tc::ProfileEnvironment::Custom;
        up.url = m_rig.sb.baseUrl();
        up.kind = tc::ProfileKind::User;
        up.instanceId = m_rig.sb.groupInstanceId(0);
        QVERIFY(!m_rig.services->profiles()->save(up).isError());
        QVERIFY(GuiTestEnv::writeSecret(*m_rig.services, up.name, tc::SecretItem::deviceToken(),
                                        u.deviceToken.toUtf8()));
        QVERIFY(GuiTestEnv::writeSecret(*m_rig.services, up.name, tc::SecretItem::instanceKey(),
                                        m_rig.sb.groupInstanceKey(0).toUtf8()));
        tc::Session *s = m_rig.services->sessions()->open(up);
        QSignalSpy done(s->logIn(), &tc::SessionTask::finished);
        QVERIFY(done.wait(20000));
        QVERIFY(s->hasTokens());

        QVERIFY(m_page->selectSession(up.name));
        QVERIFY(!m_page->findChild<QPushButton *>(u"Find"_s)->isEnabled());
        auto *mine = m_page->findChild<QPushButton *>(u"MyProfile"_s);
        QVERIFY(mine->isEnabled());
        QTest::mouseClick(mine, Qt::LeftButton);
        QVERIFY(waitTask(m_page.get()));
        QVERIFY(m_page->shownUser());
        QCOMPARE(m_page->shownUser()->value(u"FirstName"_s).toString(), u"Ulla"_s);
        // The list shows it too (it said "Your own profile." over an empty table).
        QCOMPARE(m_page->results()->rowCount(), 1);
        QCOMPARE(m_page->results()->item(0, 1)->text(), u.deviceToken);
        QCOMPARE(m_page->resultText(), u"Your own profile."_s);
        QVERIFY(!m_page->saveButton()->isEnabled()); // an own profile is shown, not changed here
        QVERIFY(!m_page->editor(u"FirstName"_s)->isEnabled());
        QVERIFY(m_page->selectSession(adminProfile()));
    }

    void findThisUser_fromInspectorCardAndLedger()
    {
        tc::MainWindow window(m_rig.services.get());
        window.setAutoStartUp(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        tc::RegistrationProfile p;
        p.firstName = u"Ines"_s;
        const Registered u = registerUser(p, 0);

        // the inspector: the token's DeviceToken claim
        const int inspectorIndex = window.pageIndex(u"Inspector"_s);
        window.setCurrentPage(inspectorIndex);
        tc::TokenInspector *inspector = window.inspector();
        QVERIFY(!inspector->findUserButton()->isEnabled());
        inspector->setToken(u.accessToken);
        QVERIFY(inspector->findUserButton()->isEnabled());
        QTest::mouseClick(inspector->findUserButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), window.pageIndex(u"Users"_s));
        tc::UsersPage *users = window.usersPage();
        QVERIFY(users);
        QTRY_VERIFY_WITH_TIMEOUT(users->shownUser().has_value(), 20000);
        QCOMPARE(users->shownUser()->deviceToken.toLower(), u.deviceToken.toLower());
        QCOMPARE(users->sessionProfile(), adminProfile());

        // a user session's token card
        window.setCurrentPage(window.pageIndex(u"Sessions"_s));
        tc::TokenCard *card = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((card = window.tokenPanel()->card(u"Sandbox process — Ulla"_s)) != nullptr, 10000);
        QTRY_VERIFY(card->findUserButton()->isVisible());
        QVERIFY(!window.tokenPanel()->card(adminProfile())->findUserButton()->isVisible());
        QSignalSpy taskDone(users, &tc::UsersPage::taskFinished);
        QTest::mouseClick(card->findUserButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), window.pageIndex(u"Users"_s));
        QVERIFY(taskDone.wait(20000));
        QCOMPARE(users->shownUser()->value(u"FirstName"_s).toString(), u"Ulla"_s);

        // a ledger row
        tc::LedgerEntry e;
        e.source = tc::LedgerSource::create();
        e.state = tc::LedgerState::done();
        e.deviceToken = u.deviceToken;
        e.instanceId = m_rig.sb.groupInstanceId(0);
        QVERIFY(m_rig.ledger()->add(e));
        window.setCurrentPage(window.pageIndex(u"Ledger"_s));
        auto *ledgerPage = qobject_cast<tc::LedgerPage *>(window.page(window.pageIndex(u"Ledger"_s)));
        QVERIFY(ledgerPage);
        ledgerPage->setSearchText(u.deviceToken);
        auto *view = ledgerPage->findChild<QTableView *>(u"Entries"_s);
        QTRY_VERIFY(!ledgerPage->model()->isLoading() && view->model()->rowCount() >= 1);
        QVERIFY(!ledgerPage->findUserButton()->isEnabled());
        view->selectRow(0);
        QVERIFY(ledgerPage->findUserButton()->isEnabled());
        QSignalSpy again(users, &tc::UsersPage::taskFinished);
        QTest::mouseClick(ledgerPage->findUserButton(), Qt::LeftButton);
        QCOMPARE(window.currentPage(), window.pageIndex(u"Users"_s));
        QVERIFY(again.wait(20000));
        QCOMPARE(users->shownUser()->value(u"FirstName"_s).toString(), u"Ines"_s);
    }
};

QTEST_MAIN(TestUsersPage)
#include "TestUsersPage.moc"
