// The Traffic work area offscreen against a sandbox process: a session's login made elsewhere
// shows up with who and why and no secret (details, curl); the filters; the composer's body
// check, its 401 explained by the token sent (none), a session's bearer, a 429 with a Retry-After
// countdown, and named requests saved without secrets.
#include "GuiTestEnv.h"
#include "SandboxProcess.h"

#include "core/auth/OpenSessions.h"
#include "core/auth/Session.h"
#include "core/ledger/Ledger.h"
#include "core/services/RegistrationService.h"
#include "core/services/RequestComposer.h"
#include "core/traffic/TrafficModel.h"
#include "core/traffic/TrafficRecorder.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/TrafficPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

class TestTrafficPage : public QObject
{
    Q_OBJECT

    GuiTestEnv m_env;
    SandboxProcess m_sb;
    QTemporaryDir m_dir;
    std::unique_ptr<tc::ConsoleServices> m_services;
    const QString m_admin = u"Sandbox process — admin"_s;
    const QString m_group = u"Sandbox process — group"_s;

    template <typename W>
    static W *named(QWidget *root, const QString &accessibleName)
    {
        const auto all = root->findChildren<W *>();
        for (W *w : all) {
            if (w->accessibleName() == accessibleName)
                return w;
        }
        return nullptr;
    }

    static QPushButton *button(QWidget *root, const QString &text)
    {
        const auto all = root->findChildren<QPushButton *>();
        for (QPushButton *b : all) {
            if (b->text().remove(u'&') == text && b->isVisible())
                return b;
        }
        return nullptr;
    }

    static void choose(QComboBox *box, const QString &data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }

    // The admin profile's session, logged in (null, with the test failed, when it cannot be).
    tc::Session *logInAdmin()
    {
        tc::Session *session = m_services->sessions()->open(*m_services->profiles()->profile(m_admin));
        if (!session)
            return nullptr;
        tc::SessionTask *task = session->logIn();
        QSignalSpy done(task, &tc::SessionTask::finished);
        if (!done.wait(15000) || !session->hasTokens()) {
            QTest::qFail(qPrintable(u"login failed: "_s + session->lastError().message()), __FILE__, __LINE__);
            return nullptr;
        }
        return session;
    }

    void compose(tc::TrafficPage &page, const QString &profile, const QString &auth, const QByteArray &method,
                 const QString &path, const QString &body = {})
    {
        choose(named<QComboBox>(&page, u"Send as profile"_s), profile);
        choose(named<QComboBox>(&page, u"Auth"_s), auth);
        named<QComboBox>(&page, u"Request method"_s)->setCurrentText(QString::fromLatin1(method));
        auto *pathEdit = named<QLineEdit>(&page, u"Request path"_s);
        pathEdit->setText(path);
        named<QPlainTextEdit>(&page, u"Request body"_s)->setPlainText(body);
    }

    bool sendAndWait(tc::TrafficPage &page)
    {
        QPushButton *send = button(&page, u"Send"_s);
        if (!send || !send->isEnabled())
            return false;
        QTest::mouseClick(send, Qt::LeftButton);
        return QTest::qWaitFor([&] { return !page.verdictText().startsWith(u"Sending"_s); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sb.start({u"--login-limit"_s, u"3"_s, u"--login-window"_s, u"120"_s}),
                 qPrintable(m_sb.errorString()));
        tc::ConsoleServices::Options o;
        o.settings = std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        o.keychainService = GuiTestEnv::keychainService();
        o.ledgerPath = m_dir.filePath(u"ledger.sqlite"_s);
        o.trafficPath = m_dir.filePath(u"traffic.sqlite"_s);
        m_services = std::make_unique<tc::ConsoleServices>(std::move(o));

        tc::Profile a;
        a.name = m_admin;
        a.environment = tc::ProfileEnvironment::Custom;
        a.url = m_sb.baseUrl();
        a.kind = tc::ProfileKind::Admin;
        a.instanceId = m_sb.adminInstanceId();
        a.email = m_sb.adminEmail();
        QVERIFY(!m_services->profiles()->save(a).isError());
        QVERIFY(GuiTestEnv::writeSecret(*m_services, m_admin, tc::SecretItem::apiPassword(),
                                        m_sb.adminPassword().toUtf8()));
        tc::Profile g;
        g.name = m_group;
        g.environment = tc::ProfileEnvironment::Custom;
        g.url = m_sb.baseUrl();
        g.kind = tc::ProfileKind::GroupKey;
        g.instanceId = m_sb.groupInstanceId(0);
        QVERIFY(!m_services->profiles()->save(g).isError());
        QVERIFY(GuiTestEnv::writeSecret(*m_services, m_group, tc::SecretItem::instanceKey(),
                                        m_sb.groupInstanceKey(0).toUtf8()));
    }

    void aSessionsLogin_isRecorded_withWhoAndWhy_andNoSecret()
    {
        tc::TrafficPage page(m_services.get());
        page.show();
        tc::Session *session = logInAdmin();
        QVERIFY(session);

        QTRY_VERIFY(page.model()->rowCount() >= 1);
        const int row = page.model()->rowCount() - 1;
        QCOMPARE(page.model()->index(row, tc::TrafficModel::Path).data().toString(), u"/v1/Auth/Login"_s);
        QCOMPARE(page.model()->index(row, tc::TrafficModel::Profile).data().toString(), m_admin);
        QCOMPARE(page.model()->index(row, tc::TrafficModel::Session).data().toString(), u"admin session"_s);
        QCOMPARE(page.model()->index(row, tc::TrafficModel::Why).data().toString(), u"login"_s);

        auto *view = page.findChild<QTableView *>(u"trafficTable"_s);
        view->selectRow(page.filter()->mapFromSource(page.model()->index(row, 0)).row());
        const QString details = page.detailsText();
        QVERIFY2(details.contains(u"\"Password\": \"•••• (hidden)\""_s), qPrintable(details));
        QVERIFY(!details.contains(m_sb.adminPassword()));
        QVERIFY(!details.contains(session->accessToken()));
        QVERIFY(details.contains(u"Sent by:"_s));

        QTest::mouseClick(button(&page, u"Copy as curl"_s), Qt::LeftButton);
        const QString curl = QApplication::clipboard()->text();
        QVERIFY2(curl.contains(u"$TELEMATICS_PASSWORD"_s), qPrintable(curl));
        QVERIFY(!curl.contains(m_sb.adminPassword()));

        const QString har = m_dir.filePath(u"page.har"_s);
        QString error;
        QVERIFY(page.exportHar(har, page.chosenExchanges(), &error));
        QFile f(har);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(QJsonDocument::fromJson(bytes).object().value(u"log"_s).toObject().value(u"entries"_s).toArray().size()
                == 1);
        QVERIFY(!bytes.contains(m_sb.adminPassword().toUtf8()));

        // Filters: path text and errors only. A new filter keeps the selected row that it still shows.
        QTest::keyClicks(named<QLineEdit>(&page, u"Path contains"_s), u"AUTH/log"_s);
        QTRY_COMPARE(page.filter()->criteria().pathText, u"AUTH/log"_s);
        QVERIFY(page.filter()->rowCount() >= 1);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(page.filter()->mapToSource(view->selectionModel()->selectedRows().first()).row(), row);
        QVERIFY(page.detailsText().contains(u"Sent by:"_s));
        named<QLineEdit>(&page, u"Path contains"_s)->clear();
        QTest::keyClicks(named<QLineEdit>(&page, u"Path contains"_s), u"nothing-like-this"_s);
        QTRY_COMPARE(page.filter()->rowCount(), 0);
        named<QLineEdit>(&page, u"Path contains"_s)->clear();
        QTRY_COMPARE(page.filter()->rowCount(), page.model()->rowCount());
    }

    void reveal_showsThisRunsSecretsOnScreenOnly_andAnUnredactedCopyAsksEachTime()
    {
        tc::TrafficPage page(m_services.get());
        page.show();
        tc::Session *session = logInAdmin();
        QVERIFY(session);
        const QString password = m_sb.adminPassword();
        const QString jwt = u"\"Token\": \"eyJ"_s; // the JWT in the login's answer

        QTRY_VERIFY(page.model()->rowCount() >= 1);
        const int row = page.model()->rowCount() - 1;
        QCOMPARE(page.model()->index(row, tc::TrafficModel::Path).data().toString(), u"/v1/Auth/Login"_s);
        auto *view = page.findChild<QTableView *>(u"trafficTable"_s);
        view->selectRow(page.filter()->mapFromSource(page.model()->index(row, 0)).row());
        QVERIFY(!page.detailsText().contains(password));

        // Reveal: on screen, until switched off.
        auto *reveal = page.findChild<QCheckBox *>(u"trafficReveal"_s);
        QVERIFY(reveal && !reveal->isChecked());
        QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
        QVERIFY(page.detailsRevealed());
        QVERIFY2(page.detailsText().contains(password), qPrintable(page.detailsText().left(300)));
        QVERIFY(page.detailsText().contains(jwt));
        QVERIFY(page.detailsText().startsWith(u"Secrets shown, on screen only"_s));
        // A plain copy while revealed stays redacted.
        QTest::mouseClick(button(&page, u"Copy as curl"_s), Qt::LeftButton);
        QVERIFY(!QApplication::clipboard()->text().contains(password));
        QVERIFY(QApplication::clipboard()->text().contains(u"$TELEMATICS_PASSWORD"_s));
        QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
        QVERIFY(!page.detailsRevealed());
        QVERIFY(!page.detailsText().contains(password));
        QVERIFY(!page.detailsText().contains(jwt));

        // Declined (and No is what Enter picks): nothing unredacted reaches the clipboard.
        QApplication::clipboard()->setText(u"before"_s);
        const int answered = tc::MessageBox::seamAnswers();
        tc::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(button(&page, u"Copy unredacted…"_s), Qt::LeftButton);
        QTRY_COMPARE(tc::MessageBox::seamAnswers(), answered + 1);
        QVERIFY(tc::MessageBox::lastText().contains(u"plain text"_s));
        QTRY_VERIFY(page.findChild<QLabel *>(u"trafficNote"_s)->text().contains(u"Nothing was copied"_s));
        QCOMPARE(QApplication::clipboard()->text(), u"before"_s);

        // Confirmed: this one copy carries the secrets...
        tc::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(&page, u"Copy unredacted…"_s), Qt::LeftButton);
        QTRY_VERIFY(QApplication::clipboard()->text().contains(password));
        QVERIFY(!QApplication::clipboard()->text().contains(u"$TELEMATICS_PASSWORD"_s));
        // ...and the next plain copy is redacted again.
        QTest::mouseClick(button(&page, u"Copy as curl"_s), Qt::LeftButton);
        QVERIFY(!QApplication::clipboard()->text().contains(password));
        QVERIFY(QApplication::clipboard()->text().contains(u"$TELEMATICS_PASSWORD"_s));

        // Declining an unredacted export writes nothing either (no file dialog follows).
        tc::MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(button(&page, u"Export unredacted…"_s), Qt::LeftButton);
        QTRY_COMPARE(tc::MessageBox::seamAnswers(), answered + 3);
        QVERIFY(tc::MessageBox::lastText().contains(u"HAR"_s));
        QVERIFY(!QApplication::activeModalWidget());

        // Leaving the area ends a reveal.
        QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
        QVERIFY(page.detailsRevealed());
        page.hide();
        QVERIFY(!page.detailsRevealed());
        page.show();

        // Exchanges taken in from the history (as after a restart) never had their secrets kept:
        // the pane says so plainly, and an unredacted copy has nothing to copy.
        m_services->trafficStore()->flush();
        m_services->traffic()->setStore(m_services->trafficStore());
        page.model()->flush();
        const int last = page.model()->rowCount() - 1;
        QVERIFY(m_services->traffic()->isFromEarlierRun(page.model()->row(last).id));
        view->clearSelection();
        view->selectRow(page.filter()->mapFromSource(page.model()->index(last, 0)).row());
        page.setDetailsRevealed(true);
        QVERIFY2(page.detailsText().contains(u"secrets of exchanges from an earlier run were never kept"_s),
                 qPrintable(page.detailsText().left(200)));
        QVERIFY(!page.detailsText().contains(password));
        QApplication::clipboard()->setText(u"before"_s);
        tc::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button(&page, u"Copy unredacted…"_s), Qt::LeftButton);
        QTRY_COMPARE(tc::MessageBox::seamAnswers(), answered + 4);
        QVERIFY(tc::MessageBox::lastText().contains(u"Nothing was copied"_s));
        QCOMPARE(QApplication::clipboard()->text(), u"before"_s);
        page.setDetailsRevealed(false);
    }

    void composer_labelsWithAShortcut_haveABuddy()
    {
        // A form label whose field is a row of widgets showed "Send &as:" with its "&" (seen on
        // screen): every label with a shortcut names the control it moves to.
        tc::TrafficPage page(m_services.get());
        page.show();
        page.showComposer();
        const auto labels = page.findChildren<QLabel *>();
        int withShortcut = 0;
        for (const QLabel *l : labels) {
            if (l->text().remove(u"&&"_s).contains(u'&')) {
                ++withShortcut;
                QVERIFY2(l->buddy(), qPrintable(l->text()));
            }
        }
        QVERIFY(withShortcut >= 5);
    }

    void composer_bodyIsChecked_andPrettyPrinted()
    {
        tc::TrafficPage page(m_services.get());
        page.show();
        page.showComposer();
        auto *body = named<QPlainTextEdit>(&page, u"Request body"_s);
        body->setPlainText(u"{\"Quantity\": 2,"_s);
        QVERIFY(!button(&page, u"Send"_s)->isEnabled());
        QVERIFY(page.findChild<QLabel *>(u"bodyState"_s)->text().contains(u"Not JSON"_s));
        // The place named is the character that does not fit, counted as a person counts.
        const auto state = [&] { return page.findChild<QLabel *>(u"bodyState"_s)->text(); };
        for (const auto &[text, where] :
             {std::pair{u"{\"Quantity\": }"_s, u"line 1, column 14"_s}, std::pair{u"[1,2,,3]"_s, u"line 1, column 6"_s},
              std::pair{u"{\n  \"Ім'я\" 1\n}"_s, u"line 2, column 10"_s},
              std::pair{u"{\n  \"a\": x\n}"_s, u"line 2, column 8"_s},
              std::pair{u"{\"a\":1}x"_s, u"line 1, column 8"_s}}) {
            body->setPlainText(text);
            QVERIFY2(state().contains(where), qPrintable(text + u" → "_s + state()));
        }
        body->setPlainText(u"{\"Quantity\":2}"_s);
        QVERIFY(button(&page, u"Send"_s)->isEnabled());
        QTest::mouseClick(button(&page, u"Pretty-print"_s), Qt::LeftButton);
        QCOMPARE(body->toPlainText(), u"{\n    \"Quantity\": 2\n}\n"_s);
    }

    void composer_401WithoutAToken_isExplained_thenTheSessionsBearerWorks()
    {
        tc::TrafficPage page(m_services.get());
        page.show();
        page.showComposer();
        compose(page, m_admin, u"none"_s, "GET", u"/v1/Management/users/find?Email=nobody%40x.y"_s);
        QVERIFY(sendAndWait(page));
        QVERIFY2(page.verdictText().contains(u"401: no token was sent"_s), qPrintable(page.verdictText()));
        QCOMPARE(page.composedExchange()->status, 401);
        QCOMPARE(page.composedExchange()->purpose, u"composer"_s);

        compose(page, m_admin, u"session"_s, "GET", u"/v1/Management/users/find?Email=nobody%40x.y"_s);
        QVERIFY(sendAndWait(page));
        QCOMPARE(page.composedExchange()->status, 200);
        QVERIFY(page.composedExchange()->bearerSent);
        QVERIFY2(page.verdictText().contains(u"success"_s), qPrintable(page.verdictText()));
    }

    // An envelope without a Title says so, instead of showing empty quotes (seen walking the
    // composer: "Title “”" under a 200).
    void details_envelopeWithoutTitle_saysSo()
    {
        tc::Exchange x;
        x.method = "POST";
        x.url = QUrl(u"http://127.0.0.1:1/v1/Management/users/GetFilteredPage"_s);
        x.status = 200;
        x.durationMs = 3;
        x.started = x.finished = QDateTime::currentDateTimeUtc();
        x.replyBody = R"({"Result":{"Users":[]},"Status":200,"Title":""})";
        x.envelopeStatus = 200;
        const QString plain = tc::TrafficPage::describe(x);
        QVERIFY2(plain.contains(u"Envelope: Status 200, no Title"_s), qPrintable(plain));
        QVERIFY(!plain.contains(u"Title “”"_s));

        x.replyBody = R"({"Result":null,"Status":401,"Title":"Unauthorized"})";
        x.envelopeStatus = 401;
        x.envelopeTitle = u"Unauthorized"_s;
        QVERIFY2(tc::TrafficPage::describe(x).contains(u"Envelope: Status 401 · Title “Unauthorized”"_s),
                 qPrintable(tc::TrafficPage::describe(x)));
    }

    void composer_reveal_affectsTheScreenOnly()
    {
        tc::TrafficPage page(m_services.get());
        page.show();
        page.showComposer();
        const QString body = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"LoginFields"_s, QJsonObject{{u"Email"_s, m_sb.adminEmail()}}},
                                          {u"Password"_s, m_sb.adminPassword()}})
                        .toJson());
        compose(page, m_admin, u"none"_s, "POST", u"/v1/Auth/Login"_s, body);
        QVERIFY(sendAndWait(page));
        QCOMPARE(page.composedExchange()->status, 200);
        QVERIFY(!page.responseText().contains(u".eyJ"_s));
        page.setRevealed(true);
        QVERIFY(page.responseText().contains(u".eyJ"_s));              // the JWT, on screen
        QVERIFY(!page.composedExchange()->replyBody.contains(".eyJ")); // what copies and exports use
        QTest::mouseClick(button(&page, u"Copy as curl"_s), Qt::LeftButton);
        QVERIFY(!QApplication::clipboard()->text().contains(m_sb.adminPassword()));
        page.setRevealed(false);
        QVERIFY(!page.responseText().contains(u".eyJ"_s));
    }

    void composer_429_countsDown()
    {
        tc::TrafficPage page(m_services.get());
        page.show();
        page.showComposer();
        const QString body = QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"LoginFields"_s, QJsonObject{{u"Email"_s, m_sb.adminEmail()}}},
                                          {u"Password"_s, u"wrong"_s}})
                        .toJson());
        int status = 0;
        for (int i = 0; i < 6 && status != 429; ++i) {
            compose(page, m_group, u"none"_s, "POST", u"/v1/Auth/Login"_s, body);
            QVERIFY(sendAndWait(page));
            status = page.composedExchange()->status;
        }
        QCOMPARE(status, 429);
        QVERIFY2(page.verdictText().contains(u"429"_s) && page.verdictText().contains(u"Retry-After"_s),
                 qPrintable(page.verdictText()));
        const QString first = page.countdownText();
        QVERIFY2(first.startsWith(u"Try again in "_s), qPrintable(first));
        QTRY_VERIFY_WITH_TIMEOUT(page.countdownText() != first, 3000); // it counts down
        QVERIFY(page.countdownText().startsWith(u"Try again in "_s));
    }

    void composer_groupKeyHeaders_andSavedRequestsKeepNoSecret()
    {
        tc::TrafficPage page(m_services.get());
        page.show();
        page.showComposer();
        compose(page, m_group, u"group-key"_s, "POST", u"/v1/Registration/Create"_s, u"{\"FirstName\":\"Ann\"}"_s);
        named<QPlainTextEdit>(&page, u"Request headers"_s)->setPlainText(u"X-Trace: t-1"_s);
        QVERIFY(sendAndWait(page));
        QCOMPARE(page.composedExchange()->status, 200);
        QVERIFY(!page.composedExchange()->replyBody.contains(m_sb.groupInstanceKey(0).toUtf8()));
        // The user it created is in the ledger before it is shown.
        QVERIFY2(page.verdictText().contains(u"1 DeviceToken recorded in the ledger"_s),
                 qPrintable(page.verdictText()));
        const QString dt = QJsonDocument::fromJson(page.composedExchange()->replyBody)
                                   .object()
                                   .value(u"Result"_s)
                                   .toObject()
                                   .value(u"DeviceToken"_s)
                                   .toString();
        QVERIFY(!dt.isEmpty());
        tc::LedgerQuery q;
        q.text = dt;
        QCOMPARE(m_services->registration()->ledger()->count(q), qint64(1));

        // Saved: what was typed, without the secrets typed into it.
        named<QPlainTextEdit>(&page, u"Request body"_s)
                ->setPlainText(u"{\"FirstName\":\"Ann\",\"Password\":\"typed-secret-1\"}"_s);
        named<QPlainTextEdit>(&page, u"Request headers"_s)
                ->setPlainText(u"X-Trace: t-1\nAuthorization: Bearer typed-secret-2"_s);
        named<QLineEdit>(&page, u"Save as name"_s)->setText(u"create ann"_s);
        QTest::mouseClick(button(&page, u"Save"_s), Qt::LeftButton);
        m_services->settings()->sync();
        QFile ini(m_dir.filePath(u"profiles.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(!settings.contains("typed-secret-1"));
        QVERIFY(!settings.contains("typed-secret-2"));
        QVERIFY(!settings.contains(m_sb.groupInstanceKey(0).toUtf8()));

        const auto saved = page.composer()->saved(u"create ann"_s);
        QVERIFY(saved);
        QCOMPARE(saved->path, u"/v1/Registration/Create"_s);
        QCOMPARE(saved->auth, tc::ComposedRequest::Auth::GroupKey);
        QCOMPARE(tc::ComposedRequest::headersText(saved->headers), u"X-Trace: t-1"_s);
    }

    void mainWindow_hasTheTrafficArea()
    {
        tc::MainWindow w(m_services.get());
        w.show();
        QListWidget *navigation = nullptr;
        int row = -1;
        for (QListWidget *list : w.findChildren<QListWidget *>()) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->text() == u"Traffic"_s) {
                    navigation = list;
                    row = i;
                }
            }
        }
        QVERIFY(navigation);
        QVERIFY(row < 9); // it has a Ctrl+N shortcut
        navigation->setCurrentRow(row);
        QTRY_VERIFY(w.findChild<tc::TrafficPage *>() != nullptr);
        QVERIFY(w.findChild<tc::TrafficPage *>()->isVisible());
    }
};

QTEST_MAIN(TestTrafficPage)
#include "TestTrafficPage.moc"
