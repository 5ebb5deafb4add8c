#include "ui/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QObject>
#include <QWidget>

namespace tc::WheelGuard {

namespace {
class Filter : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && !w->hasFocus()) {
                // Ignored and filtered: QApplication hands the wheel to the parent (the scroll area).
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

Filter *filter()
{
    static Filter *f = new Filter; // lives as long as the application (never deleted: no static order issue)
    return f;
}
} // namespace

void install(QWidget *editor)
{
    if (!editor)
        return;
    editor->setFocusPolicy(Qt::StrongFocus); // click or Tab, never the wheel
    editor->removeEventFilter(filter());
    editor->installEventFilter(filter());
}

void installAll(QWidget *root)
{
    const auto combos = root->findChildren<QComboBox *>();
    for (QComboBox *c : combos)
        install(c);
    const auto spins = root->findChildren<QAbstractSpinBox *>();
    for (QAbstractSpinBox *s : spins)
        install(s);
}

} // namespace tc::WheelGuard
