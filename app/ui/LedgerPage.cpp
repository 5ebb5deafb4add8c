#include "ui/LedgerPage.h"
#include "ui/SaveDialog.h"

#include "core/ledger/Ledger.h"
#include "core/ledger/LedgerModel.h"
#include "core/util/PrivateFiles.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

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
    m_search->setClearButtonEnabled(true);
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
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_view, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"Summary"_s);
    layout->addWidget(m_summary);

    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(250); // a bulk run writes often: refresh at most four times a second
    connect(m_refreshSoon, &QTimer::timeout, this, &LedgerPage::refresh);
    if (m_ledger)
        connect(m_ledger, &Ledger::changed, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, m_refreshSoon, qOverload<>(&QTimer::start));
    connect(m_state, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &LedgerPage::applyFilter);
    connect(reload, &QPushButton::clicked, this, &LedgerPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &LedgerPage::exportWithDialog);
    applyFilter();
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
    m_refreshSoon->stop();
    LedgerQuery q;
    q.text = m_search->text().trimmed();
    q.state = m_state->currentData().toString();
    q.source = m_source->currentData().toString();
    m_model->setQuery(q);
    m_summary->setText(tr("%n entr(y/ies)", "", m_model->rowCount()) + u" · "_s
                       + (m_ledger ? m_ledger->path() : QString()));
}

void LedgerPage::refresh()
{
    applyFilter();
}

QString LedgerPage::summaryText() const
{
    return m_summary->text();
}

bool LedgerPage::exportTo(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    // DeviceTokens, like the ledger: readable by the owner only, set before any byte is written.
    if (!files::restrictToOwner(f, error)) {
        f.cancelWriting();
        return false;
    }
    if (!m_ledger->exportCsv(&f, m_model->query())) {
        *error = m_ledger->errorString();
        f.cancelWriting();
        return false;
    }
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

void LedgerPage::exportWithDialog()
{
    askSavePath(this, tr("Export the ledger"), u"csv"_s, tr("CSV (*.csv)"), [this](const QString &path) {
        QString error;
        m_summary->setText(exportTo(path, &error) ? tr("Exported to %1.").arg(path)
                                                  : tr("The export failed: %1").arg(error));
    });
}

} // namespace tc
