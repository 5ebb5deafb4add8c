// The floor for the console's start-up benchmark: a bare Qt Widgets window (a QMainWindow with
// a menu bar, a label and a status bar), built with the same flags. With TC_BENCH_FIRST_PAINT=1 it
// prints "first-paint-ms <ms since main()> <ms since the epoch>" to stderr once it has painted for
// the first time, then quits — exactly like telematics-console.
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
class Window : public QMainWindow
{
public:
    explicit Window(const QElapsedTimer &sinceMain) : m_sinceMain(sinceMain) { }

protected:
    bool event(QEvent *e) override
    {
        const bool r = QMainWindow::event(e);
        if (e->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, [this] {
                if (qEnvironmentVariableIntValue("TC_BENCH_FIRST_PAINT") == 1) {
                    std::fprintf(stderr, "first-paint-ms %lld %lld\n", static_cast<long long>(m_sinceMain.elapsed()),
                                 static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
                    std::fflush(stderr);
                    QCoreApplication::exit(0);
                }
            });
        }
        return r;
    }

private:
    const QElapsedTimer &m_sinceMain;
    bool m_painted = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    Window window(sinceMain);
    window.setWindowTitle(u"Bare window"_s);
    window.menuBar()->addMenu(u"&File"_s)->addAction(u"&Quit"_s, &app, &QApplication::quit);
    window.setCentralWidget(new QLabel(u"A bare Qt Widgets window"_s));
    window.statusBar()->showMessage(u"Ready"_s);
    window.resize(1152, 720);
    window.show();
    return app.exec();
}
