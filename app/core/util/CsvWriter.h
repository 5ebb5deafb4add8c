#pragma once
// Writes RFC 4180 CSV (CRLF line ends; a field is quoted when it holds the delimiter, a quote,
// CR or LF, or leading/trailing spaces; quotes are doubled). UTF-8, no BOM.
//
// Every export opens in a spreadsheet, so no cell may run as a formula (CSV injection, OWASP): a
// cell that starts with '=', '+', '-', '@', TAB or CR is written with a "'" in front
// ("=HYPERLINK(...)" -> "'=HYPERLINK(...)", "+44 20 7946 0000" -> "'+44 20 7946 0000"). This
// holds for every CSV the console writes (ledger, bulk results, CreateMany).
#include <QString>
#include <QStringList>

class QIODevice;

namespace tc {

class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, char delimiter = ',') : m_device(device), m_delimiter(delimiter) { }

    // False once a write failed (see errorString()).
    bool writeRow(const QStringList &fields);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    static QByteArray encodeField(const QString &field, char delimiter = ',');
    // The cell as written: field, or "'" + field when a spreadsheet would read it as a formula.
    static QString neutralized(const QString &field);
    static QByteArray encodeRow(const QStringList &fields, char delimiter = ',');

private:
    QIODevice *m_device;
    char m_delimiter;
    QString m_error;
};

} // namespace tc
