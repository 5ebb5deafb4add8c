#pragma once
// A screen reader picks a list item through AT-SPI's selection, which does not make it the
// current item; widgets here act on the current item. Makes the selected item current, so the
// item a person selects by any means is the one acted on.
#include <QListWidget>

namespace tc {

inline void makeSelectionCurrent(QListWidget *list)
{
    QObject::connect(list, &QListWidget::itemSelectionChanged, list, [list] {
        const QList<QListWidgetItem *> selected = list->selectedItems();
        if (!selected.isEmpty() && list->row(selected.first()) != list->currentRow()) {
            list->setCurrentRow(list->row(selected.first()));
        }
    });
}

} // namespace tc
