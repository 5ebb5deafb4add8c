#pragma once
// The ledger as a table for the ledger view: newest first, filtered by a LedgerQuery. It reads
// in pages (256 rows, a handful cached) so a ledger of any size costs a flat amount of memory.
// refresh() re-counts and drops the cache (the view calls it on Ledger::changed, throttled).
#include "core/ledger/Ledger.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tc {

class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Source, State, DeviceToken, InstanceId, ClientId, Name, Email, Row, Error, ColumnCount };
    static constexpr int PageRows = 256;
    static constexpr int CachedPages = 8;

    explicit LedgerModel(Ledger *ledger, QObject *parent = nullptr);

    void setQuery(const LedgerQuery &query);
    LedgerQuery query() const { return m_query; }
    void refresh();
    std::optional<LedgerEntry> entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<LedgerEntry> *page(int pageNo) const;

    Ledger *m_ledger;
    LedgerQuery m_query;
    int m_count = 0;
    mutable QHash<int, QList<LedgerEntry>> m_pages;
    mutable QList<int> m_lru;
};

} // namespace tc
