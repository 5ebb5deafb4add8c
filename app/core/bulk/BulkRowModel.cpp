#include "core/bulk/BulkRowModel.h"

using namespace Qt::StringLiterals;

namespace tc {

BulkRowModel::BulkRowModel(Ledger *ledger, QObject *parent) : QAbstractTableModel(parent), m_ledger(ledger) { }

void BulkRowModel::setJob(qint64 jobId, qint64 totalRows)
{
    beginResetModel();
    m_jobId = jobId;
    m_rows = int(std::clamp<qint64>(totalRows, 0, std::numeric_limits<int>::max()));
    m_pages.clear();
    m_lru.clear();
    m_unsaved.clear();
    endResetModel();
}

void BulkRowModel::setTotalRows(qint64 totalRows)
{
    const int n = int(std::clamp<qint64>(totalRows, 0, std::numeric_limits<int>::max()));
    if (n > m_rows) {
        beginInsertRows({}, m_rows, n - 1);
        m_rows = n;
        endInsertRows();
    } else if (n < m_rows) {
        beginRemoveRows({}, n, m_rows - 1);
        m_rows = n;
        endRemoveRows();
    }
}

const std::map<qint64, BulkRowModel::Cell> &BulkRowModel::page(int pageNo) const
{
    auto it = m_pages.find(pageNo);
    if (it == m_pages.end()) {
        if (m_lru.size() >= CachedPages)
            m_pages.remove(m_lru.takeFirst());
        std::map<qint64, Cell> cells;
        if (m_jobId > 0 && m_ledger && m_ledger->isOpen()) {
            const qint64 first = qint64(pageNo) * PageRows + 1;
            for (const LedgerEntry &e : m_ledger->jobEntries(m_jobId, first, PageRows)) {
                if (e.rowNo >= first + PageRows)
                    break;
                const auto text = [&e](const char *key) { return e.profile.value(QLatin1StringView(key)).toString(); };
                cells.emplace(e.rowNo, Cell{e.line, e.state, e.deviceToken, e.clientId,
                                            QString(text("FirstName") + u' ' + text("LastName")).trimmed(),
                                            text("Email"), e.error});
            }
        }
        it = m_pages.insert(pageNo, std::move(cells));
    } else {
        m_lru.removeOne(pageNo);
    }
    m_lru.append(pageNo);
    return it.value();
}

BulkRowUpdate BulkRowModel::rowAt(int row) const
{
    BulkRowUpdate u;
    u.rowNo = row + 1;
    u.state = LedgerState::pending();
    if (row < 0 || row >= m_rows)
        return u;
    if (const auto it = m_unsaved.constFind(u.rowNo); it != m_unsaved.constEnd())
        return *it;
    const auto &cells = page(row / PageRows);
    if (const auto it = cells.find(u.rowNo); it != cells.end()) {
        u.line = it->second.line;
        u.state = it->second.state;
        u.deviceToken = it->second.deviceToken;
        u.clientId = it->second.clientId;
        u.error = it->second.error;
    }
    return u;
}

void BulkRowModel::applyUpdates(const QList<BulkRowUpdate> &rows)
{
    if (rows.isEmpty())
        return;
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = 0;
    for (const BulkRowUpdate &u : rows) {
        if (!u.saved)
            m_unsaved.insert(u.rowNo, u);
        m_pages.remove(int((u.rowNo - 1) / PageRows));
        m_lru.removeOne(int((u.rowNo - 1) / PageRows));
        lo = std::min(lo, u.rowNo);
        hi = std::max(hi, u.rowNo);
    }
    if (hi > m_rows)
        setTotalRows(hi);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(int(std::max<qint64>(lo - 1, 0)), 0),
                           index(int(std::min<qint64>(hi, m_rows) - 1), ColumnCount - 1));
}

int BulkRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BulkRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const BulkRowUpdate u = rowAt(index.row());
    QString name, email;
    if (index.column() == Name || index.column() == Email) {
        const auto &cells = page(index.row() / PageRows);
        if (const auto it = cells.find(u.rowNo); it != cells.end()) {
            name = it->second.name;
            email = it->second.email;
        }
    }
    switch (index.column()) {
    case Row: return u.rowNo;
    case Line: return u.line > 0 ? QVariant(u.line) : QVariant();
    case Status: return u.saved ? u.state : u.state + tr(" (NOT in the ledger)");
    case DeviceToken: return u.deviceToken;
    case ClientId: return u.clientId;
    case Name: return name;
    case Email: return email;
    case Error: return u.error;
    default: return {};
    }
}

QVariant BulkRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const QStringList names{tr("Row"),      tr("Line"), tr("Status"), tr("DeviceToken"),
                                   tr("ClientId"), tr("Name"), tr("E-mail"), tr("Error")};
    return names.value(section);
}

} // namespace tc
