#pragma once
// Holds the console's one MainWindow over the services, and builds it anew when the language
// changes (Preferences): the services — sessions, the embedded sandbox, the keychain — stay as
// they are, the new window comes up in the new language on the same work area, profile and layout.
#include <QObject>

#include <functional>
#include <memory>

namespace tc {

class ConsoleServices;
class MainWindow;

class ConsoleWindow : public QObject
{
    Q_OBJECT
public:
    // `setUp` runs on every window built (the first and each rebuilt one) before it is shown.
    explicit ConsoleWindow(ConsoleServices *services, std::function<void(MainWindow *)> setUp = {},
                           QObject *parent = nullptr);
    ~ConsoleWindow() override;

    MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    // A new window replaced the old one (after a language change).
    void windowReplaced(tc::MainWindow *window);

private:
    void build();
    void rebuild();

    ConsoleServices *m_services;
    std::function<void(MainWindow *)> m_setUp;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tc
