#pragma once
// Opaque bearer tokens: 256 random bits, base64url; the store keeps only SHA-256(token),
// an expiry and a revoked flag. Plus a per (login, address) limit on failed logins.
#include "users.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>

namespace metodist::server {

class Tokens {
public:
    Tokens(ServerDb &db, qint64 ttlSeconds) : m_db(db), m_ttlSeconds(ttlSeconds) {}
    struct Issued {
        QString token;
        qint64 expiresAt; // UTC ms
    };
    Issued issue(const QString &userId);
    // The user id of a valid (known, unexpired, unrevoked) token, or empty.
    QString check(const QString &token) const;
    void revoke(const QString &token);
    static QString hash(const QString &token);

private:
    ServerDb &m_db;
    qint64 m_ttlSeconds;
};

class LoginLimiter {
public:
    LoginLimiter(int maxFailures, qint64 windowMs) : m_max(maxFailures), m_window(windowMs) {}
    bool blocked(const QString &key, qint64 now);
    void failed(const QString &key, qint64 now);
    void succeeded(const QString &key)
    {
        const QMutexLocker lock(&m_mutex);
        m_failures.remove(key);
    }

private:
    int m_max;
    qint64 m_window;
    QHash<QString, QList<qint64>> m_failures;
    QMutex m_mutex; // shared by the server's threads
};

} // namespace metodist::server
