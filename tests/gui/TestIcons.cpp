// The console's icons (tc::Icons) are drawn by an engine of its own, which reads each SVG file
// only when it is first drawn and through the SVG image format plugin. What a person sees must be
// what Qt's SVG icon engine draws from the same files: for every icon, at the sizes the window
// uses, in every mode (Normal, Active, Disabled: made by the style; Selected: the white file, or
// for the application's icon, made by the style), and through QIcon::paint into a larger cell.
#include "GuiTestEnv.h"

#include "ui/Icons.h"

#include <QFileInfo>
#include <QPainter>

class TestIcons : public QObject
{
    Q_OBJECT

    // Qt's own SVG icon engine (the iconengines plugin) over the same files.
    static QIcon reference(tc::Icons::Name name)
    {
        QIcon icon;
        icon.addFile(tc::Icons::file(name), QSize(), QIcon::Normal);
        if (const QString selected = tc::Icons::file(name, QIcon::Selected); !selected.isEmpty()) {
            icon.addFile(selected, QSize(), QIcon::Selected);
        }
        return icon;
    }

    static QImage image(const QPixmap &pm) { return pm.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied); }

    static QImage painted(const QIcon &icon, const QSize &cell, QIcon::Mode mode)
    {
        QImage out(cell, QImage::Format_ARGB32_Premultiplied);
        out.fill(Qt::transparent);
        QPainter p(&out);
        icon.paint(&p, QRect(QPoint(0, 0), cell), Qt::AlignCenter, mode);
        return out;
    }

    static QString what(tc::Icons::Name name, int size, QIcon::Mode mode)
    {
        return u"%1 at %2 px, mode %3"_s.arg(QFileInfo(tc::Icons::file(name)).baseName()).arg(size).arg(int(mode));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tc::Icons::get(tc::Icons::App).availableSizes().isEmpty()); // registers the resources
        QVERIFY2(!reference(tc::Icons::Sessions).isNull(), "Qt's SVG icon engine is missing (qt6-svg)");
    }

    void sameAsQtsSvgEngine_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 17, 22, 24, 32, 64}) {
            QTest::addRow("%d px", size) << size;
        }
    }

    void sameAsQtsSvgEngine()
    {
        QFETCH(int, size);
        for (int n = tc::Icons::App; n <= tc::Icons::Cancel; ++n) {
            const auto name = tc::Icons::Name(n);
            const QIcon ours = tc::Icons::get(name);
            const QIcon theirs = reference(name);
            QVERIFY(!ours.isNull());
            for (const auto mode : {QIcon::Normal, QIcon::Active, QIcon::Disabled, QIcon::Selected}) {
                // None: scalable (the window icon is then made at the window system's usual sizes).
                QCOMPARE(ours.availableSizes(mode), theirs.availableSizes(mode));
                const QSize asked(size, size);
                QCOMPARE(ours.actualSize(asked, mode), theirs.actualSize(asked, mode));
                const QImage drawn = image(ours.pixmap(asked, mode));
                QVERIFY2(!drawn.isNull(), qPrintable(what(name, size, mode)));
                QVERIFY2(drawn == image(theirs.pixmap(asked, mode)), qPrintable(what(name, size, mode)));
                // A cell wider than the icon (a list row, a button): centred, as QIcon::paint does.
                const QSize cell(size + 7, size + 2);
                QVERIFY2(painted(ours, cell, mode) == painted(theirs, cell, mode), qPrintable(what(name, size, mode)));
            }
        }
    }

    void selectedRowsGetTheWhiteFile()
    {
        const QIcon icon = tc::Icons::get(tc::Icons::Sessions);
        const QImage normal = image(icon.pixmap(QSize(24, 24), QIcon::Normal));
        const QImage selected = image(icon.pixmap(QSize(24, 24), QIcon::Selected));
        QVERIFY(normal != selected);
        QVERIFY(tc::Icons::file(tc::Icons::Sessions, QIcon::Selected).contains(u"/selected/"_s));
        QVERIFY(tc::Icons::file(tc::Icons::App, QIcon::Selected).isEmpty());
    }
};

QTEST_MAIN(TestIcons)
#include "TestIcons.moc"
