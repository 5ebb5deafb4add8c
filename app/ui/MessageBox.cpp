#include "ui/MessageBox.h"

#include <QPointer>
#include <QTimer>

namespace tc {

namespace {
std::optional<MessageBox::Button> g_nextAnswer;
int g_seamAnswers = 0;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

bool MessageBox::hasNextAnswer()
{
    return g_nextAnswer.has_value();
}

int MessageBox::seamAnswers()
{
    return g_seamAnswers;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

std::optional<MessageBox::Button> MessageBox::takeNextAnswer()
{
    auto a = g_nextAnswer;
    g_nextAnswer.reset();
    if (a) {
        ++g_seamAnswers;
    }
    return a;
}

void MessageBox::ask(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                     Button defaultButton, Answer answer, QMessageBox::Icon icon)
{
    g_lastText = text;
    if (const auto preset = takeNextAnswer()) {
        const Button b = *preset;
        QPointer<QWidget> guard(parent);
        QTimer::singleShot(0, parent, [guard, answer, b] {
            if (guard && answer) {
                answer(b);
            }
        });
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, answer](int) {
        if (answer) {
            answer(box->standardButton(box->clickedButton()));
        }
    });
    box->open();
}

void MessageBox::tell(QWidget *parent, const QString &title, const QString &text, QMessageBox::Icon icon)
{
    ask(parent, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, icon);
}

} // namespace tc
