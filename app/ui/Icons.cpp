#include "ui/Icons.h"

#include <QHash>
#include <QIconEngine>

using namespace Qt::StringLiterals;

namespace {

// An icon whose SVG files are read when it is first drawn. QIcon::addFile parses an SVG at once
// (to check it) and again to draw it; most icons are not drawn at start (menus, the selected
// rows' variants, pages not shown), so the console's first paint waits for fewer of them.
class LazySvgIconEngine : public QIconEngine
{
public:
    LazySvgIconEngine(QString normal, QString selected) : m_normal(std::move(normal)), m_selected(std::move(selected))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    // size is in device pixels here: ask for exactly that many (a device pixel ratio of 1).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal) override
    {
        return icon().pixmap(size, 1.0, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    QString key() const override { return u"tc-lazy-svg"_s; }
    QIconEngine *clone() const override { return new LazySvgIconEngine(*this); }
    bool isNull() override { return false; }

private:
    const QIcon &icon()
    {
        if (m_icon.isNull()) {
            m_icon.addFile(m_normal, QSize(), QIcon::Normal);
            if (!m_selected.isEmpty()) {
                m_icon.addFile(m_selected, QSize(), QIcon::Selected);
            }
        }
        return m_icon;
    }

    QString m_normal;
    QString m_selected;
    QIcon m_icon;
};

} // namespace

static void tcInitUiResources()
{
    Q_INIT_RESOURCE(telematics);
}

namespace tc {

void Icons::initResources()
{
    static const bool done = [] {
        tcInitUiResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon Icons::get(Name name)
{
    initResources();
    static const char *const files[] = {
            "telematics-console",
            "sessions",
            "inspector",
            "admin",
            "user",
            "groupkey",
            "reveal",
            "conceal",
            "refresh",
            "logout",
            "login",
            "copy",
            "add",
            "edit",
            "delete",
            "sandbox",
            "production",
            "custom",
            "register",
            "bulk",
            "ledger",
            "users",
            "traffic",
            "cancel",
    };
    static QHash<int, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        // Coloured for normal rows, white on selected (highlighted) rows.
        const QString file = QLatin1StringView(files[name]) + u".svg"_s;
        it = cache.insert(name, QIcon(new LazySvgIconEngine(u":/icons/"_s + file,
                                                            name == App ? QString() : u":/icons/selected/"_s + file)));
    }
    return it.value();
}

} // namespace tc
