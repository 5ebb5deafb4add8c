#include "ui/ConsoleServices.h"

#include "core/traffic/TrafficRecorder.h"

#include "ui/EmbeddedSandbox.h"

namespace tc {

ConsoleServices::ConsoleServices(Options options, QObject *parent)
    // The base takes its part of the options; sandboxDbPath, the console's own, stays here.
    : Services(std::move(static_cast<Services::Options &>(options)), parent),
      m_sandbox(new EmbeddedSandbox(options.sandboxDbPath, this))
{
    // The Traffic area's "reveal" and confirmed unredacted copies: this run's last exchanges as
    // they went over the wire, in memory only (the CLI never keeps them).
    traffic()->setKeepUnredacted(TrafficRecorder::DefaultUnredactedCount);
}

ConsoleServices::~ConsoleServices()
{
    // The sessions and registration first (their requests may still talk to the sandbox), then
    // the sandbox's thread.
    shutDown();
    delete m_sandbox;
    m_sandbox = nullptr;
}

} // namespace tc
