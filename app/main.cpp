// The composition root: reads the command line, builds the services, injects them into the main
// window.
//
// --help and --version answer without a display and touch nothing (no window, no sandbox, no
// settings): they are handled under a QCoreApplication before any GUI or service exists.
//
// TC_BENCH_FIRST_PAINT=1: print "first-paint-ms <ms since main()> <ms since the epoch>" to stderr
// once the window has painted for the first time, then quit (tests/bench/startup measures it).
#include "Version.h"
#include "core/profiles/ProfileStore.h"
#include "core/util/ProcessHygiene.h"
#include "ui/Colors.h"
#include "ui/ConsoleServices.h"
#include "ui/ConsoleWindow.h"
#include "ui/Icons.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ProfileList.h"
#include "ui/SingleInstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"telematics-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TC_VERSION));
}

// The console's options. Qt's own (-platform, -style, ...) are taken by QApplication first.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
            "main", "A desktop admin console for the Telematics (Damoov) user service: profiles and sessions, "
                    "a token inspector, registration, bulk registration and a ledger of every DeviceToken."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"profile"_s, QCoreApplication::translate("main", "Select the profile NAME at start."),
                      QCoreApplication::translate("main", "NAME")});
    parser.addOption({u"sandbox"_s,
                      QCoreApplication::translate("main", "Start the embedded local sandbox at start, even when no "
                                                          "profile needs it.")});
    parser.addOption({u"no-sandbox"_s,
                      QCoreApplication::translate("main", "Do not start the embedded local sandbox at start (the "
                                                          "Sandbox menu still can).")});
}

// --help, --version: print and return the exit code; a usage error also ends here. Else -1.
int answerWithoutWindow(QCommandLineParser &parser, const QStringList &arguments)
{
    const bool parsed = parser.parse(arguments);
    if (parser.isSet(u"version"_s)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parsed) {
        std::fprintf(stderr, "telematics-console: %s\n%s\n", qPrintable(parser.errorText()),
                     qPrintable(QCoreApplication::translate("main", "Try 'telematics-console --help'.")));
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "telematics-console: %s\n",
                     qPrintable(QCoreApplication::translate("main", "unexpected argument '%1'")
                                        .arg(parser.positionalArguments().constFirst())));
        return 2;
    }
    if (parser.isSet(u"sandbox"_s) && parser.isSet(u"no-sandbox"_s)) {
        std::fprintf(stderr, "telematics-console: %s\n",
                     qPrintable(QCoreApplication::translate("main", "--sandbox and --no-sandbox exclude each other")));
        return 2;
    }
    return -1;
}

bool asksForInfoOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--") == 0)
            break;
        for (const char *info : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(a, info) == 0)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // No core file and no ptrace by the same user: memory holds passwords, keys and tokens.
    const QString hygiene = tc::hardenProcess();
    if (!hygiene.isEmpty())
        std::fprintf(stderr, "telematics-console: %s\n", qPrintable(hygiene));

    if (asksForInfoOnly(argc, argv)) {
        // No display needed, nothing created: the man page is made from this at build time.
        QCoreApplication info(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        addOptions(parser);
        const int rc = answerWithoutWindow(parser, QCoreApplication::arguments());
        return rc < 0 ? 0 : rc;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Telematics Console"_s);
    QApplication::setDesktopFileName(u"io.github.telematics_console.TelematicsConsole"_s);

    // The person's locale until the settings are read (messages before the window).
    tc::Language::apply({});

    QCommandLineParser parser;
    addOptions(parser);
    if (const int rc = answerWithoutWindow(parser, QCoreApplication::arguments()); rc >= 0)
        return rc;
    const QString profile = parser.value(u"profile"_s);

    // One console per user: a second launch hands its request to the first and ends here, before
    // it builds anything (so never a second embedded sandbox on the same database).
    tc::SingleInstance instance;
    QJsonObject request{{u"activate"_s, true}};
    if (parser.isSet(u"profile"_s))
        request.insert(u"profile"_s, profile);
    switch (instance.claim(request)) {
    case tc::SingleInstance::Role::Handed:
        std::printf("%s\n",
                    qPrintable(QCoreApplication::translate(
                            "main", "Telematics Console is already running: its window was brought to the front.")));
        return 0;
    case tc::SingleInstance::Role::Failed:
        std::fprintf(stderr, "telematics-console: %s\n", qPrintable(instance.errorString()));
        return 1;
    case tc::SingleInstance::Role::First: break;
    }
    // TC_PALETTE=dark: Fusion with a dark palette, to see (and screenshot) the console as a dark desktop
    // theme shows it.
    if (qEnvironmentVariable("TC_PALETTE") == u"dark"_s) {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(tc::Colors::darkPalette());
    }

    tc::ConsoleServices::Options options;
    // After the first paint (MainWindow::startUp), or when the Traffic area is opened before it:
    // opening it loads SQLite and reads the last 10,000 exchanges.
    options.trafficHistoryLater = true;
    tc::ConsoleServices services(std::move(options));
    // The language chosen in Preferences (none: the system's, applied above already).
    if (const QString language = tc::Language::saved(services.settings()); !language.isEmpty())
        tc::Language::apply(language);
    if (parser.isSet(u"profile"_s) && !services.profiles()->profile(profile)) {
        std::fprintf(stderr, "telematics-console: %s\n",
                     qPrintable(QCoreApplication::translate("main", "there is no profile named \"%1\"").arg(profile)));
        return 2;
    }
    const auto sandboxAtStart = parser.isSet(u"sandbox"_s)      ? tc::MainWindow::SandboxAtStart::Always
                                : parser.isSet(u"no-sandbox"_s) ? tc::MainWindow::SandboxAtStart::Never
                                                                : tc::MainWindow::SandboxAtStart::Auto;
    // The window, and the same again when Preferences changes the language.
    tc::ConsoleWindow console(&services, [sandboxAtStart](tc::MainWindow *w) { w->setSandboxAtStart(sandboxAtStart); });
    tc::MainWindow &window = *console.window();
    if (!profile.isEmpty())
        window.profileList()->setCurrentProfile(profile);
    QObject::connect(&instance, &tc::SingleInstance::requested, &console, [&console, &services](const QJsonObject &r) {
        const QString name = r.value(u"profile"_s).toString();
        if (!name.isEmpty() && services.profiles()->profile(name))
            console.window()->profileList()->setCurrentProfile(name);
        console.window()->bringToFront();
    });

    if (qEnvironmentVariableIntValue("TC_BENCH_FIRST_PAINT") == 1) {
        window.setAutoStartUp(false); // measure the window alone, then quit
        QObject::connect(&window, &tc::MainWindow::firstPainted, &app, [&sinceMain] {
            std::fprintf(stderr, "first-paint-ms %lld %lld\n", static_cast<long long>(sinceMain.elapsed()),
                         static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stderr);
            QCoreApplication::exit(0);
        });
    }
    // The windows' icon (the window manager draws it; rendered at four sizes) after the first paint:
    // the window itself does not need it to show.
    QObject::connect(
            &window, &tc::MainWindow::firstPainted, &app,
            [] { QApplication::setWindowIcon(tc::Icons::get(tc::Icons::App)); }, Qt::SingleShotConnection);
    window.show();
    return app.exec();
}
