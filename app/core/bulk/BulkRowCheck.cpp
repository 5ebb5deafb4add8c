#include "core/bulk/BulkRowCheck.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tc {

RegistrationProfile BulkRowCheck::check(const CsvRecord &record, qint64 rowNo, QList<RowError> *errors)
{
    RegistrationProfile p = m_mapping.toProfile(record, rowNo, errors);
    repeats(m_clientIds, p.userFields ? p.userFields->clientId : std::nullopt, CsvField::ClientId, record, rowNo,
            errors);
    repeats(m_customTokens, p.customToken, CsvField::CustomToken, record, rowNo, errors);
    return p;
}

void BulkRowCheck::repeats(QHash<quint64, std::pair<qint64, qint64>> &seen, const std::optional<QString> &value,
                           CsvField field, const CsvRecord &record, qint64 rowNo, QList<RowError> *errors) const
{
    if (!value || value->isEmpty())
        return;
    const quint64 key = quint64(qHash(value->toLower(), size_t(0x9e3779b97f4a7c15ULL)));
    const auto it = seen.constFind(key);
    if (it != seen.constEnd()) {
        // Row numbers are what the run and the ledger count; the line is what an editor shows.
        const QString reason = QCoreApplication::translate("tc::BulkRowCheck", "%1 \"%2\" repeats row %3's (line %4)")
                                       .arg(CsvMapping::fieldName(field), *value, QString::number(it->first),
                                            QString::number(it->second));
        errors->append({rowNo, record.line, m_mapping.header().value(m_mapping.columnOf(field)), reason});
    } else {
        seen.insert(key, {rowNo, record.line});
    }
}

QString BulkRowCheck::notSentReason(const QList<RowError> &errors)
{
    QStringList why;
    for (const RowError &e : errors)
        why.append(e.column.isEmpty() ? e.reason : e.column + u": "_s + e.reason);
    return QCoreApplication::translate("tc::BulkRowCheck", "not sent: ") + why.join(u"; "_s);
}

} // namespace tc
