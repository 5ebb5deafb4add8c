#include "core/BulkSource.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace tc {

bool BulkSource::open(const QString &path, QString *error, char delimiter)
{
    m_reader.reset();
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, m_file->errorString());
        return false;
    }
    m_size = m_file->size();
    m_reader = std::make_unique<CsvReader>(m_file.get(), delimiter);
    m_row = 0;
    CsvRecord r;
    while (m_reader->next(r)) {
        if (r.isBlank() && !r.isMalformed())
            continue;
        if (r.isMalformed()) {
            *error = u"line %1: the header row is malformed: %2"_s.arg(r.line).arg(r.error);
            return false;
        }
        for (QString &h : r.fields)
            h = h.trimmed();
        m_header = r.fields;
        m_headerLine = r.line;
        return true;
    }
    *error = m_reader->hasReadError() ? u"cannot read %1: %2"_s.arg(path, m_reader->errorString())
                                      : u"%1 has no header row (the file is empty)"_s.arg(path);
    return false;
}

bool BulkSource::next(qint64 *rowNo, CsvRecord *record)
{
    if (!m_reader)
        return false;
    while (m_reader->next(*record)) {
        if (record->isBlank() && !record->isMalformed())
            continue;
        *rowNo = ++m_row;
        return true;
    }
    return false;
}

QString BulkSource::fingerprint(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        *error = u"cannot read %1: %2"_s.arg(path, f.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tc
