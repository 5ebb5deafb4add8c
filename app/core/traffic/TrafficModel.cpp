#include "core/traffic/TrafficModel.h"

#include "core/traffic/TrafficRecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace tc {

namespace {
QString bytesText(qint64 n)
{
    if (n < 1024)
        return QString::number(n) + u" B"_s;
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

TrafficModel::TrafficModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(BatchDelayMs);
    connect(&m_batch, &QTimer::timeout, this, &TrafficModel::flush);
}

void TrafficModel::setRecorder(TrafficRecorder *recorder)
{
    if (m_recorder)
        m_recorder->disconnect(this);
    m_recorder = recorder;
    clear();
    if (!recorder)
        return;
    const QList<Exchange> held = recorder->exchanges();
    for (const Exchange &x : held)
        add(x);
    flush();
    connect(recorder, &TrafficRecorder::exchangeStarted, this, &TrafficModel::add);
    connect(recorder, &TrafficRecorder::exchangeFinished, this, &TrafficModel::add);
    connect(recorder, &TrafficRecorder::cleared, this, &TrafficModel::clear);
}

void TrafficModel::setMaxRows(int rows)
{
    m_maxRows = std::max(100, rows);
    dropOldest();
}

QString TrafficModel::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return it.value();
    if (m_strings.size() > 10000)
        m_strings.clear();
    m_strings.insert(text, text);
    return text;
}

TrafficModel::Row TrafficModel::rowFor(const Exchange &x)
{
    Row r;
    r.id = x.id;
    r.startedMs = x.started.toMSecsSinceEpoch();
    r.method = QString::fromLatin1(x.method);
    r.path = x.url.path();
    if (x.url.hasQuery())
        r.path += u'?' + x.url.query();
    r.status = x.status;
    r.envelopeStatus = x.envelopeStatus.value_or(INT_MIN);
    r.title = x.envelopeTitle;
    r.durationMs = x.durationMs;
    r.sent = x.requestBody.size();
    r.received = x.replyBody.size();
    r.profile = x.profile;
    r.session = x.session;
    r.purpose = x.purpose;
    r.error = x.errorMessage;
    r.isError = x.isFinished()
                && (x.status == 0 || x.status >= 400
                    || (x.errorKind != ApiError::Kind::None && x.errorKind != ApiError::Kind::Canceled));
    return r;
}

int TrafficModel::rowOf(quint64 id) const
{
    // Ids grow with time: a binary search over the rows (in flight ones keep their place).
    auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id, [](const Row &r, quint64 v) { return r.id < v; });
    if (it != m_rows.end() && it->id == id)
        return int(it - m_rows.begin());
    for (size_t i = 0; i < m_rows.size(); ++i) { // history loaded after live rows (ids out of order)
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

void TrafficModel::add(const Exchange &exchange)
{
    Row r = rowFor(exchange);
    r.method = intern(r.method);
    r.profile = intern(r.profile);
    r.session = intern(r.session);
    r.purpose = intern(r.purpose);
    if (auto p = m_pendingIndex.constFind(r.id); p != m_pendingIndex.constEnd()) {
        m_pending[p.value()] = r;
    } else if (auto f = m_inFlight.constFind(r.id); f != m_inFlight.constEnd()) {
        const qsizetype row = f.value() - m_dropped;
        m_inFlight.erase(f);
        if (row >= 0 && row < qsizetype(m_rows.size())) {
            m_rows[size_t(row)] = r;
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        }
        return;
    } else {
        m_pendingIndex.insert(r.id, m_pending.size());
        m_pending.append(r);
    }
    if (!m_batch.isActive())
        m_batch.start();
}

void TrafficModel::addRows(const QList<Row> &rows)
{
    flush();
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Row &r : rows)
        m_rows.push_back(r);
    endInsertRows();
    dropOldest();
}

void TrafficModel::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Row> batch = std::exchange(m_pending, {});
    m_pendingIndex.clear();
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    for (const Row &r : batch) {
        if (r.durationMs < 0)
            m_inFlight.insert(r.id, m_dropped + qsizetype(m_rows.size()));
        m_rows.push_back(r);
    }
    endInsertRows();
    dropOldest();
}

void TrafficModel::dropOldest()
{
    if (int(m_rows.size()) <= m_maxRows)
        return;
    // In chunks, so a full table does not shift its rows on every new exchange.
    const int drop = std::min(int(m_rows.size()), int(m_rows.size()) - m_maxRows + m_maxRows / 10);
    beginRemoveRows({}, 0, drop - 1);
    for (int i = 0; i < drop; ++i) {
        m_inFlight.remove(m_rows.front().id);
        m_rows.pop_front();
    }
    m_dropped += drop;
    endRemoveRows();
}

void TrafficModel::clear()
{
    m_batch.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_pendingIndex.clear();
    m_inFlight.clear();
    m_dropped = 0;
    endResetModel();
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficModel::statusClassName(int status)
{
    if (status <= 0)
        return tr("no answer");
    return QString::number(status / 100) + u"xx"_s;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    if (role == IdRole)
        return QVariant::fromValue(r.id);
    if (role == IsErrorRole)
        return r.isError;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Http:
        case EnvelopeStatus:
        case Duration:
        case Sent:
        case Received: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Http && !r.error.isEmpty())
        return r.error;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(r.startedMs, QTimeZone::utc()).toLocalTime().toString(u"HH:mm:ss.zzz"_s);
    case Method: return r.method;
    case Path: return r.path;
    case Http:
        if (r.durationMs < 0)
            return u"…"_s;
        return r.status > 0 ? QString::number(r.status) : tr("failed");
    case EnvelopeStatus: return r.envelopeStatus == INT_MIN ? QString() : QString::number(r.envelopeStatus);
    case Title: return r.title.isEmpty() && r.status == 0 ? r.error : r.title;
    case Duration: return r.durationMs < 0 ? QString() : QString::number(r.durationMs) + u" ms"_s;
    case Sent: return bytesText(r.sent);
    case Received: return r.durationMs < 0 ? QString() : bytesText(r.received);
    case Profile: return r.profile;
    case Session: return r.session;
    case Why: return r.purpose;
    default: return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Http: return tr("HTTP");
    case EnvelopeStatus: return tr("Status");
    case Title: return tr("Title");
    case Duration: return tr("Duration");
    case Sent: return tr("Sent");
    case Received: return tr("Received");
    case Profile: return tr("Profile");
    case Session: return tr("Session");
    case Why: return tr("Why");
    default: return {};
    }
}

// ---- the filter ----------------------------------------------------------------------------------

TrafficFilter::TrafficFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void TrafficFilter::setCriteria(const Criteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    invalidateRowsFilter();
}

bool TrafficFilter::accepts(const TrafficModel::Row &r) const
{
    const Criteria &c = m_criteria;
    if (c.errorsOnly && !r.isError)
        return false;
    if (!c.method.isEmpty() && r.method != c.method)
        return false;
    if (!c.profile.isEmpty() && r.profile != c.profile)
        return false;
    switch (c.statusClass) {
    case StatusClass::Any: break;
    case StatusClass::NoAnswer:
        if (r.status != 0 || r.durationMs < 0)
            return false;
        break;
    default: {
        const int wanted = int(c.statusClass); // Informational = 1 ... ServerError = 5
        if (r.status / 100 != wanted)
            return false;
    }
    }
    if (!c.pathText.isEmpty() && !r.path.contains(c.pathText, Qt::CaseInsensitive))
        return false;
    return true;
}

bool TrafficFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    const auto *model = static_cast<const TrafficModel *>(sourceModel());
    return accepts(model->row(sourceRow));
}

} // namespace tc
