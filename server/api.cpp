#include "api.h"

#include "httpjson.h"
#include "serverlog.h"
#include "storage/errors.h"
#include "storage/ids.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrlQuery>

namespace metodist::server {

static QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

static QString bearer(const QHttpServerRequest &request)
{
    const QByteArray value = header(request, "Authorization");
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

namespace {
struct Route {
    QHttpServerRequest::Method method;
    const char *path;
    QHttpServerResponse (Api::*handler)(const QHttpServerRequest &);
};
} // namespace

// The one list of endpoints: registered from here and reported by endpoints().
static QList<Route> routes()
{
    return {{QHttpServerRequest::Method::Post, "/api/v1/auth/login", &Api::login},
            {QHttpServerRequest::Method::Post, "/api/v1/auth/logout", &Api::logout},
            {QHttpServerRequest::Method::Get, "/api/v1/meta", &Api::meta},
            {QHttpServerRequest::Method::Post, "/api/v1/sync/push", &Api::push},
            {QHttpServerRequest::Method::Get, "/api/v1/sync/pull", &Api::pull},
            {QHttpServerRequest::Method::Get, "/api/v1/admin/users", &Api::adminListUsers},
            {QHttpServerRequest::Method::Post, "/api/v1/admin/users", &Api::adminAddUser},
            {QHttpServerRequest::Method::Post, "/api/v1/admin/users/disable", &Api::adminSetDisabled},
            {QHttpServerRequest::Method::Post, "/api/v1/admin/users/password", &Api::adminResetPassword}};
}

QStringList Api::endpoints()
{
    QStringList list;
    for (const Route &r : routes())
        list << (r.method == QHttpServerRequest::Method::Get ? QStringLiteral("GET ") : QStringLiteral("POST "))
                    + QString::fromLatin1(r.path);
    return list;
}

Api::Api(ServerDb &db, const ApiOptions &options)
    : m_db(db), m_options(options), m_users(db), m_tokens(db, options.tokenTtlSeconds), m_store(db, m_catalog, options.testCommitDelayMs),
      m_limiter(options.limiter ? options.limiter : std::make_shared<LoginLimiter>(options.maxLoginFailures, options.loginWindowMs))
{
    // Every handler runs through one wrapper: size limit, errors as JSON 500 (the
    // transaction has rolled back by then), one log line per request.
    auto wrap = [this](QHttpServerResponse (Api::*handler)(const QHttpServerRequest &)) {
        return [this, handler](const QHttpServerRequest &request) {
            QElapsedTimer timer;
            timer.start();
            QHttpServerResponse response(Status::InternalServerError);
            if (request.body().size() > m_options.maxBodyBytes) {
                response = errorResponse(413, QStringLiteral("too_large"),
                                         QStringLiteral("request body over %1 bytes").arg(m_options.maxBodyBytes));
            } else {
                try {
                    response = (this->*handler)(request);
                } catch (const Error &e) {
                    logEvent(QStringLiteral("error"), QStringLiteral("handler_failed"),
                             {{QStringLiteral("path"), request.url().path()}, {QStringLiteral("message"), e.message()}});
                    response = errorResponse(500, QStringLiteral("internal"), QStringLiteral("internal error; see server log"));
                }
            }
            logEvent(QStringLiteral("info"), QStringLiteral("request"),
                     {{QStringLiteral("method"), request.method() == QHttpServerRequest::Method::Get ? QStringLiteral("GET")
                                                                                                     : QStringLiteral("POST")},
                      {QStringLiteral("path"), request.url().path()},
                      {QStringLiteral("status"), static_cast<int>(response.statusCode())},
                      {QStringLiteral("bytes_in"), request.body().size()},
                      {QStringLiteral("ms"), timer.elapsed()},
                      {QStringLiteral("remote"), request.remoteAddress().toString()}});
            return response;
        };
    };
    for (const Route &r : routes())
        m_http.route(QString::fromLatin1(r.path), r.method, wrap(r.handler));
}

std::optional<User> Api::authorise(const QHttpServerRequest &request)
{
    const QString userId = m_tokens.check(bearer(request));
    if (userId.isEmpty())
        return std::nullopt;
    auto user = m_users.byId(userId);
    if (!user || user->disabled)
        return std::nullopt;
    return user;
}

QHttpServerResponse Api::login(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (!parseJsonObject(request, &body))
        return errorResponse(400, QStringLiteral("bad_json"), QStringLiteral("the body must be a JSON object"));
    const QString login = body.value(QStringLiteral("login")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    if (login.isEmpty() || password.isEmpty())
        return errorResponse(400, QStringLiteral("bad_request"), QStringLiteral("login and password are required"));
    const QString key = login + QLatin1Char('|') + request.remoteAddress().toString();
    const qint64 now = nowMs();
    if (m_limiter->blocked(key, now))
        return errorResponse(429, QStringLiteral("rate_limited"), QStringLiteral("too many failed logins; try again later"));
    const auto user = m_users.authenticate(login, password);
    if (!user) {
        m_limiter->failed(key, now);
        logEvent(QStringLiteral("warning"), QStringLiteral("login_failed"), {{QStringLiteral("login"), login}});
        return errorResponse(401, QStringLiteral("invalid_credentials"), QStringLiteral("wrong login or password"));
    }
    m_limiter->succeeded(key);
    const Tokens::Issued issued = m_tokens.issue(user->id);
    return jsonResponse({{QStringLiteral("token"), issued.token},
                         {QStringLiteral("expires_at"), issued.expiresAt},
                         {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user->id},
                                                              {QStringLiteral("login"), user->login},
                                                              {QStringLiteral("role"), user->role},
                                                              {QStringLiteral("municipality_id"),
                                                               user->municipalityId.isEmpty() ? QJsonValue()
                                                                                              : QJsonValue(user->municipalityId)}}}},
                        200);
}

QHttpServerResponse Api::logout(const QHttpServerRequest &request)
{
    if (!authorise(request))
        return errorResponse(401, QStringLiteral("unauthorized"), QStringLiteral("missing, expired or revoked token"));
    m_tokens.revoke(bearer(request));
    return jsonResponse({{QStringLiteral("ok"), true}}, 200);
}

QHttpServerResponse Api::meta(const QHttpServerRequest &)
{
    return jsonResponse({{QStringLiteral("server_version"), QStringLiteral(METODIST_VERSION)},
                         {QStringLiteral("api"), QStringLiteral("v1")},
                         {QStringLiteral("schema_min"), m_catalog.clientSchemaMin()},
                         {QStringLiteral("schema_max"), m_catalog.clientSchemaMax()},
                         {QStringLiteral("server_schema"), m_db.schemaVersion()},
                         {QStringLiteral("max_body_bytes"), m_options.maxBodyBytes}},
                        200);
}

QHttpServerResponse Api::push(const QHttpServerRequest &request)
{
    const auto user = authorise(request);
    if (!user)
        return errorResponse(401, QStringLiteral("unauthorized"), QStringLiteral("missing, expired or revoked token"));
    QJsonObject body;
    if (!parseJsonObject(request, &body))
        return errorResponse(400, QStringLiteral("bad_json"), QStringLiteral("the body must be a JSON object"));
    logEvent(QStringLiteral("info"), QStringLiteral("push_begin"),
             {{QStringLiteral("batch_id"), body.value(QStringLiteral("batch_id")).toString()},
              {QStringLiteral("user"), user->login},
              {QStringLiteral("changes"), body.value(QStringLiteral("changes")).toArray().size()}});
    const SyncStore::PushResult result = m_store.push(*user, body);
    return jsonResponse(result.body, result.httpStatus);
}

QHttpServerResponse Api::pull(const QHttpServerRequest &request)
{
    const auto user = authorise(request);
    if (!user)
        return errorResponse(401, QStringLiteral("unauthorized"), QStringLiteral("missing, expired or revoked token"));
    const QUrlQuery query(request.url());
    bool okSince = true, okLimit = true;
    const qint64 since = query.hasQueryItem(QStringLiteral("since")) ? query.queryItemValue(QStringLiteral("since")).toLongLong(&okSince) : 0;
    const int limit = query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&okLimit) : 1000;
    if (!okSince || !okLimit || since < 0 || limit < 1 || limit > SyncStore::kMaxPullLimit)
        return errorResponse(400, QStringLiteral("bad_request"),
                             QStringLiteral("since >= 0 and 1 <= limit <= %1 are required").arg(SyncStore::kMaxPullLimit));
    return QHttpServerResponse(QByteArrayLiteral("application/json"), m_store.pull(*user, since, limit));
}

} // namespace metodist::server
