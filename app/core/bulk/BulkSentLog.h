#pragma once
// The bulk run's "sent" log: one record per request, written (write(2), no fsync) just before the
// request leaves. It lets the journal mark rows in flight AHEAD of sending (one fsync'd commit for
// many rows, so the network never waits for the disk) and still leave, after a SIGKILL, only the
// rows whose request really left as "unknown":
//  - a row is marked in flight durably (synchronous FULL) before it can be sent, as before;
//  - before its request leaves, its number is appended here. A killed process loses nothing it
//    wrote (the bytes are in the kernel's page cache), so on resume an in-flight row that is NOT
//    in this log was never sent and goes back to pending; a row that is in it becomes unknown;
//  - only a crash of the machine (or a power cut) can lose the log's tail, and then the machine
//    has rebooted: the log names the boot it was written in (Linux boot_id) and a log from
//    another boot, or a system without a boot id, is not trusted: every in-flight row becomes
//    unknown, as without this log. Without a boot id the journal does not mark ahead.
// One file per run, next to the ledger: "<ledger>.bulk-<job>.sent", removed when the run ends
// with nothing in flight.
#include <QFile>
#include <QSet>
#include <QString>

#include <optional>

namespace tc {

class BulkSentLog
{
public:
    // This boot's id (Linux: /proc/sys/kernel/random/boot_id); empty when there is none.
    static QByteArray bootId();
    static bool available() { return !bootId().isEmpty(); }
    static QString pathFor(const QString &ledgerPath, qint64 jobId);

    // Starts an empty log for this boot (truncating an old one), durably (fsync of the header).
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    // One write(2) of the row number. False: not recorded (do not send the row).
    bool append(qint64 rowNo);
    void close();
    // Closes and deletes the file.
    void remove();

    // The rows a log records as sent, or nullopt when it cannot be trusted (absent, damaged,
    // written in another boot, or no boot id here).
    static std::optional<QSet<qint64>> read(const QString &path);

private:
    QFile m_file;
};

} // namespace tc
