#pragma once
// How the ledger is searched, shared by Ledger (on the caller's thread) and LedgerReader (the
// view's worker thread), each on its own connection.
//
// The text index: entries_fts, an FTS5 table with the trigram tokenizer (SQLite >= 3.34; Debian 12
// has 3.40), contentless and detail=none, so it holds only which rows contain which three-character
// sequences (~160 bytes a row). Its text is what a person types to find a row: the DeviceToken,
// CustomToken, ClientId, InstanceId, error, "FirstName LastName" and every value of the profile
// (e-mail, phone, ...), one per line. Triggers on entries keep it in the same transaction as the
// row, whoever writes (this console, the bulk journal's connection, an older build): a row is never
// recorded without its index, and a failed index write fails the row's write like a full disk.
//
// A bulk run's rows (job_id set) are the exception (schema version 3): their trigger only lists
// the row in entries_unindexed, and indexPending() indexes the listed rows later, a thousand in one
// statement, which costs about a sixth of what the triggers cost one row at a time (each row was
// indexed at its in-flight mark, then taken out and indexed again at its outcome, every time
// walking its JSON). The journal does so between its commits and when the run ends; the view's
// reader does so for what a killed run left. Until then a text search also checks the listed rows
// with LIKE, so a row is found from the moment it is written.
//
// A ledger from before the index gets the table and the triggers on open (one short transaction)
// and marks every older row "not indexed yet" (ledger_search.indexed_from = the next id): the
// triggers only touch rows at or above that mark, and buildIndexChunk() indexes the older rows from
// the newest down, a short transaction each, on the view's worker thread. Until it reaches the
// first row, searches use LIKE (slow, but off the GUI thread and interruptible).
//
// A search of three or more characters asks the index for rows holding all of its trigrams (no
// positions are kept), then checks the candidates with LIKE over the same columns, so what is shown
// really contains the text. SQLite's LIKE folds ASCII case only: for text with other letters
// (Cyrillic names) the index's answer stands alone (it folds case for all of Unicode), which can
// rarely show a row holding the trigrams apart. Shorter text falls back to LIKE.
#include "core/ledger/Ledger.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

namespace tc::ledgersql {

QString entryColumns(const QString &alias = QString());
LedgerEntry readEntry(const QSqlQuery &q);
// A stored time (ms since the epoch, UTC; NULL: none) as a QDateTime (invalid for NULL).
QDateTime fromMs(const QVariant &v);

// The statements that create the index and its triggers (for an existing ledger too).
QStringList indexSchema();
// The statements that bring a version 2 index (every row indexed by the triggers) to version 3
// (a bulk run's rows wait in entries_unindexed). The index's contents stay as they are.
QStringList indexUpgradeFrom2();
// True when rows wait in entries_unindexed.
bool hasUnindexed(const QSqlDatabase &db);
// How many waiting rows one indexPending() call takes, and how long a row in flight is left to its
// run first (its outcome is due): the same for the bulk journal and the ledger view's reader.
constexpr int PendingChunk = 1000;
constexpr qint64 InFlightGraceMs = 2 * 60 * 1000;
// Indexes up to `rows` of the rows waiting in entries_unindexed, oldest first, in one short
// transaction; a row in flight since `inFlightSince` (ms since the epoch) or later waits on.
// *more: rows are left. False + *error on failure (busy, disk): the rows wait for the next call.
bool indexPending(const QSqlDatabase &db, int rows, qint64 inFlightSince, qint64 *indexed, bool *more, QString *error);
// True when every row is in the index.
bool indexReady(const QSqlDatabase &db);
// Indexes up to `rows` older rows (the newest not yet indexed first); *indexed says how many.
// Sets *done when none is left. False + *error on failure (the next call tries again).
bool buildIndexChunk(const QSqlDatabase &db, int rows, bool *done, qint64 *indexed, QString *error);
// How many rows are not indexed yet.
qint64 rowsToIndex(const QSqlDatabase &db);

struct Select
{
    QString from;     // "FROM ... WHERE ..." (entries as e)
    QString orderKey; // the column to ORDER BY for newest first / oldest first
    QVariantList binds;
    bool usesIndex = false;
};

// `ceiling` > 0 keeps rows with id <= ceiling (a view's stable snapshot while rows are added).
// `unindexed`: rows wait in entries_unindexed (hasUnindexed()); a text search then also checks
// them, with LIKE.
Select select(const LedgerQuery &query, bool indexReady, qint64 ceiling = 0, bool unindexed = false);

// The FTS5 query for `text` (its trigrams, quoted), empty when it is shorter than 3 characters.
QString matchExpression(const QString &text);

} // namespace tc::ledgersql
