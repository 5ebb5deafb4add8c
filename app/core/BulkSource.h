#pragma once
// The rows of a bulk CSV file, streamed: the first non-blank record is the header; every later
// non-blank record is one data row, numbered 1, 2, ... (the same numbers in the dry run, the run,
// a resumed run and the results export). Blank records (every cell empty) are not rows.
#include "core/CsvReader.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace tc {

class BulkSource
{
public:
    BulkSource() = default;
    // Opens the file and reads its header. False + *error when it cannot be read or has no header.
    bool open(const QString &path, QString *error, char delimiter = 0);

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
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvReader> m_reader;
    QStringList m_header;
    qint64 m_headerLine = 0;
    qint64 m_row = 0;
    qint64 m_size = 0;
};

} // namespace tc
