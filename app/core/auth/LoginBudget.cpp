#include "core/auth/LoginBudget.h"

#include <QSettings>
#include <QUrl>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tc {

LoginBudget::LoginBudget(QSettings *settings, const Clock *clock, int maxAutomatic, std::chrono::seconds window)
    : m_settings(settings), m_clock(clock ? clock : &Clock::system()), m_max(std::max(0, maxAutomatic)),
      m_window(window)
{
}

QString LoginBudget::group(const QString &scope) const
{
    return u"login-budget/"_s + QString::fromLatin1(QUrl::toPercentEncoding(scope));
}

LoginBudget::Entry LoginBudget::load(const QString &scope) const
{
    if (!m_settings) {
        return m_memory.value(scope);
    }
    m_settings->sync(); // another process (the CLI's previous command) may have written
    Entry e;
    const QStringList stamps = m_settings->value(group(scope) + u"/automatic"_s).toStringList();
    for (const QString &s : stamps) {
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if (ok) {
            e.automatic.append(v);
        }
    }
    e.blockedUntil = m_settings->value(group(scope) + u"/blockedUntil"_s, 0).toLongLong();
    return e;
}

void LoginBudget::store(const QString &scope, const Entry &e)
{
    if (!m_settings) {
        m_memory.insert(scope, e);
        return;
    }
    QStringList stamps;
    for (qint64 v : e.automatic) {
        stamps.append(QString::number(v));
    }
    m_settings->setValue(group(scope) + u"/automatic"_s, stamps);
    m_settings->setValue(group(scope) + u"/blockedUntil"_s, e.blockedUntil);
    m_settings->sync();
}

int LoginBudget::automaticInWindow(const QString &scope) const
{
    const qint64 now = m_clock->nowSecs();
    const Entry e = load(scope);
    return int(std::count_if(e.automatic.cbegin(), e.automatic.cend(),
                             [&](qint64 t) { return t > now - m_window.count() && t <= now; }));
}

bool LoginBudget::allowsAutomatic(const QString &scope) const
{
    return !isBlocked(scope) && automaticInWindow(scope) < m_max;
}

QDateTime LoginBudget::nextAutomaticAt(const QString &scope) const
{
    const qint64 now = m_clock->nowSecs();
    const Entry e = load(scope);
    qint64 at = now;
    if (e.blockedUntil > now) {
        at = e.blockedUntil;
    }
    QList<qint64> inWindow;
    for (qint64 t : e.automatic) {
        if (t > now - m_window.count() && t <= now) {
            inWindow.append(t);
        }
    }
    std::sort(inWindow.begin(), inWindow.end());
    if (m_max == 0) {
        return {};
    }
    if (inWindow.size() >= m_max) {
        // The window frees a slot when the (size - max + 1)-th oldest login drops out.
        const qint64 frees = inWindow.at(inWindow.size() - m_max) + m_window.count();
        at = std::max(at, frees);
    }
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
}

bool LoginBudget::isBlocked(const QString &scope) const
{
    return load(scope).blockedUntil > m_clock->nowSecs();
}

QDateTime LoginBudget::blockedUntil(const QString &scope) const
{
    const qint64 until = load(scope).blockedUntil;
    return until > m_clock->nowSecs() ? QDateTime::fromSecsSinceEpoch(until, Qt::UTC) : QDateTime();
}

void LoginBudget::recordLogin(const QString &scope, bool automatic)
{
    if (!automatic) {
        return; // a person's login is theirs to make; only the block applies to it
    }
    const qint64 now = m_clock->nowSecs();
    Entry e = load(scope);
    e.automatic.erase(std::remove_if(e.automatic.begin(), e.automatic.end(),
                                     [&](qint64 t) { return t <= now - m_window.count(); }),
                      e.automatic.end());
    e.automatic.append(now);
    store(scope, e);
}

void LoginBudget::recordRateLimited(const QString &scope, const QDateTime &until)
{
    Entry e = load(scope);
    const qint64 end = until.isValid() ? until.toSecsSinceEpoch() : m_clock->nowSecs() + DefaultBlock.count();
    e.blockedUntil = std::max(e.blockedUntil, end);
    store(scope, e);
}

void LoginBudget::clearBlock(const QString &scope)
{
    Entry e = load(scope);
    if (e.blockedUntil == 0) {
        return;
    }
    e.blockedUntil = 0;
    store(scope, e);
}

} // namespace tc
