#include "tokens.h"

#include "serverdb.h"
#include "storage/ids.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace metodist::server {

QString Tokens::hash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Tokens::Issued Tokens::issue(const QString &userId)
{
    QByteArray raw(32, Qt::Uninitialized);
    randombytes_buf(raw.data(), static_cast<size_t>(raw.size()));
    Issued issued;
    issued.token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const qint64 now = nowMs();
    issued.expiresAt = now + m_ttlSeconds * 1000;
    sql::exec(m_db.db(),
              QStringLiteral("INSERT INTO tokens(token_hash, user_id, created_at, expires_at, revoked) VALUES (?, ?, ?, ?, 0)"),
              {hash(issued.token), userId, now, issued.expiresAt});
    return issued;
}

QString Tokens::check(const QString &token) const
{
    if (token.isEmpty())
        return {};
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT t.user_id FROM tokens t JOIN users u ON u.id = t.user_id "
                                           "WHERE t.token_hash = ? AND t.revoked = 0 AND t.expires_at > ? AND u.disabled = 0"),
                            {hash(token), nowMs()});
    return q.next() ? q.value(0).toString() : QString();
}

void Tokens::revoke(const QString &token)
{
    sql::exec(m_db.db(), QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"), {hash(token)});
}

bool LoginLimiter::blocked(const QString &key, qint64 now)
{
    const QMutexLocker lock(&m_mutex);
    auto it = m_failures.find(key);
    if (it == m_failures.end())
        return false;
    while (!it->isEmpty() && it->first() < now - m_window)
        it->removeFirst();
    return it->size() >= m_max;
}

void LoginLimiter::failed(const QString &key, qint64 now)
{
    const QMutexLocker lock(&m_mutex);
    if (m_failures.size() > 100000) // bound memory under a spray of logins
        m_failures.clear();
    m_failures[key].append(now);
}

} // namespace metodist::server
