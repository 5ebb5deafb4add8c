#include "ui/LedgerPage.h"
#include "ui/ClearButton.h"
#include "ui/SaveDialog.h"

#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerModel.h"
#include "core/util/CsvWriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace tc {

LedgerPage::LedgerPage(Ledger *ledger, QWidget *parent) : QWidget(parent), m_ledger(ledger)
{
    setObjectName(u"LedgerPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every DeviceToken this console received, recorded before it was shown. Access and "
                                "refresh tokens are never kept here."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *bar = new QHBoxLayout();
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"Search"_s);
    m_search->setPlaceholderText(tr("Search DeviceToken, ClientId, InstanceId, name, e-mail…"));
    enableClearButton(m_search);
    m_search->setAccessibleName(tr("Search the ledger"));
    m_state = new QComboBox(this);
    m_state->setObjectName(u"StateFilter"_s);
    m_state->addItem(tr("Any state"), QString());
    for (const QString &s : {LedgerState::done(), LedgerState::unknown(), LedgerState::failed(),
                             LedgerState::inFlight(), LedgerState::pending()})
        m_state->addItem(s, s);
    m_source = new QComboBox(this);
    m_source->addItem(tr("Any source"), QString());
    for (const QString &s : {LedgerSource::create(), LedgerSource::createMany(), LedgerSource::bulk()})
        m_source->addItem(s, s);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(u"ExportCsv"_s);
    m_exportButton = exportButton;
    auto *reload = new QPushButton(tr("Re&load"), this);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_source);
    bar->addWidget(reload);
    bar->addWidget(exportButton);
    layout->addLayout(bar);

    m_model = new LedgerModel(m_ledger, this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"Entries"_s);
    m_view->setAccessibleName(tr("Ledger entries"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false); // one line per entry; a long cell is elided in its middle
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // A DeviceToken (a UUID) is read and compared whole: its column fits one, never cut off.
    const int cellMargin = 2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 4);
    m_view->setColumnWidth(LedgerModel::DeviceToken,
                           m_view->fontMetrics().horizontalAdvance(u"00000000-0000-0000-0000-000000000000"_s)
                                   + cellMargin);
    m_view->setColumnWidth(LedgerModel::Time,
                           m_view->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59"_s) + cellMargin);
    layout->addWidget(m_view, 1);

    // Copy what a person passes on: the DeviceToken, or the whole row as CSV.
    m_copyToken = new QAction(tr("Copy &DeviceToken"), this);
    m_copyToken->setShortcut(QKeySequence::Copy);
    m_copyToken->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyRow = new QAction(tr("Copy row as C&SV"), this);
    m_copyRow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyToken);
    m_view->addAction(m_copyRow);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this); // Ctrl+C: the view would copy the current cell (the time)
    connect(m_copyToken, &QAction::triggered, this, &LedgerPage::copyDeviceToken);
    connect(m_copyRow, &QAction::triggered, this, &LedgerPage::copyRowAsCsv);
    auto *below = new QHBoxLayout();
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"Summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyTokenButton = new QPushButton(tr("Copy &DeviceToken"), this);
    m_copyTokenButton->setObjectName(u"CopyDeviceToken"_s);
    m_copyTokenButton->setToolTip(tr("Copy the selected entry's DeviceToken (Ctrl+C in the table)"));
    m_copyRowButton = new QPushButton(tr("Copy row as C&SV"), this);
    m_copyRowButton->setObjectName(u"CopyRow"_s);
    m_copyRowButton->setToolTip(tr("Copy the selected entry, with the column names, as CSV (Ctrl+Shift+C)"));
    below->addWidget(m_summary, 1);
    below->addWidget(m_copyTokenButton);
    below->addWidget(m_copyRowButton);
    layout->addLayout(below);
    connect(m_copyTokenButton, &QPushButton::clicked, this, &LedgerPage::copyDeviceToken);
    connect(m_copyRowButton, &QPushButton::clicked, this, &LedgerPage::copyRowAsCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LedgerPage::updateCopyActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPage::updateCopyActions);

    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(250); // a bulk run writes often: refresh at most four times a second
    connect(m_refreshSoon, &QTimer::timeout, m_model, &LedgerModel::refresh);
    if (m_ledger)
        connect(m_ledger, &Ledger::changed, m_refreshSoon, qOverload<>(&QTimer::start));
    // Searches run on the model's worker and a newer one interrupts an older one: a short pause
    // only spares work while a person is still typing.
    m_searchSoon = new QTimer(this);
    m_searchSoon->setSingleShot(true);
    m_searchSoon->setInterval(60);
    connect(m_searchSoon, &QTimer::timeout, this, &LedgerPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchSoon, qOverload<>(&QTimer::start));
    connect(m_model, &LedgerModel::statusChanged, this, &LedgerPage::updateSummary);
    connect(m_state, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(reload, &QPushButton::clicked, this, &LedgerPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &LedgerPage::exportWithDialog);
    // "Find this user": the selected entry's DeviceToken, in the Users area.
    m_findUser = new QPushButton(tr("&Find this user"), this);
    m_findUser->setObjectName(u"FindThisUser"_s);
    m_findUser->setToolTip(tr("Look the selected entry's DeviceToken up in the Users area (with an admin session)."));
    m_findUser->setEnabled(false);
    bar->addWidget(m_findUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_findUser->setEnabled(!selectedDeviceToken().isEmpty()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_findUser->setEnabled(!selectedDeviceToken().isEmpty()); });
    connect(m_findUser, &QPushButton::clicked, this, [this] {
        if (const QString dt = selectedDeviceToken(); !dt.isEmpty())
            Q_EMIT findUserRequested(dt);
    });
    applyFilter();
}

QString LedgerPage::selectedDeviceToken() const
{
    const auto rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const auto e = m_model->entryAt(rows.first().row());
    return e ? e->deviceToken.trimmed() : QString();
}

void LedgerPage::setSearchText(const QString &text)
{
    m_search->setText(text);
    applyFilter();
}

void LedgerPage::setStateFilter(const QString &state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    applyFilter();
}

void LedgerPage::applyFilter()
{
    m_searchSoon->stop();
    m_refreshSoon->stop();
    LedgerQuery q;
    q.text = m_search->text().trimmed();
    q.state = m_state->currentData().toString();
    q.source = m_source->currentData().toString();
    m_exportMessage.clear();
    m_model->setQuery(q);
    updateSummary();
}

void LedgerPage::updateSummary()
{
    QString text;
    if (m_exporting)
        text = m_exportMessage;
    else if (!m_exportMessage.isEmpty())
        text = m_exportMessage;
    else if (m_model->isLoading())
        text = tr("Searching…");
    else if (!m_model->lastError().isEmpty())
        text = tr("The ledger could not be read: %1").arg(m_model->lastError());
    else if (m_model->isCounting())
        text = tr("%n or more entries (counting…)", "", m_model->rowCount());
    else
        text = tr("%n entr(y/ies)", "", m_model->rowCount());
    if (m_model->rowsToIndex() > 0)
        text += u" · "_s
                + tr("preparing search: %n older entr(y/ies) left", "",
                     int(std::min<qint64>(m_model->rowsToIndex(), std::numeric_limits<int>::max())));
    m_summary->setText(text + u" · "_s + (m_ledger ? m_ledger->path() : QString()));
}

void LedgerPage::refresh()
{
    m_refreshSoon->stop();
    m_model->refresh();
}

bool LedgerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            copyDeviceToken();
            return true;
        }
        if (key->keyCombination() == m_copyRow->shortcut()[0]) {
            copyRowAsCsv();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LedgerPage::updateCopyActions()
{
    const bool selected = m_view->selectionModel()->hasSelection();
    for (QAction *a : {m_copyToken, m_copyRow})
        a->setEnabled(selected);
    m_copyTokenButton->setEnabled(selected);
    m_copyRowButton->setEnabled(selected);
}

bool LedgerPage::copyDeviceToken()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const QString token = m_model->index(rows.first().row(), LedgerModel::DeviceToken).data().toString();
    if (token.isEmpty())
        return false;
    QApplication::clipboard()->setText(token);
    return true;
}

bool LedgerPage::copyRowAsCsv()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    QStringList header;
    QStringList values;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        header << m_model->headerData(c, Qt::Horizontal).toString();
        values << m_model->index(rows.first().row(), c).data().toString();
    }
    QApplication::clipboard()->setText(QString::fromUtf8(CsvWriter::encodeRow(header) + CsvWriter::encodeRow(values)));
    return true;
}

QString LedgerPage::summaryText() const
{
    return m_summary->text();
}

void LedgerPage::startExport(const QString &path)
{
    if (m_exporting)
        return;
    if (!m_ledger || !m_ledger->isOpen()) {
        Q_EMIT exportFinished(false, tr("The export failed: %1").arg(tr("the ledger is not open")));
        return;
    }
    struct Result
    {
        bool ok = false;
        QString error;
        std::atomic<qint64> rows{0};
    };
    auto result = std::make_shared<Result>();
    QThread *worker = QThread::create([result, ledgerPath = m_ledger->path(), path, query = m_model->query()] {
        result->ok = Ledger::exportCsvFile(ledgerPath, path, query, &result->error, [result](qint64 rows) {
            result->rows.store(rows);
            return true;
        });
    });
    worker->setObjectName(u"tc-ledger-export"_s);
    m_exporting = true;
    m_exportButton->setEnabled(false);
    m_exportMessage = tr("Exporting to %1…").arg(path);
    updateSummary();
    auto *tick = new QTimer(worker);
    tick->setInterval(250);
    connect(tick, &QTimer::timeout, this, [this, result, path] {
        m_exportMessage = tr("Exporting to %1: %n entr(y/ies) so far…", "", int(result->rows.load())).arg(path);
        updateSummary();
    });
    tick->start();
    connect(worker, &QThread::finished, this, [this, worker, result, path] {
        m_exporting = false;
        m_exportButton->setEnabled(true);
        m_exportMessage = result->ok ? tr("Exported %n entr(y/ies) to %1.", "", int(result->rows.load())).arg(path)
                                     : tr("The export failed: %1").arg(result->error);
        updateSummary();
        worker->deleteLater();
        Q_EMIT exportFinished(result->ok, m_exportMessage);
    });
    worker->start();
}

void LedgerPage::exportWithDialog()
{
    askSavePath(this, tr("Export the ledger"), u"csv"_s, tr("CSV (*.csv)"),
                [this](const QString &path) { startExport(path); });
}

} // namespace tc
