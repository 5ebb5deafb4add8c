#include "ui/PreferencesDialog.h"

#include "ui/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tc {

PreferencesDialog::PreferencesDialog(const QString &language, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"Preferences"_s);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language->setObjectName(u"Language"_s);
    for (const Language::Choice &c : Language::choices()) {
        m_language->addItem(c.name, c.code);
    }
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto *note = new QLabel(tr("The window changes to the new language at once. Sessions, the sandbox and "
                               "your profiles stay as they are."));
    note->setObjectName(u"LanguageNote"_s);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setLanguage(language);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace tc
