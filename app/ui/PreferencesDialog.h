#pragma once
// Preferences: the language (the system's, English, German, Ukrainian). Small on purpose.
#include <QDialog>

class QComboBox;

namespace tc {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // `language`: the saved choice ("" = the system's).
    explicit PreferencesDialog(const QString &language, QWidget *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &code);
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language;
};

} // namespace tc
