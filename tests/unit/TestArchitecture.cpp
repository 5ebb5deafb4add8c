// The house's arrows, checked on every include: app/core's rooms include only rooms below them
// (util -> api -> profiles -> auth -> traffic -> ledger -> users -> registration -> bulk -> services), core and the CLI
// never reach a widget, the widgets reach the sandbox only as a module loaded at run time, and the
// sandbox shares no code with the client it stands in for.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArchitecture : public QObject
{
    Q_OBJECT

    const QStringList m_rooms{u"util"_s,   u"api"_s,   u"profiles"_s,     u"auth"_s, u"traffic"_s,
                              u"ledger"_s, u"users"_s, u"registration"_s, u"bulk"_s, u"services"_s};

    static QString root() { return QStringLiteral(TC_SOURCE_DIR); }

    // Every (file, included path) under app/<folder>.
    static QList<std::pair<QString, QString>> includes(const QString &folder)
    {
        static const QRegularExpression include(u"^\\s*#\\s*include\\s*[\"<]([^\">]+)[\">]"_s,
                                                QRegularExpression::MultilineOption);
        QList<std::pair<QString, QString>> out;
        QDirIterator it(root() + u"/app/"_s + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            auto m = include.globalMatch(text);
            while (m.hasNext())
                out.append({QDir(root()).relativeFilePath(path), m.next().captured(1)});
        }
        return out;
    }

    static bool isWidgets(const QString &inc)
    {
        return inc.startsWith(u"QtWidgets"_s) || inc == u"QWidget"_s || inc == u"QApplication"_s
               || inc == u"QMainWindow"_s || inc == u"QDialog"_s || inc.startsWith(u"ui/"_s);
    }

private Q_SLOTS:
    void core_roomsIncludeOnlyRoomsBelowThem()
    {
        const auto all = includes(u"core"_s);
        QVERIFY(all.size() > 100);
        int checked = 0;
        for (const auto &[file, inc] : all) {
            if (!inc.startsWith(u"core/"_s))
                continue;
            const QString from = file.section(u'/', 2, 2); // app/core/<room>/File
            const QString to = inc.section(u'/', 1, 1);    // core/<room>/File.h
            QVERIFY2(m_rooms.contains(from), qPrintable(file + u" is not in a room"_s));
            QVERIFY2(m_rooms.contains(to), qPrintable(file + u" includes " + inc + u", which is not in a room"_s));
            QVERIFY2(
                    m_rooms.indexOf(to) <= m_rooms.indexOf(from),
                    qPrintable(file + u" (room " + from + u") includes " + inc + u": an arrow from a lower room up"_s));
            ++checked;
        }
        QVERIFY(checked > 50);
    }

    void core_andCli_neverReachAWidget_orTheSandbox()
    {
        for (const QString &folder : {u"core"_s, u"cli"_s}) {
            for (const auto &[file, inc] : includes(folder)) {
                QVERIFY2(!isWidgets(inc), qPrintable(file + u" includes " + inc));
                QVERIFY2(!inc.startsWith(u"sandbox/"_s), qPrintable(file + u" includes " + inc));
            }
        }
    }

    // The console loads the sandbox as a module (EmbeddedSandbox, app/sandbox/Module.cpp) only when
    // a profile needs it: no widget code includes it, so none can link it in.
    void ui_reachesTheSandboxOnlyAsAModule()
    {
        const auto all = includes(u"ui"_s);
        QVERIFY(!all.isEmpty());
        for (const auto &[file, inc] : all)
            QVERIFY2(!inc.startsWith(u"sandbox/"_s), qPrintable(file + u" includes " + inc));
    }

    void sandbox_sharesNoCodeWithTheClient()
    {
        const auto all = includes(u"sandbox"_s);
        QVERIFY(!all.isEmpty());
        for (const auto &[file, inc] : all) {
            QVERIFY2(!inc.startsWith(u"core/"_s) && !inc.startsWith(u"ui/"_s) && !inc.startsWith(u"cli/"_s),
                     qPrintable(file + u" includes " + inc));
            QVERIFY2(!isWidgets(inc), qPrintable(file + u" includes " + inc));
        }
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "TestArchitecture.moc"
