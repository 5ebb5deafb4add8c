#pragma once
// The traffic table: one compact row per exchange (no bodies: those stay with the recorder), fed
// by a TrafficRecorder in batches (one insert per batchDelayMs, however many exchanges arrived), and
// bounded (maxRows(), oldest dropped first in chunks). Beside each row it keeps a compact filter
// key (lower-case path, status class, method and profile codes, error flag), so TrafficFilter
// narrows it by method, status class, path text, profile and "errors only" in a tight loop over
// plain data: it holds the list of matching source rows, tests only new rows on insert, and
// rescans only when the criteria change.
#include "core/api/Exchange.h"

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <climits>
#include <deque>

namespace tc {

class TrafficRecorder;

class TrafficModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Time,
        Method,
        Path,
        Http,
        EnvelopeStatus,
        Title,
        Duration,
        Sent,
        Received,
        Profile,
        Session,
        Why,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, IsErrorRole };

    struct Row
    {
        quint64 id = 0;
        qint64 startedMs = 0; // UTC, ms since the epoch
        QString method;
        QString path;
        int status = 0;
        int envelopeStatus = INT_MIN; // none
        QString title;
        qint64 durationMs = -1; // in flight
        qint64 sent = 0;
        qint64 received = 0;
        QString profile;
        QString session;
        QString purpose;
        QString error;
        bool isError = false; // a failure (no answer, an error kind) or an HTTP status >= 400
    };

    // What the filter reads: small, plain, per row.
    struct FilterKey
    {
        QByteArray path;      // lower case, UTF-8
        qint16 status = 0;    // HTTP status
        quint16 method = 0;   // code of the method (methodCode)
        quint16 profile = 0;  // code of the profile (profileCode); 0: none
        bool isError = false; // Row::isError
        bool inFlight = false;
    };

    static constexpr int DefaultMaxRows = 100000;
    static constexpr int BatchDelayMs = 50;

    explicit TrafficModel(QObject *parent = nullptr);
    // Follows `recorder` (and takes in what it already holds).
    void setRecorder(TrafficRecorder *recorder);
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    static Row rowFor(const Exchange &exchange);
    const Row &row(int i) const { return m_rows[size_t(i)]; }
    const FilterKey &filterKey(int i) const { return m_keys[size_t(i)]; }
    // The code filterKey() uses for a method or a profile; -1 when no row ever had it.
    int methodCode(const QString &method) const { return m_methodCodes.value(method, -1); }
    int profileCode(const QString &profile) const { return profile.isEmpty() ? 0 : m_profileCodes.value(profile, -1); }
    // -1 when not shown (dropped or not yet flushed).
    int rowOf(quint64 id) const;

    // Takes these in at the next batch (or at once with flush()).
    void add(const Exchange &exchange);
    void addRows(const QList<Row> &rows); // at once (benchmarks, history)
    void flush();
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusClassName(int status); // "2xx", "no answer"

private:
    QString intern(const QString &text);
    void dropOldest();
    FilterKey keyFor(const Row &row);
    void append(const Row &row);

    std::deque<Row> m_rows;
    std::deque<FilterKey> m_keys;
    QHash<QString, int> m_methodCodes;
    QHash<QString, int> m_profileCodes;
    qsizetype m_dropped = 0;              // rows dropped from the front so far (rowOf uses it)
    QHash<quint64, qsizetype> m_inFlight; // id -> absolute index (m_dropped + row)
    QList<Row> m_pending;
    QHash<quint64, qsizetype> m_pendingIndex;
    QHash<QString, QString> m_strings; // profiles, sessions, purposes, methods: shared
    QTimer m_batch;
    QPointer<TrafficRecorder> m_recorder;
    int m_maxRows = DefaultMaxRows;
};

// The rows of a TrafficModel that meet the criteria, in the model's order. It keeps the list of
// matching source rows: a new row is tested once when it arrives (and appended), a finished one
// again in place; the whole list is rebuilt only when the criteria change (a tight loop over the
// model's filter keys: a few milliseconds at 100,000 rows), as one reset.
class TrafficFilter : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum class StatusClass { Any, Informational, Success, Redirect, ClientError, ServerError, NoAnswer };

    struct Criteria
    {
        QString method; // empty: any
        StatusClass statusClass = StatusClass::Any;
        QString pathText; // substring, any case
        QString profile;  // empty: any
        bool errorsOnly = false;
        bool operator==(const Criteria &) const = default;
    };

    explicit TrafficFilter(QObject *parent = nullptr);
    // Only a TrafficModel (anything else shows nothing).
    void setSourceModel(QAbstractItemModel *model) override;
    void setCriteria(const Criteria &criteria);
    Criteria criteria() const { return m_criteria; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    // The source's column titles even when no row is shown (QAbstractProxyModel maps through row 0).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The criteria compiled against the model's codes.
    struct Compiled
    {
        bool none = false; // a method or profile no row has: nothing matches
        int method = -1;   // -1: any
        int profile = -1;  // -1: any
        int statusClass = -1;
        bool noAnswer = false;
        bool errorsOnly = false;
        QByteArray path;
    };
    Compiled compile() const;
    static bool accepts(const Compiled &c, const TrafficModel::FilterKey &key);
    void rebuild();
    int proxyRowOf(int sourceRow) const; // -1 when not shown

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    QPointer<TrafficModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    Criteria m_criteria;
    QList<int> m_rows;                              // source rows shown, ascending
    qsizetype m_removeFirst = 0, m_removeCount = 0; // between rowsAboutToBeRemoved and rowsRemoved
    int m_removeSourceFirst = 0, m_removeSourceCount = 0;
};

} // namespace tc
