// The CSV writer every export goes through: no cell may run as a spreadsheet formula (CSV
// injection, OWASP): a cell starting with '=', '+', '-', '@', TAB or CR gets a "'" in front, and the
// file still reads back (CsvReader) cell for cell.
#include "core/util/CsvReader.h"
#include "core/util/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using tc::CsvReader;
using tc::CsvWriter;

class TestCsvWriter : public QObject
{
    Q_OBJECT

    static QByteArray write(const QList<QStringList> &rows, char delimiter = ',')
    {
        QByteArray out;
        QBuffer b(&out);
        b.open(QIODevice::WriteOnly);
        CsvWriter w(&b, delimiter);
        for (const QStringList &row : rows) {
            if (!w.writeRow(row))
                return {};
        }
        return out;
    }

private Q_SLOTS:
    void formulaCells_neutralized_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("=") << u"=HYPERLINK(\"http://evil.example\",\"click\")"_s
                           << u"'=HYPERLINK(\"http://evil.example\",\"click\")"_s;
        QTest::newRow("+") << u"+44 20 7946 0000"_s << u"'+44 20 7946 0000"_s;
        QTest::newRow("-") << u"-2+3+cmd|' /C calc'!A0"_s << u"'-2+3+cmd|' /C calc'!A0"_s;
        QTest::newRow("@") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s << u"'@SUM(1+1)*cmd|' /C calc'!A0"_s;
        QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
        QTest::newRow("cr") << u"\r=1+1"_s << u"'\r=1+1"_s;
        QTest::newRow("lone =") << u"="_s << u"'="_s;
        // Not at the start, or another first character: written as it is.
        QTest::newRow("inside") << u"a=b+c-d@e"_s << u"a=b+c-d@e"_s;
        QTest::newRow("email") << u"ada@example.org"_s << u"ada@example.org"_s;
        QTest::newRow("date") << u"2024-05-01T10:00:00.000Z"_s << u"2024-05-01T10:00:00.000Z"_s;
        QTest::newRow("json") << u"{\"FirstName\":\"=x\"}"_s << u"{\"FirstName\":\"=x\"}"_s;
        QTest::newRow("quote") << u"'=already"_s << u"'=already"_s;
        QTest::newRow("space first") << u" =1+1"_s << u" =1+1"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void formulaCells_neutralized()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::neutralized(cell), written);
        // Read back with the reader: one record, the cell as written, its neighbours untouched.
        for (char delimiter : {',', ';', '\t'}) {
            const QByteArray text = write({{u"a"_s, u"b"_s, u"c"_s}, {u"x"_s, cell, u"y"_s}}, delimiter);
            QVERIFY(!text.isEmpty());
            const auto r = CsvReader::parseAll(text, delimiter);
            QCOMPARE(r.size(), 2);
            QVERIFY(!r.at(1).isMalformed());
            QCOMPARE(r.at(1).fields, (QStringList{u"x"_s, written, u"y"_s}));
        }
    }

    void everyCell_header_andEncodedFields()
    {
        // The header row and every column pass through the same rule.
        const QByteArray text = write({{u"=Name"_s, u"Phone"_s}, {u"-1"_s, u"+1 555 0100"_s}, {u"@a"_s, u"b"_s}});
        QCOMPARE(text, QByteArray("'=Name,Phone\r\n'-1,'+1 555 0100\r\n'@a,b\r\n"));
        QCOMPARE(CsvWriter::encodeField(u"=1,2"_s), QByteArray("\"'=1,2\""));
        QCOMPARE(CsvWriter::encodeRow({u"+a"_s, u"b"_s}), QByteArray("'+a,b\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
