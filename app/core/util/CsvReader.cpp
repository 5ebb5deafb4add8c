#include "core/util/CsvReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

#include <csv.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
// RFC 4180: spaces are part of a field. (libcsv trims them by default.)
int noSpace(unsigned char)
{
    return 0;
}

bool isBlankLine(const QByteArray &line)
{
    for (char c : line) {
        if (c != '\r' && c != '\n')
            return false;
    }
    return true;
}
} // namespace

QString CsvTextError::reason() const
{
    const QString hex = QString::number(uint(byte), 16).toUpper().rightJustified(2, u'0');
    return QCoreApplication::translate("tc::CsvReader",
                                       "not valid UTF-8 text (byte 0x%1 at position %2); save the file as UTF-8")
            .arg(hex)
            .arg(position);
}

bool CsvRecord::isBlank() const
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

CsvReader::CsvReader(QIODevice *device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
    m_parser = new csv_parser;
    setupParser();
}

CsvReader::~CsvReader()
{
    csv_free(m_parser);
    delete m_parser;
}

void CsvReader::resetParser()
{
    csv_free(m_parser);
    setupParser();
}

void CsvReader::setupParser()
{
    csv_init(m_parser, CSV_STRICT | CSV_STRICT_FINI);
    csv_set_space_func(m_parser, noSpace);
    if (m_delimiter)
        csv_set_delim(m_parser, static_cast<unsigned char>(m_delimiter));
}

char CsvReader::detectDelimiter(const QByteArray &firstLine)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == ',')
            ++comma;
        else if (!quoted && c == ';')
            ++semicolon;
        else if (!quoted && c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

qsizetype CsvReader::invalidUtf8At(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < size) {
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Unicode 15, table 3-7: the well-formed byte sequences.
        qsizetype length = 0;
        uchar low = 0x80, high = 0xBF; // the second byte's range
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c == 0xE0) {
            length = 3;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            length = 3;
        } else if (c == 0xED) {
            length = 3;
            high = 0x9F;
        } else if (c == 0xF0) {
            length = 4;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            length = 4;
        } else if (c == 0xF4) {
            length = 4;
            high = 0x8F;
        } else {
            return i;
        }
        if (size - i < length || s[i + 1] < low || s[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

void CsvReader::onField(void *data, size_t len, void *self)
{
    auto *r = static_cast<CsvReader *>(self);
    if (r->m_discardRecord)
        return;
    const auto *text = static_cast<const char *>(data);
    const auto size = qsizetype(len);
    if (const qsizetype bad = invalidUtf8At(text, size); bad >= 0)
        r->m_current.textErrors.append({r->m_current.fields.size(), bad + 1, quint8(text[bad])});
    QString field = QString::fromUtf8(text, size);
    if (size >= 3 && std::memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        field.prepend(QChar(0xFEFF)); // fromUtf8 drops a leading BOM; inside the file it is the cell's text
    r->m_current.fields.append(field);
}

void CsvReader::onRecordEnd(int, void *self)
{
    auto *r = static_cast<CsvReader *>(self);
    if (!r->m_discardRecord) {
        r->m_current.endLine = r->m_line;
        r->m_ready.push_back(std::move(r->m_current));
    }
    r->m_current = CsvRecord();
    r->m_inRecord = false;
    r->m_discardRecord = false;
}

void CsvReader::malformed(const QString &why)
{
    m_current.error = why;
    m_current.endLine = m_line;
    m_ready.push_back(std::move(m_current));
    m_current = CsvRecord();
    m_inRecord = false;
    m_discardRecord = false;
    resetParser();
}

void CsvReader::feedLine(const QByteArray &rawLine)
{
    QByteArray line = rawLine;
    if (m_first) {
        m_first = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (!m_delimiter) {
            m_delimiter = detectDelimiter(line);
            csv_set_delim(m_parser, static_cast<unsigned char>(m_delimiter));
        }
    }
    ++m_line;
    if (!m_inRecord) {
        if (isBlankLine(line))
            return;
        m_inRecord = true;
        m_recordBytes = 0;
        m_current = CsvRecord();
        m_current.line = m_line;
    }
    m_recordBytes += line.size();
    if (m_recordBytes > MaxRecordBytes) {
        malformed(QCoreApplication::translate("tc::CsvReader",
                                              "the record is longer than %1 bytes (an unterminated quote?)")
                          .arg(MaxRecordBytes));
        return;
    }
    const size_t done = csv_parse(m_parser, line.constData(), size_t(line.size()), onField, onRecordEnd, this);
    if (done < size_t(line.size())) {
        const int err = csv_error(m_parser);
        QString why = err == CSV_EPARSE ? QCoreApplication::translate(
                              "tc::CsvReader",
                              "malformed quoting (a quote inside an unquoted field, or text after a closing quote)")
                                        : QString::fromLatin1(csv_strerror(err));
        if (!m_inRecord) { // the error hit a record that started on this same line after another ended
            m_current.line = m_line;
        }
        malformed(why);
    }
}

bool CsvReader::fillLines()
{
    while (m_lines.empty() && !m_eof) {
        const QByteArray chunk = m_device->read(ChunkBytes);
        if (chunk.isEmpty()) {
            if (!m_device->isSequential() && !m_device->atEnd())
                m_readError = m_device->errorString();
            m_eof = true;
            if (!m_pending.isEmpty()) {
                m_lines.push_back(m_pending);
                m_pending.clear();
            }
            break;
        }
        m_bytesRead += chunk.size();
        m_pending.append(chunk);
        qsizetype start = 0;
        const qsizetype n = m_pending.size();
        for (qsizetype i = 0; i < n; ++i) {
            const char c = m_pending.at(i);
            if (c == '\n') {
                m_lines.push_back(m_pending.mid(start, i + 1 - start));
                start = i + 1;
            } else if (c == '\r') {
                if (i + 1 < n) {
                    if (m_pending.at(i + 1) != '\n') { // a bare CR ends a line
                        m_lines.push_back(m_pending.mid(start, i + 1 - start));
                        start = i + 1;
                    }
                } else {
                    break; // wait for the next chunk to see whether LF follows
                }
            }
        }
        m_pending.remove(0, start);
    }
    return !m_lines.empty();
}

void CsvReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_first)
        return; // empty input
    const int rc = csv_fini(m_parser, onField, onRecordEnd, this);
    if (rc != 0 && m_inRecord)
        malformed(QCoreApplication::translate("tc::CsvReader",
                                              "unterminated quoted field (the file ends inside quotes)"));
}

bool CsvReader::next(CsvRecord &record)
{
    while (m_ready.empty()) {
        if (!fillLines()) {
            finish();
            break;
        }
        const QByteArray line = std::move(m_lines.front());
        m_lines.pop_front();
        feedLine(line);
    }
    if (m_ready.empty())
        return false;
    record = std::move(m_ready.front());
    m_ready.pop_front();
    return true;
}

QList<CsvRecord> CsvReader::parseAll(const QByteArray &text, char delimiter)
{
    QByteArray copy = text;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, delimiter);
    QList<CsvRecord> records;
    CsvRecord r;
    while (reader.next(r))
        records.append(r);
    return records;
}

} // namespace tc
