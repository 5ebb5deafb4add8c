#pragma once
// The traffic table: one compact row per exchange (no bodies: those stay with the recorder), fed
// by a TrafficRecorder in batches (one insert per batchDelayMs, however many exchanges arrived), and
// bounded (maxRows(), oldest dropped first in chunks). TrafficFilter narrows it by method, status
// class, path text, profile and "errors only", reading the rows directly (no QVariant per cell).
#include "core/api/Exchange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>
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

    static constexpr int DefaultMaxRows = 100000;
    static constexpr int BatchDelayMs = 50;

    explicit TrafficModel(QObject *parent = nullptr);
    // Follows `recorder` (and takes in what it already holds).
    void setRecorder(TrafficRecorder *recorder);
    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }

    static Row rowFor(const Exchange &exchange);
    const Row &row(int i) const { return m_rows[size_t(i)]; }
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

    std::deque<Row> m_rows;
    qsizetype m_dropped = 0;              // rows dropped from the front so far (rowOf uses it)
    QHash<quint64, qsizetype> m_inFlight; // id -> absolute index (m_dropped + row)
    QList<Row> m_pending;
    QHash<quint64, qsizetype> m_pendingIndex;
    QHash<QString, QString> m_strings; // profiles, sessions, purposes, methods: shared
    QTimer m_batch;
    QPointer<TrafficRecorder> m_recorder;
    int m_maxRows = DefaultMaxRows;
};

class TrafficFilter : public QSortFilterProxyModel
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
    void setCriteria(const Criteria &criteria);
    Criteria criteria() const { return m_criteria; }
    bool accepts(const TrafficModel::Row &row) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Criteria m_criteria;
};

} // namespace tc
