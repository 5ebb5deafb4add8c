#pragma once
// A streaming RFC 4180 CSV reader over any QIODevice, built on Debian's libcsv (strict mode).
// It holds one record at a time (memory stays flat for files of any length), and knows the
// physical line each record starts on, so errors can say "line 1234".
//
// Handles: quoted fields with "" escapes, embedded newlines, CRLF / LF / CR line ends, a UTF-8
// BOM, blank lines (skipped), ragged rows (reported as they are: the caller compares the field
// count), a delimiter of ',' ';' or TAB (auto-detected from the first line unless given).
// A malformed record (a quote inside an unquoted field, text after a closing quote, an
// unterminated quote at the end, or one record longer than MaxRecordBytes) comes back with
// error() set and the reader goes on at the next line.
// A field whose bytes are not valid UTF-8 (a file saved as Latin-1 / Windows-1252) is decoded with
// U+FFFD in their place and listed in the record's textErrors (column, byte, position), so the
// caller can refuse the row instead of sending replacement characters ("First��35").
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <deque>

class QIODevice;
struct csv_parser;

namespace tc {

// A field that is not valid UTF-8 text.
struct CsvTextError
{
    qsizetype column = 0;   // 0-based index into CsvRecord::fields
    qsizetype position = 0; // 1-based byte position in the field's (unquoted) value
    quint8 byte = 0;        // the first byte that is not valid UTF-8 there

    // "not valid UTF-8 text (byte 0xE9 at position 6); save the file as UTF-8"
    QString reason() const;
    friend bool operator==(const CsvTextError &, const CsvTextError &) = default;
};

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;                // 1-based physical line the record starts on
    qint64 endLine = 0;             // the line it ends on (differs when a quoted field holds newlines)
    QString error;                  // set when the record is malformed (fields are then what could be read)
    QList<CsvTextError> textErrors; // fields that are not valid UTF-8 (at most one per field)

    bool isMalformed() const { return !error.isEmpty(); }
    bool hasTextErrors() const { return !textErrors.isEmpty(); }
    // Every field empty or only white space (e.g. ",,,," from a spreadsheet).
    bool isBlank() const;
};

class CsvReader
{
public:
    static constexpr qint64 MaxRecordBytes = 1024 * 1024;
    static constexpr qint64 ChunkBytes = 64 * 1024;

    // delimiter 0: detect from the first line (',' ';' or '\t', ',' when unclear).
    explicit CsvReader(QIODevice *device, char delimiter = 0);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record; false at the end of the input (or on a read error: see errorString()).
    bool next(CsvRecord &record);

    char delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; } // for progress
    qint64 linesRead() const { return m_line; }
    bool hasReadError() const { return !m_readError.isEmpty(); }
    QString errorString() const { return m_readError; }

    // Parses a whole in-memory text (tests, small inputs).
    static QList<CsvRecord> parseAll(const QByteArray &text, char delimiter = 0);

    // The 0-based index of the first byte of data that does not start a well-formed UTF-8
    // sequence (overlong forms, surrogates and code points past U+10FFFF are not well-formed;
    // neither is a sequence cut off by the end of data); -1 when all of it is valid.
    static qsizetype invalidUtf8At(const char *data, qsizetype size);

private:
    static void onField(void *data, size_t len, void *self);
    static void onRecordEnd(int c, void *self);
    bool fillLines();
    void feedLine(const QByteArray &line);
    void finish();
    void resetParser();
    void setupParser();
    void malformed(const QString &why);
    static char detectDelimiter(const QByteArray &firstLine);

    QIODevice *m_device;
    char m_delimiter;
    csv_parser *m_parser = nullptr;
    QByteArray m_pending; // bytes read but not yet split into lines
    std::deque<QByteArray> m_lines;
    std::deque<CsvRecord> m_ready;
    CsvRecord m_current;
    bool m_inRecord = false;
    bool m_discardRecord = false; // the rest of a malformed record is being skipped
    qint64 m_recordBytes = 0;
    qint64 m_line = 0; // lines fed so far
    qint64 m_bytesRead = 0;
    bool m_first = true;
    bool m_eof = false;
    bool m_finished = false;
    QString m_readError;
};

} // namespace tc
