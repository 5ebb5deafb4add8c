// The one check of a bulk row (tc::BulkRowCheck), shared by the dry run and the run: the
// mapping's problems, cells that are not UTF-8, and a ClientId or CustomToken repeating an earlier
// row's (case-insensitive); the dry run lists exactly the rows it flags.
#include "core/bulk/BulkDryRun.h"
#include "core/bulk/BulkRowCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tc::BulkRowCheck;
using tc::RowError;

namespace {

const QByteArray Csv = "FirstName,Email,ClientId,CustomToken,Notes\n"
                       "Ada,ada@example.org,c-1,3fa85f64-5717-4562-b3fc-2c963f66afa6,\n" // 1
                       "Bob,bob@example.org,C-1,,\n"                                     // 2: ClientId of row 1
                       "First\xE9"
                       "35,cy@example.org,c-3,,\n"                                       // 3: not UTF-8
                       "Dee,dee@example.org,c-4,3FA85F64-5717-4562-B3FC-2C963F66AFA6,\n" // 4: CustomToken of row 1
                       "Eve,eve-at-example.org,c-5,,\n"                                  // 5: Email
                       "Fay,fay@example.org,c-6,,caf\xE9\n" // 6: not UTF-8, a column not sent
                       "Gus,gus@example.org,c-1,,\n"        // 7: ClientId of row 1 again
                       "Hal,hal@example.org,,,\n"           // 8: fine (no ClientId)
                       "Ida,ida@example.org,,,\n";          // 9: fine

// Row number -> its problems, through BulkRowCheck in file order.
QMap<qint64, QList<RowError>> checkAll(const QByteArray &text)
{
    const auto records = tc::CsvReader::parseAll(text);
    BulkRowCheck check(tc::CsvMapping::fromHeader(records.first().fields));
    QMap<qint64, QList<RowError>> out;
    for (qsizetype i = 1; i < records.size(); ++i) {
        QList<RowError> errors;
        check.check(records.at(i), i, &errors);
        if (!errors.isEmpty())
            out.insert(i, errors);
    }
    return out;
}

} // namespace

class TestBulkRowCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_flagsRepeatsBadTextAndMappingProblems()
    {
        const auto flagged = checkAll(Csv);
        QCOMPARE(flagged.keys(), (QList<qint64>{2, 3, 4, 5, 6, 7}));
        QCOMPARE(flagged.value(2),
                 (QList<RowError>{{2, 3, u"ClientId"_s, u"ClientId \"C-1\" repeats row 1's (line 2)"_s}}));
        QCOMPARE(flagged.value(3),
                 (QList<RowError>{{3, 4, u"FirstName"_s,
                                   u"not valid UTF-8 text (byte 0xE9 at position 6); save the file as UTF-8"_s}}));
        QCOMPARE(flagged.value(3).first().toString(),
                 u"line 4, column FirstName: not valid UTF-8 text (byte 0xE9 at position 6); save the file as UTF-8"_s);
        QCOMPARE(flagged.value(4),
                 (QList<RowError>{
                         {4, 5, u"CustomToken"_s,
                          u"CustomToken \"3FA85F64-5717-4562-B3FC-2C963F66AFA6\" repeats row 1's (line 2)"_s}}));
        QCOMPARE(flagged.value(5).size(), 1);
        QCOMPARE(flagged.value(5).first().column, u"Email"_s);
        QCOMPARE(flagged.value(6).first().column, u"Notes"_s);
        QVERIFY(flagged.value(6).first().reason.startsWith(u"not valid UTF-8 text (byte 0xE9 at position 4)"_s));
        // A repeat names the first row with the value, not the last repeat.
        QCOMPARE(flagged.value(7).first().reason, u"ClientId \"c-1\" repeats row 1's (line 2)"_s);
    }

    void check_aRepeatOfAFlaggedRowIsStillARepeat()
    {
        // Row 1 is not sent (bad Email); row 2 repeating its ClientId is flagged all the same,
        // as the dry run always did: fixing row 1 would make row 2 a duplicate.
        const auto flagged = checkAll("Email,ClientId\nbad,x-1\nok@example.org,X-1\nok2@example.org,x-2\n");
        QCOMPARE(flagged.keys(), (QList<qint64>{1, 2}));
        QCOMPARE(flagged.value(2).first().reason, u"ClientId \"X-1\" repeats row 1's (line 2)"_s);
    }

    void notSentReason_namesColumnAndReason()
    {
        const QList<RowError> errors{{3, 4, u"ClientId"_s, u"ClientId \"C-1\" repeats row 1's"_s},
                                     {3, 4, QString(), u"the row has 2 fields, the header has 3"_s}};
        QCOMPARE(BulkRowCheck::notSentReason(errors),
                 u"not sent: ClientId: ClientId \"C-1\" repeats row 1's; the row has 2 fields, the header has 3"_s);
    }

    void dryRun_listsExactlyTheRowsTheCheckFlags()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"rows.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Csv);
        f.close();
        tc::BulkDryRun dry(path);
        QString error;
        QVERIFY2(dry.open(&error), qPrintable(error));
        QList<RowError> errors;
        while (dry.step(3, &errors)) { }
        const tc::BulkDryRunSummary s = dry.summary();
        QVERIFY(s.finished);
        QVERIFY(s.canRun());
        QCOMPARE(s.rows, 9);
        QCOMPARE(s.invalidRows, 6);
        QMap<qint64, QList<RowError>> listed;
        for (const RowError &e : std::as_const(errors))
            listed[e.row].append(e);
        QCOMPARE(listed, checkAll(Csv));
    }
};

QTEST_GUILESS_MAIN(TestBulkRowCheck)
#include "TestBulkRowCheck.moc"
