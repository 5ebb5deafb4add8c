#include "core/bulk/BulkJournal.h"

#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerSearch.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.bulk.journal", QtWarningMsg)

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

namespace tc {

class BulkJournalWriter : public QObject
{
    Q_OBJECT
public:
    BulkJournalWriter(const QString &path, qint64 jobId, const QString &instanceId, const QString &baseUrl)
        : m_path(path), m_jobId(jobId), m_instanceId(instanceId), m_baseUrl(baseUrl),
          m_connection(u"tc-bulk-journal-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
    }

    void write(quint64 batch, const QList<BulkJournalOp> &ops)
    {
        QString error;
        if (!ensureOpen(&error)) {
            Q_EMIT done(batch, error);
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (!db.transaction()) {
            Q_EMIT done(batch, Ledger::errorText(db.lastError()));
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const BulkJournalOp &op : ops) {
            // A row's outcome (or its return to pending): the row exists (its in-flight mark
            // committed before its request was sent), so a plain UPDATE of the changed columns
            // does; the full upsert only when it matched nothing.
            if (op.profile.isEmpty() && op.clientId.isEmpty() && op.customToken.isEmpty()) {
                QSqlQuery &u = *m_update;
                u.bindValue(0, op.state);
                u.bindValue(1, nullable(op.deviceToken));
                u.bindValue(2, nullable(op.error));
                u.bindValue(3, now);
                u.bindValue(4, op.line);
                u.bindValue(5, m_jobId);
                u.bindValue(6, op.rowNo);
                if (!u.exec()) {
                    fail(batch, db, u);
                    return;
                }
                const bool updated = u.numRowsAffected() == 1;
                u.finish();
                if (updated)
                    continue;
            }
            QSqlQuery &q = *m_upsert;
            q.bindValue(0, m_jobId);
            q.bindValue(1, op.rowNo);
            q.bindValue(2, op.line);
            q.bindValue(3, op.state);
            q.bindValue(4, nullable(op.deviceToken));
            q.bindValue(5, nullable(op.customToken));
            q.bindValue(6, nullable(op.clientId));
            q.bindValue(7, m_instanceId);
            q.bindValue(8, nullable(m_baseUrl));
            q.bindValue(9, op.profile.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                : QVariant(QString::fromUtf8(op.profile)));
            q.bindValue(10, nullable(op.error));
            q.bindValue(11, now);
            q.bindValue(12, now);
            if (!q.exec()) {
                fail(batch, db, q);
                return;
            }
            q.finish();
        }
        if (!db.commit()) {
            error = Ledger::errorText(db.lastError());
            db.rollback();
            qCWarning(lc) << "journal commit failed";
            Q_EMIT done(batch, error);
            return;
        }
        Q_EMIT done(batch, QString());
        // The text index, a chunk at a time once enough rows wait (ledgersql::indexPending): after
        // the batch is reported durable, so the run goes on while it is written.
        for (const BulkJournalOp &op : ops)
            m_unindexed += op.profile.isEmpty() ? 0 : 1;
        if (m_unindexed >= IndexBacklog)
            indexPending(false);
    }

    // The rows waiting for the text index: one chunk, or (at the end of the run) all of them.
    void indexPending(bool all)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        bool more = true;
        while (more) {
            qint64 indexed = 0;
            QString error;
            if (!ledgersql::indexPending(db, ledgersql::PendingChunk,
                                         QDateTime::currentMSecsSinceEpoch() - ledgersql::InFlightGraceMs, &indexed,
                                         &more, &error)) {
                // They wait (a search still finds them); the console's reader indexes them later.
                qCInfo(lc) << "index step failed:" << error;
                return;
            }
            m_unindexed = more ? std::max<qint64>(0, m_unindexed - indexed) : 0;
            if (!all)
                return;
        }
    }

    void setPageLimit(qint64 pages)
    {
        QString error;
        if (!ensureOpen(&error))
            return;
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages));
    }

    void close()
    {
        if (m_upsert)
            indexPending(true);
        m_upsert.reset();
        m_update.reset();
        if (QSqlDatabase::contains(m_connection)) {
            {
                QSqlDatabase db = QSqlDatabase::database(m_connection, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

Q_SIGNALS:
    void done(quint64 batch, const QString &error);

private:
    void fail(quint64 batch, QSqlDatabase &db, QSqlQuery &q)
    {
        const QString error = Ledger::errorText(q.lastError());
        q.finish();
        db.rollback();
        qCWarning(lc) << "journal write failed" << error;
        Q_EMIT done(batch, error);
    }

    bool ensureOpen(QString *error)
    {
        if (m_upsert)
            return true;
        if (!Ledger::openConnection(m_path, m_connection, error)) {
            QSqlDatabase::removeDatabase(m_connection);
            return false;
        }
        m_upsert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        const bool ok = m_upsert->prepare(
                u"INSERT INTO entries(source, job_id, row_no, line, state, device_token, custom_token, client_id, "
                "instance_id, base_url, profile, error, created_at, updated_at) "
                "VALUES('bulk', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(job_id, row_no) DO UPDATE SET state = excluded.state, line = excluded.line, "
                "device_token = COALESCE(excluded.device_token, device_token), "
                "custom_token = COALESCE(excluded.custom_token, custom_token), "
                "client_id = COALESCE(excluded.client_id, client_id), "
                "profile = COALESCE(excluded.profile, profile), error = excluded.error, "
                "updated_at = excluded.updated_at"_s);
        if (!ok) {
            *error = Ledger::errorText(m_upsert->lastError());
            m_upsert.reset();
            return false;
        }
        m_update = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        if (!m_update->prepare(u"UPDATE entries SET state = ?, device_token = COALESCE(?, device_token), error = ?, "
                               "updated_at = ?, line = ? WHERE job_id = ? AND row_no = ?"_s)) {
            *error = Ledger::errorText(m_update->lastError());
            m_update.reset();
            m_upsert.reset();
            return false;
        }
        return true;
    }

    static constexpr int IndexBacklog = 2000; // rows waiting before the run indexes a chunk

    QString m_path;
    qint64 m_unindexed = 0; // rows this run wrote that may wait for the index
    qint64 m_jobId;
    QString m_instanceId;
    QString m_baseUrl;
    QString m_connection;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_update; // outcomes of rows already in the journal
};

BulkJournal::BulkJournal(const QString &ledgerPath, qint64 jobId, const QString &instanceId, const QString &baseUrl,
                         QObject *parent)
    : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"tc-bulk-journal"_s);
    m_writer = new BulkJournalWriter(ledgerPath, jobId, instanceId, baseUrl);
    m_writer->moveToThread(m_thread);
    connect(m_writer, &BulkJournalWriter::done, this, &BulkJournal::written, Qt::QueuedConnection);
    m_thread->start();
}

BulkJournal::~BulkJournal()
{
    QMetaObject::invokeMethod(
            m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_writer;
}

void BulkJournal::submit(quint64 batch, const QList<BulkJournalOp> &ops)
{
    QMetaObject::invokeMethod(
            m_writer, [w = m_writer, batch, ops] { w->write(batch, ops); }, Qt::QueuedConnection);
}

void BulkJournal::setPageLimitForTesting(qint64 pages)
{
    QMetaObject::invokeMethod(
            m_writer, [w = m_writer, pages] { w->setPageLimit(pages); }, Qt::QueuedConnection);
}

} // namespace tc

#include "BulkJournal.moc"
