#include "ui/SecretEdit.h"

#include "ui/Icons.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace tc {

SecretEdit::SecretEdit(QWidget *parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_reveal(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_edit, 1);
    m_reveal->setCheckable(true);
    m_reveal->setIcon(Icons::get(Icons::Reveal));
    m_reveal->setToolTip(tr("Show or hide the secret"));
    m_reveal->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);
    setTabOrder(m_edit, m_reveal);
    connect(m_edit, &QLineEdit::textChanged, this, &SecretEdit::textChanged);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setIcon(Icons::get(on ? Icons::Conceal : Icons::Reveal));
        Q_EMIT revealedChanged(on);
    });
    setAccessibleName(tr("Secret"));
}

QString SecretEdit::text() const
{
    return m_edit->text();
}

void SecretEdit::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretEdit::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SecretEdit::setAccessibleName(const QString &name)
{
    QWidget::setAccessibleName(name);
    m_edit->setAccessibleName(name);
    m_reveal->setAccessibleName(tr("Show %1").arg(name));
}

bool SecretEdit::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretEdit::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

} // namespace tc
