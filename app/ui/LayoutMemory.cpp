#include "ui/LayoutMemory.h"

#include <QAbstractItemView>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

QHeaderView *headerOf(QWidget *w)
{
    if (auto *table = qobject_cast<QTableView *>(w)) {
        return table->horizontalHeader();
    }
    if (auto *tree = qobject_cast<QTreeView *>(w)) {
        return tree->header();
    }
    return nullptr;
}

template <typename F>
void forNamed(QWidget *root, F &&f)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->objectName().isEmpty() && (qobject_cast<QSplitter *>(w) || headerOf(w))) {
            f(w);
        }
    }
}

} // namespace

LayoutMemory::LayoutMemory(QSettings *settings, const QString &screens)
    : m_settings(settings), m_screens(screens.isEmpty() ? currentScreens() : screens)
{
}

QString LayoutMemory::currentScreens()
{
    QStringList parts;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *s : screens) {
        parts.append(u"%1_%2x%3"_s.arg(s->name()).arg(s->size().width()).arg(s->size().height()));
    }
    QString key = parts.join(u'+');
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_+.x-]"_s);
    key.replace(unsafe, u"_"_s);
    return key.isEmpty() ? u"none"_s : key;
}

QString LayoutMemory::key(const QString &rest) const
{
    return u"layout/"_s + m_screens + u'/' + rest;
}

void LayoutMemory::saveWindow(const QMainWindow *window)
{
    m_settings->setValue(key(u"window/geometry"_s), window->saveGeometry());
    m_settings->setValue(key(u"window/state"_s), window->saveState());
}

bool LayoutMemory::restoreWindow(QMainWindow *window) const
{
    const QByteArray geometry = m_settings->value(key(u"window/geometry"_s)).toByteArray();
    if (geometry.isEmpty() || !window->restoreGeometry(geometry)) {
        return false;
    }
    window->restoreState(m_settings->value(key(u"window/state"_s)).toByteArray());
    return true;
}

void LayoutMemory::saveWidgets(const QWidget *root, const QString &scope)
{
    forNamed(const_cast<QWidget *>(root), [this, &scope](QWidget *w) {
        const QString base = key(scope + u'/' + w->objectName());
        if (auto *splitter = qobject_cast<QSplitter *>(w)) {
            m_settings->setValue(base + u"/splitter"_s, splitter->saveState());
        } else if (QHeaderView *header = headerOf(w)) {
            m_settings->setValue(base + u"/header"_s, header->saveState());
        }
    });
}

void LayoutMemory::restoreWidgets(QWidget *root, const QString &scope) const
{
    forNamed(root, [this, &scope](QWidget *w) {
        const QString base = key(scope + u'/' + w->objectName());
        if (auto *splitter = qobject_cast<QSplitter *>(w)) {
            const QByteArray state = m_settings->value(base + u"/splitter"_s).toByteArray();
            if (!state.isEmpty()) {
                splitter->restoreState(state);
            }
        } else if (QHeaderView *header = headerOf(w)) {
            const QByteArray state = m_settings->value(base + u"/header"_s).toByteArray();
            if (!state.isEmpty()) {
                header->restoreState(state);
            }
        }
    });
}

void LayoutMemory::savePage(int index)
{
    m_settings->setValue(key(u"page"_s), index);
}

int LayoutMemory::page() const
{
    bool ok = false;
    const int index = m_settings->value(key(u"page"_s)).toInt(&ok);
    return ok ? index : -1;
}

} // namespace tc
