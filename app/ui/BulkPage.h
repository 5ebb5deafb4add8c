#pragma once
// Bulk registration from a CSV of profiles: pick a file, map its columns to fields (matched by
// header name, overridable), a dry run that lists every row problem (line, column, reason)
// before anything is sent, then a run with bounded concurrency (default 4): progress with
// count, rate and ETA; pause, resume, cancel; one table row per CSV row (a windowed model over
// the ledger); export of the results. An earlier run of the same file is offered for resuming.
//
// Only what passed is sent: Run makes the dry run first when there is none, and when it listed
// problems it asks whether to skip those rows (marked failed in the ledger, never sent) before
// anything leaves; a production run asks once, naming the row count, the group and the host.
#include "core/bulk/BulkJob.h"
#include "core/bulk/CsvMapping.h"
#include "core/registration/RegistrationTarget.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QComboBox;
class QGridLayout;
class QScrollArea;
class QTabWidget;

namespace tc {

class BulkDryRun;
class BulkRowModel;
class Ledger;
class RegistrationService;
class RegistrationTargetBox;

class BulkPage : public QWidget
{
    Q_OBJECT
public:
    explicit BulkPage(RegistrationService *service, QWidget *parent = nullptr);
    ~BulkPage() override;

    // Where the rows are registered (none: the page says what is missing and Run waits). Unknown
    // rows of a resumed run are reconciled with an admin session of the target's service.
    void setTarget(const std::optional<RegistrationTarget> &target, const QString &why = {});
    RegistrationTargetBox *targetBox() const { return m_target; }

    // Loads a file's header and maps its columns. False + *error.
    bool setFile(const QString &path, QString *error = nullptr);
    // The file a typed or pasted text names: trimmed, unquoted, a file:// URL or ~/ resolved.
    static QString typedPath(const QString &text);
    QString file() const;
    CsvMapping mapping() const { return m_mapping; }
    void setColumnField(int column, CsvField field);
    void setConcurrency(int n);
    void setCustomTokens(bool on);

    // The earlier run of this file into this group, if any (0: none).
    qint64 resumableJobId() const { return m_resumable; }

    BulkJob *job() const { return m_job; }
    BulkRowModel *rowModel() const { return m_rows; }
    QTableWidget *problemTable() const { return m_problems; }
    QTabWidget *steps() const { return m_steps; } // mapping, dry-run problems, rows: one tab each
    qint64 dryRunRows() const { return m_dryRows; }
    qint64 dryRunProblems() const { return m_dryProblems; }
    bool dryRunDone() const { return m_dryDone; }
    QString progressText() const;
    QString messageText() const;
    bool exportResultsTo(const QString &path, QString *error) const;

public Q_SLOTS:
    void dryRun();
    void startRun();  // a new run (after a dry run when none was made)
    void resumeRun(); // continues resumableJobId()
    void togglePause();
    void cancelRun();

Q_SIGNALS:
    void dryRunFinished();
    void runFinished();

private:
    void browse();
    void rebuildMapping();
    void showMappingNotes();
    void checkResumable();
    void onDryErrors(const QList<tc::RowError> &errors);
    void onDryFinished();
    // Asks what must be asked (rows with problems, production), then launches.
    void confirmAndLaunch();
    // A file the ledger already ran into this group: a new run makes a second user of every row.
    void confirmRegisterAgain();
    void launch(qint64 resumeJobId);
    void onProgress(const tc::BulkProgress &p);
    void onJobFinished();
    void updateButtons();
    void updateProblemsTab();
    void exportWithDialog();

    RegistrationService *m_service;
    Ledger *m_ledger;
    RegistrationTargetBox *m_target;
    QLineEdit *m_path;
    // The column mapping: a row per CSV column (its name, a field list, a note), as widgets a
    // screen reader and Tab reach (a table's cell widgets are neither in its accessible tree).
    QScrollArea *m_mappingArea;
    QGridLayout *m_mappingGrid;
    QList<QComboBox *> m_fieldBoxes;
    QList<QLabel *> m_fieldNotes;
    QSpinBox *m_concurrency;
    QCheckBox *m_customTokens;
    QLabel *m_resumeNote;
    QPushButton *m_resume;
    QPushButton *m_dryRun;
    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_message;
    QTabWidget *m_steps;
    QTableWidget *m_problems;
    QTableView *m_rowView;
    BulkRowModel *m_rows;

    CsvMapping m_mapping;
    QString m_file;
    qint64 m_resumable = 0;  // an earlier run of this file that can be resumed
    qint64 m_earlierRun = 0; // the latest earlier run of this file into this group (finished or not)
    bool m_againConfirmed = false;
    QPointer<BulkDryRun> m_dry;
    bool m_dryDone = false;
    bool m_runAfterDry = false;
    qint64 m_dryRows = 0;
    qint64 m_dryProblems = 0;
    qint64 m_dryInvalidRows = 0;
    bool m_asking = false;
    QPointer<BulkJob> m_job;
};

} // namespace tc
