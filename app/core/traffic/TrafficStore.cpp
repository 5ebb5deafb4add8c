#include "core/traffic/TrafficStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lc, "tc.core.traffic", QtWarningMsg)

bool openDatabase(const QString &path, const QString &connection, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const QString &sql :
         {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA secure_delete=ON"_s,
          u"CREATE TABLE IF NOT EXISTS exchanges(id INTEGER PRIMARY KEY, "
          "started INTEGER, data BLOB NOT NULL)"_s}) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QJsonValue bodyJson(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body);
    if (text.toUtf8() == body)
        return text;
    return QJsonObject{{u"base64"_s, QString::fromLatin1(body.toBase64())}};
}

QByteArray bodyFrom(const QJsonValue &value)
{
    if (value.isObject())
        return QByteArray::fromBase64(value.toObject().value(u"base64"_s).toString().toLatin1());
    return value.toString().toUtf8();
}

// A header's value is bytes: UTF-8 text is kept as text, anything else as {"base64": …} like a
// body (it was read as UTF-8, so a Latin-1 or binary value came back changed: found by fuzz-traffic).
QJsonArray headersJson(const tc::HeaderList &headers)
{
    QJsonArray out;
    for (const auto &h : headers)
        out.append(QJsonArray{QString::fromLatin1(h.first), bodyJson(h.second)});
    return out;
}

tc::HeaderList headersFrom(const QJsonArray &array)
{
    tc::HeaderList out;
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        out.append({pair.at(0).toString().toLatin1(), bodyFrom(pair.at(1))});
    }
    return out;
}

tc::ApiError::Kind kindFromName(const QString &name)
{
    using K = tc::ApiError::Kind;
    for (K k : {K::None, K::Network, K::Tls, K::Timeout, K::Canceled, K::Http, K::Parse, K::Schema, K::Auth,
                K::RateLimited, K::Keychain, K::Validation}) {
        if (tc::ApiError::kindName(k) == name)
            return k;
    }
    return K::None;
}

} // namespace

namespace tc {

// Lives on the store's thread with its own connection.
class TrafficStoreWriter : public QObject
{
public:
    QString connection = u"tc-traffic-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;

    void open(const QString &path)
    {
        QString error;
        ok = openDatabase(path, connection, &error);
        if (!ok)
            qCWarning(lc) << "traffic history writer:" << error;
    }
    void close()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(connection, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    void write(const QList<Exchange> &batch, int limit)
    {
        if (!ok)
            return;
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        db.transaction();
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO exchanges(started, data) VALUES(?, ?)"_s);
        for (const Exchange &x : batch) {
            q.addBindValue(x.started.toMSecsSinceEpoch());
            q.addBindValue(QJsonDocument(TrafficStore::toJson(x)).toJson(QJsonDocument::Compact));
            if (!q.exec())
                qCWarning(lc) << "traffic history: cannot write:" << q.lastError().text();
        }
        QSqlQuery trim(db);
        trim.prepare(
                u"DELETE FROM exchanges WHERE id <= (SELECT id FROM exchanges ORDER BY id DESC LIMIT 1 OFFSET ?)"_s);
        trim.addBindValue(limit);
        trim.exec();
        db.commit();
    }
    void clear()
    {
        if (!ok)
            return;
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        QSqlQuery q(db);
        q.exec(u"DELETE FROM exchanges"_s);
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.exec(u"VACUUM"_s);
    }
};

TrafficStore::TrafficStore(QObject *parent) : QObject(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(BatchDelayMs);
    connect(&m_batch, &QTimer::timeout, this, &TrafficStore::writePending);
}

TrafficStore::~TrafficStore()
{
    if (m_thread) {
        writePending();
        QMetaObject::invokeMethod(
                m_writer, [w = m_writer] { w->close(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_writer;
        delete m_thread;
    }
}

QString TrafficStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + u"/telematics-console/traffic.sqlite"_s;
}

bool TrafficStore::open(const QString &path)
{
    if (m_thread) {
        m_error = u"already open"_s;
        return false;
    }
    const QFileInfo info(path);
    m_path = info.absoluteFilePath();
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        m_error = u"cannot create the folder %1"_s.arg(folder);
        return false;
    }
    // Only its owner may enter the folder or read the file (and SQLite's -wal and -shm files,
    // which it creates with the database file's mode).
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    const QByteArray file = QFile::encodeName(m_path);
    const int fd = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_error = u"cannot create %1: %2"_s.arg(m_path, QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    // Checked here, on this thread, so open() can say why it failed.
    const QString probe = u"tc-traffic-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool ok = openDatabase(m_path, probe, &m_error);
    QSqlDatabase::removeDatabase(probe);
    if (!ok) {
        m_error = u"the traffic history %1 cannot be opened: %2"_s.arg(m_path, m_error);
        return false;
    }
    m_thread = new QThread;
    m_thread->setObjectName(u"traffic-history"_s);
    m_writer = new TrafficStoreWriter;
    m_writer->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(
            m_writer, [w = m_writer, p = m_path] { w->open(p); }, Qt::QueuedConnection);
    m_open = true;
    return true;
}

QList<Exchange> TrafficStore::load(int limit) const
{
    QList<Exchange> out;
    if (!m_open)
        return out;
    const QString connection = u"tc-traffic-load-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QString error;
        if (openDatabase(m_path, connection, &error)) {
            QSqlQuery q(QSqlDatabase::database(connection, false));
            q.prepare(u"SELECT data FROM (SELECT id, data FROM exchanges ORDER BY id DESC LIMIT ?) ORDER BY id"_s);
            q.addBindValue(limit);
            if (q.exec()) {
                while (q.next())
                    out.append(fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()));
            }
        }
        QSqlDatabase::database(connection, false).close();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

void TrafficStore::append(const Exchange &exchange)
{
    if (!m_open)
        return;
    m_pending.append(exchange);
    if (m_pending.size() >= 500)
        writePending();
    else if (!m_batch.isActive())
        m_batch.start();
}

void TrafficStore::writePending()
{
    m_batch.stop();
    if (!m_writer || m_pending.isEmpty())
        return;
    QMetaObject::invokeMethod(
            m_writer, [w = m_writer, batch = std::exchange(m_pending, {}), limit = m_limit] { w->write(batch, limit); },
            Qt::QueuedConnection);
}

void TrafficStore::clear()
{
    m_pending.clear();
    m_batch.stop();
    if (m_writer)
        QMetaObject::invokeMethod(
                m_writer, [w = m_writer] { w->clear(); }, Qt::QueuedConnection);
}

void TrafficStore::flush()
{
    writePending();
    if (m_writer)
        QMetaObject::invokeMethod(
                m_writer, [] {}, Qt::BlockingQueuedConnection);
}

QJsonObject TrafficStore::toJson(const Exchange &x)
{
    QJsonObject o{
            {u"method"_s, QString::fromLatin1(x.method)},
            {u"url"_s, x.url.toString(QUrl::FullyEncoded)},
            {u"requestHeaders"_s, headersJson(x.requestHeaders)},
            {u"requestBody"_s, bodyJson(x.requestBody)},
            {u"status"_s, x.status},
            {u"replyHeaders"_s, headersJson(x.replyHeaders)},
            {u"replyBody"_s, bodyJson(x.replyBody)},
            {u"started"_s, x.started.toMSecsSinceEpoch()},
            {u"finished"_s, x.finished.isValid() ? QJsonValue(x.finished.toMSecsSinceEpoch()) : QJsonValue()},
            {u"durationMs"_s, x.durationMs},
            {u"errorKind"_s, ApiError::kindName(x.errorKind)},
            {u"errorMessage"_s, x.errorMessage},
            {u"requestBodyTruncated"_s, x.requestBodyTruncated},
            {u"replyBodyTruncated"_s, x.replyBodyTruncated},
            {u"label"_s, x.label},
            {u"profile"_s, x.profile},
            {u"session"_s, x.session},
            {u"purpose"_s, x.purpose},
            {u"envelopeTitle"_s, x.envelopeTitle},
            {u"bearerSent"_s, x.bearerSent},
            {u"bearerHeader"_s, x.bearerHeader},
            {u"bearerClaims"_s, x.bearerClaims},
    };
    if (x.envelopeStatus)
        o.insert(u"envelopeStatus"_s, *x.envelopeStatus);
    return o;
}

Exchange TrafficStore::fromJson(const QJsonObject &o)
{
    Exchange x;
    x.method = o.value(u"method"_s).toString().toLatin1();
    x.url = QUrl(o.value(u"url"_s).toString(), QUrl::StrictMode);
    x.requestHeaders = headersFrom(o.value(u"requestHeaders"_s).toArray());
    x.requestBody = bodyFrom(o.value(u"requestBody"_s));
    x.status = o.value(u"status"_s).toInt();
    x.replyHeaders = headersFrom(o.value(u"replyHeaders"_s).toArray());
    x.replyBody = bodyFrom(o.value(u"replyBody"_s));
    x.started = QDateTime::fromMSecsSinceEpoch(qint64(o.value(u"started"_s).toDouble()), QTimeZone::utc());
    if (o.value(u"finished"_s).isDouble())
        x.finished = QDateTime::fromMSecsSinceEpoch(qint64(o.value(u"finished"_s).toDouble()), QTimeZone::utc());
    x.durationMs = qint64(o.value(u"durationMs"_s).toDouble(-1));
    x.errorKind = kindFromName(o.value(u"errorKind"_s).toString());
    x.errorMessage = o.value(u"errorMessage"_s).toString();
    x.requestBodyTruncated = o.value(u"requestBodyTruncated"_s).toBool();
    x.replyBodyTruncated = o.value(u"replyBodyTruncated"_s).toBool();
    x.label = o.value(u"label"_s).toString();
    x.profile = o.value(u"profile"_s).toString();
    x.session = o.value(u"session"_s).toString();
    x.purpose = o.value(u"purpose"_s).toString();
    x.envelopeTitle = o.value(u"envelopeTitle"_s).toString();
    if (o.value(u"envelopeStatus"_s).isDouble())
        x.envelopeStatus = o.value(u"envelopeStatus"_s).toInt();
    x.bearerSent = o.value(u"bearerSent"_s).toBool();
    x.bearerHeader = o.value(u"bearerHeader"_s).toObject();
    x.bearerClaims = o.value(u"bearerClaims"_s).toObject();
    return x;
}

} // namespace tc
