#include "core/bulk/BulkDryRun.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tc {

BulkDryRun::BulkDryRun(const QString &csvPath, const std::optional<CsvMapping> &mapping,
                       const QStringList &mappingOverrides, QObject *parent)
    : QObject(parent), m_path(csvPath), m_givenMapping(mapping), m_overrides(mappingOverrides)
{
    qRegisterMetaType<tc::RowError>();
    qRegisterMetaType<QList<tc::RowError>>();
}

bool BulkDryRun::open(QString *error)
{
    if (!m_source.open(m_path, error)) {
        m_summary.fileProblem = m_source.problem();
        m_summary.fileError = *error;
        return false;
    }
    if (m_givenMapping) {
        m_mapping = *m_givenMapping;
        if (m_mapping.header() != m_source.header()) {
            *error = QCoreApplication::translate("tc::BulkDryRun", "the column mapping was made for another header");
            return false;
        }
    } else {
        m_mapping = CsvMapping::fromHeader(m_source.header());
    }
    for (const QString &spec : std::as_const(m_overrides)) {
        if (!m_mapping.applyOverride(spec, error))
            return false;
    }
    if (const QStringList problems = m_mapping.problems(); !problems.isEmpty()) {
        *error = problems.join(u"; "_s);
        return false;
    }
    m_check = BulkRowCheck(m_mapping);
    return true;
}

bool BulkDryRun::step(int maxRows, QList<RowError> *errors)
{
    qint64 rowNo = 0;
    CsvRecord record;
    for (int i = 0; i < maxRows; ++i) {
        if (!m_source.next(&rowNo, &record)) {
            m_summary.finished = true;
            m_summary.readError = m_source.readError();
            if (m_summary.rows == 0 && m_summary.readError.isEmpty()) {
                m_summary.fileProblem = BulkFileProblem::NoRows;
                m_summary.fileError
                        = QCoreApplication::translate("tc::BulkDryRun", "%1: the file has a header but no rows")
                                  .arg(m_path);
            }
            return false;
        }
        ++m_summary.rows;
        QList<RowError> rowErrors;
        m_check.check(record, rowNo, &rowErrors);
        if (!rowErrors.isEmpty()) {
            ++m_summary.invalidRows;
            m_summary.errors += rowErrors.size();
            errors->append(rowErrors);
        }
    }
    return true;
}

void BulkDryRun::start()
{
    QTimer::singleShot(0, this, &BulkDryRun::slice);
}

void BulkDryRun::slice()
{
    if (m_canceled) {
        Q_EMIT finished();
        return;
    }
    QList<RowError> errors;
    const bool more = step(2000, &errors);
    if (!errors.isEmpty())
        Q_EMIT errorsFound(errors);
    Q_EMIT progress(m_summary.rows, m_source.bytesRead(), m_source.fileSize());
    if (more)
        QTimer::singleShot(0, this, &BulkDryRun::slice);
    else
        Q_EMIT finished();
}

} // namespace tc
