#include "ui/ConsoleWindow.h"

#include "ui/ConsoleServices.h"
#include "ui/MainWindow.h"
#include "ui/ProfileList.h"

namespace tc {

ConsoleWindow::ConsoleWindow(ConsoleServices *services, std::function<void(MainWindow *)> setUp, QObject *parent)
    : QObject(parent), m_services(services), m_setUp(std::move(setUp))
{
    build();
}

ConsoleWindow::~ConsoleWindow() = default;

void ConsoleWindow::build()
{
    m_window = std::make_unique<MainWindow>(m_services);
    // Queued: the old window's dialog and menu return before it goes away.
    connect(m_window.get(), &MainWindow::languageChanged, this, &ConsoleWindow::rebuild, Qt::QueuedConnection);
    if (m_setUp) {
        m_setUp(m_window.get());
    }
}

void ConsoleWindow::rebuild()
{
    std::unique_ptr<MainWindow> old = std::move(m_window);
    old->saveLayout();
    const bool visible = old->isVisible();
    const QString profile = old->profileList()->currentProfile();
    old->hide();
    build();
    if (!profile.isEmpty()) {
        m_window->profileList()->setCurrentProfile(profile);
    }
    if (visible) {
        m_window->show();
    }
    old.reset();
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace tc
