#pragma once
// Combo boxes, spin boxes and date edits change with the mouse wheel only while they have the
// focus: scrolling a long form over them scrolls the form and never changes a value (a wheel
// that turned Gender "(not sent)" into "Male" on the way down is how users get registered with
// data nobody chose). They take focus by click or Tab, not by wheel.
class QWidget;

namespace tc::WheelGuard {

// Guards one editor.
void install(QWidget *editor);
// Guards every QComboBox and QAbstractSpinBox (QSpinBox, QDateEdit, ...) below `root`.
void installAll(QWidget *root);

} // namespace tc::WheelGuard
