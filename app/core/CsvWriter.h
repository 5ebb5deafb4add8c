#pragma once
// Writes RFC 4180 CSV (CRLF line ends; a field is quoted when it holds the delimiter, a quote,
// CR or LF, or leading/trailing spaces; quotes are doubled). UTF-8, no BOM.
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
    static QByteArray encodeRow(const QStringList &fields, char delimiter = ',');

private:
    QIODevice *m_device;
    char m_delimiter;
    QString m_error;
};

} // namespace tc
