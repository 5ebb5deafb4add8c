#pragma once
// A calm message strip above the work area (not a modal): an icon, a sentence, an optional
// action button and a close button. Tinted from the palette so it reads on dark and light themes.
#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace tc {

class InfoStrip : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Success, Warning, Error };

    explicit InfoStrip(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // An action button ("Start sandbox", "Retry"); empty text hides it.
    void setAction(const QString &text);
    Kind kind() const { return m_kind; }
    QString text() const;

Q_SIGNALS:
    void actionTriggered();
    void closed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
};

} // namespace tc
