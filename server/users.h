#pragma once
// Server accounts: roles, scope and Argon2id password hashes (libsodium crypto_pwhash_str).
#include <QString>
#include <QStringList>

#include <optional>

namespace metodist::server {

class ServerDb;

struct User {
    QString id;
    QString login;
    QString role;           // admin, iro, coordinator, methodologist, tutor, instructor
    QString municipalityId; // empty for region-wide roles
    bool disabled = false;
    qint64 createdAt = 0;   // UTC ms

    bool regionWide() const;   // sees every row
    bool canWrite() const;     // may push at all
};

class Users {
public:
    static const QStringList &roles();
    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);

    explicit Users(ServerDb &db) : m_db(db) {}
    // Throws metodist::Error naming the rule broken (unknown role, missing municipality...).
    QString add(const QString &login, const QString &role, const QString &municipalityId, const QString &password);
    void setPassword(const QString &login, const QString &password);
    void setDisabled(const QString &login, bool disabled);
    std::optional<User> byLogin(const QString &login) const;
    std::optional<User> byId(const QString &id) const;
    // Every account, by login (the administrator's list).
    QList<User> list() const;
    // Returns the user when the login exists, is enabled and the password matches.
    std::optional<User> authenticate(const QString &login, const QString &password) const;

private:
    ServerDb &m_db;
};

} // namespace metodist::server
