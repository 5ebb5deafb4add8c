#pragma once
// The bulk run's journal writer: its own thread and its own SQLite connection to the ledger, so
// the synchronous FULL commits (one fsync each) never stall the network or the window. The run
// hands it a batch of row states; it commits the batch in ONE transaction and reports back
// (queued, on the owner's thread). One batch at a time: what piles up while a commit runs goes
// into the next one (group commit).
#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace tc {

struct BulkJournalOp
{
    qint64 rowNo = 0;
    qint64 line = 0;
    QString state;
    QString deviceToken; // empty: keep
    QString customToken; // empty: keep
    QString clientId;    // empty: keep
    QByteArray profile;  // compact JSON; empty: keep
    QString error;       // replaces
};

class BulkJournalWriter;

class BulkJournal : public QObject
{
    Q_OBJECT
public:
    BulkJournal(const QString &ledgerPath, qint64 jobId, const QString &instanceId, const QString &baseUrl,
                QObject *parent = nullptr);
    ~BulkJournal() override; // waits for the batch being written, then stops the thread

    // Queues one batch (one transaction). written(batch, error) follows.
    void submit(quint64 batch, const QList<BulkJournalOp> &ops);
    // Test seam: PRAGMA max_page_count on the writer's connection (a full disk).
    void setPageLimitForTesting(qint64 pages);

Q_SIGNALS:
    // error empty: the batch is durable.
    void written(quint64 batch, const QString &error);

private:
    QThread *m_thread = nullptr;
    BulkJournalWriter *m_writer = nullptr;
};

} // namespace tc
