#include "ui/SaveDialog.h"

#include <QFileDialog>

namespace tc {

void askSavePath(QWidget *parent, const QString &title, const QString &suffix, const QString &nameFilter,
                 std::function<void(const QString &path)> onChosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(nameFilter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, std::move(onChosen));
    dialog->open();
}

} // namespace tc
