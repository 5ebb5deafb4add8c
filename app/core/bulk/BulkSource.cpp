#include "core/bulk/BulkSource.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace tc {

bool BulkSource::refuse(BulkFileProblem problem, const QString &why, QString *error)
{
    m_problem = problem;
    m_reader.reset();
    m_peeked.reset();
    m_header.clear();
    *error = why;
    return false;
}

bool BulkSource::open(const QString &path, QString *error, char delimiter)
{
    m_reader.reset();
    m_peeked.reset();
    m_header.clear();
    m_headerLine = 0;
    m_row = 0;
    m_problem = BulkFileProblem::None;
    m_file = std::make_unique<QFile>(path);
    const auto unreadable = [&](const QString &why) {
        return refuse(BulkFileProblem::Unreadable,
                      QCoreApplication::translate("tc::BulkSource", "cannot read %1: %2").arg(path, why), error);
    };
    if (!m_file->open(QIODevice::ReadOnly))
        return unreadable(m_file->errorString());
    m_size = m_file->size();

    // Not text: a NUL byte early on (images, programs, archives, UTF-16), checked before parsing so
    // a PNG is not read as "2 columns".
    const QByteArray head = m_file->peek(CsvReader::ChunkBytes);
    const auto notText = [&](qsizetype offset, const QString &hint) {
        return refuse(
                BulkFileProblem::NotText,
                QCoreApplication::translate("tc::BulkSource",
                                            "%1: this does not look like a CSV text file (binary data at byte %2)%3")
                        .arg(path, QString::number(offset + 1), hint),
                error);
    };
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return notText(0,
                       QCoreApplication::translate("tc::BulkSource", ": it looks like UTF-16 text; save it as UTF-8"));
    if (const qsizetype nul = head.indexOf('\0'); nul >= 0)
        return notText(nul, QString());

    m_reader = std::make_unique<CsvReader>(m_file.get(), delimiter);
    CsvRecord r;
    for (;;) {
        if (!m_reader->next(r)) {
            if (m_reader->hasReadError())
                return unreadable(m_reader->errorString());
            return refuse(BulkFileProblem::Empty,
                          m_size == 0 ? QCoreApplication::translate("tc::BulkSource", "%1: the file is empty").arg(path)
                                      : QCoreApplication::translate("tc::BulkSource",
                                                                    "%1: the file is empty (it holds only blank lines)")
                                                .arg(path),
                          error);
        }
        if (!r.isBlank() || r.isMalformed())
            break;
    }
    if (r.isMalformed())
        return refuse(BulkFileProblem::Malformed,
                      QCoreApplication::translate("tc::BulkSource", "line %1: the header row is malformed: %2")
                              .arg(r.line)
                              .arg(r.error),
                      error);
    if (r.hasTextErrors()) {
        // The column names themselves are not UTF-8: a binary file without NULs in its first
        // 64 KiB, or text in another encoding. Either way no column can be named.
        const qsizetype bad = CsvReader::invalidUtf8At(head.constData(), head.size());
        const QString hint = QCoreApplication::translate(
                "tc::BulkSource", ": the header row is not UTF-8 text (if the file is text, save it as UTF-8)");
        if (bad >= 0)
            return notText(bad, hint);
        return refuse(BulkFileProblem::NotText,
                      QCoreApplication::translate("tc::BulkSource", "%1: this does not look like a CSV text file%2")
                              .arg(path, hint),
                      error);
    }
    for (QString &h : r.fields)
        h = h.trimmed();
    m_header = r.fields;
    m_headerLine = r.line;

    // A header alone is not a bulk file: say so now rather than "0 rows, no problems".
    CsvRecord first;
    if (!nextRecord(&first)) {
        if (m_reader->hasReadError())
            return unreadable(m_reader->errorString());
        return refuse(BulkFileProblem::NoRows,
                      QCoreApplication::translate("tc::BulkSource", "%1: the file has a header but no rows").arg(path),
                      error);
    }
    m_peeked = std::move(first);
    return true;
}

bool BulkSource::nextRecord(CsvRecord *record)
{
    while (m_reader->next(*record)) {
        if (record->isBlank() && !record->isMalformed())
            continue;
        return true;
    }
    return false;
}

bool BulkSource::next(qint64 *rowNo, CsvRecord *record)
{
    if (!m_reader)
        return false;
    if (m_peeked) {
        *record = std::move(*m_peeked);
        m_peeked.reset();
    } else if (!nextRecord(record)) {
        return false;
    }
    *rowNo = ++m_row;
    return true;
}

QString BulkSource::fingerprint(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("tc::BulkSource", "cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f)) {
        *error = QCoreApplication::translate("tc::BulkSource", "cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tc
