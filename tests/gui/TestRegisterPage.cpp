// The one-user and CreateMany pages, offscreen against a sandbox process: validation as you type,
// the service's Errors[].Key under the matching field, the DeviceToken recorded in the ledger
// before it is shown (tokens masked), "log in as this user", CreateMany's table and exports.
#include "RegistrationRig.h"
#include "core/ApiClient.h"
#include "core/Ledger.h"
#include "ui/RegisterGroupBox.h"
#include "ui/RegisterManyPage.h"
#include "ui/RegisterPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestRegisterPage : public QObject
{
    Q_OBJECT
    RegistrationRig m_rig;
    SandboxProcess &m_sb = m_rig.sb;
    QTemporaryDir &m_dir = m_rig.dir;
    std::unique_ptr<tc::ApiClient> &m_api = m_rig.api;
    std::unique_ptr<tc::Ledger> &m_ledger = m_rig.ledger;

    static void type(QWidget *w, const QString &text)
    {
        auto *e = qobject_cast<QLineEdit *>(w);
        QVERIFY(e);
        e->clear();
        QTest::keyClicks(e, text);
    }

    std::unique_ptr<tc::RegisterPage> page()
    {
        auto p = std::make_unique<tc::RegisterPage>(m_api.get(), m_ledger.get());
        p->setGroup(m_sb.groupInstanceId(0), m_sb.groupInstanceKey(0));
        p->show();
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_rig.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
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

        // No group key: nothing can be sent.
        p->setGroup(m_sb.groupInstanceId(0), QString());
        QVERIFY(!p->canRegister());
    }

    void register_recordsBeforeShowing_masksTokens_offersLogin()
    {
        auto p = page();
        type(p->editor(u"FirstName"_s), u"Ada"_s);
        type(p->editor(u"ClientId"_s), u"gui-one"_s);
        QSignalSpy registered(p.get(), &tc::RegisterPage::registered);
        QTest::mouseClick(p->findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QVERIFY(registered.wait(10000));
        const QString token = p->resultDeviceToken();
        QCOMPARE(registered.first().first().toString(), token);
        QVERIFY(!token.isEmpty());
        const auto e = m_ledger->findByDeviceToken(token);
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
        QCOMPARE(login.first().at(0).toString(), m_sb.groupInstanceId(0));
        QCOMPARE(login.first().at(1).toString(), token);
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
        facts.body = R"({"Result":null,"Status":400,"Title":"Validation","Errors":[{"Key":"UserFields.ClientId","Message":"too long"},{"Key":"Email","Message":"taken"},{"Key":"Nope","Message":"x"}]})";
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
        const auto e = m_ledger->findByDeviceToken(custom);
        QVERIFY(e);
        QCOMPARE(e->state, tc::LedgerState::unknown());
        QVERIFY(!p->findChild<QPushButton *>(u"LoginAsUser"_s)->isEnabled());
    }

    void ledgerFull_tokenStillShownAndSaidSo()
    {
        QTemporaryDir dir;
        tc::Ledger full;
        QVERIFY(full.open(dir.filePath(u"full.sqlite"_s)));
        full.setPageLimitForTesting(full.pageCount());
        tc::RegisterPage p(m_api.get(), &full);
        p.setGroup(m_sb.groupInstanceId(0), m_sb.groupInstanceKey(0));
        p.show();
        qobject_cast<QLineEdit *>(p.editor(u"Address"_s))->setText(QString(9000, u'x')); // more than the room left
        QTest::mouseClick(p.findChild<QPushButton *>(u"Register"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!p.resultDeviceToken().isEmpty(), 10000);
        QVERIFY2(p.ledgerNote().contains(u"NOT recorded"_s), qPrintable(p.ledgerNote()));
        QVERIFY(!full.findByDeviceToken(p.resultDeviceToken()));

        tc::RegisterManyPage many(m_api.get(), &full);
        many.setGroup(m_sb.groupInstanceId(0), m_sb.groupInstanceKey(0));
        many.setQuantity(200);
        QSignalSpy registered(&many, &tc::RegisterManyPage::registered);
        many.registerMany();
        QVERIFY(registered.wait(10000));
        QCOMPARE(many.table()->rowCount(), 200); // shown all the same
        QVERIFY2(many.statusText().contains(u"NOT recorded"_s), qPrintable(many.statusText()));
    }

    void createMany_tableLedgerAndExports()
    {
        tc::RegisterManyPage p(m_api.get(), m_ledger.get());
        p.setGroup(m_sb.groupInstanceId(0), m_sb.groupInstanceKey(0));
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
            const auto e = m_ledger->findByDeviceToken(tokens.last());
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
    }
};

QTEST_MAIN(TestRegisterPage)
#include "TestRegisterPage.moc"
