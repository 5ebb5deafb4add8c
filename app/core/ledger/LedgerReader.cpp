#include "core/ledger/LedgerReader.h"

#include "core/ledger/LedgerSearch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.ledger.reader", QtWarningMsg)
}

namespace tc {

LedgerReader::LedgerReader(const QString &path, std::shared_ptr<std::atomic<quint64>> latest)
    : m_path(path), m_latest(std::move(latest))
{
    m_connection = u"tc-ledger-reader-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

LedgerReader::~LedgerReader()
{
    close();
}

int LedgerReader::progressHandler(void *self)
{
    const auto *r = static_cast<const LedgerReader *>(self);
    return r->m_stopping.load() || (r->m_current > 0 && r->m_current < r->m_latest->load()) ? 1 : 0;
}

void LedgerReader::open()
{
    QString error;
    if (!Ledger::openConnection(m_path, m_connection, &error)) {
        QSqlDatabase::removeDatabase(m_connection);
        qCWarning(lc) << "cannot open the ledger for reading:" << error;
        m_openError = error;
        return;
    }
    m_open = true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // A stale search is stopped mid-statement rather than run to its end.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *h = *static_cast<sqlite3 *const *>(handle.data()))
            sqlite3_progress_handler(h, 2000, &LedgerReader::progressHandler, this);
    }
    m_indexReady = ledgersql::indexReady(db);
    if (!m_indexReady) {
        QSqlQuery q(db);
        if (q.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'ledger_search'"_s) && q.next()) {
            q.finish();
            m_rowsToIndex = std::max<qint64>(1, ledgersql::rowsToIndex(db));
            Q_EMIT indexProgress(m_rowsToIndex);
            QTimer::singleShot(0, this, &LedgerReader::buildIndexStep);
        }
    }
    if (ledgersql::hasUnindexed(db)) {
        m_indexingPending = true;
        QTimer::singleShot(0, this, &LedgerReader::indexPendingStep);
    }
}

void LedgerReader::close()
{
    if (!m_open)
        return;
    m_open = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void LedgerReader::buildIndexStep()
{
    if (!m_open || m_stopping.load())
        return;
    bool done = false;
    qint64 indexed = 0;
    QString error;
    m_current = 0;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!ledgersql::buildIndexChunk(db, IndexChunk, &done, &indexed, &error)) {
        // Busy (a bulk run writing) or the disk: try again a little later; searches use LIKE.
        qCInfo(lc) << "index step failed:" << error;
        QTimer::singleShot(500, this, &LedgerReader::buildIndexStep);
        return;
    }
    if (done) {
        m_indexReady = true;
        Q_EMIT indexProgress(0);
        return;
    }
    m_rowsToIndex = std::max<qint64>(1, m_rowsToIndex - indexed); // 0 only when done
    Q_EMIT indexProgress(m_rowsToIndex);
    QTimer::singleShot(0, this, &LedgerReader::buildIndexStep);
}

void LedgerReader::indexPendingStep()
{
    m_indexingPending = false;
    if (!m_open || m_stopping.load())
        return;
    qint64 indexed = 0;
    bool more = false;
    QString error;
    m_current = 0;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!ledgersql::indexPending(db, ledgersql::PendingChunk,
                                 QDateTime::currentMSecsSinceEpoch() - ledgersql::InFlightGraceMs, &indexed, &more,
                                 &error)) {
        // Busy (a bulk run writing) or the disk: the rows wait; searches still find them.
        qCInfo(lc) << "pending index step failed:" << error;
        m_indexingPending = true;
        QTimer::singleShot(500, this, &LedgerReader::indexPendingStep);
        return;
    }
    if (more) {
        m_indexingPending = true;
        QTimer::singleShot(0, this, &LedgerReader::indexPendingStep);
    }
}

QList<LedgerEntry> LedgerReader::rows(const QString &sql, const QVariantList &binds, bool *ok, QString *error)
{
    QList<LedgerEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    *ok = q.exec();
    if (!*ok) {
        *error = Ledger::errorText(q.lastError());
        return out;
    }
    while (q.next())
        out.append(ledgersql::readEntry(q));
    if (q.lastError().isValid()) { // interrupted while stepping
        *ok = false;
        *error = Ledger::errorText(q.lastError());
    }
    return out;
}

void LedgerReader::openView(quint64 gen, const LedgerQuery &query, int pageRows)
{
    if (stale(gen))
        return;
    if (!m_open) {
        Q_EMIT failed(gen, m_openError.isEmpty() ? QCoreApplication::translate("tc::Ledger", "the ledger is not open")
                                                 : m_openError);
        return;
    }
    m_current = gen;
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery top(db);
    qint64 ceiling = 0;
    if (top.exec(u"SELECT max(id) FROM entries"_s) && top.next())
        ceiling = top.value(0).toLongLong();
    top.finish();
    const bool unindexed = ledgersql::hasUnindexed(db);
    const ledgersql::Select s = ledgersql::select(query, m_indexReady, ceiling > 0 ? ceiling : -1, unindexed);
    bool ok = false;
    QString error;
    QVariantList binds = s.binds;
    binds << pageRows;
    const QList<LedgerEntry> first = ceiling <= 0
                                             ? QList<LedgerEntry>()
                                             : rows(u"SELECT "_s + ledgersql::entryColumns(u"e"_s) + u" "_s + s.from
                                                            + u" ORDER BY "_s + s.orderKey + u" DESC LIMIT ?"_s,
                                                    binds, &ok, &error);
    if (ceiling > 0 && !ok) {
        if (!stale(gen))
            Q_EMIT failed(gen, error);
        m_current = 0;
        return;
    }
    Q_EMIT viewOpened(gen, ceiling, first, s.usesIndex);
    if (first.size() < pageRows || stale(gen)) {
        m_current = 0;
        return;
    }
    // The count up to the mark: everything that matches, less what was added since (counting all
    // of a table lets SQLite walk its smallest index rather than the rows).
    const ledgersql::Select all = ledgersql::select(query, m_indexReady, 0, unindexed);
    QSqlDatabase d = db;
    d.transaction(); // one snapshot for both counts
    QSqlQuery total(d);
    total.setForwardOnly(true);
    total.prepare(u"SELECT count(*) "_s + all.from);
    for (const QVariant &b : all.binds)
        total.addBindValue(b);
    QSqlQuery newer(d);
    newer.setForwardOnly(true);
    newer.prepare(u"SELECT count(*) "_s + all.from + (all.from.contains(u" WHERE "_s) ? u" AND "_s : u" WHERE "_s)
                  + all.orderKey + u" > ?"_s);
    for (const QVariant &b : all.binds)
        newer.addBindValue(b);
    newer.addBindValue(ceiling);
    const bool counted = total.exec() && total.next() && newer.exec() && newer.next();
    const qint64 n = counted ? total.value(0).toLongLong() - newer.value(0).toLongLong() : 0;
    const QString why = Ledger::errorText(total.lastError().isValid() ? total.lastError() : newer.lastError());
    total.finish();
    newer.finish();
    d.commit();
    if (!stale(gen)) {
        if (counted)
            Q_EMIT this->counted(gen, n);
        else
            Q_EMIT failed(gen, why);
    }
    m_current = 0;
}

void LedgerReader::loadPage(quint64 gen, const LedgerQuery &query, qint64 ceiling, int offset, int pageRows)
{
    if (!m_open || stale(gen))
        return;
    m_current = gen;
    const ledgersql::Select s = ledgersql::select(query, m_indexReady, ceiling > 0 ? ceiling : -1,
                                                  ledgersql::hasUnindexed(QSqlDatabase::database(m_connection, false)));
    QVariantList binds = s.binds;
    binds << pageRows << offset;
    bool ok = false;
    QString error;
    const QList<LedgerEntry> page = rows(u"SELECT "_s + ledgersql::entryColumns(u"e"_s) + u" "_s + s.from
                                                 + u" ORDER BY "_s + s.orderKey + u" DESC LIMIT ? OFFSET ?"_s,
                                         binds, &ok, &error);
    if (!stale(gen)) {
        if (ok)
            Q_EMIT pageLoaded(gen, offset, page);
        else
            Q_EMIT failed(gen, error);
    }
    m_current = 0;
}

} // namespace tc
