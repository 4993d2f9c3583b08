#pragma once
// Talks to metodist-server (QtNetwork only): login, schema check, push the outbox in
// batches, pull pages by cursor. Every step that fails on the network (or with 5xx/429)
// is retried with exponential backoff; a retried push reuses its stored batch_id.
// The GUI observes it only through signals.
#include "localsync.h"
#include "tokenstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;

namespace metodist {

class PullApplier;

class SyncClient : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, LoggingIn, Checking, Pushing, Pulling, Waiting, Done, Failed, UpdateRequired, AuthRequired };
    Q_ENUM(State)

    struct Stats {
        int pushed = 0, merged = 0, conflicts = 0, refused = 0, pulled = 0, batches = 0, pages = 0, retries = 0;
        qint64 applyMs = 0; // time spent writing pulled pages locally
    };

    SyncClient(Database &db, TokenStore &tokens, QObject *parent = nullptr);
    ~SyncClient() override;

    void setServer(const QUrl &url) { m_server = url; }
    void setLogin(const QString &login) { m_login = login; }
    // Kept in memory only, to log in (again) when there is no valid token.
    void setPassword(const QString &password) { m_password = password; }
    void setBatchSize(int rows) { m_batchSize = rows; }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setRetry(int maxAttempts, int firstDelayMs, int maxDelayMs);
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    // Background sync: a run every intervalMs while idle (0 = off).
    void setAutoSync(int intervalMs);

    State state() const { return m_state; }
    const Stats &stats() const { return m_stats; }
    QString account() const;
    bool isRunning() const;

public Q_SLOTS:
    void start();            // one full run: login if needed, check, push, pull
    void logout();           // revokes the token on the server and forgets it
    // Stops a run (state Idle, finished(false)). Safe at any step: a batch already sent is
    // stored and resent with the same batch_id next time; applied pull pages keep their cursor.
    void cancel();

Q_SIGNALS:
    void stateChanged(metodist::SyncClient::State state, const QString &message);
    void progress(const QString &phase, qint64 done, qint64 total);
    void finished(bool ok, const QString &message);
    void conflictsChanged(int unresolved);
    void loggedOut();

private:
    using Handler = std::function<void(int status, const QJsonObject &body)>;
    using RawHandler = std::function<void(int status, const QByteArray &body)>;
    void setState(State state, const QString &message = {});
    void request(const QByteArray &method, const QString &path, const QJsonObject &body, Handler onDone,
                 std::function<void()> retryStep);
    void requestRaw(const QByteArray &method, const QString &path, const QJsonObject &body, RawHandler onDone,
                    std::function<void()> retryStep);
    void retryLater(std::function<void()> step, const QString &why);
    void fail(State state, const QString &message);
    void stepLogin();
    void stepMeta();
    void stepPush();
    void stepPull();
    void requestPage(qint64 since);
    void pageApplied(quint64 run, const LocalSync::PullOutcome &outcome, qint64 head, qint64 applyMs);
    void finishOk();

    Database &m_db;
    LocalSync m_local;
    TokenStore &m_tokens;
    QNetworkAccessManager m_net;
    QTimer m_retryTimer;
    QTimer m_autoTimer;
    QUrl m_server;
    QString m_login;
    QString m_password;
    QString m_token;
    State m_state = State::Idle;
    Stats m_stats;
    int m_batchSize = 500;
    int m_pageSize = 1000;
    static constexpr int kCatchUpPageRows = 100000; // the server's largest page
    static constexpr int kCatchUpMinRows = 10000;   // behind by this many: pages of what is left, up to the above
    qint64 m_behind = 0;                           // head - cursor after the last page
    std::unique_ptr<PullApplier> m_applier;        // writes pulled pages on its own thread
    qint64 m_nextSince = -1;                       // a page to request once the applier catches up
    bool m_lastPageQueued = false;
    int m_pagesQueued = 0, m_pagesApplied = 0;     // this run's pull pages
    int m_maxAttempts = 6;
    int m_firstDelayMs = 500;
    int m_maxDelayMs = 30000;
    int m_timeoutMs = 60000;
    int m_attempt = 0;
    quint64 m_run = 0; // bumped per run and on failure; stale answers are ignored
    bool m_reloggedIn = false;
    bool m_rebuiltBatch = false;
};

} // namespace metodist
