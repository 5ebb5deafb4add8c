#include "ui/ClearButton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace tc {

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // The action Qt adds for the button (qlineedit.cpp names it so); its button takes the text.
    if (auto *clear = edit->findChild<QAction *>(u"_q_qlineeditclearaction"_s)) {
        const QString name = QCoreApplication::translate("tc::ClearButton", "Clear");
        clear->setText(name);
        clear->setToolTip(name);
    }
}

} // namespace tc
