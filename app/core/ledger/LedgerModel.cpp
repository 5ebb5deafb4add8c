#include "core/ledger/LedgerModel.h"

using namespace Qt::StringLiterals;

namespace tc {

LedgerModel::LedgerModel(Ledger *ledger, QObject *parent) : QAbstractTableModel(parent), m_ledger(ledger)
{
    refresh();
}

void LedgerModel::setQuery(const LedgerQuery &query)
{
    m_query = query;
    refresh();
}

void LedgerModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    const qint64 n = m_ledger && m_ledger->isOpen() ? m_ledger->count(m_query) : 0;
    m_count = int(std::min<qint64>(n, std::numeric_limits<int>::max()));
    endResetModel();
}

const QList<LedgerEntry> *LedgerModel::page(int pageNo) const
{
    auto it = m_pages.find(pageNo);
    if (it == m_pages.end()) {
        if (m_lru.size() >= CachedPages)
            m_pages.remove(m_lru.takeFirst());
        it = m_pages.insert(pageNo, m_ledger->search(m_query, PageRows, qint64(pageNo) * PageRows));
    } else {
        m_lru.removeOne(pageNo);
    }
    m_lru.append(pageNo);
    return &it.value();
}

std::optional<LedgerEntry> LedgerModel::entryAt(int row) const
{
    if (row < 0 || row >= m_count)
        return std::nullopt;
    const QList<LedgerEntry> *p = page(row / PageRows);
    const int i = row % PageRows;
    if (i >= p->size())
        return std::nullopt;
    return p->at(i);
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
        return {};
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
