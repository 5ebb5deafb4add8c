#pragma once
// One way to ask where to save an export: a non-blocking, window-modal QFileDialog that calls
// back with the chosen path (nothing happens when the person cancels).
#include <QString>

#include <functional>

class QWidget;

namespace tc {

void askSavePath(QWidget *parent, const QString &title, const QString &suffix, const QString &nameFilter,
                 std::function<void(const QString &path)> onChosen);

} // namespace tc
