// The composition root: builds the services, injects them into the main window.
//
// TC_BENCH_FIRST_PAINT=1: print "first-paint-ms <ms since main()> <ms since the epoch>" to stderr
// once the window has painted for the first time, then quit (tests/bench/startup measures it).
#include "core/util/ProcessHygiene.h"
#include "ui/Colors.h"
#include "ui/ConsoleServices.h"
#include "ui/Icons.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // No core file and no ptrace by the same user: memory holds passwords, keys and tokens.
    const QString hygiene = tc::hardenProcess();
    if (!hygiene.isEmpty())
        std::fprintf(stderr, "telematics-console: %s\n", qPrintable(hygiene));
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"telematics-console"_s);
    QApplication::setApplicationDisplayName(u"Telematics Console"_s);
    QApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
    QApplication::setDesktopFileName(u"telematics-console"_s);
    QApplication::setWindowIcon(tc::Icons::get(tc::Icons::App));
    // TC_PALETTE=dark: Fusion with a dark palette, to see (and screenshot) the console as a dark desktop
    // theme shows it.
    if (qEnvironmentVariable("TC_PALETTE") == u"dark"_s) {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(tc::Colors::darkPalette());
    }

    // Qt's own strings (dialog buttons) and ours (translations/, embedded at :/i18n), for the
    // person's locale.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // The source language's plural forms ("1 entry", "2 entries") come from the English translation;
    // installed first, so the person's language (installed next) wins where it has the string.
    QTranslator sourcePlurals;
    if (sourcePlurals.load(u":/i18n/telematics-console_en.qm"_s))
        QApplication::installTranslator(&sourcePlurals);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), u"telematics-console"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&appTranslator);

    tc::ConsoleServices services({});
    tc::MainWindow window(&services);

    if (qEnvironmentVariableIntValue("TC_BENCH_FIRST_PAINT") == 1) {
        window.setAutoStartUp(false); // measure the window alone, then quit
        QObject::connect(&window, &tc::MainWindow::firstPainted, &app, [&sinceMain] {
            std::fprintf(stderr, "first-paint-ms %lld %lld\n", static_cast<long long>(sinceMain.elapsed()),
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stderr);
            QCoreApplication::exit(0);
        });
    }
    window.show();
    return app.exec();
}
