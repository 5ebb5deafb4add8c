#pragma once
// The ledger as a table for the ledger view: newest first, filtered by a LedgerQuery. Every query
// runs on a worker thread (LedgerReader, its own connection): setQuery() and refresh() return at
// once, the first page shows when it arrives, then the count grows the table to its full length
// and other pages load as they are scrolled to (256 rows each, a handful cached), so a ledger of
// any size costs a flat amount of memory and never stalls the window.
//
// A view is a snapshot up to the newest row when it was asked for (rows added later do not shift
// the pages); refresh() (the view calls it on Ledger::changed, throttled) takes a new one. Answers
// for an older query are dropped (a generation counter), and the worker skips or interrupts them.
#include "core/ledger/Ledger.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace tc {

class LedgerReader;

class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Source, State, DeviceToken, InstanceId, ClientId, Name, Email, Row, Error, ColumnCount };
    static constexpr int PageRows = 256;
    static constexpr int CachedPages = 16;

    explicit LedgerModel(Ledger *ledger, QObject *parent = nullptr);
    ~LedgerModel() override;

    void setQuery(const LedgerQuery &query);
    LedgerQuery query() const { return m_query; }
    void refresh();
    // The entry of a row whose page is loaded (a shown or selected row), else nullopt.
    std::optional<LedgerEntry> entryAt(int row) const;

    // An answer for the current query is awaited (the rows shown may be an older query's).
    bool isLoading() const { return m_shownGen != m_gen; }
    // The first page is shown and the total is still being counted.
    bool isCounting() const { return m_counting; }
    // Rows of an older ledger still to be put in the text index (searches use LIKE meanwhile).
    qint64 rowsToIndex() const { return m_rowsToIndex; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The first rows of the current query are shown (also when there are none).
    void loaded();
    // Loading, counting, the total or the index build changed (for a summary line).
    void statusChanged();

private:
    void start();
    void ensureReader();
    void requestPage(int pageNo) const;
    void onViewOpened(quint64 gen, qint64 ceiling, const QList<LedgerEntry> &rows);
    void onCounted(quint64 gen, qint64 count);
    void onPageLoaded(quint64 gen, int offset, const QList<LedgerEntry> &rows);
    void onFailed(quint64 gen, const QString &error);
    void settle();
    void showNothing(quint64 gen); // an empty table for generation gen (m_query)

    Ledger *m_ledger;
    LedgerQuery m_query;      // the newest query asked for
    LedgerQuery m_shownQuery; // the query of the rows shown
    QThread *m_thread = nullptr;
    LedgerReader *m_reader = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_gen = 0;      // the newest generation asked for
    quint64 m_shownGen = 0; // the generation shown
    qint64 m_ceiling = 0;   // the shown snapshot's newest id
    int m_count = 0;
    bool m_counting = false;
    bool m_dirty = false; // refresh() while the same query was still being answered
    qint64 m_rowsToIndex = 0;
    QString m_error;
    mutable QHash<int, QList<LedgerEntry>> m_pages;
    mutable QList<int> m_lru;
    mutable QSet<int> m_requested;
};

} // namespace tc
