#include "ui/Icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace {

// An icon drawn from the console's SVG files, each read when it is first drawn and only in the
// variant asked for (the white one only for a selected row). It renders through the SVG image
// format plugin (QImageReader: one parse per size drawn, the pixmap kept in QPixmapCache) and
// gives the same pixels as Qt's SVG icon engine, which it does not need: that plugin parses each
// file when it is added (to check it) and again to draw it, and loading it is part of the start.
// Modes without a file of their own are made from the normal pixmap by the style, as Qt does.
class LazySvgIconEngine : public QIconEngine
{
public:
    LazySvgIconEngine(QString normal, QString selected) : m_normal(std::move(normal)), m_selected(std::move(selected))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        // As QIcon::paint with Qt::AlignCenter, then as Qt's SVG engine: a pixmap in device pixels.
        const QSize size = actualSize(rect.size(), mode, state);
        const QRect target = QStyle::alignedRect(painter->layoutDirection(), Qt::AlignCenter, size, rect);
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(target, render(target.size() * dpr, mode));
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State) override { return render(size, mode).size(); }
    // size is in device pixels here: draw exactly that many (a device pixel ratio of 1).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override { return render(size, mode); }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal) override
    {
        return render(size, mode);
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override { return {}; } // any size, like an SVG
    QString key() const override { return u"tc-lazy-svg"_s; }
    QIconEngine *clone() const override { return new LazySvgIconEngine(*this); }
    bool isNull() override { return false; }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode) const
    {
        const bool own = mode == QIcon::Normal || mode == QIcon::Active // Active: the normal file
                         || (mode == QIcon::Selected && !m_selected.isEmpty());
        const QString &file = mode == QIcon::Selected && !m_selected.isEmpty() ? m_selected : m_normal;
        const QString cacheKey
                = u"tc-icon:%1:%2x%3:%4"_s.arg(file).arg(size.width()).arg(size.height()).arg(own ? 0 : int(mode));
        QPixmap pm;
        if (QPixmapCache::find(cacheKey, &pm)) {
            return pm;
        }
        QImageReader reader(file, "svg");
        QSize drawn = reader.size(); // the SVG's own size, kept to the asked one's aspect
        if (!drawn.isEmpty()) {
            drawn.scale(size, Qt::KeepAspectRatio);
        }
        if (drawn.isEmpty()) {
            return pm;
        }
        reader.setScaledSize(drawn);
        QImage image = reader.read();
        if (image.isNull()) {
            return pm;
        }
        if (image.format() != QImage::Format_ARGB32_Premultiplied) {
            image.convertTo(QImage::Format_ARGB32_Premultiplied);
        }
        pm = QPixmap::fromImage(std::move(image));
        if (!own) {
            // Disabled (and Selected without a white file): from the normal pixmap, as QIcon does.
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            if (QStyle *style = QApplication::style()) {
                if (const QPixmap generated = style->generatedIconPixmap(mode, pm, &option); !generated.isNull()) {
                    pm = generated;
                }
            }
        }
        QPixmapCache::insert(cacheKey, pm);
        return pm;
    }

    QString m_normal;
    QString m_selected;
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

QString Icons::file(Name name, QIcon::Mode mode)
{
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
    if (mode == QIcon::Selected && name == App) {
        return {}; // drawn on its own, never on a selected row
    }
    return (mode == QIcon::Selected ? u":/icons/selected/"_s : u":/icons/"_s) + QLatin1StringView(files[name])
           + u".svg"_s;
}

QIcon Icons::get(Name name)
{
    initResources();
    static QHash<int, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        // Coloured for normal rows, white on selected (highlighted) rows.
        it = cache.insert(name, QIcon(new LazySvgIconEngine(file(name), file(name, QIcon::Selected))));
    }
    return it.value();
}

} // namespace tc
