#pragma once
// The dry run of a bulk file: reads every row (streaming), maps it and lists every problem
// (line, column, reason) before anything is sent: malformed CSV, ragged rows, cells that are not
// UTF-8, values the service would refuse, and ClientIds / CustomTokens that repeat within the file.
// Every row goes through BulkRowCheck, the same check BulkJob makes before sending a row, so the
// rows listed here are exactly the rows a run marks failed "not sent: ...".
// Nothing is sent and nothing is written.
//
// A file that cannot be run at all (empty, not text, a header but no rows) is refused by open()
// with a message; fileProblem() says which (BulkSource).
//
// Use step() in a loop (the CLI), or start() for a sliced run that keeps a window responsive
// (errorsFound / progress / finished signals).
#include "core/bulk/BulkRowCheck.h"
#include "core/bulk/BulkSource.h"
#include "core/bulk/CsvMapping.h"

#include <QObject>

#include <optional>

namespace tc {

struct BulkDryRunSummary
{
    qint64 rows = 0;
    qint64 invalidRows = 0;
    qint64 errors = 0;
    bool finished = false;
    QString readError;
    // Why the file as a whole cannot be run (a header but no rows, empty, not text), and the
    // message; None when it can. open() refuses such a file (and sets these); step() sets them
    // too when the file turns out to have no rows after all (changed since open()).
    BulkFileProblem fileProblem = BulkFileProblem::None;
    QString fileError;

    // A run may start: the whole file was read and it has rows (rows with problems are not sent).
    bool canRun() const { return finished && readError.isEmpty() && fileProblem == BulkFileProblem::None && rows > 0; }
};

class BulkDryRun : public QObject
{
    Q_OBJECT
public:
    BulkDryRun(const QString &csvPath, const std::optional<CsvMapping> &mapping = std::nullopt,
               const QStringList &mappingOverrides = {}, QObject *parent = nullptr);

    // Reads the header and settles the mapping. False + *error (a file that cannot be run: see
    // fileProblem(); a bad override; a mapping problem such as two columns feeding one field).
    bool open(QString *error);
    // Why open() refused the file (None: it did not, or the mapping was the problem).
    BulkFileProblem fileProblem() const { return m_summary.fileProblem; }
    CsvMapping mapping() const { return m_mapping; }
    QStringList header() const { return m_source.header(); }

    // Checks up to maxRows rows, appending their problems. False once the file is done.
    bool step(int maxRows, QList<RowError> *errors);
    BulkDryRunSummary summary() const { return m_summary; }
    qint64 bytesRead() const { return m_source.bytesRead(); }
    qint64 fileSize() const { return m_source.fileSize(); }

    // Sliced, on the event loop (call open() first).
    void start();
    void cancel() { m_canceled = true; }

Q_SIGNALS:
    void errorsFound(const QList<tc::RowError> &errors);
    void progress(qint64 rows, qint64 bytesRead, qint64 fileSize);
    void finished();

private:
    void slice();

    QString m_path;
    std::optional<CsvMapping> m_givenMapping;
    QStringList m_overrides;
    CsvMapping m_mapping;
    BulkSource m_source;
    BulkDryRunSummary m_summary;
    BulkRowCheck m_check;
    bool m_canceled = false;
};

} // namespace tc

Q_DECLARE_METATYPE(tc::RowError)
