#include "core/bulk/BulkSentLog.h"

#include <QtEndian>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
constexpr QByteArrayView Magic("tc-bulk-sent-log 1\n");
} // namespace

QByteArray BulkSentLog::bootId()
{
    static const QByteArray id = [] {
        QFile f(u"/proc/sys/kernel/random/boot_id"_s);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArray();
        const QByteArray text = f.read(64).trimmed();
        return text.size() >= 32 ? text : QByteArray();
    }();
    return id;
}

QString BulkSentLog::pathFor(const QString &ledgerPath, qint64 jobId)
{
    return ledgerPath + u".bulk-%1.sent"_s.arg(jobId);
}

bool BulkSentLog::open(const QString &path, QString *error)
{
    close();
    const QByteArray boot = bootId();
    if (boot.isEmpty()) {
        *error = u"this system has no boot id"_s;
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        *error = m_file.errorString();
        return false;
    }
    const QByteArray header = Magic.toByteArray() + boot + '\n';
    if (m_file.write(header) != header.size() || ::fsync(m_file.handle()) != 0) {
        *error = m_file.errorString();
        m_file.close();
        return false;
    }
    return true;
}

bool BulkSentLog::append(qint64 rowNo)
{
    if (!m_file.isOpen())
        return false;
    char record[8];
    qToLittleEndian<qint64>(rowNo, record);
    return m_file.write(record, sizeof record) == qint64(sizeof record); // unbuffered: one write(2)
}

void BulkSentLog::close()
{
    if (m_file.isOpen())
        m_file.close();
}

void BulkSentLog::remove()
{
    close();
    if (!m_file.fileName().isEmpty())
        m_file.remove();
}

std::optional<QSet<qint64>> BulkSentLog::read(const QString &path)
{
    const QByteArray boot = bootId();
    if (boot.isEmpty())
        return std::nullopt;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = Magic.toByteArray() + boot + '\n';
    if (f.read(header.size()) != header)
        return std::nullopt; // another boot (the tail may be lost), or not ours
    const QByteArray body = f.readAll();
    QSet<qint64> rows;
    // A torn last record (killed inside write(2)) is impossible for 8 bytes in one write on a
    // local file system, but a short tail is ignored rather than trusted.
    for (qsizetype at = 0; at + 8 <= body.size(); at += 8)
        rows.insert(qFromLittleEndian<qint64>(body.constData() + at));
    return rows;
}

} // namespace tc
