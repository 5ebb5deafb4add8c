#pragma once
// The console's services: the core's one service graph (tc::Services: settings, clock, network,
// keychain, profiles, login budget, sessions, registration and ledger) plus what only the
// window has, the embedded sandbox. Built once by the composition root (main.cpp) or a test and
// injected into the MainWindow.
#include "core/services/Services.h"

namespace tc {

class EmbeddedSandbox;

class ConsoleServices : public Services
{
    Q_OBJECT
public:
    struct Options : Services::Options
    {
        // Empty: EmbeddedSandbox::defaultDbPath() (<AppDataLocation>/sandbox.sqlite).
        QString sandboxDbPath;
    };

    explicit ConsoleServices(Options options, QObject *parent = nullptr);
    ~ConsoleServices() override;

    EmbeddedSandbox *sandbox() const { return m_sandbox; }

private:
    EmbeddedSandbox *m_sandbox;
};

} // namespace tc
