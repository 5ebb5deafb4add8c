#pragma once
// The rows of a bulk CSV file, streamed: the first non-blank record is the header; every later
// non-blank record is one data row, numbered 1, 2, ... (the same numbers in the dry run, the run,
// a resumed run and the results export). Blank records (every cell empty) are not rows.
//
// open() refuses a file that cannot be a bulk file, with a message a person can act on:
//   Empty      "the file is empty" (no bytes, or only blank lines)
//   NotText    "this does not look like a CSV text file (binary data at byte N)": a NUL byte in
//              the first 64 KiB (an image, a program, UTF-16 text), or a header row that is not
//              UTF-8. N is the 1-based byte offset in the file.
//   NoRows     "the file has a header but no rows"
//   Malformed  the header row's quoting is broken
//   Unreadable the file cannot be opened or read
// A cell that is not UTF-8 in a data row is the row's problem, not the file's (CsvRecord::textErrors).
#include "core/util/CsvReader.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tc {

enum class BulkFileProblem { None, Unreadable, Empty, NotText, Malformed, NoRows };

class BulkSource
{
public:
    BulkSource() = default;
    // Opens the file, reads its header and makes sure a data row follows. False + *error (and
    // problem()) when it cannot be read, is empty, is not text, or has no header or no rows.
    bool open(const QString &path, QString *error, char delimiter = 0);
    // Why the last open() failed (None after a successful one).
    BulkFileProblem problem() const { return m_problem; }

    QStringList header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    char delimiter() const { return m_reader ? m_reader->delimiter() : ','; }
    // The next data row; false at the end (check readError()).
    bool next(qint64 *rowNo, CsvRecord *record);
    qint64 lastRow() const { return m_row; }
    qint64 bytesRead() const { return m_reader ? m_reader->bytesRead() : 0; }
    qint64 fileSize() const { return m_size; }
    QString readError() const { return m_reader ? m_reader->errorString() : QString(); }

    // SHA-256 (hex) of the whole file; empty + *error when it cannot be read.
    static QString fingerprint(const QString &path, QString *error);

private:
    bool refuse(BulkFileProblem problem, const QString &why, QString *error);
    bool nextRecord(CsvRecord *record);

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvReader> m_reader;
    std::optional<CsvRecord> m_peeked; // the first data row, read by open()
    BulkFileProblem m_problem = BulkFileProblem::None;
    QStringList m_header;
    qint64 m_headerLine = 0;
    qint64 m_row = 0;
    qint64 m_size = 0;
};

} // namespace tc
