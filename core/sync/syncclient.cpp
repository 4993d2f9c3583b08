#include "syncclient.h"

#include "conflicts.h"
#include "pullapplier.h"
#include "pullpage.h"
#include "storage/errors.h"
#include "storage/migrator.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace metodist {

SyncClient::SyncClient(Database &db, TokenStore &tokens, QObject *parent)
    : QObject(parent), m_db(db), m_local(db), m_tokens(tokens)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_autoTimer, &QTimer::timeout, this, [this] {
        if (!isRunning())
            start();
    });
    m_applier = std::make_unique<PullApplier>(db);
    connect(m_applier.get(), &PullApplier::applied, this, &SyncClient::pageApplied);
    connect(m_applier.get(), &PullApplier::failed, this, [this](quint64 run, const QString &message) {
        if (run == m_run)
            fail(State::Failed, message);
    });
}

SyncClient::~SyncClient() = default;

void SyncClient::setRetry(int maxAttempts, int firstDelayMs, int maxDelayMs)
{
    m_maxAttempts = std::max(1, maxAttempts);
    m_firstDelayMs = std::max(1, firstDelayMs);
    m_maxDelayMs = std::max(m_firstDelayMs, maxDelayMs);
}

void SyncClient::setAutoSync(int intervalMs)
{
    if (intervalMs > 0)
        m_autoTimer.start(intervalMs);
    else
        m_autoTimer.stop();
}

QString SyncClient::account() const { return m_server.toString(QUrl::StripTrailingSlash) + QLatin1Char('|') + m_login; }

bool SyncClient::isRunning() const
{
    return m_state == State::LoggingIn || m_state == State::Checking || m_state == State::Pushing
        || m_state == State::Pulling || m_state == State::Waiting;
}

void SyncClient::setState(State state, const QString &message)
{
    m_state = state;
    Q_EMIT stateChanged(state, message);
}

void SyncClient::start()
{
    if (isRunning())
        return;
    ++m_run;
    m_stats = Stats();
    m_attempt = 0;
    m_reloggedIn = false;
    m_rebuiltBatch = false;
    if (!m_server.isValid() || m_login.isEmpty())
        return fail(State::Failed, tr("No server URL or login configured."));
    try {
        m_local.bindToServer(m_server.toString(QUrl::StripTrailingSlash));
    } catch (const Error &e) {
        return fail(State::Failed, e.message());
    }
    m_token = m_tokens.load(account());
    if (m_token.isEmpty())
        stepLogin();
    else
        stepMeta();
}

void SyncClient::fail(State state, const QString &message)
{
    ++m_run; // answers still in flight belong to a finished run
    m_applier->clear(); // a page being written still commits (with its cursor)
    m_retryTimer.stop();
    setState(state, message);
    Q_EMIT finished(false, message);
}

void SyncClient::retryLater(std::function<void()> step, const QString &why)
{
    ++m_attempt;
    if (m_attempt >= m_maxAttempts)
        return fail(State::Failed, tr("The server cannot be reached (%1); gave up after %2 attempts.").arg(why).arg(m_attempt));
    ++m_stats.retries;
    const qint64 delay = std::min<qint64>(m_maxDelayMs, qint64(m_firstDelayMs) << std::min(m_attempt - 1, 20));
    setState(State::Waiting, tr("Offline (%1); retrying in %2 s.").arg(why).arg(delay / 1000.0, 0, 'f', 1));
    m_retryTimer.disconnect();
    connect(&m_retryTimer, &QTimer::timeout, this, [step] { step(); });
    m_retryTimer.start(static_cast<int>(delay));
}

void SyncClient::request(const QByteArray &method, const QString &path, const QJsonObject &body, Handler onDone,
                         std::function<void()> retryStep)
{
    requestRaw(method, path, body, [onDone](int status, const QByteArray &raw) {
        onDone(status, QJsonDocument::fromJson(raw).object());
    }, std::move(retryStep));
}

void SyncClient::requestRaw(const QByteArray &method, const QString &path, const QJsonObject &body, RawHandler onDone,
                            std::function<void()> retryStep)
{
    const QUrl url(m_server.toString(QUrl::StripTrailingSlash) + path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    const QByteArray payload = method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_net.sendCustomRequest(req, method, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, onDone, retryStep, run = m_run] {
        reply->deleteLater();
        if (run != m_run)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool transient = status == 0 || status >= 500 || status == 429;
        if (transient && !retryStep)
            return onDone(status, QByteArray()); // a best-effort call (logout): no retries
        if (transient) {
            // No answer at all (refused, reset, timeout) or a transient server failure.
            return retryLater(retryStep, status == 0 ? reply->errorString() : tr("HTTP %1").arg(status));
        }
        const QByteArray raw = reply->readAll();
        m_attempt = 0;
        try {
            onDone(status, raw);
        } catch (const Error &e) {
            fail(State::Failed, e.message());
        }
    });
}

void SyncClient::stepLogin()
{
    if (m_password.isEmpty())
        return fail(State::AuthRequired, tr("Log in to %1 as %2.").arg(m_server.toString(), m_login));
    setState(State::LoggingIn, tr("Logging in as %1…").arg(m_login));
    m_token.clear();
    request("POST", QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("login"), m_login}, {QStringLiteral("password"), m_password}},
            [this](int status, const QJsonObject &body) {
                if (status != 200)
                    return fail(State::AuthRequired, tr("Login refused: %1").arg(body.value(QStringLiteral("message")).toString()));
                m_token = body.value(QStringLiteral("token")).toString();
                m_tokens.save(account(), m_token);
                const QString userId = body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
                if (!userId.isEmpty())
                    m_db.setUserId(userId);
                stepMeta();
            },
            [this] { stepLogin(); });
}

void SyncClient::stepMeta()
{
    setState(State::Checking, tr("Checking the server…"));
    request("GET", QStringLiteral("/api/v1/meta"), {}, [this](int status, const QJsonObject &body) {
        if (status != 200)
            return fail(State::Failed, tr("The server answered HTTP %1 to /meta.").arg(status));
        const int mine = Migrator::currentVersion(m_db.db());
        const int low = body.value(QStringLiteral("schema_min")).toInt(), high = body.value(QStringLiteral("schema_max")).toInt();
        if (mine < low || mine > high)
            return fail(State::UpdateRequired,
                        tr("This Metodist has data schema %1; the server accepts %2–%3. Update Metodist (or the server) before syncing.")
                            .arg(mine).arg(low).arg(high));
        stepPush();
    }, [this] { stepMeta(); });
}

void SyncClient::stepPush()
{
    const QJsonObject batch = m_local.pendingOrNewBatch(m_batchSize);
    if (batch.isEmpty())
        return stepPull();
    setState(State::Pushing, tr("Sending changes…"));
    Q_EMIT progress(QStringLiteral("push"), m_stats.pushed + m_stats.merged + m_stats.conflicts, m_local.outboxCount());
    request("POST", QStringLiteral("/api/v1/sync/push"), batch.value(QStringLiteral("body")).toObject(),
            [this](int status, const QJsonObject &body) {
                if (status == 401) {
                    // Token expired or revoked: log in once more with the password, if we have it.
                    m_tokens.remove(account());
                    if (m_reloggedIn || m_password.isEmpty())
                        return fail(State::AuthRequired, tr("The session has ended; log in again."));
                    m_reloggedIn = true;
                    return stepLogin();
                }
                if (status == 409 && body.value(QStringLiteral("error")).toString() == QLatin1String("schema_mismatch")) {
                    // Not applied, so it is safe to rebuild it (with the new schema) after the update;
                    // the outbox still holds every change.
                    m_local.dropStoredBatch();
                    return fail(State::UpdateRequired, body.value(QStringLiteral("message")).toString());
                }
                if (status == 409 && body.value(QStringLiteral("error")).toString() == QLatin1String("batch_id_taken")
                    && !m_rebuiltBatch) {
                    // A batch stored under another login of this profile: send the changes anew.
                    m_rebuiltBatch = true;
                    m_local.dropStoredBatch();
                    return stepPush();
                }
                if (status != 200)
                    return fail(State::Failed, tr("Push refused (HTTP %1): %2").arg(status).arg(body.value(QStringLiteral("message")).toString()));
                const LocalSync::PushOutcome o = m_local.applyPushResult(body);
                m_stats.pushed += o.accepted;
                m_stats.merged += o.merged;
                m_stats.conflicts += o.conflicts;
                m_stats.refused += o.refused;
                ++m_stats.batches;
                if (o.conflicts + o.refused > 0)
                    Q_EMIT conflictsChanged(SyncConflicts(m_db).unresolvedCount());
                stepPush();
            },
            [this] { stepPush(); });
}

void SyncClient::stepPull()
{
    m_behind = 0;
    m_nextSince = -1;
    m_lastPageQueued = false;
    m_pagesQueued = m_pagesApplied = 0;
    requestPage(m_local.cursor());
}

void SyncClient::requestPage(qint64 since)
{
    setState(State::Pulling, tr("Receiving changes…"));
    // Far behind the server (a first sync): big pages, so each local transaction writes the
    // touched index pages once per many rows instead of once per small page.
    const int limit = m_behind >= kCatchUpMinRows ? static_cast<int>(std::clamp<qint64>(m_behind, m_pageSize, kCatchUpPageRows))
                                                  : m_pageSize;
    const QString path = QStringLiteral("/api/v1/sync/pull?since=%1&limit=%2").arg(since).arg(limit);
    requestRaw("GET", path, {}, [this](int status, const QByteArray &raw) {
        if (status != 200) {
            const QJsonObject body = QJsonDocument::fromJson(raw).object();
            if (status == 401) {
                m_tokens.remove(account());
                if (m_reloggedIn || m_password.isEmpty())
                    return fail(State::AuthRequired, tr("The session has ended; log in again."));
                m_reloggedIn = true;
                return stepLogin();
            }
            return fail(State::Failed, tr("Pull refused (HTTP %1): %2").arg(status).arg(body.value(QStringLiteral("message")).toString()));
        }
        // Read as text, not as a QJsonDocument: see pullpage.h.
        PullPage page;
        if (!page.parse(raw))
            return fail(State::Failed, tr("The server sent a malformed page: %1").arg(page.error()));
        const bool more = page.more;
        m_behind = more ? page.head - page.next : 0;
        const qint64 next = page.next;
        // Written on the applier's thread; meanwhile the next page is asked for, so the
        // server prepares it and it is read while this one is written. At most one page
        // waits behind the one being written (memory). (Answers of a run that has failed
        // meanwhile are dropped, see request().)
        m_applier->enqueue(m_run, std::make_shared<const PullPage>(std::move(page)));
        ++m_pagesQueued;
        m_lastPageQueued = !more;
        if (more) {
            if (m_applier->pending() <= 1)
                requestPage(next);
            else
                m_nextSince = next;
        }
    }, [this, since] { requestPage(since); });
}

void SyncClient::pageApplied(quint64 run, const LocalSync::PullOutcome &outcome, qint64 head, qint64 applyMs)
{
    if (run != m_run)
        return;
    m_stats.applyMs += applyMs;
    m_stats.pulled += outcome.applied;
    ++m_stats.pages;
    Q_EMIT progress(QStringLiteral("pull"), outcome.next, head);
    ++m_pagesApplied;
    if (m_nextSince >= 0)
        requestPage(std::exchange(m_nextSince, -1));
    else if (m_lastPageQueued && m_pagesApplied == m_pagesQueued)
        finishOk();
}

void SyncClient::finishOk()
{
    const QString message = tr("Synced: %1 sent, %2 merged, %3 conflicts, %4 refused, %5 received.")
                                .arg(m_stats.pushed).arg(m_stats.merged).arg(m_stats.conflicts).arg(m_stats.refused).arg(m_stats.pulled);
    setState(State::Done, message);
    Q_EMIT finished(true, message);
}

void SyncClient::cancel()
{
    if (!isRunning())
        return;
    fail(State::Idle, tr("Sync cancelled."));
    // fail() made the answers still in flight stale; stop their transfers too.
    for (QNetworkReply *reply : m_net.findChildren<QNetworkReply *>())
        reply->abort();
}

void SyncClient::logout()
{
    const QString token = m_token.isEmpty() ? m_tokens.load(account()) : m_token;
    m_tokens.remove(account());
    if (token.isEmpty()) {
        Q_EMIT loggedOut();
        return;
    }
    m_token = token;
    // One attempt: offline, the token is forgotten locally and expires on the server by itself.
    request("POST", QStringLiteral("/api/v1/auth/logout"), {}, [this](int, const QJsonObject &) {
        m_token.clear();
        Q_EMIT loggedOut();
    }, {});
}

} // namespace metodist
