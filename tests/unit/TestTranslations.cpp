// The translations are complete and current: every translations/*.ts parses; German and Ukrainian
// have no unfinished, obsolete or vanished entry, every plural has the language's forms, and a
// translation keeps its source's placeholders (%1, %n), accelerator and line breaks; the English
// file (the source language) carries its plural forms. And running lupdate over today's sources
// finds nothing new: a string added to the code without a translation fails here, saying what to run.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kFix = u"\nTo fix: cmake --build build --target update_translations, then translate what is unfinished "
                     "(linguist translations/telematics-console_<lang>.ts, or edit the file) and mark it finished."_s;

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message"_s) {
            out.append(m);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS"_s) {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            m = Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}};
        } else if (name == u"source"_s) {
            m.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus)
                m.forms = {xml.readElementText()};
        } else if (name == u"numerusform"_s) {
            m.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

int pluralForms(const QString &language)
{
    if (language.startsWith(u"uk"_s))
        return 3;
    return 2; // en, de
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TC_SOURCE_DIR) + u"/translations/telematics-console_"_s + language + u".ts"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void translations_areCompleteAndKeepPlaceholders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("uk") << u"uk"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void translations_areCompleteAndKeepPlaceholders()
    {
        QFETCH(QString, language);
        QString declared, error;
        const QList<Message> messages = readTs(tsPath(language), &declared, &error);
        QVERIFY2(error.isEmpty(), qPrintable(tsPath(language) + u": "_s + error));
        QVERIFY(messages.size() > 500);
        QCOMPARE(declared.section(u'_', 0, 0), language);
        const bool source = language == u"en"_s;
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = u"[%1] \"%2\""_s.arg(m.context, m.source.left(70));
            if (m.type == u"obsolete"_s || m.type == u"vanished"_s) {
                problems << where + u": "_s + m.type + u" (no longer in the code)"_s;
                continue;
            }
            // The English file only carries the plural forms (the sources are English already).
            if (source && !m.numerus)
                continue;
            if (m.type == u"unfinished"_s || m.forms.join(QString()).isEmpty()) {
                problems << where + u": unfinished"_s;
                continue;
            }
            if (m.numerus && m.forms.size() != pluralForms(language))
                problems << where
                                    + u": %1 plural forms, %2 needs %3"_s.arg(m.forms.size())
                                              .arg(language)
                                              .arg(pluralForms(language));
            for (const QString &form : m.forms) {
                QSet<QString> want = placeholders(m.source);
                QSet<QString> got = placeholders(form);
                if (want != got)
                    problems << where + u": placeholders differ in \""_s + form.left(70) + u"\""_s;
                if (m.source.count(u'\n') != form.count(u'\n'))
                    problems << where + u": line breaks differ"_s;
                const bool accel = m.source.contains(u'&') && !m.source.contains(u"&&"_s)
                                   && !m.source.contains(u"&amp;"_s) && m.source.count(u'&') == 1;
                if (accel && form.count(u'&') != 1)
                    problems << where + u": the accelerator (&) is missing in \""_s + form.left(70) + u"\""_s;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1: %2 problem(s):\n  "_s.arg(tsPath(language)).arg(problems.size())
                                                + problems.mid(0, 40).join(u"\n  "_s) + kFix));
    }

    // lupdate over the sources changes nothing: every tr() string of the code is in the files.
    void translations_areCurrentWithTheSources()
    {
        const QString lupdate = qEnvironmentVariable("TC_LUPDATE");
        if (lupdate.isEmpty())
            QSKIP("TC_LUPDATE is not set");
        QTemporaryDir dir;
        const QString copy = dir.path() + u"/telematics-console_de.ts"_s;
        QVERIFY(QFile::copy(tsPath(u"de"_s), copy));
        const QString root = QStringLiteral(TC_SOURCE_DIR);
        QStringList args{u"-no-obsolete"_s, u"-I"_s, root + u"/app"_s, root + u"/app/main.cpp"_s};
        for (const QString &folder : {u"/app/ui"_s, u"/app/core"_s}) {
            QDir d(root + folder);
            const QStringList rooms
                    = folder == u"/app/core"_s ? d.entryList(QDir::Dirs | QDir::NoDotAndDotDot) : QStringList{u"."_s};
            for (const QString &room : rooms) {
                const QDir r(d.filePath(room));
                for (const QString &file : r.entryList({u"*.cpp"_s}, QDir::Files))
                    args << r.filePath(file);
            }
        }
        args << u"-ts"_s << copy;
        QProcess p;
        p.start(lupdate, args);
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        static const QRegularExpression found(
                u"Found (\\d+) source text\\(s\\) \\((\\d+) new and (\\d+) already existing\\)"_s);
        const auto m = found.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        const int fresh = m.captured(2).toInt();
        QString declared, error;
        const auto before = readTs(tsPath(u"de"_s), &declared, &error);
        const auto after = readTs(copy, &declared, &error);
        QVERIFY2(fresh == 0 && before.size() == after.size(),
                 qPrintable(u"translations/*.ts are behind the code: lupdate finds %1 new source text(s) and would "
                            "leave %2 entries (the files have %3)."_s.arg(fresh)
                                    .arg(after.size())
                                    .arg(before.size())
                            + kFix));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
