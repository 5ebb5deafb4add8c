#include "ui/EnvironmentBanner.h"

#include "ui/Colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tc {

EnvironmentBanner::EnvironmentBanner(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_detail(new QLabel(this))
{
    setAutoFillBackground(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Environment"));
    auto *layout = new QHBoxLayout(this);
    QFont f = m_label->font();
    f.setBold(true);
    m_label->setFont(f);
    m_label->setTextFormat(Qt::PlainText);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    layout->addWidget(m_label);
    layout->addWidget(m_detail, 1);
    clear();
}

QString EnvironmentBanner::productionText()
{
    return tr("PRODUCTION — user.telematicssdk.com");
}

void EnvironmentBanner::setProfile(const Profile &profile, const QUrl &url)
{
    switch (profile.environment) {
    case ProfileEnvironment::Production:
        m_look = Look::Production;
        m_label->setText(productionText());
        m_detail->setText(tr("Profile “%1”: real users and real logins (rate-limited per IP).").arg(profile.name));
        break;
    case ProfileEnvironment::Sandbox:
        m_look = Look::Sandbox;
        m_label->setText(tr("Local sandbox"));
        m_detail->setText(
                url.isValid() && !url.host().isEmpty()
                        ? tr("Profile “%1” · %2 · test data on this computer only.")
                                  .arg(profile.name, url.toString(QUrl::RemovePath))
                        : tr("Profile “%1” · the local sandbox is not running (Sandbox → Start).").arg(profile.name));
        break;
    case ProfileEnvironment::Custom:
        m_look = Look::Custom;
        m_label->setText(tr("Custom service — %1").arg(url.host()));
        m_detail->setText(tr("Profile “%1” · %2").arg(profile.name, url.toString()));
        break;
    }
    apply();
}

void EnvironmentBanner::clear()
{
    m_look = Look::None;
    m_label->setText(tr("No profile selected"));
    m_detail->setText(tr("Pick a profile on the left to see where its requests go."));
    apply();
}

QString EnvironmentBanner::text() const
{
    return m_label->text() + u" "_s + m_detail->text();
}

void EnvironmentBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange) {
        apply();
    }
}

void EnvironmentBanner::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (m_look != Look::Production) {
        return;
    }
    // Orange edges make production unmistakable even in grey scale or to colour-blind eyes.
    QPainter painter(this);
    const int w = qMax(4, fontMetrics().height() / 3);
    painter.fillRect(QRect(0, 0, w, height()), Colors::productionAccent());
    painter.fillRect(QRect(width() - w, 0, w, height()), Colors::productionAccent());
}

void EnvironmentBanner::apply()
{
    QPalette p = QPalette();
    switch (m_look) {
    case Look::Production:
        p.setColor(QPalette::Window, Colors::productionBackground());
        p.setColor(QPalette::WindowText, Colors::productionForeground());
        break;
    case Look::Custom:
        p.setColor(QPalette::Window, Colors::customBackground());
        p.setColor(QPalette::WindowText, Colors::customForeground());
        break;
    case Look::Sandbox:
        p.setColor(QPalette::Window, Colors::tint(p, Colors::green(), 0.15));
        p.setColor(QPalette::WindowText, p.color(QPalette::Text));
        break;
    case Look::None: p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText)); break;
    }
    setPalette(p);
    update();
    m_label->setPalette(p);
    m_detail->setPalette(p);
}

} // namespace tc
