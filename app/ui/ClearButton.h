#pragma once
// QLineEdit's clear button, named. Qt 6.4's button (QLineEdit::setClearButtonEnabled) has an icon
// and no text, so a screen reader meets an unnamed button in every field that has one. This turns
// it on with the name (and tooltip) "Clear", translated.
class QLineEdit;

namespace tc {

void enableClearButton(QLineEdit *edit);

} // namespace tc
