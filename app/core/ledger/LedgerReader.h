#pragma once
// The ledger view's worker: lives on its own thread with its own connection (WAL lets it read
// while the console or a bulk run writes) and answers the view's questions (the first page and a
// snapshot mark, the count, a page) so no query runs on the GUI thread.
//
// Every request carries the view's generation; `latest` is the newest one the view asked for. A
// request older than that is skipped, and a statement already running for it is interrupted
// (SQLite's progress handler), so typing fast never queues work behind stale searches.
//
// It also finishes the text index of a ledger from before it (LedgerSearch.h), a short
// transaction at a time between requests, and says how many rows are left; and it indexes the rows
// a bulk run left waiting for the index (a run killed before it could).
#include "core/ledger/Ledger.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace tc {

class LedgerReader : public QObject
{
    Q_OBJECT
public:
    LedgerReader(const QString &path, std::shared_ptr<std::atomic<quint64>> latest);
    ~LedgerReader() override;

    // Rows a build step indexes in one transaction.
    static constexpr int IndexChunk = 4000;

    // All on the reader's thread (QMetaObject::invokeMethod).
    void open();
    void close();
    // The first `rows` of the query and the snapshot mark (the newest id) the view keeps for it;
    // then, when `count`, the number of rows up to that mark.
    void openView(quint64 gen, const tc::LedgerQuery &query, int rows);
    void loadPage(quint64 gen, const tc::LedgerQuery &query, qint64 ceiling, int offset, int rows);

    // Set from any thread: interrupts the running statement and makes the reader idle.
    void stop() { m_stopping.store(true); }

Q_SIGNALS:
    void viewOpened(quint64 gen, qint64 ceiling, const QList<tc::LedgerEntry> &rows, bool usesIndex);
    void counted(quint64 gen, qint64 count);
    void pageLoaded(quint64 gen, int offset, const QList<tc::LedgerEntry> &rows);
    void failed(quint64 gen, const QString &error);
    // Rows of an older ledger not in the text index yet (0: all are; searches use it).
    void indexProgress(qint64 rowsLeft);

private:
    static int progressHandler(void *self);
    bool stale(quint64 gen) const { return m_stopping.load() || gen < m_latest->load(); }
    void buildIndexStep();
    void indexPendingStep();
    QList<LedgerEntry> rows(const QString &sql, const QVariantList &binds, bool *ok, QString *error);

    QString m_path;
    QString m_connection;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::atomic<bool> m_stopping{false};
    quint64 m_current = 0; // the generation being answered (0: none; never interrupted)
    bool m_indexReady = false;
    bool m_indexingPending = false; // an indexPendingStep() is queued
    bool m_open = false;
    QString m_openError;
    qint64 m_rowsToIndex = 0; // counted once, then less each step
};

} // namespace tc
