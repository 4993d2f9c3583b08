#include "syncworker.h"

#include "storage/errors.h"
#include "storage/ids.h"
#include "sync/localsync.h"
#include "syncsettings.h"

#include <QThread>
#include <QTimer>

namespace metodist::ui {

// Counts the calls in progress: a keychain call spins a local event loop in which queued
// calls to the worker (cancel, shutdown) would otherwise run in the middle of a client step.
class SyncWorker::GuardedTokens : public TokenStore {
public:
    explicit GuardedTokens(std::unique_ptr<TokenStore> inner) : m_inner(std::move(inner)) {}
    QString load(const QString &account) override
    {
        Busy b(m_depth);
        return m_inner->load(account);
    }
    void save(const QString &account, const QString &token) override
    {
        Busy b(m_depth);
        m_inner->save(account, token);
    }
    void remove(const QString &account) override
    {
        Busy b(m_depth);
        m_inner->remove(account);
    }
    bool busy() const { return m_depth > 0; }

private:
    struct Busy {
        explicit Busy(int &d) : depth(d) { ++depth; }
        ~Busy() { --depth; }
        int &depth;
    };
    std::unique_ptr<TokenStore> m_inner;
    int m_depth = 0;
};

SyncWorker::SyncWorker(const Database &main, std::unique_ptr<TokenStore> tokens)
    : m_main(main), m_tokens(std::make_unique<GuardedTokens>(std::move(tokens)))
{
}

SyncWorker::~SyncWorker()
{
    m_client.reset(); // before the connection its row writer uses
    m_db.reset();
}

bool SyncWorker::deferIfBusy(void (SyncWorker::*slot)())
{
    if (!m_tokens->busy())
        return false;
    QTimer::singleShot(20, this, slot);
    return true;
}

bool SyncWorker::ensureClient()
{
    if (m_client)
        return true;
    try {
        m_db = m_main.openAnother(); // in this thread: the connection belongs to it
    } catch (const Error &e) {
        Q_EMIT stateChanged(SyncClient::State::Failed, e.message());
        Q_EMIT finished(false, e.message(), 0);
        return false;
    }
    m_client = std::make_unique<SyncClient>(*m_db, *m_tokens);
    connect(m_client.get(), &SyncClient::stateChanged, this, &SyncWorker::stateChanged);
    connect(m_client.get(), &SyncClient::progress, this, &SyncWorker::progress);
    connect(m_client.get(), &SyncClient::conflictsChanged, this, &SyncWorker::conflictsChanged);
    connect(m_client.get(), &SyncClient::loggedOut, this, &SyncWorker::loggedOut);
    connect(m_client.get(), &SyncClient::finished, this, [this](bool ok, const QString &message) {
        qint64 lastOk = 0;
        try {
            if (ok)
                syncsettings::setValue(*m_db, syncsettings::kLastOkMs, QString::number(nowMs()));
            lastOk = syncsettings::value(*m_db, syncsettings::kLastOkMs).toLongLong();
        } catch (const Error &) {
            // The time is only for display; the sync itself has been recorded.
        }
        Q_EMIT userIdChanged(m_db->userId());
        Q_EMIT finished(ok, message, lastOk);
    });
    return true;
}

void SyncWorker::configure(const QUrl &server, const QString &login, const QString &password)
{
    m_server = server;
    m_login = login;
    if (!password.isEmpty())
        m_password = password;
    if (m_client) {
        m_client->setServer(m_server);
        m_client->setLogin(m_login);
        m_client->setPassword(m_password);
    }
}

void SyncWorker::syncNow()
{
    if (m_shutDown || deferIfBusy(&SyncWorker::syncNow) || !ensureClient() || m_client->isRunning())
        return;
    m_client->setServer(m_server);
    m_client->setLogin(m_login);
    m_client->setPassword(m_password);
    bool first = false;
    try {
        LocalSync local(*m_db);
        // No cursor yet, or a cursor from another server: everything in scope comes down.
        first = local.cursor() == 0 || local.state(QStringLiteral("server_url")) != m_server.toString(QUrl::StripTrailingSlash);
    } catch (const Error &) {
    }
    Q_EMIT runStarted(first);
    m_client->start();
}

void SyncWorker::cancel()
{
    if (m_shutDown || deferIfBusy(&SyncWorker::cancel) || !m_client)
        return;
    m_client->cancel();
}

void SyncWorker::logout()
{
    if (m_shutDown || deferIfBusy(&SyncWorker::logout))
        return;
    m_password.clear();
    if (!ensureClient())
        return;
    m_client->cancel();
    m_client->setServer(m_server);
    m_client->setLogin(m_login);
    m_client->setPassword({});
    m_client->logout();
}

void SyncWorker::shutdown()
{
    if (deferIfBusy(&SyncWorker::shutdown))
        return;
    m_shutDown = true;
    m_client.reset();
    m_db.reset();
    thread()->quit();
}

} // namespace metodist::ui
