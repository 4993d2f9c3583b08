#pragma once
class QCoreApplication;
namespace metodist::server {
// SIGTERM/SIGINT quit the event loop (self-pipe; the handler itself only writes a byte).
void installShutdownHandler(QCoreApplication *app);
} // namespace metodist::server
