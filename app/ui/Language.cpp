#include "ui/Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace tc {

namespace {

const auto kKey = u"ui/language"_s;

struct Installed
{
    std::unique_ptr<QTranslator> qt;
    std::unique_ptr<QTranslator> app;
    QString language = u"en"_s;
};

Installed &installed()
{
    static Installed i;
    return i;
}

} // namespace

QList<Language::Choice> Language::choices()
{
    return {{QString(), tr("System default")},
            {u"en"_s, u"English"_s},
            {u"de"_s, u"Deutsch"_s},
            {u"uk"_s, u"Українська"_s}};
}

QString Language::saved(const QSettings *settings)
{
    const QString code = settings->value(kKey).toString();
    for (const Choice &c : choices()) {
        if (c.code == code) {
            return code;
        }
    }
    return {};
}

void Language::save(QSettings *settings, const QString &code)
{
    if (code.isEmpty()) {
        settings->remove(kKey);
    } else {
        settings->setValue(kKey, code);
    }
}

QString Language::apply(const QString &code)
{
    Installed &i = installed();
    for (auto *t : {i.qt.get(), i.app.get()}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
        }
    }
    i.qt.reset();
    i.app.reset();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    i.language = u"en"_s;
    auto app = std::make_unique<QTranslator>();
    // No translation for this locale: English, whose .qm holds the plural forms ("1 day", "2 days";
    // the source strings are English already).
    if (app->load(locale, u"telematics-console"_s, u"_"_s, u":/i18n"_s)
        || app->load(u"telematics-console_en"_s, u":/i18n"_s)) {
        i.language = app->language().section(u'_', 0, 0);
        if (i.language.isEmpty()) {
            i.language = locale.name().section(u'_', 0, 0);
        }
        QCoreApplication::installTranslator(app.get());
        i.app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        i.qt = std::move(qt);
    }
    return i.language;
}

QString Language::current()
{
    return installed().language;
}

} // namespace tc
