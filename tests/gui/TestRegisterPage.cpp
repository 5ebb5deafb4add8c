// The one-user and CreateMany pages, offscreen against a sandbox process: validation as you type,
// the service's Errors[].Key under the matching field, the DeviceToken recorded in the ledger
// before it is shown (tokens masked), "log in as this user", CreateMany's table and exports.
#include "RegistrationRig.h"
#include "core/api/ApiClient.h"
#include "core/ledger/Ledger.h"
#include "core/registration/RegistrationManyJob.h"
#include "ui/MessageBox.h"
#include "ui/RegisterManyPage.h"
#include "ui/RegisterPage.h"
#include "ui/RegistrationTargetBox.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

class TestRegisterPage : public QObject
{
    Q_OBJECT
    RegistrationRig m_rig;
    SandboxProcess &m_sb = m_rig.sb;
    QTemporaryDir &m_dir = m_rig.dir;
    tc::Ledger *ledger() const { return m_rig.ledger(); }
    QSet<QString> m_unrecorded; // DeviceTokens a test made unrecordable on purpose (shown as NOT recorded)

    static void type(QWidget *w, const QString &text)
    {
        auto *e = qobject_cast<QLineEdit *>(w);
        QVERIFY(e);
        e->clear();
        QTest::keyClicks(e, text);
    }

    std::unique_ptr<tc::RegisterPage> page()
    {
        auto p = std::make_unique<tc::RegisterPage>(m_rig.registration());
        p->setTarget(m_rig.target());
        p->show();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_rig.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanupTestCase()
    {
        // After every path these pages register by, each user the sandbox made is in the ledger
        // (done, or unknown for a lost answer), except those a test made unrecordable on purpose.
        const QJsonArray users = m_sb.issuedUsers();
        QVERIFY(users.size() > m_unrecorded.size());
        for (const QJsonValue &u : users) {
            const QString token = u.toObject().value(u"DeviceToken"_s).toString();
            if (m_unrecorded.contains(token))
                continue;
            QVERIFY2(ledger()->findByDeviceToken(token), qPrintable(token));
        }
    }

    void validation_asYouType_marksTheFieldAndHoldsRegister()
    {
        auto p = page();
        QVERIFY(p->canRegister()); // an empty profile is valid
        type(p->editor(u"Email"_s), u"not-an-email"_s);
        QVERIFY(p->fieldError(u"Email"_s).contains(u"@"_s));
        QVERIFY(!p->canRegister());
        type(p->editor(u"Email"_s), u"ada@example.org"_s);
        QVERIFY(p->fieldError(u"Email"_s).isEmpty());
        QVERIFY(p->canRegister());

        type(p->editor(u"CustomToken"_s), u"not-a-uuid"_s);
        QVERIFY(p->fieldError(u"CustomToken"_s).contains(u"UUID"_s));
        QVERIFY(!p->canRegister());
        QTest::mouseClick(p->findChild<QPushButton *>(u"GenerateCustomToken"_s), Qt::LeftButton);
        QVERIFY(!QUuid::fromString(qobject_cast<QLineEdit *>(p->editor(u"CustomToken"_s))->text()).isNull());
        QVERIFY(p->fieldError(u"CustomToken"_s).isEmpty());

        type(p->editor(u"ImageUrl"_s), u"just words"_s);
        QVERIFY(!p->fieldError(u"ImageUrl"_s).isEmpty());
        type(p->editor(u"ImageUrl"_s), u"https://example.org/a.png"_s);
        QVERIFY(p->fieldError(u"ImageUrl"_s).isEmpty());

        // Every field reaches the profile.
        qobject_cast<QComboBox *>(p->editor(u"Gender"_s))->setCurrentIndex(2);
        p->findChild<QCheckBox *>(u"BirthdaySet"_s)->setChecked(true);
        type(p->editor(u"ClientId"_s), u"crm-7"_s);
        qobject_cast<QCheckBox *>(p->editor(u"EnableTracking"_s))->setCheckState(Qt::Unchecked);
        qobject_cast<QCheckBox *>(p->editor(u"CreateAccessToken"_s))->setChecked(false);
        const tc::RegistrationProfile profile = p->profile();
        QCOMPARE(profile.gender, u"Male"_s);
        QCOMPARE(profile.birthday, u"1990-01-01"_s);
        QCOMPARE(profile.userFields->clientId, u"crm-7"_s);
        QCOMPARE(profile.userFields->enableTracking, false);
        QVERIFY(!profile.userFields->enabled); // partly checked: not sent
        QCOMPARE(profile.createAccessToken, false);

        // No target: nothing can be sent, and the page says why.
        p->setTarget(std::nullopt, u"No group-key profile for this service."_s);
        QVERIFY(!p->canRegister());
        QVERIFY(p->targetBox()->description().contains(u"No group-key profile"_s));
    }

    void register_recordsBeforeShowing_masksTokens_offersLogin()
    {
        auto p = page();
        p->resize(900, 400); // a short window: the result is below the fold of the form
        type(p->editor(u"FirstName"_s), u"Ada"_s);
        type(p->editor(u"ClientId"_s), u"gui-one"_s);
        QSignalSpy registered(p.get(), &tc::RegisterPage::registered);
        QTest::mouseClick(p->findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QVERIFY(registered.wait(10000));
        const QString token = p->resultDeviceToken();
        QCOMPARE(registered.first().first().toString(), token);
        // The result comes into view where the person is looking.
        auto *scroll = p->findChild<QScrollArea *>();
        auto *tokenField = p->findChild<QWidget *>(u"ResultDeviceToken"_s);
        QVERIFY(scroll && tokenField);
        const auto tokenInView = [&] {
            const QRect r(tokenField->mapTo(scroll->viewport(), QPoint(0, 0)), tokenField->size());
            return scroll->viewport()->rect().contains(r);
        };
        QTRY_VERIFY(tokenInView());
        QVERIFY(!token.isEmpty());
        // A screen reader names the field (it read a bare UUID: the row's label names a layout).
        QCOMPARE(QAccessible::queryAccessibleInterface(tokenField)->text(QAccessible::Name), u"DeviceToken"_s);
        const auto e = ledger()->findByDeviceToken(token);
        QVERIFY(e);
        QCOMPARE(e->state, tc::LedgerState::done());
        QCOMPARE(e->clientId, u"gui-one"_s);
        QCOMPARE(e->instanceId, m_sb.groupInstanceId(0));
        QVERIFY(p->ledgerNote().contains(u"Recorded"_s));
        QVERIFY(p->resultText().contains(u"●●●●"_s));
        QVERIFY(!p->resultText().contains(u"eyJ"_s)); // no JWT on screen
        bool issued = false;
        for (const QJsonValue &u : m_sb.issuedUsers())
            issued = issued || u.toObject().value(u"DeviceToken"_s).toString() == token;
        QVERIFY(issued);

        QSignalSpy login(p.get(), &tc::RegisterPage::loginAsUserRequested);
        QTest::mouseClick(p->findChild<QPushButton *>(u"LoginAsUser"_s), Qt::LeftButton);
        QCOMPARE(login.count(), 1);
        QCOMPARE(login.first().at(0).toString(), token);
        QCOMPARE(p->lastTarget()->profileName, RegistrationRig::groupProfile());
    }

    // The three UserFields check boxes read alike to a screen reader: each named by its text and
    // described by its tooltip ("Enable tracking" was described "UserFields", its row's label).
    void userFieldBoxes_namedByTextDescribedByTooltip()
    {
        auto p = page();
        for (const QString &field : {u"EnableTracking"_s, u"EnableLogging"_s, u"Enabled"_s}) {
            auto *box = qobject_cast<QCheckBox *>(p->editor(field));
            QVERIFY2(box, qPrintable(field));
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(box);
            QCOMPARE(a->text(QAccessible::Name), box->text().remove(u'&'));
            QCOMPARE(a->text(QAccessible::Description), u"Partly checked: not sent (the service's default applies)."_s);
        }
    }

    void serviceErrors_landUnderTheMatchingField()
    {
        auto p = page();
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        type(p->editor(u"CustomToken"_s), custom);
        QSignalSpy registered(p.get(), &tc::RegisterPage::registered);
        QTest::mouseClick(p->findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QVERIFY(registered.wait(10000));
        QCOMPARE(p->resultDeviceToken(), custom);

        // The same CustomToken again: the service refuses it with Errors[].Key = CustomToken.
        QTest::mouseClick(p->findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p->fieldError(u"CustomToken"_s).isEmpty(), 10000);
        QVERIFY2(p->fieldError(u"CustomToken"_s).contains(u"in use"_s), qPrintable(p->fieldError(u"CustomToken"_s)));
        QVERIFY(p->fieldError(u"Email"_s).isEmpty());
        // Editing the field clears the service's complaint.
        type(p->editor(u"CustomToken"_s), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(p->fieldError(u"CustomToken"_s).isEmpty());

        // A wrong group key: the service's InstanceKey error lands in the group box.
        tc::ApiError::ReplyFacts facts;
        facts.httpStatus = 400;
        facts.contentType = "application/json";
        facts.body
                = R"({"Result":null,"Status":400,"Title":"Validation","Errors":[{"Key":"UserFields.ClientId","Message":"too long"},{"Key":"Email","Message":"taken"},{"Key":"Nope","Message":"x"}]})";
        const tc::ApiError error = tc::ApiError::classify(facts);
        QCOMPARE(p->showServiceErrors(error), 2);
        QCOMPARE(p->fieldError(u"ClientId"_s), u"too long"_s);
        QCOMPARE(p->fieldError(u"Email"_s), u"taken"_s);
    }

    void customToken_droppedAnswer_tokenStillKnownAndRecorded()
    {
        auto p = page();
        const QString custom = QUuid::createUuid().toString(QUuid::WithoutBraces);
        type(p->editor(u"CustomToken"_s), custom);
        QVERIFY(m_sb.injectFault({{u"kind"_s, u"drop-after"_s}, {u"path"_s, u"/v1/Registration/Create"_s}}));
        QTest::mouseClick(p->findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(p->resultDeviceToken(), custom, 10000);
        QVERIFY(p->resultText().contains(u"No certain answer"_s));
        const auto e = ledger()->findByDeviceToken(custom);
        QVERIFY(e);
        QCOMPARE(e->state, tc::LedgerState::unknown());
        QVERIFY(!p->findChild<QPushButton *>(u"LoginAsUser"_s)->isEnabled());
    }

    void ledgerFull_tokenStillShownAndSaidSo()
    {
        tc::Ledger &full = *ledger();
        full.setPageLimitForTesting(full.pageCount());
        const auto restore = qScopeGuard([&full] { full.setPageLimitForTesting(1 << 30); });
        tc::RegisterPage p(m_rig.registration());
        p.setTarget(m_rig.target());
        p.show();
        // More than the room left (a page is 4 KiB), each field within the sandbox's 1,000 characters.
        for (const QString &name :
             {u"FirstName"_s, u"LastName"_s, u"Nickname"_s, u"Country"_s, u"District"_s, u"City"_s, u"Address"_s}) {
            auto *edit = qobject_cast<QLineEdit *>(p.editor(name));
            QVERIFY2(edit, qPrintable(name));
            edit->setText(QString(1000, u'x'));
        }
        QTest::mouseClick(p.findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p.resultDeviceToken().isEmpty(), 10000);
        QVERIFY2(p.ledgerNote().contains(u"NOT recorded"_s), qPrintable(p.ledgerNote()));
        QVERIFY(!full.findByDeviceToken(p.resultDeviceToken()));
        m_unrecorded.insert(p.resultDeviceToken());

        tc::RegisterManyPage many(m_rig.registration());
        many.setTarget(m_rig.target());
        many.setQuantity(200);
        QSignalSpy registered(&many, &tc::RegisterManyPage::registered);
        many.registerMany();
        QVERIFY(registered.wait(10000));
        QCOMPARE(many.table()->rowCount(), 200); // shown all the same
        QVERIFY2(many.statusText().contains(u"NOT recorded"_s), qPrintable(many.statusText()));
        for (const tc::AuthResult &r : many.results())
            m_unrecorded.insert(r.deviceToken);
    }

    void createMany_tableLedgerAndExports()
    {
        tc::RegisterManyPage p(m_rig.registration());
        p.setTarget(m_rig.target());
        p.setQuantity(5);
        p.show();
        QSignalSpy registered(&p, &tc::RegisterManyPage::registered);
        QTest::mouseClick(p.findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QVERIFY(registered.wait(10000));
        QCOMPARE(registered.first().first().toInt(), 5);
        QCOMPARE(p.table()->rowCount(), 5);
        QVERIFY(p.statusText().contains(u"recorded in the ledger"_s));
        QStringList tokens;
        for (int i = 0; i < 5; ++i) {
            tokens.append(p.table()->item(i, 1)->text());
            QCOMPARE(p.table()->item(i, 2)->text(), u"●●●●●●●●"_s);
            const auto e = ledger()->findByDeviceToken(tokens.last());
            QVERIFY(e && e->source == tc::LedgerSource::createMany() && e->state == tc::LedgerState::done());
        }

        QString error;
        const QString csv = m_dir.filePath(u"many.csv"_s);
        QVERIFY2(p.exportTo(csv, tc::RegisterManyPage::Format::Csv, false, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first().trimmed(), QByteArray("DeviceToken,ExpiresIn"));
        QVERIFY(lines.at(1).startsWith(tokens.first().toUtf8()));

        const QString json = m_dir.filePath(u"many.json"_s);
        QVERIFY(p.exportTo(json, tc::RegisterManyPage::Format::Json, true, &error));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QJsonArray results = QJsonDocument::fromJson(j.readAll()).object().value(u"Results"_s).toArray();
        QCOMPARE(results.size(), 5);
        QCOMPARE(results.at(4).toObject().value(u"DeviceToken"_s).toString(), tokens.at(4));
        QVERIFY(results.at(0).toObject().value(u"AccessToken"_s).toString().startsWith(u"eyJ"_s));
        // Tokens are secrets, and DeviceTokens are what the ledger keeps owner-only: both files
        // are readable by their owner only.
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(json) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(json) & QFileDevice::ReadOwner);
        QCOMPARE(QFile::permissions(csv) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(csv) & QFileDevice::ReadOwner);
        const QString csvTokens = m_dir.filePath(u"many-tokens.csv"_s);
        QVERIFY(p.exportTo(csvTokens, tc::RegisterManyPage::Format::Csv, true, &error));
        QCOMPARE(QFile::permissions(csvTokens) & others, QFileDevice::Permissions());

        // The plural reads right, and each export says where it went on one line that the next replaces.
        QVERIFY2(p.statusText().startsWith(u"5 users registered."_s), qPrintable(p.statusText()));
        QVERIFY2(p.table()->item(0, 3)->text().endsWith(u" s (2 h)"_s), qPrintable(p.table()->item(0, 3)->text()));
        for (const QString &name : {u"first.csv"_s, u"second.csv"_s}) {
            QTest::mouseClick(p.findChild<QPushButton *>(u"ExportCsv"_s), Qt::LeftButton);
            QFileDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = p.findChild<QFileDialog *>()) != nullptr);
            dialog->selectFile(m_dir.filePath(name));
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
            QTRY_VERIFY(p.findChild<QFileDialog *>() == nullptr);
            QTRY_VERIFY(QFile::exists(m_dir.filePath(name)));
        }
        QCOMPARE(p.exportNoteText(), u"Exported to %1."_s.arg(m_dir.filePath(u"second.csv"_s)));
    }

    void createMany_quantity_theCountSentIsTheCountShown()
    {
        // Reproduction: Quantity 5, register; then type 0 and press Register: the field showed 0
        // and 5 more users were created. Typing 5000 silently became 500.
        tc::RegisterManyPage p(m_rig.registration());
        p.setTarget(m_rig.target());
        p.show();
        QLineEdit *quantity = p.quantityEdit();
        auto *button = p.findChild<QPushButton *>(u"Register"_s);
        const auto typeQuantity = [&](const QString &text) {
            quantity->selectAll();
            QTest::keyClick(quantity, Qt::Key_Backspace);
            QTest::keyClicks(quantity, text);
        };
        typeQuantity(u"5"_s);
        QVERIFY(p.canRegister());
        QSignalSpy registered(&p, &tc::RegisterManyPage::registered);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(registered.wait(10000));
        QCOMPARE(registered.first().first().toInt(), 5);
        const qint64 entries = ledger()->count({});
        const int issued = int(m_sb.issuedUsers().size());

        typeQuantity(u"0"_s);
        QCOMPARE(quantity->text(), u"0"_s); // shown as typed
        QVERIFY(!p.canRegister());
        QVERIFY2(p.quantityProblem().contains(u"at least 1"_s), qPrintable(p.quantityProblem()));
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::keyClick(quantity, Qt::Key_Return);
        typeQuantity(u"5000"_s);
        QCOMPARE(quantity->text(), u"5000"_s); // not silently 500
        QVERIFY(!p.canRegister());
        QVERIFY2(p.quantityProblem().contains(u"at most 1000"_s), qPrintable(p.quantityProblem()));
        QTest::mouseClick(button, Qt::LeftButton);
        typeQuantity(u"12a"_s);
        QVERIFY(!p.canRegister());
        typeQuantity(QString());
        QVERIFY(!p.canRegister());
        QTest::qWait(300); // a wrong send would have answered by now (loopback)
        QCOMPARE(registered.count(), 1);
        QCOMPARE(int(m_sb.issuedUsers().size()), issued);
        QCOMPARE(ledger()->count({}), entries);

        // The job refuses a count it cannot send, whatever a caller passes.
        tc::RegistrationManyJob *job = m_rig.registration()->registerMany(m_rig.target(), 0);
        QSignalSpy done(job, &tc::RegistrationManyJob::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(job->outcome(), tc::RegistrationManyJob::Outcome::Failed);
        delete job;
        QCOMPARE(int(m_sb.issuedUsers().size()), issued);
    }

    void createMany_production_asksWithCountGroupAndHost()
    {
        const QString name = u"Prod group (many test)"_s;
        QVERIFY(m_rig.addGroupProfile(name, {}, u"5dd0a1b2-0000-4000-8000-0000000000cc"_s, "prod-key",
                                      tc::ProfileEnvironment::Production)
                        .isEmpty());
        tc::RegisterManyPage p(m_rig.registration());
        p.setTarget(m_rig.registration()->target(name));
        p.show();
        QVERIFY(p.targetBox()->description().contains(u"PRODUCTION"_s));
        p.setQuantity(250);
        tc::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(p.findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QTRY_VERIFY(!tc::MessageBox::hasNextAnswer());
        const QString asked = tc::MessageBox::lastText();
        QVERIFY2(asked.contains(u"250"_s) && asked.contains(u"5dd0a1b2-0000-4000-8000-0000000000cc"_s)
                         && asked.contains(u"user.telematicssdk.com"_s) && asked.contains(u"PRODUCTION"_s),
                 qPrintable(asked));
        QTRY_COMPARE(p.statusText(), u"Nothing was sent."_s);
        QVERIFY(!p.isBusy());
        QVERIFY(p.canRegister());
    }

    void form_wheelOverAnUnfocusedEditor_changesNothing()
    {
        // Reproduction: scrolling the form over Gender turned "(not sent)" into "Male".
        auto p = page();
        auto *gender = qobject_cast<QComboBox *>(p->editor(u"Gender"_s));
        auto *children = qobject_cast<QSpinBox *>(p->editor(u"ChildrenCount"_s));
        QVERIFY(gender && children);
        p->editor(u"FirstName"_s)->setFocus();
        for (QWidget *w : {static_cast<QWidget *>(gender), static_cast<QWidget *>(children)}) {
            const QPoint at = w->rect().center();
            QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(w, &wheel);
        }
        QCOMPARE(gender->currentIndex(), 0);
        QCOMPARE(children->value(), -1);
        QVERIFY(!p->profile().gender);
        QVERIFY(!p->profile().childrenCount);
        // They take focus by click or Tab, never by the wheel.
        QCOMPARE(gender->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(children->focusPolicy(), Qt::StrongFocus);
    }
};

QTEST_MAIN(TestRegisterPage)
#include "TestRegisterPage.moc"
