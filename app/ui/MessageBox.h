#pragma once
// The seam for modal questions (after KeePassXC's MessageBox::setNextAnswer): product code asks
// through here, never through QMessageBox directly, so GUI tests never block on a dialog.
//
//   MessageBox::ask(this, tr("Delete profile"), tr("Delete “%1”?").arg(name),
//                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
//                   [this](QMessageBox::StandardButton b) { if (b == QMessageBox::Yes) ... });
//
// ask() returns at once; the answer arrives later (window-modal box opened with open(), no nested
// event loop). With setNextAnswer(b) the next ask() shows nothing and answers b (queued).
#include <QMessageBox>

#include <functional>
#include <optional>

namespace tc {

class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Answer = std::function<void(Button)>;

    static void ask(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                    Button defaultButton, Answer answer, QMessageBox::Icon icon = QMessageBox::Question);
    // Tells the person something that needs no answer (window-modal, non-blocking).
    static void tell(QWidget *parent, const QString &title, const QString &text,
                     QMessageBox::Icon icon = QMessageBox::Information);

    // The next ask()/tell() is answered with `answer` without showing anything.
    static void setNextAnswer(Button answer);
    static bool hasNextAnswer();
    // How many boxes were answered by the seam (for tests).
    static int seamAnswers();
    // The text of the last box asked or told (for tests).
    static QString lastText();

private:
    static std::optional<Button> takeNextAnswer();
};

} // namespace tc
