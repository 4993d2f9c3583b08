#pragma once
// The sync engine on its own thread: owns a second connection to the profile
// (Database::openAnother()), the token store and the SyncClient. The page talks to it only
// through queued slot calls and listens to its signals, so the GUI never waits on the network.
#include "sync/syncclient.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace metodist::ui {

class SyncWorker : public QObject {
    Q_OBJECT
public:
    // main: the GUI's profile, used only to open the worker's own connection (in its thread).
    SyncWorker(const Database &main, std::unique_ptr<TokenStore> tokens);
    ~SyncWorker() override;

public Q_SLOTS:
    // An empty password keeps the one already given (kept in memory, never stored).
    void configure(const QUrl &server, const QString &login, const QString &password);
    void syncNow();
    void cancel();
    void logout();
    // Drops the client and the connection in this thread, then ends the thread.
    void shutdown();

Q_SIGNALS:
    void runStarted(bool firstSync);
    void stateChanged(metodist::SyncClient::State state, const QString &message);
    void progress(const QString &phase, qint64 done, qint64 total);
    // lastOkMs: when the profile last synced completely (0 = never).
    void finished(bool ok, const QString &message, qint64 lastOkMs);
    void conflictsChanged(int unresolved);
    void loggedOut();
    void userIdChanged(const QString &userId);

private:
    class GuardedTokens;
    bool ensureClient();
    // True when a keychain call is waiting in its local event loop: the slot is posted again
    // instead of pulling the client out from under that call.
    bool deferIfBusy(void (SyncWorker::*slot)());

    const Database &m_main;
    std::unique_ptr<GuardedTokens> m_tokens;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncClient> m_client;
    QUrl m_server;
    QString m_login, m_password;
    bool m_shutDown = false;
};

} // namespace metodist::ui
