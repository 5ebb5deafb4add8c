#include "ui/InfoStrip.h"

#include "ui/Colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace tc {

InfoStrip::InfoStrip(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text, 1);
    m_action->hide();
    layout->addWidget(m_action, 0, Qt::AlignTop);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &InfoStrip::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void InfoStrip::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(text);
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (kind) {
    case Kind::Info:
    case Kind::Success: icon = QStyle::SP_MessageBoxInformation; break;
    case Kind::Warning: icon = QStyle::SP_MessageBoxWarning; break;
    case Kind::Error: icon = QStyle::SP_MessageBoxCritical; break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColours();
    show();
}

void InfoStrip::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString InfoStrip::text() const
{
    return m_text->text();
}

void InfoStrip::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // setPalette() below sends PaletteChange too; only react to the system's.
        if (event->type() == QEvent::ApplicationPaletteChange) {
            applyColours();
        }
    }
}

void InfoStrip::applyColours()
{
    QColor accent;
    switch (m_kind) {
    case Kind::Info: accent = QPalette().color(QPalette::Highlight); break;
    case Kind::Success: accent = Colors::green(); break;
    case Kind::Warning: accent = Colors::amber(); break;
    case Kind::Error: accent = Colors::red(); break;
    }
    QPalette p = QPalette(); // the application's palette, not our tinted one
    p.setColor(QPalette::Window, Colors::tint(p, accent, 0.22));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    setPalette(p);
}

} // namespace tc
