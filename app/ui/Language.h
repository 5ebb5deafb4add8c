#pragma once
// The console's language: English (the source), German or Ukrainian, or the system's. The choice
// is kept in the settings (ui/language: "" for the system's, else a code such as "de"); apply()
// installs Qt's own translations (dialog buttons) and ours (translations/, embedded at :/i18n) for
// it, replacing the ones installed before, so widgets built afterwards speak it.
#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace tc {

class Language
{
    Q_DECLARE_TR_FUNCTIONS(tc::Language)
public:
    struct Choice
    {
        QString code; // "" = the system's
        QString name; // in its own language ("Deutsch"); the system's: translated
    };
    static QList<Choice> choices();

    static QString saved(const QSettings *settings);
    static void save(QSettings *settings, const QString &code);

    // Installs the translators for `code` ("" = the system's locale). Returns the language used
    // ("en" when none of ours fits).
    static QString apply(const QString &code);
    // The language apply() used last ("en" before any).
    static QString current();
};

} // namespace tc
