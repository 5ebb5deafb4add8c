// A bulk file that cannot be run is refused when it is opened, with a message a person can act on:
// empty, only blank lines, a header but no rows, not text (an image, a program, UTF-16, a header
// that is not UTF-8). The dry run refuses the same files (fileProblem()), and a good file's rows
// come back numbered 1, 2, ... with the first one read ahead.
#include "core/bulk/BulkDryRun.h"
#include "core/bulk/BulkSource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tc::BulkFileProblem;
using tc::BulkSource;

Q_DECLARE_METATYPE(tc::BulkFileProblem)

namespace {

// The start of a real PNG (signature, IHDR) and a bit of IDAT.
QByteArray png()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61"
                               "0000004d49444154789c63601805a360148c02")
           + QByteArray(200, '\x7f');
}

} // namespace

class TestBulkSource : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void open_refusesFilesThatCannotBeRun_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<BulkFileProblem>("problem");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << BulkFileProblem::Empty << u"the file is empty"_s;
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << BulkFileProblem::Empty << u"the file is empty"_s;
        QTest::newRow("blank lines") << QByteArray("\r\n\n\n") << BulkFileProblem::Empty << u"the file is empty"_s;
        QTest::newRow("header only") << QByteArray("FirstName,Email\r\n") << BulkFileProblem::NoRows
                                     << u"the file has a header but no rows"_s;
        QTest::newRow("header, no newline")
                << QByteArray("FirstName,Email") << BulkFileProblem::NoRows << u"the file has a header but no rows"_s;
        QTest::newRow("header + blank records") << QByteArray("FirstName,Email\n,\n\n , \n") << BulkFileProblem::NoRows
                                                << u"the file has a header but no rows"_s;
        QTest::newRow("png") << png() << BulkFileProblem::NotText
                             << u"this does not look like a CSV text file (binary data at byte 9)"_s;
        QTest::newRow("nul in a later row") << QByteArray("FirstName\nAda\nB\0b\n", 18) << BulkFileProblem::NotText
                                            << u"this does not look like a CSV text file (binary data at byte 16)"_s;
        QTest::newRow("utf-16") << QByteArray("\xFF\xFE"
                                              "F\0N\0\n\0A\0\n\0",
                                              12)
                                << BulkFileProblem::NotText
                                << u"this does not look like a CSV text file (binary data at byte 1): it looks like "
                                   "UTF-16 text"_s;
        QTest::newRow("header not utf-8")
                << QByteArray("Pr\xE9nom,Email\nAda,a@example.org\n") << BulkFileProblem::NotText
                << u"this does not look like a CSV text file (binary data at byte 3): the "
                   "header row is not UTF-8 text"_s;
        QTest::newRow("malformed header") << QByteArray("a\"b,c\n1,2\n") << BulkFileProblem::Malformed
                                          << u"line 1: the header row is malformed"_s;
    }

    void open_refusesFilesThatCannotBeRun()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(BulkFileProblem, problem);
        QFETCH(QString, message);
        const QString path = file(u"f.csv"_s, bytes);
        QVERIFY(!path.isEmpty());
        BulkSource source;
        QString error;
        QVERIFY(!source.open(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(source.problem(), problem);
        QVERIFY(source.header().isEmpty());

        // The dry run refuses it with the same message and says why.
        tc::BulkDryRun dry(path);
        QString dryError;
        QVERIFY(!dry.open(&dryError));
        QCOMPARE(dryError, error);
        QCOMPARE(dry.fileProblem(), problem);
        QCOMPARE(dry.summary().fileProblem, problem);
        QCOMPARE(dry.summary().fileError, error);
        QVERIFY(!dry.summary().canRun());
    }

    void open_refusesTheStartOfAProgram()
    {
        QFile ls(u"/bin/ls"_s);
        QVERIFY(ls.open(QIODevice::ReadOnly));
        const QString path = file(u"ls.csv"_s, ls.read(64 * 1024));
        BulkSource source;
        QString error;
        QVERIFY(!source.open(path, &error));
        QCOMPARE(source.problem(), BulkFileProblem::NotText);
        QVERIFY2(error.contains(u"this does not look like a CSV text file (binary data at byte "_s), qPrintable(error));
    }

    void open_missingFile_isUnreadable()
    {
        BulkSource source;
        QString error;
        QVERIFY(!source.open(m_dir.filePath(u"missing.csv"_s), &error));
        QCOMPARE(source.problem(), BulkFileProblem::Unreadable);
        QVERIFY2(error.startsWith(u"cannot read "_s), qPrintable(error));
    }

    void open_goodFile_rowsNumberedFromOne()
    {
        // Blank lines before the header and between rows; a bad cell in a row is the row's problem.
        const QString path = file(u"good.csv"_s, "\n\nFirstName,City\n\nAda,Kyiv\n,\nFirst\xE9"
                                                 "35,Lviv\nZoë,Київ");
        BulkSource source;
        QString error;
        QVERIFY2(source.open(path, &error), qPrintable(error));
        QCOMPARE(source.problem(), BulkFileProblem::None);
        QCOMPARE(source.header(), (QStringList{u"FirstName"_s, u"City"_s}));
        QCOMPARE(source.headerLine(), 3);
        qint64 rowNo = 0;
        tc::CsvRecord r;
        QVERIFY(source.next(&rowNo, &r));
        QCOMPARE(rowNo, 1);
        QCOMPARE(r.fields, (QStringList{u"Ada"_s, u"Kyiv"_s}));
        QCOMPARE(r.line, 5);
        QVERIFY(source.next(&rowNo, &r));
        QCOMPARE(rowNo, 2);
        QCOMPARE(r.line, 7);
        QCOMPARE(r.textErrors.size(), 1);
        QVERIFY(source.next(&rowNo, &r));
        QCOMPARE(rowNo, 3);
        QCOMPARE(r.fields, (QStringList{u"Zoë"_s, u"Київ"_s}));
        QVERIFY(!r.hasTextErrors());
        QVERIFY(!source.next(&rowNo, &r));
        QCOMPARE(source.lastRow(), 3);

        // Opened again (the run does: count, then walk), the same rows.
        QVERIFY(source.open(path, &error));
        QVERIFY(source.next(&rowNo, &r));
        QCOMPARE(rowNo, 1);
        QCOMPARE(r.line, 5);
    }

    void dryRun_summaryOfAGoodFile_canRun()
    {
        const QString path = file(u"one.csv"_s, "FirstName\nAda\n");
        tc::BulkDryRun dry(path);
        QString error;
        QVERIFY2(dry.open(&error), qPrintable(error));
        QCOMPARE(dry.fileProblem(), BulkFileProblem::None);
        QList<tc::RowError> errors;
        while (dry.step(100, &errors)) { }
        QVERIFY(errors.isEmpty());
        QCOMPARE(dry.summary().rows, 1);
        QVERIFY(dry.summary().canRun());
        QVERIFY(dry.summary().fileError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBulkSource)
#include "TestBulkSource.moc"
