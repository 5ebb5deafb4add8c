#include "ui/BulkPage.h"

#include "core/bulk/BulkDryRun.h"
#include "core/bulk/BulkExport.h"
#include "core/bulk/BulkJob.h"
#include "core/bulk/BulkRowModel.h"
#include "core/bulk/BulkSource.h"
#include "core/ledger/Ledger.h"
#include "core/services/RegistrationService.h"
#include "ui/Colors.h"
#include "ui/MessageBox.h"
#include "ui/RegistrationTargetBox.h"
#include "ui/SaveDialog.h"
#include "ui/WheelGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
constexpr int MaxProblemsShown = 10000;

QString duration(qint64 secs)
{
    if (secs < 0)
        return QObject::tr("?");
    if (secs < 60)
        return QObject::tr("%1 s").arg(secs);
    if (secs < 3600)
        return QObject::tr("%1 min %2 s").arg(secs / 60).arg(secs % 60);
    return QObject::tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
}
} // namespace

BulkPage::BulkPage(RegistrationService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_ledger(service->ledger())
{
    setObjectName(u"BulkPage"_s);
    auto *layout = new QVBoxLayout(this);
    m_target = new RegistrationTargetBox(m_service, this);
    layout->addWidget(m_target);

    auto *fileRow = new QHBoxLayout();
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"File"_s);
    m_path->setPlaceholderText(tr("a CSV of profiles: a header row, then one user per row"));
    m_path->setAccessibleName(tr("CSV file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(new QLabel(tr("File"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);
    connect(browse, &QPushButton::clicked, this, &BulkPage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (m_path->text() != m_file)
            setFile(typedPath(m_path->text()));
    });

    m_resumeNote = new QLabel(this);
    m_resumeNote->setObjectName(u"ResumeNote"_s);
    m_resumeNote->setWordWrap(true);
    m_resume = new QPushButton(tr("Res&ume that run"), this);
    m_resume->setObjectName(u"ResumeRun"_s);
    auto *resumeRow = new QHBoxLayout();
    resumeRow->addWidget(m_resumeNote, 1);
    resumeRow->addWidget(m_resume);
    layout->addLayout(resumeRow);
    connect(m_resume, &QPushButton::clicked, this, &BulkPage::resumeRun);

    // The steps after the file, one tab each, so the table in use gets the page: the column mapping,
    // the dry run's problems, the rows of the run (the page turns to the step it reaches).
    m_steps = new QTabWidget(this);
    m_steps->setObjectName(u"Steps"_s);
    m_steps->setDocumentMode(true);
    m_mappingArea = new QScrollArea(this);
    m_mappingArea->setObjectName(u"Mapping"_s);
    m_mappingArea->setWidgetResizable(true);
    m_mappingArea->setFrameShape(QFrame::NoFrame);
    auto *mappingPane = new QWidget(m_mappingArea);
    m_mappingGrid = new QGridLayout(mappingPane);
    m_mappingGrid->setColumnStretch(2, 1);
    m_mappingArea->setWidget(mappingPane);

    auto *options = new QWidget(this);
    auto *form = new QHBoxLayout(options);
    form->setContentsMargins(0, 0, 0, 0);
    m_concurrency = new QSpinBox(options);
    m_concurrency->setObjectName(u"Concurrency"_s);
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(4);
    m_customTokens = new QCheckBox(tr("Pick each DeviceToken here (CustomToken)"), options);
    m_customTokens->setObjectName(u"CustomTokens"_s);
    m_customTokens->setToolTip(
            tr("Each row's DeviceToken is chosen and recorded before sending, so a lost answer still "
               "leaves it known. Off by default: the vendor does not document whether the service "
               "refuses a reused CustomToken."));
    auto *concurrencyLabel = new QLabel(tr("Re&quests at once"), options);
    concurrencyLabel->setBuddy(m_concurrency);
    m_concurrency->setAccessibleName(tr("Requests at once"));
    form->addWidget(concurrencyLabel);
    form->addWidget(m_concurrency);
    form->addWidget(m_customTokens);
    form->addStretch(1);
    layout->addWidget(options);

    auto *buttons = new QHBoxLayout();
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(u"DryRun"_s);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(u"Run"_s);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(u"Pause"_s);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(u"Cancel"_s);
    m_export = new QPushButton(tr("&Export results…"), this);
    m_export->setObjectName(u"Export"_s);
    for (QPushButton *b : {m_dryRun, m_run, m_pause, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    layout->addLayout(buttons);
    connect(m_dryRun, &QPushButton::clicked, this, &BulkPage::dryRun);
    connect(m_run, &QPushButton::clicked, this, &BulkPage::startRun);
    connect(m_pause, &QPushButton::clicked, this, &BulkPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPage::cancelRun);
    connect(m_export, &QPushButton::clicked, this, &BulkPage::exportWithDialog);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"Progress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(u"ProgressText"_s);
    m_message = new QLabel(this);
    m_message->setObjectName(u"Message"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_message);

    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(u"Problems"_s);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_problems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_rows = new BulkRowModel(m_ledger, this);
    m_rowView = new QTableView(this);
    m_rowView->setObjectName(u"Rows"_s);
    m_rowView->setModel(m_rows);
    m_rowView->verticalHeader()->hide();
    m_rowView->horizontalHeader()->setStretchLastSection(true);
    m_mappingArea->setAccessibleName(tr("Column mapping"));
    m_problems->setAccessibleName(tr("Dry-run problems"));
    m_rowView->setAccessibleName(tr("Rows"));
    m_steps->addTab(m_mappingArea, tr("1 · Column &mapping"));
    m_steps->addTab(m_problems, QString());
    m_steps->addTab(m_rowView, tr("3 · Ro&ws"));
    updateProblemsTab();
    layout->addWidget(m_steps, 1);

    connect(m_target, &RegistrationTargetBox::changed, this, [this] {
        checkResumable();
        updateButtons();
    });
    WheelGuard::installAll(this);
    updateButtons();
}

BulkPage::~BulkPage()
{
    // The file field, focused and edited, loses focus while QWidget's destructor closes the page
    // and says editingFinished: by then this is no BulkPage any more (UBSan, TestBulkPage).
    m_path->disconnect(this);
    if (m_job && m_job->isActive())
        m_job->abortInFlight();
}

void BulkPage::setTarget(const std::optional<RegistrationTarget> &target, const QString &why)
{
    m_target->setTarget(target, why);
}

QString BulkPage::file() const
{
    return m_file;
}

void BulkPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("A CSV of profiles"));
    dialog->setNameFilter(tr("CSV (*.csv *.txt);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { setFile(path); });
    dialog->open();
}

QString BulkPage::typedPath(const QString &text)
{
    // What a hurried person pastes: a trailing space or newline, quotes from a file manager's
    // "copy as path", a file:// URL, a ~ for the home folder (found walking: "users.csv " was
    // "No such file"). A name that really exists as typed is kept as typed.
    if (QFileInfo::exists(text))
        return text;
    QString t = text.trimmed();
    if (t.size() >= 2 && (t.front() == u'"' || t.front() == u'\'') && t.back() == t.front())
        t = t.mid(1, t.size() - 2);
    if (t.startsWith(u"file://"_s)) {
        const QUrl url(t);
        if (url.isLocalFile())
            t = url.toLocalFile();
    }
    if (t == u"~"_s || t.startsWith(u"~/"_s))
        t = QDir::homePath() + t.mid(1);
    return t;
}

bool BulkPage::setFile(const QString &path, QString *error)
{
    QString why;
    BulkSource source;
    m_dryDone = false;
    m_dryRows = m_dryProblems = m_dryInvalidRows = 0;
    m_problems->setRowCount(0);
    // Another file: nothing of the last file's run or dry run stays on screen.
    if (!(m_job && m_job->isActive())) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progressText->clear();
        m_message->setStyleSheet(QString());
        m_rows->setJob(0, 0);
    }
    if (!source.open(path, &why)) {
        m_message->setText(why);
        m_file.clear();
        m_mapping = CsvMapping();
        rebuildMapping();
        updateButtons();
        if (error)
            *error = why;
        return false;
    }
    m_file = QFileInfo(path).absoluteFilePath();
    m_path->setText(m_file);
    m_mapping = CsvMapping::fromHeader(source.header());
    // A mapping that cannot run says why at once (the buttons were greyed out with no reason).
    const QStringList mappingProblems = m_mapping.problems();
    m_message->setText(
            mappingProblems.isEmpty()
                    ? tr("%n column(s). Check the mapping, then make a dry run.", "", int(m_mapping.columnCount()))
                    : tr("%n column(s), and a dry run waits for the mapping: %1. Pick a field for a "
                         "column in the list below.",
                         "", int(m_mapping.columnCount()))
                              .arg(mappingProblems.join(u"; "_s)));
    rebuildMapping();
    updateProblemsTab();
    m_steps->setCurrentWidget(m_mappingArea);
    checkResumable();
    updateButtons();
    return true;
}

void BulkPage::rebuildMapping()
{
    while (QLayoutItem *item = m_mappingGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_fieldBoxes.clear();
    m_fieldNotes.clear();
    if (m_mapping.columnCount() == 0)
        return;
    const auto heading = [this](const QString &text, int column) {
        auto *l = new QLabel(text);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
        m_mappingGrid->addWidget(l, 0, column);
    };
    heading(tr("Column"), 0);
    heading(tr("Field"), 1);
    heading(tr("Note"), 2);
    const QList<CsvField> fields = CsvMapping::allFields();
    for (int i = 0; i < m_mapping.columnCount(); ++i) {
        const QString name = m_mapping.header().at(i);
        auto *column = new QLabel(name);
        column->setTextFormat(Qt::PlainText);
        auto *combo = new QComboBox;
        combo->setObjectName(u"Field%1"_s.arg(i));
        combo->addItem(tr("(ignored)"), int(CsvField::Ignore));
        for (CsvField f : fields)
            combo->addItem(CsvMapping::fieldName(f), int(f));
        combo->setCurrentIndex(combo->findData(int(m_mapping.field(i))));
        combo->setAccessibleName(tr("Field for column “%1”").arg(name));
        column->setBuddy(combo);
        WheelGuard::install(combo);
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, i, combo] { setColumnField(i, CsvField(combo->currentData().toInt())); });
        auto *note = new QLabel;
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        note->setStyleSheet(u"color: %1"_s.arg(Colors::red().name()));
        m_mappingGrid->addWidget(column, i + 1, 0);
        m_mappingGrid->addWidget(combo, i + 1, 1);
        m_mappingGrid->addWidget(note, i + 1, 2);
        m_fieldBoxes.append(combo);
        m_fieldNotes.append(note);
    }
    m_mappingGrid->setRowStretch(int(m_mapping.columnCount()) + 1, 1);
    showMappingNotes();
}

void BulkPage::showMappingNotes()
{
    const QStringList problems = m_mapping.problems();
    for (int i = 0; i < m_fieldNotes.size(); ++i) {
        QString note;
        for (const QString &p : problems) {
            if (p.contains(u'"' + m_mapping.header().at(i) + u'"'))
                note = p;
        }
        m_fieldNotes.at(i)->setText(note);
        // A screen reader hears the problem with the field it belongs to.
        m_fieldBoxes.at(i)->setAccessibleDescription(note);
    }
}

void BulkPage::setColumnField(int column, CsvField field)
{
    // A field fed by two columns is a problem the notes show; Run waits until it is fixed.
    m_mapping.setField(column, field);
    m_dryDone = false;
    if (QComboBox *combo = m_fieldBoxes.value(column)) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(combo->findData(int(field)));
    }
    showMappingNotes();
    const QStringList problems = m_mapping.problems();
    m_message->setText(problems.isEmpty() ? tr("%n column(s). Check the mapping, then make a dry run.", "",
                                               int(m_mapping.columnCount()))
                                          : problems.join(u"\n"_s));
    updateButtons();
}

void BulkPage::setConcurrency(int n)
{
    m_concurrency->setValue(n);
}

void BulkPage::setCustomTokens(bool on)
{
    m_customTokens->setChecked(on);
}

void BulkPage::checkResumable()
{
    m_resumable = 0;
    m_earlierRun = 0;
    m_againConfirmed = false;
    const auto target = m_target->target();
    if (!m_file.isEmpty() && target && m_ledger && m_ledger->isOpen()) {
        if (const auto job = m_ledger->latestJob(m_file, target->instanceId)) {
            const auto counts = m_ledger->jobStateCounts(job->id);
            m_earlierRun = job->id;
            const qint64 open = counts.value(LedgerState::unknown()) + counts.value(LedgerState::inFlight())
                                + counts.value(LedgerState::pending());
            const bool complete = job->state == BulkJob::stateName(BulkJob::State::Finished) && open == 0;
            if (complete) {
                // Nothing left to resume: say what was done, and that a new run registers again.
                m_resumeNote->setText(tr("The ledger has finished run %1 of this file into this group (%2 done, %3 "
                                         "failed). Running the file again registers its rows again.")
                                              .arg(job->id)
                                              .arg(counts.value(LedgerState::done()))
                                              .arg(counts.value(LedgerState::failed())));
            } else {
                m_resumable = job->id;
                m_resumeNote->setText(
                        tr("The ledger has run %1 of this file into this group (%2; %3 done, %4 failed, %5 unknown, %6 "
                           "in flight). Resuming skips the confirmed rows; rows whose request was in flight are "
                           "reconciled first%7.")
                                .arg(job->id)
                                .arg(job->state)
                                .arg(counts.value(LedgerState::done()))
                                .arg(counts.value(LedgerState::failed()))
                                .arg(counts.value(LedgerState::unknown()))
                                .arg(counts.value(LedgerState::inFlight()))
                                .arg(m_service->adminSessionFor(*target)
                                             ? tr(" with the admin session")
                                             : tr(" (needs an admin session on %1; else they stay unknown)")
                                                       .arg(target->host())));
            }
        }
    }
    m_resumeNote->setVisible(m_earlierRun > 0);
    m_resume->setVisible(m_resumable > 0);
}

void BulkPage::dryRun()
{
    if (m_file.isEmpty() || (m_dry && !m_dryDone))
        return;
    m_problems->setRowCount(0);
    m_dryRows = m_dryProblems = m_dryInvalidRows = 0;
    updateProblemsTab();
    m_dryDone = false;
    m_dry = new BulkDryRun(m_file, m_mapping, {}, this);
    QString error;
    if (!m_dry->open(&error)) {
        m_message->setText(error);
        delete m_dry;
        m_runAfterDry = false;
        updateButtons();
        return;
    }
    connect(m_dry, &BulkDryRun::errorsFound, this, &BulkPage::onDryErrors);
    connect(m_dry, &BulkDryRun::progress, this, [this](qint64 rows, qint64 bytes, qint64 size) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(size > 0 ? int(bytes * 1000 / size) : 0);
        m_progressText->setText(tr("Checking: %n row(s) read", "", int(rows)));
    });
    connect(m_dry, &BulkDryRun::finished, this, &BulkPage::onDryFinished);
    m_message->setText(tr("Dry run: nothing is sent."));
    m_dry->start();
    updateButtons();
}

void BulkPage::onDryErrors(const QList<RowError> &errors)
{
    m_dryProblems += errors.size();
    updateProblemsTab();
    int row = m_problems->rowCount();
    const int room = MaxProblemsShown - row;
    if (room <= 0)
        return;
    const int n = int(std::min<qsizetype>(room, errors.size()));
    m_problems->setRowCount(row + n);
    for (int i = 0; i < n; ++i, ++row) {
        const RowError &e = errors.at(i);
        m_problems->setItem(row, 0, new QTableWidgetItem(QString::number(e.line)));
        m_problems->setItem(row, 1, new QTableWidgetItem(e.column));
        m_problems->setItem(row, 2, new QTableWidgetItem(e.reason));
    }
}

void BulkPage::onDryFinished()
{
    const BulkDryRunSummary s = m_dry->summary();
    m_dry->deleteLater();
    m_progress->setRange(0, 1);
    m_progress->setValue(s.finished ? 1 : 0);
    // Only a dry run that read the whole file, and found rows, lets Run go on.
    m_dryDone = s.finished && s.canRun() && s.readError.isEmpty();
    m_dryRows = s.rows;
    m_dryInvalidRows = s.invalidRows;
    if (!s.finished) {
        m_runAfterDry = false;
        m_message->setText(tr("Dry run stopped after %n row(s). Nothing was sent.", "", int(s.rows)));
        m_progressText->clear();
        Q_EMIT dryRunFinished();
        updateButtons();
        return;
    }
    if (!s.canRun()) {
        m_runAfterDry = false;
        m_message->setText(tr("%1\nNothing can be sent from this file.").arg(s.fileError));
        m_progressText->clear();
        Q_EMIT dryRunFinished();
        updateButtons();
        return;
    }
    QString text = s.invalidRows == 0 ? tr("Dry run: %n row(s), no problems. Nothing was sent.", "", int(s.rows))
                                      : tr("Dry run: %1, %2 of them with problems (%3%4). Nothing was sent.")
                                                .arg(tr("%n row(s)", "", int(s.rows)), QString::number(s.invalidRows),
                                                     tr("%n problem(s)", "", int(s.errors)),
                                                     s.errors > MaxProblemsShown
                                                             ? tr(", the first %1 listed").arg(MaxProblemsShown)
                                                             : QString());
    if (!s.readError.isEmpty())
        text += u"\n"_s + s.readError;
    m_message->setText(text);
    m_progressText->setText(tr("%n row(s)", "", int(s.rows)));
    Q_EMIT dryRunFinished();
    if (m_dryProblems > 0)
        m_steps->setCurrentWidget(m_problems); // what stands in the way comes into view
    if (std::exchange(m_runAfterDry, false) && m_dryDone)
        confirmAndLaunch();
    updateButtons();
}

void BulkPage::startRun()
{
    if (m_file.isEmpty() || (m_job && m_job->isActive()) || m_asking)
        return;
    if (m_earlierRun > 0 && !m_againConfirmed) {
        if (m_resumable > 0) {
            MessageBox::ask(this, tr("Register the file again?"),
                            tr("The ledger already has run %1 of this file into this group, not finished. Resume it "
                               "(confirmed rows are skipped)? No starts a new run that registers every row again.")
                                    .arg(m_resumable),
                            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
                            [this](QMessageBox::StandardButton b) {
                                if (b == QMessageBox::Yes)
                                    resumeRun();
                                else if (b == QMessageBox::No)
                                    confirmRegisterAgain();
                            });
        } else {
            confirmRegisterAgain();
        }
        return;
    }
    if (!m_dryDone) {
        m_runAfterDry = true;
        dryRun();
        return;
    }
    confirmAndLaunch();
}

void BulkPage::confirmRegisterAgain()
{
    const auto target = m_target->target();
    if (!target)
        return;
    // Registering a file a second time makes a second user of every row: asked on its own, with
    // Cancel as the default (a "No" to "resume?" was never meant as "yes, duplicate everything").
    MessageBox::ask(
            this, tr("Register every row again?"),
            tr("Run %1 already registered %2 into group %3 at %4. A new run registers every row AGAIN: each "
               "becomes a second user. Register them again?")
                    .arg(m_earlierRun)
                    .arg(QFileInfo(m_file).fileName(), target->instanceId, target->host()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            [this](QMessageBox::StandardButton b) {
                if (b != QMessageBox::Yes) {
                    m_message->setText(tr("Nothing was sent."));
                    return;
                }
                m_againConfirmed = true;
                m_resumable = 0;
                startRun();
            },
            QMessageBox::Warning);
}

void BulkPage::confirmAndLaunch()
{
    const auto target = m_target->target();
    if (!target || m_file.isEmpty() || !m_dryDone)
        return;
    const qint64 sendable = m_dryRows - m_dryInvalidRows;
    if (m_dryRows <= 0) {
        m_message->setText(tr("The file has no rows to register: nothing was sent."));
        return;
    }
    if (sendable <= 0) {
        m_message->setText(tr("Every row has problems (listed below): nothing was sent. Fix the file and make a dry "
                              "run again."));
        return;
    }
    if (m_dryInvalidRows == 0 && !target->isProduction()) {
        launch(0);
        return;
    }
    QStringList text;
    if (target->isProduction())
        text << tr("Register %n real user(s) from %1 into group %2 at %3 (PRODUCTION)? They cannot be taken back from "
                   "here.",
                   "", int(std::min<qint64>(sendable, std::numeric_limits<int>::max())))
                        .arg(QFileInfo(m_file).fileName(), target->instanceId, target->host());
    if (m_dryInvalidRows > 0) {
        QStringList lines;
        for (int i = 0; i < m_problems->rowCount() && lines.size() < 8; ++i) {
            const QString line = m_problems->item(i, 0) ? m_problems->item(i, 0)->text() : QString();
            if (!line.isEmpty() && !lines.contains(line))
                lines << line;
        }
        const QString where = lines.isEmpty() ? QString()
                                              : tr(" (line %1%2)")
                                                        .arg(lines.join(u", "_s),
                                                             m_dryInvalidRows > lines.size() ? tr(", …") : QString());
        text << tr("%n row(s)%1 have problems and are NOT sent: they are marked failed in the ledger. Skip them and "
                   "register the other %2 into group %3 at %4?",
                   "", int(std::min<qint64>(m_dryInvalidRows, std::numeric_limits<int>::max())))
                        .arg(where)
                        .arg(sendable)
                        .arg(target->instanceId, target->host());
    }
    m_asking = true;
    updateButtons();
    MessageBox::ask(
            this, target->isProduction() ? tr("Register in production") : tr("Rows with problems"),
            text.join(u"\n\n"_s), QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            [this, target = *target](QMessageBox::StandardButton b) {
                m_asking = false;
                const auto now = m_target->target();
                // Launch only into the target that was confirmed.
                if (b == QMessageBox::Yes && now && now->sameDestination(target))
                    launch(0);
                else
                    m_message->setText(tr("Nothing was sent."));
                updateButtons();
            },
            target->isProduction() ? QMessageBox::Warning : QMessageBox::Question);
}

void BulkPage::resumeRun()
{
    const auto target = m_target->target();
    if (m_resumable <= 0 || (m_job && m_job->isActive()) || !target)
        return;
    if (!target->isProduction()) {
        launch(m_resumable);
        return;
    }
    const qint64 jobId = m_resumable;
    m_asking = true;
    updateButtons();
    MessageBox::ask(
            this, tr("Resume in production"),
            tr("Resume run %1 of %2 into group %3 at %4 (PRODUCTION)? Rows not confirmed yet are registered; "
               "confirmed rows are skipped.")
                    .arg(jobId)
                    .arg(QFileInfo(m_file).fileName(), target->instanceId, target->host()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            [this, jobId](QMessageBox::StandardButton b) {
                m_asking = false;
                if (b == QMessageBox::Yes)
                    launch(jobId);
                updateButtons();
            },
            QMessageBox::Warning);
}

void BulkPage::updateProblemsTab()
{
    m_steps->setTabText(m_steps->indexOf(m_problems), m_dryProblems > 0
                                                              ? tr("2 · Dry-run pro&blems (%1)").arg(m_dryProblems)
                                                              : tr("2 · Dry-run pro&blems"));
}

void BulkPage::launch(qint64 resumeJobId)
{
    const auto target = m_target->target();
    if (!target)
        return;
    BulkOptions o;
    o.csvPath = m_file;
    o.mapping = m_mapping;
    o.concurrency = m_concurrency->value();
    o.customTokens = m_customTokens->isChecked();
    o.resumeJobId = resumeJobId;
    o.totalRows = m_dryDone ? m_dryRows : -1;
    if (m_job)
        m_job->deleteLater();
    m_job = m_service->startBulk(*target, o, {}, this);
    connect(m_job, &BulkJob::progressChanged, this, &BulkPage::onProgress);
    connect(m_job, &BulkJob::rowsUpdated, m_rows, &BulkRowModel::applyUpdates);
    connect(m_job, &BulkJob::stateChanged, this, [this](BulkJob::State s) {
        if (s == BulkJob::State::Running && m_rows->jobId() != m_job->jobId())
            m_rows->setJob(m_job->jobId(), std::max<qint64>(m_job->progress().total, 0));
        onProgress(m_job->progress()); // the status line names the state (paused, stopping)
        // The message follows the run (it said "Starting…" to the end, through pauses; found walking).
        if (s == BulkJob::State::Running)
            m_message->setText(tr("Running: each row counts once its DeviceToken is in the ledger."));
        else if (s == BulkJob::State::Paused)
            m_message->setText(tr("Paused: no new request goes out until you resume."));
        else if (s == BulkJob::State::Stopping)
            m_message->setText(tr("Stopping: waiting for the answers to the requests already sent…"));
        updateButtons();
    });
    connect(m_job, &BulkJob::note, this, [this](const QString &text) { m_message->setText(text); });
    connect(m_job, &BulkJob::finished, this, &BulkPage::onJobFinished);
    m_message->setStyleSheet(QString());
    m_message->setText(resumeJobId > 0 ? tr("Resuming run %1…").arg(resumeJobId) : tr("Starting…"));
    m_steps->setCurrentWidget(m_rowView); // each row's fate, as it happens
    updateButtons();
}

void BulkPage::onProgress(const BulkProgress &p)
{
    if (p.total > 0) {
        if (m_rows->jobId() == m_job->jobId() && m_rows->rowCount() < p.total)
            m_rows->setTotalRows(p.total);
        m_progress->setRange(0, int(std::min<qint64>(p.total, std::numeric_limits<int>::max())));
        m_progress->setValue(int(std::min<qint64>(p.processed(), p.total)));
    }
    QString state;
    if (m_job && m_job->state() == BulkJob::State::Paused)
        state = tr("Paused (requests already sent are awaited) · ");
    else if (m_job && m_job->state() == BulkJob::State::Stopping)
        state = tr("Stopping · ");
    QString text = state
                   + tr("%1 / %2 rows · %3 done · %4 failed · %5 unknown")
                             .arg(p.processed())
                             .arg(p.total >= 0 ? QString::number(p.total) : tr("?"))
                             .arg(p.done)
                             .arg(p.failed)
                             .arg(p.unknown);
    // A speed and an end only while rows go out (paused or over, they read as if it still ran).
    if (m_job && m_job->state() == BulkJob::State::Running)
        text += tr(" · %1 rows/s · ETA %2").arg(p.rowsPerSecond, 0, 'f', 0).arg(duration(p.etaSecs));
    m_progressText->setText(text);
}

void BulkPage::onJobFinished()
{
    // "Run 3 canceled: rows not sent yet stay pending …", the state said once.
    const QString state = BulkJob::stateName(m_job->state());
    QString why = m_job->message();
    if (why == state)
        why.clear();
    else if (why.startsWith(state + u": "_s))
        why = why.mid(state.size() + 2);
    QString text = why.isEmpty() ? tr("Run %1 %2.").arg(m_job->jobId()).arg(state)
                                 : tr("Run %1 %2: %3.").arg(m_job->jobId()).arg(state, why);
    const auto unsaved = m_job->unsavedRows();
    if (!unsaved.isEmpty()) {
        QStringList tokens;
        for (const auto &u : unsaved) {
            if (!u.deviceToken.isEmpty())
                tokens.append(tr("row %1: %2").arg(u.rowNo).arg(u.deviceToken));
        }
        text += tr("\nNOT recorded in the ledger (export the results now; they exist only here):\n")
                + tokens.join(u"\n"_s);
    }
    m_message->setText(text);
    m_message->setStyleSheet(unsaved.isEmpty() ? QString() : Colors::errorStyle(palette()));
    onProgress(m_job->progress());
    checkResumable();
    updateButtons();
    Q_EMIT runFinished();
}

void BulkPage::togglePause()
{
    if (!m_job)
        return;
    if (m_job->state() == BulkJob::State::Paused)
        m_job->resume();
    else
        m_job->pause();
    onProgress(m_job->progress());
    updateButtons();
}

void BulkPage::cancelRun()
{
    if (m_dry && !m_dryDone) {
        m_dry->cancel();
        m_runAfterDry = false;
    }
    if (m_job && m_job->isActive())
        m_job->cancel();
}

QString BulkPage::progressText() const
{
    return m_progressText->text();
}

QString BulkPage::messageText() const
{
    return m_message->text();
}

bool BulkPage::exportResultsTo(const QString &path, QString *error) const
{
    if (!m_job || m_job->jobId() <= 0) {
        *error = tr("no run to export");
        return false;
    }
    return BulkExport::writeResults(m_file, *m_ledger, m_job->jobId(), path, m_job->unsavedRows(), error);
}

void BulkPage::exportWithDialog()
{
    askSavePath(this, tr("Export the results"), u"csv"_s, tr("CSV (*.csv)"), [this](const QString &path) {
        QString error;
        m_message->setText(exportResultsTo(path, &error) ? tr("Results written to %1.").arg(path)
                                                         : tr("The export failed: %1").arg(error));
    });
}

void BulkPage::updateButtons()
{
    const bool running = m_job && m_job->isActive();
    const bool checking = m_dry && !m_dryDone;
    const QString mappingProblem = m_mapping.problems().join(u"; "_s);
    const bool ready = !m_file.isEmpty() && mappingProblem.isEmpty();
    m_dryRun->setEnabled(ready && !running && !checking && !m_asking);
    m_dryRun->setToolTip(m_file.isEmpty() ? tr("Choose a CSV file first.") : mappingProblem);
    m_run->setEnabled(ready && !running && !checking && !m_asking && m_target->problem().isEmpty());
    m_run->setToolTip(!m_target->problem().isEmpty()
                              ? m_target->problem()
                              : (m_file.isEmpty() ? tr("Choose a CSV file first.") : mappingProblem));
    m_resume->setEnabled(!running && !checking && !m_asking && m_target->problem().isEmpty());
    m_pause->setEnabled(running
                        && (m_job->state() == BulkJob::State::Running || m_job->state() == BulkJob::State::Paused));
    m_pause->setText(m_job && m_job->state() == BulkJob::State::Paused ? tr("Res&ume") : tr("&Pause"));
    m_cancel->setEnabled(running || checking);
    m_export->setEnabled(m_job && m_job->jobId() > 0 && !running);
    m_concurrency->setEnabled(!running);
    m_customTokens->setEnabled(!running);
    m_mappingArea->setEnabled(!running);
}

} // namespace tc
