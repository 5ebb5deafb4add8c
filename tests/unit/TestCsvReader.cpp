// The streaming CSV reader (libcsv underneath): RFC 4180 quoting, embedded newlines, CRLF, BOM,
// ragged rows, malformed quoting, delimiters, line numbers, flat memory on long inputs, and cells
// that are not UTF-8 (column and byte position reported; valid multi-byte text untouched).
#include "core/util/CsvReader.h"
#include "core/util/CsvWriter.h"

#include <QBuffer>
#include <QStringDecoder>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using tc::CsvReader;
using tc::CsvRecord;

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_quotedFields_unescapesDoubledQuotes()
    {
        const auto r = CsvReader::parseAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",plain\n");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(1).fields, (QStringList{u"x, y"_s, u"say \"hi\""_s, u"plain"_s}));
        QVERIFY(!r.at(1).isMalformed());
    }

    void parse_embeddedNewline_keepsStartLine()
    {
        const auto r = CsvReader::parseAll("h1,h2\n\"line one\nline two\",x\nnext,row\n");
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(1).fields.first(), u"line one\nline two"_s);
        QCOMPARE(r.at(1).line, 2);
        QCOMPARE(r.at(1).endLine, 3);
        QCOMPARE(r.at(2).line, 4);
    }

    void parse_crlfAndBom_areInvisible()
    {
        const auto r = CsvReader::parseAll("\xEF\xBB\xBF"
                                           "FirstName,Email\r\nAda,ada@example.org\r\n\r\nBob,bob@example.org\r\n");
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).fields, (QStringList{u"FirstName"_s, u"Email"_s}));
        QCOMPARE(r.at(1).fields, (QStringList{u"Ada"_s, u"ada@example.org"_s}));
        QCOMPARE(r.at(2).line, 4); // the blank line 3 is skipped but counted
    }

    // Only the file's first bytes may be a byte order mark; a U+FEFF that begins a later cell is
    // the cell's text and is kept (QString::fromUtf8 would drop it, so a written cell came back
    // shorter: found by fuzz-csv, corpus file bom-inside-cell).
    void parse_bomInsideACell_isKept()
    {
        const auto r = CsvReader::parseAll("\xEF\xBB\xBF"
                                           "a,b\r\n\xEF\xBB\xBFx,\xEF\xBB\xBF\xEF\xBB\xBFy\r\n");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0).fields, (QStringList{u"a"_s, u"b"_s}));
        const QString bom(QChar(0xFEFF));
        QCOMPARE(r.at(1).fields, (QStringList{bom + u"x"_s, bom + bom + u"y"_s}));
    }

    void parse_bareCrLineEnds_splitRecords()
    {
        const auto r = CsvReader::parseAll("a,b\rc,d\re,f");
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(2).fields, (QStringList{u"e"_s, u"f"_s}));
        QCOMPARE(r.at(2).line, 3);
    }

    void parse_raggedRows_keepTheirFieldCount()
    {
        const auto r = CsvReader::parseAll("a,b,c\n1,2\n1,2,3,4\n");
        QCOMPARE(r.at(1).fields.size(), 2);
        QCOMPARE(r.at(2).fields.size(), 4);
    }

    void parse_spacesArePartOfFields()
    {
        const auto r = CsvReader::parseAll("a,b\n  x , y\n");
        QCOMPARE(r.at(1).fields, (QStringList{u"  x "_s, u" y"_s}));
    }

    void parse_quoteInsideUnquotedField_isMalformedAndReaderGoesOn()
    {
        const auto r = CsvReader::parseAll("a,b\nok,1\nbad\"field,2\n\"x\"y,3\nfine,4\n");
        QCOMPARE(r.size(), 5);
        QVERIFY(r.at(2).isMalformed());
        QCOMPARE(r.at(2).line, 3);
        QVERIFY(r.at(3).isMalformed());
        QCOMPARE(r.at(3).line, 4);
        QCOMPARE(r.at(4).fields, (QStringList{u"fine"_s, u"4"_s}));
        QCOMPARE(r.at(4).line, 5);
    }

    void parse_unterminatedQuoteAtEnd_isMalformed()
    {
        const auto r = CsvReader::parseAll("a,b\n1,\"never closed\n");
        QCOMPARE(r.size(), 2);
        QVERIFY(r.at(1).isMalformed());
        QVERIFY2(r.at(1).error.contains(u"unterminated"_s), qPrintable(r.at(1).error));
        QCOMPARE(r.at(1).line, 2);
    }

    void parse_noFinalNewline_lastRecordKept()
    {
        const auto r = CsvReader::parseAll("a,b\n1,2");
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(1).fields, (QStringList{u"1"_s, u"2"_s}));
    }

    void parse_delimiterDetected_semicolonAndTab()
    {
        auto r = CsvReader::parseAll("FirstName;Email\nAda;\"a;b@example.org\"\n");
        QCOMPARE(r.at(1).fields, (QStringList{u"Ada"_s, u"a;b@example.org"_s}));
        r = CsvReader::parseAll("FirstName\tEmail\nAda\tada@example.org\n");
        QCOMPARE(r.at(1).fields, (QStringList{u"Ada"_s, u"ada@example.org"_s}));
        r = CsvReader::parseAll("a;b\n1,2;3\n", ','); // forced
        QCOMPARE(r.at(1).fields, (QStringList{u"1"_s, u"2;3"_s}));
    }

    void parse_utf8_decoded()
    {
        const auto r = CsvReader::parseAll("n\n\"Zoë Ünal\"\n");
        QCOMPARE(r.at(1).fields.first(), u"Zoë Ünal"_s);
    }

    void parse_invalidUtf8_reportedWithColumnAndPosition()
    {
        // "First" + Latin-1 'é' (0xE9) + "35": what a file saved as Windows-1252 holds.
        const auto r = CsvReader::parseAll("FirstName,City\nFirst\xE9"
                                           "35,Paris\nAda,Caf\xE9\nOk,\"say \"\"\xFF\"\"\"\n");
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(1).textErrors, (QList<tc::CsvTextError>{{0, 6, 0xE9}}));
        QCOMPARE(r.at(1).line, 2);
        QCOMPARE(r.at(1).textErrors.first().reason(),
                 u"not valid UTF-8 text (byte 0xE9 at position 6); save the file as UTF-8"_s);
        QCOMPARE(r.at(1).fields.at(1), u"Paris"_s);                            // the record is read, only flagged
        QCOMPARE(r.at(2).textErrors, (QList<tc::CsvTextError>{{1, 4, 0xE9}})); // at the end of a field
        QCOMPARE(r.at(3).textErrors, (QList<tc::CsvTextError>{{1, 6, 0xFF}})); // in the unquoted value
        QCOMPARE(r.at(3).line, 4);
        QVERIFY(!r.at(0).hasTextErrors());
        for (const auto &rec : r)
            QVERIFY(!rec.isMalformed());
    }

    void parse_validMultiByteUtf8_passes()
    {
        // 2-, 3- and 4-byte sequences, at a field's start and end, quoted or not.
        const auto r = CsvReader::parseAll("FirstName,City,Note\r\nZoë,Київ,\"日本 😀\"\r\nÅsa,東京,😀\r\n");
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(1).fields, (QStringList{u"Zoë"_s, u"Київ"_s, u"日本 😀"_s}));
        QCOMPARE(r.at(2).fields, (QStringList{u"Åsa"_s, u"東京"_s, u"😀"_s}));
        for (const auto &rec : r)
            QVERIFY(!rec.hasTextErrors());
    }

    void invalidUtf8At_wellFormedSequencesOnly_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("at");
        QTest::newRow("ascii") << QByteArray("plain text, 123") << -1;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("2-byte") << QByteArray("Zo\xC3\xAB") << -1;
        QTest::newRow("3-byte") << QByteArray("\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 \xE2\x82\xAC") << -1;
        QTest::newRow("4-byte") << QByteArray("x\xF0\x9F\x98\x80y") << -1;
        QTest::newRow("max") << QByteArray("\xF4\x8F\xBF\xBF") << -1;
        QTest::newRow("latin-1") << QByteArray("First\xE9"
                                               "35")
                                 << 5;
        QTest::newRow("lone continuation") << QByteArray("ab\x80") << 2;
        QTest::newRow("overlong 2") << QByteArray("\xC0\xAF") << 0;
        QTest::newRow("overlong 3") << QByteArray("a\xE0\x80\xAF") << 1;
        QTest::newRow("overlong 4") << QByteArray("\xF0\x80\x80\xAF") << 0;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 0;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
        QTest::newRow("F5") << QByteArray("\xF5\x80\x80\x80") << 0;
        QTest::newRow("FF") << QByteArray("ok\xFF") << 2;
        QTest::newRow("cut at the end") << QByteArray("euro \xE2\x82") << 5;
        QTest::newRow("bad 3rd byte") << QByteArray("\xE2\x82z") << 0;
        QTest::newRow("bad 4th byte") << QByteArray("\xF0\x9F\x98z") << 0;
    }

    void invalidUtf8At_wellFormedSequencesOnly()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, at);
        QCOMPARE(CsvReader::invalidUtf8At(bytes.constData(), bytes.size()), qsizetype(at));
        // The same verdict as Qt's own decoder.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(bytes);
        QCOMPARE(decoder.hasError(), at >= 0);
        Q_UNUSED(decoded);
    }

    void parse_blankRecord_isBlank()
    {
        const auto r = CsvReader::parseAll("a,b\n,\n1,2\n");
        QCOMPARE(r.size(), 3);
        QVERIFY(r.at(1).isBlank());
        QVERIFY(!r.at(2).isBlank());
    }

    void stream_chunkBoundaries_doNotSplitRecords()
    {
        // Records straddle the 64 KiB chunk boundary, including a CR right at the edge.
        QByteArray text = "id,text\r\n";
        int n = 0;
        while (text.size() < 3 * CsvReader::ChunkBytes) {
            ++n;
            text += QByteArray::number(n) + ",\"multi\r\nline " + QByteArray::number(n) + "\"\r\n";
        }
        const auto r = CsvReader::parseAll(text);
        QCOMPARE(r.size(), n + 1);
        for (int i = 1; i <= n; ++i) {
            QCOMPARE(r.at(i).fields.at(0), QString::number(i));
            QCOMPARE(r.at(i).fields.at(1), u"multi\r\nline "_s + QString::number(i));
            QCOMPARE(r.at(i).line, qint64(2 * i));
        }
    }

    void stream_hugeUnterminatedQuote_isBoundedAndReported()
    {
        QByteArray text = "a,b\n1,\"";
        text += QByteArray(CsvReader::MaxRecordBytes / 40 + 10, 'x').repeated(1);
        for (int i = 0; i < 50; ++i)
            text += QByteArray(40000, 'y') + "\n";
        const auto r = CsvReader::parseAll(text);
        QVERIFY(r.size() >= 2);
        QVERIFY(r.at(1).isMalformed());
        QVERIFY2(r.at(1).error.contains(u"longer than"_s), qPrintable(r.at(1).error));
    }

    void writer_roundTrip_throughReader()
    {
        const QStringList fields{u"plain"_s,       u"with,comma"_s, u"with \"quote\""_s,
                                 u"multi\nline"_s, u" padded "_s,   QString()};
        QByteArray out;
        QBuffer b(&out);
        b.open(QIODevice::WriteOnly);
        tc::CsvWriter w(&b);
        QVERIFY(w.writeRow({u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s}));
        QVERIFY(w.writeRow(fields));
        b.close();
        QVERIFY(out.endsWith("\r\n"));
        const auto r = CsvReader::parseAll(out);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(1).fields, fields);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
