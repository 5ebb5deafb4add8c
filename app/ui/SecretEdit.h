#pragma once
// A line edit for a secret: masked by default, with a "Show" toggle button beside it (reachable
// by Tab, with an accessible name) that reveals and hides the text.
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace tc {

class SecretEdit : public QWidget
{
    Q_OBJECT
public:
    explicit SecretEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    // The field's accessible name; the toggle is named "Show <name>".
    void setAccessibleName(const QString &name);

    bool isRevealed() const;
    void setRevealed(bool revealed);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *revealButton() const { return m_reveal; }

Q_SIGNALS:
    void textChanged(const QString &text);
    void revealedChanged(bool revealed);

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
};

} // namespace tc
