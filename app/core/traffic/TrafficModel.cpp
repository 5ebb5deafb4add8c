#include "core/traffic/TrafficModel.h"

#include "core/traffic/TrafficRecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <numeric>
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

TrafficModel::FilterKey TrafficModel::keyFor(const Row &r)
{
    FilterKey k;
    k.path = r.path.toLower().toUtf8();
    k.status = qint16(std::clamp(r.status, -1, 32767));
    auto m = m_methodCodes.constFind(r.method);
    if (m == m_methodCodes.constEnd())
        m = m_methodCodes.insert(r.method, int(m_methodCodes.size()));
    k.method = quint16(m.value());
    if (!r.profile.isEmpty()) {
        auto p = m_profileCodes.constFind(r.profile);
        if (p == m_profileCodes.constEnd())
            p = m_profileCodes.insert(r.profile, int(m_profileCodes.size()) + 1);
        k.profile = quint16(p.value());
    }
    k.isError = r.isError;
    k.inFlight = r.durationMs < 0;
    return k;
}

void TrafficModel::append(const Row &r)
{
    m_keys.push_back(keyFor(r));
    m_rows.push_back(r);
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
            m_keys[size_t(row)] = keyFor(r);
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
        append(r);
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
        append(r);
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
        m_keys.pop_front();
    }
    m_dropped += drop;
    endRemoveRows();
}

void TrafficModel::clear()
{
    m_batch.stop();
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
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

TrafficFilter::TrafficFilter(QObject *parent) : QAbstractProxyModel(parent) { }

void TrafficFilter::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = qobject_cast<TrafficModel *>(model);
    QAbstractProxyModel::setSourceModel(m_model);
    if (m_model) {
        TrafficModel *m = m_model;
        m_connections = {
                connect(m, &QAbstractItemModel::rowsInserted, this, &TrafficFilter::onRowsInserted),
                connect(m, &QAbstractItemModel::rowsAboutToBeRemoved, this, &TrafficFilter::onRowsAboutToBeRemoved),
                connect(m, &QAbstractItemModel::rowsRemoved, this, &TrafficFilter::onRowsRemoved),
                connect(m, &QAbstractItemModel::dataChanged, this, &TrafficFilter::onDataChanged),
                connect(m, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
                connect(m, &QAbstractItemModel::modelReset, this,
                        [this] {
                            rebuild();
                            endResetModel();
                        }),
                // TrafficModel moves no rows; should a layout change come, start over.
                connect(m, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { beginResetModel(); }),
                connect(m, &QAbstractItemModel::layoutChanged, this,
                        [this] {
                            rebuild();
                            endResetModel();
                        }),
        };
    }
    rebuild();
    endResetModel();
}

void TrafficFilter::setCriteria(const Criteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    beginResetModel();
    rebuild();
    endResetModel();
}

TrafficFilter::Compiled TrafficFilter::compile() const
{
    Compiled c;
    const Criteria &k = m_criteria;
    if (!k.method.isEmpty()) {
        c.method = m_model ? m_model->methodCode(k.method) : -1;
        c.none = c.none || c.method < 0;
    }
    if (!k.profile.isEmpty()) {
        c.profile = m_model ? m_model->profileCode(k.profile) : -1;
        c.none = c.none || c.profile < 0;
    }
    switch (k.statusClass) {
    case StatusClass::Any: break;
    case StatusClass::NoAnswer: c.noAnswer = true; break;
    default: c.statusClass = int(k.statusClass); // Informational = 1 ... ServerError = 5
    }
    c.errorsOnly = k.errorsOnly;
    c.path = k.pathText.toLower().toUtf8();
    return c;
}

bool TrafficFilter::accepts(const Compiled &c, const TrafficModel::FilterKey &key)
{
    if (c.none)
        return false;
    if (c.errorsOnly && !key.isError)
        return false;
    if (c.method >= 0 && key.method != c.method)
        return false;
    if (c.profile >= 0 && key.profile != c.profile)
        return false;
    if (c.noAnswer && (key.status != 0 || key.inFlight))
        return false;
    if (c.statusClass >= 0 && key.status / 100 != c.statusClass)
        return false;
    if (!c.path.isEmpty() && !key.path.contains(c.path))
        return false;
    return true;
}

void TrafficFilter::rebuild()
{
    m_rows.clear();
    if (!m_model)
        return;
    const int n = m_model->rowCount();
    const Compiled c = compile();
    if (c.none)
        return;
    if (m_criteria == Criteria()) {
        m_rows.resize(n);
        std::iota(m_rows.begin(), m_rows.end(), 0);
        return;
    }
    for (int i = 0; i < n; ++i) {
        if (accepts(c, m_model->filterKey(i)))
            m_rows.append(i);
    }
}

int TrafficFilter::proxyRowOf(int sourceRow) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow);
    return it != m_rows.cend() && *it == sourceRow ? int(it - m_rows.cbegin()) : -1;
}

void TrafficFilter::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (!m_rows.isEmpty() && first <= m_rows.constLast()) { // not at the end (TrafficModel only appends)
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    const Compiled c = compile();
    QList<int> added;
    for (int i = first; i <= last; ++i) {
        if (accepts(c, m_model->filterKey(i)))
            added.append(i);
    }
    if (added.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void TrafficFilter::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_removeCount = 0;
    if (parent.isValid())
        return;
    const auto from = std::lower_bound(m_rows.cbegin(), m_rows.cend(), first);
    const auto to = std::upper_bound(from, m_rows.cend(), last);
    m_removeFirst = from - m_rows.cbegin();
    m_removeCount = to - from;
    m_removeSourceFirst = first;
    m_removeSourceCount = last - first + 1;
    if (m_removeCount > 0)
        beginRemoveRows({}, int(m_removeFirst), int(m_removeFirst + m_removeCount) - 1);
}

void TrafficFilter::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(first);
    Q_UNUSED(last);
    if (parent.isValid())
        return;
    m_rows.remove(m_removeFirst, m_removeCount);
    for (qsizetype i = m_removeFirst; i < m_rows.size(); ++i)
        m_rows[i] -= m_removeSourceCount;
    if (m_removeCount > 0)
        endRemoveRows();
    m_removeCount = 0;
}

void TrafficFilter::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const Compiled c = compile();
    for (int s = topLeft.row(); s <= bottomRight.row(); ++s) {
        const bool wanted = accepts(c, m_model->filterKey(s));
        const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), s);
        const int at = int(it - m_rows.cbegin());
        const bool shown = it != m_rows.cend() && *it == s;
        if (shown && wanted) {
            Q_EMIT dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()), roles);
        } else if (shown) {
            beginRemoveRows({}, at, at);
            m_rows.remove(at);
            endRemoveRows();
        } else if (wanted) {
            beginInsertRows({}, at, at);
            m_rows.insert(at, s);
            endInsertRows();
        }
    }
}

QModelIndex TrafficFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= TrafficModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex TrafficFilter::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return {};
}

QModelIndex TrafficFilter::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

QVariant TrafficFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_model)
        return {};
    if (orientation == Qt::Horizontal)
        return m_model->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

int TrafficFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : TrafficModel::ColumnCount;
}

bool TrafficFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QModelIndex TrafficFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size())
        return {};
    return m_model->index(m_rows[proxyIndex.row()], proxyIndex.column());
}

QModelIndex TrafficFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

} // namespace tc
