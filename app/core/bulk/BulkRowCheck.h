#pragma once
// The one check of a bulk row, shared by the dry run (BulkDryRun) and the run (BulkJob) so the two
// can never disagree about which rows are sent: the mapping's problems (CsvMapping::toProfile:
// malformed quoting, ragged rows, cells that are not UTF-8, values the service would refuse) and a
// ClientId or CustomToken that repeats an earlier row's in the same file (case-insensitive).
//
// Repeats depend on the rows before: feed check() every data row in file order, from row 1,
// including rows a resumed run skips because an earlier run already settled them.
#include "core/bulk/CsvMapping.h"

#include <QHash>

#include <QList>
#include <utility>

namespace tc {

class BulkRowCheck
{
public:
    BulkRowCheck() = default;
    explicit BulkRowCheck(const CsvMapping &mapping) : m_mapping(mapping) { }

    // Checks row rowNo (1-based, file order) and remembers its ClientId / CustomToken. Appends
    // every problem to *errors; the profile holds what was readable. The row may be sent only
    // when no problem was appended.
    RegistrationProfile check(const CsvRecord &record, qint64 rowNo, QList<RowError> *errors);

    const CsvMapping &mapping() const { return m_mapping; }

    // What a run records for a row it does not send: "not sent: Email: ...; ClientId: ...".
    static QString notSentReason(const QList<RowError> &errors);

private:
    void repeats(QHash<quint64, std::pair<qint64, qint64>> &seen, const std::optional<QString> &value, CsvField field,
                 const CsvRecord &record, qint64 rowNo, QList<RowError> *errors) const;

    CsvMapping m_mapping;
    // 64-bit hash of the lower-case value -> first row (a hash, not the text: 100k rows stay small)
    // 64-bit hash of the lower-case value -> the first row with it and its line
    QHash<quint64, std::pair<qint64, qint64>> m_clientIds;
    QHash<quint64, std::pair<qint64, qint64>> m_customTokens;
};

} // namespace tc
