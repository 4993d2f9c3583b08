#pragma once
// The HTTP surface of metodist-server (QtHttpServer): routes, authentication, limits,
// JSON errors and request logs. The protocol logic lives in SyncStore.
#include "catalog.h"
#include "serverdb.h"
#include "syncstore.h"
#include "tokens.h"

#include <QHttpServer>
#include <QStringList>

#include <memory>

namespace metodist::server {

struct ApiOptions {
    qint64 tokenTtlSeconds = 12 * 3600;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int maxLoginFailures = 5;
    int testCommitDelayMs = 0; // fault injection for tests only: hold each push open before commit
    qint64 loginWindowMs = 60 * 1000;
    std::shared_ptr<LoginLimiter> limiter; // shared by several Api (server threads); made when null
};

class Api {
public:
    Api(ServerDb &db, const ApiOptions &options);
    QHttpServer &http() { return m_http; }
    // Method and path of every registered endpoint (checked against docs/api/openapi.yaml).
    static QStringList endpoints();

    // Handlers (public for the route table in api.cpp).
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QHttpServerResponse meta(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    // Administration of accounts (role admin only; others get 403). See server/adminapi.cpp.
    QHttpServerResponse adminListUsers(const QHttpServerRequest &request);
    QHttpServerResponse adminAddUser(const QHttpServerRequest &request);
    QHttpServerResponse adminSetDisabled(const QHttpServerRequest &request);
    QHttpServerResponse adminResetPassword(const QHttpServerRequest &request);

private:
    std::optional<User> authorise(const QHttpServerRequest &request);
    // The administrator making the request, or the 401/403 response to send instead.
    std::optional<User> authoriseAdmin(const QHttpServerRequest &request, QHttpServerResponse *refusal);

    ServerDb &m_db;
    ApiOptions m_options;
    Catalog m_catalog;
    Users m_users;
    Tokens m_tokens;
    SyncStore m_store;
    std::shared_ptr<LoginLimiter> m_limiter;
    QHttpServer m_http;
};

} // namespace metodist::server
