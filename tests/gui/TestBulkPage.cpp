// The bulk and ledger pages offscreen against a sandbox process: mapping, dry run listing every
// problem, a run (the row model under QAbstractItemModelTester), pause / resume, cancel and the
// offer to resume, results export, and the ledger view's search and export.
#include "RegistrationRig.h"
#include "core/api/ApiClient.h"
#include "core/bulk/BulkRowModel.h"
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerModel.h"
#include "ui/BulkPage.h"
#include "ui/LedgerPage.h"
#include "ui/MessageBox.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

class TestBulkPage : public QObject
{
    Q_OBJECT
    RegistrationRig m_rig;
    SandboxProcess &m_sb = m_rig.sb;
    QTemporaryDir &m_dir = m_rig.dir;
    tc::Ledger *ledger() const { return m_rig.ledger(); }

    QString csv(const QString &name, int rows, const QString &tag, const QByteArray &extra = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        QByteArray text = "Given Name,E-Mail,Client ID,Shoe size\n";
        for (int i = 1; i <= rows; ++i)
            text += "U" + QByteArray::number(i) + ",u" + QByteArray::number(i) + "@example.org," + tag.toUtf8() + "-"
                    + QByteArray::number(i) + ",42\n";
        text += extra;
        f.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_rig.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void mapping_dryRun_thenRun_rowsInTheModel()
    {
        const QString path = csv(u"a.csv"_s, 120, u"gui"_s, "Bad,bad-email,gui-bad,1\n\"Q\"x,q@example.org,gui-q,1\n");
        tc::BulkPage page(m_rig.registration());
        page.setTarget(m_rig.target());
        page.show();
        QAbstractItemModelTester tester(page.rowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.setFile(path));
        // One step at a time, the table in use filling the page: the mapping first.
        QTabWidget *steps = page.steps();
        QCOMPARE(steps->currentWidget(), static_cast<QWidget *>(page.findChild<QScrollArea *>(u"Mapping"_s)));
        QVERIFY2(page.messageText().startsWith(u"4 columns."_s), qPrintable(page.messageText()));
        QCOMPARE(page.mapping().field(0), tc::CsvField::FirstName);
        QCOMPARE(page.mapping().field(1), tc::CsvField::Email);
        QCOMPARE(page.mapping().field(2), tc::CsvField::ClientId);
        QCOMPARE(page.mapping().field(3), tc::CsvField::Ignore);
        page.setColumnField(3, tc::CsvField::Nickname); // overridable
        QCOMPARE(page.mapping().field(3), tc::CsvField::Nickname);
        page.setColumnField(3, tc::CsvField::Ignore);
        // Each column's field is a list a screen reader names and the keyboard reaches (a table's
        // cell widgets were neither in its accessible tree: found walking the page over AT-SPI).
        auto *emailField = page.findChild<QComboBox *>(u"Field1"_s);
        QVERIFY(emailField);
        QCOMPARE(emailField->accessibleName(), u"Field for column “E-Mail”"_s);
        QAccessibleInterface *fieldIface = QAccessible::queryAccessibleInterface(emailField);
        const std::function<bool(QAccessibleInterface *)> inTree = [&](QAccessibleInterface *i) {
            if (i == fieldIface)
                return true;
            for (int k = 0; k < i->childCount(); ++k) {
                if (QAccessibleInterface *c = i->child(k); c && inTree(c))
                    return true;
            }
            return false;
        };
        QVERIFY(inTree(QAccessible::queryAccessibleInterface(&page)));
        bool labelled = false; // (on Linux the column's label names it, by relation)
        for (const auto &r : fieldIface->relations(QAccessible::Label))
            labelled = labelled || r.first->text(QAccessible::Name) == u"E-Mail"_s;
        QVERIFY(labelled);
        emailField->setFocus();
        QTest::keyClick(emailField, Qt::Key_Up); // a key picks another field, as a person would
        QVERIFY(page.mapping().field(1) != tc::CsvField::Email);
        QTest::keyClick(emailField, Qt::Key_Down);
        QCOMPARE(page.mapping().field(1), tc::CsvField::Email);
        // Two columns into one field: the note says so beside the field, and to a screen reader.
        page.setColumnField(3, tc::CsvField::Email);
        QVERIFY(!page.findChild<QPushButton *>(u"DryRun"_s)->isEnabled());
        QVERIFY2(emailField->accessibleDescription().contains(u"Email"_s),
                 qPrintable(emailField->accessibleDescription()));
        QCOMPARE(page.findChild<QComboBox *>(u"Field3"_s)->currentData().toInt(), int(tc::CsvField::Email));
        page.setColumnField(3, tc::CsvField::Ignore);
        QVERIFY(emailField->accessibleDescription().isEmpty());
        QVERIFY2(page.messageText().startsWith(u"4 columns."_s), qPrintable(page.messageText())); // not blank
        QVERIFY(page.findChild<QPushButton *>(u"DryRun"_s)->isEnabled());

        QSignalSpy dry(&page, &tc::BulkPage::dryRunFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(u"DryRun"_s), Qt::LeftButton);
        QVERIFY(dry.wait(10000));
        QCOMPARE(page.dryRunRows(), 122);
        QCOMPARE(page.dryRunProblems(), 2);
        QTableWidget *problems = page.problemTable();
        QCOMPARE(problems->rowCount(), 2);
        QCOMPARE(problems->item(0, 0)->text(), u"122"_s);
        QCOMPARE(problems->item(0, 1)->text(), u"E-Mail"_s);
        QCOMPARE(problems->item(1, 0)->text(), u"123"_s);
        QVERIFY(ledger()->jobs().isEmpty()); // nothing sent, nothing recorded
        // The problems come into view, counted on their tab; the summary's plurals read right.
        QCOMPARE(steps->currentWidget(), static_cast<QWidget *>(problems));
        QVERIFY2(steps->tabText(steps->currentIndex()).endsWith(u"(2)"_s), qPrintable(steps->tabText(1)));
        QVERIFY2(page.messageText().startsWith(u"Dry run: 122 rows, 2 of them with problems (2 problems)."_s),
                 qPrintable(page.messageText()));

        tc::MessageBox::setNextAnswer(QMessageBox::Yes); // "send the other rows?"
        QSignalSpy finished(&page, &tc::BulkPage::runFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(u"Run"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(page.job()->state(), tc::BulkJob::State::Finished);
        QCOMPARE(steps->currentWidget(), static_cast<QWidget *>(page.findChild<QTableView *>(u"Rows"_s)));
        QCOMPARE(page.job()->progress().done, 120);
        QCOMPARE(page.job()->progress().failed, 2);
        // Over: the counts stay, a speed and an ETA do not (they read as if it still ran).
        QVERIFY2(page.progressText().startsWith(u"122 / 122 rows · 120 done · 2 failed"_s),
                 qPrintable(page.progressText()));
        QVERIFY(!page.progressText().contains(u"ETA"_s));
        QVERIFY(!page.progressText().contains(u"rows/s"_s));
        tc::BulkRowModel *model = page.rowModel();
        QCOMPARE(model->rowCount(), 122);
        QCOMPARE(model->index(0, tc::BulkRowModel::Status).data().toString(), tc::LedgerState::done());
        QVERIFY(!model->index(119, tc::BulkRowModel::DeviceToken).data().toString().isEmpty());
        QCOMPARE(model->index(121, tc::BulkRowModel::Status).data().toString(), tc::LedgerState::failed());

        QString error;
        const QString out = m_dir.filePath(u"a-results.csv"_s);
        QVERIFY2(page.exportResultsTo(out, &error), qPrintable(error));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 123);
        QCOMPARE(lines.first().trimmed(), QByteArray("Given Name,E-Mail,Client ID,Shoe size,DeviceToken,Status,Error"));
        QVERIFY(lines.at(1).contains(",done,"));
        QVERIFY(lines.at(121).contains(",failed,"));

        // The same file again: a finished run has nothing to resume (it used to be offered, and did
        // nothing); the page says it ran, and Run asks on its own before registering every row again.
        QCOMPARE(page.resumableJobId(), 0);
        QVERIFY(page.findChild<QLabel *>(u"ResumeNote"_s)->text().contains(u"finished run"_s));
        QVERIFY(!page.findChild<QPushButton *>(u"ResumeRun"_s)->isVisibleTo(&page));
        const qint64 ran = page.job()->jobId();
        const int issued = int(m_sb.issuedUsers().size());
        tc::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(page.findChild<QPushButton *>(u"Run"_s), Qt::LeftButton);
        QTRY_VERIFY(!tc::MessageBox::hasNextAnswer());
        QVERIFY2(tc::MessageBox::lastText().contains(u"every row AGAIN"_s), qPrintable(tc::MessageBox::lastText()));
        QTRY_COMPARE(page.messageText(), u"Nothing was sent."_s);
        QCOMPARE(page.job()->jobId(), ran);
        QCOMPARE(int(m_sb.issuedUsers().size()), issued);
    }

    void pauseResumeCancel_andTheOfferToResume()
    {
        const QString path = csv(u"p.csv"_s, 400, u"pause"_s);
        tc::BulkPage page(m_rig.registration());
        page.setTarget(m_rig.target());
        page.setConcurrency(2);
        page.show();
        QVERIFY(page.setFile(path));
        QCOMPARE(page.resumableJobId(), 0);
        QSignalSpy finished(&page, &tc::BulkPage::runFinished);
        page.startRun();
        QTRY_VERIFY_WITH_TIMEOUT(page.job() && page.job()->progress().done >= 20, 20000);
        // The message follows the run (it said "Starting…" to the end; found walking the area).
        QVERIFY2(page.messageText().startsWith(u"Running"_s), qPrintable(page.messageText()));
        QTest::mouseClick(page.findChild<QPushButton *>(u"Pause"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.job()->state(), tc::BulkJob::State::Paused, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(page.job()->progress().inFlight, 0, 5000);
        QCOMPARE(page.findChild<QPushButton *>(u"Pause"_s)->text(), u"Res&ume"_s);
        // The status line says so while paused (it used to read like a running job), with no speed.
        QVERIFY2(page.progressText().startsWith(u"Paused"_s), qPrintable(page.progressText()));
        QVERIFY(!page.progressText().contains(u"ETA"_s));
        QVERIFY2(page.messageText().startsWith(u"Paused"_s), qPrintable(page.messageText()));
        QTest::mouseClick(page.findChild<QPushButton *>(u"Pause"_s), Qt::LeftButton);
        QCOMPARE(page.job()->state(), tc::BulkJob::State::Running);
        QVERIFY2(page.messageText().startsWith(u"Running"_s), qPrintable(page.messageText()));
        QTest::mouseClick(page.findChild<QPushButton *>(u"Cancel"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.job()->state(), tc::BulkJob::State::Canceled);
        const qint64 first = page.job()->jobId();
        const qint64 doneBefore = page.job()->progress().done;
        QVERIFY(doneBefore < 400);
        QCOMPARE(page.resumableJobId(), first);

        page.resumeRun();
        QVERIFY(finished.wait(30000));
        QCOMPARE(page.job()->jobId(), first);
        QCOMPARE(page.job()->state(), tc::BulkJob::State::Finished);
        QCOMPARE(page.job()->progress().done, 400);
        QCOMPARE(page.job()->progress().sent, 400 - doneBefore);

        // Another file: nothing of this run stays on the status line or in the rows table.
        QVERIFY(page.setFile(csv(u"other.csv"_s, 3, u"other"_s)));
        QVERIFY(page.progressText().isEmpty());
        QCOMPARE(page.rowModel()->rowCount(), 0);
    }

    void dryRunProblems_runAsksFirst_flaggedRowsNeverSent()
    {
        // Reproduction: Run started without a word although the dry run listed problems, and sent
        // the duplicate ClientId and the cell that is not UTF-8 ("First\xef\xbf\xbd35" on the service).
        const QString path = m_dir.filePath(u"dup.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("FirstName,ClientId\nAda,dup-1\nGrace,dup-2\nAgain,DUP-1\nFirst\xe9"
                "35,dup-3\nLin,dup-4\n");
        f.close();
        tc::BulkPage page(m_rig.registration());
        page.setTarget(m_rig.target());
        page.show();
        QVERIFY(page.setFile(path));
        QSignalSpy dry(&page, &tc::BulkPage::dryRunFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(u"DryRun"_s), Qt::LeftButton);
        QVERIFY(dry.wait(10000));
        QCOMPARE(page.dryRunRows(), 5);
        QTableWidget *problems = page.problemTable();
        QCOMPARE(problems->rowCount(), 2);
        QVERIFY2(problems->item(0, 2)->text().contains(u"repeats row 1"_s), qPrintable(problems->item(0, 2)->text()));
        QCOMPARE(problems->item(1, 0)->text(), u"5"_s); // the line
        QVERIFY2(problems->item(1, 2)->text().contains(u"UTF-8"_s), qPrintable(problems->item(1, 2)->text()));

        // Run asks; Cancel sends nothing.
        const int issued = int(m_sb.issuedUsers().size());
        tc::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(page.findChild<QPushButton *>(u"Run"_s), Qt::LeftButton);
        QTRY_VERIFY(!tc::MessageBox::hasNextAnswer());
        // It names the rows' lines and the target (it used to say "listed below" and neither).
        QVERIFY2(tc::MessageBox::lastText().contains(u"2 rows (line 4, 5) have problems"_s)
                         && tc::MessageBox::lastText().contains(u"NOT sent"_s)
                         && tc::MessageBox::lastText().contains(m_rig.target().instanceId)
                         && tc::MessageBox::lastText().contains(m_rig.target().host()),
                 qPrintable(tc::MessageBox::lastText()));
        QTRY_COMPARE(page.messageText(), u"Nothing was sent."_s);
        QVERIFY(!page.job());
        QCOMPARE(int(m_sb.issuedUsers().size()), issued);

        // Yes: the other three are sent, the flagged two are marked failed and never sent.
        tc::MessageBox::setNextAnswer(QMessageBox::Yes);
        QSignalSpy finished(&page, &tc::BulkPage::runFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(u"Run"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(page.job()->progress().done, 3);
        QCOMPARE(page.job()->progress().failed, 2);
        QCOMPARE(int(m_sb.issuedUsers().size()), issued + 3);
        for (const QJsonValue &u : m_sb.issuedUsers()) {
            const QString clientId = u.toObject().value(u"ClientId"_s).toString();
            QVERIFY2(clientId != u"DUP-1"_s && clientId != u"dup-3"_s, qPrintable(clientId));
        }
    }

    void emptyHeaderOnlyAndBinaryFiles_clearMessage_nothingToRun()
    {
        tc::BulkPage page(m_rig.registration());
        page.setTarget(m_rig.target());
        page.show();
        const auto write = [this](const QString &name, const QByteArray &bytes) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return path;
        };
        QString error;
        QVERIFY(!page.setFile(write(u"empty.csv"_s, {}), &error));
        QVERIFY2(error.contains(u"empty"_s), qPrintable(error));
        QVERIFY(page.messageText().contains(u"empty"_s));
        QVERIFY(!page.findChild<QPushButton *>(u"Run"_s)->isEnabled());
        QVERIFY(!page.setFile(write(u"header.csv"_s, "FirstName,Email\n"), &error));
        QVERIFY2(error.contains(u"header but no rows"_s), qPrintable(error));
        QVERIFY(!page.findChild<QPushButton *>(u"Run"_s)->isEnabled());
        static const char pngHead[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
        const QByteArray png(pngHead, sizeof(pngHead) - 1); // the bytes, not the literal's terminator
        QVERIFY(!page.setFile(write(u"image.csv"_s, png), &error));
        QVERIFY2(error.contains(u"does not look like a CSV text file"_s), qPrintable(error));
        QVERIFY(!page.findChild<QPushButton *>(u"Run"_s)->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(u"DryRun"_s)->isEnabled());

        // A header that names no field: the buttons wait, and the page says why (they were greyed
        // out with no reason; found walking the area).
        QVERIFY(page.setFile(write(u"foo.csv"_s, "Foo,Bar\n1,2\n"), &error));
        QVERIFY2(page.messageText().contains(u"no column names a registration field"_s),
                 qPrintable(page.messageText()));
        auto *dry = page.findChild<QPushButton *>(u"DryRun"_s);
        QVERIFY(!dry->isEnabled());
        QVERIFY2(dry->toolTip().contains(u"no column names a registration field"_s), qPrintable(dry->toolTip()));
        QVERIFY(page.findChild<QPushButton *>(u"Run"_s)->toolTip().contains(u"no column names"_s));
    }

    // A typed path is read when the person moves on (Tab), not only on Return. (The AT-SPI walk
    // that reported otherwise had put the text in without the field ever having the focus.)
    void typedPath_readOnTab()
    {
        const QString path = csv(u"typed.csv"_s, 3, u"typed"_s);
        tc::BulkPage page(m_rig.registration());
        page.setTarget(m_rig.target());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        auto *file = page.findChild<QLineEdit *>(u"File"_s);
        file->setFocus();
        QTRY_VERIFY(file->hasFocus());
        QTest::keyClicks(file, path);
        QTest::keyClick(file, Qt::Key_Tab);
        QTRY_VERIFY2(page.messageText().contains(u"Check the mapping"_s), qPrintable(page.messageText()));
        QVERIFY(page.findChild<QPushButton *>(u"DryRun"_s)->isEnabled());
        // What a hurried person types or pastes names the same file (a trailing space said "No such
        // file or directory", found walking the page).
        const QString other = csv(u"pasted.csv"_s, 2, u"pasted"_s);
        for (const QString &typed : QStringList{other + u" "_s, u"  \""_s + other + u"\"  "_s, u"'"_s + other + u"'"_s,
                                                QUrl::fromLocalFile(other).toString()}) {
            page.setFile(path); // (another file first, so each text is read afresh)
            file->setFocus();
            QTRY_VERIFY(file->hasFocus());
            file->selectAll();
            QTest::keyClicks(file, typed);
            QTest::keyClick(file, Qt::Key_Return);
            QTRY_VERIFY2(page.messageText().contains(u"Check the mapping"_s), qPrintable(typed + page.messageText()));
            QCOMPARE(file->text(), QFileInfo(other).absoluteFilePath());
        }
        QCOMPARE(tc::BulkPage::typedPath(u"~/x.csv"_s), QDir::homePath() + u"/x.csv"_s);
        QCOMPARE(tc::BulkPage::typedPath(u"/no/such dir/a.csv"_s), u"/no/such dir/a.csv"_s); // inner spaces stay
    }

    void production_runAsksOnceWithTheRowCount()
    {
        const QString name = u"Prod group (bulk test)"_s;
        QVERIFY(m_rig.addGroupProfile(name, {}, u"5dd0a1b2-0000-4000-8000-0000000000dd"_s, "prod-key",
                                      tc::ProfileEnvironment::Production)
                        .isEmpty());
        tc::BulkPage page(m_rig.registration());
        page.setTarget(m_rig.registration()->target(name));
        page.show();
        QVERIFY(page.setFile(csv(u"prod.csv"_s, 7, u"prod"_s)));
        QSignalSpy dry(&page, &tc::BulkPage::dryRunFinished);
        tc::MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(page.findChild<QPushButton *>(u"Run"_s), Qt::LeftButton); // dry run first, then asks
        QVERIFY(dry.wait(10000));
        QTRY_VERIFY(!tc::MessageBox::hasNextAnswer());
        const QString asked = tc::MessageBox::lastText();
        QVERIFY2(asked.contains(u"7 real users"_s) && asked.contains(u"prod.csv"_s)
                         && asked.contains(u"5dd0a1b2-0000-4000-8000-0000000000dd"_s)
                         && asked.contains(u"user.telematicssdk.com"_s) && asked.contains(u"PRODUCTION"_s),
                 qPrintable(asked));
        QTRY_COMPARE(page.messageText(), u"Nothing was sent."_s);
        QVERIFY(!page.job());
    }

    void ledgerPage_searchesAndExports()
    {
        tc::LedgerPage page(ledger());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QTRY_VERIFY(page.model()->rowCount() >= 520);
        page.setSearchText(u"pause-17"_s);
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.model()->rowCount(), 11); // pause-17, pause-170..179
        QVERIFY2(page.summaryText().startsWith(u"11 entries · "_s), qPrintable(page.summaryText()));
        page.setSearchText(u"gui-119"_s);
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.model()->rowCount(), 1);
        QVERIFY2(page.summaryText().startsWith(u"1 entry · "_s), qPrintable(page.summaryText()));
        const auto e = page.model()->entryAt(0);
        QVERIFY(e && e->state == tc::LedgerState::done() && !e->deviceToken.isEmpty());
        // The DeviceToken column shows a whole one; Copy takes it, or the row as CSV.
        QTableView *view = page.view();
        const int column = tc::LedgerModel::DeviceToken;
        QVERIFY2(view->columnWidth(column) >= view->fontMetrics().horizontalAdvance(e->deviceToken),
                 qPrintable(QString::number(view->columnWidth(column))));
        auto *copyToken = page.findChild<QPushButton *>(u"CopyDeviceToken"_s);
        auto *copyRow = page.findChild<QPushButton *>(u"CopyRow"_s);
        QVERIFY(copyToken && copyRow);
        view->clearSelection();
        QVERIFY(!copyToken->isEnabled() && !page.copyDeviceToken());
        view->selectRow(0);
        QVERIFY(copyToken->isEnabled() && copyRow->isEnabled());
        QApplication::clipboard()->clear();
        QTest::mouseClick(copyToken, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), e->deviceToken);
        view->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), e->deviceToken);
        QTest::mouseClick(copyRow, Qt::LeftButton);
        const QStringList lines = QApplication::clipboard()->text().split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"DeviceToken"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(e->deviceToken) && lines.at(1).contains(u"gui-119"_s), qPrintable(lines.at(1)));
        page.setSearchText(QString());
        page.setStateFilter(tc::LedgerState::failed());
        QTRY_VERIFY(!page.model()->isLoading());
        QCOMPARE(page.model()->rowCount(), 4); // 2 rows of a.csv, the duplicate and the non-UTF-8 row of dup.csv
        // The export runs on a worker thread; the page says how it went.
        const QString out = m_dir.filePath(u"ledger.csv"_s);
        QSignalSpy exported(&page, &tc::LedgerPage::exportFinished);
        page.startExport(out);
        QVERIFY(page.isExporting());
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
        QVERIFY2(page.summaryText().startsWith(u"Exported 4 entries to "_s), qPrintable(page.summaryText()));
        QCOMPARE(QFile(out).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().trimmed().split('\n').size(), 5);
    }
};

QTEST_MAIN(TestBulkPage)
#include "TestBulkPage.moc"
