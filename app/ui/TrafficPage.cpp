#include "ui/TrafficPage.h"
#include "ui/ClearButton.h"

#include "core/profiles/ProfileStore.h"
#include "core/services/RequestComposer.h"
#include "core/services/Services.h"
#include "core/traffic/Curl.h"
#include "core/traffic/Har.h"
#include "core/traffic/TrafficModel.h"
#include "core/traffic/TrafficRecorder.h"
#include "core/traffic/TrafficStore.h"
#include "core/util/Clock.h"
#include "core/util/Json.h"
#include "ui/Colors.h"
#include "ui/MessageBox.h"
#include "ui/SaveDialog.h"
#include "ui/SecretClipboard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <chrono>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

QString pretty(const QByteArray &body)
{
    if (body.isEmpty())
        return QCoreApplication::translate("tc::TrafficPage", "(empty)");
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString headerLines(const HeaderList &headers)
{
    QStringList out;
    for (const auto &h : headers)
        out.append(u"  "_s + QString::fromLatin1(h.first) + u": "_s + QString::fromUtf8(h.second));
    return out.join(u'\n');
}

QPlainTextEdit *monoText(const QString &name)
{
    auto *t = new QPlainTextEdit;
    t->setObjectName(name);
    t->setReadOnly(true);
    t->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    t->setLineWrapMode(QPlainTextEdit::NoWrap);
    return t;
}

} // namespace

TrafficPage::TrafficPage(Services *services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new TrafficModel(this)), m_filter(new TrafficFilter(this)),
      m_composer(new RequestComposer(services, this))
{
    // The console opens the history after its first paint; a Traffic area shown before that (the
    // page remembered from last time) opens it first, so it lists the history and says why not.
    services->openTrafficHistory();
    m_model->setRecorder(services->traffic());
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Traffic views"));
    m_tabs->addTab(buildHistory(), tr("&Exchanges"));
    m_tabs->addTab(buildComposer(), tr("C&omposer"));
    layout->addWidget(m_tabs);
    auto *note = new QLabel;
    note->setObjectName(u"trafficNote"_s);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(note);
    connect(this, &TrafficPage::message, note, &QLabel::setText);
    if (!services->trafficError().isEmpty())
        m_count->setText(tr("The history is not kept on disk: %1").arg(services->trafficError()));
}

// ---- the exchanges --------------------------------------------------------------------------------

QWidget *TrafficPage::buildHistory()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *filters = new QHBoxLayout;
    m_method = new QComboBox;
    m_method->setAccessibleName(tr("Method"));
    m_method->addItem(tr("Any method"), QString());
    for (const QString &m : {u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s, u"PATCH"_s})
        m_method->addItem(m, m);
    m_status = new QComboBox;
    m_status->setAccessibleName(tr("Status class"));
    m_status->addItem(tr("Any status"), int(TrafficFilter::StatusClass::Any));
    m_status->addItem(u"2xx"_s, int(TrafficFilter::StatusClass::Success));
    m_status->addItem(u"3xx"_s, int(TrafficFilter::StatusClass::Redirect));
    m_status->addItem(u"4xx"_s, int(TrafficFilter::StatusClass::ClientError));
    m_status->addItem(u"5xx"_s, int(TrafficFilter::StatusClass::ServerError));
    m_status->addItem(tr("No answer"), int(TrafficFilter::StatusClass::NoAnswer));
    m_path = new QLineEdit;
    m_path->setAccessibleName(tr("Path contains"));
    m_path->setPlaceholderText(tr("Path contains…"));
    enableClearButton(m_path);
    m_profile = new QComboBox;
    m_profile->setAccessibleName(tr("Profile"));
    m_errorsOnly = new QCheckBox(tr("E&rrors only"));
    filters->addWidget(m_method);
    filters->addWidget(m_status);
    filters->addWidget(m_path, 1);
    filters->addWidget(m_profile);
    filters->addWidget(m_errorsOnly);
    layout->addLayout(filters);

    m_view = new QTableView;
    m_view->setObjectName(u"trafficTable"_s);
    m_view->setAccessibleName(tr("Exchanges"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int ch = m_view->fontMetrics().averageCharWidth();
    // Wide enough for a typical value and for the column's own title in the current language.
    const QList<int> widths{14, 7, 40, 6, 6, 16, 8, 8, 9, 18, 14, 30};
    for (int c = 0; c < widths.size(); ++c)
        m_view->setColumnWidth(c, std::max(widths[c] * ch, m_view->horizontalHeader()->sectionSizeHint(c)));
    m_view->setColumnWidth(TrafficModel::Time,
                           std::max(m_view->columnWidth(TrafficModel::Time),
                                    m_view->fontMetrics().horizontalAdvance(u"00:00:00.000"_s) + 2 * ch));

    m_details = monoText(u"trafficDetails"_s);
    m_details->setAccessibleName(tr("Exchange details"));
    m_details->setPlaceholderText(tr("Select an exchange to see its headers and bodies."));
    m_revealDetails = new QCheckBox(tr("Re&veal secrets (screen only)"));
    m_revealDetails->setObjectName(u"trafficReveal"_s);
    m_revealDetails->setToolTip(tr("Shows the passwords, keys and tokens of this run's exchanges on screen until "
                                   "switched off; copies and exports stay hidden"));
    auto *detailsBox = new QWidget;
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_revealDetails);
    detailsLayout->addWidget(m_details, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_count = new QLabel;
    m_count->setObjectName(u"trafficCount"_s);
    auto *curl = new QPushButton(tr("Copy as c&url"));
    curl->setToolTip(tr("The selected requests as curl commands; hidden values become $TELEMATICS_… variables"));
    auto *har = new QPushButton(tr("E&xport HAR…"));
    har->setToolTip(tr("The selected exchanges (or all shown) as HAR 1.2, secrets hidden"));
    auto *curlRaw = new QPushButton(tr("Copy unredacted…"));
    curlRaw->setObjectName(u"trafficCopyUnredacted"_s);
    curlRaw->setToolTip(tr("The selected requests as curl commands with their secrets in plain text: asks first, "
                           "every time"));
    auto *harRaw = new QPushButton(tr("Export unredacted…"));
    harRaw->setObjectName(u"trafficExportUnredacted"_s);
    harRaw->setToolTip(
            tr("The selected exchanges as HAR 1.2 with their secrets in plain text: asks first, every time"));
    auto *clear = new QPushButton(tr("C&lear history…"));
    buttons->addWidget(m_count, 1);
    buttons->addWidget(curl);
    buttons->addWidget(curlRaw);
    buttons->addWidget(har);
    buttons->addWidget(harRaw);
    buttons->addWidget(clear);
    m_secretClipboard = new SecretClipboard(this);
    layout->addLayout(buttons);

    m_filterSoon = new QTimer(this);
    m_filterSoon->setSingleShot(true);
    m_filterSoon->setInterval(150);
    connect(m_filterSoon, &QTimer::timeout, this, &TrafficPage::applyFilter);
    connect(m_path, &QLineEdit::textChanged, m_filterSoon, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_method, m_status, m_profile})
        connect(c, &QComboBox::currentIndexChanged, this, &TrafficPage::applyFilter);
    connect(m_errorsOnly, &QCheckBox::toggled, this, &TrafficPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrafficPage::showDetails);
    connect(curl, &QPushButton::clicked, this, [this] { copyCurl(chosenExchanges()); });
    connect(har, &QPushButton::clicked, this, [this] { exportWithDialog(chosenExchanges()); });
    connect(curlRaw, &QPushButton::clicked, this, [this] { copyCurlUnredacted(chosenExchanges()); });
    connect(harRaw, &QPushButton::clicked, this, [this] { exportUnredactedWithDialog(chosenExchanges()); });
    connect(m_revealDetails, &QCheckBox::toggled, this, &TrafficPage::showDetails);
    connect(clear, &QPushButton::clicked, this, &TrafficPage::clearHistory);
    // Follow the newest rows while the view is at the bottom (a bulk run recording).
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int v) { m_followNewest = v >= m_view->verticalScrollBar()->maximum(); });
    // One insert per batch of the model (however many exchanges a bulk run recorded meanwhile):
    // scroll once, count once; no resizing to contents.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest && !m_view->selectionModel()->hasSelection())
            m_view->scrollToBottom();
        updateCount();
    });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TrafficPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrafficPage::updateCount);
    refreshProfiles();
    applyFilter();
    return page;
}

void TrafficPage::showEvent(QShowEvent *event)
{
    refreshProfiles();
    QWidget::showEvent(event);
}

void TrafficPage::hideEvent(QHideEvent *event)
{
    // Leaving the area (or the window) ends a reveal: it never outlives the person's attention.
    setDetailsRevealed(false);
    setRevealed(false);
    QWidget::hideEvent(event);
}

void TrafficPage::refreshProfiles()
{
    const QStringList names = m_services->profiles()->names();
    const QString current = m_profile->currentData().toString();
    {
        const QSignalBlocker block(m_profile);
        m_profile->clear();
        m_profile->addItem(tr("Any profile"), QString());
        for (const QString &n : names)
            m_profile->addItem(n, n);
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
    }
    if (m_sendAs) {
        const QString as = m_sendAs->currentData().toString();
        const QSignalBlocker block(m_sendAs);
        m_sendAs->clear();
        for (const QString &n : names)
            m_sendAs->addItem(n, n);
        m_sendAs->setCurrentIndex(std::max(0, m_sendAs->findData(as)));
        composerProfileChanged();
    }
}

void TrafficPage::applyFilter()
{
    m_filterSoon->stop();
    TrafficFilter::Criteria c;
    c.method = m_method->currentData().toString();
    c.statusClass = TrafficFilter::StatusClass(m_status->currentData().toInt());
    c.pathText = m_path->text().trimmed();
    c.profile = m_profile->currentData().toString();
    c.errorsOnly = m_errorsOnly->isChecked();
    if (c == m_filter->criteria()) {
        updateCount();
        return;
    }
    // A new filter is one rescan and one reset of the view: keep the selection that is still shown
    // (a few rows; a selection of thousands is let go rather than mapped row by row).
    QList<quint64> selected;
    const QItemSelection selection = m_view->selectionModel()->selection();
    qsizetype selectedCount = 0;
    for (const QItemSelectionRange &r : selection)
        selectedCount += r.height();
    if (selectedCount <= 1000) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        for (const QModelIndex &i : rows)
            selected.append(m_filter->mapToSource(i).data(TrafficModel::IdRole).toULongLong());
    }
    const quint64 current = m_filter->mapToSource(m_view->currentIndex()).data(TrafficModel::IdRole).toULongLong();
    m_filter->setCriteria(c);
    if (!selected.isEmpty()) {
        QItemSelection keep;
        for (quint64 id : std::as_const(selected)) {
            const QModelIndex i = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
            if (i.isValid())
                keep.select(i, i.siblingAtColumn(TrafficModel::ColumnCount - 1));
        }
        m_view->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
        const QModelIndex at = m_filter->mapFromSource(m_model->index(m_model->rowOf(current), 0));
        if (at.isValid()) {
            m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::NoUpdate);
            m_view->scrollTo(at);
        }
    }
    updateCount();
}

void TrafficPage::updateCount()
{
    if (m_services->trafficError().isEmpty())
        m_count->setText(tr("%1 of %n exchange(s)", "", m_model->rowCount()).arg(m_filter->rowCount()));
}

QList<Exchange> TrafficPage::chosenExchanges() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows.append(m_filter->mapToSource(i).row());
    if (rows.isEmpty()) {
        for (int r = 0; r < m_filter->rowCount(); ++r)
            rows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    QList<Exchange> out;
    for (int r : std::as_const(rows)) {
        if (auto x = m_services->traffic()->exchange(m_model->row(r).id))
            out.append(*x);
    }
    return out;
}

QString TrafficPage::describe(const Exchange &x)
{
    const ExchangeExplanation e = ExchangeExplanation::explain(x);
    QStringList out;
    out.append(e.sentences.join(u'\n'));
    if (e.hasEnvelope) {
        const QString status = e.envelopeStatus ? QString::number(*e.envelopeStatus) : tr("(none)");
        out.append(e.title.isEmpty() ? tr("Envelope: Status %1, no Title").arg(status)
                                     : tr("Envelope: Status %1 · Title “%2”").arg(status, e.title));
        for (const QString &err : e.errors)
            out.append(u"  Errors: "_s + err);
    }
    out.append(QString());
    out.append(QString::fromLatin1(x.method) + u' ' + x.url.toString());
    QStringList who;
    for (const QString &s : {x.label, x.profile, x.session, x.purpose}) {
        if (!s.isEmpty())
            who.append(s);
    }
    if (!who.isEmpty())
        out.append(tr("Sent by: %1").arg(who.join(u" · "_s)));
    out.append(tr("At %1").arg(x.started.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s)));
    if (x.bearerSent && !x.bearerClaims.isEmpty())
        out.append(tr("Token sent (claims, secrets hidden): %1")
                           .arg(QString::fromUtf8(QJsonDocument(x.bearerClaims).toJson(QJsonDocument::Compact))));
    out.append(tr("Request headers:"));
    out.append(headerLines(x.requestHeaders));
    out.append(tr("Request body%1:").arg(x.requestBodyTruncated ? tr(" (cut)") : QString()));
    out.append(pretty(x.requestBody));
    out.append(QString());
    if (!x.isFinished())
        out.append(tr("No answer yet."));
    else
        out.append(tr("Answer: HTTP %1 in %2 ms").arg(x.status).arg(x.durationMs));
    if (!x.errorMessage.isEmpty())
        out.append(x.errorMessage);
    out.append(tr("Response headers:"));
    out.append(headerLines(x.replyHeaders));
    out.append(tr("Response body%1:").arg(x.replyBodyTruncated ? tr(" (cut)") : QString()));
    out.append(pretty(x.replyBody));
    return out.join(u'\n');
}

QString TrafficPage::detailsText() const
{
    return m_details->toPlainText();
}

void TrafficPage::showDetails()
{
    // While revealed, the pane is tinted amber: secrets on screen are visible at a glance.
    QPalette palette = m_view->palette();
    if (m_revealDetails->isChecked())
        palette.setColor(QPalette::Base, Colors::tint(palette, Colors::amber(), 0.22));
    m_details->setPalette(palette);
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_details->clear();
        return;
    }
    const quint64 id = m_filter->mapToSource(selected.last()).data(TrafficModel::IdRole).toULongLong();
    const auto x = m_services->traffic()->exchange(id);
    if (!x) {
        m_details->setPlainText(tr("The details of this exchange are no longer kept (only the last %n are).", "",
                                   m_services->traffic()->memoryLimit()));
        return;
    }
    if (!m_revealDetails->isChecked()) {
        m_details->setPlainText(describe(*x));
        return;
    }
    if (const auto original = m_services->traffic()->unredacted(id)) {
        m_details->setPlainText(tr("Secrets shown, on screen only: copies and exports stay hidden.") + u"\n\n"_s
                                + describe(*original));
        return;
    }
    m_details->setPlainText(revealNote(*x) + u"\n\n"_s + describe(*x));
}

QString TrafficPage::revealNote(const Exchange &x) const
{
    const TrafficRecorder *recorder = m_services->traffic();
    if (recorder->isFromEarlierRun(x.id))
        return tr("Nothing to reveal: the secrets of exchanges from an earlier run were never kept.");
    if (!x.isFinished())
        return tr("Nothing to reveal yet: its secrets are kept once the answer has arrived.");
    if (recorder->unredactedLimit() <= 0)
        return tr("Nothing to reveal: secrets are not kept here.");
    return tr("Nothing to reveal: the secrets of this exchange are no longer kept (only those of the last %n "
              "exchanges of this run are, in memory).",
              "", recorder->unredactedLimit());
}

void TrafficPage::setDetailsRevealed(bool on)
{
    if (m_revealDetails)
        m_revealDetails->setChecked(on);
}

bool TrafficPage::detailsRevealed() const
{
    return m_revealDetails && m_revealDetails->isChecked();
}

QList<Exchange> TrafficPage::originalsOf(const QList<Exchange> &exchanges, int *missing) const
{
    QList<Exchange> out;
    *missing = 0;
    for (const Exchange &x : exchanges) {
        if (auto original = m_services->traffic()->unredacted(x.id))
            out.append(*original);
        else
            ++*missing;
    }
    return out;
}

void TrafficPage::confirmUnredacted(const QList<Exchange> &exchanges, const QString &nothingChosen,
                                    const QString &title, const QString &question,
                                    std::function<void(const QList<Exchange> &)> then)
{
    if (exchanges.isEmpty()) {
        Q_EMIT message(nothingChosen);
        return;
    }
    int missing = 0;
    const QList<Exchange> originals = originalsOf(exchanges, &missing);
    if (originals.isEmpty()) {
        MessageBox::tell(this, title,
                         tr("The secrets of these exchanges are not kept: only the last %n exchanges of this run "
                            "keep them, in memory, and exchanges from an earlier run never did. Nothing was copied.",
                            "", m_services->traffic()->unredactedLimit()));
        return;
    }
    QString text = question;
    if (missing > 0)
        text += u"\n\n"_s
                + tr("%n of the chosen exchange(s) no longer have their secrets and are left out.", "", missing);
    MessageBox::ask(
            this, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
            [this, originals, then](QMessageBox::StandardButton b) {
                if (b != QMessageBox::Yes) {
                    Q_EMIT message(tr("Nothing was copied with its secrets."));
                    return;
                }
                then(originals);
            },
            QMessageBox::Warning);
}

void TrafficPage::copyCurlUnredacted(const QList<Exchange> &exchanges)
{
    const int n = int(exchanges.size());
    confirmUnredacted(
            exchanges, tr("No exchange to copy."), tr("Copy with secrets"),
            tr("Copy %n curl command(s) with their passwords, keys and tokens in plain text? Anything that reads the "
               "clipboard can see them; it is cleared after %1 seconds. This applies to this one copy only.",
               "", n)
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(m_secretClipboard->clearAfter()).count()),
            [this](const QList<Exchange> &originals) {
                QStringList commands;
                for (const Exchange &x : originals)
                    commands.append(Curl::command(x));
                m_secretClipboard->copySecret(commands.join(u'\n'));
                Q_EMIT message(tr("Copied %n curl command(s) with their secrets, this once; the next copy hides them "
                                  "again.",
                                  "", int(commands.size())));
            });
}

void TrafficPage::exportUnredactedWithDialog(const QList<Exchange> &exchanges)
{
    const int n = int(exchanges.size());
    confirmUnredacted(exchanges, tr("No exchange to export."), tr("Export with secrets"),
                      tr("Export %n exchange(s) as HAR with their passwords, keys and tokens in plain text? Whoever "
                         "gets the file can use them. This applies to this one export only.",
                         "", n),
                      [this](const QList<Exchange> &originals) {
                          askSavePath(this, tr("Export as HAR, with secrets"), u"har"_s, tr("HAR (*.har)"),
                                      [this, originals](const QString &path) {
                                          QString error;
                                          if (Har::write(path, originals, &error))
                                              Q_EMIT message(tr("Exported %n exchange(s) to %1 WITH their secrets "
                                                                "(readable by you only); the next export hides them "
                                                                "again.",
                                                                "", int(originals.size()))
                                                                     .arg(path));
                                          else
                                              MessageBox::tell(this, tr("Export as HAR"), error, QMessageBox::Warning);
                                      });
                      });
}

void TrafficPage::copyCurl(const QList<Exchange> &exchanges)
{
    if (exchanges.isEmpty()) {
        Q_EMIT message(tr("No exchange to copy."));
        return;
    }
    QStringList commands;
    QStringList variables;
    for (const Exchange &x : exchanges) {
        commands.append(Curl::command(x));
        for (const QString &v : Curl::variables(x)) {
            if (!variables.contains(v))
                variables.append(v);
        }
    }
    QApplication::clipboard()->setText(commands.join(u'\n'));
    Q_EMIT message(variables.isEmpty() ? tr("Copied %n curl command(s).", "", int(commands.size()))
                                       : tr("Copied %n curl command(s); set %1 first.", "", int(commands.size()))
                                                 .arg(u"$"_s + variables.join(u", $"_s)));
}

bool TrafficPage::exportHar(const QString &path, const QList<Exchange> &exchanges, QString *error) const
{
    return Har::write(path, exchanges, error);
}

void TrafficPage::exportWithDialog(const QList<Exchange> &exchanges)
{
    if (exchanges.isEmpty()) {
        Q_EMIT message(tr("No exchange to export."));
        return;
    }
    askSavePath(this, tr("Export as HAR"), u"har"_s, tr("HAR (*.har)"), [this, exchanges](const QString &path) {
        QString error;
        if (exportHar(path, exchanges, &error))
            Q_EMIT message(tr("Exported %n exchange(s) to %1 (secrets hidden).", "", int(exchanges.size())).arg(path));
        else
            MessageBox::tell(this, tr("Export as HAR"), error, QMessageBox::Warning);
    });
}

void TrafficPage::clearHistory()
{
    MessageBox::ask(this, tr("Clear the traffic history"),
                    tr("Forget every recorded exchange, on screen and on disk (%1)?")
                            .arg(m_services->trafficStore() ? m_services->trafficStore()->path() : tr("not kept")),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, [this](QMessageBox::StandardButton b) {
                        if (b != QMessageBox::Yes)
                            return;
                        m_services->traffic()->clear();
                        m_details->clear();
                        Q_EMIT message(tr("The traffic history was cleared."));
                    });
}

// ---- the composer ---------------------------------------------------------------------------------

QWidget *TrafficPage::buildComposer()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    // A row whose field is a layout gets no buddy from QFormLayout: its label would show the "&".
    const auto labelFor = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };

    auto *asRow = new QHBoxLayout;
    m_sendAs = new QComboBox;
    m_sendAs->setAccessibleName(tr("Send as profile"));
    m_auth = new QComboBox;
    m_auth->setAccessibleName(tr("Auth"));
    m_template = new QComboBox;
    m_template->setAccessibleName(tr("Template"));
    asRow->addWidget(m_sendAs, 1);
    asRow->addWidget(m_auth, 1);
    asRow->addWidget(m_template, 1);
    form->addRow(labelFor(tr("Send &as:"), m_sendAs), asRow);

    auto *line = new QHBoxLayout;
    m_composeMethod = new QComboBox;
    m_composeMethod->setAccessibleName(tr("Request method"));
    m_composeMethod->addItems({u"GET"_s, u"POST"_s, u"PUT"_s, u"DELETE"_s, u"PATCH"_s});
    m_composePath = new QLineEdit;
    m_composePath->setAccessibleName(tr("Request path"));
    m_composePath->setPlaceholderText(u"/v1/Auth/Login"_s);
    m_send = new QPushButton(tr("&Send"));
    m_send->setDefault(true);
    line->addWidget(m_composeMethod);
    line->addWidget(m_composePath, 1);
    line->addWidget(m_send);
    form->addRow(labelFor(tr("&Request:"), m_composeMethod), line);

    m_headers = new QPlainTextEdit;
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setPlaceholderText(tr("Name: value, one per line (Content-Type and the auth are added)"));
    m_headers->setFixedHeight(m_headers->fontMetrics().height() * 4);
    form->addRow(tr("&Headers:"), m_headers);

    m_body = new QPlainTextEdit;
    m_body->setAccessibleName(tr("Request body"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("JSON body (empty: none)"));
    auto *bodyRow = new QHBoxLayout;
    m_bodyState = new QLabel;
    m_bodyState->setObjectName(u"bodyState"_s);
    auto *prettyButton = new QPushButton(tr("&Pretty-print"));
    bodyRow->addWidget(m_bodyState, 1);
    bodyRow->addWidget(prettyButton);
    auto *bodyBox = new QVBoxLayout;
    bodyBox->addWidget(m_body);
    bodyBox->addLayout(bodyRow);
    form->addRow(labelFor(tr("&Body:"), m_body), bodyBox);

    auto *savedRow = new QHBoxLayout;
    m_saved = new QComboBox;
    m_saved->setAccessibleName(tr("Saved requests"));
    m_saveName = new QLineEdit;
    m_saveName->setAccessibleName(tr("Save as name"));
    m_saveName->setPlaceholderText(tr("Name to save as"));
    auto *save = new QPushButton(tr("Sa&ve"));
    save->setToolTip(tr("Saves method, path, headers and body in the settings; secrets are never saved"));
    auto *del = new QPushButton(tr("Delete"));
    del->setAccessibleName(tr("Delete saved request"));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_saveName, 1);
    savedRow->addWidget(save);
    savedRow->addWidget(del);
    form->addRow(labelFor(tr("Sa&ved:"), m_saved), savedRow);
    layout->addLayout(form);

    m_verdict = new QLabel;
    m_verdict->setObjectName(u"composerVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countdown = new QLabel;
    m_countdown->setObjectName(u"composerCountdown"_s);
    m_response = monoText(u"composerResponse"_s);
    m_response->setAccessibleName(tr("Response"));
    auto *answerButtons = new QHBoxLayout;
    m_reveal = new QCheckBox(tr("Re&veal secrets in this answer (screen only)"));
    m_reveal->setEnabled(false);
    m_composedCurl = new QPushButton(tr("Copy as curl"));
    m_composedHar = new QPushButton(tr("Export HAR…"));
    m_composedCurl->setEnabled(false);
    m_composedHar->setEnabled(false);
    answerButtons->addWidget(m_countdown, 1);
    answerButtons->addWidget(m_reveal);
    answerButtons->addWidget(m_composedCurl);
    answerButtons->addWidget(m_composedHar);
    layout->addWidget(m_verdict);
    layout->addLayout(answerButtons);
    layout->addWidget(m_response, 1);

    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &TrafficPage::updateCountdown);

    connect(m_sendAs, &QComboBox::currentIndexChanged, this, &TrafficPage::composerProfileChanged);
    connect(m_template, &QComboBox::activated, this, &TrafficPage::applyTemplate);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TrafficPage::checkBody);
    connect(prettyButton, &QPushButton::clicked, this, &TrafficPage::prettyBody);
    connect(m_send, &QPushButton::clicked, this, &TrafficPage::send);
    connect(m_composePath, &QLineEdit::returnPressed, this, &TrafficPage::send);
    connect(m_saved, &QComboBox::activated, this, &TrafficPage::loadSaved);
    connect(save, &QPushButton::clicked, this, &TrafficPage::saveRequest);
    connect(del, &QPushButton::clicked, this, &TrafficPage::deleteSaved);
    connect(m_reveal, &QCheckBox::toggled, this, &TrafficPage::showComposed);
    connect(m_composedCurl, &QPushButton::clicked, this, [this] {
        if (m_composed)
            copyCurl({*m_composed});
    });
    connect(m_composedHar, &QPushButton::clicked, this, [this] {
        if (m_composed)
            exportWithDialog({*m_composed});
    });
    refreshSaved();
    checkBody();
    return page;
}

void TrafficPage::showComposer()
{
    m_tabs->setCurrentIndex(1);
}

void TrafficPage::composerProfileChanged()
{
    const QString profile = m_sendAs->currentData().toString();
    const QString auth = m_auth->currentData().toString();
    m_auth->clear();
    for (ComposedRequest::Auth a : m_composer->authsFor(profile)) {
        const QString label = a == ComposedRequest::Auth::None       ? tr("No auth")
                              : a == ComposedRequest::Auth::GroupKey ? tr("Group key headers (from the keychain)")
                                                                     : tr("Session token (refreshed as needed)");
        m_auth->addItem(label, ComposedRequest::authName(a));
    }
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(auth)));
    m_template->clear();
    m_template->addItem(tr("Template…"));
    const auto templates = m_composer->templates(profile);
    for (const auto &t : templates)
        m_template->addItem(t.name);
    auto *completer = new QCompleter(m_composer->knownPaths(profile), m_composePath);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    if (QCompleter *old = m_composePath->completer())
        old->deleteLater();
    m_composePath->setCompleter(completer);
}

void TrafficPage::applyTemplate(int index)
{
    const auto templates = m_composer->templates(m_sendAs->currentData().toString());
    if (index < 1 || index > templates.size())
        return;
    const auto &t = templates.at(index - 1);
    m_composeMethod->setCurrentText(QString::fromLatin1(t.method));
    m_composePath->setText(t.path);
    m_body->setPlainText(t.body.isEmpty() ? QString()
                                          : QString::fromUtf8(QJsonDocument(t.body).toJson(QJsonDocument::Indented)));
    const int auth = m_auth->findData(ComposedRequest::authName(t.auth));
    if (auth >= 0)
        m_auth->setCurrentIndex(auth);
    m_template->setCurrentIndex(0);
}

void TrafficPage::checkBody()
{
    const QByteArray body = m_body->toPlainText().toUtf8();
    if (body.trimmed().isEmpty()) {
        m_bodyState->setText(tr("No body."));
        m_bodyState->setStyleSheet(QString());
        m_send->setEnabled(true);
        return;
    }
    QJsonParseError error{};
    QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        m_bodyState->setText(tr("Valid JSON."));
        m_bodyState->setStyleSheet(QString());
        m_send->setEnabled(true);
        return;
    }
    const json::TextPosition at = json::errorPosition(body, error);
    m_bodyState->setText(tr("Not JSON: %1 at line %2, column %3. Send waits until it is.")
                                 .arg(error.errorString())
                                 .arg(at.line)
                                 .arg(at.column));
    m_bodyState->setStyleSheet(u"color: %1"_s.arg(Colors::red().name()));
    m_send->setEnabled(false);
}

void TrafficPage::prettyBody()
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(m_body->toPlainText().toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        m_body->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void TrafficPage::send()
{
    if (!m_send->isEnabled())
        return;
    ComposedRequest r;
    r.method = m_composeMethod->currentText().toLatin1();
    r.path = m_composePath->text();
    QString problem;
    r.headers = ComposedRequest::parseHeaders(m_headers->toPlainText(), &problem);
    if (!problem.isEmpty()) {
        m_verdict->setText(problem + u' ' + tr("Nothing was sent."));
        return;
    }
    r.body = m_body->toPlainText().toUtf8();
    r.profile = m_sendAs->currentData().toString();
    r.auth = ComposedRequest::authFromName(m_auth->currentData().toString()).value_or(ComposedRequest::Auth::None);
    m_verdict->setText(tr("Sending…"));
    m_verdict->setStyleSheet(QString());
    m_countdown->clear();
    m_countdownTimer->stop();
    m_response->clear();
    m_reveal->setChecked(false);
    m_reveal->setEnabled(false);
    m_revealedBody.fill('\0');
    m_revealedBody.clear();
    m_send->setEnabled(false);
    m_inFlight = m_composer->send(r, this);
    connect(m_inFlight, &ComposedCall::finished, this, &TrafficPage::onComposed);
}

void TrafficPage::onComposed(ComposedCall *call)
{
    call->deleteLater();
    checkBody(); // enables Send again
    if (!call->sent()) {
        m_composed.reset();
        m_verdict->setText(call->error().message());
        m_verdict->setStyleSheet(u"color: %1"_s.arg(Colors::red().name()));
        m_composedCurl->setEnabled(false);
        m_composedHar->setEnabled(false);
        return;
    }
    const Exchange x = call->exchange();
    m_composed = x;
    m_explanation = ExchangeExplanation::explain(x);
    QStringList verdict = m_explanation.sentences;
    if (!call->ledgerNote().isEmpty())
        verdict.append(call->ledgerNote());
    if (call->retriedAfter401())
        verdict.append(tr("The first answer was a 401: the session refreshed its token and sent it again."));
    m_verdict->setText(verdict.join(u'\n'));
    const bool bad = x.status == 0 || x.status >= 400 || m_explanation.statusMismatch;
    m_verdict->setStyleSheet(bad ? u"color: %1"_s.arg(Colors::red().name()) : QString());
    m_revealedBody = call->revealedReplyBody();
    m_reveal->setEnabled(m_revealedBody != x.replyBody);
    showComposed();
    m_composedCurl->setEnabled(true);
    m_composedHar->setEnabled(true);
    if (m_explanation.retryAt.isValid()) {
        updateCountdown();
        m_countdownTimer->start();
    }
}

void TrafficPage::updateCountdown()
{
    const QDateTime now = m_services->clock()->nowUtc();
    m_countdown->setText(m_explanation.retryText(now));
    if (!m_explanation.retryAt.isValid() || now >= m_explanation.retryAt)
        m_countdownTimer->stop();
}

void TrafficPage::showComposed()
{
    if (!m_composed) {
        m_response->clear();
        return;
    }
    Exchange shown = *m_composed;
    if (m_reveal->isChecked() && m_reveal->isEnabled())
        shown.replyBody = m_revealedBody; // the screen only: m_composed stays redacted
    m_response->setPlainText(describe(shown));
}

void TrafficPage::setRevealed(bool on)
{
    m_reveal->setChecked(on);
}

QString TrafficPage::responseText() const
{
    return m_response->toPlainText();
}

QString TrafficPage::verdictText() const
{
    return m_verdict->text();
}

QString TrafficPage::countdownText() const
{
    return m_countdown->text();
}

void TrafficPage::refreshSaved()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved request…"));
    m_saved->addItems(m_composer->savedNames());
}

void TrafficPage::loadSaved(int index)
{
    if (index < 1)
        return;
    const QString name = m_saved->itemText(index);
    const auto r = m_composer->saved(name);
    if (!r)
        return;
    const int as = m_sendAs->findData(r->profile);
    if (as >= 0)
        m_sendAs->setCurrentIndex(as);
    const int auth = m_auth->findData(ComposedRequest::authName(r->auth));
    if (auth >= 0)
        m_auth->setCurrentIndex(auth);
    m_composeMethod->setCurrentText(QString::fromLatin1(r->method));
    m_composePath->setText(r->path);
    m_headers->setPlainText(ComposedRequest::headersText(r->headers));
    m_body->setPlainText(QString::fromUtf8(r->body));
    m_saveName->setText(name);
}

void TrafficPage::saveRequest()
{
    const QString name = m_saveName->text().trimmed();
    if (name.isEmpty()) {
        Q_EMIT message(tr("Give the request a name to save it under."));
        m_saveName->setFocus();
        return;
    }
    ComposedRequest r;
    r.method = m_composeMethod->currentText().toLatin1();
    r.path = m_composePath->text();
    QString problem;
    r.headers = ComposedRequest::parseHeaders(m_headers->toPlainText(), &problem);
    if (!problem.isEmpty()) {
        Q_EMIT message(problem);
        return;
    }
    r.body = m_body->toPlainText().toUtf8();
    r.profile = m_sendAs->currentData().toString();
    r.auth = ComposedRequest::authFromName(m_auth->currentData().toString()).value_or(ComposedRequest::Auth::None);
    m_composer->save(name, r);
    refreshSaved();
    m_saved->setCurrentText(name);
    Q_EMIT message(tr("Saved “%1” (without secrets).").arg(name));
}

void TrafficPage::deleteSaved()
{
    const int index = m_saved->currentIndex();
    if (index < 1)
        return;
    m_composer->remove(m_saved->itemText(index));
    refreshSaved();
}

} // namespace tc
