#include "core/bulk/BulkExport.h"

#include "core/bulk/BulkSource.h"
#include "core/ledger/Ledger.h"
#include "core/util/CsvWriter.h"

#include "core/util/PrivateFiles.h"

#include <QCoreApplication>
#include <QHash>

#include <QSaveFile>

#include <map>

using namespace Qt::StringLiterals;

namespace tc {

QStringList BulkExport::extraColumns()
{
    return {u"DeviceToken"_s, u"Status"_s, u"Error"_s};
}

bool BulkExport::writeResults(const QString &csvPath, const Ledger &ledger, qint64 jobId, const QString &outPath,
                              const QList<BulkRowUpdate> &unsaved, QString *error, qint64 *rowsWritten)
{
    BulkSource source;
    if (!source.open(csvPath, error))
        return false;
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("tc::BulkExport", "cannot write %1: %2").arg(outPath, out.errorString());
        return false;
    }
    // DeviceTokens, like the ledger they come from: readable by the owner only, before any byte.
    if (!files::restrictToOwner(out, error)) {
        out.cancelWriting();
        return false;
    }
    QHash<qint64, BulkRowUpdate> overlay;
    for (const BulkRowUpdate &u : unsaved)
        overlay.insert(u.rowNo, u);

    CsvWriter w(&out, source.delimiter());
    const QStringList header = source.header();
    w.writeRow(header + extraColumns());

    constexpr int Page = 2000;
    std::map<qint64, LedgerEntry> page;
    qint64 loadedTo = 0;
    bool exhausted = false;
    qint64 rowNo = 0;
    qint64 written = 0;
    CsvRecord record;
    while (source.next(&rowNo, &record)) {
        page.erase(page.begin(), page.lower_bound(rowNo));
        while (!exhausted && rowNo > loadedTo) {
            const QList<LedgerEntry> entries = ledger.jobEntries(jobId, std::max(rowNo, loadedTo + 1), Page);
            for (const LedgerEntry &e : entries)
                page.emplace(e.rowNo, e);
            if (entries.size() < Page)
                exhausted = true;
            else
                loadedTo = entries.last().rowNo;
        }
        QStringList cells = record.fields;
        while (cells.size() < header.size())
            cells.append(QString());
        cells = cells.mid(0, header.size());
        QString token, status = LedgerState::pending(), why;
        if (const auto it = page.find(rowNo); it != page.end()) {
            token = it->second.deviceToken;
            status = it->second.state;
            why = it->second.error;
        }
        if (const auto it = overlay.constFind(rowNo); it != overlay.constEnd()) {
            token = it->deviceToken;
            status = it->state;
            why = QCoreApplication::translate("tc::BulkExport", "NOT IN THE LEDGER (its write failed): ") + it->error;
        }
        if (status == LedgerState::inFlight())
            status = LedgerState::unknown();
        if (!w.writeRow(cells + QStringList{token, status, why})) {
            *error = QCoreApplication::translate("tc::BulkExport", "cannot write %1: %2").arg(outPath, w.errorString());
            out.cancelWriting();
            return false;
        }
        ++written;
    }
    if (!source.readError().isEmpty()) {
        *error = QCoreApplication::translate("tc::BulkExport", "cannot read %1: %2").arg(csvPath, source.readError());
        out.cancelWriting();
        return false;
    }
    if (!out.commit()) {
        *error = QCoreApplication::translate("tc::BulkExport", "cannot write %1: %2").arg(outPath, out.errorString());
        return false;
    }
    if (rowsWritten)
        *rowsWritten = written;
    return true;
}

} // namespace tc
