#include "users.h"

#include "serverdb.h"
#include "storage/errors.h"
#include "storage/ids.h"
#include "storage/sql.h"

#include <sodium.h>

namespace metodist::server {

bool User::regionWide() const
{
    return role == QLatin1String("admin") || role == QLatin1String("iro") || role == QLatin1String("coordinator");
}

bool User::canWrite() const
{
    return role == QLatin1String("admin") || role == QLatin1String("iro") || role == QLatin1String("methodologist");
}

const QStringList &Users::roles()
{
    static const QStringList list = {QStringLiteral("admin"), QStringLiteral("iro"), QStringLiteral("coordinator"),
                                     QStringLiteral("methodologist"), QStringLiteral("tutor"),
                                     QStringLiteral("instructor")};
    return list;
}

static void ensureSodium()
{
    if (sodium_init() < 0)
        throw Error(QStringLiteral("libsodium failed to initialise"));
}

QString Users::hashPassword(const QString &password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw Error(QStringLiteral("Out of memory while hashing the password"));
    return QString::fromLatin1(out);
}

bool Users::verifyPassword(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

static User userFrom(QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.login = q.value(1).toString();
    u.role = q.value(2).toString();
    u.municipalityId = q.value(3).toString();
    u.disabled = q.value(4).toInt() != 0;
    u.createdAt = q.value(5).toLongLong();
    return u;
}

QString Users::add(const QString &login, const QString &role, const QString &municipalityId, const QString &password)
{
    if (login.trimmed().isEmpty())
        throw Error(QStringLiteral("user add: --login is empty"));
    if (!roles().contains(role))
        throw Error(QStringLiteral("user add: unknown role '%1' (one of: %2)").arg(role, roles().join(QStringLiteral(", "))));
    User probe;
    probe.role = role;
    if (!probe.regionWide() && municipalityId.isEmpty())
        throw Error(QStringLiteral("user add: role %1 needs --municipality ID").arg(role));
    if (password.size() < 8)
        throw Error(QStringLiteral("user add: the password must have at least 8 characters"));
    if (byLogin(login))
        throw Error(QStringLiteral("user add: login '%1' already exists").arg(login));
    const QString id = newId();
    sql::exec(m_db.db(),
              QStringLiteral("INSERT INTO users(id, login, role, municipality_id, password_hash, disabled, created_at) "
                             "VALUES (?, ?, ?, ?, ?, 0, ?)"),
              {id, login, role, probe.regionWide() ? QVariant() : QVariant(municipalityId), hashPassword(password), nowMs()});
    return id;
}

void Users::setPassword(const QString &login, const QString &password)
{
    if (password.size() < 8)
        throw Error(QStringLiteral("user passwd: the password must have at least 8 characters"));
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("UPDATE users SET password_hash = ? WHERE login = ?"),
                            {hashPassword(password), login});
    if (q.numRowsAffected() != 1)
        throw Error(QStringLiteral("user passwd: no user '%1'").arg(login));
    // A new password ends every session of the old one.
    sql::exec(m_db.db(), QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_id = (SELECT id FROM users WHERE login = ?)"),
              {login});
}

void Users::setDisabled(const QString &login, bool disabled)
{
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("UPDATE users SET disabled = ? WHERE login = ?"),
                            {disabled ? 1 : 0, login});
    if (q.numRowsAffected() != 1)
        throw Error(QStringLiteral("user disable: no user '%1'").arg(login));
    if (disabled)
        sql::exec(m_db.db(), QStringLiteral("UPDATE tokens SET revoked = 1 WHERE user_id = (SELECT id FROM users WHERE login = ?)"),
                  {login});
}

std::optional<User> Users::byLogin(const QString &login) const
{
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id, login, role, municipality_id, disabled, created_at FROM users WHERE login = ?"),
                            {login});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<User> Users::byId(const QString &id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, login, role, municipality_id, disabled, created_at FROM users WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> Users::list() const
{
    QList<User> result;
    QSqlQuery q = sql::exec(m_db.db(), QStringLiteral("SELECT id, login, role, municipality_id, disabled, created_at FROM users ORDER BY login"));
    while (q.next())
        result.append(userFrom(q));
    return result;
}

std::optional<User> Users::authenticate(const QString &login, const QString &password) const
{
    const QString hash = sql::scalar(m_db.db(), QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {login}).toString();
    if (hash.isEmpty()) {
        // Spend the same time as a real check so logins cannot be probed by timing.
        static const QString dummy = hashPassword(QStringLiteral("not-a-real-password"));
        verifyPassword(dummy, password);
        return std::nullopt;
    }
    if (!verifyPassword(hash, password))
        return std::nullopt;
    auto user = byLogin(login);
    if (!user || user->disabled)
        return std::nullopt;
    return user;
}

} // namespace metodist::server
