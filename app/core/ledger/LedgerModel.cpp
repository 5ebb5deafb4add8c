#include "core/ledger/LedgerModel.h"

#include "core/ledger/LedgerReader.h"

#include <QThread>

#include <limits>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
bool sameQuery(const LedgerQuery &a, const LedgerQuery &b)
{
    return a.text == b.text && a.state == b.state && a.source == b.source && a.jobId == b.jobId
           && a.withDeviceTokenOnly == b.withDeviceTokenOnly;
}
} // namespace

LedgerModel::LedgerModel(Ledger *ledger, QObject *parent)
    : QAbstractTableModel(parent), m_ledger(ledger), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    refresh();
}

LedgerModel::~LedgerModel()
{
    if (m_reader) {
        m_reader->stop(); // interrupts a running statement
        QMetaObject::invokeMethod(
                m_reader, [r = m_reader] { r->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_reader;
    }
}

void LedgerModel::ensureReader()
{
    if (m_reader || !m_ledger || !m_ledger->isOpen())
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"tc-ledger-reader"_s);
    m_reader = new LedgerReader(m_ledger->path(), m_latest);
    m_reader->moveToThread(m_thread);
    connect(m_reader, &LedgerReader::viewOpened, this,
            [this](quint64 gen, qint64 ceiling, const QList<LedgerEntry> &rows, bool) {
                onViewOpened(gen, ceiling, rows);
            });
    connect(m_reader, &LedgerReader::counted, this, &LedgerModel::onCounted);
    connect(m_reader, &LedgerReader::pageLoaded, this, &LedgerModel::onPageLoaded);
    connect(m_reader, &LedgerReader::failed, this, &LedgerModel::onFailed);
    connect(m_reader, &LedgerReader::indexProgress, this, [this](qint64 left) {
        const bool finished = m_rowsToIndex > 0 && left == 0;
        m_rowsToIndex = left;
        Q_EMIT statusChanged();
        if (finished && !m_shownQuery.text.trimmed().isEmpty())
            refresh(); // the same rows, now through the index
    });
    m_thread->start();
    QMetaObject::invokeMethod(m_reader, [r = m_reader] { r->open(); });
}

void LedgerModel::setQuery(const LedgerQuery &query)
{
    m_query = query;
    m_dirty = false;
    start();
}

void LedgerModel::refresh()
{
    // The same query still being answered: once is enough, again when it is done (a bulk run
    // writes many times a second; a count of a million rows must get to finish).
    if ((isLoading() || m_counting) && sameQuery(m_query, m_shownQuery) && m_gen > 0) {
        m_dirty = true;
        return;
    }
    start();
}

void LedgerModel::start()
{
    ensureReader();
    ++m_gen;
    m_latest->store(m_gen);
    m_error.clear();
    if (!m_reader) { // no ledger: nothing to show
        m_counting = false;
        showNothing(m_gen);
        Q_EMIT loaded();
        Q_EMIT statusChanged();
        return;
    }
    const quint64 gen = m_gen;
    QMetaObject::invokeMethod(m_reader, [r = m_reader, gen, q = m_query] { r->openView(gen, q, PageRows); });
    Q_EMIT statusChanged();
}

void LedgerModel::showNothing(quint64 gen)
{
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_requested.clear();
    m_count = 0;
    m_shownGen = gen;
    m_shownQuery = m_query;
    endResetModel();
}

void LedgerModel::onViewOpened(quint64 gen, qint64 ceiling, const QList<LedgerEntry> &rows)
{
    if (gen != m_gen)
        return; // a superseded query's answer
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_requested.clear();
    m_shownGen = gen;
    m_shownQuery = m_query;
    m_ceiling = ceiling;
    if (!rows.isEmpty()) {
        m_pages.insert(0, rows);
        m_lru.append(0);
    }
    m_count = int(rows.size());
    m_counting = rows.size() >= PageRows;
    endResetModel();
    Q_EMIT loaded();
    Q_EMIT statusChanged();
    if (!m_counting)
        settle();
}

void LedgerModel::onCounted(quint64 gen, qint64 count)
{
    if (gen != m_shownGen || gen != m_gen)
        return;
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    if (n > m_count) {
        beginInsertRows({}, m_count, n - 1);
        m_count = n;
        endInsertRows();
    } else if (n < m_count) { // rows left the filter (a state changed) since the first page
        beginRemoveRows({}, n, m_count - 1);
        m_count = n;
        endRemoveRows();
    }
    m_counting = false;
    Q_EMIT statusChanged();
    settle();
}

void LedgerModel::settle()
{
    if (m_dirty) {
        m_dirty = false;
        start();
    }
}

void LedgerModel::onFailed(quint64 gen, const QString &error)
{
    if (gen != m_gen)
        return;
    m_error = error;
    if (m_shownGen != gen) { // the first page failed: show nothing rather than an older query's rows
        showNothing(gen);
        Q_EMIT loaded();
    }
    m_counting = false;
    Q_EMIT statusChanged();
    settle();
}

void LedgerModel::requestPage(int pageNo) const
{
    if (!m_reader || m_requested.contains(pageNo) || m_shownGen != m_gen)
        return;
    m_requested.insert(pageNo);
    QMetaObject::invokeMethod(m_reader, [r = m_reader, gen = m_shownGen, q = m_shownQuery, c = m_ceiling, pageNo] {
        r->loadPage(gen, q, c, pageNo * PageRows, PageRows);
    });
}

void LedgerModel::onPageLoaded(quint64 gen, int offset, const QList<LedgerEntry> &rows)
{
    if (gen != m_shownGen || gen != m_gen)
        return;
    const int pageNo = offset / PageRows;
    m_requested.remove(pageNo);
    if (m_lru.size() >= CachedPages)
        m_pages.remove(m_lru.takeFirst());
    m_pages.insert(pageNo, rows);
    m_lru.removeOne(pageNo);
    m_lru.append(pageNo);
    const int first = offset;
    const int last = std::min(m_count, offset + PageRows) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

std::optional<LedgerEntry> LedgerModel::entryAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const int pageNo = row / PageRows;
    const auto it = m_pages.constFind(pageNo);
    if (it == m_pages.constEnd()) {
        requestPage(pageNo);
        return std::nullopt;
    }
    m_lru.removeOne(pageNo);
    m_lru.append(pageNo);
    const int i = row % PageRows;
    if (i >= it->size())
        return std::nullopt;
    return it->at(i);
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const auto e = entryAt(index.row());
    if (!e)
        return index.column() == Time && role == Qt::DisplayRole ? QVariant(u"…"_s) : QVariant();
    const auto text = [&e](const char *key) { return e->profile.value(QLatin1StringView(key)).toString(); };
    switch (index.column()) {
    case Time: return e->createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case Source: return e->jobId > 0 ? u"%1 #%2"_s.arg(e->source).arg(e->jobId) : e->source;
    case State: return e->state;
    case DeviceToken: return e->deviceToken.isEmpty() ? e->customToken : e->deviceToken;
    case InstanceId: return e->instanceId;
    case ClientId: return e->clientId;
    case Name: return QString(text("FirstName") + u' ' + text("LastName")).trimmed();
    case Email: return text("Email");
    case Row:
        return e->line > 0 ? u"%1 (line %2)"_s.arg(e->rowNo).arg(e->line)
                           : (e->rowNo > 0 ? QString::number(e->rowNo) : QString());
    case Error: return e->error;
    default: return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QStringList names{tr("Time"),     tr("Source"), tr("State"),  tr("DeviceToken"), tr("InstanceId"),
                                   tr("ClientId"), tr("Name"),   tr("E-mail"), tr("Row"),         tr("Error")};
    return names.value(section);
}

} // namespace tc
