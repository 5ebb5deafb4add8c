#pragma once
// The window's layout, remembered per screen arrangement in the console's settings: the window's
// geometry and state, every named QSplitter's sizes and every named table's header (column
// widths, order, sort), and the last work area. Only widgets with an objectName take part; their
// key is "<page objectName>/<widget objectName>", so a page keeps its layout when others change.
//
//   [layout]
//   <screens>/window/geometry, <screens>/window/state, <screens>/page
//   <screens>/<page>/<splitter or view>/splitter | header
//
// <screens> names the screens and their sizes ("eDP-1_1920x1080+HDMI-1_2560x1440"), so a
// laptop on and off its dock keeps one layout for each.
#include <QString>

class QMainWindow;
class QSettings;
class QWidget;

namespace tc {

class LayoutMemory
{
public:
    // screens empty: currentScreens().
    explicit LayoutMemory(QSettings *settings, const QString &screens = {});

    static QString currentScreens();
    QString screens() const { return m_screens; }

    void saveWindow(const QMainWindow *window);
    // false when nothing was saved for these screens.
    bool restoreWindow(QMainWindow *window) const;

    // The named splitters and table headers under root (root itself included), under `scope`.
    void saveWidgets(const QWidget *root, const QString &scope);
    void restoreWidgets(QWidget *root, const QString &scope) const;

    void savePage(int index);
    int page() const; // -1: none saved

private:
    QString key(const QString &rest) const;

    QSettings *m_settings;
    QString m_screens;
};

} // namespace tc
