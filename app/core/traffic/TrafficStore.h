#pragma once
// The traffic history on disk: the last limit() exchanges (10,000 by default), already redacted,
// in SQLite next to the ledger (<GenericDataLocation>/telematics-console/traffic.sqlite), in a
// folder only its owner may enter (0700) and a file only its owner may read (0600; SQLite gives
// its -wal and -shm files the same mode). Writes are batched and done on a thread of their own,
// so a bulk run recording thousands of exchanges never waits for the disk. clear() deletes every
// row and overwrites the freed pages (secure_delete).
#include "core/api/Exchange.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace tc {

class TrafficStoreWriter;

class TrafficStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultLimit = 10000;

    explicit TrafficStore(QObject *parent = nullptr);
    // Writes what is pending, then stops its thread.
    ~TrafficStore() override;

    static QString defaultPath();

    // Creates the folder (0700) and the file (0600) when needed. False (errorString()) when the
    // history cannot be kept; the console goes on without one.
    bool open(const QString &path);
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    void setLimit(int limit) { m_limit = std::max(1, limit); }
    int limit() const { return m_limit; }

    // The newest `limit` exchanges kept, oldest first (read at once, on the calling thread).
    QList<Exchange> load(int limit) const;
    // Queued; written within batchDelayMs (or when 500 are pending).
    void append(const Exchange &exchange);
    void clear();
    // Waits until everything queued is on disk (tests, shutdown).
    void flush();

    static QJsonObject toJson(const Exchange &exchange);
    static Exchange fromJson(const QJsonObject &object);

    static constexpr int BatchDelayMs = 250;

private:
    void writePending();

    QString m_path;
    QString m_error;
    bool m_open = false;
    int m_limit = DefaultLimit;
    QList<Exchange> m_pending;
    QTimer m_batch;
    QThread *m_thread = nullptr;
    TrafficStoreWriter *m_writer = nullptr;
};

} // namespace tc
