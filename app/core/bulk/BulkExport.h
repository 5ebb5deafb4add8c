#pragma once
// The results of a bulk run as CSV: every input row (its cells, in the header's columns) and
// then DeviceToken, Status, Error. Streams the input file again and walks the ledger's rows of
// the run beside it, so memory stays flat for any size. DeviceTokens the ledger could not take
// (a failed write) are laid over from memory. Written atomically (QSaveFile).
#include "core/bulk/BulkJob.h"

#include <QList>
#include <QString>

namespace tc {

class Ledger;

class BulkExport
{
public:
    static QStringList extraColumns(); // DeviceToken, Status, Error
    // Rows never sent read "pending". Returns false + *error.
    static bool writeResults(const QString &csvPath, const Ledger &ledger, qint64 jobId, const QString &outPath,
                             const QList<BulkRowUpdate> &unsaved, QString *error, qint64 *rowsWritten = nullptr);
};

} // namespace tc
