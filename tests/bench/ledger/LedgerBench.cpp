// The ledger page at 1,000,000 rows (not a CTest test, no thresholds): a ledger of ROWS rows is
// made on disk once (one transaction, prepared statements, the text index kept by its triggers as
// in real use) and kept for the next run; then, on a real event loop (offscreen), medians of RUNS:
//   open    LedgerPage constructed -> its first rows painted, beside the same page on an empty ledger
//   search  a text set -> its first results painted, for typical texts (part of a DeviceToken, an
//           e-mail, a name, a ClientId, two letters), beside the same page on an empty ledger and
//           beside a bare SQLite query of the same shape on the same file (first 256 rows)
//   stall   the longest the GUI thread went without running its event loop while searching (the
//           table's repaint included), beside the same on the empty ledger
//   count   a text set -> the full count shown (the table's length; on the worker)
// and once, for scale, the old way: LIKE over six columns, first page + count on the calling thread.
//
//   ledger-bench [--rows N] [--runs R] [--file PATH]     (default 1000000, 5, $TMPDIR/tc-ledger-bench-N.sqlite)
// Prints a table and one machine-readable line starting with "LEDGER ".
#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerModel.h"
#include "core/ledger/LedgerSearch.h"
#include "ui/LedgerPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

const QStringList firstNames{u"Ines"_s,  u"Tom"_s,  u"Ada"_s,  u"Olena"_s, u"Marek"_s, u"Sofia"_s,
                             u"Jonas"_s, u"Amir"_s, u"Lena"_s, u"Pablo"_s, u"Yuki"_s,  u"Chen"_s,
                             u"Nora"_s,  u"Ivan"_s, u"Eva"_s,  u"Omar"_s};
const QStringList lastNames{u"Ortega"_s, u"Hart"_s,   u"Lovelace"_s, u"Koval"_s, u"Nowak"_s, u"Rossi"_s,
                            u"Berg"_s,   u"Haddad"_s, u"Fischer"_s,  u"Silva"_s, u"Sato"_s,  u"Wang"_s,
                            u"Lind"_s,   u"Petrov"_s, u"Moreau"_s,   u"Aziz"_s};

// ROWS rows as bulk runs of 100,000 leave them: mostly done, a few failed or unknown.
bool generate(const QString &path, int rows)
{
    tc::Ledger ledger;
    if (!ledger.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(ledger.errorString()));
        return false;
    }
    ledger.close();
    QString error;
    if (!tc::Ledger::openConnection(path, u"gen"_s, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(u"gen"_s);
        QSqlQuery q(db);
        q.exec(u"PRAGMA synchronous=OFF"_s); // made once, for the benchmark only
        ok = db.transaction();
        QSqlQuery job(db);
        QSqlQuery ins(db);
        ok = ok
             && ins.prepare(u"INSERT INTO entries(source, job_id, row_no, line, state, device_token, client_id, "
                            "instance_id, base_url, profile, error, created_at, updated_at) "
                            "VALUES('bulk', ?, ?, ?, ?, ?, ?, ?, 'https://user.telematicssdk.com', ?, ?, ?, ?)"_s);
        auto *rng = QRandomGenerator::global();
        const QStringList groups{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces)};
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - qint64(rows) * 100;
        qint64 jobId = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 1; ok && i <= rows; ++i) {
            const int rowNo = (i - 1) % 100000 + 1;
            if (rowNo == 1) {
                ok = job.exec(u"INSERT INTO jobs(kind, state, source_path, instance_id, options, rows_total, "
                              "created_at, updated_at) VALUES('bulk', 'finished', '/data/users-%1.csv', '%2', '{}', "
                              "100000, 0, 0)"_s.arg(i / 100000 + 1)
                                      .arg(groups.at(i % groups.size())));
                jobId = job.lastInsertId().toLongLong();
            }
            const QString first = firstNames.at(rng->bounded(firstNames.size()));
            const QString last = lastNames.at(rng->bounded(lastNames.size()));
            const int roll = rng->bounded(1000);
            const QString state = roll < 990 ? u"done"_s : (roll < 997 ? u"failed"_s : u"unknown"_s);
            ins.bindValue(0, jobId);
            ins.bindValue(1, rowNo);
            ins.bindValue(2, rowNo + 1);
            ins.bindValue(3, state);
            ins.bindValue(4, state == u"failed"_s ? QVariant(QMetaType(QMetaType::QString))
                                                  : QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces)));
            ins.bindValue(5, u"CL-%1"_s.arg(i, 7, 10, QLatin1Char('0')));
            ins.bindValue(6, groups.at(jobId % groups.size()));
            ins.bindValue(7, u"{\"FirstName\":\"%1\",\"LastName\":\"%2\",\"Email\":\"%3.%4%5@fleet-%6.example\","
                             "\"Phone\":\"+1555%7\",\"ClientId\":\"CL-%8\"}"_s
                                     .arg(first, last, first.toLower(), last.toLower())
                                     .arg(i)
                                     .arg(i % 50)
                                     .arg(i, 7, 10, QLatin1Char('0'))
                                     .arg(i, 7, 10, QLatin1Char('0')));
            ins.bindValue(8, state == u"failed"_s ? QVariant(u"422: Email is already taken"_s)
                                                  : QVariant(QMetaType(QMetaType::QString)));
            ins.bindValue(9, t0 + qint64(i) * 100);
            ins.bindValue(10, t0 + qint64(i) * 100);
            ok = ins.exec();
            if (i % 100000 == 0)
                std::fprintf(stderr, "  %d rows (%.0f s)\n", i, clock.elapsed() / 1000.0);
        }
        if (!ok)
            std::fprintf(stderr, "generate: %s %s\n", qPrintable(ins.lastError().text()),
                         qPrintable(job.lastError().text()));
        ok = ok && db.commit();
        // As the runs' journals do when each run ends: their rows into the text index.
        for (bool more = ok; more;) {
            qint64 indexed = 0;
            QString error;
            ok = tc::ledgersql::indexPending(db, 100000, QDateTime::currentMSecsSinceEpoch(), &indexed, &more, &error);
            if (!ok) {
                std::fprintf(stderr, "index: %s\n", qPrintable(error));
                break;
            }
        }
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    QSqlDatabase::removeDatabase(u"gen"_s);
    return ok;
}

// Waits on the event loop until the page's model shows the answer to its current query, then
// paints the table (what a person sees). Returns ms since `since`.
double untilShown(tc::LedgerPage &page, const QElapsedTimer &since)
{
    tc::LedgerModel *m = page.model();
    while (m->isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    page.view()->viewport()->repaint();
    return since.nsecsElapsed() / 1e6;
}

struct Stall
{
    QTimer timer;
    QElapsedTimer since;
    double worst = 0;
    Stall()
    {
        timer.setInterval(2);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            worst = std::max(worst, since.nsecsElapsed() / 1e6);
            since.restart();
        });
    }
    void start()
    {
        worst = 0;
        since.start();
        timer.start();
    }
    double stop()
    {
        timer.stop();
        return std::max(0.0, worst - 2);
    }
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"rows"_s, u"rows in the big ledger"_s, u"N"_s, u"1000000"_s});
    p.addOption({u"runs"_s, u"runs per figure (medians)"_s, u"R"_s, u"5"_s});
    p.addOption({u"file"_s, u"the big ledger (made if missing)"_s, u"PATH"_s});
    p.process(app);
    const int rows = p.value(u"rows"_s).toInt();
    const int runs = std::max(1, p.value(u"runs"_s).toInt());
    const QString file
            = p.isSet(u"file"_s) ? p.value(u"file"_s) : QDir::temp().filePath(u"tc-ledger-bench-%1.sqlite"_s.arg(rows));
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "making %s (%d rows, once)...\n", qPrintable(file), rows);
        QElapsedTimer t;
        t.start();
        if (!generate(file + u".part"_s, rows))
            return 1;
        QFile::rename(file + u".part"_s, file);
        std::fprintf(stderr, "made in %.1f s (%.1f µs a row, text index included)\n", t.elapsed() / 1000.0,
                     t.elapsed() * 1000.0 / rows);
    }
    QTemporaryDir tmp;
    tc::Ledger big;
    tc::Ledger empty;
    if (!big.open(file) || !empty.open(tmp.filePath(u"empty.sqlite"_s))) {
        std::fprintf(stderr, "cannot open the ledgers\n");
        return 1;
    }
    // Texts a person types: part of a DeviceToken, an e-mail, a name, a ClientId, two letters.
    QString tokenPart;
    {
        const auto one = big.search({}, 1, rows / 3);
        tokenPart = one.isEmpty() ? u"4a5b-"_s : one.first().deviceToken.mid(9, 9);
    }
    const QStringList texts{tokenPart, u"olena.koval12"_s, u"Ines Ortega"_s, u"CL-0424242"_s, u"ko"_s};

    Stall stall;
    QList<double> openBig, openEmpty;
    for (int r = 0; r < runs; ++r) {
        for (auto [ledger, out] : {std::pair{&big, &openBig}, std::pair{&empty, &openEmpty}}) {
            QElapsedTimer t;
            t.start();
            tc::LedgerPage page(ledger);
            page.resize(1200, 700);
            page.show();
            out->append(untilShown(page, t));
        }
    }

    tc::LedgerPage bigPage(&big);
    tc::LedgerPage emptyPage(&empty);
    for (tc::LedgerPage *pg : {&bigPage, &emptyPage}) {
        pg->resize(1200, 700);
        pg->show();
        QElapsedTimer t;
        t.start();
        untilShown(*pg, t);
    }
    QHash<QString, QList<double>> searchBig, searchEmpty, bare, counted, stalls, stallsEmpty;
    QHash<QString, qint64> found;
    QString cn = u"bare"_s;
    QString error;
    tc::Ledger::openConnection(file, cn, &error);
    for (int r = 0; r < runs; ++r) {
        for (const QString &text : texts) {
            // The page, as typed (the model's query set at once, no typing pause).
            for (auto [pg, out] : {std::pair{&bigPage, &searchBig}, std::pair{&emptyPage, &searchEmpty}}) {
                pg->setSearchText(QString());
                QElapsedTimer settle;
                settle.start();
                untilShown(*pg, settle);
                while (pg->model()->isCounting())
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                stall.start();
                QElapsedTimer t;
                t.start();
                pg->setSearchText(text);
                (*out)[text].append(untilShown(*pg, t));
                if (pg == &bigPage) {
                    while (pg->model()->isCounting())
                        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                    counted[text].append(t.nsecsElapsed() / 1e6);
                    stalls[text].append(stall.stop());
                    found[text] = pg->model()->rowCount();
                } else {
                    stallsEmpty[text].append(stall.stop());
                }
            }
            // A bare query of the same shape on the same file: the first 256 rows, on this thread.
            QElapsedTimer t;
            t.start();
            QSqlQuery q(QSqlDatabase::database(cn));
            q.setForwardOnly(true);
            const QString quoted = [&] {
                QStringList terms;
                for (int i = 0; i + 3 <= text.size(); ++i)
                    terms << u"\""_s + text.mid(i, 3) + u"\""_s;
                return terms.join(u' ');
            }();
            if (text.size() >= 3) {
                q.prepare(u"SELECT e.* FROM entries_fts f JOIN entries e ON e.id = f.rowid WHERE f.entries_fts MATCH ? "
                          "AND (e.device_token LIKE ? OR e.client_id LIKE ? OR e.profile LIKE ?) "
                          "ORDER BY f.rowid DESC LIMIT 256"_s);
                q.addBindValue(quoted);
            } else {
                q.prepare(u"SELECT e.* FROM entries e WHERE (e.device_token LIKE ? OR e.client_id LIKE ? OR "
                          "e.profile LIKE ?) ORDER BY e.id DESC LIMIT 256"_s);
            }
            for (int i = 0; i < 3; ++i)
                q.addBindValue(QString(u"%"_s + text + u"%"_s));
            q.exec();
            int n = 0;
            while (q.next())
                ++n;
            bare[text].append(t.nsecsElapsed() / 1e6);
        }
    }

    // The old way, once: LIKE over six columns, first page and count, on the calling thread.
    double oldFirst = 0, oldCount = 0;
    {
        const QString like = u"%"_s + texts.at(1) + u"%"_s;
        const QString where = u" WHERE device_token LIKE ? OR custom_token LIKE ? OR client_id LIKE ? OR "
                              "instance_id LIKE ? OR profile LIKE ? OR error LIKE ?"_s;
        QElapsedTimer t;
        t.start();
        QSqlQuery q(QSqlDatabase::database(cn));
        q.prepare(u"SELECT count(*) FROM entries"_s + where);
        for (int i = 0; i < 6; ++i)
            q.addBindValue(like);
        q.exec();
        q.next();
        oldCount = t.nsecsElapsed() / 1e6;
        t.restart();
        q.prepare(u"SELECT * FROM entries"_s + where + u" ORDER BY id DESC LIMIT 256"_s);
        for (int i = 0; i < 6; ++i)
            q.addBindValue(like);
        q.exec();
        while (q.next()) { }
        oldFirst = t.nsecsElapsed() / 1e6;
    }
    QSqlDatabase::removeDatabase(cn);

    std::printf("ledger of %d rows (%s, %.0f MB), medians of %d\n", rows, qPrintable(file),
                QFileInfo(file).size() / 1e6, runs);
    std::printf("%-22s %10s %10s %8s %10s %10s %10s %8s\n", "figure", "1M ms", "empty ms", "ratio", "bare ms",
                "count ms", "stall ms", "rows");
    const double ob = median(openBig), oe = median(openEmpty);
    std::printf("%-22s %10.1f %10.1f %7.2fx %10s %10s %10s %8s\n", "page open", ob, oe, ob / std::max(oe, 0.001), "",
                "", "", "");
    QList<double> allBig, allEmpty, allBare, allStall, allStallEmpty;
    for (const QString &text : texts) {
        const double sb = median(searchBig.value(text)), se = median(searchEmpty.value(text)),
                     b = median(bare.value(text));
        allBig << sb;
        allEmpty << se;
        allBare << b;
        allStall << median(stalls.value(text));
        allStallEmpty << median(stallsEmpty.value(text));
        std::printf("%-22s %10.1f %10.1f %7.2fx %10.1f %10.1f %10.1f %8lld\n", qPrintable(u"search \"%1\""_s.arg(text)),
                    sb, se, sb / std::max(se, 0.001), b, median(counted.value(text)), median(stalls.value(text)),
                    found.value(text));
    }
    std::printf("%-22s %10.1f (first page) %.1f (count), on the calling thread, for \"%s\"\n", "old way (LIKE)",
                oldFirst, oldCount, qPrintable(texts.at(1)));
    const double sb = median(allBig), se = median(allEmpty), b = median(allBare);
    const double worstStall = *std::max_element(allStall.begin(), allStall.end());
    const double worstStallEmpty = *std::max_element(allStallEmpty.begin(), allStallEmpty.end());
    std::printf("GUI-thread stall while searching, worst median: %.1f ms (1M), %.1f ms (empty ledger)\n", worstStall,
                worstStallEmpty);
    std::printf("LEDGER %d %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f\n", rows, ob, oe, sb, se, b, worstStall,
                oldFirst, oldCount, worstStallEmpty);
    return 0;
}
