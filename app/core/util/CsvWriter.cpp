#include "core/util/CsvWriter.h"

#include <QIODevice>

namespace tc {

QString CsvWriter::neutralized(const QString &field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r': return QChar(u'\'') + field;
    default: return field;
    }
}

QByteArray CsvWriter::encodeField(const QString &field, char delimiter)
{
    const QByteArray utf8 = neutralized(field).toUtf8();
    bool quote = !utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' ');
    for (char c : utf8) {
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray CsvWriter::encodeRow(const QStringList &fields, char delimiter)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line.append(delimiter);
        line.append(encodeField(fields.at(i), delimiter));
    }
    line.append("\r\n");
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (hasError())
        return false;
    const QByteArray line = encodeRow(fields, m_delimiter);
    if (m_device->write(line) != line.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

} // namespace tc
