// libFuzzer harness: a bulk CSV file as the console reads it. The bytes go through CsvReader
// (auto-detected and fixed delimiter), CsvMapping (header, overrides, rows to profiles),
// BulkRowCheck (the one check shared by the dry run and the run) and BulkSource (the file as a
// bulk run opens it). Properties checked besides "no crash":
//   - records come in file order with sane line numbers and text errors inside the record;
//   - a row the check passes is one ApiClient would send (the dry run and the run agree);
//   - what CsvWriter writes, CsvReader reads back as written (formula cells neutralized);
//   - CsvReader::invalidUtf8At agrees with Qt's UTF-8 decoder about valid text.
#include "core/bulk/BulkRowCheck.h"
#include "core/bulk/BulkSource.h"
#include "core/bulk/CsvMapping.h"
#include "core/util/CsvReader.h"
#include "core/util/CsvWriter.h"

#include <QByteArray>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property that does not hold: say which, then crash (libFuzzer keeps the input).
[[noreturn]] static void fail(const char *what)
{
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
}

namespace {

void checkOrder(const QList<tc::CsvRecord> &records)
{
    qint64 previousEnd = 0;
    for (const tc::CsvRecord &r : records) {
        if (r.line < 1 || r.endLine < r.line || r.line <= previousEnd)
            fail("r.line < 1 || r.endLine < r.line || r.line <= previousEnd");
        previousEnd = r.endLine;
        for (const tc::CsvTextError &t : r.textErrors) {
            if (t.column < 0 || t.column >= r.fields.size() || t.position < 1)
                fail("t.column < 0 || t.column >= r.fields.size() || t.position < 1");
        }
    }
}

void checkRows(const QList<tc::CsvRecord> &records)
{
    qsizetype first = 0;
    while (first < records.size() && records.at(first).isBlank() && !records.at(first).isMalformed())
        ++first;
    if (first >= records.size())
        return;
    const tc::CsvMapping mapping = tc::CsvMapping::fromHeader(records.at(first).fields);
    (void)mapping.problems();
    (void)mapping.ignoredColumns();
    if (tc::CsvMapping::fromJson(mapping.toJson()) != mapping)
        fail("tc::CsvMapping::fromJson(mapping.toJson()) != mapping");
    tc::BulkRowCheck check(mapping);
    qint64 row = 0;
    for (qsizetype i = first + 1; i < records.size(); ++i) {
        const tc::CsvRecord &record = records.at(i);
        if (record.isBlank() && !record.isMalformed())
            continue;
        QList<tc::RowError> errors;
        const tc::RegistrationProfile profile = check.check(record, ++row, &errors);
        (void)profile.toJson();
        if (errors.isEmpty() && !profile.validate().isEmpty())
            fail("errors.isEmpty() && !profile.validate().isEmpty()"); // the dry run passed a row that registerUser() would refuse
        (void)tc::BulkRowCheck::notSentReason(errors);
        if (row == 1 && !record.fields.isEmpty()) {
            tc::CsvMapping overridden = mapping;
            QString why;
            (void)overridden.applyOverride(record.fields.constFirst(), &why);
        }
    }
}

void checkRoundTrip(const QList<tc::CsvRecord> &records)
{
    QByteArray written;
    QList<QStringList> expected;
    for (const tc::CsvRecord &r : records) {
        // A record of no cell or one empty cell (what a malformed line may leave) is written as an
        // empty line, which a reader skips.
        if (r.fields.isEmpty() || (r.fields.size() == 1 && r.fields.constFirst().isEmpty()))
            continue;
        if (expected.isEmpty() && !r.fields.isEmpty() && r.fields.constFirst().startsWith(QChar(0xFEFF)))
            return; // would be read back as a byte order mark
        QStringList cells;
        for (const QString &f : r.fields)
            cells.append(tc::CsvWriter::neutralized(f));
        expected.append(cells);
        written += tc::CsvWriter::encodeRow(r.fields, ',');
    }
    if (written.size() > tc::CsvReader::MaxRecordBytes)
        return;
    const QList<tc::CsvRecord> back = tc::CsvReader::parseAll(written, ',');
    if (back.size() != expected.size())
        fail("back.size() != expected.size()");
    for (qsizetype i = 0; i < back.size(); ++i) {
        if (back.at(i).isMalformed() || back.at(i).fields != expected.at(i))
            fail("back.at(i).isMalformed() || back.at(i).fields != expected.at(i)");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    // (Qt's decoder drops a leading byte order mark, each time.)
    QByteArray text = bytes;
    while (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (tc::CsvReader::invalidUtf8At(text.constData(), text.size()) < 0 && QString::fromUtf8(text).toUtf8() != text)
        fail("invalidUtf8At() calls valid what Qt does not decode back to the same bytes");

    const QList<tc::CsvRecord> detected = tc::CsvReader::parseAll(bytes);
    checkOrder(detected);
    checkRows(detected);

    const QList<tc::CsvRecord> comma = tc::CsvReader::parseAll(bytes, ',');
    checkOrder(comma);
    checkRoundTrip(comma);

    static QTemporaryFile *file = [] {
        auto *f = new QTemporaryFile;
        if (!f->open())
            fail("!f->open()");
        return f;
    }();
    file->resize(0);
    file->seek(0);
    file->write(bytes);
    file->flush();
    tc::BulkSource source;
    QString error;
    if (source.open(file->fileName(), &error)) {
        if (source.header().isEmpty() || !error.isEmpty())
            fail("source.header().isEmpty() || !error.isEmpty()");
        qint64 rowNo = 0, previous = 0;
        tc::CsvRecord record;
        while (source.next(&rowNo, &record)) {
            if (rowNo != previous + 1)
                fail("rowNo != previous + 1");
            previous = rowNo;
        }
    } else if (error.isEmpty() || source.problem() == tc::BulkFileProblem::None) {
        fail("error.isEmpty() || source.problem() == tc::BulkFileProblem::None"); // a refusal always says why
    }
    return 0;
}
