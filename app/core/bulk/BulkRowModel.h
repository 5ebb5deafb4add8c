#pragma once
// The rows of one bulk run as a table (row, line, status, DeviceToken, ClientId, name, e-mail,
// error). Windowed: it shows every row of the file but reads the ledger a page at a time (rows
// not in the ledger yet read "pending"), so 100k rows cost a flat amount of memory. Feed it the
// run's rowsUpdated(); rows the ledger could not take are laid over from memory.
#include "core/bulk/BulkJob.h"
#include "core/ledger/Ledger.h"

#include <QAbstractTableModel>
#include <QHash>

#include <map>

namespace tc {

class BulkRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Row, Line, Status, DeviceToken, ClientId, Name, Email, Error, ColumnCount };
    static constexpr int PageRows = 256;
    static constexpr int CachedPages = 8;

    explicit BulkRowModel(Ledger *ledger, QObject *parent = nullptr);

    // Shows run `jobId` with `totalRows` rows (0 / 0: empty).
    void setJob(qint64 jobId, qint64 totalRows);
    void setTotalRows(qint64 totalRows);
    qint64 jobId() const { return m_jobId; }
    // What a row shows now (pending when the ledger has nothing).
    BulkRowUpdate rowAt(int row) const;

    void applyUpdates(const QList<tc::BulkRowUpdate> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        qint64 line = 0;
        QString state;
        QString deviceToken;
        QString clientId;
        QString name;
        QString email;
        QString error;
    };
    const std::map<qint64, Cell> &page(int pageNo) const;

    Ledger *m_ledger;
    qint64 m_jobId = 0;
    int m_rows = 0;
    mutable QHash<int, std::map<qint64, Cell>> m_pages;
    mutable QList<int> m_lru;
    QHash<qint64, BulkRowUpdate> m_unsaved;
};

} // namespace tc
